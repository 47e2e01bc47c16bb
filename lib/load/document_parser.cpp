#include "load/document_parser.hpp"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <deque>
#include <istream>
#include <optional>
#include <streambuf>
#include <unordered_map>

#include "load/format_rules.hpp"
#include "load/memory_buffer.hpp"
#include "load/source_text.hpp"
#include "load/yaml_errors.hpp"
#include "util/utf8.hpp"

namespace gcsj::load {
namespace {

using findings::Finding;
using i18n::arg;
using i18n::msg;
using i18n::msg_n;

constexpr std::size_t kNone = std::string_view::npos;

// Thrown by the tree builder when a document holds more than kMaxDocumentNodes nodes, and caught
// where yaml-cpp's own exceptions are: the document is refused as a whole.
struct TooManyNodes {};

bool is_blank_or_break(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// The opening quote of a scalar whose event is marked at `at`, if it is quoted: yaml-cpp marks a
// node at its first property, so tags, anchors, blanks, line breaks and comments are skipped.
std::optional<std::size_t> opening_quote(std::string_view text, std::size_t at) {
  while (at < text.size()) {
    const char c = text[at];
    if (c == '"' || c == '\'') return at;
    if (is_blank_or_break(c)) {
      ++at;
    } else if (c == '#') {
      at = text.find('\n', at);
    } else if (c == '!' || c == '&') {
      while (at < text.size() && !is_blank_or_break(text[at])) ++at;
    } else {
      return std::nullopt;  // plain or block scalar
    }
  }
  return std::nullopt;
}

// The tag among the properties of a node written at `at` (`&anchor !!tag`), as yaml-cpp resolves
// it when no %TAG directive applies; nothing when it has none.
std::optional<std::string> root_tag(std::string_view text, std::size_t at) {
  while (at < text.size()) {
    const char c = text[at];
    if (is_blank_or_break(c)) {
      ++at;
      continue;
    }
    if (c != '!' && c != '&') return std::nullopt;
    std::size_t end = at;
    while (end < text.size() && !is_blank_or_break(text[end])) ++end;
    const std::string_view property = text.substr(at, end - at);
    at = end;
    if (c == '&') continue;
    if (property.starts_with("!<") && property.ends_with(">"))
      return std::string(property.substr(2, property.size() - 3));
    if (property.starts_with("!!")) return "tag:yaml.org,2002:" + std::string(property.substr(2));
    return std::string(property);
  }
  return std::nullopt;
}

// Whether the quoted scalar opening at `quote` is closed before the end of `text`: in double
// quotes `\` escapes the next character, in single quotes `''` is a quote.
bool closes(std::string_view text, std::size_t quote) {
  const bool single = text[quote] == '\'';
  for (std::size_t i = quote + 1; i < text.size(); ++i) {
    i = text.find_first_of(single ? std::string_view("'") : std::string_view("\"\\"), i);
    if (i == kNone) return false;
    if (text[i] == '\\') {
      ++i;
    } else if (single && i + 1 < text.size() && text[i + 1] == '\'') {
      ++i;
    } else {
      return true;
    }
  }
  return false;
}

// A line that starts a document region: `---`, then a blank, a line break or the end.
bool is_marker_line(std::string_view text, std::size_t at) {
  return text.substr(at, 3) == "---" && (at + 3 == text.size() || is_blank_or_break(text[at + 3]));
}

// The start of the line holding byte `at`.
std::size_t line_start(std::string_view text, std::size_t at) {
  if (at == 0) return 0;
  const std::size_t line_break = text.rfind('\n', std::min(at, text.size()) - 1);
  return line_break == kNone ? 0 : line_break + 1;
}

// The start of the first marker line after the line starting at `from`, or the end of `text`.
std::size_t next_marker(std::string_view text, std::size_t from) {
  for (std::size_t at = text.find('\n', from); at != kNone; at = text.find('\n', at)) {
    ++at;
    if (is_marker_line(text, at)) return at;
  }
  return text.size();
}

// yaml-cpp 0.7 decodes the escapes \N (U+0085) and \_ (U+00A0) of a double-quoted scalar to the
// single bytes 0x85 and 0xA0, which are not UTF-8. The text it is given is UTF-8 (source_text
// checks), so such a lone byte can only come from one of those escapes: it becomes the code point
// the escape names.
std::string escapes_decoded(const std::string& value) {
  if (value.find_first_of("\x85\xA0") == std::string::npos) return value;
  std::string out;
  for (std::size_t i = 0; i < value.size();) {
    const std::size_t length = util::utf8_sequence_length(value, i);
    if (length > 0) {
      out.append(value, i, length);
      i += length;
      continue;
    }
    const auto byte = static_cast<unsigned char>(value[i++]);
    if (byte == 0x85 || byte == 0xA0) {
      out += '\xC2';
      out += static_cast<char>(byte);
    } else {
      out += static_cast<char>(byte);  // never seen: left for the output's own escaping
    }
  }
  return out;
}

class TreeBuilder final : public YAML::EventHandler {
 public:
  // Where the parse of a document stands: none begun, begun, ended by yaml-cpp, or taken.
  enum class State : unsigned char { none, open, ended, taken };

  TreeBuilder(model::FileId file, std::string_view text, findings::FindingList& out, int first_line)
      : file_(file),
        first_line_(first_line),
        text_(text),
        columns_(text),
        out_(out),
        findings_at_start_(out.mark()) {}

  // The document yaml-cpp has ended, with the message of its first alias finding completed.
  std::optional<Node> take_document() {
    if (aliases_ > 1) {
      for (std::size_t i = findings_at_start_.size; i < out_.size(); ++i)
        if (out_[i].rule == format::kAlias.id) {
          out_[i].message =
              msg_n("YAML aliases are not accepted in registry files ({count} in this document)",
                    "YAML aliases are not accepted in registry files ({count} in this document)",
                    static_cast<unsigned long>(aliases_));
          break;
        }
    }
    state_ = State::taken;
    std::optional<Node> result = std::move(root_);
    clear();
    return result;
  }

  State state() const { return state_; }
  // Frees what was built of the current document.
  void discard() { clear(); }
  // The findings when the current (or last) document began: where to roll them back to.
  const findings::FindingList::Mark& findings_at_start() const { return findings_at_start_; }

  model::Location locate(const YAML::Mark& mark) {
    if (mark.is_null()) return {file_, first_line_, 1};
    const auto offset = static_cast<std::size_t>(mark.pos);
    return {file_, first_line_ + mark.line,
            columns_.column(offset, static_cast<std::size_t>(mark.column))};
  }

  void OnDocumentStart(const YAML::Mark& mark) override {
    document_start_ = mark;
    nodes_ = 0;
    findings_at_start_ = out_.mark();
    state_ = State::open;
    aliases_ = 0;
    last_scalar_.reset();
    clear();
  }

  const YAML::Mark& document_start() const { return document_start_; }
  void OnDocumentEnd() override { state_ = State::ended; }

  // The opening quote of the current document's last scalar, when that scalar is quoted and
  // its closing quote is missing from the text: yaml-cpp 0.7 accepts such a scalar at the end of
  // its input.
  struct Quote {
    model::Location where;
    bool single = false;
  };
  std::optional<Quote> unclosed_quote() const {
    if (!last_scalar_ || last_scalar_->pos < 0) return std::nullopt;
    const auto mark = static_cast<std::size_t>(last_scalar_->pos);
    const std::optional<std::size_t> quote = opening_quote(text_, mark);
    if (!quote || closes(text_, *quote)) return std::nullopt;
    const std::size_t begins = line_start(text_, *quote);
    const auto lines = std::count(text_.begin() + static_cast<std::ptrdiff_t>(mark),
                                  text_.begin() + static_cast<std::ptrdiff_t>(*quote), '\n');
    return Quote{{file_, first_line_ + last_scalar_->line + static_cast<int>(lines),
                  code_point_column(text_, *quote, *quote - begins)},
                 text_[*quote] == '\''};
  }

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    // yaml-cpp 0.7 drops the tag of an empty root node at the end of its input (`--- !!str`),
    // which before a `---` line is an empty tagged scalar: read it as that, wherever it is.
    if (stack_.empty() && mark.pos >= 0)
      if (auto tag = root_tag(text_, static_cast<std::size_t>(mark.pos))) {
        OnScalar(mark, *tag, anchor, {});
        return;
      }
    Node& node = begin_node();
    node.where = locate(mark);
  }

  // Only a document's first alias is reported, with the count, so an alias bomb gives one
  // finding rather than thousands.
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    Node& node = begin_node();
    node.kind = Node::Kind::invalid;
    node.where = locate(mark);
    if (aliases_++ == 0)
      out_.add(format::kAlias, node.where, msg("YAML aliases are not accepted in registry files"),
               msg("write the value out where it is used"));
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                const std::string& value) override {
    Node& node = begin_node();
    node.kind = Node::Kind::scalar;
    node.plain = tag == "?";
    node.where = locate(mark);
    node.text = node.plain ? value : escapes_decoded(value);
    last_scalar_ = mark;
    check_tag(tag, "str", node.where);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    open(Node::Kind::sequence, mark);
    check_tag(tag, "seq", locate(mark));
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    open(Node::Kind::mapping, mark);
    check_tag(tag, "map", locate(mark));
  }
  void OnMapEnd() override { close(); }

