#include <doctest/doctest.h>

#include <array>
#include <string>
#include <vector>

#include "findings/finding_list.hpp"
#include "load/document_parser.hpp"
#include "load/value_reader.hpp"

// ValueReader on values the real parser reads: each typed value, what is read, what is reported
// (and where), and that a value it refuses is unreadable rather than absent.

using gcsj::load::Node;
using gcsj::load::ValueReader;

namespace {

// The values of a one-document mapping, by key, and the findings of reading them.
struct Values {
  Node document;
  gcsj::findings::FindingList out;
  ValueReader reader{out};

  explicit Values(const std::string& text) {
    gcsj::load::parse_documents(
        0, text, [&](const Node& d, std::size_t) { document = d; }, out);
    REQUIRE(out.empty());
  }
  const Node& operator[](std::string_view key) const {
    const auto* entry = gcsj::load::find_entry(document, key);
    REQUIRE(entry != nullptr);
    return entry->value;
  }
  // The rules reported so far, in order, and the findings taken.
  std::vector<std::string> rules() {
    std::vector<std::string> ids;
    for (const auto& f : out.take()) ids.emplace_back(f.rule);
    return ids;
  }
};

}  // namespace

TEST_SUITE("load::value_reader") {
  TEST_CASE("strings: quoted or plain text; a plain value YAML 1.2 reads otherwise is refused") {
    Values v("a: hello\nb: \"true\"\nc: true\nd: 12\ne: [x]\n");
    const auto a = v.reader.string(v["a"], "a");
    REQUIRE(a);
    CHECK(a->value == "hello");
    CHECK(a->where == gcsj::model::Location{0, 1, 4});
    CHECK(v.reader.string(v["b"], "b")->value == "true");
    CHECK(v.rules().empty());
    const auto c = v.reader.string(v["c"], "c");
    CHECK_FALSE(c);
    CHECK(c.unreadable);
    const auto d = v.reader.string(v["d"], "d");
    CHECK(d.unreadable);
    CHECK_FALSE(v.reader.string(v["e"], "e"));
    CHECK(v.rules() == std::vector<std::string>{"wrong-type", "wrong-type", "wrong-type"});
  }

  TEST_CASE("booleans: true and false unquoted; YAML 1.1's yes and a quoted true are ambiguous") {
    Values v("a: true\nb: False\nc: yes\nd: \"true\"\ne: maybe\n");
    CHECK(v.reader.boolean(v["a"], "a")->value);
    CHECK_FALSE(v.reader.boolean(v["b"], "b")->value);
    CHECK(v.rules().empty());
    CHECK(v.reader.boolean(v["c"], "c").unreadable);
    CHECK(v.reader.boolean(v["d"], "d").unreadable);
    CHECK(v.reader.boolean(v["e"], "e").unreadable);
    CHECK(v.rules() ==
          std::vector<std::string>{"ambiguous-boolean", "ambiguous-boolean", "wrong-type"});
  }

  TEST_CASE("dates: YYYY-MM-DD that exist, within the years gcsj reads") {
    Values v("a: 2025-02-28\nb: 2025-02-29\nc: 1/2/2025\nd: 0001-01-01\ne: [2025-01-01]\n");
    CHECK(v.reader.date(v["a"], "a")->value == gcsj::model::Date{2025, 2, 28});
    CHECK(v.rules().empty());
    CHECK(v.reader.date(v["b"], "b").unreadable);  // no 29 February in 2025
    CHECK(v.reader.date(v["c"], "c").unreadable);
    CHECK(v.reader.date(v["d"], "d").unreadable);
    CHECK(v.reader.date(v["e"], "e").unreadable);
    CHECK(v.rules() ==
          std::vector<std::string>{"invalid-date", "invalid-date", "invalid-date", "wrong-type"});
  }

  TEST_CASE("whole numbers: signed, plain; a leading zero is ambiguous, with the number to write") {
    Values v("a: 17\nb: -3\nc: +4\nd: 08\ne: \"5\"\nf: 1.5\n");
    CHECK(v.reader.integer(v["a"], "a")->value == 17);
    CHECK(v.reader.integer(v["b"], "b")->value == -3);
    CHECK(v.reader.integer(v["c"], "c")->value == 4);
    CHECK(v.rules().empty());
    CHECK(v.reader.integer(v["d"], "d").unreadable);
    auto found = v.out.take();
    REQUIRE(found.size() == 1);
    CHECK(found[0].rule == "ambiguous-number");
    CHECK(found[0].hint.english().ends_with("write 8"));
    REQUIRE(found[0].fix);  // the number to write is the fix
    CHECK(found[0].fix->kind == gcsj::findings::Fix::Kind::replace);
    CHECK(found[0].fix->where == found[0].where);
    CHECK(found[0].fix->text == "8");
    CHECK(v.reader.integer(v["e"], "e").unreadable);  // quoted: a string
    CHECK(v.reader.integer(v["f"], "f").unreadable);
    CHECK(v.rules() == std::vector<std::string>{"wrong-type", "wrong-type"});
  }

  TEST_CASE("enumerations: a value of the format, or the closest one suggested") {
    Values v("a: un-system\nb: un-sistem\nc: zzz\n");
    CHECK(v.reader.enumeration<gcsj::model::OrgType>(v["a"], "type")->value ==
          gcsj::model::OrgType::un_system);
    CHECK(v.reader.enumeration<gcsj::model::OrgType>(v["b"], "type").unreadable);
    CHECK(v.reader.enumeration<gcsj::model::OrgType>(v["c"], "type").unreadable);
    auto found = v.out.take();
    REQUIRE(found.size() == 2);
    CHECK(found[0].rule == "invalid-value");
    CHECK(found[0].hint.english().find("did you mean `un-system`?") != std::string::npos);
    CHECK(found[1].hint.english().starts_with("expected one of: un-system, ifi"));
    // The suggestion is the fix; without one, there is none.
    REQUIRE(found[0].fix);
    CHECK(found[0].fix->kind == gcsj::findings::Fix::Kind::replace);
    CHECK(found[0].fix->where == gcsj::model::Location{0, 2, 4});
    CHECK(found[0].fix->text == "un-system");
    CHECK_FALSE(found[1].fix);
  }

  TEST_CASE("lists: each item read, a bad item left out; a lone value only when allowed") {
    Values v("a: [1, x, 3]\nb: 7\n");
    const auto item = [&](const Node& n, std::string_view what) {
      return v.reader.integer(n, what);
    };
    const auto a = v.reader.list<long>(v["a"], "a", item);
    REQUIRE(a);
    REQUIRE(a->value.size() == 2);
    CHECK(a->value[0].value == 1);
    CHECK(a->value[1].value == 3);
    CHECK(v.rules() == std::vector<std::string>{"wrong-type"});
    CHECK_FALSE(v.reader.list<long>(v["b"], "b", item));
    CHECK(v.rules() == std::vector<std::string>{"wrong-type"});
    const auto single = v.reader.list<long>(v["b"], "b", item, true);
    REQUIRE(single);
    CHECK(single->value.size() == 1);
    CHECK(v.rules().empty());
  }

  TEST_CASE("unknown keys: reported with a suggestion; x_ keys are extensions") {
    Values v("name: a\nnme: b\nx_note: c\nzzzzzz: d\nwebsit: e\n");
    constexpr std::array<std::string_view, 2> known{"name", "website"};
    v.reader.check_keys(v.document, known, gcsj::i18n::msg("a partner"));
    auto found = v.out.take();
    REQUIRE(found.size() == 3);
    CHECK(found[0].rule == "unknown-key");
    CHECK(found[0].where.line == 2);
    CHECK(found[0].hint.english() == "did you mean `name`?");
    CHECK(found[1].where.line == 4);
    CHECK(found[1].hint.english() == "extension keys start with x_");
    // The suggestion is the fix, unless the mapping has that key already (`name`).
    CHECK_FALSE(found[0].fix);
    CHECK_FALSE(found[1].fix);
    REQUIRE(found[2].fix);
    CHECK(found[2].fix->kind == gcsj::findings::Fix::Kind::replace);
    CHECK(found[2].fix->where == found[2].where);
    CHECK(found[2].fix->text == "website");
  }
}
