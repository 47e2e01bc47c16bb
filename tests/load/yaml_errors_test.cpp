#include <doctest/doctest.h>

#include "i18n/message.hpp"
#include "i18n/translator.hpp"
#include "load/yaml_errors.hpp"

using gcsj::i18n::msg;
using gcsj::i18n::Translator;
using gcsj::load::yaml_error_detail;

namespace {
std::string in(std::string_view code, std::string_view yaml_cpp_message) {
  const Translator* tr = Translator::of(code);
  REQUIRE(tr != nullptr);
  return msg("YAML syntax error: {detail}", yaml_error_detail("detail", yaml_cpp_message)).in(*tr);
}
}  // namespace

TEST_SUITE("load::yaml_errors") {
  TEST_CASE("yaml-cpp's messages in the reader's language, a value it appends as written") {
    CHECK(in("en", "end of sequence flow not found") ==
          "YAML syntax error: end of sequence flow not found");
    CHECK(in("fr", "end of sequence flow not found") ==
          "erreur de syntaxe YAML\u00a0: fin de séquence en ligne introuvable");
    CHECK(in("es", "end of map not found") ==
          "error de sintaxis YAML: no se encontró el final del mapeo");
    CHECK(in("fr", "unknown escape character: q") ==
          "erreur de syntaxe YAML\u00a0: caractère d'échappement inconnu\u00a0: q");
    CHECK(in("en", "unknown escape character: q") ==
          "YAML syntax error: unknown escape character: q");
    // A message gcsj does not know (a later yaml-cpp) is shown as yaml-cpp wrote it.
    CHECK(in("fr", "something new") == "erreur de syntaxe YAML\u00a0: something new");
    CHECK(in("fr", "unknown escape character") ==  // yaml-cpp always appends the character
          "erreur de syntaxe YAML\u00a0: unknown escape character");
  }
}
