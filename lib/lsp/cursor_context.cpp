#include "lsp/cursor_context.hpp"

#include <algorithm>
#include <exception>

#include "findings/finding_list.hpp"
#include "load/document_parser.hpp"
#include "load/yaml_tree.hpp"
#include "model/enum_names.hpp"
#include "util/utf8.hpp"

namespace gcsj::lsp {
namespace {

// The 1-based code-point column of the byte `byte` of `line`.
int column_at(std::string_view line, std::size_t byte) {
  int column = 1;
  for (std::size_t i = 0; i < byte && i < line.size(); ++column) {
    const std::size_t n = util::utf8_sequence_length(line, i);
    i += n == 0 ? 1 : n;
  }
  return column;
}

// What a line says of where it stands. Columns are 1-based; indentation, `- ` and keys are ASCII,
// so up to a key a byte is a column.
struct Shape {
  bool blank = true;        // only spaces, or a comment
  int content = 0;          // the column of its first character that is not a space
  std::vector<int> dashes;  // the columns of the `- ` that open list items, left to right
  int body = 0;             // the column after the dashes: where a key or a scalar starts
  std::string key;          // the key written on the line ("" when none)
  int colon = 0;            // the column of the key's ':'
  bool has_key() const { return colon > 0; }
};

Shape shape_of(std::string_view line) {
  Shape shape;
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  if (i == line.size() || line[i] == '#') return shape;
  shape.blank = false;
  shape.content = static_cast<int>(i) + 1;
  while (i < line.size() && line[i] == '-' && (i + 1 == line.size() || line[i + 1] == ' ')) {
    shape.dashes.push_back(static_cast<int>(i) + 1);
    ++i;
    while (i < line.size() && line[i] == ' ') ++i;
  }
  shape.body = static_cast<int>(i) + 1;
  if (i == line.size() || line[i] == '[' || line[i] == '{' || line[i] == '#') return shape;
  std::size_t key_begin = i;
  std::size_t key_end = i;
  if (line[i] == '"' || line[i] == '\'') {
    const std::size_t close = line.find(line[i], i + 1);
    if (close == std::string_view::npos) return shape;
    key_begin = i + 1;
    key_end = close;
    i = close + 1;
    if (i >= line.size() || line[i] != ':') return shape;
  } else {
    while (i < line.size()) {
      if (line[i] == ':' && (i + 1 == line.size() || line[i + 1] == ' ')) break;
      if (line[i] == '#' && line[i - 1] == ' ') return shape;
      ++i;
    }
    if (i == line.size()) return shape;
    key_end = i;
    while (key_end > key_begin && line[key_end - 1] == ' ') --key_end;
  }
  shape.key = std::string(line.substr(key_begin, key_end - key_begin));
  shape.colon = column_at(line, i);
  return shape;
}

// The byte where a line's comment starts (a '#' at its start or after a space, outside quotes), or
// the line's size when it has none.
std::size_t comment_start(std::string_view line) {
  char quote = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
      return i;
    }
  }
  return line.size();
}

// A `---` or `...` line ends a document.
bool is_document_marker(std::string_view line) {
  const auto marker = [&](std::string_view m) {
    return line.starts_with(m) &&
           (line.size() == m.size() || line[m.size()] == ' ' || line[m.size()] == '\t');
  };
  return marker("---") || marker("...");
}

class Lines {
 public:
  explicit Lines(std::string_view text) {
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      std::string_view line = text.substr(start, end - start);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      lines_.push_back(line);
      if (end == text.size()) break;
      start = end + 1;
    }
  }
  int count() const { return static_cast<int>(lines_.size()); }
  std::string_view operator[](int line) const {  // 1-based; "" outside the text
    return line >= 1 && line <= count() ? lines_[static_cast<std::size_t>(line - 1)]
                                        : std::string_view{};
  }

 private:
  std::vector<std::string_view> lines_;
};

// The index of the list item whose `- ` stands at `dash` on line `line`: the items of its list
// above it, up to the line that opens the list (a line less indented, or a key at the dash's
// column for a list written without indentation).
int item_index(const Lines& lines, int first, int line, int dash) {
  int index = 0;
  for (int l = line - 1; l >= first; --l) {
    const Shape s = shape_of(lines[l]);
    if (s.blank) continue;
    if (s.content > dash) continue;
    if (std::find(s.dashes.begin(), s.dashes.end(), dash) != s.dashes.end()) {
      ++index;
      continue;
    }
    break;
  }
  return index;
}

