#include <doctest/doctest.h>

#include "render/formats.hpp"
#include "support/check_helpers.hpp"
#include "util/utf8.hpp"

using namespace gcsj::testing;

namespace {

bool has_terminal_control(std::string_view out) {
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto byte = static_cast<unsigned char>(out[i]);
    if ((byte < 0x20 && byte != '\n') || byte == 0x7F) return true;
    if (byte == 0xC2 && i + 1 < out.size() && static_cast<unsigned char>(out[i + 1]) < 0xA0)
      return true;
  }
  return false;
}
}  // namespace

TEST_SUITE("render::terminal_safety") {
  TEST_CASE("printable replaces C0, DEL, C1 and bidirectional controls, and keeps the rest") {
    using gcsj::util::printable;
    CHECK(printable("a\x1B[31mb") == "a?[31mb");
    CHECK(printable("a\x7F\xC2\x9B"
                    "b") == "a??b");
    CHECK(printable("abc\xE2\x80\xAE"
                    "def\xE2\x81\xA6") == "abc?def?");
    CHECK(printable("tab\there") == "tab\there");
    CHECK(printable("Fundación Sol — 労働 \xC2\xA0") == "Fundación Sol — 労働 \xC2\xA0");
    CHECK(printable("bad \xFF byte") == "bad ? byte");
  }

  TEST_CASE("a value written with escapes cannot drive the terminal or the CI log") {
    // Double-quoted escapes are valid YAML: ESC, a C1 CSI and a right-to-left override reach
    // the model, and so the messages that quote the id.
    const auto checked = check_files(
        {{"sample.yaml", replace(kNgo, "id: sample", "id: \"x\\e[2J\\u009B31m\\u202Ey\"")}});
    REQUIRE_FALSE(checked.findings.empty());
    for (const std::string_view format : {"text", "gcc", "github"}) {
      const std::string out = render_as(format, checked);
      CHECK(out.find("x?[2J?31m?y") != std::string::npos);
      CHECK_FALSE(has_terminal_control(out));
    }
  }
}
