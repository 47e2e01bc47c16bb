#pragma once
// How a command of lib/app/ fails: an Error with a code (what kind of failure, which the front end
// maps to its exit status or its protocol's error once: cli/outcome.cpp) and a message that can be
// written in the reader's language: lib/app's own sentences are i18n::msg() entries of po/, only a
// util::Error passed through from below (English, like its options) is carried verbatim.
// Bad registry content is never an Error: it is a finding, or a warning of a view.

#include <string>
#include <utility>
#include <vector>

#include "i18n/message.hpp"
#include "util/expected.hpp"

namespace gcsj::app {

enum class Code {
  usage,            // the request itself is wrong: an option's value, a combination, a name
  input,            // what the request names cannot be read: a path, a configuration, a revision
  output,           // what the command writes cannot be written
  registry_errors,  // the registry has errors and the command refuses to go on (publish)
};

struct Error {
  Code code = Code::usage;
  i18n::Message message;  // one line per problem, without the "gcsj: error: " prefix
};

template <class T>
using Expected = util::Expected<T, Error>;

// An Error of `code` with lib/app's own sentence, an i18n::msg() entry.
inline Error error(Code code, i18n::Message message) {
  return {code, std::move(message)};
}
inline Error usage(i18n::Message message) {
  return error(Code::usage, std::move(message));
}
inline Error input(i18n::Message message) {
  return error(Code::input, std::move(message));
}
inline Error output(i18n::Message message) {
  return error(Code::output, std::move(message));
}

// The English error of a library below (util::Error) passed through as an Error of `code`: its
// text is the same in every language.
inline Error error(Code code, util::Error english) {
  return {code, i18n::Message::verbatim(std::move(english.message))};
}
inline Error usage(util::Error english) {
  return error(Code::usage, std::move(english));
}
inline Error input(util::Error english) {
  return error(Code::input, std::move(english));
}
inline Error output(util::Error english) {
  return error(Code::output, std::move(english));
}

// Two messages as two lines of one Error (one line per problem), each in the reader's language.
inline i18n::Message lines(i18n::Message first, i18n::Message next) {
  // TRANSLATORS: two error messages, one on each line; keep the line break.
  return i18n::msg("{first}\n{next}", i18n::arg("first", std::move(first)),
                   i18n::arg("next", std::move(next)));
}

// What a command that ran concluded: nothing to fail, or a failing result (a failing finding of
// `validate`, an over-filled seat of `group seats`).
enum class Outcome { clean, failing };

// The whole output of a printing command, rendered by a row of its view's table of formats, and
// the paths it read (whose links an output file never goes through: app/output_file.hpp).
struct Printed {
  std::string text;
  Outcome outcome = Outcome::clean;
  std::vector<std::string> read;
};

}  // namespace gcsj::app
