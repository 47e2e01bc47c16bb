#include <doctest/doctest.h>

#include <set>
#include <string>

#include "i18n/translator.hpp"
#include "model/enum_names.hpp"
#include "publish/words.hpp"

using gcsj::model::Category;
using gcsj::model::Nominator;

namespace {

const gcsj::i18n::Translator& french() {
  const auto* tr = gcsj::i18n::Translator::of("fr");
  REQUIRE(tr != nullptr);
  return *tr;
}

}  // namespace

TEST_SUITE("publish::words") {
  TEST_CASE("a category as a label: capitalised, one of its own for each category") {
    const auto& en = gcsj::i18n::Translator::english();
    CHECK(en(gcsj::publish::category_term(Category::government)) == "Government");
    CHECK(en(gcsj::publish::category_term(Category::ngo)) == "Non-governmental organization");
    std::set<std::string> english, in_french;
    for (const auto category :
         {Category::government, Category::employers_organization, Category::workers_organization,
          Category::international_organization, Category::regional_organization,
          Category::enterprise, Category::ngo, Category::academic}) {
      const auto term = gcsj::publish::category_term(category);
      INFO(gcsj::model::enum_name(category));
      CHECK_FALSE(term.msgid.empty());
      english.insert(std::string(en(term)));
      const std::string label(french()(term));
      in_french.insert(label);
      // A label starts a line: upper case where a sentence would write lower case.
      CHECK(label.front() >= 'A');
      CHECK(label.front() <= 'Z');
    }
    CHECK(english.size() == 8);
    CHECK(in_french.size() == 8);
    // The label form, not the form inside a sentence.
    CHECK(french()(gcsj::publish::category_term(Category::government)) == "Gouvernement");
  }

  TEST_CASE("a nominating body as the object of \"on the proposal of\"") {
    CHECK(gcsj::i18n::Translator::english()(gcsj::publish::nominator_term(
              Nominator::government_group)) == "the Government group");
    CHECK(french()(gcsj::publish::nominator_term(Nominator::government_group)) ==
          "du groupe gouvernemental");
    CHECK(french()(gcsj::publish::nominator_term(Nominator::director_general)) ==
          "du Directeur général, sur invitation");
    std::set<std::string> seen;
    for (const auto nominator :
         {Nominator::government_group, Nominator::employers_group, Nominator::workers_group,
          Nominator::director_general, Nominator::un_secretary_general})
      seen.insert(std::string(french()(gcsj::publish::nominator_term(nominator))));
    CHECK(seen.size() == 5);
  }
}
