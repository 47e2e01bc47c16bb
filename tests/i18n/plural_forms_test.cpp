#include <doctest/doctest.h>

#include <string>

#include "i18n/plural_forms.hpp"

using gcsj::i18n::PluralForms;

TEST_SUITE("i18n::plural_forms") {
  TEST_CASE("English by default: one form for 1, another for 0 and 2") {
    const PluralForms english;
    CHECK(english.count() == 2);
    CHECK(english.form_of(1) == 0);
    CHECK(english.form_of(0) == 1);
    CHECK(english.form_of(2) == 1);
  }

  TEST_CASE("French takes the singular for 0 and 1, Spanish for 1 only") {
    const auto french = PluralForms::parse("nplurals=2; plural=(n > 1);");
    REQUIRE(french);
    CHECK(french->form_of(0) == 0);
    CHECK(french->form_of(1) == 0);
    CHECK(french->form_of(2) == 1);
    const auto spanish = PluralForms::parse("nplurals=2; plural=(n != 1);");
    REQUIRE(spanish);
    CHECK(spanish->form_of(0) == 1);
    CHECK(spanish->form_of(1) == 0);
  }

  TEST_CASE("three forms with C precedence, as Slavic languages write them") {
    const auto polish = PluralForms::parse(
        "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);");
    REQUIRE(polish);
    CHECK(polish->count() == 3);
    CHECK(polish->form_of(1) == 0);
    CHECK(polish->form_of(3) == 1);
    CHECK(polish->form_of(12) == 2);
    CHECK(polish->form_of(22) == 1);
    CHECK(polish->form_of(25) == 2);
    const auto negated = PluralForms::parse("nplurals=2; plural=!(n == 1);");
    REQUIRE(negated);
    CHECK(negated->form_of(1) == 0);
    CHECK(negated->form_of(5) == 1);
  }

  TEST_CASE("a header that is not a rule is refused; a form out of range is the first") {
    CHECK_FALSE(PluralForms::parse("nplurals=2; plural=(n > );"));
    CHECK_FALSE(PluralForms::parse("plural=n;"));
    CHECK_FALSE(PluralForms::parse("nplurals=0; plural=0;"));
    CHECK_FALSE(PluralForms::parse("nplurals=2; plural=n x 2;"));
    CHECK_FALSE(PluralForms::parse("nplurals=2; plural=" + std::string(100000, '(') + "n;"));
    const auto wild = PluralForms::parse("nplurals=2; plural=n + 5;");
    REQUIRE(wild);
    CHECK(wild->form_of(3) == 0);
    const auto division = PluralForms::parse("nplurals=2; plural=n / 0;");
    REQUIRE(division);
    CHECK(division->form_of(3) == 0);
  }
}
