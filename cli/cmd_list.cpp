// gcsj list partners [PATH]: the partners of a registry, filtered, for people and scripts.

#include <fmt/format.h>

#include "commands.hpp"
#include "input_options.hpp"
#include "language_option.hpp"
#include "model/enum_names.hpp"
#include "output.hpp"
#include "registry_view.hpp"
#include "render/partner_list.hpp"

namespace gcsj::cli {
namespace {

struct ListArgs {
  std::string path = ".";
  std::string as_of;
  std::string category;
  std::string status;
  std::string format = "text";
  std::string output;
  std::string lang;
  InputArgs input;
};

int run_list(const ListArgs& args) {
  const auto as_of = parse_date_option("--as-of", args.as_of);
  if (!as_of) {
    print_error(as_of.error());
    return kExitUsage;
  }
  const auto view = open_view(args.path, *as_of, args.lang, args.input);
  if (!view) {
    print_error(view.error());
    return kExitUsage;
  }
  const i18n::Translator& tr = *view->tr;
  const check::ValidateResult* const result = &view->loaded;
  warn_about_errors(*result, args.path, tr);
  render::PartnerFilter filter;
  if (!args.category.empty()) filter.category = model::parse_enum<model::Category>(args.category);
  if (!args.status.empty()) filter.status = model::parse_enum<model::Status>(args.status);
  const auto format = args.format == "json"  ? render::ListFormat::json
                      : args.format == "csv" ? render::ListFormat::csv
                                             : render::ListFormat::text;
  const auto written =
      emit(render::render_partner_list(result->registry, *as_of, filter, format, tr), args.output,
           {args.path});
  if (!written) {
    print_error(written.error());
    return kExitUsage;
  }
  return kExitClean;
}

std::vector<std::string> names_of_enum(std::span<const std::string_view> names) {
  return {names.begin(), names.end()};
}

}  // namespace

void setup_list(CLI::App& app, int& exit_status) {
  CLI::App* list = app.add_subcommand("list", "List what a registry holds");
  list->require_subcommand(1);
  auto args = std::make_shared<ListArgs>();
  CLI::App* partners =
      list->add_subcommand("partners", "The partners, sorted by id, with their state on a date");
  partners->add_option("path", args->path, "Registry directory or files (default: .)");
  add_input_options(*partners, args->input);
  partners->add_option("--category", args->category, "Only partners of this category (¶19)")
      ->check(CLI::IsMember(names_of_enum(model::names_of<model::Category>())));
  partners->add_option("--status", args->status, "Only partners with this status")
      ->check(CLI::IsMember(names_of_enum(model::names_of<model::Status>())));
  partners->add_option("--as-of", args->as_of,
                       "The date for the admitted-on column (default: today, UTC)");
  partners->add_option("-f,--format", args->format, "Output format")
      ->check(CLI::IsMember({"text", "json", "csv"}))
      ->capture_default_str();
  partners->add_option("-o,--output", args->output, "Write to FILE instead of standard output")
      ->check(non_empty("file name"));
  add_language_option(*partners, args->lang);
  partners->callback([args, &exit_status] { exit_status = run_list(*args); });
}

}  // namespace gcsj::cli
