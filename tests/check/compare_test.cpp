#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "check/base_version.hpp"
#include "check/compare.hpp"
#include "support/check_helpers.hpp"
#include "support/git_repo.hpp"
#include "support/group_fixture.hpp"

namespace fs = std::filesystem;
using namespace gcsj::testing;
using gcsj::findings::BaselineState;

namespace {

void write_all(const TempTree& tree, const std::string& under, const std::vector<TestFile>& files) {
  for (const auto& file : files) tree.write(under + "/" + file.name, file.text);
}

// `validate --base REF PATH` as a library call, with the configuration found as usual.
gcsj::check::Comparison compare(const std::string& ref, const std::string& path,
                                bool find_config = true) {
  auto base = gcsj::check::open_base(ref, path);
  REQUIRE_MESSAGE(base.has_value(), (base ? "" : base.error().message));
  gcsj::check::ValidateOptions options;
  options.as_of = kGroupAsOf;
  options.input.paths = {path};
  options.find_config = find_config;
  auto compared = gcsj::check::validate_change(options, *base);
  REQUIRE_MESSAGE(compared.has_value(), (compared ? "" : compared.error().message));
  return std::move(*compared);
}

std::vector<std::string> introduced_rules(const gcsj::check::Comparison& c) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < c.head.findings.size(); ++i)
    if (c.states[i] == BaselineState::introduced) out.emplace_back(c.head.findings[i].rule);
  return out;
}

// A version of one file, `partners.yaml`, holding `findings`.
gcsj::check::ValidateResult version(std::vector<gcsj::findings::Finding> findings) {
  gcsj::check::ValidateResult result;
  result.registry.files.emplace_back().path = "partners.yaml";
  result.findings = std::move(findings);
  return result;
}

gcsj::findings::Finding finding(
    const char* partner, bool waived = false,
    gcsj::findings::Severity severity = gcsj::findings::Severity::error) {
  gcsj::findings::Finding f;
  f.rule = "ngo-international";
  f.severity = severity;
  f.message = gcsj::i18n::msg("`international` is false");
  f.subject.partner = partner;
  if (waived) f.waived = gcsj::findings::Waiver{"r", "a", "2030-01-01"};
  return f;
}

std::vector<BaselineState> states_of(
    std::vector<gcsj::findings::Finding> base, std::vector<gcsj::findings::Finding> head,
    gcsj::findings::Severity fail_level = gcsj::findings::Severity::error) {
  gcsj::check::Comparison c;
  c.base = version(std::move(base));
  c.head = version(std::move(head));
  gcsj::check::match_findings(c, fail_level);
  CHECK(c.introduced + c.unchanged == static_cast<int>(c.head.findings.size()));
  return c.states;
}

constexpr auto kIntroduced = BaselineState::introduced;
constexpr auto kUnchanged = BaselineState::unchanged;

std::vector<std::string> rules_of(const std::vector<gcsj::findings::Finding>& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings) out.emplace_back(f.rule);
  return out;
}

std::string kNgoOf(const std::string& id) {
  return replace(kNgo, "id: sample", "id: " + id);
}

std::string bad_ngo(const std::string& id) {
  return replace(kNgoOf(id), "international: true", "international: false");
}

std::string waiver_of(const std::string& rule, const std::string& partner) {
  return "waivers:\n  - rule: " + rule + "\n    partner: " + partner +
         "\n    reason: Pending review\n    approved_by: Head\n    expires: 2030-01-01\n";
}

}  // namespace

TEST_SUITE("check::compare::matching") {
  TEST_CASE("a failing finding is never matched by one that did not fail") {
    using States = std::vector<BaselineState>;
    // The base's finding of p was waived; the change adds the same finding of p, unwaived,
    // before it (the waiver now covers... the same partner: both of p).
    CHECK(states_of({finding("p", true)}, {finding("p"), finding("p", true)}) ==
          States{kIntroduced, kUnchanged});
    // Whatever the order.
    CHECK(states_of({finding("p", true)}, {finding("p", true), finding("p")}) ==
          States{kUnchanged, kIntroduced});
    // A failing finding matches a failing one.
    CHECK(states_of({finding("p")}, {finding("p")}) == States{kUnchanged});
    // Below the fail level is not failing: a warning does not stand for an error.
    using gcsj::findings::Severity;
    CHECK(states_of({finding("p", false, Severity::warning)}, {finding("p")}) ==
          States{kIntroduced});
    CHECK(states_of({finding("p", false, Severity::warning)}, {finding("p")}, Severity::warning) ==
          States{kUnchanged});
    // A finding that does not fail may match one that did: the change waived it.
    CHECK(states_of({finding("p")}, {finding("p", true)}) == States{kUnchanged});
  }

  TEST_CASE("findings of one key are matched one for one: the extra one is introduced") {
    using States = std::vector<BaselineState>;
    CHECK(states_of({finding("p")}, {finding("p"), finding("p")}) ==
          States{kUnchanged, kIntroduced});
    CHECK(states_of({finding("p"), finding("p")}, {finding("p"), finding("p")}) ==
          States{kUnchanged, kUnchanged});
  }

  TEST_CASE("a finding about another partner is another finding") {
    using States = std::vector<BaselineState>;
    CHECK(states_of({finding("p")}, {finding("q")}) == States{kIntroduced});
    gcsj::check::Comparison c;
    c.base = version({finding("p"), finding("q")});
    c.head = version({finding("q"), finding("r")});
    gcsj::check::match_findings(c, gcsj::findings::Severity::error);
    CHECK(c.states == States{kUnchanged, kIntroduced});
    REQUIRE(c.resolved.size() == 1);
    CHECK(c.resolved[0].subject.partner == "p");
  }
}

