#include "load/csv_reader.hpp"

#include <utility>

#include "load/csv_rules.hpp"
#include "load/source_text.hpp"
#include "util/file_io.hpp"
#include "util/utf8.hpp"

namespace gcsj::load {
namespace {

using i18n::arg;
using i18n::msg;

// Walks the text byte by byte, keeping the line and the column (in code points) of the byte it
// is at. The text is UTF-8 (checked before), so a byte that starts no sequence adds no column.
class Cursor {
 public:
  explicit Cursor(std::string_view text) : text_(text) {}

  bool done() const { return at_ >= text_.size(); }
  char peek(std::size_t ahead = 0) const {
    return at_ + ahead < text_.size() ? text_[at_ + ahead] : '\0';
  }
  model::Location where(model::FileId file) const { return {file, line_, column_}; }
  std::size_t offset() const { return at_; }

  // Moves past one byte: a line feed starts a new line, a byte that begins a code point counts.
  void next() {
    const char c = text_[at_++];
    if (c == '\n') {
      ++line_;
      column_ = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++column_;
    }
  }
  // At a line end (LF, or CRLF): true, and moves past it.
  bool line_end() {
    if (peek() == '\n') {
      next();
      return true;
    }
    if (peek() == '\r' && peek(1) == '\n') {
      ++at_;  // the CR counts no column: the LF starts the next line
      next();
      return true;
    }
    return false;
  }

 private:
  std::string_view text_;
  std::size_t at_ = 0;
  int line_ = 1;
  int column_ = 1;
};

bool blank(const CsvRecord& record) {
  return record.cells.size() == 1 && !record.cells[0].quoted && record.cells[0].text.empty();
}

}  // namespace

CsvFile read_csv(model::FileId file, std::string text, std::vector<findings::Finding>& out) {
  CsvFile csv;
  csv.storage->text = std::move(text);
  std::string& held = csv.storage->text;
  if (auto problem = prepare_text(held)) {  // strips a BOM; NUL, malformed UTF-8, UTF-16
    findings::add_finding(out, csv::kCsvSyntax, {file, problem->line, problem->column},
                          std::move(problem->message), std::move(problem->hint));
    csv.complete = false;
    return csv;
  }
  Cursor at(held);
  while (!at.done()) {
    CsvRecord record;
    record.line = at.where(file).line;
    bool record_done = false;
    while (!record_done) {
      CsvCell& cell = record.cells.emplace_back();
      cell.where = at.where(file);
      if (at.peek() == '"') {
        cell.quoted = true;
        at.next();
        const std::size_t start = at.offset();
        std::string* unescaped = nullptr;  // once the cell differs from the text
        const auto differ = [&] {
          if (!unescaped)
            unescaped = &csv.storage->unescaped.emplace_back(held, start, at.offset() - start);
        };
        while (true) {
          if (at.done()) {
            findings::add_finding(
                out, csv::kCsvSyntax, cell.where,
                msg("this quoted cell is never closed: a `\"` is missing before the end of "
                    "the file"),
                msg("close the cell with `\"`; write a quote inside a cell as `\"\"`"));
            csv.complete = false;
            return csv;
          }
          if (at.peek() == '"') {
            if (at.peek(1) == '"') {
              differ();
              *unescaped += '"';
              at.next();
              at.next();
              continue;
            }
            cell.text = unescaped ? std::string_view(*unescaped)
                                  : std::string_view(held).substr(start, at.offset() - start);
            at.next();
            break;
          }
          if (at.peek() == '\r' && at.peek(1) == '\n') {
            differ();
            at.line_end();  // a line break inside a cell is read as LF, however it was saved
            *unescaped += '\n';
            continue;
          }
          if (unescaped) *unescaped += at.peek();
          at.next();
        }
        if (!at.done() && at.peek() != ',' && at.peek() != '\n' &&
            !(at.peek() == '\r' && at.peek(1) == '\n')) {
          findings::add_finding(
              out, csv::kCsvSyntax, at.where(file),
              msg("text after the closing quote of a cell: a cell is either quoted whole or "
                  "not at all"),
              msg("quote the whole cell, and write a quote inside it as `\"\"`"));
          csv.complete = false;
          return csv;
        }
      } else {
        const std::size_t start = at.offset();
        while (!at.done() && at.peek() != ',' && at.peek() != '\n' &&
               !(at.peek() == '\r' && at.peek(1) == '\n'))
          at.next();
        cell.text = std::string_view(held).substr(start, at.offset() - start);
      }
      if (at.peek() == ',') {
        at.next();
      } else {
        at.line_end();
        record_done = true;
      }
    }
    if (!blank(record)) csv.records.push_back(std::move(record));
  }
  return csv;
}

util::Expected<CsvFile> read_csv_file(model::FileId file, const std::string& path,
                                      std::vector<findings::Finding>& out) {
  auto text = util::read_bounded(path, kMaxFileBytes);
  if (!text) return text.error();
  if (text->size() > kMaxFileBytes)
    return util::Error{path + ": larger than the limit of 256 MiB a CSV file may have"};
  return read_csv(file, std::move(*text), out);
}

}  // namespace gcsj::load
