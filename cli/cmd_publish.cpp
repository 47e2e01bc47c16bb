// gcsj publish [PATH] --out DIR: the Coalition's public portal as a static site (¶18, ¶28).

#include <algorithm>
#include <atomic>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <fmt/format.h>

#include "commands.hpp"
#include "figures/figures.hpp"
#include "i18n/language_choice.hpp"
#include "i18n/message.hpp"
#include "input_options.hpp"
#include "language_option.hpp"
#include "output.hpp"
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
  std::vector<std::string> languages;  // empty: every language gcsj speaks
  unsigned jobs = 0;
  InputArgs input;
};

// The trees --lang asks for, as codes, each once, in the order given.
util::Expected<std::vector<std::string>> page_languages(const std::vector<std::string>& asked) {
  std::vector<std::string> codes;
  for (const std::string& name : asked) {
    const auto tr = i18n::language_named(name);
    if (!tr) return util::Error{"--lang: " + tr.error().message};
    const std::string code((*tr)->code());
    if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
  }
  if (codes.empty())
    for (const std::string_view code : i18n::Translator::languages()) codes.emplace_back(code);
  return codes;
}

// The pages are large strings made and written one after another (the directory of 10,000
// partners is 2.6 MB in each language). glibc's malloc raises its mmap threshold to the size of
// the first such block freed, so later ones come from the heap and stay resident once written;
// a fixed threshold gives each back to the system as soon as its file is written. Measured at
// 10,000 partners: 63.5 -> 59.6 MiB peak (bench/README.md).
void return_written_pages_to_the_system() {
#if defined(__GLIBC__)
  mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
}

int run_publish(const PublishArgs& args) {
  return_written_pages_to_the_system();
  const auto as_of = parse_date_option("--as-of", args.as_of);
  if (!as_of) {
    print_error(as_of.error());
    return kExitUsage;
  }
  const auto languages = page_languages(args.languages);
  if (!languages) {
    print_error(languages.error());
    return kExitUsage;
  }
  const auto result = load_for_view(args.path, *as_of, args.input);
  if (!result) {
    print_error(result.error());
    return kExitUsage;
  }
  if (result->summary.errors > 0) {
    if (!args.allow_errors) {
      print_error(util::Error{fmt::format(
          "the registry has {} error{}; `gcsj validate {}` lists them. Fix them, or publish "
          "anyway with --allow-errors",
          result->summary.errors, result->summary.errors == 1 ? "" : "s", args.path)});
      return kExitFindings;
    }
    warn_about_errors(*result, args.path);
  }
  const auto& reference = refdata::ReferenceData::bundled();
  const figures::Figures figures = figures::compute_figures(
      result->registry, {*as_of, std::nullopt, figures::kDefaultRenewalDays}, reference);
  // A link inside the registry or its work tree (untrusted input) is never published through.
  if (const auto safe = util::refuse_links_inside(args.out, untrusted_directories({args.path}));
      !safe) {
    print_error(safe.error());
    return kExitUsage;
  }
  // Each page is written as soon as it is made: the site is never held whole.
  std::atomic<std::size_t> files{0};
  const publish::SiteOptions options{args.news_days, *languages, args.jobs};
  const auto written = publish::write_site(
      [&](const publish::FileSink& sink) {
        publish::make_site(result->registry, figures, reference, options,
                           [&](publish::SiteFile&& file) {
                             ++files;
                             sink(std::move(file));
                           });
      },
      args.out);
  if (!written) {
    print_error(written.error());
    return kExitUsage;
  }
  if (!args.quiet) {
    std::string codes;
    for (const std::string& code : *languages) codes += (codes.empty() ? "" : ", ") + code;
    fmt::print("{}\n",
               util::printable(
                   i18n::msg_n("Published {count} partner as of {date} to {out} in {languages} "
                               "({files} files)",
                               "Published {count} partners as of {date} to {out} in "
                               "{languages} ({files} files)",
                               figures.partners.size(), i18n::arg("date", as_of->iso()),
                               i18n::arg("out", args.out), i18n::arg("languages", codes),
                               i18n::arg("files", files.load()))
                       .english()));
  }
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
  publish
      ->add_option("--lang", args->languages,
                   "The languages of the site, one tree each (LANG/): a comma-separated list of " +
                       language_codes() + " (default: all)")
      ->delimiter(',')
      ->type_name("LANG,...")
      ->check(non_empty("language name"));
  publish->add_option("-j,--jobs", args->jobs, "Threads that make pages (default: one per core)")
      ->type_name("N");
  publish->add_flag("--allow-errors", args->allow_errors,
                    "Publish even when the registry has errors");
  publish->add_flag("-q,--quiet", args->quiet, "Print nothing on success");
  publish->callback([args, &exit_status] { exit_status = run_publish(*args); });
}

}  // namespace gcsj::cli
