// gcsj help [COMMAND ...]: the help of gcsj or of one of its commands; and the suggestion for a
// command gcsj does not have.

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "app/error.hpp"
#include "commands.hpp"
#include "util/suggest.hpp"

namespace gcsj::cli {
namespace {

std::vector<std::string> command_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    names.push_back(sub->get_name());
  return names;
}

// The error for `word`, which is not a command of `parent` (shown as `path`).
util::Error not_a_command(const CLI::App& parent, const std::string& path,
                          const std::string& word) {
  const auto names = command_names(parent);
  const std::vector<std::string_view> views(names.begin(), names.end());
  const std::string close = util::closest_match(word, views);
  std::string message =
      fmt::format("`{}` is not a {}command", word, path.empty() ? "" : path + " ");
  if (!close.empty()) message += fmt::format("; did you mean `{}`?", close);
  std::string list;
  for (const auto& name : names) list += (list.empty() ? "" : ", ") + name;
  return util::Error{message + " (" + list + ")"};
}

}  // namespace

// The long options of `command` and of the commands above it.
std::vector<std::string> long_options(const CLI::App* command) {
  std::vector<std::string> names;
  for (; command; command = command->get_parent())
    for (const CLI::Option* option : command->get_options())
      for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
  return names;
}

// The error for an option `word` (`--formt`, `--formt=json`) that `command` does not take.
std::optional<util::Error> unknown_option(const CLI::App* command, const std::string& word) {
  if (!word.starts_with("--") || word == "--") return std::nullopt;
  const std::string name = word.substr(0, word.find('='));
  const auto names = long_options(command);
  if (std::find(names.begin(), names.end(), name) != names.end()) return std::nullopt;
  const std::vector<std::string_view> views(names.begin(), names.end());
  const std::string close = util::closest_match(name, views);
  return util::Error{fmt::format("`{}` is not an option of `{}`{}", name, command->get_name(),
                                 close.empty() ? "" : fmt::format("; did you mean `{}`?", close))};
}

std::optional<util::Error> unknown_command(const CLI::App& app, int argc, char** argv) {
  const CLI::App* parent = &app;
  std::string path;
  for (int i = 1; i < argc; ++i) {
    const std::string word = argv[i];
    if (word == "--") return std::nullopt;  // what follows is never an option
    if (word.starts_with("--")) {
      if (auto error = unknown_option(parent, word)) return error;
      continue;
    }
    if (word.empty() || word[0] == '-') continue;  // short options: CLI11's to judge
    if (command_names(*parent).empty()) continue;  // a path, a rule id, an option's value
    const CLI::App* sub = nullptr;
    for (const CLI::App* candidate : parent->get_subcommands([](const CLI::App*) { return true; }))
      if (candidate->get_name() == word) sub = candidate;
    if (!sub) return not_a_command(*parent, path, word);
    path += (path.empty() ? "" : " ") + word;
    parent = sub;
    if (word == "help") return std::nullopt;  // `gcsj help validate` names a command as an argument
  }
  return std::nullopt;
}

void setup_help(CLI::App& app, int& exit_status) {
  auto words = std::make_shared<std::vector<std::string>>();
  CLI::App* cmd = app.add_subcommand("help", "Print the help of gcsj, or of a command");
  cmd->add_option("command", *words, "A command, such as `validate` or `group seats`");
  cmd->callback([&app, words, &exit_status] {
    const CLI::App* shown = &app;
    std::string path;
    for (const std::string& word : *words) {
      const CLI::App* sub = nullptr;
      for (const CLI::App* candidate : shown->get_subcommands([](const CLI::App*) { return true; }))
        if (candidate->get_name() == word) sub = candidate;
      if (!sub) {
        exit_status = fail(app::usage(not_a_command(*shown, path, word)));
        return;
      }
      path += (path.empty() ? "" : " ") + word;
      shown = sub;
    }
    // CLI11 writes "Usage: PREV NAME": PREV is gcsj and the commands above the one shown.
    const std::string above =
        path.find(' ') == std::string::npos ? "" : path.substr(0, path.rfind(' '));
    exit_status = finish(app::Printed{shown->help(path.empty()    ? ""
                                                  : above.empty() ? "gcsj"
                                                                  : "gcsj " + above),
                                      app::Outcome::clean,
                                      {}});
  });
}

}  // namespace gcsj::cli
