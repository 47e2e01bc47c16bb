#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "i18n/list.hpp"
#include "support/languages.hpp"

using namespace gcsj::i18n;
using gcsj::testing::language;

namespace {
std::string joined(std::vector<std::string> items, const Translator& tr) {
  return join_list(items, tr);
}
}  // namespace

TEST_SUITE("i18n::list") {
  TEST_CASE("a list in a sentence ends with the language's own conjunction") {
    const auto& en = Translator::english();
    CHECK(joined({}, en).empty());
    CHECK(joined({"Africa"}, en) == "Africa");
    CHECK(joined({"Africa", "Europe"}, en) == "Africa and Europe");
    CHECK(joined({"Africa", "Americas", "Asia and the Pacific", "Europe"}, en) ==
          "Africa, Americas, Asia and the Pacific, and Europe");
    CHECK(joined({"Afrique", "Amériques", "Asie et Pacifique", "Europe"}, language("fr")) ==
          "Afrique, Amériques, Asie et Pacifique et Europe");
    CHECK(joined({"África", "Américas", "Europa"}, language("es")) == "África, Américas y Europa");
  }

  TEST_CASE("Spanish writes « e » before the sound i, and « y » before hie-, hia-") {
    const auto& es = language("es");
    CHECK(joined({"Francia", "Italia"}, es) == "Francia e Italia");
    CHECK(joined({"Francia", "Irlanda"}, es) == "Francia e Irlanda");
    CHECK(joined({"Francia", "Alemania", "Italia"}, es) == "Francia, Alemania e Italia");
    CHECK(joined({"Francia", "Alemania", "hielo"}, es) == "Francia, Alemania y hielo");
    CHECK(joined({"padres", "hijos"}, es) == "padres e hijos");
    CHECK(joined({"A. Pérez", "Íñigo López"}, es) == "A. Pérez e Íñigo López");
    CHECK(joined({"agua", "hielo"}, es) == "agua y hielo");
    CHECK(joined({"África", "Europa"}, es) == "África y Europa");
    // French and English keep their conjunction whatever follows.
    CHECK(joined({"France", "Italie"}, language("fr")) == "France et Italie");
    CHECK(joined({"France", "Italy"}, Translator::english()) == "France and Italy");
  }

  TEST_CASE("the sound i at the start of a word") {
    CHECK(begins_with_i_sound("Italia"));
    CHECK(begins_with_i_sound("iglesia"));
    CHECK(begins_with_i_sound("Ídolo"));
    CHECK(begins_with_i_sound("hijos"));
    CHECK(begins_with_i_sound("Hidalgo"));
    CHECK(begins_with_i_sound("hípico"));
    CHECK_FALSE(begins_with_i_sound("hielo"));
    CHECK_FALSE(begins_with_i_sound("Hierro"));
    CHECK_FALSE(begins_with_i_sound("hiato"));
    CHECK_FALSE(begins_with_i_sound("Europa"));
    CHECK_FALSE(begins_with_i_sound("h"));
    CHECK_FALSE(begins_with_i_sound(""));
  }
}