 private:
  // yaml-cpp gives "?" for an untagged plain node, "!" for an untagged quoted scalar, and the
  // resolved tag otherwise. The value is still read as if untagged.
  void check_tag(const std::string& tag, std::string_view restating, const model::Location& where) {
    constexpr std::string_view kCoreTags = "tag:yaml.org,2002:";
    if (tag.empty() || tag == "?" || tag == "!") return;
    const bool core = tag.starts_with(kCoreTags);
    if (core && std::string_view(tag).substr(kCoreTags.size()) == restating) return;
    const std::string shown = core ? "!!" + tag.substr(kCoreTags.size())
                                   : (tag.starts_with("!") ? tag : "!<" + tag + ">");
    out_.add(format::kTag, where, msg("the YAML tag `{tag}` is not accepted", arg("tag", shown)),
             msg("remove the tag: registry values are read as the registry format defines them"));
  }

  // An open sequence or mapping. Nodes are built where they will stay: the parent's storage does
  // not move while a child is open, since only the innermost open node grows.
  struct Frame {
    Node* node;
    std::optional<Node> pending_key;  // a mapping's key, until its value begins
    // Mapping key -> entry, built only for large mappings: a scan of a few entries is cheaper
    // than hashing every key of every small mapping.
    std::unordered_map<std::string, std::size_t> key_index;
  };

