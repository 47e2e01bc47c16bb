#include "import/partner_document.hpp"

#include <algorithm>
#include <string_view>

#include "model/date.hpp"
#include "sheet/csv.hpp"
#include "util/yaml_scalar.hpp"

namespace gcsj::import {
namespace {

using util::yaml::Context;
using util::yaml::scalar;
using util::yaml::ScalarKind;

enum class Shape { scalar, list, one_or_list };

struct Key {
  std::string_view column;  // in the table
  std::string_view key;     // in its mapping
  Shape shape = Shape::scalar;
  ScalarKind kind = ScalarKind::word;
};

constexpr ScalarKind kText = ScalarKind::text;
constexpr ScalarKind kWord = ScalarKind::word;

// The keys of a partner's document before `accreditation`, then the nested mappings, then after.
constexpr Key kHead[] = {
    {"name", "name", Shape::scalar, kText},
    {"name_fr", "name_fr", Shape::scalar, kText},
    {"name_es", "name_es", Shape::scalar, kText},
    {"category", "category"},
    {"status", "status"},
    {"applied", "applied"},
    {"admitted", "admitted"},
    {"withdrawn", "withdrawn"},
    {"declined", "declined"},
    {"published", "published"},
    {"country", "country", Shape::scalar, kText},
    {"scope", "scope"},
    {"representative", "representative"},
    {"sectoral", "sectoral"},
    {"type", "type", Shape::one_or_list},
    {"channel", "channel", Shape::scalar, kText},
    {"international", "international"},
};
constexpr Key kAccreditation[] = {
    {"accreditation.ilo_special_list", "ilo_special_list"},
    {"accreditation.ilc", "ilc", Shape::list},
    {"accreditation.ecosoc", "ecosoc"},
    {"accreditation.evidence", "evidence", Shape::scalar, kText},
};
constexpr Key kMiddle[] = {{"ilo_partnership", "ilo_partnership", Shape::scalar, kText}};
constexpr Key kAdherence[] = {
    {"adherence.declared", "declared"},
    {"adherence.advocate", "advocate"},
    {"adherence.uphold", "uphold"},
    {"adherence.contribute", "contribute"},
    {"adherence.levels", "levels", Shape::list},
    {"adherence.evidence", "evidence", Shape::scalar, kText},
};
constexpr Key kTail[] = {
    {"support", "support", Shape::list},
    {"champions", "champions", Shape::list, kText},
    {"website", "website", Shape::scalar, kText},
    {"contact", "contact", Shape::scalar, kText},
    {"decision", "decision", Shape::scalar, kText},
};
constexpr Key kAction[] = {
    {"title", "title", Shape::scalar, kText},
    {"title_fr", "title_fr", Shape::scalar, kText},
    {"title_es", "title_es", Shape::scalar, kText},
    {"domains", "domains", Shape::list},
    {"priorities", "priorities", Shape::list},
    {"sdgs", "sdgs", Shape::list},
    {"countries", "countries", Shape::list},
    {"with", "with", Shape::list},
    {"with_others", "with_others", Shape::list, kText},
    {"status", "status"},
};
constexpr Key kContact[] = {
    {"name", "name", Shape::scalar, kText},
    {"role", "role", Shape::scalar, kText},
    {"email", "email", Shape::scalar, kText},
    {"phone", "phone", Shape::scalar, kText},
    {"language", "language"},
};

int code_points(std::string_view text) {
  return static_cast<int>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t");
  return text.substr(first, last - first + 1);
}

struct Item {
  std::string text;
  model::Location where;
};

// The items of a list cell, split on `;`, each trimmed, empty ones left out.
std::vector<Item> items_of(const Value& value) {
  std::vector<Item> items;
  const std::string_view text = value.text;
  std::size_t start = 0;
  while (start <= text.size()) {
    // The next `;` that is not escaped (`\;` is a semicolon inside an item, `\\` a backslash:
    // sheet::list_cell writes them so).
    std::size_t end = start;
    while (end < text.size() && text[end] != ';') end += text[end] == '\\' ? 2 : 1;
    end = std::min(end, text.size());
    const std::string_view item = trimmed(text.substr(start, end - start));
    if (!item.empty()) {
      model::Location where = value.where;
      if (value.exact)
        where.column += value.shift + code_points(text.substr(0, item.data() - text.data()));
      items.push_back({sheet::list_item(item), where});
    }
    start = end + 1;
  }
  return items;
}

class Writer {
 public:
  explicit Writer(Document& document) : document_(document) {}

  int next_line() const { return static_cast<int>(document_.lines.size()) + 1; }

  void line(std::string text, std::vector<Origin> origins) {
    document_.text += text;
    document_.text += '\n';
    document_.lines.push_back(std::move(origins));
  }

