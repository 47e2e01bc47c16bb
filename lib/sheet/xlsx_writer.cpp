#include "sheet/xlsx_writer.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>
#include <string_view>

#include "util/file_io.hpp"
#include "util/utf8.hpp"

namespace gcsj::sheet {
namespace {

// What one workbook cell holds (Excel's limit, in UTF-16 code units: a code point above U+FFFF
// counts two).
constexpr std::size_t kMaxCellLength = 32767;
constexpr std::size_t kMaxSheetName = 31;  // code points
constexpr double kMinWidth = 8;
constexpr double kMaxWidth = 60;
// The largest workbook read back from the temporary file (a registry of 100,000 partners makes
// a few tens of MiB).
constexpr std::size_t kMaxWorkbookBytes = std::size_t{1} << 31;

// The "A1" name of a column (0 -> A, 26 -> AA), for error messages.
std::string column_letters(std::size_t column) {
  std::string letters;
  for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  return letters;
}

// The length of well-formed UTF-8 `text` in UTF-16 code units, or nothing when it is not UTF-8.
std::optional<std::size_t> utf16_length(std::string_view text) {
  std::size_t length = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t step = util::utf8_sequence_length(text, i);
    if (step == 0) return std::nullopt;
    length += step == 4 ? 2 : 1;
    i += step;
  }
  return length;
}

// The widest line of a cell, in code points (a cell of several lines is as wide as its longest).
std::size_t widest_line(std::string_view text) {
  std::size_t widest = 0;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    widest = std::max(widest, util::display_width(text.substr(start, end - start)));
    start = end + 1;
  }
  return widest;
}

// Excel reads "_xHHHH_" in a string as the character U+HHHH: a cell holding those characters
// literally has its underscore written as "_x005F_", so that it reads back as written.
bool is_escape_at(std::string_view text, std::size_t i) {
  if (i + 7 > text.size() || text[i] != '_' || text[i + 1] != 'x' || text[i + 6] != '_')
    return false;
  for (std::size_t k = i + 2; k < i + 6; ++k)
    if (!std::isxdigit(static_cast<unsigned char>(text[k]))) return false;
  return true;
}

std::string guard_escapes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (is_escape_at(text, i)) out += "_x005F";
    out += text[i];
  }
  return out;
}

bool has_escape(std::string_view text) {
  for (std::size_t i = text.find("_x"); i != std::string_view::npos; i = text.find("_x", i + 1))
    if (is_escape_at(text, i)) return true;
  return false;
}

// "YYYY-MM-DD", a day of the calendar a workbook can hold (1900 to 9999), or nothing.
std::optional<lxw_datetime> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int fields[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8};
  const std::size_t lengths[3] = {4, 2, 2};
  for (int f = 0; f < 3; ++f)
    for (std::size_t k = starts[f]; k < starts[f] + lengths[f]; ++k) {
      if (text[k] < '0' || text[k] > '9') return std::nullopt;
      fields[f] = fields[f] * 10 + (text[k] - '0');
    }
  const int year = fields[0], month = fields[1], day = fields[2];
  if (year < 1900 || month < 1 || month > 12 || day < 1) return std::nullopt;
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (day > kDays[month - 1] + (month == 2 && leap ? 1 : 0)) return std::nullopt;
  lxw_datetime date{};
  date.year = year;
  date.month = month;
  date.day = day;
  return date;
}

// An integer written as the registry writes one ("0", "12", "-3": no sign "+", no leading zero,
// which a number would lose) that a double holds exactly, or nothing.
std::optional<double> parse_integer(std::string_view text) {
  const std::string_view digits = !text.empty() && text[0] == '-' ? text.substr(1) : text;
  if (digits.empty() || digits.size() > 15) return std::nullopt;
  if (digits.size() > 1 && digits[0] == '0') return std::nullopt;
  if (digits == "0" && digits.size() != text.size()) return std::nullopt;  // "-0"
  double value = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return digits.size() == text.size() ? value : -value;
}