  static constexpr std::size_t kScanEntries = 16;
  static constexpr std::size_t kReservingNodes = 4096;

  // The entry of `frame` whose key is `key`, if any.
  static const Entry* find_key(Frame& frame, const std::string& key) {
    auto& entries = frame.node->entries;
    if (entries.size() <= kScanEntries) {
      for (const Entry& entry : entries)
        if (entry.key.text == key) return &entry;
      return nullptr;
    }
    if (frame.key_index.empty())
      for (std::size_t i = 0; i < entries.size(); ++i)
        frame.key_index.emplace(entries[i].key.text, i);
    const auto it = frame.key_index.find(key);
    return it == frame.key_index.end() ? nullptr : &entries[it->second];
  }

  // The place of the node an event begins: the root, a sequence item, a mapping key, a mapping
  // value, or a discarded value (of a key already reported).
  Node& begin_node() {
    if (++nodes_ > kMaxDocumentNodes) throw TooManyNodes{};
    if (stack_.empty()) return root_.emplace();
    Frame& frame = stack_.back();
    Node& parent = *frame.node;
    if (parent.kind == Node::Kind::sequence) return parent.items.emplace_back();
    if (!frame.pending_key) return frame.pending_key.emplace();
    Node key = std::move(*frame.pending_key);
    frame.pending_key.reset();
    if (!accept_key(frame, key)) return discarded_.emplace_back();
    if (!frame.key_index.empty()) frame.key_index.emplace(key.text, parent.entries.size());
    return parent.entries.emplace_back(Entry{std::move(key), Node{}}).value;
  }

