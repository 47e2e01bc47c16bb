#include "import/sheet_input.hpp"

#include <algorithm>
#include <array>

#include "load/csv_rules.hpp"
#include "sheet/columns.hpp"
#include "sheet/csv.hpp"
#include "util/suggest.hpp"

namespace gcsj::import {
namespace {

using i18n::arg;
using i18n::msg;
using namespace std::string_view_literals;

// Header names a spreadsheet in French or Spanish may show for the columns, so that a header row
// translated by mistake gets a suggestion where edit distance finds none.
constexpr std::array<std::pair<std::string_view, std::string_view>, 24> kTranslated{{
    {"nom", "name"},           {"nombre", "name"},        {"catégorie", "category"},
    {"categorie", "category"}, {"categoría", "category"}, {"categoria", "category"},
    {"statut", "status"},      {"estado", "status"},      {"pays", "country"},
    {"país", "country"},       {"pais", "country"},       {"admis", "admitted"},
    {"admitido", "admitted"},  {"retiré", "withdrawn"},   {"portée", "scope"},
    {"alcance", "scope"},      {"site web", "website"},   {"sitio web", "website"},
    {"titre", "title"},        {"título", "title"},       {"titulo", "title"},
    {"partenaire", "partner"}, {"socio", "partner"},      {"courriel", "email"},
}};

// The column a header cell most likely means: the closest name, else a translation's.
std::string suggestion(std::string_view header, std::span<const std::string_view> known) {
  std::string close = util::closest_match(header, known);
  if (!close.empty()) return close;
  std::string lower(header);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  std::vector<std::string_view> words;
  for (const auto& [word, column] : kTranslated) words.push_back(word);
  const std::string word = util::closest_match(lower, words);
  for (const auto& [translated, column] : kTranslated)
    if (translated == (word.empty() ? std::string_view(lower) : std::string_view(word)) &&
        std::find(known.begin(), known.end(), column) != known.end())
      return std::string(column);
  return {};
}

bool is_one_of(std::string_view name, std::span<const std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// A cell's value: an apostrophe `gcsj export` (or a spreadsheet) put before a formula character
// removed; a formula reported and not imported.
Value value_of(const load::CsvCell& cell, std::string_view column,
               std::vector<findings::Finding>& out) {
  Value value{cell.text, cell.where, !cell.quoted && cell.text.find('\n') == std::string::npos, 0};
  const std::string_view text = cell.text;
  if (sheet::unguarded(text).size() < text.size()) {
    value.text.remove_prefix(1);
    value.shift = 1;
  } else if (!text.empty() && text[0] == '=') {
    findings::add_finding(
        out, load::csv::kCsvFormula, cell.where,
        msg("the `{column}` cell holds a spreadsheet formula, {formula}, not a value: it is not "
            "imported",
            arg("column", column), arg("formula", text)),
        msg("replace the formula with its value (copy, then paste as values)"));
    value.text = {};
  }
  return value;
}

}  // namespace

std::optional<std::size_t> SheetInput::column(std::string_view name) const {
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i] == name) return i;
  return std::nullopt;
}

const Value* SheetInput::value(const Row& row, std::string_view name) const {
  const auto index = column(name);
  if (!index || *index >= row.values.size() || row.values[*index].text.empty()) return nullptr;
  return &row.values[*index];
}

// The columns of a table as lib/sheet/columns lists them for gcsj export.
TableColumns columns_of(std::string_view table, std::string_view key,
                        const std::vector<sheet::Column>& columns) {
  TableColumns out{table, key, {}, {}};
  for (const sheet::Column& column : columns)
    (column.derived ? out.derived : out.read).push_back(column.name);
  return out;
}

const TableColumns& partner_columns() {
  static const TableColumns columns =
      columns_of("partners", "id", sheet::partner_columns(/*with_private=*/true));
  return columns;
}
const TableColumns& action_columns() {
  static const TableColumns columns = columns_of("actions", "partner", sheet::action_columns());
  return columns;
}
const TableColumns& contact_columns() {
  static const TableColumns columns = columns_of("contacts", "partner", sheet::contact_columns());
  return columns;
}

SheetInput read_sheet(const load::CsvFile& csv, model::FileId file, const TableColumns& columns,
                      std::vector<findings::Finding>& out) {
  SheetInput sheet;
  sheet.table = columns.table;
  sheet.file = file;
  sheet.storage = csv.storage;
  auto record = csv.records.begin();
  if (record != csv.records.end() && !record->cells.empty() &&
      record->cells[0].text.starts_with("PRIVATE"))
    ++record;  // the line a private file starts with, before its header
  if (record == csv.records.end()) {
    // An empty file (or a BOM, or blank lines) is more likely a failed export than a spreadsheet
    // of nothing: say so, rather than write nothing in silence.
    findings::add_finding(
        out, load::csv::kCsvColumn, model::Location{file, 1, 1},
        msg("the {table} file is empty: it has no header row", arg("table", columns.table)),
        msg("the first row names the columns, as gcsj export writes them"));
    return sheet;
  }

  std::vector<std::string_view> known(columns.read.begin(), columns.read.end());
  known.insert(known.end(), columns.derived.begin(), columns.derived.end());
  for (const load::CsvCell& cell : record->cells) {
    std::string& name = sheet.columns.emplace_back();
    if (cell.text.empty()) continue;  // an empty header cell: a spreadsheet's trailing column
    if (is_one_of(cell.text, columns.derived)) continue;
    if (!is_one_of(cell.text, columns.read)) {
      const std::string close = suggestion(cell.text, known);
      findings::add_finding(
          out, load::csv::kCsvColumn, cell.where,
          msg("`{column}` is not a column of the {table} file: its cells are not imported",
              arg("column", cell.text), arg("table", columns.table)),
          close.empty()
              ? msg("the columns are named by the registry's keys, in English, as gcsj export "
                    "writes them")
              : msg("did you mean `{suggestion}`?", arg("suggestion", close)));
      continue;
    }
    if (sheet.column(cell.text)) {
      findings::add_finding(
          out, load::csv::kCsvColumn, cell.where,
          msg("the column `{column}` comes twice in the header: only the first is imported",
              arg("column", cell.text)));
      continue;
    }
    name = std::string(cell.text);
  }
  const model::Location header = record->cells.front().where;
  sheet.readable = sheet.column(columns.key).has_value();
  if (!sheet.readable) {
    findings::add_finding(
        out, load::csv::kCsvColumn, header,
        msg("the {table} file has no `{column}` column: none of its rows can be imported",
            arg("table", columns.table), arg("column", columns.key)),
        msg("the first row must be the header, as gcsj export writes it"));
    return sheet;
  }
  for (++record; record != csv.records.end(); ++record) {
    Row& row = sheet.rows.emplace_back();
    row.where = record->cells.front().where;
    row.values.resize(sheet.columns.size());
    for (std::size_t i = 0; i < record->cells.size(); ++i) {
      const load::CsvCell& cell = record->cells[i];
      if (i >= sheet.columns.size()) {
        if (!cell.text.empty())
          findings::add_finding(
              out, load::csv::kCsvExtraCell, cell.where,
              msg("this cell is past the last column of the header: its value is not imported"),
              msg("name its column in the header, or move the value into its column"));
        continue;
      }
      if (sheet.columns[i].empty()) {
        row.values[i].where = cell.where;
        continue;
      }
      row.values[i] = value_of(cell, sheet.columns[i], out);
    }
  }
  return sheet;
}

}  // namespace gcsj::import
