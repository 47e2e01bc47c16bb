#pragma once
// The subcommands of gcsj: each declares its options on a CLI11 subcommand and runs it.

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <string>

#include "model/date.hpp"

namespace gcsj::cli {

// Exit statuses (spec section 4).
inline constexpr int kExitClean = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitInternal = 3;

// Declares `validate` on `app`; when it is chosen, the callback stores its exit status.
void setup_validate(CLI::App& app, int& exit_status);
void setup_rules(CLI::App& app, int& exit_status);
void setup_explain(CLI::App& app, int& exit_status);
void setup_group(CLI::App& app, int& exit_status);
void setup_schema(CLI::App& app, int& exit_status);
void setup_init(CLI::App& app, int& exit_status);
void setup_list(CLI::App& app, int& exit_status);
void setup_report(CLI::App& app, int& exit_status);
void setup_publish(CLI::App& app, int& exit_status);

// Reads --as-of into `date` (empty: today, UTC); reports a bad date and returns false.
inline bool parse_as_of(const std::string& text, model::Date& date) {
  if (text.empty()) {
    date = model::Date::today_utc();
    return true;
  }
  const auto parsed = model::Date::parse(text);
  if (!parsed) {
    fmt::print(stderr, "gcsj: error: --as-of {}: not a calendar date written YYYY-MM-DD\n", text);
    return false;
  }
  date = *parsed;
  return true;
}

}  // namespace gcsj::cli