  // False, after reporting it, for a key whose value is not read.
  bool accept_key(Frame& frame, const Node& key) {
    if (key.is_invalid()) return false;
    if (!key.is_scalar()) {
      out_.add(format::kWrongType, key.where,
               msg("a mapping key must be a string, not {actual}", arg("actual", describe(key))));
      return false;
    }
    if (key.plain && key.text == "<<") {
      out_.add(format::kMergeKey, key.where,
               msg("YAML merge keys (<<) are not accepted in registry files"),
               msg("write the merged keys out in this mapping"));
      return false;
    }
    if (const Entry* first = find_key(frame, key.text)) {
      out_.add(format::kDuplicateKey, key.where,
               msg("duplicate key `{key}`; only the first is read", arg("key", key.text)))
          .related.push_back({first->key.where, msg("first defined here")});
      return false;
    }
    return true;
  }

  void clear() {
    root_.reset();
    stack_.clear();
    discarded_.clear();
  }

  void open(Node::Kind kind, const YAML::Mark& mark) {
    Node& node = begin_node();
    node.kind = kind;
    node.where = locate(mark);
    // Most mappings of a registry hold a handful of keys: one allocation instead of four. Not in a
    // large document, whose mappings would then hold 1.5 KiB each, most of it unused.
    if (kind == Node::Kind::mapping && nodes_ <= kReservingNodes) node.entries.reserve(8);
    stack_.push_back(Frame{&node, std::nullopt, {}});
  }

  void close() {
    if (!stack_.empty()) stack_.pop_back();
  }

  model::FileId file_;
  int first_line_;
  std::string_view text_;
  ColumnCounter columns_;
  findings::FindingList& out_;
  findings::FindingList::Mark findings_at_start_;
  std::deque<Frame> stack_;     // a deque: a frame's pending key may hold an open node
  std::deque<Node> discarded_;  // values of refused keys, dropped with the document
  std::optional<Node> root_;
  int aliases_ = 0;
  std::size_t nodes_ = 0;  // of the current document
  YAML::Mark document_start_;
  State state_ = State::none;
  std::optional<YAML::Mark> last_scalar_;  // of the current document
};

// Tabs in indentation are the most common cause of a puzzling YAML error: say so.
i18n::Message syntax_hint(std::string_view text, const YAML::Mark& mark) {
  if (mark.is_null() || mark.pos < 0) return {};
  const auto pos = std::min(static_cast<std::size_t>(mark.pos), text.size());
  for (std::size_t i = line_start(text, pos);
       i < text.size() && (text[i] == ' ' || text[i] == '\t'); ++i)
    if (text[i] == '\t') return msg("YAML does not allow tabs for indentation; use spaces");
  return {};
}

// What stopped a pass of yaml-cpp over a text.
struct Failure {
  enum class Kind : unsigned char { syntax, depth, stray, nodes } kind;
  YAML::Mark mark;
  std::string message;
};

// Parses a text into documents. The text is a sequence of document regions, each from one `---`
// line to the next, and in valid YAML nothing crosses from one region into the next. One yaml-cpp
// parser reads the whole text (the fast path); when it fails, the document it failed in is read
// again alone, from the line it starts on to the next `---` line, and whatever that gives is
// reported; the fast path then goes on after that region. So what is found in a region does not
// depend on what precedes or follows it: a file gives the same findings whole or in pieces cut
// before `---` lines.
class DocumentParser {
 public:
  DocumentParser(model::FileId file, std::string_view text, const OnDocument& on_document,
                 findings::FindingList& out, int first_line)
      : file_(file), text_(text), on_document_(on_document), out_(out), first_line_(first_line) {}

