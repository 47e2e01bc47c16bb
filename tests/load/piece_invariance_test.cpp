// The verdict on a file must not depend on where it is cut into pieces: 900 files, generated
// from a fixed seed out of valid partners and broken or tricky lines (a third of them then
// mutated at random bytes), give the same findings (rule, file, line, column, message), in the
// same order, and the same documents, whole and cut into pieces of 1, 7, 64 and 300 bytes.

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "load/piece_cutter.hpp"
#include "load/registry_loader.hpp"
#include "support/check_helpers.hpp"

namespace {

using gcsj::testing::replace;

// mt19937's output is fixed by the standard; the distributions of <random> are not, so the
// choices are made from its raw output.
class Generator {
 public:
  explicit Generator(std::uint32_t seed) : engine_(seed) {}
  std::size_t below(std::size_t n) { return engine_() % n; }
  bool chance(unsigned percent) { return below(100) < percent; }
  template <class T>
  const T& pick(const std::vector<T>& items) {
    return items[below(items.size())];
  }

 private:
  std::mt19937 engine_;
};

// Lines that break a document.
const std::vector<std::string> kBroken = {
    "name: \"Government of Portugal\n",
    "name: 'Government of Portugal\n",
    "name: \"Fundación Sol — Chile\n",
    "name: \"escaped \\\" but open\n",
    "name: 'doubled '' but open\n",
    "name: \"ends in an escaped quote\\\"\n",
    "countries: [KE, \"UG\n",
    "countries: ['UG, KE]\n",
    "\"name: Sample\n",
    "'name: Sample\n",
    "adherence: {\"declared: 2024-01-01}\n",
    "- \"item\n",
    "name: [Acme Workers' Union\n",
    "adherence: {declared: 2024-01-01\n",
    "countries: [KE, UG\n",
    "countries: [KE, [UG\n",
    "adherence:\n\tdeclared: 2024-01-01\n",
    "\tname: tabbed\n",
    "name: Again\n",
    "kind: partner\n",
    ",\n",
    "name: *nowhere\n",
    "id: &a x\nname: *a\n",
    "name: !!binary RnVuZGFjacOzbg==\n",
    "<<: {id: x}\n",
    "bad: : :\n",
    "  indented: wrongly\n",
    "]\n",
    "...\n]\n",
    "...\n\"open after the end\n",
    "name: \"open\n...\n",
    "name: '''\n",
    "name: \"continued \\\n",
    "name: \"\\\n",
};

// Lines that look broken and are not (or that must not be taken for markers).
const std::vector<std::string> kTricky = {
    "name: \"a \\\"quoted\\\" word\"\n",
    "name: 'it''s'\n",
    "name: \"ends in a backslash \\\\\"\n",
    "name: O'Brien \"Ltd\"\n",
    "name: Acme's \"best\n",
    "# it's a \"comment\n",
    "name: x  # it's \"open\n",
    "notes: |\n  it's \"open\n  ---x\n   ---\n",
    "notes: >-\n  'open\n  --- not a marker\n",
    "notes: \"multi\n  line ---\n---x still inside\"\n",
    "notes: 'multi\n  ---\n  it''s'\n",
    "notes: \"a --- b\"\n",
    "notes: !!str \"tagged\"\n",
    "notes: &a 'anchored'\n",
    "notes: ! \"non-specific\"\n",
    "countries: [\"KE\", 'UG']\n",
    "adherence: {\"declared\": '2024-01-01'}\n",
    "'quoted key': \"quoted value\"\n",
    "notes: \"\"\n",
    "notes: ''\n",
    "notes: &dangling\n",
    "notes: !!str\n",
    "notes: |\n",
    "? notes\n",
    "- \n",
    "notes:\n",
};

// What separates two documents: most are marker lines, some only end a document.
const std::vector<std::string> kSeparators = {
    "---\n",   "---\n",      "--- \n",     "---\t# a comment\n",           "--- # it's\n",
    "---\r\n", "...\n---\n", "---\n---\n", "---\n# only a comment\n---\n", "...\n",
};

std::string partner_text(Generator& gen, int index) {
  static const std::vector<const std::string*> kPartners = {
      &gcsj::testing::kGovernment, &gcsj::testing::kNgo,           &gcsj::testing::kEmployers,
      &gcsj::testing::kWorkers,    &gcsj::testing::kInternational, &gcsj::testing::kRegional,
      &gcsj::testing::kEnterprise, &gcsj::testing::kAcademic,
  };
  switch (gen.below(12)) {
    case 0:
      return "kind: partner\nid: p" + std::to_string(index) + "\n";
    case 1:
      return "- a\n- 'b'\n";
    case 2:
      return "# nothing but a comment\n";
    default:
      return replace(*gen.pick(kPartners), "id: sample", "id: p" + std::to_string(index));
  }
}

// Inserts `line` at a random line boundary of `text`.
std::string insert_line(Generator& gen, std::string text, const std::string& line) {
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') starts.push_back(i + 1);
  text.insert(gen.pick(starts), line);
  return text;
}

std::string document(Generator& gen, int index) {
  std::string text = partner_text(gen, index);
  const std::size_t changes = gen.chance(60) ? 1 + gen.below(2) : 0;
  for (std::size_t i = 0; i < changes; ++i)
    text = insert_line(gen, text, gen.chance(50) ? gen.pick(kBroken) : gen.pick(kTricky));
  return text;
}

// Inserts a few characters YAML gives a meaning to, marker lines and document ends at random
// bytes: what no list of lines thinks of.
std::string mutate(Generator& gen, std::string text) {
  static const std::string_view kCharacters = "\"'[]{},:#-!&*|>?.\\\t \n";
  const std::size_t changes = 1 + gen.below(4);
  for (std::size_t i = 0; i < changes; ++i) {
    const std::size_t at = gen.below(text.size() + 1);
    if (gen.chance(25))
      text.insert(at, "\n---\n");
    else if (gen.chance(15))
      text.insert(at, "\n...\n");
    else
      text.insert(at, 1, kCharacters[gen.below(kCharacters.size())]);
  }
  return text;
}

std::string registry_file(Generator& gen, bool mutated) {
  std::string text;
  if (gen.chance(30)) text += gen.chance(50) ? "---\n" : "# a registry file\n";
  const std::size_t documents = 1 + gen.below(6);
  for (std::size_t i = 0; i < documents; ++i) {
    if (i > 0) text += gen.pick(kSeparators);
    text += document(gen, static_cast<int>(i));
  }
  if (gen.chance(15)) text += "---\n";  // a marker that ends the file
  if (mutated) text = mutate(gen, std::move(text));
  if (gen.chance(20) && text.ends_with('\n')) text.pop_back();
  return text;
}

constexpr gcsj::model::FileId kFile = 3;

struct Outcome {
  std::vector<std::string> findings;
  std::vector<std::string> partners;
  int documents = 0;
  bool operator==(const Outcome&) const = default;
};

Outcome load(std::string_view text, std::size_t piece_bytes) {
  const auto loaded = gcsj::load::load_file_text(kFile, text, 1, piece_bytes);
  Outcome outcome;
  for (const auto& f : loaded.findings)
    outcome.findings.push_back(fmt::format("{} {}:{}:{} {}", f.rule, f.where.file, f.where.line,
                                           f.where.column, f.message.english()));
  for (const auto& partner : loaded.kept.of<gcsj::model::Partner>())
    outcome.partners.push_back(
        fmt::format("{}@{}", partner.id ? partner.id->value : "?", partner.where.line));
  outcome.documents = loaded.documents;
  return outcome;
}

std::string show(const Outcome& outcome) {
  return fmt::format("{} documents, partners [{}]\n  {}", outcome.documents,
                     fmt::join(outcome.partners, " "), fmt::join(outcome.findings, "\n  "));
}

}  // namespace

