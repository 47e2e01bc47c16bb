#include <doctest/doctest.h>

#include <algorithm>

#include "i18n/language_choice.hpp"
#include "i18n/message.hpp"
#include "i18n/translator.hpp"
#include "support/languages.hpp"

using namespace gcsj::i18n;
using gcsj::model::Date;

using gcsj::testing::language;

TEST_SUITE("i18n::translator") {
  TEST_CASE("gcsj speaks English, French and Spanish, English first") {
    const auto codes = Translator::languages();
    REQUIRE(codes.size() >= 3);
    CHECK(codes.front() == "en");
    CHECK(std::count(codes.begin(), codes.end(), "fr") == 1);
    CHECK(std::count(codes.begin(), codes.end(), "es") == 1);
    CHECK(Translator::of("de") == nullptr);
    CHECK(language("fr").own_name() == "Français");
    CHECK(language("es").own_name() == "Español");
    CHECK(Translator::english().own_name() == "English");
  }

  TEST_CASE("dates in each language's own long form") {
    CHECK(Translator::english().date(Date{2026, 11, 30}) == "30 November 2026");
    CHECK(language("fr").date(Date{2026, 11, 30}) == "30 novembre 2026");
    CHECK(language("fr").date(Date{2026, 12, 1}) == "1er décembre 2026");
    CHECK(language("es").date(Date{2026, 11, 30}) == "30 de noviembre de 2026");
    CHECK(language("es").date(Date{2024, 2, 29}) == "29 de febrero de 2024");
  }

  TEST_CASE("quantities of five digits or more in groups of three; lines and years as written") {
    CHECK(Translator::english().number(9999) == "9999");
    CHECK(Translator::english().number(10000) == "10,000");
    CHECK(Translator::english().number(1234567) == "1,234,567");
    CHECK(Translator::english().number(-123456) == "-123,456");
    CHECK(language("fr").number(10000) == "10\u00a0000");
    CHECK(language("es").number(250000) == "250\u00a0000");
    const auto partners = [](unsigned long n) {
      return msg_n("{count} partner", "{count} partners", n);
    };
    CHECK(partners(12000).english() == "12,000 partners");
    const Message placed = msg("{line} {column} {year} {limit}", arg("line", 12345),
                               arg("column", 10001), arg("year", 20260), arg("limit", 100000));
    CHECK(placed.english() == "12345 10001 20260 100,000");
  }

  TEST_CASE("a message keeps its values and is written in any language later") {
    const Message m = msg("{day} {month} {year}", arg("day", 3), arg("month", "x"), arg("year", 1));
    CHECK(m.english() == "3 x 1");
    const Message dated = msg("{when}", arg("when", Date{2026, 1, 1}));
    CHECK(dated.english() == "1 January 2026");
    CHECK(dated.in(language("fr")) == "1er janvier 2026");
    const Message nested = msg("{inner}!", arg("inner", dated));
    CHECK(nested.in(language("es")) == "1 de enero de 2026!");
    const Message month = msg("{m}", arg("m", NC_("month", "May")));
    CHECK(month.in(language("fr")) == "mai");
    CHECK(Message().english().empty());
  }

  TEST_CASE("plural messages pass {count} and choose the form of the language") {
    const auto members = [](unsigned long n) {
      return msg_n("{count} member", "{count} members", n);
    };
    CHECK(members(1).english() == "1 member");
    CHECK(members(0).english() == "0 members");
    CHECK(members(2).english() == "2 members");
  }

  TEST_CASE("an untranslated or broken pattern falls back to English, never throws") {
    CHECK(msg("no translation for {x}", arg("x", 1)).in(language("fr")) == "no translation for 1");
    CHECK(msg("{missing}").english() == "{missing}");
  }

  TEST_CASE("--lang names a language; the locale variables choose one as gettext does") {
    CHECK((*language_named("fr"))->code() == "fr");
    CHECK((*language_named("es_ES.UTF-8"))->code() == "es");
    CHECK((*language_named("EN"))->code() == "en");
    const auto unknown = language_named("de");
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.find("en, es, fr") != std::string::npos);
    CHECK_FALSE(language_named(""));

    CHECK(language_of_locale({}).code() == "en");
    CHECK(language_of_locale({.lang = "fr_FR.UTF-8"}).code() == "fr");
    CHECK(language_of_locale({.lc_messages = "es_MX.UTF-8", .lang = "fr_FR.UTF-8"}).code() == "es");
    CHECK(language_of_locale({.lc_all = "C", .lang = "fr_FR.UTF-8"}).code() == "en");
    CHECK(language_of_locale({.lc_all = "C.UTF-8", .language = "fr"}).code() == "en");
    CHECK(language_of_locale({.lang = "de_DE.UTF-8"}).code() == "en");
    CHECK(language_of_locale({.lang = "de_DE.UTF-8", .language = "de:es:fr"}).code() == "es");
    CHECK(language_of_locale({.lc_all = "fr_CA", .lang = "es_ES"}).code() == "fr");
  }
}
