#include "app/list.hpp"

#include <fmt/format.h>

#include "app/format_choice.hpp"
#include "app/registry_view.hpp"
#include "model/enum_names.hpp"
#include "render/view_formats.hpp"

namespace gcsj::app {
namespace {

// The value of `--category` or `--status`, or a usage Error naming the values there are (the
// command line offers only those; another front end may send anything).
template <class E>
Expected<std::optional<E>> filter_value(std::string_view option, const std::string& name) {
  if (name.empty()) return std::optional<E>();
  if (const auto value = model::parse_enum<E>(name)) return std::optional<E>(value);
  std::string names;
  for (const std::string_view known : model::names_of<E>())
    names += (names.empty() ? "" : ", ") + std::string(known);
  return usage({fmt::format("{} {}: not one of {}", option, name, names)});
}

}  // namespace

Expected<Printed> list_partners(const ListRequest& request, const Warn& warn) {
  const auto format = format_named(render::list_formats(), request.format, "list partners");
  if (!format) return format.error();
  const auto category = filter_value<model::Category>("--category", request.category);
  if (!category) return category.error();
  const auto status = filter_value<model::Status>("--status", request.status);
  if (!status) return status.error();
  const auto as_of = date_option("--as-of", request.as_of);
  if (!as_of) return as_of.error();
  const auto view = open_view(request.path, *as_of, request.lang, request.input);
  if (!view) return view.error();
  const i18n::Translator& tr = *view->tr;
  const check::ValidateResult& result = view->loaded;
  warn_about_errors(result, request.path, tr, warn);
  render::PartnerFilter filter;
  filter.category = *category;
  filter.status = *status;
  filter.contacts = request.contacts;
  return Printed{
      (*format)->render({result.registry, *as_of, filter, tr}, {}), Outcome::clean, {request.path}};
}

Expected<Printed> list_forum(const ForumListRequest& request, const Warn& warn) {
  const auto format = format_named(render::forum_list_formats(), request.format, "list forum");
  if (!format) return format.error();
  // The date only judges the registry (its errors are warned about); the list is the same on any.
  const auto as_of = date_option("--as-of", request.as_of);
  if (!as_of) return as_of.error();
  const auto view = open_view(request.path, *as_of, request.lang, request.input);
  if (!view) return view.error();
  const i18n::Translator& tr = *view->tr;
  const check::ValidateResult& result = view->loaded;
  warn_about_errors(result, request.path, tr, warn);
  return Printed{(*format)->render({result.registry, tr}, {}), Outcome::clean, {request.path}};
}

Expected<Printed> list_applications(const ApplicationsRequest& request, const Warn& warn) {
  const auto format =
      format_named(render::application_list_formats(), request.format, "list applications");
  if (!format) return format.error();
  const auto status = filter_value<model::Status>("--status", request.status);
  if (!status) return status.error();
  if (*status != model::Status::applied && *status != model::Status::declined)
    return usage({fmt::format("--status {}: not one of applied, declined", request.status)});
  const auto as_of = date_option("--as-of", request.as_of);
  if (!as_of) return as_of.error();
  render::ApplicationFilter filter;
  filter.status = **status;
  if (!request.since.empty()) {
    const auto since = date_option("--since", request.since);
    if (!since) return since.error();
    filter.since = *since;
  }
  const auto view = open_view(request.path, *as_of, request.lang, request.input);
  if (!view) return view.error();
  const i18n::Translator& tr = *view->tr;
  const check::ValidateResult& result = view->loaded;
  warn_about_errors(result, request.path, tr, warn);
  const auto rows = render::application_rows(result.registry, result.findings, *as_of, filter);
  return Printed{(*format)->render({rows, *as_of, filter, tr}, {}), Outcome::clean, {request.path}};
}

}  // namespace gcsj::app
