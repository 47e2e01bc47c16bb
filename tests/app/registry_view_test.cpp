// app/registry_view: a registry loaded for a view (an input Error ends the command, errors in the
// registry do not), the language chosen first, and the warning a view gives, through the front
// end's Warn callback, when the registry it rests on has errors.

#include "app/registry_view.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "i18n/translator.hpp"
#include "support/temp_tree.hpp"

namespace app = gcsj::app;
namespace i18n = gcsj::i18n;
using gcsj::testing::TempTree;

namespace {

const std::string kRegistry = std::string(GCSJ_SOURCE_DIR) + "/examples/registry";
const std::string kBroken = std::string(GCSJ_SOURCE_DIR) + "/tests/fixtures/broken";
constexpr gcsj::model::Date kDate{2026, 11, 29};

app::InputOptions no_config() {
  app::InputOptions input;
  input.no_config = true;
  return input;
}

struct Warnings {
  std::vector<std::string> lines;
  app::Warn sink() {
    return [this](const std::string& line) { lines.push_back(line); };
  }
};

}  // namespace

TEST_SUITE("app::registry_view") {
  TEST_CASE("a registry loaded for a view keeps its partners and is judged on the view's date") {
    const auto loaded = app::load_for_view(kRegistry, kDate, no_config());
    REQUIRE(loaded.has_value());
    CHECK(loaded->summary.errors == 0);
    CHECK_FALSE(loaded->registry.partners.empty());
    CHECK_FALSE(loaded->registry.groups.empty());
  }

  TEST_CASE("a registry with errors is loaded all the same: its errors are not an Error") {
    const auto loaded = app::load_for_view(kBroken, kDate, no_config());
    REQUIRE(loaded.has_value());
    CHECK(loaded->summary.errors > 0);
  }

  TEST_CASE("a path that cannot be read is an input error") {
    const auto missing = app::load_for_view(kRegistry + "/missing", kDate, no_config());
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == app::Code::input);
    CHECK(missing.error().message.english().find(kRegistry + "/missing") != std::string::npos);
  }

  TEST_CASE("the input options reach the load: an empty directory only with allow_empty") {
    const TempTree tree;
    auto input = no_config();
    const auto refused = app::load_for_view(tree.path(), kDate, input);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == app::Code::input);
    input.allow_empty = true;
    const auto empty = app::load_for_view(tree.path(), kDate, input);
    REQUIRE(empty.has_value());
    CHECK(empty->registry.partners.empty());
  }

  TEST_CASE("open_view: the language of --lang, then the registry; a bad --lang is a usage error") {
    const auto french = app::open_view(kRegistry, kDate, "fr", no_config());
    REQUIRE(french.has_value());
    CHECK(french->tr->code() == "fr");
    CHECK_FALSE(french->loaded.registry.partners.empty());
    // The language is chosen before anything is read.
    const auto unknown = app::open_view(kRegistry + "/missing", kDate, "xx", no_config());
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().code == app::Code::usage);
    const auto missing = app::open_view(kRegistry + "/missing", kDate, "en", no_config());
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == app::Code::input);
  }

  TEST_CASE("a registry with errors: one warning through Warn, in the language chosen") {
    const auto loaded = app::load_for_view(kBroken, kDate, no_config());
    REQUIRE(loaded.has_value());
    const auto errors = std::to_string(loaded->summary.errors);
    Warnings english;
    app::warn_about_errors(*loaded, "reg", i18n::Translator::english(), english.sink());
    REQUIRE(english.lines.size() == 1);
    CHECK(english.lines[0] ==
          "warning: the registry has " + errors + " errors; `gcsj validate reg` lists them");
    Warnings french;
    app::warn_about_errors(*loaded, "reg", *i18n::Translator::of("fr"), french.sink());
    REQUIRE(french.lines.size() == 1);
    CHECK(french.lines[0] != english.lines[0]);
    CHECK(french.lines[0].find("gcsj validate reg") != std::string::npos);
    // A front end that shows no warning passes none.
    app::warn_about_errors(*loaded, "reg", i18n::Translator::english(), {});
  }

  TEST_CASE("one error is told in the singular; a registry without errors gives no warning") {
    const auto one = app::load_for_view(kBroken + "/syntax-error.yaml", kDate, no_config());
    REQUIRE(one.has_value());
    REQUIRE(one->summary.errors == 1);
    Warnings warnings;
    app::warn_about_errors(*one, "x.yaml", i18n::Translator::english(), warnings.sink());
    REQUIRE(warnings.lines.size() == 1);
    CHECK(warnings.lines[0] ==
          "warning: the registry has 1 error; `gcsj validate x.yaml` lists it");

    const auto clean = app::load_for_view(kRegistry, kDate, no_config());
    REQUIRE(clean.has_value());
    Warnings none;
    app::warn_about_errors(*clean, kRegistry, i18n::Translator::english(), none.sink());
    CHECK(none.lines.empty());
  }
}
