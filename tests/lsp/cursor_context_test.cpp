#include "lsp/cursor_context.hpp"

#include <doctest/doctest.h>

#include <string>

using gcsj::lsp::cursor_context;
using gcsj::lsp::CursorContext;

namespace {

const std::string kPartner = R"(kind: partner
id: acme
name: ACME Ltd
category: enterprise
status: admitted
type: enterprise
actions:
  - title: Apprenticeships
    domains: [employment, social-dialogue]
    with:
      - kenya
      - unicef
    status: ongoing
  - title: Second
    status: pledged
)";

}  // namespace

TEST_CASE("lsp::cursor_context: a key and a value at the root") {
  const CursorContext key = cursor_context(kPartner, 5, 2);
  CHECK(key.kind == "partner");
  REQUIRE(key.category);
  CHECK(*key.category == gcsj::model::Category::enterprise);
  CHECK(key.on_key);
  CHECK(key.path_text() == "status");
  CHECK(key.token == "status");
  CHECK(key.span.line == 5);
  CHECK(key.span.begin == 1);
  CHECK(key.span.end == 7);
  CHECK(key.sibling_keys.size() == 6);  // kind id name category type actions

  const CursorContext value = cursor_context(kPartner, 5, 10);
  CHECK_FALSE(value.on_key);
  CHECK(value.path_text() == "status");
  CHECK(value.token == "admitted");
  CHECK(value.span.begin == 9);
  CHECK(value.span.end == 17);
}

TEST_CASE("lsp::cursor_context: inside the items of a list") {
  const CursorContext status = cursor_context(kPartner, 15, 14);
  CHECK(status.path_text() == "actions[1].status");
  CHECK(status.key_path() == "actions.status");
  CHECK(status.index_after("actions") == 1);
  CHECK(status.token == "pledged");
  CHECK(status.sibling_keys == std::vector<std::string>{"title"});

  const CursorContext with = cursor_context(kPartner, 12, 10);
  CHECK(with.path_text() == "actions[0].with[1]");
  CHECK(with.key() == "with");
  CHECK(with.in_list());
  CHECK(with.token == "unicef");

  const CursorContext flow = cursor_context(kPartner, 9, 30);
  CHECK(flow.path_text() == "actions[0].domains[1]");
  CHECK(flow.token == "social-dialogue");

  const CursorContext title = cursor_context(kPartner, 8, 6);
  CHECK(title.on_key);
  CHECK(title.path_text() == "actions[0].title");
  CHECK(title.parent_key_path() == "actions");
  CHECK(title.sibling_keys == std::vector<std::string>{"domains", "with", "status"});
}

TEST_CASE("lsp::cursor_context: a buffer being written still gives its place") {
  // `  sta` does not parse: the lines still say where it stands.
  const std::string text = "kind: partner\ncategory: ngo\nactions:\n  - title: x\n    sta\n";
  const CursorContext typing = cursor_context(text, 5, 8);
  CHECK(typing.kind == "partner");
  CHECK(typing.category == gcsj::model::Category::ngo);
  CHECK(typing.on_key);
  CHECK(typing.token == "sta");
  CHECK(typing.parent_key_path() == "actions");
  CHECK(typing.sibling_keys == std::vector<std::string>{"title"});

  // A blank line at the root: a new top-level key.
  const std::string blank = "kind: partner\nid: x\n\n";
  const CursorContext root = cursor_context(blank, 3, 1);
  CHECK(root.on_key);
  CHECK(root.token.empty());
  CHECK(root.parent_key_path().empty());
  CHECK(root.span.begin == root.span.end);
  CHECK(root.sibling_keys == std::vector<std::string>{"kind", "id"});

  // An empty value after its key.
  const CursorContext empty = cursor_context("kind: partner\nstatus: \n", 2, 9);
  CHECK_FALSE(empty.on_key);
  CHECK(empty.key() == "status");
  CHECK(empty.token.empty());

  // In a comment: nothing.
  const CursorContext comment = cursor_context("kind: partner\nstatus: x  # note\n", 2, 15);
  CHECK(comment.path.empty());
  CHECK(comment.kind == "partner");

  // A document written in flow style on one line.
  const CursorContext flow = cursor_context("{kind: partner, id: x, category: ngo}\n", 1, 21);
  CHECK(flow.path_text() == "id");
  CHECK(flow.token == "x");
  CHECK(flow.kind == "partner");

  // Nonsense, a line past the end, a column past the line, an empty buffer: no throw.
  CHECK_NOTHROW(cursor_context("{[: - : ]}\n\t- -\n\"", 2, 3));
  CHECK_NOTHROW(cursor_context("", 7, 40));
  CHECK_NOTHROW(cursor_context("a: b\n", 0, 0));
  CHECK(cursor_context("a: b\n", 1, 99).token == "b");
}

TEST_CASE("lsp::cursor_context: the document around the cursor in a file of several") {
  const std::string text =
      "kind: partner\nid: a\ncategory: ngo\n---\nkind: coordinating-group\nmembers:\n"
      "  - name: A. B.\n    partner: kenya\n";
  const CursorContext member = cursor_context(text, 8, 15);
  CHECK(member.kind == "coordinating-group");
  CHECK_FALSE(member.category);
  CHECK(member.document_line == 5);
  CHECK(member.path_text() == "members[0].partner");
  CHECK(member.token == "kenya");
}
