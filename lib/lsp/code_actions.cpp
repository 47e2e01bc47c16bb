#include "lsp/code_actions.hpp"

#include <cstddef>

#include "i18n/message.hpp"
#include "util/utf8.hpp"

namespace gcsj::lsp {
namespace {

using i18n::arg;
using i18n::msg;

// The byte offset of code-point column `column` (1-based) of `line`, or npos past its end.
std::size_t byte_of(std::string_view line, int column) {
  std::size_t i = 0;
  for (int c = 1; c < column; ++c) {
    if (i >= line.size()) return std::string_view::npos;
    const std::size_t length = util::utf8_sequence_length(line, i);
    i += length == 0 ? 1 : length;
  }
  return i <= line.size() ? i : std::string_view::npos;
}

// The text of columns [begin, end) of `line`.
std::string_view columns(std::string_view line, int begin, int end) {
  const std::size_t from = byte_of(line, begin);
  const std::size_t to = byte_of(line, end);
  if (from == std::string_view::npos) return {};
  return line.substr(from, to == std::string_view::npos ? std::string_view::npos : to - from);
}

// The line break `file_text` ends line `line` with, so an inserted line keeps the file's.
std::string_view line_break_of(std::string_view file_text, int line) {
  const std::string_view text = line_text(file_text, line);
  const std::size_t after = static_cast<std::size_t>(text.data() - file_text.data()) + text.size();
  return after < file_text.size() && file_text[after] == '\r' ? "\r\n" : "\n";
}

std::optional<TextEditPlan> replacement(const findings::Fix& fix, std::string_view line) {
  const std::size_t at = byte_of(line, fix.where.column);
  if (at == std::string_view::npos || at >= line.size()) return std::nullopt;
  // A block scalar's text is on the lines below: one line's edit cannot replace it.
  if (line[at] == '|' || line[at] == '>') return std::nullopt;
  const Span span = token_at(line, fix.where.line, fix.where.column);
  if (columns(line, span.begin, span.end) == fix.text) return std::nullopt;
  return TextEditPlan{span, fix.text};
}

std::optional<TextEditPlan> insertion(const findings::Fix& fix, std::string_view file_text,
                                      std::string_view line) {
  const std::size_t at = byte_of(line, fix.where.column);
  if (at == std::string_view::npos || at >= line.size()) return std::nullopt;
  const int column = fix.where.column;
  if (line[at] == '{') {
    // A flow mapping, `{start: 2024-06-01}`: the key goes first, inside the braces.
    const std::size_t next = line.find_first_not_of(' ', at + 1);
    const bool empty = next != std::string_view::npos && line[next] == '}';
    return TextEditPlan{{fix.where.line, column + 1, column + 1},
                        empty ? fix.text : fix.text + ", "};
  }
  // A block mapping: the key on a line of its own before the first, at the mapping's indentation
  // (after a sequence's `- `, the first key moves to the next line, under it).
  std::string text = fix.text;
  text += line_break_of(file_text, fix.where.line);
  text.append(static_cast<std::size_t>(column - 1), ' ');
  return TextEditPlan{{fix.where.line, column, column}, std::move(text)};
}

}  // namespace

std::optional<TextEditPlan> edit_of(const findings::Fix& fix, std::string_view file_text) {
  if (fix.where.line < 1 || fix.where.column < 1 || fix.text.empty()) return std::nullopt;
  const std::string_view line = line_text(file_text, fix.where.line);
  switch (fix.kind) {
    case findings::Fix::Kind::replace:
      return replacement(fix, line);
    case findings::Fix::Kind::insert_key:
      return insertion(fix, file_text, line);
  }
  return std::nullopt;
}

std::optional<QuickFix> quick_fix(const findings::Fix& fix, std::string_view file_text,
                                  const i18n::Translator& language) {
  auto edit = edit_of(fix, file_text);
  if (!edit) return std::nullopt;
  const std::string_view line = line_text(file_text, edit->span.line);
  if (fix.kind == findings::Fix::Kind::insert_key)
    // TRANSLATORS: the title of a quick fix in an editor; {key} is a line of YAML
    // ("channel: employers-group").
    return QuickFix{msg("Add `{key}`", arg("key", fix.text)).in(language), std::move(*edit)};
  const std::string old(columns(line, edit->span.begin, edit->span.end));
  return QuickFix{
      // TRANSLATORS: the title of a quick fix in an editor; {old} and {new} are YAML as written.
      msg("Replace `{old}` with `{new}`", arg("old", old), arg("new", fix.text)).in(language),
      std::move(*edit)};
}

}  // namespace gcsj::lsp
