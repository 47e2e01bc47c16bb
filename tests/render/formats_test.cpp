#include <doctest/doctest.h>

#include <optional>
#include <set>
#include <string_view>

#include "check/catalogue.hpp"
#include "render/validate/formats.hpp"
#include "support/check_helpers.hpp"
#include "support/group_fixture.hpp"
#include "support/json_reader.hpp"
#include "support/languages.hpp"

using namespace gcsj::testing;

TEST_SUITE("render::formats") {
  TEST_CASE("github annotations escape messages and properties") {
    const auto checked = check_files(
        {{"dir,with:odd%name.yaml", replace(kGovernment, "country: KE", "country: XX")}});
    const std::string out = render_as("github", checked);
    CHECK(out.find("::error file=dir%2Cwith%3Aodd%25name.yaml,line=7,col=10,title=gcsj "
                   "government-country ¶19(a)::") != std::string::npos);
    CHECK(out.find("%0Ahint: use the ISO 3166-1") != std::string::npos);
    for (std::size_t i = 0; i + 1 < out.size(); ++i)
      if (out[i] == '\n') CHECK(out.compare(i + 1, 2, "::") == 0);  // one line per annotation
  }

  TEST_CASE("json: a finding's fix, only where it has one") {
    const auto checked = check_files(
        {{"partners/sample.yaml", replace(kGovernment, "country: KE", "country: ke")},
         {"partners/other.yaml",
          replace(replace(kGovernment, "id: sample", "id: other"), "country: KE", "country: XX")}});
    const Json report = parse_json(render_as("json", checked));
    REQUIRE(report["findings"].size() == 2);
    const Json& other = report["findings"][0];  // sorted by file
    const Json& sample = report["findings"][1];
    CHECK(other["file"].str() == "partners/other.yaml");
    CHECK_FALSE(other.has("fix"));
    REQUIRE(sample.has("fix"));
    CHECK(sample["fix"].keys() == std::vector<std::string>{"line", "column", "kind", "text"});
    CHECK(sample["fix"]["line"].integer() == 7);
    CHECK(sample["fix"]["column"].integer() == 10);
    CHECK(sample["fix"]["kind"].str() == "replace");
    CHECK(sample["fix"]["text"].str() == "KE");
  }

  TEST_CASE("junit escapes XML and has one test case per file") {
    const auto checked =
        check_files({{"a&b.yaml", replace(kGovernment, "name: Sample", "name: \"<x> & 'y'\"")},
                     {"c.yaml", replace(kNgo, "id: sample", "id: c")}});
    const std::string out = render_as("junit", checked);
    CHECK(out.find("name=\"a&amp;b.yaml\"") != std::string::npos);
    CHECK(out.find("tests=\"2\"") != std::string::npos);
    CHECK(out.find("<x>") == std::string::npos);
  }

  TEST_CASE("sarif lists the catalogue and locates results with relative URIs") {
    const auto checked = check_files(
        {{"partners/my file.yaml", replace(kGovernment, "country: KE", "country: XX")}});
    const std::string out = render_as("sarif", checked);
    CHECK(out.find("\"version\": \"2.1.0\"") != std::string::npos);
    CHECK(out.find("\"uri\": \"partners/my%20file.yaml\"") != std::string::npos);
    CHECK(out.find("\"columnKind\": \"unicodeCodePoints\"") != std::string::npos);
    CHECK(out.find("\"ruleId\": \"government-country\"") != std::string::npos);
  }

  TEST_CASE("sarif leaves the directional controls of registry text out of every message") {
    // An employer over the seats of ¶25, named with a right-to-left override and an isolate: the
    // result's message and its related locations' ("also sitting: ...") quote the names.
    auto members = full_group_members();
    GroupMember extra = member_of(members, "Employer 1");
    extra.name = "Employer 7";
    extra.role = "";
    members.push_back(extra);
    member_of(members, "Employer 1").name = "\"M \\u202Eevil\\u2066\"";
    auto files = group_registry(group_yaml(members));
    files.push_back(
        {"partners/odd.yaml", replace(kNgo, "id: sample", "id: \"o\\u202Ed\\u2067d\"")});
    const auto checked = check_files(files, kGroupAsOf);
    const std::string out = render_as("sarif", checked);
    CHECK(out.find("\"also sitting: M evil\"") != std::string::npos);
    CHECK(out.find("relatedLocations") != std::string::npos);
    for (const std::string_view control :
         {"\\u202a", "\\u202b", "\\u202c", "\\u202d", "\\u202e", "\\u2066", "\\u2067", "\\u2068",
          "\\u2069", "\u202E", "\u2066"}) {
      CAPTURE(control);
      CHECK(out.find(control) == std::string::npos);
    }
  }

  TEST_CASE("gcc lines carry file, line, column, severity, rule and paragraph") {
    const auto checked =
        check_files({{"sample.yaml", replace(kGovernment, "country: KE", "country: XX")}});
    CHECK(render_as("gcc", checked)
              .starts_with("sample.yaml:7:10: error: `XX` is not an ISO 3166-1 alpha-2 country "
                           "code [government-country] (¶19(a))\n"));
  }
}

