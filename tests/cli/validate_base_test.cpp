// `gcsj validate --base REF` run as a pull request's check runs it: the built binary, in a
// throw-away git repository whose working tree holds the pull request.

#include <doctest/doctest.h>

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "support/check_helpers.hpp"
#include "support/git_repo.hpp"

namespace fs = std::filesystem;
using namespace gcsj::testing;

namespace {

struct Run {
  std::string out;
  int status = -1;
};

// gcsj ARGS in `directory`, standard error folded into the output.
Run run_gcsj(const fs::path& directory, const std::vector<std::string>& args) {
  std::string command = "cd " + GitRepo::quote(directory.string()) +
                        " && env -u GITHUB_ACTIONS -u NO_COLOR " + GitRepo::quote(GCSJ_BINARY);
  for (const auto& arg : args) command += " " + GitRepo::quote(arg);
  command += " 2>&1 </dev/null";
  Run run;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe);
  char buffer[4096];
  for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) run.out.append(buffer, n);
  const int raw = pclose(pipe);
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return run;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// A repository whose main branch holds a valid registry under reg/, with a configuration.
void base_branch(const GitRepo& repo) {
  repo.write("reg/.gcsj.yaml", "fail_level: error\n");
  repo.write("reg/partners/sample.yaml", kGovernment);
  repo.write("reg/partners/other.yaml", replace(kNgo, "id: sample", "id: other"));
  repo.commit("base");
  repo.git({"checkout", "-q", "-b", "pull-request"});
}

}  // namespace

TEST_SUITE("cli::validate --base") {
  TEST_CASE("a pull request that breaks a partner fails, whatever configuration it brings") {
    GitRepo repo;
    base_branch(repo);
    repo.write("reg/partners/other.yaml", replace(replace(kNgo, "id: sample", "id: other"),
                                                  "international: true", "international: false"));
    repo.write("reg/.gcsj.yaml", "rules:\n  ngo-international: off\n");
    repo.commit("a hostile pull request");
    const Run run =
        run_gcsj(repo.root, {"validate", "--as-of", "2025-06-01", "--base", "main", "reg"});
    CHECK(run.status == 1);
    CHECK(contains(run.out, "[ngo-international]"));
    CHECK(contains(run.out, "1 introduced, 0 resolved, 0 unchanged, compared with main (commit "));
    CHECK(contains(run.out, "configuration main:reg/.gcsj.yaml"));
    CHECK(contains(run.out, "reg/.gcsj.yaml, the configuration this change brings, differs"));
  }

  TEST_CASE("a pull request that fixes an old finding passes and says what it fixed") {
    GitRepo repo;
    repo.write("reg/partners/sample.yaml", replace(kGovernment, "country: KE", "country: XX"));
    repo.commit("base");
    repo.write("reg/partners/sample.yaml", kGovernment);
    const Run text =
        run_gcsj(repo.root, {"validate", "--as-of", "2025-06-01", "--base", "HEAD", "reg"});
    CHECK(text.status == 0);
    CHECK(contains(text.out, "resolved: reg/partners/sample.yaml:"));
    CHECK(contains(text.out, "[government-country]"));
    const Run markdown = run_gcsj(repo.root, {"validate", "--as-of", "2025-06-01", "--base", "HEAD",
                                              "-f", "markdown", "reg"});
    CHECK(markdown.status == 0);
    CHECK(contains(markdown.out, "This change introduces no failing finding, and fixes one"));
    CHECK(contains(markdown.out, "### What this change fixes"));
  }

  TEST_CASE("a REF is never an option nor a shell command: exit 2 and nothing written") {
    GitRepo repo;
    base_branch(repo);
    for (const std::string ref : {"--output=x", "-n", "main;touch pwned", "$(touch pwned)",
                                  "`touch pwned`", "nope", "main:reg"}) {
      CAPTURE(ref);
      const Run run = run_gcsj(repo.root, {"validate", "--base=" + ref, "reg"});
      CHECK(run.status == 2);
      CHECK(contains(run.out, "gcsj: error: --base "));
    }
    CHECK_FALSE(fs::exists(repo.root / "x"));
    CHECK_FALSE(fs::exists(repo.root / "pwned"));
  }

  TEST_CASE("a directory the pull request adds under the name of the branch is not the base") {
    GitRepo repo;
    base_branch(repo);
    repo.write("reg/partners/other.yaml", replace(replace(kNgo, "id: sample", "id: other"),
                                                  "international: true", "international: false"));
    // The pull request copies its own registry to `origin/main`, hoping to be compared with it.
    fs::create_directories(repo.root / "origin");
    fs::copy(repo.root / "reg", repo.root / "origin/main", fs::copy_options::recursive);
    repo.commit("a pull request that brings its own base");
    const Run run =
        run_gcsj(repo.root, {"validate", "--as-of", "2025-06-01", "--base", "origin/main", "reg"});
    CHECK(run.status == 2);  // the clone has no origin/main: no comparison at all
    CHECK(contains(run.out, "not a revision of the repository holding reg"));
  }

  TEST_CASE("a symbolic link to /etc/passwd in the older version is a note, never read") {
    GitRepo repo;
    repo.write("reg/partners/sample.yaml", kGovernment);
    fs::create_symlink("/etc/passwd", repo.root / "reg/partners/leak.yaml");
    repo.commit("base");
    fs::remove(repo.root / "reg/partners/leak.yaml");
    const Run run = run_gcsj(
        repo.root, {"validate", "--as-of", "2025-06-01", "--base", "main", "-f", "json", "reg"});
    CHECK(run.status == 0);
    CHECK_FALSE(contains(run.out, "root:"));
    CHECK(contains(run.out, "\"rule\": \"symlink-skipped\""));
    CHECK(contains(run.out, "\"baseline_state\": \"resolved\""));
    const Run follow =
        run_gcsj(repo.root, {"validate", "--base", "main", "--follow-symlinks", "reg"});
    CHECK(follow.status == 2);
  }
}