TEST_SUITE("check::compare") {
  TEST_CASE("a change that breaks a file it does not touch introduces the finding there") {
    GitRepo repo;
    auto files = group_registry(group_yaml(full_group_members()));
    write_all(repo, "reg", files);
    repo.commit("base");
    // The partner of a government member renames its id; the Group's file is not touched.
    auto& kenya = partner_file(files, "gov-ke");
    repo.write("reg/" + kenya.name, replace(kenya.text, "id: gov-ke", "id: gov-kenya"));
    const auto c = compare("main", repo.path("reg"));
    CHECK(c.introduced > 0);
    bool in_group_file = false;
    for (std::size_t i = 0; i < c.head.findings.size(); ++i) {
      const auto& f = c.head.findings[i];
      if (f.rule == "member-partner-exists" && c.states[i] == BaselineState::introduced)
        in_group_file = c.head.registry.file(f.where.file).path ==
                        repo.path("reg") + "/coordinating-group.yaml";
    }
    CHECK(in_group_file);
    CHECK(c.resolved.empty());
  }

  TEST_CASE("a change that fixes an old finding resolves it and introduces nothing") {
    TempTree tree;
    tree.write("before/partners/sample.yaml", replace(kGovernment, "country: KE", "country: XX"));
    tree.write("before/partners/other.yaml",
               replace(replace(kNgo, "id: sample", "id: other"), "international: true",
                       "international: false"));
    tree.write("after/partners/sample.yaml", kGovernment);
    tree.write("after/partners/other.yaml", replace(replace(kNgo, "id: sample", "id: other"),
                                                    "international: true", "international: false"));
    const auto c = compare(tree.path("before"), tree.path("after"), false);
    CHECK(c.introduced == 0);
    CHECK(c.unchanged == 1);
    CHECK(rules_of(c.resolved) == std::vector<std::string>{"government-country"});
    // The resolved finding names the path of the newer version, not the directory compared with.
    CHECK(c.base.registry.file(c.resolved[0].where.file).path ==
          tree.path("after") + "/partners/sample.yaml");
  }

  TEST_CASE("findings are matched without their lines, one occurrence each") {
    TempTree tree;
    const std::string bad = replace(kGovernment, "country: KE", "country: XX");
    tree.write("before/partners/sample.yaml", bad);
    // The same finding, three lines lower, and a second document with the same message.
    tree.write("after/partners/sample.yaml",
               "# moved\n# down\n# three lines\n" + bad + "---\n" + bad);
    const auto c = compare(tree.path("before"), tree.path("after"), false);
    const auto rules = introduced_rules(c);
    CHECK(std::count(rules.begin(), rules.end(), "government-country") == 1);
    CHECK(c.unchanged >= 1);
    CHECK(c.resolved.empty());
  }

  TEST_CASE("the base's configuration judges both; the change's own is named, never applied") {
    GitRepo repo;
    repo.write("reg/.gcsj.yaml", "rules:\n  meeting-frequency: off\n");
    repo.write("reg/partners/sample.yaml", kGovernment);
    repo.commit("base");
    repo.write("reg/partners/sample.yaml", replace(kGovernment, "country: KE", "country: XX"));
    // The change turns the rule it breaks off in its own configuration.
    repo.write("reg/.gcsj.yaml", "rules:\n  government-country: off\n");
    const auto c = compare("main", repo.path("reg"));
    CHECK(introduced_rules(c) == std::vector<std::string>{"government-country"});
    REQUIRE(c.own_config.has_value());
    CHECK(c.own_config->ends_with("reg/.gcsj.yaml"));
    CHECK(c.head.config_file == std::optional<std::string>("main:reg/.gcsj.yaml"));
    CHECK(c.base.config_file == c.head.config_file);
  }

  TEST_CASE("a linked .gcsj.yaml the change brings is named among those not applied") {
    GitRepo repo;
    repo.write("reg/.gcsj.yaml", "fail_level: error\n");
    repo.write("reg/partners/sample.yaml", kGovernment);
    repo.commit("base");
    repo.write("elsewhere.yaml", "fail_level: error\n");  // the same text, behind a link
    fs::remove(repo.root / "reg/.gcsj.yaml");
    fs::create_symlink("../elsewhere.yaml", repo.root / "reg/.gcsj.yaml");
    const auto c = compare("main", repo.path("reg"));
    REQUIRE(c.own_config.has_value());
    CHECK(c.own_config->ends_with("reg/.gcsj.yaml"));
    CHECK(c.head.config_file == std::optional<std::string>("main:reg/.gcsj.yaml"));
    // From inside the checkout, as CI runs it: named by the link's own path, not its target's.
    const auto cwd = fs::current_path();
    fs::current_path(repo.root);
    const auto inside = compare("main", "reg");
    fs::current_path(cwd);
    REQUIRE(inside.own_config.has_value());
    CHECK(*inside.own_config == "reg/.gcsj.yaml");
  }

  TEST_CASE("the same configuration on both sides is not reported as the change's own") {
    GitRepo repo;
    repo.write("reg/.gcsj.yaml", "fail_level: warning\n");
    repo.write("reg/partners/sample.yaml", kGovernment);
    repo.commit("base");
    const auto c = compare("HEAD", repo.path("reg"));
    CHECK_FALSE(c.own_config.has_value());
    CHECK(c.head.config_fail_level == gcsj::findings::Severity::warning);
    CHECK(c.introduced == 0);
  }

  TEST_CASE("a registry new at the revision: every finding is introduced") {
    GitRepo repo;
    repo.write("README.md", "nothing yet\n");
    repo.commit("base");
    repo.write("reg/partners/sample.yaml", replace(kGovernment, "country: KE", "country: XX"));
    auto base = gcsj::check::open_base("main", repo.path("reg"));
    REQUIRE(base.has_value());
    CHECK_FALSE(base->existed);
    const auto c = compare("main", repo.path("reg"));
    CHECK(introduced_rules(c) == std::vector<std::string>{"government-country"});
    CHECK(c.base.summary.files == 0);
  }

  TEST_CASE("a waived finding does not absorb a new one of the same partner and message") {
    TempTree tree;
    const std::string bad = bad_ngo("p");
    for (const char* side : {"before", "after"})
      tree.write(std::string(side) + "/.gcsj.yaml", waiver_of("ngo-international", "p"));
    tree.write("before/partners.yaml", bad);
    // The change adds a second, unwaived, ineligible NGO before p.
    tree.write("after/partners.yaml", bad_ngo("n") + "---\n" + bad);
    const auto c = compare(tree.path("before"), tree.path("after"));
    REQUIRE(c.head.findings.size() >= 2);
    CHECK(introduced_rules(c) == std::vector<std::string>{"ngo-international"});
    for (std::size_t i = 0; i < c.head.findings.size(); ++i)
      if (c.states[i] == BaselineState::introduced)
        CHECK(c.head.findings[i].subject.partner == "n");
  }

  TEST_CASE("fixing one partner's finding does not pay for a new partner with the same one") {
    TempTree tree;
    // One partners.yaml of several partners.
    tree.write("before/partners.yaml", bad_ngo("a") + "---\n" + bad_ngo("b"));
    tree.write("after/partners.yaml",
               kNgoOf("a") + "---\n" + bad_ngo("b") + "---\n" + bad_ngo("c"));
    auto c = compare(tree.path("before"), tree.path("after"), false);
    CHECK(introduced_rules(c) == std::vector<std::string>{"ngo-international"});
    CHECK(rules_of(c.resolved) == std::vector<std::string>{"ngo-international"});
    // One partner per file: the new partner a second document of the fixed partner's file.
    tree.write("before2/partners/a.yaml", bad_ngo("a"));
    tree.write("after2/partners/a.yaml", kNgoOf("a") + "---\n" + bad_ngo("c"));
    c = compare(tree.path("before2"), tree.path("after2"), false);
    CHECK(introduced_rules(c) == std::vector<std::string>{"ngo-international"});
    // Moving partners about changes none of their findings.
    tree.write("after3/partners.yaml", bad_ngo("b") + "---\n" + bad_ngo("a"));
    c = compare(tree.path("before"), tree.path("after3"), false);
    CHECK(c.introduced == 0);
    CHECK(c.resolved.empty());
  }

  TEST_CASE("REF: a path is a directory, a name a revision; neither is a usage error") {
    GitRepo repo;
    repo.write("reg/partners/sample.yaml", kGovernment);
    repo.write("old/partners/sample.yaml", kGovernment);
    repo.commit("base");
    // `old` names a directory, not a revision: written as a path, it is one.
    const auto cwd = fs::current_path();
    fs::current_path(repo.root);
    const auto bare = gcsj::check::open_base("old", "reg");
    const auto written = gcsj::check::open_base("./old", "reg");
    fs::current_path(cwd);
    REQUIRE_FALSE(bare.has_value());
    CHECK(bare.error().message.find("write it as ./old") != std::string::npos);
    CHECK(written.has_value());
    CHECK(gcsj::check::open_base(repo.path("old"), repo.path("reg")).has_value());
    const auto missing = gcsj::check::open_base("./nowhere", repo.path("reg"));
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().message == "--base ./nowhere: no such directory");
    TempTree outside;
    outside.write("reg/partners/sample.yaml", kGovernment);
    const auto no_repository = gcsj::check::open_base("main", outside.path("reg"));
    REQUIRE_FALSE(no_repository.has_value());
    CHECK(no_repository.error().message.find("not a directory, and") != std::string::npos);
  }
}
