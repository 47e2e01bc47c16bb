#include "load/document_parser.hpp"

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

#include <fmt/format.h>

#include "load/format_rules.hpp"
#include "load/memory_buffer.hpp"
#include "load/source_text.hpp"

namespace gcsj::load {
namespace {

using findings::Finding;

class TreeBuilder final : public YAML::EventHandler {
 public:
  TreeBuilder(model::FileId file, std::string_view text, std::vector<Finding>& out, int first_line)
      : file_(file), first_line_(first_line), text_(text), columns_(text), out_(out) {}

  // The finished document. Its alias findings start at `findings_before` in `out`.
  std::optional<Node> take_document(std::vector<Finding>& out, std::size_t findings_before) {
    if (aliases_ > 1) {
      for (std::size_t i = findings_before; i < out.size(); ++i)
        if (out[i].rule == format::kAlias.id) {
          out[i].message = alias_message_;
          break;
        }
    }
    aliases_ = 0;
    std::optional<Node> result = std::move(root_);
    root_.reset();
    stack_.clear();
    discarded_.clear();
    return result;
  }

  model::Location locate(const YAML::Mark& mark) {
    if (mark.is_null()) return {file_, first_line_, 1};
    const auto offset = static_cast<std::size_t>(mark.pos);
    return {file_, first_line_ + mark.line,
            columns_.column(offset, static_cast<std::size_t>(mark.column))};
  }

  void OnDocumentStart(const YAML::Mark& mark) override { document_start_ = mark; }

  const YAML::Mark& document_start() const { return document_start_; }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
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
      findings::add_finding(out_, format::kAlias, node.where,
                            "YAML aliases are not accepted in registry files",
                            "write the value out where it is used");
    alias_message_ = fmt::format(
        "YAML aliases are not accepted in registry files ({} in this document)", aliases_);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                const std::string& value) override {
    Node& node = begin_node();
    node.kind = Node::Kind::scalar;
    node.plain = tag == "?";
    node.where = locate(mark);
    node.text = value;
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
    findings::add_finding(
        out_, format::kTag, where, fmt::format("the YAML tag `{}` is not accepted", shown),
        "remove the tag: registry values are read as the registry format defines them");
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
      findings::add_finding(out_, format::kWrongType, key.where,
                            fmt::format("a mapping key must be a string, not {}", describe(key)));
      return false;
    }
    if (key.plain && key.text == "<<") {
      findings::add_finding(out_, format::kMergeKey, key.where,
                            "YAML merge keys (<<) are not accepted in registry files",
                            "write the merged keys out in this mapping");
      return false;
    }
    if (const Entry* first = find_key(frame, key.text)) {
      findings::add_finding(out_, format::kDuplicateKey, key.where,
                            fmt::format("duplicate key `{}`; only the first is read", key.text))
          .related.push_back({first->key.where, "first defined here"});
      return false;
    }
    return true;
  }

  void open(Node::Kind kind, const YAML::Mark& mark) {
    Node& node = begin_node();
    node.kind = kind;
    node.where = locate(mark);
    // Most mappings of a registry hold a handful of keys: one allocation instead of four.
    if (kind == Node::Kind::mapping) node.entries.reserve(8);
    stack_.push_back(Frame{&node, std::nullopt, {}});
  }

  void close() {
    if (!stack_.empty()) stack_.pop_back();
  }

  model::FileId file_;
  int first_line_;
  std::string_view text_;
  ColumnCounter columns_;
  std::vector<Finding>& out_;
  std::deque<Frame> stack_;     // a deque: a frame's pending key may hold an open node
  std::deque<Node> discarded_;  // values of refused keys, dropped with the document
  std::optional<Node> root_;
  int aliases_ = 0;
  YAML::Mark document_start_;
  std::string alias_message_;
};

// Tabs in indentation are the most common cause of a puzzling YAML error: say so.
std::string syntax_hint(std::string_view text, const YAML::Mark& mark) {
  if (mark.is_null() || mark.pos < 0) return {};
  const auto pos = std::min(static_cast<std::size_t>(mark.pos), text.size());
  const auto line_start = text.rfind('\n', pos == 0 ? 0 : pos - 1);
  const auto begin = (line_start == std::string_view::npos || pos == 0) ? 0 : line_start + 1;
  for (std::size_t i = begin; i < text.size() && (text[i] == ' ' || text[i] == '\t'); ++i)
    if (text[i] == '\t') return "YAML does not allow tabs for indentation; use spaces";
  return {};
}

}  // namespace

int parse_documents(model::FileId file, std::string_view text,
                    const std::function<void(const Node&)>& on_document, std::vector<Finding>& out,
                    int first_line) {
  MemoryBuffer buffer(text);
  std::istream stream(&buffer);
  TreeBuilder builder(file, text, out, first_line);
  int documents = 0;
  try {
    YAML::Parser parser(stream);
    std::size_t findings_before = out.size();
    int previous_empty_start = -1;
    while (parser.HandleNextDocument(builder)) {
      std::optional<Node> root = builder.take_document(out, findings_before);
      findings_before = out.size();
      if (!root || root->kind == Node::Kind::null) {
        // yaml-cpp 0.7 can return the same empty document for ever on a token it does not
        // consume (a stray `,`: upstream issue #1040). Genuine empty documents advance.
        const int start = builder.document_start().pos;
        if (start == previous_empty_start) {
          const auto at = static_cast<std::size_t>(std::max(start, 0));
          const std::string stray = at < text.size() ? std::string(1, text[at]) : std::string();
          findings::add_finding(out, format::kYamlSyntax, builder.locate(builder.document_start()),
                                fmt::format("YAML syntax error: unexpected `{}`", stray),
                                "a `,` or flow indicator outside a [list] or {mapping}");
          break;
        }
        previous_empty_start = start;
        continue;
      }
      ++documents;
      on_document(*root);
    }
  } catch (const YAML::DeepRecursion& e) {
    findings::add_finding(out, format::kInputLimit, builder.locate(e.mark),
                          "the YAML is nested too deeply (more than 2,000 levels)");
  } catch (const YAML::Exception& e) {
    findings::add_finding(out, format::kYamlSyntax, builder.locate(e.mark),
                          fmt::format("YAML syntax error: {}", e.msg), syntax_hint(text, e.mark));
  }
  return documents;
}

}  // namespace gcsj::load
