#include <doctest/doctest.h>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <string>
#include <vector>

#include "findings/rule.hpp"
#include "load/document_kinds.hpp"
#include "load/mapping_reader.hpp"
#include "load/registry_loader.hpp"
#include "refdata/reference_data.hpp"
#include "rules/rules.hpp"
#include "support/check_helpers.hpp"
#include "support/temp_tree.hpp"

namespace {

using gcsj::i18n::Message;
using gcsj::load::DocumentKind;

// A kind of document that exists only in this test, as a new kind would be added: its model,
// its reader, its row, and a rule that judges it.
struct Note {
  gcsj::model::Location where;
  gcsj::model::Field<std::string> text;
};

constexpr gcsj::load::KeyReader<Note> kNoteKeys[] = {
    {"kind", [](Note&, const gcsj::load::Entry&, gcsj::load::ValueReader&) {}},
    {"text",
     [](Note& note, const gcsj::load::Entry& entry, gcsj::load::ValueReader& reader) {
       note.text = reader.string(entry.value, "text");
     }},
};

Note read_note(const gcsj::load::Node& document, gcsj::load::ValueReader& reader) {
  Note note;
  note.where = document.where;
  gcsj::load::read_mapping<Note>(document, kNoteKeys, Message::verbatim("a note"), note, reader);
  return note;
}

void check_note_text(const gcsj::rules::Context& context, gcsj::findings::Reporter& out) {
  for (const Note& note : context.documents.of<Note>())
    if (note.text.absent()) out.add(note.where, Message::verbatim("the note has no `text`"));
}

constexpr gcsj::findings::Rule kNoteText{
    .id = "note-has-text",
    .paragraph = "",
    .severity = gcsj::findings::Severity::error,
    .summary = "A note has a text",
    .explanation = "A note without a text says nothing.",
    .passing = "kind: test-note\ntext: hello\n",
    .failing = "kind: test-note\n",
    .check = check_note_text,
    .reach = gcsj::findings::Reach::document,
};

// The built-in kinds and the note, as a load is given them.
std::vector<DocumentKind> kinds_with_note() {
  std::vector<DocumentKind> kinds(gcsj::load::document_kinds().begin(),
                                  gcsj::load::document_kinds().end());
  kinds.push_back({
      .name = "test-note",
      .schema = "",
      .several = true,
      .about = gcsj::load::FindingsAbout::content,
      .read = gcsj::load::read_into<Note, read_note>,
      .keep = nullptr,
      .put = nullptr,
      .prefer_selected = nullptr,
  });
  return kinds;
}

struct Loaded {
  gcsj::load::LoadResult result;
  std::vector<std::string> judged;  // "kind@line" of each document the check was handed
  std::vector<std::string> findings;
};

// Loads `text` as one file through the real loader with `kinds`, judging each batch of
// documents with the note's rule.
Loaded load(const std::string& text, gcsj::load::DocumentKinds kinds) {
  gcsj::testing::TempTree tree;
  tree.write("registry.yaml", text);
  Loaded loaded;
  gcsj::load::LoadRequest request;
  request.paths = {tree.path("registry.yaml")};
  request.kinds = kinds;
  request.check_documents = [&](const gcsj::model::Registry& registry,
                                const gcsj::model::Documents& batch,
                                gcsj::findings::FindingList& out) {
    const gcsj::rules::Context context{registry, gcsj::testing::kDefaultAsOf,
                                       gcsj::refdata::ReferenceData::bundled(), batch};
    for (const auto& partner : context.partners)
      loaded.judged.push_back("partner@" + std::to_string(partner.where.line));
    for (const Note& note : batch.of<Note>())
      loaded.judged.push_back("note@" + std::to_string(note.where.line));
    gcsj::findings::Reporter reporter(out, kNoteText);
    kNoteText.check(context, reporter);
  };
  auto result = gcsj::load::load_registry(request);
  REQUIRE(result.has_value());
  loaded.result = std::move(*result);
  for (const auto& f : loaded.result.findings.take())
    loaded.findings.push_back(std::string(f.rule) + "@" + std::to_string(f.where.line) + " " +
                              f.message.english() +
                              (f.hint.empty() ? "" : " | " + f.hint.english()));
  return loaded;
}

constexpr const char* kNotes = R"(kind: test-note
text: first
---
kind: partner
id: sample
---
kind: test-note
---
kind: no-such-kind
)";

}  // namespace

