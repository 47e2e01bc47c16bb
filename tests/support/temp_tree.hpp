#pragma once
// A scratch directory for tests that touch the file system, removed at the end of the test.

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace gcsj::testing {

struct TempTree {
  std::filesystem::path root;
  TempTree() {
    root = std::filesystem::temp_directory_path() /
           ("gcsj-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++));
    std::filesystem::create_directories(root);
  }
  ~TempTree() {
    std::error_code ignored;
    std::filesystem::remove_all(root, ignored);
  }
  TempTree(const TempTree&) = delete;
  TempTree& operator=(const TempTree&) = delete;
  static int& counter() {
    static int n = 0;
    return n;
  }
  void write(const std::string& relative, const std::string& text) const {
    std::filesystem::create_directories((root / relative).parent_path());
    std::ofstream(root / relative, std::ios::binary) << text;
  }
  std::string path(const std::string& relative = {}) const { return (root / relative).string(); }
};

}  // namespace gcsj::testing
