#pragma once
// The one place where what a command of lib/app/ returns becomes what the user sees and the exit
// status (spec section 4): an app::Error is printed, each of its lines after "gcsj: error: ",
// through the terminal filter (util::printable: errors echo what the user or a file gave, so no
// escape sequence reaches the terminal), and its code is mapped to 1 or 2; a printed result is
// written to standard output or the file of -o (output.hpp) and its outcome mapped to 0 or 1.

#include <string>

#include "app/error.hpp"
#include "app/options.hpp"
#include "i18n/message.hpp"

namespace gcsj::cli {

// Exit statuses (spec section 4).
inline constexpr int kExitClean = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitInternal = 3;

int exit_for(app::Code code);
int exit_for(app::Outcome outcome);

// Prints `error` on standard error and returns its exit status.
int fail(const app::Error& error);

// Writes the text of `printed` to `output` (standard output when empty or `-`) and returns the
// exit status of its outcome; or fails with its error, or with the error of the write.
int finish(const app::Expected<app::Printed>& printed, const std::string& output = "");

// A result that is one sentence (publish's summary, init's next step) as the text printed: the
// sentence in the language of `tr` (the command's --lang, or the locale's), through the terminal
// filter, on a line of its own after `before`. Only errors stay English (`fail`).
app::Printed sentence(const i18n::Message& message, const i18n::Translator& tr,
                      const std::string& before = "");

// A command's warnings, each on standard error after "gcsj: ", through the terminal filter.
const app::Warn& warn_on_stderr();

}  // namespace gcsj::cli
