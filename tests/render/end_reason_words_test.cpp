#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "i18n/translator.hpp"
#include "render/changes/end_reason_words.hpp"

// Why a term ended early, as a departure's sentence tells it: a word of each language for the
// four reasons, the note of `other`, a free text (v1) as written; registry text goes through the
// escape, here one that brackets what it is given.

using gcsj::i18n::Translator;
using gcsj::render::end_reason_words;

namespace {

std::string bracket(std::string_view text) {
  return "[" + std::string(text) + "]";
}

std::string words(std::optional<std::string> reason, std::optional<std::string> note,
                  const Translator& tr = Translator::english()) {
  return end_reason_words(reason, note, tr, bracket);
}

}  // namespace

TEST_SUITE("render::end_reason_words") {
  TEST_CASE("each reason is a word of the language, never the registry's value") {
    CHECK(words("resigned", std::nullopt) == "resignation");
    CHECK(words("replaced", std::nullopt) == "replacement");
    CHECK(words("deceased", std::nullopt) == "death");
    CHECK(words("other", std::nullopt) == "other reason");
    const Translator* fr = Translator::of("fr");
    const Translator* es = Translator::of("es");
    REQUIRE(fr != nullptr);
    REQUIRE(es != nullptr);
    CHECK(words("resigned", std::nullopt, *fr) == "démission");
    CHECK(words("replaced", std::nullopt, *fr) == "remplacement");
    CHECK(words("deceased", std::nullopt, *fr) == "décès");
    CHECK(words("other", std::nullopt, *fr) == "autre motif");
    CHECK(words("resigned", std::nullopt, *es) == "renuncia");
    CHECK(words("replaced", std::nullopt, *es) == "sustitución");
    CHECK(words("deceased", std::nullopt, *es) == "fallecimiento");
    CHECK(words("other", std::nullopt, *es) == "otro motivo");
  }

  TEST_CASE("`other` is told by its note; a reason with a note, by both") {
    CHECK(words("other", "appointed ambassador") == "[appointed ambassador]");
    CHECK(words(std::nullopt, "appointed ambassador") == "[appointed ambassador]");
    CHECK(words("resigned", "to lead the union") == "resignation, [to lead the union]");
    const Translator* fr = Translator::of("fr");
    REQUIRE(fr != nullptr);
    CHECK(words("resigned", "pour diriger le syndicat", *fr) ==
          "démission, [pour diriger le syndicat]");
  }

  TEST_CASE("a free text of a v1 registry is shown as written, escaped") {
    CHECK(words("appointed ambassador", std::nullopt) == "[appointed ambassador]");
    const Translator* fr = Translator::of("fr");
    REQUIRE(fr != nullptr);
    CHECK(words("appointed ambassador", std::nullopt, *fr) == "[appointed ambassador]");
    CHECK(words("Resigned", "in May") == "[Resigned], [in May]");
  }
}
