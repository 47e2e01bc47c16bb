#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "config/config.hpp"
#include "findings/finding_list.hpp"
#include "support/temp_tree.hpp"

// Reading .gcsj.yaml (read_config) and finding it (find_config, read_config_text).

using gcsj::findings::Severity;
using gcsj::testing::TempTree;
namespace fs = std::filesystem;

namespace {

struct Read {
  gcsj::config::Config config;
  std::vector<gcsj::findings::Finding> findings;
  explicit Read(const std::string& text) {
    gcsj::findings::FindingList out;
    config = gcsj::config::read_config(7, text, out);
    findings = out.take();
  }
  std::vector<std::string> rules() const {
    std::vector<std::string> out;
    for (const auto& f : findings) out.emplace_back(f.rule);
    return out;
  }
};

}  // namespace

TEST_SUITE("config::reader") {
  TEST_CASE("overrides in the order written, each located at its key; `off` turns a rule off") {
    const Read read("rules:\n  b-rule: warning\n  a-rule: off\n  c-rule: note\n");
    CHECK(read.findings.empty());
    REQUIRE(read.config.overrides.size() == 3);
    CHECK(read.config.overrides[0].rule == "b-rule");
    CHECK(read.config.overrides[0].severity == Severity::warning);
    CHECK(read.config.overrides[0].where == gcsj::model::Location{7, 2, 3});
    CHECK(read.config.overrides[1].rule == "a-rule");
    CHECK_FALSE(read.config.overrides[1].severity.has_value());
    CHECK(read.config.overrides[2].severity == Severity::note);
  }

  TEST_CASE("a waiver's parts, each with its location") {
    const Read read(
        "waivers:\n"
        "  - rule: ngo-international\n"
        "    seat: government\n"
        "    region: africa\n"
        "    reason: Pending\n"
        "    approved_by: Head\n"
        "    expires: 2026-01-01\n"
        "  - {rule: x, group: true, partner: p, member: M}\n");
    CHECK(read.findings.empty());
    REQUIRE(read.config.waivers.size() == 2);
    const auto& w = read.config.waivers[0];
    CHECK(w.where.line == 2);
    CHECK(w.rule->value == "ngo-international");
    CHECK(w.rule->where.line == 2);
    CHECK(w.seat->value == gcsj::model::Seat::government);
    CHECK(w.region->value == gcsj::model::GovernmentRegion::africa);
    CHECK(w.reason->value == "Pending");
    CHECK(w.approved_by->value == "Head");
    CHECK(w.expires->value == gcsj::model::Date{2026, 1, 1});
    CHECK(w.expires->where.line == 7);
    CHECK_FALSE(w.partner);
    // Read as written; whether a waiver is complete is apply_config's question.
    const auto& v = read.config.waivers[1];
    CHECK(v.group->value);
    CHECK(v.partner->value == "p");
    CHECK(v.member->value == "M");
    CHECK_FALSE(v.reason);
  }

  TEST_CASE("exclude globs and the fail level") {
    const Read read("exclude:\n  - mkdocs.yml\n  - drafts/**\nfail_level: note\n");
    CHECK(read.findings.empty());
    REQUIRE(read.config.exclude.size() == 2);
    CHECK(read.config.exclude[1].value == "drafts/**");
    CHECK(read.config.exclude[1].where.line == 3);
    REQUIRE(read.config.fail_level);
    CHECK(read.config.fail_level->value == Severity::note);
    CHECK(read.config.fail_level->where.line == 4);
  }

  TEST_CASE("mistakes are format findings of the configuration's file, and what is right is kept") {
    const Read read(
        "rules:\n  a-rule: loud\n  b-rule: note\nwaivers: yes\nfail_level: [x]\n"
        "colour: red\n");
    CHECK(read.rules() ==
          std::vector<std::string>{"invalid-value", "wrong-type", "invalid-value", "unknown-key"});
    for (const auto& f : read.findings) CHECK(f.where.file == 7);
    REQUIRE(read.config.overrides.size() == 1);
    CHECK(read.config.overrides[0].rule == "b-rule");
    CHECK(read.config.waivers.empty());
    CHECK_FALSE(read.config.fail_level);
  }

  TEST_CASE("a configuration that is no mapping, or no UTF-8") {
    CHECK(Read("- a\n- b\n").rules() == std::vector<std::string>{"wrong-type"});
    CHECK(Read("").findings.empty());
    const Read latin1(std::string("rules:\n  a-rule: note # caf\xe9\n"));
    CHECK(latin1.rules() == std::vector<std::string>{"yaml-encoding"});
    CHECK(latin1.config.overrides.empty());
  }

  TEST_CASE("find_config: in the registry's directory, or a parent up to the repository's root") {
    TempTree tree;
    tree.write("repo/.git/HEAD", "ref: refs/heads/main\n");
    tree.write("repo/.gcsj.yaml", "rules: {}\n");
    tree.write("repo/registry/partners/a.yaml", "kind: partner\n");
    const auto found = gcsj::config::find_config(tree.path("repo/registry/partners"));
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    CHECK(fs::equivalent(**found, tree.path("repo/.gcsj.yaml")));
    // A nearer one wins.
    tree.write("repo/registry/.gcsj.yaml", "rules: {}\n");
    CHECK(fs::equivalent(**gcsj::config::find_config(tree.path("repo/registry/partners/a.yaml")),
                         tree.path("repo/registry/.gcsj.yaml")));
  }

  TEST_CASE("find_config: outside a repository, the directory given only") {
    TempTree tree;
    tree.write(".gcsj.yaml", "rules: {}\n");
    tree.write("registry/partners/a.yaml", "kind: partner\n");
    const auto none = gcsj::config::find_config(tree.path("registry"));
    REQUIRE(none.has_value());
    CHECK_FALSE(none->has_value());
    CHECK(gcsj::config::find_config(tree.path())->has_value());
  }

  TEST_CASE("find_config: a link is an Error, never followed") {
    TempTree tree;
    tree.write("elsewhere.yaml", "rules: {}\n");
    tree.write("registry/partners/a.yaml", "kind: partner\n");
    fs::create_symlink(tree.path("elsewhere.yaml"), tree.path("registry/.gcsj.yaml"));
    const auto found = gcsj::config::find_config(tree.path("registry"));
    REQUIRE_FALSE(found.has_value());
    CHECK(found.error().message.find("symbolic link") != std::string::npos);
    const auto located = gcsj::config::locate_config(tree.path("registry"));
    REQUIRE(located);
    CHECK(located->link);
  }

  TEST_CASE("read_config_text: the text, or an Error for what cannot be read or is too large") {
    TempTree tree;
    tree.write("small.yaml", "rules: {}\n");
    CHECK(*gcsj::config::read_config_text(tree.path("small.yaml")) == "rules: {}\n");
    CHECK_FALSE(gcsj::config::read_config_text(tree.path("absent.yaml")).has_value());
    tree.write("large.yaml", std::string(gcsj::config::kMaxConfigBytes + 1, '#'));
    const auto large = gcsj::config::read_config_text(tree.path("large.yaml"));
    REQUIRE_FALSE(large.has_value());
    CHECK(large.error().message.find("larger than 1 MiB") != std::string::npos);
  }
}
