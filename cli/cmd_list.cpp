// gcsj list partners [PATH]: the partners of a registry, filtered, for people and scripts
// (app/list.hpp).

#include <span>
#include <string_view>
#include <vector>

#include "app/list.hpp"
#include "commands.hpp"
#include "format_option.hpp"
#include "input_options.hpp"
#include "language_option.hpp"
#include "model/enum_names.hpp"
#include "render/view_formats.hpp"

namespace gcsj::cli {
namespace {

struct ListArgs {
  app::ListRequest request;
  std::string output;
};

std::vector<std::string> names_of_enum(std::span<const std::string_view> names) {
  return {names.begin(), names.end()};
}

}  // namespace

void setup_list(CLI::App& app, int& exit_status) {
  CLI::App* list = app.add_subcommand("list", "List what a registry holds");
  list->require_subcommand(1);
  auto args = std::make_shared<ListArgs>();
  app::ListRequest& request = args->request;
  CLI::App* partners =
      list->add_subcommand("partners", "The partners, sorted by id, with their state on a date");
  partners->add_option("path", request.path, "Registry directory or files (default: .)");
  add_input_options(*partners, request.input);
  partners->add_option("--category", request.category, "Only partners of this category (¶19)")
      ->check(CLI::IsMember(names_of_enum(model::names_of<model::Category>())));
  partners->add_option("--status", request.status, "Only partners with this status")
      ->check(CLI::IsMember(names_of_enum(model::names_of<model::Status>())));
  partners->add_option("--as-of", request.as_of,
                       "The date for the admitted-on column (default: today, UTC)");
  add_format_option(*partners, request.format, render::list_formats());
  partners->add_option("-o,--output", args->output, "Write to FILE instead of standard output")
      ->check(non_empty("file name"));
  add_language_option(*partners, request.lang);
  partners->callback([args, &exit_status] {
    exit_status = finish(app::list_partners(args->request, warn_on_stderr()), args->output);
  });
}

}  // namespace gcsj::cli
