#include <doctest/doctest.h>

#include "figures/names.hpp"
#include "i18n/translator.hpp"
#include "support/check_helpers.hpp"

using namespace gcsj::testing;

namespace {

const gcsj::i18n::Translator& language(std::string_view code) {
  const auto* tr = gcsj::i18n::Translator::of(code);
  REQUIRE(tr);
  return *tr;
}

}  // namespace

TEST_SUITE("figures::names") {
  TEST_CASE("a partner's name in French and Spanish is its translation when the registry has one") {
    const auto checked = check_yaml(replace(kGovernment, "name: Sample\n",
                                            "name: Sample\nname_fr: Exemple\nname_es: Ejemplo\n"));
    REQUIRE(checked.registry.partners.size() == 1);
    const auto& partner = checked.registry.partners[0];
    CHECK(gcsj::figures::partner_name(partner, language("en")) == "Sample");
    CHECK(gcsj::figures::partner_name(partner, language("fr")) == "Exemple");
    CHECK(gcsj::figures::partner_name(partner, language("es")) == "Ejemplo");
  }

  TEST_CASE("without a translation, the name as written; without a name, the id") {
    const auto checked = check_yaml(replace(kGovernment, "name: Sample\n", "name_fr: Exemple\n"));
    REQUIRE(checked.registry.partners.size() == 1);
    const auto& partner = checked.registry.partners[0];
    CHECK(gcsj::figures::partner_name(partner, language("es")) == "sample");
    CHECK(gcsj::figures::partner_name(partner, language("fr")) == "Exemple");
    gcsj::model::Partner nameless;
    CHECK(gcsj::figures::partner_name(nameless, language("fr")) == "(partenaire sans nom)");
  }

  TEST_CASE("an action's title in the language, else as written, else none") {
    const auto checked = check_yaml(replace(kGovernment, "  - title: Extend social protection\n",
                                            "  - title: Extend social protection\n"
                                            "    title_es: Extender la protección social\n"));
    REQUIRE(checked.registry.partners.size() == 1);
    const auto& action = checked.registry.partners[0].actions->value.at(0);
    REQUIRE(gcsj::figures::action_title(action, language("es")));
    CHECK(*gcsj::figures::action_title(action, language("es")) == "Extender la protección social");
    CHECK(*gcsj::figures::action_title(action, language("fr")) == "Extend social protection");
    CHECK(gcsj::figures::action_title(gcsj::model::Action{}, language("fr")) == nullptr);
  }
}
