#include <doctest/doctest.h>

#include "render/validate/formats.hpp"
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

  TEST_CASE("printable shows the invisible characters that turn or hide text around them") {
    using gcsj::util::printable;
    // The marks (left-to-right, right-to-left, Arabic letter), every embedding, override and
    // isolate, the zero width space, the byte order mark, the line and paragraph separators.
    for (const std::string_view invisible :
         {"\u200E", "\u200F", "\u061C", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066",
          "\u2067", "\u2068", "\u2069", "\u200B", "\uFEFF", "\u2028", "\u2029"}) {
      CAPTURE(invisible);
      CHECK(printable("a" + std::string(invisible) + "b") == "a?b");
    }
    // Joiners (Persian, emoji sequences), the no-break space and right-to-left letters stay.
    CHECK(printable("\u200C\u200D\u00A0\u0627") == "\u200C\u200D\u00A0\u0627");
    // The rest of the format characters, the tag characters and the Hangul fillers too.
    CHECK(printable("a\u2060b\u00ADc\U000E0041d\u3164e") == "a?b?c?d?e");
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
    }
    // No format, for people or machines, lets a raw control character through.
    for (const auto& format : gcsj::render::output_formats()) {
      INFO(format.name);
      CHECK_FALSE(has_terminal_control(render_as(format.name, checked)));
    }
  }
}

#include "group/calendar.hpp"
#include "group/composition.hpp"
#include "render/group/group_views.hpp"
#include "render/list/partner_list.hpp"
#include "support/group_fixture.hpp"

TEST_SUITE("render::terminal_safety") {
  TEST_CASE("the views print registry text through the printable filter, and CSV never a formula") {
    auto members = full_group_members();
    members[1].name = "\"X\\n::warning::forged\\e[2J\"";  // a YAML escape: a line break, ESC
    auto files = group_registry(group_yaml(members));
    files.push_back({"partners/formula.yaml",
                     replace(replace(kNgo, "id: sample", "id: formula"), "name: Sample",
                             "name: \"=HYPERLINK(\\\"http://x\\\")\\u202E\"")});
    const auto checked = check_files(files, kGroupAsOf);
    const auto roster = gcsj::group::Roster::of(checked.registry);
    REQUIRE(roster);
    const gcsj::render::GroupView view{checked.registry, *roster, kGroupAsOf};
    const auto seats =
        gcsj::render::render_seats_text(view, gcsj::group::composition_on(*roster, kGroupAsOf));
    const auto terms = gcsj::render::render_terms_text(
        view, gcsj::group::term_calendar(*roster, kGroupAsOf), std::nullopt);
    const auto list = gcsj::render::render_partner_list(checked.registry, kGroupAsOf, {},
                                                        gcsj::render::ListFormat::text);
    const auto csv = gcsj::render::render_partner_list(checked.registry, kGroupAsOf, {},
                                                       gcsj::render::ListFormat::csv);
    for (const std::string* out : {&seats, &terms, &list}) {
      CHECK_FALSE(has_terminal_control(*out));
      CHECK(out->find("\n::warning::") == std::string::npos);
    }
    CHECK(terms.find("X?::warning::forged?[2J") != std::string::npos);
    CHECK(csv.find("\n'=HYPERLINK") == std::string::npos);  // quoted, and neutralised
    CHECK(csv.find("\"'=HYPERLINK(\"\"http://x\"\")?\"") != std::string::npos);
    CHECK(csv.find("\r\n") != std::string::npos);
  }

  TEST_CASE("truncation never cuts a character in two") {
    using gcsj::util::truncate_to_width;
    CHECK(truncate_to_width("Fundación", 20) == "Fundación");
    CHECK(truncate_to_width("ééééé", 4) == "é...");
    CHECK(truncate_to_width("労働労働労働", 5, "…") == "労働労働…");
  }
}