  // `lead` then `key: value` for the value of `key` in `row`, if it has one; true if written.
  bool entry(std::string_view lead, const SheetInput& sheet, const Row& row, const Key& key) {
    const Value* value = sheet.value(row, key.column);
    if (!value) return false;
    std::string text = std::string(lead) + std::string(key.key) + ": ";
    std::vector<Origin> origins{{1, value->where}};
    if (key.shape == Shape::scalar) {
      text += scalar(value->text, key.kind);
    } else {
      const std::vector<Item> items = items_of(*value);
      if (items.empty()) return false;
      if (key.shape == Shape::one_or_list && items.size() == 1) {
        origins.push_back({code_points(text) + 1, items[0].where});
        text += scalar(items[0].text, key.kind);
      } else {
        text += '[';
        for (std::size_t i = 0; i < items.size(); ++i) {
          if (i) text += ", ";
          origins.push_back({code_points(text) + 1, items[i].where});
          text += scalar(items[i].text, key.kind, Context::flow);
        }
        text += ']';
      }
    }
    line(std::move(text), std::move(origins));
    return true;
  }

  // The keys of `keys` present in `row`, under `header` (a nested mapping) when it is not empty.
  void mapping(std::string_view header, std::string_view comment, std::string_view prefix,
               const SheetInput& sheet, const Row& row, std::span<const Key> keys) {
    const Value* first = nullptr;
    for (const Key& key : keys)
      if ((first = sheet.value(row, key.column))) break;
    if (!first) return;
    document_.mappings.push_back({next_line(), 1, &sheet, &row, std::string(prefix)});
    std::string text = std::string(header) + ":";
    if (!comment.empty()) text += "  # " + std::string(comment);
    line(std::move(text), {{1, first->where}});
    for (const Key& key : keys) entry("  ", sheet, row, key);
  }

  // The items of a list of mappings (actions, contacts) at `indent` spaces, one per row.
  template <class Extra>
  int items(int indent, const RowsOf& rows, std::span<const Key> keys, std::string_view prefix,
            Extra extra) {
    int written = 0;
    const std::string lead = std::string(indent, ' ') + "- ";
    const std::string rest = std::string(indent + 2, ' ');
    for (const Row* row : rows.rows) {
      const int start = next_line();
      bool first = true;
      for (const Key& key : keys)
        if (entry(first ? lead : rest, *rows.sheet, *row, key)) first = false;
      first = !extra(*row, first ? lead : rest) && first;
      if (first) continue;  // a row without a value
      document_.mappings.push_back({start, indent + 3, rows.sheet, row, std::string(prefix)});
      ++written;
    }
    return written;
  }

