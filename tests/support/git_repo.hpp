#pragma once
// A throw-away git repository for the tests of `--base REF`, built with the git program (CI
// installs it): files written into its work tree, committed, and plumbing for the entries a
// checkout cannot make (a symbolic link, a submodule, a tree of many entries).

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "support/temp_tree.hpp"

namespace gcsj::testing {

struct GitRepo : TempTree {
  GitRepo() { git({"init", "-q", "-b", "main"}); }

  // Runs `git ARGS` in the repository with a fixed identity; true when it exited 0.
  bool git(const std::vector<std::string>& args, const std::string& input = {}) const {
    return git_to("/dev/null", args, input);
  }

  bool git_to(const std::string& output, const std::vector<std::string>& args,
              const std::string& input) const {
    std::string command = "cd " + quote(root.string()) +
                          " && GIT_CONFIG_NOSYSTEM=1 HOME=" + quote(root.string()) +
                          " git -c user.name=test -c user.email=test@example.org"
                          " -c commit.gpgsign=false";
    for (const auto& arg : args) command += " " + quote(arg);
    if (!input.empty()) {
      const auto file = root / ".git" / "test-input";
      std::ofstream(file, std::ios::binary) << input;
      command += " < " + quote(file.string());
    }
    command += " >" + quote(output) + " 2>/dev/null";
    return std::system(command.c_str()) == 0;
  }

  // The output of `git ARGS` (the object id `rev-parse` or `hash-object` prints), trimmed.
  std::string output(const std::vector<std::string>& args, const std::string& input = {}) const {
    const auto file = root / ".git" / "test-output";
    git_to(file.string(), args, input);
    std::ifstream in(file);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return text;
  }

  // Stages everything and commits it.
  void commit(const std::string& message = "commit") const {
    git({"add", "-A"});
    git({"commit", "-q", "--allow-empty", "-m", message});
  }

  static std::string quote(const std::string& word) {
    std::string out = "'";
    for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
  }
};

}  // namespace gcsj::testing
