#pragma once
// What the CLI needs to know about its terminal: whether to colour, how to read stdin.

#include <unistd.h>

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

}  // namespace gcsj::cli
