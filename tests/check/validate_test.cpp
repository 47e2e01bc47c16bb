#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "check/validate.hpp"
#include "support/check_helpers.hpp"
#include "support/group_fixture.hpp"
#include "support/temp_tree.hpp"

// validate(options): what it adds to the loader and the rules: the configuration found or named
// (and its `exclude`), the findings kept for the files asked about, their order, the summary.

using namespace gcsj::testing;
using gcsj::check::ValidateOptions;
using gcsj::check::ValidateResult;

namespace {

std::string partner(const std::string& base, const std::string& id) {
  return replace(base, "id: sample", "id: " + id);
}

// An NGO that breaks ngo-international (line 7) and nothing else.
std::string bad_ngo(const std::string& id) {
  return partner(replace(kNgo, "international: true", "international: false"), id);
}

ValidateOptions options_for(std::vector<std::string> paths) {
  ValidateOptions options;
  options.as_of = kDefaultAsOf;
  options.input.paths = std::move(paths);
  return options;
}

ValidateResult ran(const gcsj::util::Expected<ValidateResult>& result) {
  REQUIRE_MESSAGE(result.has_value(), result.error().message);
  return *result;
}

// The findings' rules, in report order.
std::vector<std::string> rules_of(const ValidateResult& result) {
  std::vector<std::string> out;
  for (const auto& f : result.findings) out.emplace_back(f.rule);
  return out;
}

}  // namespace

