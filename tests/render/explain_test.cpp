#include <doctest/doctest.h>

#include <array>
#include <string>

#include "check/catalogue.hpp"
#include "findings/rule.hpp"
#include "i18n/translator.hpp"
#include "render/rules/explain.hpp"
#include "support/json_reader.hpp"

// `gcsj explain` and `gcsj rules`, of rules that exist only in this test and of the catalogue.

using gcsj::findings::Rule;
using gcsj::findings::Severity;
using gcsj::testing::Json;
using gcsj::testing::parse_json;

namespace {

constexpr Rule kSample{
    .id = "sample-rule",
    .paragraph = "19(f)",
    .severity = Severity::warning,
    .summary = "a sample summary",
    .explanation =
        "A sample explanation whose words are many enough to need more than one line "
        "when folded at seventy-eight columns, as explain does.",
    .passing = "category: ngo\ninternational: true  # the NGO acts internationally",
    .failing = "category: ngo",
    .reach = gcsj::findings::Reach::document,
};
constexpr Rule kFormatRule{
    .id = "format-sample",
    .paragraph = "",
    .severity = Severity::error,
    .summary = "format summary",
    .explanation = "Format explanation.",
    .passing = "a: 1",
    .failing = "a: [",
    .reach = gcsj::findings::Reach::document,
    .locked = true,
};
constexpr std::array<const Rule*, 2> kRules{&kSample, &kFormatRule};

const gcsj::i18n::Translator& english() {
  return gcsj::i18n::Translator::english();
}

}  // namespace

TEST_SUITE("render::explain") {
  TEST_CASE("wrap folds at spaces to the width, a long word alone on its line") {
    CHECK(gcsj::render::wrap("aaa bbb ccc", 7) == "aaa bbb\nccc\n");
    CHECK(gcsj::render::wrap("aaa bbb ccc", 11) == "aaa bbb ccc\n");
    CHECK(gcsj::render::wrap("a verylongword b", 4) == "a\nverylongword\nb\n");
    CHECK(gcsj::render::wrap("", 10).empty());
    // Columns, not bytes: "é" is one column.
    CHECK(gcsj::render::wrap("ééé ééé", 7) == "ééé ééé\n");
  }

  TEST_CASE("an explanation: id, severity, paragraph, words wrapped, both examples indented") {
    const std::string text = gcsj::render::render_explanation(kSample, english());
    CHECK(text.starts_with("sample-rule (warning, ¶19(f) of GB.349/INS/4)\na sample summary\n\n"));
    CHECK(text.find("A sample explanation whose words are many enough to need more than one "
                    "line\nwhen folded") != std::string::npos);
    CHECK(text.find("Accepted:\n    category: ngo\n    international: true  # the NGO acts "
                    "internationally\n") != std::string::npos);
    CHECK(text.find("Reported:\n    category: ngo\n") != std::string::npos);
    CHECK(
        text.ends_with("\nThe rule enforces ¶19(f) of ILO Governing Body document GB.349/INS/4 "
                       "(October\n2023).\n"));
  }

  TEST_CASE("a rule of the format names no paragraph") {
    const std::string text = gcsj::render::render_explanation(kFormatRule, english());
    CHECK(text.starts_with("format-sample (error, a rule of the registry format)\n"));
    CHECK(text.find("The rule enforces") == std::string::npos);
  }

  TEST_CASE("the rules as a table: one line each, the columns aligned") {
    const std::string text = gcsj::render::render_rules_text(kRules, english());
    CHECK(text ==
          "sample-rule                        warning  ¶19(f)  a sample summary\n"
          "format-sample                      error    format  format summary\n");
  }

  TEST_CASE("the rules as JSON: words in the reader's language and in English") {
    const Json json = parse_json(gcsj::render::render_rules_json(kRules, english()));
    REQUIRE(json.size() == 2);
    CHECK(json[0]["id"].str() == "sample-rule");
    CHECK(json[0]["severity"].str() == "warning");
    CHECK(json[0]["paragraph"].str() == "19(f)");
    CHECK(json[1]["paragraph"].is_null());
    CHECK(json[0]["summary"].str() == json[0]["summary_en"].str());
    CHECK(json[0]["passing"].str() == kSample.passing);
    CHECK(json[0]["failing"].str() == "category: ngo");
    CHECK(json[0]["language"].str() == "en");
  }

  TEST_CASE("in French: the catalogue's words and the examples' comments translated") {
    const auto* french = gcsj::i18n::Translator::of("fr");
    REQUIRE(french != nullptr);
    const Rule* rule = nullptr;
    for (const Rule* r : gcsj::check::catalogue())
      if (r->id == "ngo-international") rule = r;
    REQUIRE(rule != nullptr);
    const Json json = parse_json(
        gcsj::render::render_rules_json(std::span<const Rule* const>(&rule, 1), *french));
    CHECK(json[0]["language"].str() == "fr");
    CHECK(json[0]["summary"].str() != json[0]["summary_en"].str());
    CHECK(json[0]["summary_en"].str() == rule->summary);
    const std::string text = gcsj::render::render_explanation(*rule, *french);
    CHECK(text.find(rule->summary) == std::string::npos);
    CHECK(text.find("GB.349/INS/4") != std::string::npos);
    CHECK(text.find("Accepted:") == std::string::npos);
  }

  TEST_CASE("a comment on a line of its own is translated too, the YAML kept as written") {
    const auto* spanish = gcsj::i18n::Translator::of("es");
    REQUIRE(spanish != nullptr);
    for (const Rule* rule : gcsj::check::catalogue()) {
      if (rule->id != "term-expiring" && rule->id != "seat-capacity") continue;
      const std::string text = gcsj::render::render_explanation(*rule, *spanish);
      CAPTURE(text);
      CHECK(text.find("# as of") == std::string::npos);
      CHECK(text.find("members in `seat: employers`") == std::string::npos);
      if (rule->id == "term-expiring") {
        CHECK(text.find("\n    # al 2026-01-01\n    - start: 2025-06-01   # termina el "
                        "2027-05-31\n") != std::string::npos);
      } else {
        CHECK(text.find("\n    # seis miembros con `seat: employers`\n") != std::string::npos);
      }
    }
  }

  TEST_CASE("a comment that is a file's name stays as written, indented or not") {
    constexpr Rule kFiles{
        .id = "files-sample",
        .paragraph = "",
        .severity = Severity::error,
        .summary = "s",
        .explanation = "e",
        .passing = "# partners/ituc.yaml\nid: ituc\n  # partners/b.yaml",
        .failing = "a: 1",
        .reach = gcsj::findings::Reach::document,
    };
    const std::string text = gcsj::render::render_explanation(kFiles, english());
    CHECK(text.find("    # partners/ituc.yaml\n    id: ituc\n      # partners/b.yaml\n") !=
          std::string::npos);
  }
}
