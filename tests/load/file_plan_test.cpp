#include <doctest/doctest.h>

#include <sys/stat.h>

#include <filesystem>

#include "check/validate.hpp"
#include "support/check_helpers.hpp"
#include "support/temp_tree.hpp"

namespace fs = std::filesystem;
using namespace gcsj::testing;

namespace {

gcsj::util::Expected<gcsj::check::ValidateResult> run(std::vector<std::string> paths,
                                                      gcsj::load::LoadRequest request = {}) {
  gcsj::check::ValidateOptions options;
  options.as_of = kDefaultAsOf;
  options.find_config = false;
  options.input = std::move(request);
  options.input.paths = std::move(paths);
  return gcsj::check::validate(options);
}

std::vector<std::string> rules_at(const gcsj::check::ValidateResult& result) {
  std::vector<std::string> out;
  for (const auto& f : result.findings)
    out.push_back(std::string(f.rule) + " " + result.registry.file(f.where.file).path);
  return out;
}

}  // namespace

TEST_SUITE("load::file_plan") {
  TEST_CASE("symlink-skipped: a link in the registry is reported, not read") {
    TempTree outside;
    outside.write("secret.yaml", "AUTHORIZATION: basic c2VjcmV0\n");
    TempTree tree;
    tree.write("partners/sample.yaml", kGovernment);
    fs::create_symlink(outside.root / "secret.yaml", tree.root / "partners/evil.yaml");
    fs::create_directory_symlink(outside.root, tree.root / "linked-dir");
    const auto result = run({tree.path()});
    REQUIRE(result.has_value());
    const auto found = rules_at(*result);
    CHECK(found == std::vector<std::string>{"symlink-skipped " + tree.path("linked-dir"),
                                            "symlink-skipped " + tree.path("partners/evil.yaml")});
    CHECK(result->findings[0].severity == gcsj::findings::Severity::note);
    CHECK(result->summary.partners == 1);
  }

  TEST_CASE("--follow-symlinks follows links inside the registry, never outside or into .git") {
    TempTree outside;
    outside.write("secret.yaml", "AUTHORIZATION: basic c2VjcmV0\n");
    TempTree tree;
    tree.write("partners/sample.yaml", kGovernment);
    tree.write(".git/config.yaml", "token: x\n");
    tree.write("shared/other.yaml", replace(kGovernment, "id: sample", "id: other"));
    fs::create_symlink(outside.root / "secret.yaml", tree.root / "partners/evil.yaml");
    fs::create_symlink(tree.root / ".git/config.yaml", tree.root / "partners/git.yaml");
    fs::create_symlink(tree.root / "shared/other.yaml", tree.root / "partners/other.yaml");
    gcsj::load::LoadRequest request;
    request.follow_symlinks = true;
    const auto result = run({tree.path()}, request);
    REQUIRE(result.has_value());
    std::vector<std::string> unreadable;
    for (const auto& f : result->findings) {
      CHECK(f.message.english().find("c2VjcmV0") == std::string::npos);
      if (f.rule == "unreadable-file")
        unreadable.push_back(result->registry.file(f.where.file).path);
    }
    CHECK(unreadable == std::vector<std::string>{tree.path("partners/evil.yaml"),
                                                 tree.path("partners/git.yaml")});
    // The linked partner was read (its file name differs from its id: a warning says so).
    CHECK(result->summary.partners == 3);
  }

  TEST_CASE("a symbolic link named on the command line is not followed either") {
    TempTree tree;
    tree.write("real.yaml", kGovernment);
    fs::create_symlink(tree.root / "real.yaml", tree.root / "sample.yaml");
    const auto result = run({tree.path("sample.yaml")});
    REQUIRE(result.has_value());
    REQUIRE(result->findings.size() == 1);
    CHECK(result->findings[0].rule == "symlink-skipped");
  }

  TEST_CASE("a path that holds no registry file is a usage error, unless allowed") {
    TempTree tree;
    tree.write("README.md", "# not a registry\n");
    const auto empty = run({tree.path()});
    REQUIRE_FALSE(empty.has_value());
    CHECK(empty.error().message.starts_with("no registry files under " + tree.path()));
    gcsj::load::LoadRequest request;
    request.allow_empty = true;
    const auto allowed = run({tree.path()}, request);
    REQUIRE(allowed.has_value());
    CHECK(allowed->summary.files == 0);
  }

  TEST_CASE("excluded files are not read, and counted") {
    TempTree tree;
    tree.write("partners/sample.yaml", kGovernment);
    tree.write("mkdocs.yml", "site_name: x\n");
    tree.write("docs/a/b.yml", "nav: []\n");
    gcsj::load::LoadRequest request;
    request.exclude = {"mkdocs.yml", "docs/**"};
    const auto result = run({tree.path()}, request);
    REQUIRE(result.has_value());
    CHECK(result->findings.empty());
    CHECK(result->summary.files == 1);
    CHECK(result->summary.excluded == 2);
  }

  TEST_CASE("the configuration's exclude applies, and the configuration applied is reported") {
    TempTree tree;
    tree.write(".git/HEAD", "ref: refs/heads/main\n");
    tree.write(".gcsj.yaml", "exclude: [mkdocs.yml]\n");
    tree.write("registry/partners/sample.yaml", kGovernment);
    tree.write("registry/mkdocs.yml", "site_name: x\n");
    gcsj::check::ValidateOptions options;
    options.as_of = kDefaultAsOf;
    options.input.paths = {tree.path("registry")};
    const auto result = gcsj::check::validate(options);
    REQUIRE(result.has_value());
    CHECK(result->findings.empty());
    CHECK(result->summary.excluded == 1);
    REQUIRE(result->config_file);
    CHECK(result->config_file->ends_with(".gcsj.yaml"));
  }

  TEST_CASE("the configuration is looked up to the repository's root, never above it") {
    TempTree tree;
    tree.write(".gcsj.yaml", "rules:\n  government-country: off\n");  // above the repository
    tree.write("repo/.git/HEAD", "ref: refs/heads/main\n");
    tree.write("repo/registry/partners/sample.yaml",
               replace(kGovernment, "country: KE", "country: XX"));
    gcsj::check::ValidateOptions options;
    options.as_of = kDefaultAsOf;
    options.input.paths = {tree.path("repo/registry")};
    auto result = gcsj::check::validate(options);
    REQUIRE(result.has_value());
    CHECK_FALSE(result->config_file);
    CHECK(result->findings.size() == 1);
    // Outside any repository, only the registry's own directory is searched.
    tree.write("plain/registry/partners/sample.yaml",
               replace(kGovernment, "country: KE", "country: XX"));
    tree.write("plain/.gcsj.yaml", "rules:\n  government-country: off\n");
    options.input.paths = {tree.path("plain/registry")};
    result = gcsj::check::validate(options);
    REQUIRE(result.has_value());
    CHECK_FALSE(result->config_file);
  }

  TEST_CASE("a .gcsj.yaml that is a symbolic link is not followed") {
    TempTree tree;
    tree.write(".git/HEAD", "ref: refs/heads/main\n");
    tree.write("elsewhere.yaml", "rules: {}\n");
    tree.write("partners/sample.yaml", kGovernment);
    fs::create_symlink(tree.root / "elsewhere.yaml", tree.root / ".gcsj.yaml");
    gcsj::check::ValidateOptions options;
    options.as_of = kDefaultAsOf;
    options.input.paths = {tree.path()};
    const auto result = gcsj::check::validate(options);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().message.find("symbolic link") != std::string::npos);
  }

  TEST_CASE("a file that is not regular when opened is refused, not waited on") {
    TempTree tree;
    tree.write("partners/sample.yaml", kGovernment);
    REQUIRE(::mkfifo(tree.path("partners/pipe.yaml").c_str(), 0600) == 0);
    const auto result = run({tree.path()});
    REQUIRE(result.has_value());
    REQUIRE(result->findings.size() == 1);
    CHECK(result->findings[0].rule == "unreadable-file");
  }
}
