#include "sheet/csv.hpp"

namespace gcsj::sheet {

namespace {

// The control characters an export drops: C0 but tab, line feed and carriage return, DEL, and C1
// (U+0080 to U+009F, two bytes in UTF-8: C2 80 to C2 9F).
std::string without_controls(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (std::size_t i = 0; i < value.size(); ++i) {
    const auto c = static_cast<unsigned char>(value[i]);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) continue;
    if (c == 0xc2 && i + 1 < value.size()) {
      const auto next = static_cast<unsigned char>(value[i + 1]);
      if (next >= 0x80 && next <= 0x9f) {
        ++i;
        continue;
      }
    }
    out += value[i];
  }
  return out;
}

std::string record(const std::vector<std::string>& cells) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) out += (i == 0 ? "" : ",") + csv_cell(cells[i]);
  return out + "\r\n";
}

}  // namespace

bool runs_as_formula(std::string_view cell) {
  return !cell.empty() && std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos;
}

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (const char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

namespace {
// The value past its leading apostrophes runs as a formula.
bool formula_past_apostrophes(std::string_view text) {
  const auto first = text.find_first_not_of('\'');
  return first != std::string_view::npos && runs_as_formula(text.substr(first));
}
}  // namespace

std::string guarded(std::string_view value) {
  return formula_past_apostrophes(value) ? "'" + std::string(value) : std::string(value);
}

std::string_view unguarded(std::string_view cell) {
  if (cell.size() >= 2 && cell.front() == '\'' && formula_past_apostrophes(cell))
    cell.remove_prefix(1);
  return cell;
}

std::string list_cell(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += "; ";
    for (const char c : item) {
      if (c == ';' || c == '\\') out += '\\';
      out += c;
    }
  }
  return out;
}

std::string list_item(std::string_view piece) {
  std::string out;
  for (std::size_t i = 0; i < piece.size(); ++i) {
    if (piece[i] == '\\' && i + 1 < piece.size() && (piece[i + 1] == ';' || piece[i + 1] == '\\'))
      ++i;
    out += piece[i];
  }
  return out;
}

std::string progress_line(std::string_view date, std::string_view summary) {
  std::string out(date);
  out += ':';
  if (!summary.empty()) out += ' ';
  for (const char c : summary) {
    out += c;
    if (c == '\n') out += "  ";
  }
  return out;
}

std::string csv_cell(std::string_view value) {
  return csv_field(guarded(without_controls(value)));
}

std::string write_csv(const Table& table) {
  std::string out;
  if (table.holds_private) {
    std::vector<std::string> first(table.columns.size());
    if (first.empty()) first.emplace_back();
    first.front() = kPrivateMarker;
    out += record(first);
  }
  std::vector<std::string> header;
  for (const Column& column : table.columns) header.emplace_back(column.name);
  out += record(header);
  for (const auto& row : table.rows) out += record(row);
  return out;
}

}  // namespace gcsj::sheet
