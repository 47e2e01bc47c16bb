#include "lsp/code_actions.hpp"

#include <doctest/doctest.h>

#include <string>

#include "support/check_helpers.hpp"
#include "support/group_fixture.hpp"

using gcsj::findings::Fix;
using gcsj::lsp::edit_of;
using gcsj::lsp::quick_fix;
using gcsj::lsp::Span;
using gcsj::lsp::TextEditPlan;
using namespace gcsj::testing;

namespace {

// `text` with `edit` made, as an editor applies a WorkspaceEdit.
std::string applied(const std::string& text, const TextEditPlan& edit) {
  std::size_t begin = 0;
  for (int l = 1; l < edit.span.line; ++l) begin = text.find('\n', begin) + 1;
  const auto byte = [&](int column) {
    std::size_t i = begin;
    for (int c = 1; c < column; ++c) {
      const auto lead = static_cast<unsigned char>(text[i]);
      i += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    }
    return i;
  };
  const std::size_t from = byte(edit.span.begin);
  const std::size_t to = byte(edit.span.end);
  return text.substr(0, from) + edit.new_text + text.substr(to);
}

// The file `checked` found `rule`'s first finding in, with that finding's fix made.
std::string fixed(const Checked& checked, const std::string& text, std::string_view rule) {
  const auto found = checked.of(rule);
  REQUIRE_MESSAGE(!found.empty(), checked.rules());
  REQUIRE(found[0].fix);
  const auto edit = edit_of(*found[0].fix, text);
  REQUIRE(edit);
  return applied(text, *edit);
}

// A partner file fixed by the fix of `rule`'s finding: no finding is left.
void check_fixes(const std::string& text, std::string_view rule) {
  const std::string after = fixed(check_yaml(text), text, rule);
  INFO(after);
  const auto again = check_yaml(after);
  CHECK_MESSAGE(again.findings.empty(), again.rules());
}

}  // namespace

TEST_SUITE("lsp::code_actions") {
  TEST_CASE("a fix applied to the file removes its finding") {
    SUBCASE("enterprise-channel: a wrong channel, plain or quoted") {
      check_fixes(replace(kEnterprise, "channel: employers-group", "channel: direct"),
                  "enterprise-channel");
      check_fixes(replace(kEnterprise, "channel: employers-group", "channel: \"direct\" # why"),
                  "enterprise-channel");
    }
    SUBCASE("enterprise-channel: the missing key added") {
      check_fixes(replace(kEnterprise, "channel: employers-group\n", ""), "enterprise-channel");
      // A file of CRLF lines keeps them.
      std::string crlf;
      for (char c : "---\n" + replace(kEnterprise, "channel: employers-group\n", ""))
        crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
      const std::string after = fixed(check_yaml(crlf), crlf, "enterprise-channel");
      CHECK(after.starts_with("---\r\nchannel: employers-group\r\n"));
      CHECK(check_yaml(after).findings.empty());
    }
    SUBCASE("unknown-key: the key suggested") {
      check_fixes(replace(kEnterprise, "channel:", "chanel:"), "unknown-key");
    }
    SUBCASE("invalid-value: the value suggested") {
      check_fixes(replace(kEnterprise, "category: enterprise", "category: enterprse"),
                  "invalid-value");
    }
    SUBCASE("government-country: the code in upper case") {
      check_fixes(replace(kGovernment, "country: KE", "country: ke"), "government-country");
    }
    SUBCASE("action-domains: the domain suggested, in a flow sequence") {
      check_fixes(replace(kGovernment, "domains: [protection]", "domains: [protecton]"),
                  "action-domains");
    }
    SUBCASE("member-region and nominating-body, in the Group's file") {
      auto members = full_group_members();
      member_of(members, "Gov za").region = "europe";
      member_of(members, "Worker 1").terms = {"{start: 2024-06-01}"};
      std::string text = group_yaml(members);
      for (std::string_view rule : {"member-region", "nominating-body"}) {
        const auto checked = check_files(group_registry(text), kGroupAsOf);
        text = fixed(checked, text, rule);
      }
      const auto again = check_files(group_registry(text), kGroupAsOf);
      CHECK_MESSAGE(again.findings.empty(), again.rules());
    }
  }

  TEST_CASE("edit_of: the token replaced, in code-point columns") {
    const std::string text = "name: Café\nscope: natinal # typo\n";
    CHECK(edit_of(gcsj::findings::replacing({0, 2, 8}, "national"), text) ==
          TextEditPlan{Span{2, 8, 15}, "national"});
    // After a two-byte character, columns count characters.
    CHECK(edit_of(gcsj::findings::replacing({0, 1, 5}, "Cafe"), "né: Cafx # x\n") ==
          TextEditPlan{Span{1, 5, 9}, "Cafe"});
    // Nothing to do, or nowhere to do it: no edit.
    CHECK_FALSE(edit_of(gcsj::findings::replacing({0, 2, 8}, "natinal"), text));
    CHECK_FALSE(edit_of(gcsj::findings::replacing({0, 5, 1}, "x"), text));
    CHECK_FALSE(edit_of(gcsj::findings::replacing({0, 1, 40}, "x"), text));
    CHECK_FALSE(edit_of(gcsj::findings::replacing({0, 1, 7}, "x"), "name: |\n  text\n"));
  }

  TEST_CASE("edit_of: a key inserted first in a block or a flow mapping") {
    const Fix top = gcsj::findings::inserting_key({0, 1, 1}, "channel: employers-group");
    CHECK(edit_of(top, "kind: partner\n") ==
          TextEditPlan{Span{1, 1, 1}, "channel: employers-group\n"});
    // An item of a sequence: the first key moves to the next line, at the mapping's indentation.
    const Fix item = gcsj::findings::inserting_key({0, 2, 5}, "nominated_by: workers-group");
    CHECK(applied("terms:\n  - start: 2024-06-01\n",
                  *edit_of(item, "terms:\n  - start: 2024-06-01\n")) ==
          "terms:\n  - nominated_by: workers-group\n    start: 2024-06-01\n");
    const Fix flow = gcsj::findings::inserting_key({0, 1, 11}, "nominated_by: workers-group");
    CHECK(applied("  terms: [{start: 2024-06-01}]",
                  *edit_of(flow, "  terms: [{start: 2024-06-01}]")) ==
          "  terms: [{nominated_by: workers-group, start: 2024-06-01}]");
    CHECK(applied("a: {}", *edit_of(gcsj::findings::inserting_key({0, 1, 4}, "b: c"), "a: {}")) ==
          "a: {b: c}");
  }

  TEST_CASE("quick_fix: its title in the client's language") {
    const std::string text = "channel: direct\n";
    const auto replace_fix = quick_fix(gcsj::findings::replacing({0, 1, 10}, "employers-group"),
                                       text, gcsj::i18n::Translator::english());
    REQUIRE(replace_fix);
    CHECK(replace_fix->title == "Replace `direct` with `employers-group`");
    CHECK(replace_fix->edit == TextEditPlan{Span{1, 10, 16}, "employers-group"});
    const auto* french = gcsj::i18n::Translator::of("fr");
    REQUIRE(french != nullptr);
    const auto add = quick_fix(gcsj::findings::inserting_key({0, 1, 1}, "channel: employers-group"),
                               "kind: partner\n", *french);
    REQUIRE(add);
    CHECK(add->title == "Ajouter `channel: employers-group`");
  }
}
