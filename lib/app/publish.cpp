#include "app/publish.hpp"

#include <algorithm>
#include <atomic>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "app/output_file.hpp"
#include "app/registry_view.hpp"
#include "figures/figures.hpp"
#include "i18n/language_choice.hpp"
#include "refdata/reference_data.hpp"
#include "util/file_io.hpp"

namespace gcsj::app {
namespace {

// The trees --lang asks for, as codes, each once, in the order given.
Expected<std::vector<std::string>> page_languages(const std::vector<std::string>& asked) {
  std::vector<std::string> codes;
  for (const std::string& name : asked) {
    const auto tr = i18n::language_named(name);
    if (!tr) return usage(i18n::msg("--lang: {problem}", i18n::arg("problem", tr.error().message)));
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

}  // namespace

Expected<Published> publish(const PublishRequest& request, const Warn& warn) {
  return_written_pages_to_the_system();
  const auto as_of = date_option("--as-of", request.as_of);
  if (!as_of) return as_of.error();
  const auto languages = page_languages(request.languages);
  if (!languages) return languages.error();
  const auto result = load_for_view(request.path, *as_of, request.input);
  if (!result) return result.error();
  if (result->summary.errors > 0) {
    if (!request.allow_errors)
      return error(Code::registry_errors,
                   i18n::msg_n("the registry has {count} error; `gcsj validate {path}` lists "
                               "them. Fix them, or publish anyway with --allow-errors",
                               "the registry has {count} errors; `gcsj validate {path}` lists "
                               "them. Fix them, or publish anyway with --allow-errors",
                               static_cast<unsigned long>(result->summary.errors),
                               i18n::arg("path", request.path)));
    warn_about_errors(*result, request.path, i18n::Translator::english(), warn);
  }
  const auto& reference = refdata::ReferenceData::bundled();
  const figures::Figures figures = figures::compute_figures(
      result->registry, {*as_of, std::nullopt, figures::kDefaultRenewalDays}, reference);
  // A link inside the registry or its work tree (untrusted input) is never published through.
  if (const auto safe =
          util::refuse_links_inside(request.out, untrusted_directories({request.path}));
      !safe)
    return output(safe.error());
  // Each page is written as soon as it is made: the site is never held whole.
  std::atomic<std::size_t> files{0};
  const publish::SiteOptions options{request.news_days, *languages, request.jobs};
  const auto written = publish::write_site(
      [&](const publish::FileSink& sink) {
        publish::make_site(result->registry, figures, reference, options,
                           [&](publish::SiteFile&& file) {
                             ++files;
                             sink(std::move(file));
                           });
      },
      request.out);
  if (!written) return output(written.error());
  std::string codes;
  for (const std::string& code : *languages) codes += (codes.empty() ? "" : ", ") + code;
  return Published{i18n::msg_n(
      "Published {count} partner as of {date} to {out} in {languages} ({files} files)",
      "Published {count} partners as of {date} to {out} in {languages} ({files} files)",
      figures.partners.size(), i18n::arg("date", as_of->iso()), i18n::arg("out", request.out),
      i18n::arg("languages", codes), i18n::arg("files", files.load()))};
}

}  // namespace gcsj::app