// The text of a scalar token: its quotes removed.
std::string unquoted(std::string_view token) {
  if (token.size() >= 2 && (token.front() == '"' || token.front() == '\'') &&
      token.back() == token.front())
    return std::string(token.substr(1, token.size() - 2));
  if (!token.empty() && (token.front() == '"' || token.front() == '\''))
    return std::string(token.substr(1));
  return std::string(token);
}

// The scalar token that holds the byte `at` of a value starting at `begin` (the first byte after
// the spaces that follow its ':' or '- '), or the empty token at the cursor when none is written.
void value_token(CursorContext& out, std::string_view line, int line_number, std::size_t begin,
                 int column) {
  const std::size_t at = byte_of(line, column);
  std::size_t end = begin;
  while (end < line.size() && !(line[end] == '#' && end > 0 && line[end - 1] == ' ')) ++end;
  while (end > begin && line[end - 1] == ' ') --end;
  // Nothing written yet: the end of the line, a comment, or the end of a flow item (`[]`, `[a, ]`).
  if (begin >= end || at < begin || line[begin] == ',' || line[begin] == ']' ||
      line[begin] == '}') {
    out.span = {line_number, column, column};
    return;
  }
  out.span = token_at(line, line_number, column_at(line, begin));
  const std::size_t token_end = byte_of(line, out.span.end);
  out.token = unquoted(line.substr(begin, token_end - begin));
}

// A value written in flow style on the cursor's line (`with: [a, b]`, `{africa: 3}`): the item or
// the key and value under the cursor.
void flow_value(CursorContext& out, std::string_view line, int line_number, std::size_t open,
                int column) {
  const std::size_t at = std::min(byte_of(line, column), line.size());
  const bool sequence = line[open] == '[';
  int index = 0;
  std::size_t segment = open + 1;
  char quote = 0;
  for (std::size_t i = open + 1; i < at; ++i) {
    const char c = line[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == ',') {
      ++index;
      segment = i + 1;
    }
  }
  while (segment < line.size() && line[segment] == ' ') ++segment;
  if (sequence) {
    out.path.push_back({.key = {}, .index = index});
    value_token(out, line, line_number, segment, column);
    return;
  }
  // A flow mapping: a key (before its ':') or its value.
  std::size_t colon = segment;
  while (colon < line.size() && line[colon] != ':' && line[colon] != ',' && line[colon] != '}')
    ++colon;
  std::size_t key_end = colon;
  while (key_end > segment && line[key_end - 1] == ' ') --key_end;
  const std::string key(line.substr(segment, key_end - segment));
  // The other keys of the braces.
  std::size_t close = line.find('}', open);
  if (close == std::string_view::npos) close = line.size();
  std::size_t start = open + 1;
  while (start < close) {
    std::size_t comma = line.find(',', start);
    if (comma == std::string_view::npos || comma > close) comma = close;
    std::string_view part = line.substr(start, comma - start);
    part = part.substr(0, part.find(':'));
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (!part.empty() && part != key) out.sibling_keys.emplace_back(part);
    start = comma + 1;
  }
  out.path.push_back({.key = key, .index = -1});
  if (colon < line.size() && line[colon] == ':' && at > colon) {
    std::size_t value = colon + 1;
    while (value < line.size() && line[value] == ' ') ++value;
    value_token(out, line, line_number, value, column);
    return;
  }
  out.on_key = true;
  out.colon_written = colon < line.size() && line[colon] == ':';
  out.token = key;
  out.span = {line_number, column_at(line, segment), column_at(line, key_end)};
}

// What the cursor is on inside a flow collection, read by flow_value into `flow`, taken as the
// line's answer: its token and place, and its path inside the collection, innermost step last in
// `inner` (which lists the steps from the cursor outwards).
void take_flow_place(CursorContext& out, const CursorContext& flow, std::vector<PathStep>& inner) {
  out.on_key = flow.on_key;
  out.colon_written = flow.colon_written;
  out.token = flow.token;
  out.span = flow.span;
  for (auto step = flow.path.rbegin(); step != flow.path.rend(); ++step) inner.push_back(*step);
}