// The sheet's name: the table's, "(private)" added when it holds private fields, the characters
// a sheet name may not hold ([]:*?/\) replaced by '_', cut to 31 code points.
std::string sheet_name(const Table& table) {
  std::string name = table.name + (table.holds_private ? " (private)" : "");
  for (char& c : name)
    if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos) c = '_';
  // A private sheet keeps its "(private)" mark whatever the table's name.
  const std::string_view suffix = table.holds_private ? " (private)" : "";
  if (util::display_width(name) > kMaxSheetName) {
    std::string base =
        util::truncate_to_width(std::string_view(name).substr(0, name.size() - suffix.size()),
                                kMaxSheetName - suffix.size(), "");
    name = base + std::string(suffix);
  }
  if (name.empty() || name.front() == '\'' || name.back() == '\'') name = "sheet_" + name;
  return util::truncate_to_width(name, kMaxSheetName, "");
}

util::Error lxw_failure(std::string_view what, lxw_error error) {
  return util::Error{std::string(what) + ": " + lxw_strerror(error)};
}

// A cell that no workbook holds as given: too long, or not UTF-8.
std::optional<util::Error> check_cells(const Table& table) {
  if (table.rows.size() + 1 > LXW_ROW_MAX)
    return util::Error{"table " + table.name + ": " + std::to_string(table.rows.size()) +
                       " rows, more than the 1,048,575 a worksheet holds"};
  if (table.columns.size() > LXW_COL_MAX)
    return util::Error{"table " + table.name + ": more than the 16,384 columns a worksheet holds"};
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const auto& row = table.rows[r];
    if (row.size() != table.columns.size())
      return util::Error{"table " + table.name + ", row " + std::to_string(r + 2) + ": " +
                         std::to_string(row.size()) + " cells for " +
                         std::to_string(table.columns.size()) + " columns"};
    for (std::size_t c = 0; c < row.size(); ++c) {
      const auto length = utf16_length(row[c]);
      const std::string where = "table " + table.name + ", row " + std::to_string(r + 2) +
                                ", column " + column_letters(c) + " (" +
                                std::string(table.columns[c].name) + ")";
      if (!length) return util::Error{where + ": the cell is not UTF-8"};
      if (*length > kMaxCellLength)
        return util::Error{where + ": " + std::to_string(*length) +
                           " characters, more than the 32,767 a workbook cell holds"};
    }
  }
  return std::nullopt;
}

// The workbook libxlsxwriter writes, removed on every way out.
struct ScratchFile {
  std::string path;
  ~ScratchFile() {
    if (!path.empty()) ::unlink(path.c_str());
  }
};

struct Workbook {
  lxw_workbook* book = nullptr;
  ~Workbook() {
    if (book) lxw_workbook_free(book);  // an error path: nothing is written
  }
};

struct Formats {
  lxw_format* header = nullptr;
  lxw_format* date = nullptr;
};

util::Expected<void> write_sheet(lxw_workbook* book, const Table& table, const Formats& formats) {
  const std::string name = sheet_name(table);
  if (const lxw_error invalid = workbook_validate_sheet_name(book, name.c_str()))
    return lxw_failure("table " + table.name + ": sheet name \"" + name + "\"", invalid);
  lxw_worksheet* sheet = workbook_add_worksheet(book, name.c_str());
  if (!sheet) return util::Error{"table " + table.name + ": cannot add its sheet"};
  const auto columns = static_cast<lxw_col_t>(table.columns.size());
  if (columns == 0) return {};

  for (lxw_col_t c = 0; c < columns; ++c) {
    std::size_t widest = util::display_width(table.columns[c].name);
    for (const auto& row : table.rows) widest = std::max(widest, widest_line(row[c]));
    // Two more for the filter's button on the header.
    const double width = std::clamp(static_cast<double>(widest) + 2, kMinWidth, kMaxWidth);
    worksheet_set_column(sheet, c, c, width, nullptr);
  }

  for (lxw_col_t c = 0; c < columns; ++c) {
    const std::string header(table.columns[c].name);
    if (const lxw_error error = worksheet_write_string(sheet, 0, c, header.c_str(), formats.header))
      return lxw_failure("table " + table.name + ": header", error);
  }
  std::string text;  // the cell being written, NUL-terminated for the C library
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const auto row = static_cast<lxw_row_t>(r + 1);
    for (lxw_col_t c = 0; c < columns; ++c) {
      const std::string& cell = table.rows[r][c];
      if (cell.empty()) continue;  // an empty cell: the key is absent
      lxw_error error = LXW_NO_ERROR;
      bool written = true;
      switch (table.columns[c].kind) {
        case CellKind::date:
          if (const auto date = parse_date(cell)) {
            lxw_datetime value = *date;
            error = worksheet_write_datetime(sheet, row, c, &value, formats.date);
          } else {
            written = false;
          }
          break;
        case CellKind::number:
          if (const auto number = parse_integer(cell))
            error = worksheet_write_number(sheet, row, c, *number, nullptr);
          else
            written = false;
          break;
        case CellKind::boolean:
          if (cell == "true" || cell == "false")
            error = worksheet_write_boolean(sheet, row, c, cell == "true", nullptr);
          else
            written = false;
          break;
        case CellKind::text:
          written = false;
          break;
      }
      if (!written) {  // text, or a value that is not of its column's kind: kept as a string
        text = has_escape(cell) ? guard_escapes(cell) : cell;
        error = worksheet_write_string(sheet, row, c, text.c_str(), nullptr);
      }
      if (error)
        return lxw_failure("table " + table.name + ", row " + std::to_string(r + 2) + ", column " +
                               column_letters(c) + " (" + std::string(table.columns[c].name) + ")",
                           error);
    }
  }

  worksheet_freeze_panes(sheet, 1, 0);
  if (const lxw_error error =
          worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                               static_cast<lxw_col_t>(columns - 1)))
    return lxw_failure("table " + table.name + ": autofilter", error);
  return {};
}

}  // namespace

