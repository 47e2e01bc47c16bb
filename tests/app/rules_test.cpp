// app/rules: which rules `gcsj rules FILTER` lists (an id's part, a paragraph with or without its
// letter, ¶, or `format`), the catalogue printed in a format, and `gcsj explain RULE`.

#include "app/rules.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "check/catalogue.hpp"

namespace app = gcsj::app;
namespace findings = gcsj::findings;

namespace {

findings::Rule rule(std::string_view id, std::string_view paragraph) {
  findings::Rule r = *gcsj::check::catalogue().front();  // a real rule, renamed
  r.id = id;
  r.paragraph = paragraph;
  return r;
}

bool lists(const std::vector<const findings::Rule*>& rules, std::string_view id) {
  return std::any_of(rules.begin(), rules.end(), [&](const auto* r) { return r->id == id; });
}

}  // namespace

TEST_SUITE("app::rules") {
  TEST_CASE("a filter is a part of an id or a paragraph, with or without its letter and ¶") {
    const auto ngo = rule("ngo-accreditation", "19(f)");
    CHECK(app::listed(ngo, ""));
    CHECK(app::listed(ngo, "accred"));
    CHECK(app::listed(ngo, "19(f)"));
    CHECK(app::listed(ngo, "¶19(f)"));
    CHECK(app::listed(ngo, "19"));
    CHECK(app::listed(ngo, "¶19"));
    CHECK_FALSE(app::listed(ngo, "1"));  // not a paragraph's prefix: ¶1 is not ¶19
    CHECK_FALSE(app::listed(ngo, "19(g)"));
    CHECK_FALSE(app::listed(ngo, "9"));
    const auto seats = rule("seat-capacity", "25");
    CHECK(app::listed(seats, "25"));
    CHECK_FALSE(app::listed(seats, "2"));
    CHECK_FALSE(app::listed(seats, "25(c)"));
  }

  TEST_CASE("`format` lists the rules of the file format itself: those of no paragraph") {
    CHECK(app::listed(rule("missing-key", ""), "format"));
    CHECK_FALSE(app::listed(rule("seat-format", "25"), "format"));
    const auto listed = app::rules_listed("format");
    REQUIRE_FALSE(listed.empty());
    for (const auto* r : listed) CHECK(r->paragraph.empty());
    CHECK(lists(listed, "missing-key"));
  }

  TEST_CASE("rules_listed keeps the catalogue's order and filters it") {
    CHECK(app::rules_listed("").size() == gcsj::check::catalogue().size());
    const auto nineteen_f = app::rules_listed("19(f)");
    CHECK(lists(nineteen_f, "ngo-accreditation"));
    CHECK(lists(nineteen_f, "ngo-international"));
    CHECK_FALSE(lists(nineteen_f, "academic-partnership"));
    const auto nineteen = app::rules_listed("19");
    CHECK(lists(nineteen, "academic-partnership"));
    CHECK(lists(nineteen, "government-country"));
    CHECK_FALSE(lists(nineteen, "seat-capacity"));
  }

  TEST_CASE("the catalogue printed holds the rules listed, and only those") {
    app::RulesRequest request;
    request.filter = "19(f)";
    request.lang = "en";
    const auto printed = app::rules(request);
    REQUIRE(printed.has_value());
    CHECK(printed->outcome == app::Outcome::clean);
    CHECK(printed->text.find("ngo-accreditation") != std::string::npos);
    CHECK(printed->text.find("seat-capacity") == std::string::npos);
  }

  TEST_CASE("rules: an unknown format and an unknown language are usage errors") {
    app::RulesRequest request;
    request.format = "xlsx";
    const auto format = app::rules(request);
    REQUIRE_FALSE(format.has_value());
    CHECK(format.error().code == app::Code::usage);
    CHECK(format.error().message.english() == "--format xlsx: not a format of rules");
    request.format = "text";
    request.lang = "xx";
    const auto language = app::rules(request);
    REQUIRE_FALSE(language.has_value());
    CHECK(language.error().code == app::Code::usage);
    CHECK(language.error().message.english().starts_with("--lang: "));
  }

  TEST_CASE("explain: a rule in the language chosen") {
    const auto english = app::explain({"seat-capacity", "en"});
    REQUIRE(english.has_value());
    CHECK(english->text.find("seat-capacity") != std::string::npos);
    const auto french = app::explain({"seat-capacity", "fr"});
    REQUIRE(french.has_value());
    CHECK(french->text != english->text);
    CHECK_FALSE(app::explain({"seat-capacity", "xx"}).has_value());
  }

  TEST_CASE("explain: an id no rule has is a usage error, with the closest id when there is one") {
    const auto close = app::explain({"seat-capacty", "en"});
    REQUIRE_FALSE(close.has_value());
    CHECK(close.error().code == app::Code::usage);
    CHECK(close.error().message.english() ==
          "no rule has the id `seat-capacty`; did you mean `seat-capacity`?");
    const auto far = app::explain({"zzzzzzzzzzzzzzzzzzzz", "en"});
    REQUIRE_FALSE(far.has_value());
    CHECK(far.error().message.english() ==
          "no rule has the id `zzzzzzzzzzzzzzzzzzzz`; `gcsj rules` lists them");
  }
}