// The keys written at column `key_column` in the mapping around `line` (that line's own left out).
std::vector<std::string> siblings(const Lines& lines, int first, int last, int line, int key_column,
                                  bool opens_item) {
  std::vector<std::string> keys;
  if (!opens_item) {
    for (int l = line - 1; l >= first; --l) {
      const Shape s = shape_of(lines[l]);
      if (s.blank || (s.content > key_column)) continue;
      if (s.has_key() && s.body == key_column) keys.push_back(s.key);
      if (s.content < key_column) break;
    }
    std::reverse(keys.begin(), keys.end());  // in the order of the document
  }
  for (int l = line + 1; l <= last; ++l) {
    const Shape s = shape_of(lines[l]);
    if (s.blank || s.content > key_column) continue;
    if (s.content < key_column) break;
    if (s.dashes.empty() && s.has_key()) keys.push_back(s.key);
  }
  return keys;
}

// The document's `kind` and `category`: through the loader's parser when the document parses,
// from its top-level lines otherwise.
void read_kind(CursorContext& out, const Lines& lines, int first, int last, std::string_view text) {
  std::string kind;
  std::string category;
  bool parsed = false;
  try {
    // The document's own text, from its first line: parse_documents reads text in memory.
    std::size_t begin = 0;
    for (int l = 1; l < first; ++l) {
      const std::size_t nl = text.find('\n', begin);
      begin = nl == std::string_view::npos ? text.size() : nl + 1;
    }
    std::size_t end = begin;
    for (int l = first; l <= last && end < text.size(); ++l) {
      const std::size_t nl = text.find('\n', end);
      end = nl == std::string_view::npos ? text.size() : nl + 1;
    }
    findings::FindingList ignored;
    load::parse_documents(
        0, text.substr(begin, end - begin),
        [&](const load::Node& document, std::size_t) {
          if (parsed || !document.is_mapping()) return;
          parsed = true;
          if (const load::Entry* e = load::find_entry(document, "kind"); e && e->value.is_scalar())
            kind = e->value.text;
          if (const load::Entry* e = load::find_entry(document, "category");
              e && e->value.is_scalar())
            category = e->value.text;
        },
        ignored, first);
  } catch (const std::exception&) {
    parsed = false;  // the lines below say what they can
  }
  if (!parsed) {
    for (int l = first; l <= last; ++l) {
      const std::string_view line = lines[l];
      const Shape s = shape_of(line);
      if (!s.has_key() || s.content != 1 || !s.dashes.empty()) continue;
      if (s.key != "kind" && s.key != "category") continue;
      CursorContext value;
      std::size_t begin = byte_of(line, s.colon + 1);
      while (begin < line.size() && line[begin] == ' ') ++begin;
      value_token(value, line, l, begin, column_at(line, begin));
      (s.key == "kind" ? kind : category) = value.token;
    }
  }
  out.kind = kind;
  out.category = model::parse_enum<model::Category>(category);
}

}  // namespace

std::string CursorContext::path_text() const {
  std::string out;
  for (const PathStep& step : path) {
    if (step.is_item())
      out += "[" + std::to_string(step.index) + "]";
    else if (!step.key.empty())
      out += (out.empty() ? "" : ".") + step.key;
  }
  return out;
}

std::string CursorContext::key_path() const {
  std::string out;
  for (const PathStep& step : path)
    if (!step.is_item() && !step.key.empty()) out += (out.empty() ? "" : ".") + step.key;
  return out;
}

std::string CursorContext::parent_key_path() const {
  std::string out;
  const std::size_t steps =
      on_key && !path.empty() && !path.back().is_item() ? path.size() - 1 : path.size();
  for (std::size_t i = 0; i < steps; ++i)
    if (!path[i].is_item()) out += (out.empty() ? "" : ".") + path[i].key;
  return out;
}

std::string_view CursorContext::key() const {
  for (auto step = path.rbegin(); step != path.rend(); ++step)
    if (!step->is_item()) return step->key;
  return {};
}

int CursorContext::index_after(std::string_view key) const {
  for (std::size_t i = 0; i + 1 < path.size(); ++i)
    if (!path[i].is_item() && path[i].key == key && path[i + 1].is_item()) return path[i + 1].index;
  return -1;
}

