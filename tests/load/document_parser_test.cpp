#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "load/document_parser.hpp"
#include "load/piece_cutter.hpp"
#include "load/registry_loader.hpp"
#include "support/check_helpers.hpp"

using gcsj::testing::check_yaml;
using gcsj::testing::kGovernment;
using gcsj::testing::kNgo;
using gcsj::testing::replace;

namespace {

// kGovernment with its name (line 3) moved to the end, line 16, written as `name_line`.
std::string name_last(std::string_view name_line) {
  return replace(kGovernment, "name: Sample\n", "") + std::string(name_line);
}

// A second valid partner (a function: kNgo is initialised in another file).
std::string other() {
  return replace(kNgo, "id: sample", "id: sample-two");
}

// The findings of a text loaded whole and cut into pieces of `piece_bytes`, as comparable text.
std::vector<std::string> findings_of(std::string_view text, std::size_t piece_bytes) {
  std::vector<std::string> out;
  for (const auto& f : gcsj::load::load_file_text(0, text, 1, piece_bytes).findings)
    out.push_back(std::string(f.rule) + "@" + std::to_string(f.where.line) + ":" +
                  std::to_string(f.where.column) + " " + f.message.english());
  return out;
}

}  // namespace

TEST_SUITE("load::document_parser") {
  TEST_CASE("reports a duplicate key at its second occurrence and names the first") {
    const auto checked = check_yaml(gcsj::testing::kGovernment + "name: Other\n");
    const auto found = checked.of("duplicate-key");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.line == 17);
    REQUIRE(found[0].related.size() == 1);
    CHECK(found[0].related[0].where.line == 3);
  }

  TEST_CASE("reports duplicate keys at every level") {
    const auto checked = check_yaml(gcsj::testing::replace(
        gcsj::testing::kGovernment, "  advocate: true\n", "  advocate: true\n  advocate: true\n"));
    CHECK(checked.lines_of("duplicate-key") == std::vector<int>{11});
  }

  TEST_CASE("refuses aliases without expanding them") {
    const auto checked = check_yaml("kind: partner\nid: &a sample\nname: *a\n");
    CHECK(checked.lines_of("yaml-alias") == std::vector<int>{3});
  }

  TEST_CASE("survives a billion-laughs alias bomb") {
    std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n";
    char previous = 'a';
    for (char name = 'b'; name <= 'j'; ++name, ++previous)
      bomb += std::string(1, name) + ": &" + name + " [*" + previous + ", *" + previous + ", *" +
              previous + ", *" + previous + ", *" + previous + ", *" + previous + ", *" + previous +
              ", *" + previous + ", *" + previous + "]\n";
    const auto checked = check_yaml(bomb);
    const auto aliases = checked.of("yaml-alias");
    REQUIRE(aliases.size() == 1);
    CHECK(aliases[0].where.line == 2);
    CHECK(aliases[0].message.english().find("(81 in this document)") != std::string::npos);
    CHECK(checked.lines_of("missing-kind") == std::vector<int>{1});
    CHECK(checked.missing_keys("missing-kind") == std::vector<std::string>{"kind"});
  }

  TEST_CASE("refuses tags that change a value, and accepts those that restate it") {
    const auto checked = check_yaml(
        "kind: !!str partner\n"
        "name: !!binary RnVuZGFjacOzbg==\n"
        "levels: !!seq [global]\n"
        "adherence: !!map {declared: !!str 2024-02-15}\n"
        "id: !secret x\n"
        "status: !!int 3\n"
        "countries: !!map [KE]\n");
    CHECK(checked.lines_of("yaml-tag") == std::vector<int>{2, 5, 6, 7});
  }

  TEST_CASE("an empty tagged document reads the same at the end of the text and before `---`") {
    // yaml-cpp 0.7 drops the tag of an empty root node at the end of its input.
    for (const std::string after : {"", "---\n"}) {
      const std::string text = kGovernment + "---\n&a !!binary\n" + after;
      CAPTURE(text);
      const auto checked = check_yaml(text);
      CHECK(checked.lines_of("yaml-tag") == std::vector<int>{18});
      CHECK(checked.lines_of("wrong-type") == std::vector<int>{18});
      CHECK(findings_of(text, 1) == findings_of(text, gcsj::load::kPieceBytes));
    }
  }

  TEST_CASE("refuses merge keys") {
    const auto checked = check_yaml("kind: partner\n<<: {id: x}\n");
    CHECK(checked.lines_of("yaml-merge-key") == std::vector<int>{2});
  }

  TEST_CASE("reports a syntax error where the parser stopped, with a tab hint") {
    const auto checked = check_yaml("kind: partner\nadherence:\n\tdeclared: 2024-01-01\n");
    const auto found = checked.of("yaml-syntax");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.line == 3);
    CHECK(found[0].hint.english().find("tabs") != std::string::npos);
  }

  TEST_CASE("a stray comma, on which yaml-cpp 0.7 would loop for ever, is a syntax error") {
    auto checked = check_yaml(",");
    CHECK(checked.lines_of("yaml-syntax") == std::vector<int>{1});
    checked = check_yaml(gcsj::testing::kGovernment + "---\n,\n");
    CHECK(checked.lines_of("yaml-syntax") == std::vector<int>{18});
    CHECK(checked.registry.partners.size() == 1);
    checked = check_yaml(kGovernment + "---\n,\n---\n" + other());
    CHECK(checked.lines_of("yaml-syntax") == std::vector<int>{18});
    CHECK(checked.registry.partners.size() == 2);
  }

  TEST_CASE("bounds nesting depth with a finding, not a crash") {
    const auto checked = check_yaml(std::string(100000, '[') + std::string(100000, ']'));
    CHECK(checked.of("input-limit").size() == 1);
  }

  TEST_CASE("a document nested too deeply loses only itself") {
    const auto checked = check_yaml(kGovernment + "---\nid: " + std::string(100000, '[') +
                                    std::string(100000, ']') + "\n---\n" + other());
    CHECK(checked.lines_of("input-limit") == std::vector<int>{18});
    CHECK(checked.registry.partners.size() == 2);
  }

  TEST_CASE(
      "a document of more nodes than the limit is one input-limit finding and loses only itself") {
    using gcsj::load::kMaxDocumentNodes;
    // `actions: [{},{},...]`: the root, its key, the list and `count` actions, one node each
    // (three bytes an action: the costliest document to read).
    const auto document = [](std::size_t count) {
      std::string text = "actions: [";
      for (std::size_t i = 0; i < count; ++i) text += i == 0 ? "{}" : ",{}";
      return text + "]\n";
    };
    const auto at_limit = check_yaml(document(kMaxDocumentNodes - 3));
    CHECK(at_limit.of("input-limit").empty());
    CHECK(at_limit.of("missing-kind").size() == 1);  // read
    const auto over = check_yaml(document(kMaxDocumentNodes - 2) + "---\n" + other());
    CHECK(over.lines_of("input-limit") == std::vector<int>{1});
    CHECK(over.of("input-limit")[0].message.english() ==
          "the document holds more than 250,000 YAML values; it is not read");
    CHECK(over.of("missing-kind").empty());     // nothing of it is read
    CHECK(over.registry.partners.size() == 1);  // the next document is
    const std::string first = other();
    const auto second = check_yaml(first + "---\n" + document(kMaxDocumentNodes));
    const int marker = static_cast<int>(std::count(first.begin(), first.end(), '\n')) + 1;
    CHECK(second.lines_of("input-limit") == std::vector<int>{marker});  // its `---` line
    CHECK(second.registry.partners.size() == 1);
  }

  TEST_CASE("checks every document of a multi-document file") {
    const auto checked =
        check_yaml(gcsj::testing::kGovernment + "---\n" +
                   gcsj::testing::replace(gcsj::testing::kGovernment, "id: sample", "id: other"));
    CHECK(checked.registry.partners.size() == 2);
    CHECK(checked.lines_of("one-government-per-country") == std::vector<int>{24});
  }

  TEST_CASE("keeps the documents before a syntax error") {
    const auto checked = check_yaml(gcsj::testing::kGovernment + "---\nkind: [\n");
    CHECK(checked.registry.partners.size() == 1);
    CHECK(checked.of("yaml-syntax").size() == 1);
  }

  TEST_CASE(
      "a broken document in the middle of a small file hides none of the documents after it") {
    const auto checked =
        check_yaml(kGovernment + "---\nkind: partner\nid: [broken\n---\n" + other());
    CHECK(checked.registry.partners.size() == 2);
    CHECK(checked.lines_of("yaml-syntax") == std::vector<int>{20});
    CHECK(checked.of("missing-key").empty());
    CHECK(checked.findings.size() == 1);
  }

  TEST_CASE("a broken document keeps its format findings and loses the rest") {
    const auto checked =
        check_yaml("kind: partner\nkind: partner\nid: sample\nname: [x\n---\n" + other());
    CHECK(checked.lines_of("duplicate-key") == std::vector<int>{2});
    CHECK(checked.lines_of("yaml-syntax") == std::vector<int>{5});
    CHECK(checked.registry.partners.size() == 1);
    CHECK(checked.of("missing-key").empty());
  }

  TEST_CASE("a syntax error after `...` keeps the document that `...` ends") {
    const auto checked = check_yaml(kGovernment + "...\n]\n---\n" + other());
    CHECK(checked.lines_of("yaml-syntax") == std::vector<int>{18});
    CHECK(checked.registry.partners.size() == 2);
  }

  TEST_CASE("a quoted string left open at the end of a file is one syntax error at its quote") {
    const auto checked = check_yaml(name_last("name: \"Government of Portugal\n"));
    REQUIRE(checked.findings.size() == 1);
    const auto& found = checked.findings[0];
    CHECK(found.rule == "yaml-syntax");
    CHECK(found.where.line == 16);
    CHECK(found.where.column == 7);
    CHECK(found.message.english() == "YAML syntax error: a quoted string is not closed");
    CHECK(found.hint.english().find("\\\"") != std::string::npos);
    CHECK(checked.registry.partners.empty());
  }

  TEST_CASE("a quoted string left open before a `---` line loses only its document") {
    const std::string text = name_last("name: \"Government of Portugal\n") + "---\n" + other();
    const auto checked = check_yaml(text);
    REQUIRE(checked.of("yaml-syntax").size() == 1);
    CHECK(checked.of("yaml-syntax")[0].where.line == 16);
    CHECK(checked.of("yaml-syntax")[0].where.column == 7);
    CHECK(checked.of("missing-key").empty());
    REQUIRE(checked.registry.partners.size() == 1);
    CHECK(checked.registry.partners[0].id->value == "sample-two");
    // Cut before the `---` line, the open string ends its piece: the same findings.
    CHECK(findings_of(text, 1) == findings_of(text, gcsj::load::kPieceBytes));
  }

  TEST_CASE("open single quotes, keys, flow items and tagged strings are found at their quote") {
    struct Case {
      std::string text;
      int line;
      int column;
    };
    const Case cases[] = {
        {name_last("name: 'O''Brien\n"), 16, 7},
        {name_last("\"name: Sample\n"), 16, 1},
        {name_last("'name': Sample\ncountries: [KE, \"UG\n"), 17, 17},
        {name_last("adherence: {\"declared: 2024-01-01}\n"), 16, 13},
        {name_last("name: !!str &n\n  \"tagged\n"), 17, 3},
        {name_last("nómbre: \"Fundación Sol\n"), 16, 9},
        {"kind: partner\n...\n'open after the end\n---\n" + other(), 3, 1},
    };
    for (const Case& c : cases) {
      CAPTURE(c.text);
      const auto checked = check_yaml(c.text);
      const auto found = checked.of("yaml-syntax");
      REQUIRE(found.size() == 1);
      CHECK(found[0].message.english() == "YAML syntax error: a quoted string is not closed");
      CHECK(found[0].where.line == c.line);
      CHECK(found[0].where.column == c.column);
      CHECK(findings_of(c.text, 1) == findings_of(c.text, gcsj::load::kPieceBytes));
    }
  }

  TEST_CASE("closed quotes, escaped quotes and quotes in plain text or comments are not open") {
    for (const std::string last : {
             "name: \"Government of \\\"Portugal\\\"\"\n",
             "name: 'O''Brien'\n",
             "name: \"a backslash \\\\\"\n",
             "name: O'Brien \"Ltd\n",
             "name: Sample  # it's \"open\n",
             "name: >-\n  it's \"open\n  ---x\n   ---\n",
             "name: !!str \"tagged\"\n",
             "name: \"\"\n",
         }) {
      CAPTURE(last);
      const auto checked = check_yaml(name_last(last) + "# it's\n");
      CHECK(checked.of("yaml-syntax").empty());
      CHECK(checked.registry.partners.size() == 1);
    }
  }

  TEST_CASE("warns about a file with no document, and not about empty documents") {
    CHECK(check_yaml("# only a comment\n").lines_of("empty-file") == std::vector<int>{1});
    CHECK(check_yaml("").lines_of("empty-file") == std::vector<int>{1});
    const auto checked = check_yaml("---\n---\n" + gcsj::testing::kGovernment);
    CHECK(checked.of("empty-file").empty());
    CHECK(checked.findings.empty());
  }

  TEST_CASE("refuses a file that is not UTF-8, at the offending byte") {
    const auto checked = check_yaml("kind: partner\nname: Caf\xE9\n");
    CHECK(checked.lines_of("yaml-encoding") == std::vector<int>{2});
    CHECK(checked.registry.partners.empty());
  }

  TEST_CASE("requires every document to be a mapping with a kind") {
    CHECK(check_yaml("- a\n- b\n").lines_of("wrong-type") == std::vector<int>{1});
    CHECK(check_yaml("id: x\nname: y\n").lines_of("missing-kind") == std::vector<int>{1});
    CHECK(check_yaml("kind: partnr\n").lines_of("invalid-value") == std::vector<int>{1});
  }

  TEST_CASE(
      "a file cut into chunks gives the same findings, at the same lines, on any number of "
      "threads") {
    std::string text;
    for (int i = 0; i < 8000; ++i)
      text += "---\n" + gcsj::testing::replace(gcsj::testing::kGovernment, "id: sample",
                                               "id: p" + std::to_string(i));
    text +=
        "---\n" + gcsj::testing::replace(gcsj::testing::kGovernment, "country: KE", "country: XX");
    REQUIRE(text.size() > 2 * gcsj::load::kPieceBytes);
    const int fault_line = 8000 * 17 + 1 + 7;  // 17 lines per document, then the last one's country
    for (unsigned jobs : {1u, 2u, 3u}) {
      auto loaded = gcsj::load::load_file_text(0, text, jobs);
      CHECK(loaded.kept.of<gcsj::model::Partner>().size() == 8001);
      CHECK(loaded.kept.of<gcsj::model::Partner>().back().country->where.line == fault_line);
      CHECK(loaded.kept.of<gcsj::model::Partner>()[3000].id->value == "p3000");
      CHECK(loaded.findings.empty());
    }
  }
}

TEST_SUITE("load::document_parser") {
  TEST_CASE("the escapes \\N and \\_ are the code points they name, not single bytes") {
    const auto checked =
        gcsj::testing::check_yaml("kind: partner\nid: w\ncategory: \"a\\Nb\\_c\\u00e0\\_d\"\n");
    const auto found = checked.of("invalid-value");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.english().find("a\xC2\x85"
                                          "b\xC2\xA0"
                                          "c\xC3\xA0\xC2\xA0"
                                          "d") != std::string::npos);
  }
}
