#include <doctest/doctest.h>

#include <string>

#include "i18n/language_choice.hpp"

// Which language gcsj writes in: --lang, else the locale variables as GNU gettext reads them.

using gcsj::i18n::language_named;
using gcsj::i18n::language_of_locale;

TEST_SUITE("i18n::language_choice") {
  TEST_CASE("a language named by its code, a locale or a BCP 47 tag, in any case") {
    for (const char* code : {"fr", "FR", "fr_CA.UTF-8", "fr-BE", "fr_FR@euro", "fr.ISO-8859-1"}) {
      CAPTURE(code);
      const auto tr = language_named(code);
      REQUIRE(tr.has_value());
      CHECK((*tr)->code() == "fr");
    }
    CHECK((*language_named("es-419"))->code() == "es");
    CHECK((*language_named("en_GB"))->code() == "en");
  }

  TEST_CASE("a language gcsj does not speak: an Error naming those it speaks") {
    const auto unknown = language_named("pt_BR");
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().message.starts_with("gcsj does not speak `pt_BR`; it speaks "));
    for (const auto code : gcsj::i18n::Translator::languages())
      CHECK(unknown.error().message.find(std::string(code)) != std::string::npos);
    CHECK_FALSE(language_named("").has_value());
    CHECK_FALSE(language_named("_FR").has_value());
  }

  TEST_CASE("LC_ALL, else LC_MESSAGES, else LANG decides; C and POSIX are English") {
    CHECK(language_of_locale({.lc_all = "es_ES.UTF-8", .lc_messages = "fr_FR", .lang = "fr_FR"})
              .code() == "es");
    CHECK(language_of_locale({.lc_messages = "fr_FR", .lang = "es_ES"}).code() == "fr");
    CHECK(language_of_locale({.lang = "es_ES.UTF-8"}).code() == "es");
    CHECK(language_of_locale({.lang = "POSIX"}).code() == "en");
    CHECK(language_of_locale({.lc_all = "C", .lang = "fr_FR"}).code() == "en");
    CHECK(language_of_locale({.lang = "de_DE.UTF-8"}).code() == "en");  // not spoken
  }

  TEST_CASE("LANGUAGE: a list of preferences, the first spoken wins, unless the locale is C") {
    CHECK(language_of_locale({.lang = "de_DE", .language = "de:es:fr"}).code() == "es");
    CHECK(language_of_locale({.lang = "fr_FR", .language = "pt"}).code() == "fr");  // then LANG
    CHECK(language_of_locale({.lang = "fr_FR", .language = "es_MX:fr"}).code() == "es");
    CHECK(language_of_locale({.lang = "C", .language = "fr"}).code() == "en");
    CHECK(language_of_locale({.language = "fr"}).code() == "en");  // no locale at all
    CHECK(language_of_locale({.lang = "de_DE", .language = "::"}).code() == "en");
  }
}
