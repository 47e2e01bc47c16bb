// app/options: the input options copied into a run's options, a date option (today when not
// given, a usage Error naming the option otherwise), and the language of --lang or the locale.

#include "app/options.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <optional>
#include <string>

namespace app = gcsj::app;
namespace model = gcsj::model;

namespace {

// Sets the locale variables for one test and restores them after.
struct Locale {
  static constexpr const char* kNames[] = {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"};
  std::optional<std::string> saved[4];
  Locale() {
    for (int i = 0; i < 4; ++i) {
      if (const char* value = std::getenv(kNames[i])) saved[i] = value;
      ::unsetenv(kNames[i]);
    }
  }
  ~Locale() {
    for (int i = 0; i < 4; ++i) {
      if (saved[i])
        ::setenv(kNames[i], saved[i]->c_str(), 1);
      else
        ::unsetenv(kNames[i]);
    }
  }
  Locale(const Locale&) = delete;
  Locale& operator=(const Locale&) = delete;
};

}  // namespace

TEST_SUITE("app::options") {
  TEST_CASE("the input options are copied into the run's options") {
    app::InputOptions input;
    input.config = "team.gcsj.yaml";
    input.no_config = true;
    input.exclude = {"drafts/**"};
    input.follow_symlinks = true;
    input.allow_empty = true;
    gcsj::check::ValidateOptions options;
    app::apply_input_options(input, options);
    CHECK(options.config_file == "team.gcsj.yaml");
    CHECK_FALSE(options.find_config);
    CHECK(options.input.exclude == std::vector<std::string>{"drafts/**"});
    CHECK(options.input.follow_symlinks);
    CHECK(options.input.allow_empty);

    SUBCASE("no configuration named: the nearest one is looked for") {
      gcsj::check::ValidateOptions defaults;
      app::apply_input_options({}, defaults);
      CHECK(defaults.find_config);
      CHECK_FALSE(defaults.config_file.has_value());
      CHECK_FALSE(defaults.input.follow_symlinks);
    }
  }

  TEST_CASE("--as-of: today (UTC) when not given, the date when given") {
    const auto today = app::date_option("--as-of", "");
    REQUIRE(today.has_value());
    CHECK(*today == model::Date::today_utc());
    const auto given = app::date_option("--as-of", "2026-11-29");
    REQUIRE(given.has_value());
    CHECK(*given == model::Date{2026, 11, 29});
  }

  TEST_CASE("a date option that is no date is a usage error naming the option") {
    const auto no_date = app::date_option("--from", "2026-02-30");
    REQUIRE_FALSE(no_date.has_value());
    CHECK(no_date.error().code == app::Code::usage);
    CHECK(no_date.error().message.english() ==
          "--from 2026-02-30: not a calendar date written YYYY-MM-DD");
    const auto words = app::date_option("--to", "yesterday");
    REQUIRE_FALSE(words.has_value());
    CHECK(words.error().message.english() ==
          "--to yesterday: not a calendar date written YYYY-MM-DD");
  }

  TEST_CASE("a calendar date outside the years gcsj reads is a usage error with the range") {
    const auto early = app::date_option("--as-of", "0999-12-31");
    REQUIRE_FALSE(early.has_value());
    CHECK(early.error().code == app::Code::usage);
    CHECK(early.error().message.english() ==
          "--as-of 0999-12-31: dates run from 1000-01-01 to 9897-12-31");
    CHECK(app::date_option("--as-of", "1000-01-01").has_value());
    CHECK(app::date_option("--as-of", "9897-12-31").has_value());
    CHECK_FALSE(app::date_option("--as-of", "9898-01-01").has_value());
  }

  TEST_CASE("--lang names the language; a language gcsj does not speak is a usage error") {
    const Locale locale;
    ::setenv("LC_ALL", "es_ES.UTF-8", 1);
    const auto french = app::chosen_language("fr");
    REQUIRE(french.has_value());
    CHECK((*french)->code() == "fr");  // --lang wins over the locale
    const auto unknown = app::chosen_language("xx");
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().code == app::Code::usage);
    CHECK(unknown.error().message.english().starts_with("--lang: "));
  }

  TEST_CASE("without --lang, the locale's language; English for a locale gcsj does not speak") {
    const Locale locale;
    SUBCASE("LC_ALL") {
      ::setenv("LC_ALL", "es_ES.UTF-8", 1);
      ::setenv("LANG", "fr_FR.UTF-8", 1);
      const auto chosen = app::chosen_language("");
      REQUIRE(chosen.has_value());
      CHECK((*chosen)->code() == "es");
    }
    SUBCASE("LANG") {
      ::setenv("LANG", "fr_FR.UTF-8", 1);
      const auto chosen = app::chosen_language("");
      REQUIRE(chosen.has_value());
      CHECK((*chosen)->code() == "fr");
    }
    SUBCASE("a locale gcsj does not speak") {
      ::setenv("LANG", "ja_JP.UTF-8", 1);
      const auto chosen = app::chosen_language("");
      REQUIRE(chosen.has_value());
      CHECK((*chosen)->code() == "en");
    }
  }
}
