#include "render/list/application_list.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <tuple>

#include "i18n/message.hpp"
#include "model/enum_names.hpp"
#include "render/json_writer.hpp"
#include "render/list/csv.hpp"
#include "util/utf8.hpp"

namespace gcsj::render {
namespace {

std::optional<model::Date> date_of(const model::Field<model::Date>& field) {
  if (!field) return std::nullopt;
  return field->value;
}

std::string iso(const std::optional<model::Date>& date) {
  return date ? date->iso() : "";
}

std::string number(const std::optional<long>& value) {
  return value ? std::to_string(*value) : "";
}

// The date a pending application waits from: when received, else when adherence was declared.
std::optional<model::Date> waiting_since(const ApplicationRow& row) {
  return row.applied ? row.applied : row.declared;
}

// The date the list sorts and --since filters by.
std::optional<model::Date> key_date(const ApplicationRow& row) {
  return row.status == model::Status::declined ? row.declined : waiting_since(row);
}

void count_findings(ApplicationRow& row, const std::vector<findings::Finding>& all) {
  for (const findings::Finding& f : all) {
    if (f.subject.partner != row.id) continue;
    if (f.waived) {
      ++row.waived;
      const auto expires = model::Date::parse(f.waived->expires);
      if (expires && (!row.waiver_expires || *expires < *row.waiver_expires))
        row.waiver_expires = expires;
    } else if (f.severity == findings::Severity::error) {
      ++row.errors;
    } else if (f.severity == findings::Severity::warning) {
      ++row.warnings;
    }
  }
}

NextStep next_step(const ApplicationRow& row) {
  if (row.status == model::Status::declined) return NextStep::none;
  if (row.errors > 0) return NextStep::fix_errors;
  if (row.waived > 0) return NextStep::decide_waiver;
  return NextStep::decide;
}

std::string next_text(const ApplicationRow& row, const i18n::Translator& tr) {
  using i18n::arg;
  switch (row.next) {
    case NextStep::fix_errors:
      return i18n::msg_n("fix {count} error", "fix {count} errors",
                         static_cast<unsigned long>(row.errors))
          .in(tr);
    case NextStep::decide_waiver:
      if (row.waiver_expires)
        return i18n::msg("decision pending: waiver expires {date}",
                         arg("date", *row.waiver_expires))
            .in(tr);
      return i18n::msg("decision pending: no open error").in(tr);
    case NextStep::decide:
      return i18n::msg("decision pending: no open error").in(tr);
    case NextStep::none:
      break;
  }
  return "";
}

}  // namespace

std::vector<std::string> application_cells(const ApplicationRow& r) {
  return {r.id,
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
          std::string(next_step_name(r.next)),
          r.file};
}

namespace {

using CsvRow = std::array<std::string, 16>;
const CsvRow kCsvHeader{"id",
                        "name",
                        "category",
                        "status",
                        "applied",
                        "declared",
                        "declined",
                        "days_waiting",
                        "days_to_decision",
                        "errors",
                        "warnings",
                        "waived",
                        "waiver_expires",
                        "next",
                        "decision",
                        "file"};

CsvRow csv_row(const ApplicationRow& r) {
  const std::vector<std::string> cells = application_cells(r);
  CsvRow row;
  // The list's CSV has the decision before the file, as its first version had it.
  std::copy(cells.begin(), cells.end() - 1, row.begin());
  row[cells.size() - 1] = r.decision;
  row[cells.size()] = cells.back();
  return row;
}

std::string render_json(const std::vector<ApplicationRow>& rows, const model::Date& as_of,
                        const ApplicationFilter& filter, const i18n::Translator& tr) {
  JsonWriter json;
  json.begin_object().key("as_of").value(as_of.iso()).key("language").value(tr.code());
  json.key("status").value(model::enum_name(filter.status));
  json.key("since").string_or_null(iso(filter.since));
  json.key("applications").begin_array();
  const auto optional_number = [&json](std::string_view key, const std::optional<long>& value) {
    json.key(key);
    if (value)
      json.value(*value);
    else
      json.null();
  };
  for (const ApplicationRow& r : rows) {
    json.begin_object();
    json.key("id").string_or_null(r.id).key("name").string_or_null(r.name);
    json.key("category").string_or_null(r.category);
    json.key("status").value(model::enum_name(r.status));
    json.key("applied").string_or_null(iso(r.applied));
    json.key("declared").string_or_null(iso(r.declared));
    if (r.status == model::Status::declined) {
      json.key("declined").string_or_null(iso(r.declined));
      optional_number("days_to_decision", r.days_to_decision);
      json.key("decision").string_or_null(r.decision);
    } else {
      optional_number("days_waiting", r.days_waiting);
    }
    json.key("findings").begin_object();
    json.key("errors").value(r.errors).key("warnings").value(r.warnings);
    json.key("waived").value(r.waived).end_object();
    json.key("waiver_expires").string_or_null(iso(r.waiver_expires));
    if (r.status != model::Status::declined) json.key("next").value(next_step_name(r.next));
    json.key("file").value(r.file);
    json.end_object();
  }
  json.end_array().key("count").value(static_cast<long>(rows.size())).end_object();
  return json.str();
}

// Aligned columns; the name (long) cut at 40 columns, the decision at 60.
std::string table(std::vector<std::vector<std::string>> lines) {
  std::vector<std::size_t> widths;
  for (auto& line : lines)
    for (std::size_t i = 0; i < line.size(); ++i) {
      line[i] = util::printable(line[i]);
      if (i == 1) line[i] = util::truncate_to_width(line[i], 40);
      if (widths.size() <= i) widths.push_back(0);
      widths[i] = std::max(widths[i], util::display_width(line[i]));
    }
  std::string out;
  for (const auto& line : lines) {
    std::string text;
    for (std::size_t i = 0; i < line.size(); ++i)
      text += util::pad_right(line[i], widths[i]) + "  ";
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out += text + "\n";
  }
  return out;
}

std::string render_text(const std::vector<ApplicationRow>& rows, const model::Date& as_of,
                        const ApplicationFilter& filter, const i18n::Translator& tr) {
  using i18n::arg;
  std::vector<std::vector<std::string>> lines;
  std::string out;
  if (filter.status == model::Status::declined) {
    lines.push_back({std::string(tr.ctx("application list column", "ID")),
                     std::string(tr.ctx("application list column", "NAME")),
                     std::string(tr.ctx("application list column", "CATEGORY")),
                     std::string(tr.ctx("application list column", "RECEIVED")),
                     std::string(tr.ctx("application list column", "DECLINED")),
                     std::string(tr.ctx("application list column", "DAYS")),
                     std::string(tr.ctx("application list column", "DECISION"))});
    for (const ApplicationRow& r : rows)
      lines.push_back({r.id, r.name, r.category, iso(r.applied), iso(r.declined),
                       number(r.days_to_decision),
                       util::truncate_to_width(util::printable(r.decision), 60)});
    out = table(std::move(lines)) + "\n";
    if (filter.since)
      out += i18n::msg_n("{count} application declined on or after {since}",
                         "{count} applications declined on or after {since}", rows.size(),
                         arg("since", *filter.since))
                 .in(tr);
    else
      out +=
          i18n::msg_n("{count} application declined", "{count} applications declined", rows.size())
              .in(tr);
  } else {
    lines.push_back({std::string(tr.ctx("application list column", "ID")),
                     std::string(tr.ctx("application list column", "NAME")),
                     std::string(tr.ctx("application list column", "CATEGORY")),
                     std::string(tr.ctx("application list column", "RECEIVED")),
                     std::string(tr.ctx("application list column", "DAYS WAITING")),
                     std::string(tr.ctx("application list column", "ERRORS")),
                     std::string(tr.ctx("application list column", "WARNINGS")),
                     std::string(tr.ctx("application list column", "WAIVED")),
                     std::string(tr.ctx("application list column", "NEXT"))});
    for (const ApplicationRow& r : rows) {
      std::string received = iso(r.applied);
      if (!r.applied && r.declared)
        received = i18n::msg("declared {date}", arg("date", *r.declared)).in(tr);
      lines.push_back({r.id, r.name, r.category, received, number(r.days_waiting),
                       std::to_string(r.errors), std::to_string(r.warnings),
                       std::to_string(r.waived), next_text(r, tr)});
    }
    out = table(std::move(lines)) + "\n";
    if (filter.since)
      out += i18n::msg_n("{count} application pending on {date}, received on or after {since}",
                         "{count} applications pending on {date}, received on or after {since}",
                         rows.size(), arg("date", as_of), arg("since", *filter.since))
                 .in(tr);
    else
      out += i18n::msg_n("{count} application pending on {date}",
                         "{count} applications pending on {date}", rows.size(), arg("date", as_of))
                 .in(tr);
  }
  return out + "\n";
}

}  // namespace

std::string_view next_step_name(NextStep next) {
  switch (next) {
    case NextStep::fix_errors:
      return "fix-errors";
    case NextStep::decide_waiver:
      return "decide-before-waiver-expires";
    case NextStep::decide:
      return "decide";
    case NextStep::none:
      break;
  }
  return "";
}

std::vector<ApplicationRow> application_rows(const model::Registry& registry,
                                             const std::vector<findings::Finding>& findings,
                                             const model::Date& as_of,
                                             const ApplicationFilter& filter) {
  std::vector<ApplicationRow> rows;
  for (const model::Partner& p : registry.partners) {
    if (!p.status || p.status->value != filter.status) continue;
    ApplicationRow row;
    row.id = p.id ? p.id->value : "";
    row.name = p.name ? p.name->value : "";
    row.category = p.category ? std::string(model::enum_name(p.category->value)) : "";
    row.file = registry.file(p.where.file).path;
    row.status = p.status->value;
    row.applied = date_of(p.applied);
    if (p.adherence) row.declared = date_of(p.adherence->value.declared);
    row.declined = date_of(p.declined);
    if (p.decision) row.decision = p.decision->value;
    const auto key = key_date(row);
    if (key && *key > as_of) continue;  // not yet received (or decided) on the as-of date
    if (filter.since && (!key || *key < *filter.since)) continue;
    if (row.status == model::Status::declined) {
      if (row.applied && row.declined)
        row.days_to_decision = row.declined->days() - row.applied->days();
    } else if (key) {
      row.days_waiting = as_of.days() - key->days();
    }
    count_findings(row, findings);
    row.next = next_step(row);
    rows.push_back(std::move(row));
  }
  std::sort(rows.begin(), rows.end(), [](const ApplicationRow& a, const ApplicationRow& b) {
    const auto ka = key_date(a), kb = key_date(b);
    // Dated first, oldest first; then by id.
    return std::tuple(!ka, ka.value_or(model::Date{}), a.id, a.file) <
           std::tuple(!kb, kb.value_or(model::Date{}), b.id, b.file);
  });
  return rows;
}

std::string render_application_list(const std::vector<ApplicationRow>& rows,
                                    const model::Date& as_of, const ApplicationFilter& filter,
                                    ApplicationFormat format, const i18n::Translator& tr) {
  if (format == ApplicationFormat::json) return render_json(rows, as_of, filter, tr);
  if (format == ApplicationFormat::text) return render_text(rows, as_of, filter, tr);
  std::string out = csv_record(kCsvHeader);
  for (const ApplicationRow& r : rows) out += csv_record(csv_row(r));
  return out;
}

}  // namespace gcsj::render
