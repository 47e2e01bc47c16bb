#include "app/publish.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "app/output_file.hpp"
#include "app/portal_files.hpp"
#include "app/registry_view.hpp"
#include "config/config.hpp"
#include "config/subjects.hpp"
#include "figures/figures.hpp"
#include "i18n/language_choice.hpp"
#include "model/partner_state.hpp"
#include "refdata/reference_data.hpp"
#include "util/file_io.hpp"
#include "util/progress.hpp"

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

// The language publish speaks to whoever runs it (its summary, its warnings): the site's language
// when it has one, else the locale's, English when the locale names none gcsj speaks.
const i18n::Translator& language_told(const std::vector<std::string>& codes) {
  if (codes.size() == 1)
    if (const i18n::Translator* one = i18n::Translator::of(codes.front())) return *one;
  const auto locale = chosen_language("");
  return locale ? **locale : i18n::Translator::english();
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

// The errors of a registry, told apart by what they touch. An error located in the document of a
// pending (`applied`) or declined application touches nothing the portal shows (it names
// neither), even when it points at a published document for context (the government partner a
// second application for its country would duplicate): it is left aside with the application.
// Any other error (a partner admitted, the Group, a file gcsj could not read, a summary of
// findings not kept, an id an admitted partner shares) touches what is published.
struct ErrorsByReach {
  long published = 0;            // errors that touch what is published
  std::size_t applications = 0;  // the applications whose errors were left aside
};

ErrorsByReach errors_by_reach(const check::ValidateResult& result) {
  // The ids held by applications only (an id that an admitted partner also holds is not one).
  std::unordered_map<std::string_view, bool> application_ids;
  for (const model::Partner& p : result.registry.partners) {
    if (!p.id) continue;
    const bool application =
        p.status && (p.status->value == model::Status::applied || model::is_declined(p));
    const auto [it, fresh] = application_ids.emplace(p.id->value, application);
    if (!fresh) it->second = it->second && application;
  }
  const config::SubjectIndex index(result.registry);
  const auto application_of = [&](const model::Location& where) -> std::string_view {
    const config::Subject subject = index.of(where);
    if (subject.in_group || subject.partner.empty()) return {};
    const auto it = application_ids.find(subject.partner);
    return it != application_ids.end() && it->second ? subject.partner : std::string_view{};
  };
  ErrorsByReach errors;
  std::unordered_set<std::string_view> left_aside;
  for (const findings::Finding& f : result.findings) {
    if (!findings::fails(f, findings::Severity::error)) continue;
    const std::string_view application =
        f.summarises ? std::string_view{} : application_of(f.where);
    if (!application.empty())
      left_aside.insert(application);
    else
      ++errors.published;
  }
  errors.applications = left_aside.size();
  return errors;
}

// The portal settings of the configuration applied (its `portal:` section), their files read
// from the configuration's directory; each file that cannot be published is a finding in
// `problems`. Its values were checked when validate() read it (their findings are the
// registry's); here it is read again for the model, its findings already counted.
model::PortalSettings portal_settings(const check::ValidateResult& result,
                                      std::vector<findings::Finding>& problems) {
  if (!result.config_file) return {};
  for (std::size_t id = 0; id < result.registry.files.size(); ++id) {
    const model::SourceFile& file = result.registry.files[id];
    if (!file.is_config) continue;
    const std::string& path = file.open_path.empty() ? file.path : file.open_path;
    auto text = config::read_config_text(path);
    if (!text) return {};
    findings::FindingList counted;
    const auto portal =
        config::read_portal_config(static_cast<model::FileId>(id), std::move(*text), counted);
    if (!portal) return {};
    std::error_code error;
    const std::filesystem::path absolute = std::filesystem::absolute(path, error);
    findings::FindingList found;
    model::PortalSettings settings =
        resolve_portal(*portal, error ? std::string(".") : absolute.parent_path().string(), found);
    problems = found.take();
    return settings;
  }
  return {};
}

// A portal file's finding as one line: where it is, what is wrong, its rule.
i18n::Message problem_line(const check::ValidateResult& result, const findings::Finding& f) {
  return i18n::msg("{file}:{line}:{column}: {problem} [{rule}]",
                   i18n::arg("file", result.registry.file(f.where.file).path),
                   i18n::arg("line", f.where.line), i18n::arg("column", f.where.column),
                   i18n::arg("problem", f.message), i18n::arg("rule", std::string(f.rule)));
}

// What `gcsj validate` needs to read the registry as publish read it: its path and the options
// that choose the configuration (whose `portal:` errors count), so the command it suggests lists
// the errors it stopped on.
std::string validate_arguments(const PublishRequest& request) {
  std::string arguments = request.path;
  if (request.input.no_config)
    arguments += " --no-config";
  else if (!request.input.config.empty())
    arguments += " --config " + request.input.config;
  for (const std::string& glob : request.input.exclude) arguments += " --exclude " + glob;
  return arguments;
}

}  // namespace

