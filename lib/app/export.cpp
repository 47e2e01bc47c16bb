#include "app/export.hpp"

#include <algorithm>
#include <filesystem>
#include <set>
#include <string_view>
#include <system_error>
#include <vector>

#include <fmt/format.h>

#include "app/output_file.hpp"
#include "app/registry_view.hpp"
#include "model/enum_names.hpp"
#include "render/list/application_list.hpp"
#include "sheet/columns.hpp"
#include "sheet/csv.hpp"
#include "sheet/rows.hpp"
#include "sheet/xlsx_writer.hpp"
#include "util/file_io.hpp"

namespace gcsj::app {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kTables[] = {"partners",     "actions",  "group",
                                        "applications", "contacts", "all"};

std::string listed(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) out += (out.empty() ? "" : ", ") + name;
  return out;
}

template <class E>
Expected<std::optional<E>> filter_value(std::string_view option, const std::string& name) {
  if (name.empty()) return std::optional<E>();
  if (const auto value = model::parse_enum<E>(name)) return std::optional<E>(value);
  const auto names = model::names_of<E>();
  return usage(
      {fmt::format("{} {}: not one of {}", option, name, listed({names.begin(), names.end()}))});
}

// The filters of the request, or a usage Error naming the values there are.
Expected<sheet::PartnerSelection> selection_of(const ExportRequest& request) {
  sheet::PartnerSelection selection;
  const auto category = filter_value<model::Category>("--category", request.category);
  if (!category) return category.error();
  selection.category = *category;
  const auto status = filter_value<model::Status>("--status", request.status);
  if (!status) return status.error();
  selection.status = *status;
  if (!request.region.empty()) {
    const auto regions = sheet::ilo_regions();
    if (std::find(regions.begin(), regions.end(), request.region) == regions.end())
      return usage({fmt::format("--region {}: not one of {}", request.region, listed(regions))});
    selection.ilo_region = request.region;
  }
  if (!request.country.empty()) {
    const bool code = request.country.size() == 2 &&
                      std::all_of(request.country.begin(), request.country.end(),
                                  [](unsigned char c) { return std::isalpha(c) != 0; });
    if (!code)
      return usage({fmt::format("--country {}: not an ISO 3166-1 alpha-2 code (such as KE)",
                                request.country)});
    selection.country = request.country;
  }
  return selection;
}

std::string iso(const std::optional<model::Date>& date) {
  return date ? date->iso() : "";
}
std::string number(const std::optional<long>& value) {
  return value ? std::to_string(*value) : "";
}

// The applications `gcsj list applications` shows, pending then declined, of the partners
// selected.
sheet::Table applications_table(const check::ValidateResult& loaded, const model::Date& as_of,
                                const std::vector<const model::Partner*>& partners,
                                bool with_private) {
  sheet::Table table{"applications", sheet::application_columns(with_private), {}, with_private};
  std::set<std::string_view> ids;
  for (const model::Partner* p : partners)
    if (p->id) ids.insert(p->id->value);
  for (const model::Status status : {model::Status::applied, model::Status::declined}) {
    render::ApplicationFilter filter;
    filter.status = status;
    for (const render::ApplicationRow& r :
         render::application_rows(loaded.registry, loaded.findings, as_of, filter)) {
      if (!ids.contains(r.id)) continue;
      std::vector<std::string> row{r.id,
                                   r.name,
                                   r.category,
                                   std::string(model::enum_name(r.status)),
                                   iso(r.applied),
                                   iso(r.declared),
                                   iso(r.declined),
                                   number(r.days_waiting),
                                   number(r.days_to_decision),
                                   std::to_string(r.errors),
                                   std::to_string(r.warnings),
                                   std::to_string(r.waived),
                                   iso(r.waiver_expires),
                                   std::string(render::next_step_name(r.next)),
                                   r.file};
      if (with_private) row.push_back(r.decision);
      table.rows.push_back(std::move(row));
    }
  }
  return table;
}

// Checks the combination of table, format, output and --private before the registry is read.
Expected<void> check_request(const ExportRequest& request) {
  if (std::find(std::begin(kTables), std::end(kTables), request.table) == std::end(kTables))
    return usage(
        {fmt::format("--table {}: not one of partners, actions, group, applications, contacts, all",
                     request.table)});
  if (request.format != "csv" && request.format != "xlsx")
    return usage({fmt::format("--format {}: not one of csv, xlsx", request.format)});
  if (request.table == "contacts" && !request.with_private)
    return usage({std::string(
        "--table contacts: the focal points are private; add --private to export them")});
  const bool to_stdout = request.output.empty() || request.output == "-";
  if (request.format == "xlsx" && to_stdout)
    return usage({std::string(
        "-f xlsx writes a workbook, never to standard output: name its file with -o FILE")});
  if (request.format == "csv" && request.table == "all" && to_stdout)
    return usage({std::string(
        "-f csv --table all writes one file per table: name their directory with -o DIR")});
  return {};
}

