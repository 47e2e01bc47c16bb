#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "load/document_loader.hpp"
#include "support/check_helpers.hpp"

// load_piece: one piece of a file read into partners and Groups, judged by the document check as
// it comes, kept whole or as digests; and append, which joins pieces.

using namespace gcsj::testing;

namespace {

std::vector<std::string> rules_of(gcsj::findings::FindingList& list) {
  std::vector<std::string> out;
  for (const auto& f : list.take()) out.emplace_back(f.rule);
  return out;
}

}  // namespace

TEST_SUITE("load::document_loader") {
  TEST_CASE("a piece's documents: partners and Groups, counted, located from its first line") {
    gcsj::model::Registry registry;
    registry.files.emplace_back().path = "partners/all.yaml";
    std::string text = replace(kNgo, "id: sample", "id: a") + "---\n" +
                       replace(kGovernment, "id: sample", "id: b") +
                       "---\nkind: coordinating-group\nestablished: 2024-06-01\nmembers: []\n";
    const gcsj::load::DocumentSink sink{&registry, nullptr, true};
    auto result = gcsj::load::load_piece(0, text, 10, sink);
    CHECK_FALSE(result.encoding);
    CHECK(result.unreadable.empty());
    CHECK(result.loaded.documents == 3);
    REQUIRE(result.loaded.kept.of<gcsj::model::Partner>().size() == 2);
    CHECK(result.loaded.kept.of<gcsj::model::Partner>()[0].id->value == "a");
    CHECK(result.loaded.kept.of<gcsj::model::Partner>()[0].where.line ==
          10);  // the piece starts on line 10
    CHECK(result.loaded.digests.size() == 2);
    CHECK(result.loaded.kept.of<gcsj::model::Group>().size() == 1);
  }

  TEST_CASE("without keeping partners only their digests stay; the check sees them whole") {
    gcsj::model::Registry registry;
    registry.files.emplace_back().path = "partners/a.yaml";
    std::string text = replace(kNgo, "id: sample", "id: a");
    std::vector<std::string> seen;
    const gcsj::load::DocumentCheck check = [&](const gcsj::model::Registry&,
                                                const gcsj::model::Documents& documents,
                                                gcsj::findings::FindingList&) {
      for (const auto& p : documents.of<gcsj::model::Partner>()) seen.push_back(p.id->value);
    };
    const gcsj::load::DocumentSink sink{&registry, &check, false};
    auto result = gcsj::load::load_piece(0, text, 1, sink);
    CHECK(seen == std::vector<std::string>{"a"});
    CHECK(result.loaded.kept.of<gcsj::model::Partner>().empty());
    REQUIRE(result.loaded.digests.size() == 1);
    CHECK(result.loaded.digests[0].id->value == "a");
  }

  TEST_CASE("a piece that is no UTF-8 is an encoding problem, nothing read") {
    gcsj::model::Registry registry;
    registry.files.emplace_back().path = "partners/a.yaml";
    std::string text = "kind: partner\nname: caf\xe9\n";
    auto result = gcsj::load::load_piece(0, text, 1, {&registry, nullptr, true});
    REQUIRE(result.encoding);
    CHECK(result.encoding->line == 2);
    CHECK(result.loaded.kept.of<gcsj::model::Partner>().empty());
  }

  TEST_CASE("a byte order mark is dropped; a syntax error is a finding of the piece") {
    gcsj::model::Registry registry;
    registry.files.emplace_back().path = "partners/a.yaml";
    std::string bom = "\xEF\xBB\xBF" + replace(kNgo, "id: sample", "id: a");
    auto ok = gcsj::load::load_piece(0, bom, 1, {&registry, nullptr, true});
    CHECK_FALSE(ok.encoding);
    CHECK(ok.loaded.kept.of<gcsj::model::Partner>().size() == 1);
    CHECK_FALSE(bom.starts_with("\xEF\xBB\xBF"));
    std::string broken = "kind: partner\nname: [x\n";
    auto bad = gcsj::load::load_piece(0, broken, 1, {&registry, nullptr, true});
    CHECK(rules_of(bad.loaded.findings) == std::vector<std::string>{"yaml-syntax"});
  }

  TEST_CASE("append joins two pieces in order") {
    gcsj::model::Registry registry;
    registry.files.emplace_back().path = "partners/all.yaml";
    std::string first = replace(kNgo, "id: sample", "id: a");
    std::string second = replace(kNgo, "id: sample", "id: b");
    auto one = gcsj::load::load_piece(0, first, 1, {&registry, nullptr, true});
    auto two = gcsj::load::load_piece(0, second, 30, {&registry, nullptr, true});
    gcsj::load::append(one.loaded, std::move(two.loaded));
    REQUIRE(one.loaded.kept.of<gcsj::model::Partner>().size() == 2);
    CHECK(one.loaded.kept.of<gcsj::model::Partner>()[1].id->value == "b");
    CHECK(one.loaded.digests.size() == 2);
    CHECK(one.loaded.documents == 2);
  }
}