TEST_SUITE("load::document_kinds") {
  TEST_CASE(
      "the built-in kinds begin with partner, then coordinating-group, each with its schema") {
    const auto kinds = gcsj::load::document_kinds();
    REQUIRE(kinds.size() >= 2);
    CHECK(kinds[0].name == "partner");
    CHECK(kinds[0].several);
    CHECK(kinds[1].name == "coordinating-group");
    CHECK_FALSE(kinds[1].several);
    CHECK((kinds[1].prefer_selected != nullptr));
    for (const DocumentKind& kind : kinds) {
      CHECK(kind.schema.find("\"$schema\"") != std::string_view::npos);
      CHECK(kind.schema.find("\"const\": \"" + std::string(kind.name) + "\"") !=
            std::string_view::npos);
      CHECK(gcsj::load::find_kind(kinds, kind.name) == &kind);
    }
    CHECK(gcsj::load::find_kind(kinds, "no-such-kind") == nullptr);
  }

  TEST_CASE("the messages list the kinds of the table, in its order") {
    const auto two = gcsj::load::document_kinds().first(2);  // the format's first two kinds
    CHECK(gcsj::load::kind_names(two).english() == "`partner` or `coordinating-group`");
    CHECK(gcsj::load::kind_names(two, "kind: ").english() ==
          "`kind: partner` or `kind: coordinating-group`");
    std::vector<DocumentKind> three(two.begin(), two.end());
    three.push_back(kinds_with_note().back());
    CHECK(gcsj::load::kind_names(three).english() ==
          "`partner`, `coordinating-group` or `test-note`");
    CHECK(gcsj::load::kind_names(std::span(three).first(1)).english() == "`partner`");
  }

  TEST_CASE("a kind added to the table is read, handed to the checks and kept in the registry") {
    const auto kinds = kinds_with_note();
    const Loaded loaded = load(kNotes, kinds);
    // Both notes reached the check, in one batch with the partner, and its rule judged them.
    CHECK(loaded.judged == std::vector<std::string>{"partner@4", "note@1", "note@7"});
    const auto& notes = loaded.result.registry.other_documents.of<Note>();
    REQUIRE(notes.size() == 2);
    CHECK(notes[0].text->value == "first");
    CHECK(notes[0].where.line == 1);
    CHECK(notes[1].text.absent());
    CHECK(loaded.result.registry.partners.size() == 1);
    CHECK(loaded.result.registry.digests.size() == 1);
    INFO(fmt::format("{}", fmt::join(loaded.findings, "\n")));
    CHECK(loaded.findings ==
          std::vector<std::string>{
              "invalid-value@9 `no-such-kind` is not a kind of document | expected " +
                  gcsj::load::kind_names(kinds).english(),
              "note-has-text@7 the note has no `text`",
          });
  }

  TEST_CASE("without its row, the kind is not a kind of document") {
    const Loaded loaded = load(kNotes, gcsj::load::document_kinds());
    CHECK(loaded.judged == std::vector<std::string>{"partner@4"});
    CHECK(loaded.result.registry.other_documents.empty());
    REQUIRE(loaded.findings.size() == 3);
    CHECK(loaded.findings[0] ==
          "invalid-value@1 `test-note` is not a kind of document | expected " +
              gcsj::load::kind_names(gcsj::load::document_kinds()).english());
  }

  TEST_CASE("of a kind a registry holds one of, the one named replaces the context's") {
    auto kinds = kinds_with_note();
    kinds.back().several = false;
    kinds.back().prefer_selected = gcsj::load::prefer_selected_of<Note>;
    gcsj::testing::TempTree tree;
    tree.write("registry/note.yaml", "kind: test-note\ntext: in the registry\n");
    tree.write("proposed.yaml", "kind: test-note\ntext: proposed\n");
    gcsj::load::LoadRequest request;
    request.paths = {tree.path("proposed.yaml")};
    request.registry_dir = tree.path("registry");
    request.kinds = kinds;
    auto loaded = gcsj::load::load_registry(request);
    REQUIRE(loaded.has_value());
    auto& registry = loaded->registry;
    CHECK(registry.other_documents.of<Note>().size() == 2);
    gcsj::load::prefer_selected(registry, kinds);
    REQUIRE(registry.other_documents.of<Note>().size() == 1);
    CHECK(registry.other_documents.of<Note>()[0].text->value == "proposed");
    // Of a kind a registry may hold several of, both stay.
    kinds.back().several = true;
    loaded = gcsj::load::load_registry(request);
    gcsj::load::prefer_selected(loaded->registry, kinds);
    CHECK(loaded->registry.other_documents.of<Note>().size() == 2);
  }

  TEST_CASE("the reader of the kind reports its unknown keys through the loader") {
    const auto kinds = kinds_with_note();
    const Loaded loaded = load("kind: test-note\ntext: a\ntitle: b\n", kinds);
    REQUIRE(loaded.findings.size() == 1);
    CHECK(loaded.findings[0].starts_with("unknown-key@3"));
  }
}