// A workbook goes where write_xlsx renames it; a link the rule of output files allows is written
// through (the file at the end of its chain is replaced, the link stays).
Expected<void> write_workbook(const std::vector<sheet::Table>& tables, const std::string& path,
                              const std::vector<std::string>& read) {
  if (auto safe = util::refuse_links_inside(path, untrusted_directories(read)); !safe)
    return output(safe.error());
  std::error_code error;
  std::string target = path;
  if (fs::is_symlink(path, error)) {
    const fs::path resolved = fs::canonical(path, error);
    if (error) return output({fmt::format("{}: a link to nothing", path)});
    target = resolved.string();
  }
  if (fs::exists(target, error) && !fs::is_regular_file(target, error))
    return output({fmt::format("{}: not a regular file; a workbook is written to a file", path)});
  if (auto written = sheet::write_xlsx(tables, target); !written) return output(written.error());
  return {};
}

// Each table as DIR/NAME.csv, DIR created when missing.
Expected<void> write_csv_files(const std::vector<sheet::Table>& tables, const std::string& dir,
                               const std::vector<std::string>& read) {
  if (auto safe = util::refuse_links_inside(dir, untrusted_directories(read)); !safe)
    return output(safe.error());
  std::error_code error;
  fs::create_directories(dir, error);
  if (error || !fs::is_directory(dir))
    return output({fmt::format("{}: cannot create the directory: {}", dir,
                               error ? error.message() : "not a directory")});
  for (const sheet::Table& table : tables)
    if (auto written = write_output_file(sheet::write_csv(table),
                                         (fs::path(dir) / (table.name + ".csv")).string(), read);
        !written)
      return written.error();
  return {};
}

}  // namespace

Expected<Printed> export_tables(const ExportRequest& request, const Warn& warn) {
  if (auto checked = check_request(request); !checked) return checked.error();
  const auto selection = selection_of(request);
  if (!selection) return selection.error();
  const auto as_of = date_option("--as-of", request.as_of);
  if (!as_of) return as_of.error();
  const auto view = open_view(request.path, *as_of, request.lang, request.input);
  if (!view) return view.error();
  const i18n::Translator& tr = *view->tr;
  const check::ValidateResult& loaded = view->loaded;
  warn_about_errors(loaded, request.path, tr, warn);

  const auto partners = sheet::select_partners(loaded.registry, *selection);
  const bool all = request.table == "all";
  const bool with_private = request.with_private;
  sheet::Unreadable unreadable;
  std::vector<sheet::Table> tables;
  if (all || request.table == "partners")
    tables.push_back(sheet::partners_table(partners, with_private, unreadable));
  if (all || request.table == "actions")
    tables.push_back(sheet::actions_table(partners, unreadable));
  if (all || request.table == "group")
    tables.push_back(sheet::group_table(loaded.registry, *as_of,
                                        selection->any() ? &partners : nullptr, unreadable));
  if (all || request.table == "applications")
    tables.push_back(applications_table(loaded, *as_of, partners, with_private));
  if ((all && with_private) || request.table == "contacts")
    tables.push_back(sheet::contacts_table(partners, unreadable));
  if (unreadable.values > 0 && warn)
    warn(i18n::msg_n("warning: {count} value could not be read and is left empty; "
                     "`gcsj validate {path}` says why",
                     "warning: {count} values could not be read and are left empty; "
                     "`gcsj validate {path}` says why",
                     static_cast<unsigned long>(unreadable.values), i18n::arg("path", request.path))
             .in(tr));

  const std::vector<std::string> read{request.path};
  if (request.format == "xlsx") {
    if (auto written = write_workbook(tables, request.output, read); !written)
      return written.error();
    return Printed{"", Outcome::clean, read};
  }
  if (all) {
    if (auto written = write_csv_files(tables, request.output, read); !written)
      return written.error();
    return Printed{"", Outcome::clean, read};
  }
  std::string text = sheet::write_csv(tables.front());
  if (request.output.empty() || request.output == "-") return Printed{text, Outcome::clean, read};
  if (auto written = write_output_file(text, request.output, read); !written)
    return written.error();
  return Printed{"", Outcome::clean, read};
}

}  // namespace gcsj::app