util::Expected<void> write_xlsx(const std::vector<Table>& tables, const std::string& path,
                                const model::Date& created) {
  for (const auto& table : tables)
    if (auto problem = check_cells(table)) return util::Error{path + ": " + problem->message};

  // libxlsxwriter writes the workbook whole at its close, to a file name it opens itself: a
  // scratch file of the temporary directory, read back and written to `path` as every output of
  // gcsj is (a new file renamed over `path`, links followed, nothing left on failure).
  const char* tmpdir = std::getenv("TMPDIR");
  std::string directory = tmpdir && *tmpdir ? tmpdir : "/tmp";
  ScratchFile scratch{directory + "/gcsj-xlsx-XXXXXX"};
  const int fd = ::mkstemp(scratch.path.data());
  if (fd < 0) {
    const int error = errno;
    scratch.path.clear();
    return util::errno_error(path + ": cannot create a temporary workbook", error);
  }
  ::close(fd);

  // Constant memory: each row goes to a temporary file as it is written (strings inline, not
  // shared), which keeps the frozen header, the filters, the widths and the formats. Those
  // files are unlinked as soon as they are opened, in the same temporary directory.
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  options.tmpdir = directory.data();
  Workbook workbook{workbook_new_opt(scratch.path.c_str(), &options)};
  if (!workbook.book) return util::Error{path + ": cannot start a workbook"};

  lxw_doc_properties properties{};
  std::string title = "Global Coalition for Social Justice \u2014 registry";
  std::string comments =
      "Holds private fields (focal points, decision reasons): never publish this file";
  properties.title = title.data();
  properties.created = static_cast<std::time_t>(created.days()) * 24 * 60 * 60;
  const bool holds_private =
      std::any_of(tables.begin(), tables.end(), [](const Table& t) { return t.holds_private; });
  if (holds_private) properties.comments = comments.data();
  if (const lxw_error error = workbook_set_properties(workbook.book, &properties))
    return lxw_failure(path, error);

  Formats formats;
  formats.header = workbook_add_format(workbook.book);
  format_set_bold(formats.header);
  formats.date = workbook_add_format(workbook.book);
  format_set_num_format(formats.date, "yyyy-mm-dd");

  for (const auto& table : tables)
    if (auto written = write_sheet(workbook.book, table, formats); !written)
      return util::Error{path + ": " + written.error().message};

  lxw_workbook* book = workbook.book;
  workbook.book = nullptr;
  if (const lxw_error error = workbook_close(book)) return lxw_failure(path, error);

  auto bytes = util::read_bounded(scratch.path, kMaxWorkbookBytes);
  if (!bytes) return util::Error{path + ": " + bytes.error().message};
  if (bytes->size() > kMaxWorkbookBytes)
    return util::Error{path + ": the workbook is larger than 2 GiB"};
  return util::write_file(path, *bytes);
}

}  // namespace gcsj::sheet