TEST_SUITE("load::piece_invariance") {
  TEST_CASE("generated files give the same findings whole and cut into pieces of any size") {
    constexpr int kFiles = 900;  // every third one mutated
    constexpr std::size_t kPieceSizes[] = {1, 7, 64, 300};
    Generator gen(20261130);
    int with_syntax_error = 0, with_documents_after_error = 0, cut = 0, differing = 0;
    for (int n = 0; n < kFiles; ++n) {
      const std::string text = registry_file(gen, n % 3 == 2);
      const Outcome whole = load(text, gcsj::load::kPieceBytes);
      if (gcsj::load::cut_into_pieces(text, 1).size() > 1) ++cut;
      const auto syntax = std::find_if(whole.findings.begin(), whole.findings.end(),
                                       [](const auto& f) { return f.starts_with("yaml-syntax "); });
      if (syntax != whole.findings.end()) {
        ++with_syntax_error;
        // Findings of a later document than the first syntax error's.
        if (std::any_of(syntax + 1, whole.findings.end(),
                        [](const auto& f) { return !f.starts_with("yaml-syntax "); }) ||
            !whole.partners.empty())
          ++with_documents_after_error;
      }
      for (const std::size_t bytes : kPieceSizes) {
        const Outcome pieces = load(text, bytes);
        if (pieces == whole) continue;
        ++differing;
        CHECK_MESSAGE(pieces == whole,
                      fmt::format("file {} in pieces of {} bytes:\n{}\nwhole:\n  {}\npieces:\n  {}",
                                  n, bytes, text, show(whole), show(pieces)));
        break;
      }
      if (differing >= 5) break;  // enough to debug
    }
    CHECK(differing == 0);
    // The generator must keep producing what the test is about.
    CHECK(cut > kFiles / 2);
    CHECK(with_syntax_error > kFiles / 4);
    CHECK(with_documents_after_error > kFiles / 10);
  }
}
