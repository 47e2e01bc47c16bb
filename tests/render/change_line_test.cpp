#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "i18n/translator.hpp"
#include "render/changes/change_line.hpp"
#include "support/changes_fixture.hpp"

// A change's sentence with its date and paragraph, as every list of changes writes it: the
// paragraph inside the full stop, the date set off by a dash, so no sentence follows a colon.

using namespace gcsj::testing;
using gcsj::changes::Kind;
using gcsj::i18n::Translator;
using gcsj::render::ChangeWording;
using gcsj::render::dated_change;
using gcsj::render::with_citation;

namespace {

std::string plain(std::string_view text) {
  return std::string(text);
}

const gcsj::changes::Change& admission(const gcsj::changes::Changes& changes) {
  const auto found = std::find_if(changes.events.begin(), changes.events.end(),
                                  [](const auto& c) { return c.kind == Kind::partner_admitted; });
  REQUIRE(found != changes.events.end());
  return *found;
}

}  // namespace

TEST_SUITE("render::change_line") {
  TEST_CASE("the citation goes inside the sentence's full stop") {
    CHECK(with_citation("Kenya was admitted.", "(¶18)") == "Kenya was admitted (¶18).");
    CHECK(with_citation("Kenya was admitted", "(¶18)") == "Kenya was admitted (¶18)");
    CHECK(with_citation("", "(¶18)") == " (¶18)");
  }

  TEST_CASE(
      "a dated line: the date, a dash, the sentence citing its paragraph, one colon at most") {
    const auto checked = partner_changes_registry();
    const auto changes = changes_of(checked);
    const auto& change = admission(changes);
    ChangeWording wording{plain, true};
    CHECK(dated_change(change, wording, change.date) ==
          "1 March 2025 — New *Partner* was admitted as a partner: Government, Africa (¶18).");
    for (const char* code : {"fr", "es"}) {
      CAPTURE(code);
      const Translator* tr = Translator::of(code);
      REQUIRE(tr != nullptr);
      wording.tr = tr;
      const std::string line = dated_change(change, wording, change.date);
      CHECK(line.starts_with("1"));
      CHECK(line.find(" — ") != std::string::npos);
      CHECK(line.ends_with(" (¶18)."));
      CHECK(std::count(line.begin(), line.end(), ':') <= 1);
    }
    wording.tr = Translator::of("fr");
    CHECK(dated_change(change, wording, std::string("<time>1er mars</time>"))
              .starts_with("<time>1er mars</time> — "));
  }
}
