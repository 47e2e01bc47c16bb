#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <string>

#include "check/catalogue.hpp"

namespace fs = std::filesystem;

namespace {
std::string all_test_sources() {
  std::string text;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(GCSJ_SOURCE_DIR) / "tests")) {
    if (entry.path().extension() != ".cpp" && entry.path().filename() != "expected.out") continue;
    std::ifstream in(entry.path());
    text.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  return text;
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

  TEST_CASE("every rule is exercised by a test") {
    const std::string tests = all_test_sources();
    for (const auto* rule : gcsj::check::catalogue()) {
      INFO(rule->id);
      CHECK(tests.find("\"" + std::string(rule->id) + "\"") != std::string::npos);
    }
  }
}
