#include <doctest/doctest.h>

#include <string>

#include "app/schema.hpp"
#include "check/catalogue.hpp"
#include "model/partner.hpp"
#include "publish/html.hpp"
#include "publish/join_page.hpp"
#include "publish/site_context.hpp"
#include "publish/words.hpp"
#include "refdata/embedded_data.hpp"
#include "support/json_reader.hpp"
#include "support/site_fixture.hpp"

// The join page (¶15-20): the conditions of every category from the rules of ¶19, in each
// language; the commitments of ¶16, ¶18 and ¶20; the form's data (the schema `gcsj schema
// partner` prints, the rules it cites, its words) embedded safely.

using namespace gcsj::testing;
namespace publish = gcsj::publish;
namespace model = gcsj::model;

namespace {

// The text of the page's section of a category, from its heading to the next section.
std::string section_of(const std::string& page, std::string_view category) {
  const std::size_t start =
      page.find("<section class=\"category\" id=\"join-" + std::string(category) + "\">");
  if (start == std::string::npos) return {};
  return page.substr(start, page.find("</section>", start) - start);
}

// The JSON of the page's `#join-data` script.
Json form_data(const std::string& page) {
  const std::string open = "<script type=\"application/json\" id=\"join-data\">";
  const std::size_t start = page.find(open);
  REQUIRE(start != std::string::npos);
  const std::size_t end = page.find("</script>", start);
  return parse_json(page.substr(start + open.size(), end - start - open.size()));
}

}  // namespace

