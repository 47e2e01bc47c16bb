#pragma once
// The subcommands of gcsj: each declares its options on a CLI11 subcommand and runs it.

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "model/date.hpp"
#include "util/expected.hpp"
#include "util/utf8.hpp"

namespace gcsj::cli {

// Exit statuses (spec section 4).
inline constexpr int kExitClean = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitInternal = 3;

// The longest period an option of days takes (a century): a plain range in its error message.
inline constexpr long kMaxDays = 36'500;

// Declares `validate` on `app`; when it is chosen, the callback stores its exit status.
void setup_validate(CLI::App& app, int& exit_status);
void setup_rules(CLI::App& app, int& exit_status);
void setup_explain(CLI::App& app, int& exit_status);
void setup_group(CLI::App& app, int& exit_status);
void setup_schema(CLI::App& app, int& exit_status);
void setup_init(CLI::App& app, int& exit_status);
void setup_list(CLI::App& app, int& exit_status);
void setup_report(CLI::App& app, int& exit_status);
void setup_changes(CLI::App& app, int& exit_status);
void setup_publish(CLI::App& app, int& exit_status);
// `gcsj help [COMMAND]`, as git and cargo have it.
void setup_help(CLI::App& app, int& exit_status);

// A validator for an option that names a file or a language: an empty value is a usage error
// (`-o ""` would otherwise mean standard output).
inline CLI::Validator non_empty(const std::string& what) {
  return CLI::Validator(
      [what](std::string& value) { return value.empty() ? "an empty " + what : std::string(); }, "",
      "non-empty");
}

// An Error naming a command of `argv` that `app` does not have, with the closest one; nullopt
// when the commands named exist.
std::optional<util::Error> unknown_command(const CLI::App& app, int argc, char** argv);

// The one way a command reports what ends it with exit status 2: each line of the error on
// standard error, after "gcsj: error: ", through the terminal filter (util::printable), since
// errors echo what the user or a file gave (a path, an option's value, a revision): no escape
// sequence reaches the terminal.
inline void print_error(const util::Error& error) {
  std::string_view rest = error.message;
  for (;;) {
    const auto end = rest.find('\n');
    fmt::print(stderr, "gcsj: error: {}\n", util::printable(rest.substr(0, end)));
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
}

// The date of an option such as --as-of (`text` empty: today, UTC).
inline util::Expected<model::Date> parse_date_option(std::string_view option,
                                                     const std::string& text) {
  if (text.empty()) return model::Date::today_utc();
  if (const auto parsed = model::Date::parse(text)) {
    if (model::is_readable(*parsed)) return *parsed;
    return util::Error{fmt::format("{} {}: dates run from {} to {}", option, text,
                                   model::kFirstReadDate.iso(), model::kLastReadDate.iso())};
  }
  return util::Error{fmt::format("{} {}: not a calendar date written YYYY-MM-DD", option, text)};
}

}  // namespace gcsj::cli