TEST_SUITE("render::formats") {
  TEST_CASE("one table of formats: unique names, a renderer and a line of help each, text first") {
    const auto formats = gcsj::render::output_formats();
    REQUIRE_FALSE(formats.empty());
    CHECK(formats[0].name == "text");
    std::set<std::string_view> names;
    for (const auto& format : formats) {
      INFO(format.name);
      CHECK(names.insert(format.name).second);
      CHECK(static_cast<bool>(format.render));
      CHECK_FALSE(format.help.empty());
      CHECK(gcsj::render::find_format(format.name) == &format);
    }
    CHECK(gcsj::render::find_format("xml") == nullptr);
  }

  TEST_CASE("every format renders the same findings, each in its own form") {
    const auto checked = gcsj::testing::check_yaml(
        gcsj::testing::replace(gcsj::testing::kNgo, "international: true", "international: false"));
    REQUIRE_FALSE(checked.findings.empty());
    for (const auto& format : gcsj::render::output_formats()) {
      INFO(format.name);
      CHECK(gcsj::testing::render_as(format.name, checked).find("ngo-international") !=
            std::string::npos);
    }
  }
}

// A government with an unknown country (a finding with a hint), as `validate --lang fr` reports it.
struct FrenchFinding {
  Checked checked =
      check_files({{"sample.yaml", replace(kGovernment, "country: KE", "country: XX")}});
  gcsj::findings::Summary summary = gcsj::findings::count(checked.findings, 1, 1);
  gcsj::render::Validation validation{checked.registry,
                                      checked.findings,
                                      summary,
                                      kDefaultAsOf,
                                      gcsj::findings::Severity::error,
                                      gcsj::check::catalogue(),
                                      std::nullopt,
                                      language("fr")};
};

TEST_SUITE("render::formats") {
  // The Markdown of `validate`, in French: nothing of it is left in English (issue 24, item 9).
  TEST_CASE("markdown in French: verdict, date, columns, hint and configuration line translated") {
    const FrenchFinding french;
    const auto& validation = french.validation;
    const std::string out = gcsj::render::find_format("markdown")->render(validation, {});
    for (const std::string_view english :
         {"fails the check", "On 2", "| severity |", "| files |", "### Findings",
          "(hint:", "No configuration was applied."}) {
      CAPTURE(english);
      CHECK(out.find(english) == std::string::npos);
    }
    CHECK(out.find("échouer la vérification (gravité erreur ou supérieure).**") !=
          std::string::npos);
    CHECK(out.find("| gravité | emplacement | règle | message |") != std::string::npos);
    CHECK(out.find("(conseil\u00a0: ") != std::string::npos);
    CHECK(out.ends_with("Aucune configuration n'a été appliquée.\n"));
  }

  TEST_CASE("text and github annotations write a hint as one sentence of the language") {
    const FrenchFinding french;
    const auto& validation = french.validation;
    CHECK(gcsj::render::find_format("text")->render(validation, {}).find("  = conseil\u00a0: ") !=
          std::string::npos);
    CHECK(gcsj::render::find_format("github")->render(validation, {}).find("%0Aconseil\u00a0: ") !=
          std::string::npos);
  }
}
