#include "app/export.hpp"

#include <algorithm>
#include <deque>
#include <filesystem>
#include <mutex>
#include <set>
#include <string_view>
#include <system_error>
#include <tuple>
#include <vector>

#include <fmt/format.h>

#include "app/options.hpp"
#include "app/output_file.hpp"
#include "app/registry_view.hpp"
#include "check/validate.hpp"
#include "model/enum_names.hpp"
#include "render/list/application_list.hpp"
#include "sheet/columns.hpp"
#include "sheet/csv.hpp"
#include "sheet/rows.hpp"
#include "sheet/xlsx_writer.hpp"
#include "util/file_io.hpp"
#include "util/progress.hpp"

namespace gcsj::app {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kTables[] = {"partners", "actions",  "group", "applications",
                                        "forum",    "contacts", "all"};

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

// The applications `gcsj list applications` shows, pending then declined, of the partners
// selected.
sheet::Table applications_table(const check::ValidateResult& loaded, const model::Date& as_of,
                                const std::set<std::string>& ids, bool with_private) {
  sheet::Table table{"applications", sheet::application_columns(with_private), {}, with_private};
  for (const model::Status status : {model::Status::applied, model::Status::declined}) {
    render::ApplicationFilter filter;
    filter.status = status;
    for (const render::ApplicationRow& r :
         render::application_rows(loaded.registry, loaded.findings, as_of, filter)) {
      if (!ids.contains(r.id)) continue;
      std::vector<std::string> row = render::application_cells(r);
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
        {fmt::format("--table {}: not one of partners, actions, group, applications, forum, "
                     "contacts, all",
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
                              const model::Date& as_of, const std::vector<std::string>& read) {
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
  if (auto written = sheet::write_xlsx(tables, target, as_of); !written)
    return output(written.error());
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

// The rows of one selected partner in each table asked for, made as its document is read so
// the partners need not be kept; sorted afterwards as select_partners sorts them.
struct PartnerRows {
  std::string id;
  std::string name;
  model::Location where;
  std::vector<std::vector<std::string>> partners, actions, contacts;
};

struct Streamed {
  std::mutex mutex;
  std::vector<PartnerRows> rows;
  std::deque<model::Partner> applications;  // the selected partners applied or declined
  sheet::Unreadable unreadable;
};

}  // namespace

Expected<Printed> export_tables(const ExportRequest& request, const Warn& warn) {
  if (auto checked = check_request(request); !checked) return checked.error();
  const auto selection = selection_of(request);
  if (!selection) return selection.error();
  const auto as_of = date_option("--as-of", request.as_of);
  if (!as_of) return as_of.error();
  const auto language = chosen_language(request.lang);
  if (!language) return language.error();
  const i18n::Translator& tr = **language;

  const bool all = request.table == "all";
  const bool with_private = request.with_private;
  const bool want_partners = all || request.table == "partners";
  const bool want_actions = all || request.table == "actions";
  const bool want_group = all || request.table == "group";
  const bool want_applications = all || request.table == "applications";
  const bool want_forum = all || request.table == "forum";
  const bool want_contacts = (all && with_private) || request.table == "contacts";

  // Each selected partner's rows are made as its documents stream in; the partners themselves
  // are not kept (only those the applications table shows), so memory stays near validate's.
  Streamed streamed;
  check::ValidateOptions options;
  options.as_of = *as_of;
  options.input.paths = {request.path};
  apply_input_options(request.input, options);
  options.input.keep_partners = false;
  options.input.check_documents = [&](const model::Registry&, const model::Documents& batch,
                                      findings::FindingList&) {
    for (const model::Partner& p : batch.of<model::Partner>()) {
      if (!sheet::selects(*selection, p)) continue;
      sheet::Unreadable unreadable;
      PartnerRows rows{p.id ? p.id->value : std::string(),
                       p.name ? p.name->value : std::string(),
                       p.where,
                       {},
                       {},
                       {}};
      const std::vector<const model::Partner*> one{&p};
      if (want_partners) rows.partners = sheet::partners_table(one, with_private, unreadable).rows;
      if (want_actions) rows.actions = sheet::actions_table(one, unreadable).rows;
      if (want_contacts) rows.contacts = sheet::contacts_table(one, unreadable).rows;
      const bool application =
          want_applications && p.status &&
          (p.status->value == model::Status::applied || p.status->value == model::Status::declined);
      const std::lock_guard lock(streamed.mutex);
      streamed.unreadable.values += unreadable.values;
      streamed.rows.push_back(std::move(rows));
      if (application) streamed.applications.push_back(p);
    }
  };
  auto validated = check::validate(options);
  if (!validated) return app::input(validated.error());
  check::ValidateResult& loaded = *validated;
  warn_about_errors(loaded, request.path, tr, warn);

  // As select_partners sorts them: by id, then name, then the registry's order.
  std::vector<PartnerRows>& selected = streamed.rows;
  std::sort(selected.begin(), selected.end(), [](const PartnerRows& a, const PartnerRows& b) {
    return std::tie(a.id, a.name, a.where) < std::tie(b.id, b.name, b.where);
  });
  std::set<std::string> ids;
  for (const PartnerRows& p : selected)
    if (!p.id.empty()) ids.insert(p.id);
  // The applications, in the registry's order, as application_rows reads them.
  std::sort(streamed.applications.begin(), streamed.applications.end(),
            [](const model::Partner& a, const model::Partner& b) { return a.where < b.where; });
  loaded.registry.partners = std::move(streamed.applications);

  sheet::Unreadable unreadable = streamed.unreadable;
  const auto gather = [&](sheet::Table table,
                          std::vector<std::vector<std::string>> PartnerRows::*of) {
    for (PartnerRows& p : selected)
      for (auto& row : p.*of) table.rows.push_back(std::move(row));
    for (PartnerRows& p : selected) std::vector<std::vector<std::string>>().swap(p.*of);
    return table;
  };
  std::vector<sheet::Table> tables;
  if (want_partners)
    tables.push_back(gather({"partners", sheet::partner_columns(with_private), {}, with_private},
                            &PartnerRows::partners));
  if (want_actions)
    tables.push_back(
        gather({"actions", sheet::action_columns(), {}, false}, &PartnerRows::actions));
  if (want_group)
    tables.push_back(sheet::group_table_of_ids(loaded.registry, *as_of,
                                               selection->any() ? &ids : nullptr, unreadable));
  if (want_applications) tables.push_back(applications_table(loaded, *as_of, ids, with_private));
  if (want_forum) tables.push_back(sheet::forum_table(loaded.registry));
  if (want_contacts)
    tables.push_back(
        gather({"contacts", sheet::contact_columns(), {}, true}, &PartnerRows::contacts));
  if (unreadable.values > 0 && warn)
    warn(i18n::msg_n("warning: {count} value could not be read and is left empty; "
                     "`gcsj validate {path}` says why",
                     "warning: {count} values could not be read and are left empty; "
                     "`gcsj validate {path}` says why",
                     static_cast<unsigned long>(unreadable.values), i18n::arg("path", request.path))
             .in(tr));

  // The rows are made in memory at once; what takes time on a large registry is reading it (the
  // loader tells the files read) and writing the tables, told here a table at a time.
  util::Progress& progress = util::progress_or_none(request.input.progress);
  std::size_t rows = 0;
  for (const sheet::Table& table : tables) rows += table.rows.size();
  progress.begin(util::Stage::rows_written, rows);
  const std::vector<std::string> read{request.path};
  if (request.format == "xlsx") {
    if (auto written = write_workbook(tables, request.output, *as_of, read); !written)
      return written.error();
    progress.advance(util::Stage::rows_written, rows);
    return Printed{"", Outcome::clean, read};
  }
  if (all) {
    if (auto written = write_csv_files(tables, request.output, read); !written)
      return written.error();
    progress.advance(util::Stage::rows_written, rows);
    return Printed{"", Outcome::clean, read};
  }
  std::string text = sheet::write_csv(tables.front());
  progress.advance(util::Stage::rows_written, rows);
  if (request.output.empty() || request.output == "-") return Printed{text, Outcome::clean, read};
  if (auto written = write_output_file(text, request.output, read); !written)
    return written.error();
  return Printed{"", Outcome::clean, read};
}

}  // namespace gcsj::app
