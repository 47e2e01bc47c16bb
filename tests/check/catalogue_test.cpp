#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "check/catalogue.hpp"

namespace fs = std::filesystem;

namespace {
std::string read(const fs::path& path) {
  std::ifstream in(path);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The bodies of the test cases of the *_test.cpp files below tests/<folder>: from each
// `TEST_CASE(` to the next, so that a mention outside a test case (a comment, a helper) counts
// for none.
std::vector<std::string> test_cases(const std::string& folder) {
  std::vector<std::string> cases;
  for (const auto& entry : fs::directory_iterator(fs::path(GCSJ_SOURCE_DIR) / "tests" / folder)) {
    if (!entry.path().filename().string().ends_with("_test.cpp")) continue;
    const std::string text = read(entry.path());
    for (auto at = text.find("TEST_CASE("); at != std::string::npos;) {
      const auto next = text.find("TEST_CASE(", at + 1);
      cases.push_back(text.substr(at, next == std::string::npos ? next : next - at));
      at = next;
    }
  }
  return cases;
}

// Whether a test case's body expects findings of `rule`: it reads them through the helpers of
// tests/support (`of("id")`, `lines_of("id")`) and does not only expect none (`.empty()`, an
// empty list of lines, a size of 0), or it compares a finding's rule with the id
// (`findings[0].rule == "id"`, the loader's tests). A mention anywhere else (a comment, a name, a
// message) is not a test of the rule. tests/rules/check_rules_fail.py (ctest rules-can-fail) then
// runs the tests without each rule and proves that one of them fails.
bool expects_findings_of(const std::string& body, std::string_view rule) {
  const std::string call = "of(\"" + std::string(rule) + "\")";
  for (auto at = body.find(call); at != std::string::npos; at = body.find(call, at + 1)) {
    const std::string_view after = std::string_view(body).substr(at + call.size());
    if (after.starts_with(".empty()") || after.starts_with(" == std::vector<int>{})") ||
        after.starts_with(".size() == 0"))
      continue;
    return true;
  }
  return body.find(".rule == \"" + std::string(rule) + "\"") != std::string::npos;
}

bool tested(const std::vector<std::string>& cases, std::string_view rule) {
  return std::any_of(cases.begin(), cases.end(),
                     [rule](const std::string& body) { return expects_findings_of(body, rule); });
}
}  // namespace

TEST_SUITE("check::catalogue") {
  TEST_CASE("every rule has a unique kebab-case id, a summary, an explanation and a paragraph") {
    const std::regex kebab("[a-z0-9]+(-[a-z0-9]+)*");
    const std::regex paragraph("[0-9]+(\\([a-z]+\\))?");
    std::set<std::string_view> ids;
    for (const auto* rule : gcsj::check::catalogue()) {
      INFO(rule->id);
      CHECK(std::regex_match(std::string(rule->id), kebab));
      CHECK(ids.insert(rule->id).second);
      CHECK(!rule->summary.empty());
      CHECK(rule->explanation.size() > rule->summary.size());
      CHECK(!rule->passing.empty());
      CHECK(!rule->failing.empty());
      CHECK(rule->passing != rule->failing);
      // An empty paragraph marks a rule of the file format itself, which has no check function
      // of its own unless it is one of the format rules the model can check.
      if (!rule->paragraph.empty()) {
        CHECK(std::regex_match(std::string(rule->paragraph), paragraph));
        CHECK(static_cast<bool>(rule->check));
      }
      CHECK(gcsj::check::find_rule(rule->id) == rule);
    }
    CHECK(gcsj::check::find_rule("no-such-rule") == nullptr);
  }

  // A rule with a check function has a test case in tests/rules that expects its findings; one
  // applied where its input is read (the loader's, the configuration's) has one in the tests of
  // that folder. The examples of the catalogue are fragments shown by `gcsj explain`, not
  // documents, so the tests hold the documents.
  TEST_CASE("every rule has a test case that expects its findings") {
    const auto rules = test_cases("rules");
    std::vector<std::string> applied = test_cases("load");
    for (auto& body : test_cases("config")) applied.push_back(std::move(body));
    for (auto& body : test_cases("import")) applied.push_back(std::move(body));  // gcsj import
    for (const auto* rule : gcsj::check::catalogue()) {
      INFO(rule->id);
      CHECK(tested(rule->check ? rules : applied, rule->id));
    }
  }

  TEST_CASE("a mention of a rule's id is not a test of it") {
    const std::string rule = "meeting-frequency";
    CHECK(expects_findings_of(
        R"(CHECK(checked.lines_of("meeting-frequency") == std::vector<int>{3});)", rule));
    CHECK(expects_findings_of(
        R"(const auto found = checked.of("meeting-frequency"); REQUIRE(found.size() == 1);)",
        rule));
    CHECK_FALSE(
        expects_findings_of(R"(// meeting-frequency: "meeting-frequency" is quiet here)", rule));
    CHECK_FALSE(expects_findings_of(R"(CHECK(checked.of("meeting-frequency").empty());)", rule));
    CHECK_FALSE(expects_findings_of(
        R"(CHECK(checked.lines_of("meeting-frequency") == std::vector<int>{});)", rule));
    CHECK_FALSE(
        expects_findings_of(R"(CHECK(checked.of("meeting-frequency-x").size() == 1);)", rule));
    // Test cases are cut at each TEST_CASE: a comment before the first one names no rule.
    CHECK(test_cases("rules").size() > 50);
  }
}

namespace {
// A document of a kind that exists only in this test, kept in Registry::other_documents.
struct ScratchNote {
  int number = 0;
};
}  // namespace

TEST_SUITE("check::catalogue") {
  TEST_CASE("run_rules hands the document rules every document: other kinds, partners, Groups") {
    gcsj::model::Registry registry;
    registry.other_documents.of<ScratchNote>().push_back({7});
    registry.partners.emplace_back();
    registry.groups.emplace_back();
    const gcsj::model::Documents batch = gcsj::check::all_documents(registry);
    REQUIRE(batch.of<ScratchNote>().size() == 1);
    CHECK(batch.of<ScratchNote>()[0].number == 7);
    CHECK(batch.of<gcsj::model::Partner>().size() == 1);
    CHECK(batch.of<gcsj::model::Group>().size() == 1);
  }
}