  int run() {
    std::size_t at = 0;
    int line = first_line_;
    std::size_t window = kWhole;
    while (at < text_.size()) {
      // The fast path, from `at` to the end of the window.
      const std::size_t end = window == kWhole ? text_.size() : window_end(at, window);
      const std::string_view rest = text_.substr(at, end - at);
      TreeBuilder builder(file_, rest, out_, line);
      const std::optional<Failure> failure = parse(rest, builder, kNothingTaken);
      if (!failure) {
        at = end;
        line += static_cast<int>(std::count(rest.begin(), rest.end(), '\n'));
        if (window != kWhole) window = 2 * rest.size();
        continue;
      }
      // The failing document's region: from the line of its start (or of the text's start) to
      // the next `---` line. The document may already be taken (an empty document yaml-cpp
      // returns for ever, or one ended by `...` before what follows failed): it is read again,
      // not handed on again.
      const bool started = builder.state() != TreeBuilder::State::none;
      const bool taken = builder.state() == TreeBuilder::State::taken;
      const YAML::Mark start = started ? builder.document_start() : YAML::Mark();
      const std::size_t from = started ? line_start(rest, static_cast<std::size_t>(start.pos)) : 0;
      const std::size_t to = next_marker(rest, from);
      const int from_line = line + (started ? start.line : 0);
      if (started && !taken) out_.rollback(builder.findings_at_start());
      const std::string_view region = rest.substr(from, to - from);
      builder.discard();  // not two trees of a large document at once
      TreeBuilder region_builder(file_, region, out_, from_line);
      const int again_through = taken ? start.pos - static_cast<int>(from) : kNothingTaken;
      const std::size_t region_first = out_.size();
      if (const auto region_failure = parse(region, region_builder, again_through))
        report(region_builder, region, *region_failure);
      // What the region's findings are about: the region itself, whatever precedes it.
      findings::Subject region_subject;
      region_subject.anonymous = fmt::format("{:016x}", text_hash(region));
      out_.set_subjects_from(region_first, region_subject);
      at += to;
      line = from_line + static_cast<int>(std::count(region.begin(), region.end(), '\n'));
      // yaml-cpp may have read far beyond the failure: on an unclosed flow collection it reads
      // to the end of its input before it fails. So that a file of many broken documents does
      // not cost quadratic time, the fast path goes on in windows of whole regions: one region,
      // then each window twice the last one that parsed, so what is read in vain stays within
      // twice what parsed.
      window = 0;
    }
    return documents_;
  }

 private:
  static constexpr int kNothingTaken = -1;
  static constexpr std::size_t kWhole = kNone;

  // The end of a window from `at`: the last marker line at most `target` bytes on, or the end of
  // the first region when it is longer.
  std::size_t window_end(std::size_t at, std::size_t target) const {
    std::size_t end = next_marker(text_, at);
    while (end < text_.size()) {
      const std::size_t next = next_marker(text_, end);
      if (next - at > target) break;
      end = next;
    }
    return end;
  }

  // Parses `text` with a fresh yaml-cpp parser into `builder`, taking each document as it ends;
  // those that start at or before byte `again_through` were taken before. Returns what stopped
  // it, if anything did.
  std::optional<Failure> parse(std::string_view text, TreeBuilder& builder, int again_through) {
    MemoryBuffer buffer(text);
    std::istream stream(&buffer);
    const auto again = [&] { return builder.document_start().pos <= again_through; };
    int previous_empty_start = -1;
    std::optional<Failure> failure;
    try {
      YAML::Parser parser(stream);
      while (parser.HandleNextDocument(builder)) {
        const bool empty = take(builder, again());
        if (!empty) continue;
        // yaml-cpp 0.7 can return the same empty document for ever on a token it does not
        // consume (a stray `,`: upstream issue #1040). Genuine empty documents advance.
        const int start = builder.document_start().pos;
        if (start == previous_empty_start) {
          const auto at = static_cast<std::size_t>(std::max(start, 0));
          return Failure{Failure::Kind::stray, builder.document_start(),
                         at < text.size() ? std::string(1, text[at]) : std::string()};
        }
        previous_empty_start = start;
      }
    } catch (const TooManyNodes&) {
      failure = Failure{Failure::Kind::nodes, builder.document_start(), {}};
    } catch (const YAML::DeepRecursion& e) {
      failure = Failure{Failure::Kind::depth, e.mark, {}};
    } catch (const YAML::Exception& e) {
      failure = Failure{Failure::Kind::syntax, e.mark, e.msg};
    }
    // A document yaml-cpp ended before failing on what follows it (after `...`) is whole.
    if (failure && builder.state() == TreeBuilder::State::ended) take(builder, again());
    return failure;
  }

