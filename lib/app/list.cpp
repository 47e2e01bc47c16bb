#include "app/list.hpp"

#include "app/format_choice.hpp"
#include "app/registry_view.hpp"
#include "model/enum_names.hpp"
#include "render/view_formats.hpp"

namespace gcsj::app {

Expected<Printed> list_partners(const ListRequest& request, const Warn& warn) {
  const auto format = format_named(render::list_formats(), request.format, "list partners");
  if (!format) return format.error();
  const auto as_of = date_option("--as-of", request.as_of);
  if (!as_of) return as_of.error();
  const auto view = open_view(request.path, *as_of, request.lang, request.input);
  if (!view) return view.error();
  const i18n::Translator& tr = *view->tr;
  const check::ValidateResult& result = view->loaded;
  warn_about_errors(result, request.path, tr, warn);
  render::PartnerFilter filter;
  if (!request.category.empty())
    filter.category = model::parse_enum<model::Category>(request.category);
  if (!request.status.empty()) filter.status = model::parse_enum<model::Status>(request.status);
  return Printed{
      (*format)->render({result.registry, *as_of, filter, tr}, {}), Outcome::clean, {request.path}};
}

}  // namespace gcsj::app
