#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "findings/finding_list.hpp"
#include "load/document_parser.hpp"
#include "load/yaml_tree.hpp"

// The positioned tree's own functions, on trees the real parser builds: finding entries,
// counting nodes, hashing what a node holds (not where), describing a node for messages.

using gcsj::load::Node;

namespace {

// The documents of `text`, as trees.
std::vector<Node> parsed(const std::string& text) {
  std::vector<Node> documents;
  gcsj::findings::FindingList out;
  gcsj::load::parse_documents(
      0, text, [&](const Node& document, std::size_t) { documents.push_back(document); }, out);
  REQUIRE(out.empty());
  return documents;
}

Node one(const std::string& text) {
  auto documents = parsed(text);
  REQUIRE(documents.size() == 1);
  return documents.front();
}

}  // namespace

TEST_SUITE("load::yaml_tree") {
  TEST_CASE("find_entry: a key of a mapping, or nothing") {
    const Node doc = one("kind: partner\nid: ilo\nname: ILO\n");
    const auto* id = gcsj::load::find_entry(doc, "id");
    REQUIRE(id != nullptr);
    CHECK(id->value.text == "ilo");
    CHECK(id->value.where.line == 2);
    CHECK(id->value.where.column == 5);
    CHECK(gcsj::load::find_entry(doc, "website") == nullptr);
    CHECK(gcsj::load::find_entry(doc, "Id") == nullptr);
    CHECK(gcsj::load::find_entry(id->value, "id") == nullptr);  // a scalar has no entries
  }

  TEST_CASE("count_nodes: the node itself, every key and every value") {
    CHECK(gcsj::load::count_nodes(one("a\n")) == 1);
    CHECK(gcsj::load::count_nodes(one("[1, 2, 3]\n")) == 4);
    CHECK(gcsj::load::count_nodes(one("a: 1\nb: [x, y]\n")) == 1 + 2 + 2 + 2);
  }

  TEST_CASE("content_hash: what a node holds, wherever it stands") {
    const auto documents =
        parsed("a: [x, y]\n---\n\n\n  a:   [x,   y]\n---\na: [xy]\n---\na: [y, x]\n");
    REQUIRE(documents.size() == 4);
    const auto hash = [](const Node& n) { return gcsj::load::content_hash(n); };
    CHECK(hash(documents[0]) == hash(documents[1]));    // moved and respaced: the same
    CHECK(hash(documents[0]) != hash(documents[2]));    // texts with their lengths: not "xy"
    CHECK(hash(documents[0]) != hash(documents[3]));    // order counts
    CHECK(hash(one("[a]\n")) != hash(one("{a: }\n")));  // kinds count
    CHECK(gcsj::load::text_hash("ab") != gcsj::load::text_hash("ba"));
    CHECK(gcsj::load::text_hash("") == 0xcbf29ce484222325ULL);
  }

  TEST_CASE("describe: a phrase for a message") {
    const Node doc = one("plain: yes\nquoted: \"x\"\nlist: [1]\nmap: {a: 1}\nnone:\nlong: " +
                         std::string(50, 'a') + "\n");
    const auto phrase = [&](const char* key) {
      return gcsj::load::describe(gcsj::load::find_entry(doc, key)->value).english();
    };
    CHECK(phrase("plain") == "`yes`");
    CHECK(phrase("quoted") == "the string \"x\"");
    CHECK(phrase("list") == "a list");
    CHECK(phrase("map") == "a mapping");
    CHECK(phrase("none") == "nothing (null)");
    CHECK(phrase("long") == "`" + std::string(37, 'a') + "...`");  // cut at 40
  }
}