 private:
  Document& document_;
};

// `progress`: one report a line, "YYYY-MM-DD: summary", ": summary" or "YYYY-MM-DD:".
bool progress(Writer& writer, const SheetInput& sheet, const Row& row, std::string_view lead) {
  const Value* value = sheet.value(row, "progress");
  if (!value) return false;
  // A line that starts with two spaces goes on the report before it, after a line break: how
  // sheet::progress_cell writes a summary of several lines.
  std::vector<std::pair<std::string_view, std::string>> reports;
  std::string_view rest = value->text;
  while (!rest.empty()) {
    const std::size_t end = std::min(rest.find('\n'), rest.size());
    std::string_view report = rest.substr(0, end);
    rest.remove_prefix(std::min(end + 1, rest.size()));
    if (!report.empty() && report.back() == '\r') report.remove_suffix(1);
    if (report.starts_with("  ") && !reports.empty()) {
      reports.back().second += '\n';
      reports.back().second += report.substr(2);
      continue;
    }
    if (trimmed(report).empty()) continue;
    const std::size_t colon = report.find(':');
    if (colon == std::string_view::npos) {
      if (model::Date::parse(trimmed(report)))
        reports.emplace_back(trimmed(report), std::string());
      else
        reports.emplace_back(std::string_view(), std::string(trimmed(report)));
      continue;
    }
    reports.emplace_back(trimmed(report.substr(0, colon)),
                         std::string(trimmed(report.substr(colon + 1))));
  }
  if (reports.empty()) return false;
  const int indent = static_cast<int>(lead.size());
  writer.line(std::string(lead) + "progress:", {{1, value->where}});
  const std::string item(indent + 2, ' ');
  for (const auto& [date, summary] : reports) {
    std::string next = item + "- ";
    if (!date.empty()) {
      writer.line(next + "date: " + scalar(date, kWord), {{1, value->where}});
      next = item + "  ";
    }
    if (!summary.empty())
      writer.line(next + "summary: " + scalar(summary, kText), {{1, value->where}});
  }
  return true;
}

}  // namespace

Document partner_document(const SheetInput& partners, const Row& row, const RowsOf& actions,
                          const RowsOf& contacts) {
  Document document;
  document.row = &row;
  const Value* id = partners.value(row, "id");
  document.id = id ? std::string(id->text) : std::string();
  Writer writer(document);
  document.mappings.push_back({1, 1, &partners, &row, ""});
  writer.line("kind: partner", {{1, row.where}});
  writer.entry("", partners, row, {"id", "id", Shape::scalar, kText});
  for (const Key& key : kHead) writer.entry("", partners, row, key);
  writer.mapping("accreditation", "¶19(f): the organization's accreditation", "accreditation.",
                 partners, row, kAccreditation);
  for (const Key& key : kMiddle) writer.entry("", partners, row, key);
  writer.mapping("adherence", "¶18: the formal adherence; ¶16: its commitments", "adherence.",
                 partners, row, kAdherence);
  for (const Key& key : kTail) writer.entry("", partners, row, key);
  if (actions.sheet && !actions.rows.empty()) {
    const Value* first = actions.sheet->value(*actions.rows.front(), "title");
    const std::size_t at = document.text.size();
    const std::size_t lines = document.lines.size();
    writer.line("actions:  # ¶34-36", {{1, first ? first->where : actions.rows.front()->where}});
    document.actions =
        writer.items(2, actions, kAction, "", [&](const Row& r, std::string_view lead) {
          return progress(writer, *actions.sheet, r, lead);
        });
    if (document.actions == 0) {  // rows without a value: no `actions:` key
      document.text.resize(at);
      document.lines.resize(lines);
    }
  }
  if (contacts.sheet && !contacts.rows.empty()) {
    const std::size_t at = document.text.size();
    const std::size_t lines = document.lines.size();
    writer.line("contacts:  # focal points: private", {{1, contacts.rows.front()->where}});
    if (writer.items(2, contacts, kContact, "",
                     [](const Row&, std::string_view) { return false; }) == 0) {
      document.text.resize(at);
      document.lines.resize(lines);
    }
  }
  return document;
}

namespace {
// The column of `sheet`'s table (in the file or not) that holds `name`, or the first below it
// (`adherence`: `adherence.declared`); empty when the table has none.
std::string_view table_column(const SheetInput& sheet, const std::string& name) {
  const TableColumns& table = sheet.table == "actions"    ? action_columns()
                              : sheet.table == "contacts" ? contact_columns()
                                                          : partner_columns();
  for (const std::string_view column : table.read)
    if (column == name || column.starts_with(name + ".")) return column;
  return {};
}
}  // namespace

model::Location cell_of(const Document& document, model::Location where,
                        std::string_view missing_key, std::string* missing_column) {
  // The row's cell of `start`'s key `missing_key`; none when the sheet has no such column and
  // `anywhere` is false (a mapping that merely precedes the finding may not be the one lacking it).
  const auto cell_of_key = [&](const MappingStart& start,
                               bool anywhere) -> std::optional<model::Location> {
    const std::string name = start.prefix + std::string(missing_key);
    // A partner's actions and focal points are rows of their own files: the row lacks them.
    if (name == "actions" || name == "contacts") return start.row->where;
    const SheetInput& sheet = *start.sheet;
    std::optional<std::size_t> index = sheet.column(name);
    if (!index) {  // a key naming a mapping: its first column
      for (std::size_t i = 0; i < sheet.columns.size() && !index; ++i)
        if (sheet.columns[i].starts_with(name + ".")) index = i;
    }
    const std::string_view known = table_column(sheet, name);
    if (!index && !anywhere && known.empty()) return std::nullopt;
    if (index && *index < start.row->values.size() && start.row->values[*index].where.line != 0)
      return start.row->values[*index].where;
    if (!index && missing_column) *missing_column = known.empty() ? name : std::string(known);
    return start.row->where;
  };
  if (!missing_key.empty()) {
    for (const MappingStart& start : document.mappings)
      if (start.line == where.line && start.column == where.column)
        return *cell_of_key(start, true);
    // A finding about a missing key located at a value of the mapping that lacks it
    // (status-dates: a withdrawn partner without `withdrawn`, at its `status`): the nearest
    // mapping started before it that has such a key.
    for (auto start = document.mappings.rbegin(); start != document.mappings.rend(); ++start)
      if (std::pair(start->line, start->column) <= std::pair(where.line, where.column))
        if (const auto cell = cell_of_key(*start, false)) return *cell;
  }
  if (where.line >= 1 && static_cast<std::size_t>(where.line) <= document.lines.size()) {
    const auto& origins = document.lines[static_cast<std::size_t>(where.line) - 1];
    model::Location cell = document.row->where;
    for (const Origin& origin : origins)
      if (origin.yaml_column <= std::max(where.column, 1)) cell = origin.cell;
    return cell;
  }
  return document.row->where;
}

}  // namespace gcsj::import
