#include "outcome.hpp"

#include <string_view>

#include <fmt/format.h>

#include "output.hpp"
#include "util/utf8.hpp"

namespace gcsj::cli {

int exit_for(app::Code code) {
  switch (code) {
    case app::Code::registry_errors:
      return kExitFindings;
    case app::Code::usage:
    case app::Code::input:
    case app::Code::output:
      return kExitUsage;
  }
  return kExitInternal;
}

int exit_for(app::Outcome outcome) {
  return outcome == app::Outcome::failing ? kExitFindings : kExitClean;
}

// Errors are written in English, whatever --lang says: they are part of the command line's
// interface, like its options (po/README.md).
int fail(const app::Error& error) {
  const std::string text = error.message.english();
  std::string_view rest = text;
  for (;;) {
    const auto end = rest.find('\n');
    fmt::print(stderr, "gcsj: error: {}\n", util::printable(rest.substr(0, end)));
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  return exit_for(error.code);
}

int finish(const app::Expected<app::Printed>& printed, const std::string& output) {
  if (!printed) return fail(printed.error());
  if (const auto written = emit(printed->text, output, printed->read); !written)
    return fail(written.error());
  return exit_for(printed->outcome);
}

app::Printed sentence(const i18n::Message& message, const i18n::Translator& tr,
                      const std::string& before) {
  return {before + util::printable(message.in(tr)) + "\n", app::Outcome::clean, {}};
}

const app::Warn& warn_on_stderr() {
  static const app::Warn warn = [](const std::string& text) {
    fmt::print(stderr, "gcsj: {}\n", util::printable(text));
  };
  return warn;
}

}  // namespace gcsj::cli
