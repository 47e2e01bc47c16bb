// Runs the built gcsj binary on each case under tests/cli/cases and compares its whole output
// and exit status with the expected files. Set GCSJ_UPDATE_GOLDEN=1 to rewrite them.
//
// A case is a directory holding `args` (one argument per line), optionally `stdin` and `env`
// (VAR=value lines), and the
// expected `stdout`, `stderr` (if any) and `status`. Commands run in the source directory.

#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "check/catalogue.hpp"
#include "render/validate/formats.hpp"

namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

std::string shell_quote(const std::string& word) {
  std::string out = "'";
  for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

struct Outcome {
  std::string out, err;
  int status = -1;
};

Outcome run_case(const fs::path& dir) {
  std::vector<std::string> args;
  std::ifstream list(dir / "args");
  for (std::string line; std::getline(list, line);)
    if (!line.empty()) args.push_back(line);
  // Named after this process too: two test runs at once (two checkouts on one machine) must not
  // read or remove each other's standard error.
  const fs::path err_file = fs::temp_directory_path() / ("gcsj-cli-" + dir.filename().string() +
                                                         "." + std::to_string(::getpid()) + ".err");
  std::string command =
      "cd " + shell_quote(GCSJ_SOURCE_DIR) + " && env -u NO_COLOR -u GITHUB_ACTIONS";
  std::ifstream env(dir / "env");  // VAR=value lines
  for (std::string line; std::getline(env, line);)
    if (!line.empty()) command += " " + shell_quote(line);
  command += " " + shell_quote(GCSJ_BINARY);
  for (const auto& arg : args) command += " " + shell_quote(arg);
  command +=
      fs::exists(dir / "stdin") ? " < " + shell_quote((dir / "stdin").string()) : " < /dev/null";
  command += " 2> " + shell_quote(err_file.string());
  Outcome outcome;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe);
  char buffer[4096];
  for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;)
    outcome.out.append(buffer, n);
  const int raw = pclose(pipe);
  outcome.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  outcome.err = read(err_file);
  fs::remove(err_file);
  // A case that publishes writes its site under the temporary directory, named gcsj-cli-*: it
  // leaves nothing behind.
  for (std::size_t i = 0; i + 1 < args.size(); ++i) {
    const fs::path out = args[i + 1];
    if (args[i] == "--out" && out.parent_path() == fs::temp_directory_path() &&
        out.filename().string().starts_with("gcsj-cli-"))
      fs::remove_all(out);
  }
  return outcome;
}

}  // namespace

TEST_SUITE("cli") {
  TEST_CASE("each case's output and exit status match the expected files") {
    const fs::path cases = fs::path(GCSJ_SOURCE_DIR) / "tests" / "cli" / "cases";
    std::vector<fs::path> dirs;
    for (const auto& entry : fs::directory_iterator(cases)) dirs.push_back(entry.path());
    std::sort(dirs.begin(), dirs.end());
    REQUIRE(dirs.size() >= 10);
    const bool update = std::getenv("GCSJ_UPDATE_GOLDEN") != nullptr;
    for (const auto& dir : dirs) {
      SUBCASE(dir.filename().string().c_str()) {
        const Outcome outcome = run_case(dir);
        if (update) {
          write(dir / "stdout", outcome.out);
          write(dir / "status", std::to_string(outcome.status) + "\n");
          if (outcome.err.empty())
            fs::remove(dir / "stderr");
          else
            write(dir / "stderr", outcome.err);
          continue;
        }
        CHECK(outcome.out == read(dir / "stdout"));
        CHECK(outcome.err == (fs::exists(dir / "stderr") ? read(dir / "stderr") : std::string()));
        CHECK(std::to_string(outcome.status) + "\n" == read(dir / "status"));
      }
    }
  }

  TEST_CASE("`gcsj rules` lists every rule of the catalogue once, in its order") {
    const fs::path dir = fs::temp_directory_path() / "gcsj-cli-rules";
    fs::create_directories(dir);
    write(dir / "args", "rules\n");
    const Outcome outcome = run_case(dir);
    fs::remove_all(dir);
    CHECK(outcome.status == 0);
    std::istringstream lines(outcome.out);
    std::vector<std::string> ids;
    for (std::string line; std::getline(lines, line);)
      ids.push_back(line.substr(0, line.find(' ')));
    std::vector<std::string> expected;
    for (const auto* rule : gcsj::check::catalogue()) expected.emplace_back(rule->id);
    CHECK(ids == expected);
  }

  TEST_CASE("an unknown format of validate is a usage error naming every format of the table") {
    const fs::path dir = fs::temp_directory_path() / "gcsj-cli-bad-format";
    fs::create_directories(dir);
    write(dir / "args", "validate\n--format\nxml\nexamples/registry\n");
    const Outcome outcome = run_case(dir);
    fs::remove_all(dir);
    CHECK(outcome.status == 2);
    CHECK(outcome.out.empty());
    for (const auto& format : gcsj::render::output_formats())
      CHECK(outcome.err.find(std::string(format.name)) != std::string::npos);
  }

  TEST_CASE("-o writes the same report to a file, atomically, and nothing to standard output") {
    const fs::path dir = fs::temp_directory_path() / "gcsj-cli-output";
    fs::create_directories(dir / "case");
    fs::create_directories(dir / "plain");
    write(dir / "plain" / "args",
          "validate\n--as-of\n2026-11-29\n-f\njson\nexamples/applications\n");
    const std::string report = (dir / "report.json").string();
    write(dir / "case" / "args",
          "validate\n--as-of\n2026-11-29\n-f\njson\n-o\n" + report + "\nexamples/applications\n");
    const Outcome plain = run_case(dir / "plain");
    const Outcome written = run_case(dir / "case");
    CHECK(written.out.empty());
    CHECK(written.status == plain.status);
    CHECK(read(report) == plain.out);
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir)) ++entries;
    CHECK(entries == 3);  // case, plain, report.json: no temporary file left behind
    fs::remove_all(dir);
  }

  TEST_CASE("init writes a registry that validates clean, and refuses to overwrite it") {
    const fs::path dir = fs::temp_directory_path() / "gcsj-cli-init";
    fs::remove_all(dir);
    fs::create_directories(dir / "init");
    write(dir / "init" / "args", "init\n" + (dir / "registry").string() + "\n");
    CHECK(run_case(dir / "init").status == 0);
    CHECK(fs::exists(dir / "registry" / "partners" / "example-institute.yaml"));
    CHECK(fs::exists(dir / "registry" / "schemas" / "partner.schema.json"));
    fs::create_directories(dir / "validate");
    write(dir / "validate" / "args", "validate\n-f\njson\n" + (dir / "registry").string() + "\n");
    const Outcome validated = run_case(dir / "validate");
    CHECK(validated.status == 0);
    CHECK(validated.out.find("\"findings\": []") != std::string::npos);
    const Outcome again = run_case(dir / "init");
    CHECK(again.status == 2);
    CHECK(again.err.find("use --force") != std::string::npos);
    fs::remove_all(dir);
  }
}