CursorContext cursor_context(std::string_view text, int line, int column) {
  CursorContext out;
  const Lines lines(text);
  line = std::clamp(line, 1, lines.count());
  column = std::max(column, 1);
  // The document around the cursor: between the `---` lines above and below it.
  int first = 1;
  for (int l = line; l >= 1; --l)
    if (is_document_marker(lines[l]) && l != line) {
      first = l + 1;
      break;
    }
  int last = lines.count();
  for (int l = line + 1; l <= lines.count(); ++l)
    if (is_document_marker(lines[l])) {
      last = l - 1;
      break;
    }
  out.document_line = first;
  read_kind(out, lines, first, last, text);

  const std::string_view here = lines[line];
  column = std::min(column, column_at(here, here.size()));
  // In a comment there is nothing to say.
  if (byte_of(here, column) > comment_start(here)) return out;
  const Shape shape = shape_of(here);
  // The steps are gathered from the cursor outwards, then turned around.
  std::vector<PathStep> inner;
  int node_column = shape.body;          // the column of what the cursor is on, for the lines above
  bool in_item = !shape.dashes.empty();  // the cursor is inside the items its `- ` open
  bool flow_keys = false;                // the siblings are those of a flow mapping
  if (shape.has_key() && column >= shape.body && column <= shape.colon) {
    out.on_key = true;
    out.colon_written = true;
    out.token = shape.key;
    out.span = {line, shape.body, shape.colon};
    inner.push_back({.key = shape.key, .index = -1});
  } else if (shape.has_key() && column > shape.colon) {
    std::size_t value = byte_of(here, shape.colon + 1);
    while (value < here.size() && here[value] == ' ') ++value;
    if (value < here.size() && (here[value] == '[' || here[value] == '{') &&
        byte_of(here, column) > value) {
      CursorContext flow;
      flow_value(flow, here, line, value, column);
      take_flow_place(out, flow, inner);
      flow_keys = !flow.path.empty() && !flow.path.front().is_item();
      if (flow_keys) out.sibling_keys = std::move(flow.sibling_keys);
    } else {
      value_token(out, here, line, value, column);
    }
    inner.push_back({.key = shape.key, .index = -1});
  } else if (shape.blank || column <= shape.content) {
    // Where a key is being written: a blank line, or before what the line holds.
    out.on_key = true;
    out.span = {line, column, column};
    inner.push_back({.key = {}, .index = -1});
    node_column = shape.blank ? column : shape.content;
    in_item = false;
  } else if (const std::size_t body = byte_of(here, shape.body);
             body < here.size() && (here[body] == '[' || here[body] == '{')) {
    // A collection written in flow style where a line starts (`{kind: partner, id: x}`).
    CursorContext flow;
    flow_value(flow, here, line, body, column);
    take_flow_place(out, flow, inner);
    flow_keys = true;
    out.sibling_keys = std::move(flow.sibling_keys);
  } else {
    // A scalar without ':' after its `- ` (an item) or on its own (a key being written).
    value_token(out, here, line, byte_of(here, shape.body), column);
    out.on_key = shape.dashes.empty();
    if (out.on_key) inner.push_back({.key = out.token, .index = -1});
  }
  if (!flow_keys && (out.on_key || shape.has_key()))
    out.sibling_keys = siblings(lines, first, last, line, node_column, in_item);
  bool from_dash = false;  // node_column is that of a `- `: a key at that column holds it
  if (in_item)
    for (auto dash = shape.dashes.rbegin(); dash != shape.dashes.rend(); ++dash) {
      inner.push_back({.key = {}, .index = item_index(lines, first, line, *dash)});
      node_column = *dash;
      from_dash = true;
    }
  // The keys and items above that hold the cursor: each less indented than the last.
  for (int l = line - 1; l >= first && (node_column > 1 || from_dash); --l) {
    const Shape s = shape_of(lines[l]);
    if (s.blank) continue;
    if (s.has_key() && (s.body < node_column || (from_dash && s.body <= node_column))) {
      inner.push_back({.key = s.key, .index = -1});
      node_column = s.body;
      from_dash = false;
    } else if (!(s.content < node_column)) {
      continue;
    }
    for (auto dash = s.dashes.rbegin(); dash != s.dashes.rend(); ++dash)
      if (*dash < node_column) {
        inner.push_back({.key = {}, .index = item_index(lines, first, l, *dash)});
        node_column = *dash;
        from_dash = true;
      }
  }
  out.path.assign(inner.rbegin(), inner.rend());
  return out;
}

}  // namespace gcsj::lsp