TEST_SUITE("publish::pages_join") {
  TEST_CASE("each category lists the conditions of the rules of its paragraph, in each language") {
    const SiteFixture site(check_yaml(kNgo), kDefaultAsOf);
    for (const char* code : {"en", "fr", "es"}) {
      CAPTURE(code);
      const gcsj::i18n::Translator* tr = gcsj::i18n::Translator::of(code);
      REQUIRE(tr != nullptr);
      const auto files = site.files(publish::add_join, *tr);
      REQUIRE(files.count("join.html") == 1);
      const std::string& page = files.at("join.html");
      CHECK(contains(page, "<html lang=\"" + std::string(code) + "\">"));
      for (const model::Category category : model::kCategories) {
        const std::string_view key = model::to_string(category);
        CAPTURE(key);
        const std::string section = section_of(page, key);
        REQUIRE_FALSE(section.empty());
        CHECK(contains(section, publish::escape((*tr)(publish::category_term(category)))));
        int conditions = 0;
        for (const gcsj::findings::Rule* rule : gcsj::check::catalogue()) {
          if (rule->paragraph != model::category_paragraph(category) ||
              rule->severity == gcsj::findings::Severity::note)
            continue;
          CAPTURE(rule->id);
          CHECK(contains(section, "data-rule=\"" + std::string(rule->id) + "\""));
          CHECK(contains(section, publish::escape((*tr)(rule->explanation))));
          ++conditions;
        }
        CHECK(conditions > 0);
        // The fields of the category's branch of the schema.
        if (category == model::Category::ngo) {
          CHECK(contains(section, "<code>international</code>"));
          CHECK(contains(section, "<code>accreditation</code>"));
        }
        if (category == model::Category::workers_organization)
          CHECK(contains(section, "<code>representative</code>"));
      }
      // The commitments (¶16), the adherence (¶18) and no fee (¶20), the first from the rules.
      for (const char* id : {"adherence-advocate-uphold", "adherence-contribute",
                             "actions-required", "adherence-declared"})
        CHECK_MESSAGE(contains(page, "data-rule=\"" + std::string(id) + "\""), id);
      CHECK(contains(page, "id=\"fee\""));
      CHECK(contains(page, "(¶20)"));
      // The form's script beside the page, no inline handler.
      CHECK(contains(page, "<script src=\"join.js\" defer></script>"));
      CHECK_FALSE(contains(page, " onclick="));
      CHECK_FALSE(contains(page, " onchange="));
      CHECK(files.count("join.js") == 1);
    }
  }

  TEST_CASE("the page's own words are translated") {
    const SiteFixture site(check_yaml(kNgo), kDefaultAsOf);
    const std::string english = site.files(publish::add_join).at("join.html");
    const std::string french =
        site.files(publish::add_join, *gcsj::i18n::Translator::of("fr")).at("join.html");
    CHECK(contains(english, "How to join the Coalition"));
    CHECK_FALSE(contains(french, "How to join the Coalition"));
    CHECK_FALSE(contains(french, "Your organization"));
    CHECK(form_data(french)["words"]["error.required"].str() !=
          form_data(english)["words"]["error.required"].str());
    CHECK(form_data(french)["language"].str() == "fr");
  }

  TEST_CASE("the embedded schema is the one `gcsj schema partner` prints") {
    const auto printed = gcsj::app::schema({"partner"});
    REQUIRE(printed);
    CHECK(publish::join_schema() == printed->text);
    const SiteFixture site(check_yaml(kNgo), kDefaultAsOf);
    const std::string page = site.files(publish::add_join).at("join.html");
    const Json data = form_data(page);
    const Json schema = parse_json(printed->text);
    CHECK(data["schema"]["$id"].str() == schema["$id"].str());
    CHECK(data["schema"]["allOf"].size() == schema["allOf"].size());
    CHECK(contains(page, std::string(publish::join_schema())));
  }

  TEST_CASE("each category's branch of the schema names its paragraph and rules") {
    const Json schema = parse_json(publish::join_schema());
    for (const model::Category category : model::kCategories) {
      CAPTURE(model::to_string(category));
      bool found = false;
      for (const Json& branch : schema["allOf"].items) {
        const Json& props = branch["if"].has("properties") ? branch["if"]["properties"] : branch;
        if (!props.has("category") || !props["category"].has("const") || props.has("scope") ||
            props["category"]["const"].str() != model::to_string(category))
          continue;
        found = true;
        CHECK(branch["x-gcsj-paragraph"].str() == model::category_paragraph(category));
        for (const Json& id : branch["x-gcsj-rules"].items) {
          const gcsj::findings::Rule* rule = gcsj::check::find_rule(id.str());
          REQUIRE_MESSAGE(rule != nullptr, id.str());
          CHECK(rule->paragraph == model::category_paragraph(category));
        }
      }
      CHECK(found);
    }
  }

  TEST_CASE("the form's data cannot end its script element, whatever the settings say") {
    SiteFixture site(check_yaml(kNgo), kDefaultAsOf);
    site.settings.contact_email = "</script><script>alert(1)</script>@example.org";
    const std::string page = site.files(publish::add_join).at("join.html");
    CHECK_FALSE(contains(page, "<script>alert(1)"));
    CHECK(form_data(page)["contact"].str() == site.settings.contact_email);
    site.settings.contact_email = "join@example.org";
    CHECK(form_data(site.files(publish::add_join).at("join.html"))["contact"].str() ==
          "join@example.org");
  }

  TEST_CASE("the rules the form cites are in the page's language, with their paragraph") {
    const SiteFixture site(check_yaml(kNgo), kDefaultAsOf);
    const gcsj::i18n::Translator& es = *gcsj::i18n::Translator::of("es");
    const Json rules = form_data(site.files(publish::add_join, es).at("join.html"))["rules"];
    for (const char* id : {"ngo-international", "ngo-accreditation", "enterprise-channel",
                           "social-partner-national", "adherence-advocate-uphold"}) {
      CAPTURE(id);
      const gcsj::findings::Rule* rule = gcsj::check::find_rule(id);
      REQUIRE(rule != nullptr);
      CHECK(rules[id]["paragraph"].str() == rule->paragraph);
      CHECK(rules[id]["summary"].str() == es(rule->summary));
    }
  }

  TEST_CASE("every page links to the join page") {
    const SiteFixture site(check_yaml(kNgo), kDefaultAsOf);
    const auto home = site.files(publish::add_home);
    CHECK(contains(home.at("index.html"), "<a href=\"join.html\">"));
    const auto join = site.files(publish::add_join);
    CHECK(contains(join.at("join.html"), "<a href=\"join.html\" aria-current=\"page\">"));
  }
}
