#include "sheet/columns.hpp"

namespace gcsj::sheet {

namespace {

constexpr Column text(std::string_view name) {
  return {name, CellKind::text, false};
}
constexpr Column date(std::string_view name) {
  return {name, CellKind::date, false};
}
constexpr Column boolean(std::string_view name) {
  return {name, CellKind::boolean, false};
}
constexpr Column derived(std::string_view name, CellKind kind = CellKind::text) {
  return {name, kind, true};
}

}  // namespace

std::vector<Column> partner_columns(bool with_private) {
  std::vector<Column> columns{
      text("id"),
      text("name"),
      text("name_fr"),
      text("name_es"),
      text("category"),
      text("status"),
      date("applied"),
      date("admitted"),
      date("withdrawn"),
      date("declined"),
      date("published"),
      text("country"),
      derived("country_name"),
      derived("ilo_region"),
      text("scope"),
      boolean("representative"),
      boolean("sectoral"),
      text("type"),
      text("channel"),
      boolean("international"),
      boolean("accreditation.ilo_special_list"),
      text("accreditation.ilc"),
      text("accreditation.ecosoc"),
      text("accreditation.evidence"),
      text("ilo_partnership"),
      date("adherence.declared"),
      boolean("adherence.advocate"),
      boolean("adherence.uphold"),
      boolean("adherence.contribute"),
      text("adherence.levels"),
      text("adherence.evidence"),
      text("support"),
      text("champions"),
      text("website"),
  };
  // `contact`, like `decision`, is never published (spec section 2): private only.
  if (with_private) columns.push_back(text("contact"));
  columns.push_back(derived("actions_count", CellKind::number));
  if (with_private) columns.push_back(text("decision"));
  return columns;
}

std::vector<Column> action_columns() {
  return {
      text("partner"),     text("title"),     text("title_fr"),
      text("title_es"),    text("domains"),   text("priorities"),
      text("sdgs"),        text("countries"), text("with"),
      text("with_others"), text("status"),    derived("last_progress", CellKind::date),
      text("progress"),
  };
}

std::vector<Column> contact_columns() {
  return {text("partner"), text("name"),  text("role"),
          text("email"),   text("phone"), text("language")};
}

std::vector<Column> group_columns() {
  return {
      text("member"), text("partner"),      text("seat"),         text("region"),
      text("role"),   text("level"),        text("gender"),       date("start"),
      date("end"),    text("nominated_by"), derived("renewable"),
  };
}

std::vector<Column> forum_columns() {
  return {
      date("date"),   date("end"),   text("title"),     text("place"),
      text("format"), text("hosts"), text("alongside"), derived("initiatives", CellKind::number),
  };
}

std::vector<Column> application_columns(bool with_private) {
  std::vector<Column> columns{
      text("id"),
      text("name"),
      text("category"),
      text("status"),
      date("applied"),
      date("adherence.declared"),
      date("declined"),
      derived("days_waiting", CellKind::number),
      derived("days_to_decision", CellKind::number),
      derived("errors", CellKind::number),
      derived("warnings", CellKind::number),
      derived("waived", CellKind::number),
      derived("waiver_expires", CellKind::date),
      derived("next"),
      derived("file"),
  };
  if (with_private) columns.push_back(text("decision"));
  return columns;
}

}  // namespace gcsj::sheet