  // Takes the document the builder has ended: hands it on, unless it was handed on before
  // (`again`: its findings are dropped, as they were reported then) or its last scalar is an
  // unclosed quoted string. True for an empty document.
  bool take(TreeBuilder& builder, bool again) {
    std::optional<Node> root = builder.take_document();
    const bool empty = !root || root->kind == Node::Kind::null;
    if (again) {
      out_.rollback(builder.findings_at_start());
    } else if (!report_unclosed_quote(builder) && !empty) {
      ++documents_;
      on_document_(*root, builder.findings_at_start().size);
    }
    return empty;
  }

  // Reports the current document's unclosed quoted string, if it has one.
  bool report_unclosed_quote(const TreeBuilder& builder) {
    const auto quote = builder.unclosed_quote();
    if (!quote) return false;
    out_.add(format::kYamlSyntax, quote->where,
             msg("YAML syntax error: a quoted string is not closed"),
             quote->single ? msg("close the string with `'`; a `'` inside it is written `''`")
                           : msg("close the string with `\"`; a `\"` inside it is written `\\\"`"));
    return true;
  }

  void report(TreeBuilder& builder, std::string_view text, const Failure& failure) {
    switch (failure.kind) {
      case Failure::Kind::depth:
        out_.add(format::kInputLimit, builder.locate(failure.mark),
                 msg("the YAML is nested too deeply (more than 2,000 levels)"));
        return;
      case Failure::Kind::nodes:
        out_.add(format::kInputLimit, builder.locate(failure.mark),
                 msg("the document holds more than {limit} YAML values; it is not read",
                     arg("limit", kMaxDocumentNodes)),
                 msg("a registry document holds one partner or the Group: a few thousand values "
                     "at most"));
        return;
      case Failure::Kind::stray:
        out_.add(format::kYamlSyntax, builder.locate(failure.mark),
                 msg("YAML syntax error: unexpected `{text}`", arg("text", failure.message)),
                 msg("a `,` or flow indicator outside a [list] or {{mapping}}"));
        return;
      case Failure::Kind::syntax:
        // An unclosed quoted string runs to the end of the text, where yaml-cpp then fails (an
        // unclosed flow collection): the string is the cause.
        if (builder.state() == TreeBuilder::State::open && report_unclosed_quote(builder)) return;
        out_.add(format::kYamlSyntax, builder.locate(failure.mark),
                 // TRANSLATORS: {detail} is yaml-cpp's own description of the error, translated
                 // when it is one of yaml-cpp's known messages (load/yaml_errors.cpp).
                 msg("YAML syntax error: {detail}", yaml_error_detail("detail", failure.message)),
                 syntax_hint(text, failure.mark));
        return;
    }
  }

  model::FileId file_;
  std::string_view text_;
  const OnDocument& on_document_;
  findings::FindingList& out_;
  int first_line_;
  int documents_ = 0;
};

}  // namespace

int parse_documents(model::FileId file, std::string_view text, const OnDocument& on_document,
                    findings::FindingList& out, int first_line) {
  return DocumentParser(file, text, on_document, out, first_line).run();
}

}  // namespace gcsj::load
