#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <variant>

#include "check/validate.hpp"
#include "load/git_revision.hpp"
#include "support/check_helpers.hpp"
#include "support/git_repo.hpp"

namespace fs = std::filesystem;
using gcsj::load::FilePlan;
using gcsj::load::GitRevision;
using gcsj::load::PlannedFile;
using namespace gcsj::testing;

namespace {

GitRevision opened(const std::string& path, const std::string& revision) {
  auto result = GitRevision::open(path, revision);
  if (auto* error = std::get_if<GitRevision::OpenError>(&result))
    FAIL("cannot open " << revision << ": " << error->message);
  return std::move(std::get<GitRevision>(result));
}

GitRevision::OpenError refused(const std::string& path, const std::string& revision) {
  auto result = GitRevision::open(path, revision);
  REQUIRE(std::holds_alternative<GitRevision::OpenError>(result));
  return std::get<GitRevision::OpenError>(result);
}

FilePlan plan_of(const GitRevision& revision, const std::string& shown_as,
                 std::vector<std::string> exclude = {}) {
  gcsj::load::PlanOptions options;
  options.walk.exclude = std::move(exclude);
  auto plan = revision.files(shown_as)->plan(options);
  REQUIRE(plan.has_value());
  return std::move(*plan);
}

std::vector<std::string> shown(const FilePlan& plan) {
  std::vector<std::string> out;
  for (const auto& file : plan.files) out.push_back(file.display);
  return out;
}

const PlannedFile& file_named(const FilePlan& plan, const std::string& display) {
  for (const auto& file : plan.files)
    if (file.display == display) return file;
  FAIL("no planned file " << display);
  throw;
}

// The registry at `revision`, validated as the older version of `shown_as`.
gcsj::check::ValidateResult validate_at(const GitRevision& revision, const std::string& shown_as) {
  const auto files = revision.files(shown_as);
  gcsj::check::ValidateOptions options;
  options.as_of = kDefaultAsOf;
  options.find_config = false;
  options.input.source = files.get();
  auto result = gcsj::check::validate(options);
  REQUIRE_MESSAGE(result.has_value(), (result ? "" : result.error().message));
  return std::move(*result);
}

// A repository of two commits: a Government partner in the first, an NGO added in the second,
// under `under` (a folder with its slash, or nothing). Their ids, oldest first.
struct TwoCommits {
  std::string first;
  std::string second;
};

TwoCommits commit_twice(GitRepo& repo, const std::string& under = "") {
  repo.write(under + "partners/sample.yaml", kGovernment);
  repo.commit("first");
  TwoCommits ids{repo.output({"rev-parse", "HEAD"}), ""};
  repo.write(under + "partners/other.yaml", replace(kNgo, "id: sample", "id: other"));
  repo.commit("second");
  ids.second = repo.output({"rev-parse", "HEAD"});
  return ids;
}

// The 1-based line of `text` that starts with `start`.
int line_of(const std::string& text, const std::string& start) {
  int line = 1;
  for (std::size_t at = 0; at < text.size(); at = text.find('\n', at) + 1, ++line)
    if (text.compare(at, start.size(), start) == 0) return line;
  return 0;
}

}  // namespace