Expected<Published> publish(const PublishRequest& request, const Warn& warn) {
  return_written_pages_to_the_system();
  const auto as_of = date_option("--as-of", request.as_of);
  if (!as_of) return as_of.error();
  const auto languages = page_languages(request.languages);
  if (!languages) return languages.error();
  const i18n::Translator& told = language_told(*languages);
  const auto result = load_for_view(request.path, *as_of, request.input);
  if (!result) return result.error();
  // Only the errors that touch what is published stop it (issue 22): those of a pending or
  // declined application alone are left aside with it, and the summary says how many.
  const ErrorsByReach errors = errors_by_reach(*result);
  if (errors.published > 0) {
    if (!request.allow_errors)
      return error(Code::registry_errors,
                   i18n::msg_n("the registry has {count} error in what is published; `gcsj "
                               "validate {path}` lists it. Fix it, or publish anyway with "
                               "--allow-errors",
                               "the registry has {count} errors in what is published; `gcsj "
                               "validate {path}` lists them. Fix them, or publish anyway with "
                               "--allow-errors",
                               static_cast<unsigned long>(errors.published),
                               i18n::arg("path", validate_arguments(request))));
    warn_about_errors(*result, validate_arguments(request), told, warn);
  }
  // The secretariat's settings: a file they name that cannot be published stops the site as an
  // error of the registry does, and is left out with --allow-errors (with a warning).
  std::vector<findings::Finding> portal_problems;
  model::PortalSettings settings = portal_settings(*result, portal_problems);
  if (!portal_problems.empty()) {
    i18n::Message all = problem_line(*result, portal_problems.front());
    for (std::size_t i = 1; i < portal_problems.size(); ++i)
      all = lines(std::move(all), problem_line(*result, portal_problems[i]));
    if (!request.allow_errors)
      return error(Code::registry_errors,
                   lines(i18n::msg_n("the portal settings name {count} file that cannot be "
                                     "published; fix it, or publish without it with "
                                     "--allow-errors:",
                                     "the portal settings name {count} files that cannot be "
                                     "published; fix them, or publish without them with "
                                     "--allow-errors:",
                                     portal_problems.size()),
                         std::move(all)));
    if (warn)
      for (const findings::Finding& f : portal_problems)
        warn(i18n::msg("warning: {problem}", i18n::arg("problem", problem_line(*result, f)))
                 .in(told));
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
  util::Progress& progress = util::progress_or_none(request.input.progress);
  progress.begin(util::Stage::pages_written);
  const publish::SiteOptions options{request.news_days, *languages, request.jobs,
                                     std::move(settings)};
  const auto written = publish::write_site(
      [&](const publish::FileSink& sink) {
        publish::make_site(result->registry, figures, reference, options,
                           [&](publish::SiteFile&& file) {
                             ++files;
                             sink(std::move(file));
                             progress.advance(util::Stage::pages_written);
                           });
      },
      request.out);
  if (!written) return output(written.error());
  std::string codes;
  for (const std::string& code : *languages) codes += (codes.empty() ? "" : ", ") + code;
  std::optional<i18n::Message> left_aside;
  if (errors.applications > 0)
    left_aside = i18n::msg_n(
        "Left aside {count} application with errors, pending or declined: it is not published; "
        "`gcsj validate {path}` lists its errors",
        "Left aside {count} applications with errors, pending or declined: they are not "
        "published; `gcsj validate {path}` lists their errors",
        errors.applications, i18n::arg("path", request.path));
  return Published{
      i18n::msg_n("Published {count} partner as of {date} to {out} in {languages} ({files} files)",
                  "Published {count} partners as of {date} to {out} in {languages} ({files} files)",
                  figures.partners.size(), i18n::arg("date", as_of->iso()),
                  i18n::arg("out", request.out), i18n::arg("languages", codes),
                  i18n::arg("files", files.load())),
      left_aside, &told};
}

}  // namespace gcsj::app
