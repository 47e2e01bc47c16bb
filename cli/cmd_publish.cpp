// gcsj publish [PATH] --out DIR: the Coalition's public portal as a static site (¶18, ¶28).

#include <fmt/format.h>

#include "commands.hpp"
#include "figures/figures.hpp"
#include "input_options.hpp"
#include "publish/site.hpp"
#include "refdata/reference_data.hpp"
#include "registry_view.hpp"

namespace gcsj::cli {
namespace {

struct PublishArgs {
  std::string path = ".";
  std::string out;
  std::string as_of;
  long news_days = publish::kDefaultNewsDays;
  bool allow_errors = false;
  bool quiet = false;
  InputArgs input;
};

int run_publish(const PublishArgs& args) {
  const auto as_of = parse_date_option("--as-of", args.as_of);
  if (!as_of) {
    print_error(as_of.error());
    return kExitUsage;
  }
  const auto result = load_for_view(args.path, *as_of, args.input);
  if (!result) {
    print_error(result.error());
    return kExitUsage;
  }
  if (result->summary.errors > 0) {
    if (!args.allow_errors) {
      fmt::print(stderr,
                 "gcsj: error: the registry has {} error{}; `gcsj validate {}` lists them. Fix "
                 "them, or publish anyway with --allow-errors\n",
                 result->summary.errors, result->summary.errors == 1 ? "" : "s", args.path);
      return kExitFindings;
    }
    warn_about_errors(*result, args.path);
  }
  const auto& reference = refdata::ReferenceData::bundled();
  const figures::Figures figures = figures::compute_figures(
      result->registry, {*as_of, std::nullopt, figures::kDefaultRenewalDays}, reference);
  const auto files = publish::build_site(result->registry, figures, reference, args.news_days);
  if (const auto written = publish::write_site(files, args.out); !written) {
    print_error(written.error());
    return kExitUsage;
  }
  if (!args.quiet)
    fmt::print("Published {} partner{} as of {} to {} ({} files)\n", figures.partners.size(),
               figures.partners.size() == 1 ? "" : "s", as_of->iso(), args.out, files.size());
  return kExitClean;
}

}  // namespace

void setup_publish(CLI::App& app, int& exit_status) {
  auto args = std::make_shared<PublishArgs>();
  CLI::App* publish = app.add_subcommand(
      "publish", "Build the public portal: admitted partners, actions, the Group, as static HTML");
  publish->add_option("path", args->path, "Registry directory or files (default: .)");
  add_input_options(*publish, args->input);
  publish->footer(
      "Exit status: 0 the site was written, 1 the registry has errors (the site is not written "
      "unless --allow-errors), 2 usage error (a bad date or path, an --out that is not a site "
      "gcsj published, a write that failed), 3 internal error.");
  publish->add_option("--out", args->out, "The directory to write the site to (replaced whole)")
      ->required();
  publish->add_option("--as-of", args->as_of, "The date published, YYYY-MM-DD (default: today)");
  publish
      ->add_option("--news-days", args->news_days,
                   "What's new and its Atom feed tell the changes of the N days up to --as-of")
      ->type_name("N")
      ->check(CLI::Range(1L, kMaxDays))
      ->capture_default_str();
  publish->add_flag("--allow-errors", args->allow_errors,
                    "Publish even when the registry has errors");
  publish->add_flag("-q,--quiet", args->quiet, "Print nothing on success");
  publish->callback([args, &exit_status] { exit_status = run_publish(*args); });
}

}  // namespace gcsj::cli