TEST_SUITE("load::git_revision") {
  TEST_CASE("a branch, HEAD~1 and a commit id name commits; the registry's path is found") {
    GitRepo repo;
    const std::string first = commit_twice(repo, "registry/").first;
    const auto at_main = opened(repo.path("registry"), "main");
    CHECK(at_main.relative() == "registry");
    CHECK(at_main.holds_registry());
    CHECK(at_main.commit() == repo.output({"rev-parse", "HEAD"}));
    CHECK(opened(repo.path("registry"), "HEAD~1").commit() == first);
    CHECK(opened(repo.path("registry"), first).commit() == first);
    CHECK(opened(repo.path("registry"), first.substr(0, 10)).commit() == first);
    CHECK(shown(plan_of(opened(repo.path("registry"), "HEAD~1"), "registry")) ==
          std::vector<std::string>{"registry/partners/sample.yaml"});
    CHECK(opened(repo.path(), "main").relative().empty());
  }

  TEST_CASE("what is not a commit of the repository is refused, and never read as an option") {
    GitRepo repo;
    repo.write("partners/sample.yaml", kGovernment);
    repo.commit();
    for (const std::string revision :
         {"--output=x", "-n", "nope", "main;touch pwned", "$(touch pwned)", "HEAD:partners",
          ":/commit", "", "HEAD^{tree}"}) {
      CAPTURE(revision);
      const auto error = refused(repo.path(), revision);
      CHECK(error.failure == GitRevision::Failure::no_revision);
      CHECK_FALSE(error.message.empty());
    }
    CHECK_FALSE(fs::exists(repo.root / "pwned"));
    CHECK_FALSE(fs::exists(repo.root / "x"));
    CHECK(refused(repo.path(), "HEAD^{tree}").message.find("a tree") != std::string::npos);
  }

  TEST_CASE("a history search `REF^{/TEXT}` is refused anywhere in REF, as `:/TEXT` is") {
    GitRepo repo;
    repo.write("partners/sample.yaml", kGovernment);
    repo.commit("first");
    for (const std::string revision : {"HEAD^{/first}", "main^{/first}~0", "main~0^{/fir}"}) {
      CAPTURE(revision);
      const auto error = refused(repo.path(), revision);
      CHECK(error.failure == GitRevision::Failure::no_revision);
      CHECK(error.message.find("`REF^{/TEXT}`") != std::string::npos);
    }
  }

  TEST_CASE("`REF^@`, `REF^!` and `REF^-N`, sets of commits to git, are refused, not read as REF") {
    GitRepo repo;
    commit_twice(repo);
    for (const std::string revision :
         {"main^@", "HEAD^!", "main^-", "main^-1", "@^@", "main~1^!"}) {
      CAPTURE(revision);
      const auto error = refused(repo.path(), revision);
      CHECK(error.failure == GitRevision::Failure::no_revision);
      CHECK(error.message.find("`REF^@`") != std::string::npos);
    }
  }

  TEST_CASE("`@` is HEAD to the ambiguity check: a branch named HEAD makes both ambiguous") {
    GitRepo repo;
    const std::string first = commit_twice(repo).first;
    CHECK(opened(repo.path(), "@~1").commit() == first);  // HEAD alone: taken
    REQUIRE(repo.git({"update-ref", "refs/heads/HEAD", first}));
    for (const std::string revision : {"HEAD", "@", "@~0", "@^0"}) {
      CAPTURE(revision);
      const auto error = refused(repo.path(), revision);
      CHECK(error.failure == GitRevision::Failure::ambiguous);
      CHECK(error.message.find("HEAD, refs/heads/HEAD") != std::string::npos);
    }
  }

  TEST_CASE("a short name several references answer to is refused, naming each; full names work") {
    GitRepo repo;
    const auto [first, second] = commit_twice(repo);
    REQUIRE(repo.git({"update-ref", "refs/remotes/origin/main", first}));
    CHECK(opened(repo.path(), "origin/main").commit() == first);  // one reference: taken
    // A tag of the same short name, as `fetch-depth: 0` fetches tags.
    REQUIRE(repo.git({"tag", "origin/main", second}));
    for (const std::string revision :
         {"origin/main", "origin/main~0", "origin/main^0", "origin/main@{0}", "origin/main~1^"}) {
      CAPTURE(revision);
      const auto error = refused(repo.path(), revision);
      CHECK(error.failure == GitRevision::Failure::ambiguous);
      CHECK(error.message.find("`origin/main` is ambiguous") != std::string::npos);
      CHECK(error.message.find("refs/tags/origin/main, refs/remotes/origin/main") !=
            std::string::npos);
    }
    CHECK(opened(repo.path(), "refs/remotes/origin/main").commit() == first);
    CHECK(opened(repo.path(), "refs/remotes/origin/main~0").commit() == first);
    CHECK(opened(repo.path(), "refs/tags/origin/main").commit() == second);
    // A branch beside a tag; a branch beside a remote-tracking branch; each order of git's list.
    REQUIRE(repo.git({"branch", "v1", first}));
    REQUIRE(repo.git({"tag", "v1", second}));
    CHECK(refused(repo.path(), "v1").message.find("refs/tags/v1, refs/heads/v1") !=
          std::string::npos);
    REQUIRE(repo.git({"branch", "origin/topic", first}));
    REQUIRE(repo.git({"update-ref", "refs/remotes/origin/topic", second}));
    CHECK(refused(repo.path(), "origin/topic").failure == GitRevision::Failure::ambiguous);
    REQUIRE(repo.git({"update-ref", "refs/remotes/upstream/main", second}));
    REQUIRE(repo.git({"symbolic-ref", "refs/remotes/upstream/HEAD", "refs/remotes/upstream/main"}));
    REQUIRE(repo.git({"branch", "upstream", first}));
    CHECK(refused(repo.path(), "upstream")
              .message.find("refs/heads/upstream, refs/remotes/upstream/HEAD") !=
          std::string::npos);
    // An abbreviated commit id that a branch is named after.
    REQUIRE(repo.git({"branch", first.substr(0, 8), second}));
    CHECK(refused(repo.path(), first.substr(0, 8)).failure == GitRevision::Failure::ambiguous);
    CHECK(opened(repo.path(), first).commit() == first);  // a whole id is an id
    CHECK(opened(repo.path(), "main").commit() == second);
    CHECK(opened(repo.path(), "HEAD~1").commit() == first);
  }

  TEST_CASE("a path in no repository is told apart from a revision that does not exist") {
    TempTree outside;
    outside.write("partners/sample.yaml", kGovernment);
    const auto error = refused(outside.path(), "main");
    CHECK(error.failure == GitRevision::Failure::no_repository);
    CHECK(error.message.find("lies in no git repository") != std::string::npos);
  }

  TEST_CASE("a registry directory that did not exist at the revision is an empty registry") {
    GitRepo repo;
    repo.write("README.md", "a repository\n");
    repo.commit("first");
    repo.write("registry/partners/sample.yaml", kGovernment);
    repo.commit("second");
    const auto before = opened(repo.path("registry"), "HEAD~1");
    CHECK_FALSE(before.holds_registry());
    CHECK(plan_of(before, "registry").files.empty());
    CHECK(validate_at(before, "registry").findings.empty());
  }

  TEST_CASE("the tree is walked as a directory: hidden and other files skipped, path order") {
    GitRepo repo;
    repo.write("reg/partners/b.yml", replace(kNgo, "id: sample", "id: b"));
    repo.write("reg/partners/sample.yaml", kGovernment);
    repo.write("reg/partners-x/c.yaml", replace(kNgo, "id: sample", "id: c"));
    repo.write("reg/.hidden/d.yaml", "kind: partner\n");
    repo.write("reg/.e.yaml", "kind: partner\n");
    repo.write("reg/notes.txt", "not read\n");
    repo.write("reg/docs/mkdocs.yml", "site_name: x\n");
    repo.commit();
    const auto revision = opened(repo.path("reg"), "HEAD");
    // git orders `partners-x` before `partners/`; a directory walk orders plain names.
    const auto plan = plan_of(revision, "shown", {"docs/**"});
    CHECK(shown(plan) == std::vector<std::string>{"shown/partners/b.yml",
                                                  "shown/partners/sample.yaml",
                                                  "shown/partners-x/c.yaml"});
    CHECK(plan.excluded == 1);
    const auto& sample = file_named(plan, "shown/partners/sample.yaml");
    CHECK(sample.source == PlannedFile::Source::blob);
    CHECK(sample.size == kGovernment.size());
  }

  TEST_CASE("findings of the revision name the paths of the working tree, never a temporary one") {
    GitRepo repo;
    repo.write("reg/partners/sample.yaml", replace(kGovernment, "country: KE", "country: XX"));
    repo.commit();
    const auto result = validate_at(opened(repo.path("reg"), "HEAD"), "reg");
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].rule == "government-country");
    CHECK(result.findings[0].where.line == line_of(kGovernment, "country: KE"));
    CHECK(result.registry.file(result.findings[0].where.file).path == "reg/partners/sample.yaml");
    CHECK(result.summary.partners == 1);
  }

  TEST_CASE("a symbolic link is never followed, even to /etc/passwd: a symlink-skipped note") {
    GitRepo repo;
    repo.write("reg/partners/sample.yaml", kGovernment);
    repo.write("reg/elsewhere/x.yaml", kGovernment);
    fs::create_symlink("/etc/passwd", repo.root / "reg/partners/leak.yaml");
    fs::create_symlink("../elsewhere", repo.root / "reg/partners/linked");
    fs::create_symlink("/etc/passwd", repo.root / "reg/partners/README");
    repo.commit();
    const auto result = validate_at(opened(repo.path("reg"), "HEAD"), "reg");
    std::vector<std::string> skipped;
    for (const auto& f : result.findings) {
      CHECK(f.message.english().find("root:") == std::string::npos);
      if (f.rule == "symlink-skipped") skipped.push_back(result.registry.file(f.where.file).path);
    }
    // The link to a file of another name is ignored, as a directory walk ignores it.
    CHECK(skipped == std::vector<std::string>{"reg/partners/leak.yaml", "reg/partners/linked"});
  }

  TEST_CASE("a link to a directory outside the repository: the same note as in the work tree") {
    TempTree outside;
    outside.write("dir/x.yaml", kGovernment);
    GitRepo repo;
    repo.write("reg/partners/sample.yaml", kGovernment);
    fs::create_directory_symlink(outside.root / "dir", repo.root / "reg/partners/absolute");
    fs::create_directory_symlink(fs::relative(outside.root / "dir", repo.root / "reg/partners"),
                                 repo.root / "reg/partners/above");
    repo.commit();
    const auto skipped = [](const gcsj::check::ValidateResult& result) {
      std::vector<std::string> out;
      for (const auto& f : result.findings)
        if (f.rule == "symlink-skipped") out.push_back(result.registry.file(f.where.file).path);
      return out;
    };
    const auto at_head = validate_at(opened(repo.path("reg"), "HEAD"), repo.path("reg"));
    CHECK(skipped(at_head) == std::vector<std::string>{repo.path("reg/partners/above"),
                                                       repo.path("reg/partners/absolute")});
    gcsj::check::ValidateOptions options;
    options.as_of = kDefaultAsOf;
    options.find_config = false;
    options.input.paths = {repo.path("reg")};
    const auto in_work_tree = gcsj::check::validate(options);
    REQUIRE(in_work_tree.has_value());
    CHECK(skipped(*in_work_tree) == skipped(at_head));
  }

  TEST_CASE("a submodule is not read: a symlink-skipped note") {
    GitRepo repo;
    repo.write("reg/partners/sample.yaml", kGovernment);
    repo.commit();
    const std::string commit = repo.output({"rev-parse", "HEAD"});
    REQUIRE(repo.git({"update-index", "--add", "--cacheinfo", "160000," + commit + ",reg/vendor"}));
    repo.git({"commit", "-q", "-m", "submodule"});
    const auto result = validate_at(opened(repo.path("reg"), "HEAD"), "reg");
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].rule == "symlink-skipped");
    CHECK(result.findings[0].message.english() == "a git submodule, not read");
    CHECK(result.registry.file(result.findings[0].where.file).path == "reg/vendor");
  }

  TEST_CASE("a configuration at the revision is found up to the root; a linked one is refused") {
    GitRepo repo;
    repo.write(".gcsj.yaml", "fail_level: warning\n");
    repo.write("reg/partners/sample.yaml", kGovernment);
    repo.commit();
    auto found = gcsj::config::find_config_at(opened(repo.path("reg"), "HEAD"));
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    CHECK((*found)->name == "HEAD:.gcsj.yaml");
    CHECK((*found)->text == "fail_level: warning\n");
    fs::remove(repo.root / ".gcsj.yaml");
    fs::create_symlink("/etc/passwd", repo.root / "reg/.gcsj.yaml");
    repo.commit();
    const auto linked = gcsj::config::find_config_at(opened(repo.path("reg"), "HEAD"));
    REQUIRE_FALSE(linked.has_value());
    CHECK(linked.error().message.find("symbolic link") != std::string::npos);
  }

  TEST_CASE("a tree of 100,000 entries is walked in bounded time") {
    GitRepo repo;
    const std::string blob = repo.output({"hash-object", "-w", "--stdin"}, "kind: note\n");
    REQUIRE(blob.size() == 40);
    std::string index;
    for (int i = 0; i < 100'000; ++i)
      index += "100644 " + blob + "\treg/many/f" + std::to_string(i) + ".txt\n";
    index += "100644 " + repo.output({"hash-object", "-w", "--stdin"}, kGovernment) +
             "\treg/partners/sample.yaml\n";
    REQUIRE(repo.git({"update-index", "--add", "--index-info"}, index));
    REQUIRE(repo.git({"commit", "-q", "-m", "many"}));
    fs::create_directories(repo.root / "reg");  // the working tree need not hold the files
    const auto start = std::chrono::steady_clock::now();
    const auto result = validate_at(opened(repo.path("reg"), "HEAD"), "reg");
    const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start);
    CHECK(result.findings.empty());
    CHECK(result.summary.files == 1);
    CHECK(seconds.count() < 20);
  }
}