TEST_SUITE("check::validate") {
  TEST_CASE("a path that does not exist is an Error: nothing is checked") {
    TempTree tree;
    const auto result = gcsj::check::validate(options_for({tree.path("missing")}));
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().message.find("missing") != std::string::npos);
  }

  TEST_CASE("findings sorted by file, line and rule; the summary counts files and partners") {
    TempTree tree;
    tree.write("partners/b.yaml", bad_ngo("b"));
    tree.write("partners/a.yaml", bad_ngo("a") + "---\n" + partner(kAcademic, "a2"));
    tree.write("partners/c.yaml", partner(kGovernment, "c"));
    auto options = options_for({tree.path()});
    options.find_config = false;
    const auto result = ran(gcsj::check::validate(options));
    REQUIRE(result.findings.size() >= 2);
    std::vector<std::string> where;
    for (const auto& f : result.findings)
      where.push_back(result.registry.file(f.where.file).path.substr(tree.path().size()));
    CHECK(std::is_sorted(where.begin(), where.end()));
    CHECK(rules_of(result) == std::vector<std::string>{"ngo-international", "ngo-international"});
    CHECK(result.summary.files == 3);
    CHECK(result.summary.partners == 4);
    CHECK(result.summary.errors == 2);
    CHECK(result.summary.excluded == 0);
    CHECK_FALSE(result.config_file);
  }

  TEST_CASE("sort_findings: by file path, then line, column and rule") {
    gcsj::model::Registry registry;
    registry.files.emplace_back().path = "b.yaml";
    registry.files.emplace_back().path = "a.yaml";
    const auto at = [](gcsj::model::FileId file, int line, int column, std::string_view rule) {
      gcsj::findings::Finding f;
      f.where = {file, line, column};
      f.rule = rule;
      return f;
    };
    std::vector<gcsj::findings::Finding> found{at(0, 1, 1, "x"), at(1, 9, 1, "x"), at(1, 2, 5, "x"),
                                               at(1, 2, 3, "z"), at(1, 2, 3, "y")};
    gcsj::check::sort_findings(found, registry);
    std::vector<std::string> order;
    for (const auto& f : found)
      order.push_back(registry.file(f.where.file).path + ":" + std::to_string(f.where.line) + ":" +
                      std::to_string(f.where.column) + ":" + std::string(f.rule));
    CHECK(order == std::vector<std::string>{"a.yaml:2:3:y", "a.yaml:2:3:z", "a.yaml:2:5:x",
                                            "a.yaml:9:1:x", "b.yaml:1:1:x"});
  }

  TEST_CASE("the .gcsj.yaml of the registry is found and applied, and not counted as a file") {
    TempTree tree;
    tree.write("partners/a.yaml", bad_ngo("a"));
    tree.write(".gcsj.yaml", "fail_level: warning\nrules:\n  ngo-international: note\n");
    const auto result = ran(gcsj::check::validate(options_for({tree.path()})));
    REQUIRE(result.config_file);
    CHECK(result.config_file->ends_with(".gcsj.yaml"));
    CHECK(result.config_fail_level == gcsj::findings::Severity::warning);
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].severity == gcsj::findings::Severity::note);
    CHECK(result.summary.files == 1);
    CHECK(result.summary.notes == 1);
    CHECK(result.summary.errors == 0);

    // Without looking for it, the same registry is checked as written.
    auto options = options_for({tree.path()});
    options.find_config = false;
    const auto plain = ran(gcsj::check::validate(options));
    CHECK_FALSE(plain.config_file);
    REQUIRE(plain.findings.size() == 1);
    CHECK(plain.findings[0].severity == gcsj::findings::Severity::error);
  }

  TEST_CASE("the configuration's `exclude` leaves files unread, and counts them") {
    TempTree tree;
    tree.write("reg/partners/a.yaml", bad_ngo("a"));
    tree.write("reg/partners/b.yaml", bad_ngo("b"));
    tree.write("config.yaml", "exclude:\n  - partners/b.yaml\n");  // outside the registry
    auto options = options_for({tree.path("reg")});
    options.config_file = tree.path("config.yaml");
    const auto result = ran(gcsj::check::validate(options));
    CHECK(result.summary.excluded == 1);
    CHECK(result.summary.files == 1);
    REQUIRE(result.findings.size() == 1);
    CHECK(result.registry.file(result.findings[0].where.file).path.ends_with("partners/a.yaml"));
  }

  TEST_CASE("a configuration given as text is applied under its own name, its lines held") {
    TempTree tree;
    tree.write("partners/a.yaml", bad_ngo("a"));
    tree.write(".gcsj.yaml", "rules:\n  ngo-international: off\n");  // not read: one is given
    auto options = options_for({tree.path()});
    options.config_given = gcsj::config::NamedConfig{"origin/main:.gcsj.yaml",
                                                     "rules:\n  ngo-international: warning\n"};
    const auto result = ran(gcsj::check::validate(options));
    CHECK(result.config_file == "origin/main:.gcsj.yaml");
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].severity == gcsj::findings::Severity::warning);
    const auto& config = result.registry.files.back();
    CHECK(config.is_config);
    CHECK(config.held);
    CHECK(config.text == "rules:\n  ngo-international: warning\n");
  }

  TEST_CASE("a configuration that cannot be used is an Error") {
    TempTree tree;
    tree.write("reg/partners/a.yaml", bad_ngo("a"));
    tree.write("config.yaml", "rules:\n  yaml-syntax: off\n");
    auto options = options_for({tree.path("reg")});
    options.config_file = tree.path("config.yaml");
    const auto result = gcsj::check::validate(options);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().message.find("`yaml-syntax` is a rule of the file format") !=
          std::string::npos);
    options.config_file = tree.path("absent.yaml");
    CHECK_FALSE(gcsj::check::validate(options).has_value());
  }

  TEST_CASE("with a registry as context, only the files asked about are reported") {
    TempTree tree;
    tree.write("registry/partners/a.yaml", bad_ngo("a"));
    tree.write("registry/partners/b.yaml", bad_ngo("b"));
    tree.write("new.yaml", bad_ngo("new"));
    auto options = options_for({tree.path("new.yaml")});
    options.input.registry_dir = tree.path("registry");
    options.find_config = false;
    const auto result = ran(gcsj::check::validate(options));
    REQUIRE(result.findings.size() == 1);
    CHECK(result.registry.file(result.findings[0].where.file).path.ends_with("new.yaml"));
    CHECK(result.summary.files == 1);
    CHECK(result.summary.partners == 1);
    // The registry's partners were read as context all the same.
    CHECK(result.registry.digests.size() == 3);
  }

  TEST_CASE("a finding that involves a file asked about is reported, wherever it lies") {
    TempTree tree;
    tree.write("registry/partners/a.yaml", partner(kGovernment, "a"));
    tree.write("new.yaml", partner(kGovernment, "a"));  // the same id: a duplicate
    auto options = options_for({tree.path("new.yaml")});
    options.input.registry_dir = tree.path("registry");
    options.find_config = false;
    const auto result = ran(gcsj::check::validate(options));
    const auto is_new = [&](gcsj::model::FileId file) {
      return result.registry.file(file).path.ends_with("new.yaml");
    };
    int duplicates = 0;
    for (const auto& f : result.findings) {
      CHECK((is_new(f.where.file) ||
             std::any_of(f.related.begin(), f.related.end(),
                         [&](const auto& r) { return is_new(r.where.file); })));
      duplicates += f.rule == "duplicate-partner-id";
    }
    CHECK(duplicates == 1);
  }

  TEST_CASE("a Group named on the command line replaces the registry's, as a proposed roster") {
    TempTree tree;
    for (const auto& file : group_registry(group_yaml(full_group_members())))
      tree.write("registry/" + file.name, file.text);
    auto members = full_group_members();
    members[6].level = "senior-official";  // breaks member-level in the proposal only
    tree.write("proposed.yaml", group_yaml(members));
    auto options = options_for({tree.path("proposed.yaml")});
    options.as_of = kGroupAsOf;
    options.input.registry_dir = tree.path("registry");
    options.find_config = false;
    const auto result = ran(gcsj::check::validate(options));
    REQUIRE(result.registry.groups.size() == 1);
    CHECK(
        result.registry.file(result.registry.groups[0].where.file).path.ends_with("proposed.yaml"));
    // Judged alone: no second Group, and its own finding is reported.
    CHECK(rules_of(result) == std::vector<std::string>{"member-level"});
  }
}
