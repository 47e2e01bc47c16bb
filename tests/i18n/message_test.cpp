#include <doctest/doctest.h>

#include <string>

#include "i18n/message.hpp"
#include "i18n/translator.hpp"

// A sentence written later: its placeholders filled in the reader's language (terms translated,
// dates in the long form, messages within messages), plurals by the language's rule.

using gcsj::i18n::arg;
using gcsj::i18n::msg;
using gcsj::i18n::msg_g;
using gcsj::i18n::msg_n;
using gcsj::i18n::NC_;
using gcsj::i18n::Translator;

namespace {

const Translator& french() {
  const Translator* tr = Translator::of("fr");
  REQUIRE(tr != nullptr);
  return *tr;
}

}  // namespace

TEST_SUITE("i18n::message") {
  TEST_CASE("text as given, numbers, and the translation's own punctuation") {
    const auto m = msg("{label}: {value}", arg("label", "Partners"), arg("value", 14));
    CHECK(m.english() == "Partners: 14");
    CHECK(m.in(french()) == "Partners\u00a0: 14");  // registry text is never translated
    CHECK(m.msgid() == "{label}: {value}");
    REQUIRE(m.args().size() == 2);
    CHECK(m.args()[0].name == "label");
    CHECK_FALSE(m.empty());
    CHECK(gcsj::i18n::Message().empty());
  }

  TEST_CASE("a term is translated, a date written in the language's long form") {
    const auto m = msg("{label}: {value}", arg("label", NC_("partner category", "Government")),
                       arg("value", gcsj::model::Date{2025, 6, 1}));
    CHECK(m.english() == "Government: 1 June 2025");
    CHECK(m.in(french()) == "Gouvernement\u00a0: 1er juin 2025");
  }

  TEST_CASE("a message within a message is written in the same language") {
    const auto inner = msg_n("{count} partner", "{count} partners", 3);
    const auto outer = msg("{label}: {value}", arg("label", "Total"), arg("value", inner));
    CHECK(outer.english() == "Total: 3 partners");
    CHECK(outer.in(french()) == "Total\u00a0: 3 partenaires");
  }

  TEST_CASE("plurals by the language's rule: French says 0 and 1 in the singular") {
    for (const unsigned long n : {0UL, 1UL, 2UL}) {
      CAPTURE(n);
      const auto m = msg_n("{count} partner", "{count} partners", n);
      CHECK(m.english() == std::to_string(n) + (n == 1 ? " partner" : " partners"));
      CHECK(m.in(french()) == std::to_string(n) + (n < 2 ? " partenaire" : " partenaires"));
    }
  }

  TEST_CASE("a sentence without a translation is English; a verbatim one is the same everywhere") {
    const auto untranslated = msg("no such sentence {x}", arg("x", "y"));
    CHECK(untranslated.in(french()) == "no such sentence y");
    const auto verbatim = gcsj::i18n::Message::verbatim("as is {not a placeholder}");
    CHECK(verbatim.english() == "as is {not a placeholder}");
    CHECK(verbatim.in(french()) == "as is {not a placeholder}");
    CHECK_FALSE(verbatim.empty());
  }

  TEST_CASE("registry text holding braces is never read as a placeholder") {
    const auto m = msg("{label}: {value}", arg("label", "{value}"), arg("value", "{}"));
    CHECK(m.english() == "{value}: {}");
  }

  TEST_CASE("a sentence said of a person agrees with its gender: feminine, masculine, neutral") {
    using gcsj::i18n::Agreement;
    const Translator* es = Translator::of("es");
    REQUIRE(es != nullptr);
    const auto said = [](Agreement agreement) {
      return msg_g(agreement, "{member} (Co-Chairperson)", arg("member", "A. Diallo"));
    };
    CHECK(said(Agreement::feminine).in(french()) == "A. Diallo (coprésidente)");
    CHECK(said(Agreement::masculine).in(french()) == "A. Diallo (coprésident)");
    CHECK(said(Agreement::feminine).in(*es) == "A. Diallo (copresidenta)");
    CHECK(said(Agreement::masculine).in(*es) == "A. Diallo (copresidente)");
    // Neutral: the entry without a context; English has one form for all three.
    CHECK(said(Agreement::neutral).in(french()) ==
          msg("{member} (Co-Chairperson)", arg("member", "A. Diallo")).in(french()));
    CHECK(said(Agreement::feminine).english() == "A. Diallo (Co-Chairperson)");
    CHECK(said(Agreement::neutral).english() == "A. Diallo (Co-Chairperson)");
    // A catalogue without the form said of a woman falls back on the neutral translation.
    CHECK(french().agreeing(Agreement::feminine,
                            "{member} has no `level`: members are expected at "
                            "ministerial or equivalent level") ==
          french()("{member} has no `level`: members are expected at ministerial or equivalent "
                   "level"));
  }
}
