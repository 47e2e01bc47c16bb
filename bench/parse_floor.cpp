// The floor of the benchmarks: parse the same files with yaml-cpp's event API and do nothing else.
// Usage: parse_floor FILE|DIR ... (directories are walked for *.yaml files).
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <filesystem>
#include <fstream>
#include <iostream>

namespace {
struct Discard final : YAML::EventHandler {
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

void parse(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  YAML::Parser parser(in);
  Discard discard;
  while (parser.HandleNextDocument(discard)) {
  }
}
}  // namespace

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  for (int i = 1; i < argc; ++i) {
    if (fs::is_directory(argv[i])) {
      for (const auto& entry : fs::recursive_directory_iterator(argv[i]))
        if (entry.path().extension() == ".yaml") parse(entry.path());
    } else {
      parse(argv[i]);
    }
  }
}
