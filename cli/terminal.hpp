#pragma once
// What the CLI needs to know about its terminal: whether to colour, how to read stdin.

#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <iterator>
#include <string>
#include <string_view>

namespace gcsj::cli {

// --color auto|always|never. `auto` colours a terminal unless NO_COLOR is set (no-color.org) or
// TERM is dumb; an explicit `always` overrides NO_COLOR, as that convention asks.
inline bool use_color(std::string_view choice) {
  if (choice == "always") return true;
  if (choice == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  if (term && std::string_view(term) == "dumb") return false;
  return isatty(fileno(stdout)) != 0;
}

// Standard input, read to its end or to `max_bytes` + 1 bytes: the loader refuses a text over
// the file limit, so `gcsj validate - </dev/zero` ends with a finding instead of filling memory.
inline std::string read_stdin(std::size_t max_bytes) {
  std::string text;
  std::array<char, 1 << 16> block;
  while (text.size() <= max_bytes && std::cin.read(block.data(), block.size()).gcount() > 0)
    text.append(block.data(),
                std::min(static_cast<std::size_t>(std::cin.gcount()), max_bytes + 1 - text.size()));
  return text;
}

}  // namespace gcsj::cli
