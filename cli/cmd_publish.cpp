// gcsj publish [PATH] --out DIR: the Coalition's public portal as a static site (¶18, ¶28)
// (app/publish.hpp).

#include "app/publish.hpp"
#include "commands.hpp"
#include "input_options.hpp"
#include "language_option.hpp"
#include "progress.hpp"
#include "util/utf8.hpp"

namespace gcsj::cli {
namespace {

struct PublishArgs {
  app::PublishRequest request;
  bool quiet = false;  // print nothing on success
  ProgressChoice progress;
};

int run_publish(PublishArgs args) {
  const bool quiet = args.quiet;
  // The site's languages are --lang here: the meter speaks the site's when it has one, else the
  // locale's, as the summary does (app::Published::language).
  const std::string meter_language =
      args.request.languages.size() == 1 ? args.request.languages.front() : "";
  const auto published = with_progress(args.progress, meter_language,
                                       [&](util::Progress* progress, const app::Warn& warn) {
                                         args.request.input.progress = progress;
                                         return app::publish(args.request, warn);
                                       });
  if (!published) return fail(published.error());
  if (quiet) return finish(app::Printed{});
  const i18n::Translator& tr = *published->language;
  if (!published->left_aside) return finish(sentence(published->summary, tr));
  return finish(
      sentence(*published->left_aside, tr, util::printable(published->summary.in(tr)) + "\n"));
}

}  // namespace

void setup_publish(CLI::App& app, int& exit_status) {
  auto args = std::make_shared<PublishArgs>();
  app::PublishRequest& request = args->request;
  CLI::App* publish = app.add_subcommand(
      "publish", "Build the public portal: admitted partners, actions, the Group, as static HTML");
  publish->add_option("path", request.path, "Registry directory or files (default: .)");
  add_input_options(*publish, request.input);
  publish->footer(
      "Exit status: 0 the site was written, 1 the registry has errors in what is published (not "
      "only in pending or declined applications; the site is not written unless "
      "--allow-errors), 2 usage error (a bad date or path, an --out that is not a site "
      "gcsj published, a write that failed), 3 internal error.");
  publish->add_option("--out", request.out, "The directory to write the site to (replaced whole)")
      ->required();
  publish->add_option("--as-of", request.as_of, "The date published, YYYY-MM-DD (default: today)");
  publish
      ->add_option("--news-days", request.news_days,
                   "What's new and its Atom feed tell the changes of the N days up to --as-of")
      ->type_name("N")
      ->check(CLI::Range(1L, kMaxDays))
      ->capture_default_str();
  publish
      ->add_option("--lang", request.languages,
                   "The languages of the site, one tree each (LANG/): a comma-separated list of " +
                       language_codes() + " (default: all)")
      ->delimiter(',')
      ->type_name("LANG,...")
      ->check(non_empty("language name"));
  publish->add_option("-j,--jobs", request.jobs, "Threads that make pages (default: one per core)")
      ->type_name("N");
  publish->add_flag("--allow-errors", request.allow_errors,
                    "Publish even when the registry has errors in what is published");
  publish->add_flag("-q,--quiet", args->quiet, "Print nothing on success");
  add_progress_options(*publish, args->progress);
  publish->callback([args, &exit_status] { exit_status = run_publish(*args); });
}

}  // namespace gcsj::cli
