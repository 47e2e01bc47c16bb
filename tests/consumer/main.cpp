// Validates a registry through the gcsj library and prints what it found.
#include <cstdio>

#include "check/validate.hpp"
#include "version.hpp"

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  gcsj::check::ValidateOptions options;
  options.as_of = gcsj::model::Date{2026, 11, 29};
  options.input.paths = {argv[1]};
  const auto result = gcsj::check::validate(options);
  if (!result) {
    std::fprintf(stderr, "%s\n", result.error().message.c_str());
    return 1;
  }
  std::printf("gcsj %s: %d partners, %d errors\n", gcsj::kVersion, result->summary.partners,
              result->summary.errors);
  return 0;
}
