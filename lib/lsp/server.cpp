#include "lsp/server.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <exception>
#include <filesystem>
#include <set>
#include <utility>

#include "app/options.hpp"
#include "load/registry_loader.hpp"
#include "lsp/code_actions.hpp"
#include "lsp/completion.hpp"
#include "lsp/definition.hpp"
#include "lsp/diagnostics.hpp"
#include "lsp/hover.hpp"
#include "lsp/text_position.hpp"
#include "lsp/uri.hpp"
#include "refdata/reference_data.hpp"
#include "util/regular_file.hpp"
#include "version.hpp"

namespace gcsj::lsp {
namespace {

using nlohmann::json;

// A request the server does not know: answered with method_not_found.
struct UnknownMethod {};

// A request whose parameters are wrong in a way the server tells in words.
struct BadParams {
  std::string problem;
};

// The deepest nesting of arrays and objects a message may have: LSP's deepest is a few levels; a
// hostile `[[[[...` of millions is refused before it is parsed.
constexpr int kMaxDepth = 64;

bool too_deep(std::string_view body) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < body.size(); ++i) {
    const char c = body[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxDepth) return true;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return false;
}

json error_response(const json& id, int code, const std::string& message) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}};
}

json notification(const std::string& method, json params) {
  return {{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}

// The language of an LSP `locale` ("fr", "fr-CH", "es_ES.UTF-8"), English when gcsj does not
// speak it.
const i18n::Translator& language_of(const std::string& locale) {
  std::string code;
  for (const char c : locale) {
    if (c == '-' || c == '_' || c == '.') break;
    code += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  const i18n::Translator* found = i18n::Translator::of(code);
  return found ? *found : i18n::Translator::english();
}

// The text of a regular file (not through a link, not a pipe), up to the message limit; empty
// otherwise: its diagnostics' columns are then taken as they are.
std::string file_text(const std::string& path) {
  auto opened = util::open_regular_file(path);
  if (!opened || opened->size() > kMaxMessageBytes) return {};
  std::string text(opened->size(), '\0');
  std::size_t got = 0;
  while (got < text.size()) {
    const ssize_t n = ::read(opened->fd(), text.data() + got, text.size() - got);
    if (n <= 0) break;
    got += static_cast<std::size_t>(n);
  }
  text.resize(got);
  return text;
}

// The offset in bytes of an LSP position in `text`, clamped to the text.
std::size_t offset_of(std::string_view text, const json& position) {
  const int line = position.at("line").get<int>();
  const int character = position.at("character").get<int>();
  std::size_t begin = 0;
  for (int l = 0; l < line; ++l) {
    const std::size_t newline = text.find('\n', begin);
    if (newline == std::string_view::npos) return text.size();
    begin = newline + 1;
  }
  const std::string_view here = lsp::line_text(text.substr(begin), 1);
  return begin + byte_of(here, column_of(here, std::max(0, character)));
}

// `text` with the changes of a didChange applied: a whole new text, or a range replaced.
void apply_changes(std::string& text, const json& changes) {
  for (const json& change : changes) {
    const std::string& replacement = change.at("text").get_ref<const std::string&>();
    if (!change.contains("range")) {
      text = replacement;
      continue;
    }
    const json& range = change.at("range");
    const std::size_t begin = offset_of(text, range.at("start"));
    const std::size_t end = std::max(begin, offset_of(text, range.at("end")));
    text.replace(begin, end - begin, replacement);
  }
}

// The directory of a workspace folder, without a trailing slash; nullopt if it is none.
std::optional<std::string> directory_of(const std::string& uri) {
  auto path = path_of_uri(uri);
  if (!path) return std::nullopt;
  while (path->size() > 1 && path->back() == '/') path->pop_back();
  std::error_code error;
  if (!std::filesystem::is_directory(*path, error)) return std::nullopt;
  return path;
}

// The URI and position of an LSP TextDocumentPositionParams, as a 1-based line and code-point
// column of `text`.
Cursor cursor_of(const json& params, std::string_view text) {
  const json& position = params.at("position");
  const int line = position.at("line").get<int>() + 1;
  return {line, column_of(lsp::line_text(text, line), position.at("character").get<int>())};
}

// An LSP position, ordered as positions in a text are.
using Position = std::pair<int, int>;
Position position_of(const json& position) {
  return {position.at("line").get<int>(), position.at("character").get<int>()};
}

// The LSP range of a stretch of one line of `text`.
json range_of_span(const Span& span, std::string_view text) {
  const std::string_view line = line_text(text, span.line);
  return {{"start", {{"line", span.line - 1}, {"character", utf16_of(line, span.begin)}}},
          {"end", {{"line", span.line - 1}, {"character", utf16_of(line, span.end)}}}};
}

// LSP's CompletionItemKind of an item.
int completion_kind(CompletionItem::Kind kind) {
  switch (kind) {
    case CompletionItem::Kind::key:
      return 10;  // Property
    case CompletionItem::Kind::value:
      return 20;  // EnumMember
    case CompletionItem::Kind::partner:
      return 18;  // Reference
    case CompletionItem::Kind::country:
      return 21;  // Constant
  }
  return 1;
}

}  // namespace

Server::Server() = default;
Server::~Server() = default;

std::vector<json> Server::on_frame(const Frame& frame) {
  out_.clear();
  if (frame.kind == Frame::Kind::bad) {
    out_.push_back(error_response(nullptr, frame.code, frame.problem));
  } else if (frame.kind == Frame::Kind::message) {
    if (too_deep(frame.body)) {
      out_.push_back(error_response(nullptr, error_code::parse_error,
                                    "the message nests arrays and objects too deeply"));
    } else {
      json message = json::parse(frame.body, nullptr, false);
      if (message.is_discarded())
        out_.push_back(
            error_response(nullptr, error_code::parse_error, "the message is not valid JSON"));
      else
        on_message(message);
    }
  }
  return std::move(out_);
}

void Server::on_message(const json& message) {
  if (!message.is_object()) {
    out_.push_back(error_response(nullptr, error_code::invalid_request,
                                  "a message is a JSON object (the protocol has no batches)"));
    return;
  }
  const bool has_id = message.contains("id");
  const json id = has_id ? message["id"] : json(nullptr);
  if (has_id && !id.is_number_integer() && !id.is_string() && !id.is_null()) {
    out_.push_back(error_response(nullptr, error_code::invalid_request,
                                  "a request's id is a number or a string"));
    return;
  }
  if (!message.contains("method")) {
    if (has_id && (message.contains("result") || message.contains("error")))
      return;  // the answer to a request of ours: the server sends none it waits for
    out_.push_back(error_response(id, error_code::invalid_request, "the message has no method"));
    return;
  }
  if (!message["method"].is_string()) {
    out_.push_back(error_response(id, error_code::invalid_request, "the method is not a string"));
    return;
  }
  const std::string method = message["method"].get<std::string>();
  // No params, or null (as `shutdown` and `exit` may have), are none.
  const json params = message.contains("params") && !message["params"].is_null() ? message["params"]
                                                                                 : json::object();
  if (!params.is_object() && !params.is_array()) {
    if (has_id)
      out_.push_back(
          error_response(id, error_code::invalid_params, "params is an object or an array"));
    return;
  }
  if (!has_id) {
    // A notification has no answer: what is wrong with it is logged, and the server reads on.
    try {
      on_notification(method, params);
    } catch (const BadParams& bad) {
      log(1, method + ": " + bad.problem);
    } catch (const std::exception& e) {
      log(1, method + ": " + e.what());
    }
    return;
  }
  if (shut_down_) {
    out_.push_back(error_response(id, error_code::invalid_request,
                                  "the server is shut down: it takes only `exit` now"));
    return;
  }
  if (!initialized_ && method != "initialize") {
    out_.push_back(error_response(id, error_code::server_not_initialized,
                                  "the server is not initialized: send `initialize` first"));
    return;
  }
  try {
    json result = on_request(method, params);
    out_.push_back({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
  } catch (const UnknownMethod&) {
    out_.push_back(error_response(id, error_code::method_not_found,
                                  "gcsj lsp does not know the method " + method));
  } catch (const BadParams& bad) {
    out_.push_back(error_response(id, error_code::invalid_params, method + ": " + bad.problem));
  } catch (const json::exception& e) {
    out_.push_back(error_response(id, error_code::invalid_params, method + ": " + e.what()));
  } catch (const std::exception& e) {
    out_.push_back(error_response(id, error_code::internal_error, method + ": " + e.what()));
  }
}

json Server::on_request(const std::string& method, const json& params) {
  if (method == "initialize") return initialize(params);
  if (method == "shutdown") {
    shut_down_ = true;
    return nullptr;
  }
  if (method == "textDocument/hover") return hover(params);
  if (method == "textDocument/completion") return completion(params);
  if (method == "textDocument/definition") return definition(params);
  if (method == "textDocument/codeAction") return code_action(params);
  throw UnknownMethod{};
}

void Server::on_notification(const std::string& method, const json& params) {
  if (method == "exit") {
    exited_ = true;
    return;
  }
  if (!initialized_ || shut_down_) return;  // dropped, as the protocol asks
  if (method == "initialized") {
    if (!workspace_) open_workspace();
  } else if (method == "textDocument/didOpen") {
    const json& document = params.at("textDocument");
    opened(document.at("uri").get<std::string>(), document.at("text").get<std::string>());
  } else if (method == "textDocument/didChange") {
    changed(params.at("textDocument").at("uri").get<std::string>(), params.at("contentChanges"));
  } else if (method == "textDocument/didSave") {
    const std::string uri = params.at("textDocument").at("uri").get<std::string>();
    const auto path = path_of_uri(uri);
    // A saved configuration changes what every file is judged by: the registry is read again.
    if (root_ && path && std::filesystem::path(*path).filename() == ".gcsj.yaml") open_workspace();
  } else if (method == "textDocument/didClose") {
    closed(params.at("textDocument").at("uri").get<std::string>());
  } else if (method == "workspace/didChangeWatchedFiles") {
    if (root_) open_workspace();  // files added or removed on disk: the plan is made again
  }
  // Any other notification ($/cancelRequest, $/setTrace, ...) needs nothing of this server.
}

json Server::initialize(const json& params) {
  if (initialized_) throw BadParams{"the server is initialized already"};
  if (params.contains("locale") && params["locale"].is_string())
    language_ = &language_of(params["locale"].get<std::string>());
  if (params.contains("initializationOptions") && params["initializationOptions"].is_object()) {
    const json& options = params["initializationOptions"];
    if (options.contains("language") && options["language"].is_string())
      language_ = &language_of(options["language"].get<std::string>());
    if (options.contains("asOf")) {
      const auto date = options["asOf"].is_string()
                            ? model::Date::parse(options["asOf"].get<std::string>())
                            : std::nullopt;
      if (!date) throw BadParams{"initializationOptions.asOf is a date, YYYY-MM-DD"};
      as_of_ = *date;
    }
  }
  if (params.contains("workspaceFolders") && params["workspaceFolders"].is_array() &&
      !params["workspaceFolders"].empty())
    root_ = directory_of(params["workspaceFolders"][0].at("uri").get<std::string>());
  else if (params.contains("rootUri") && params["rootUri"].is_string())
    root_ = directory_of(params["rootUri"].get<std::string>());
  else if (params.contains("rootPath") && params["rootPath"].is_string())
    root_ = directory_of(uri_of_path(params["rootPath"].get<std::string>()));
  initialized_ = true;
  return {
      {"capabilities",
       {
           {"positionEncoding", "utf-16"},
           {"textDocumentSync",
            {{"openClose", true}, {"change", 1}, {"save", {{"includeText", false}}}}},
           {"hoverProvider", true},
           {"completionProvider", {{"triggerCharacters", {":", " ", "-", "[", ","}}}},
           {"definitionProvider", true},
           {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
       }},
      {"serverInfo", {{"name", "gcsj"}, {"version", kVersion}}},
  };
}

model::Date Server::today() const {
  return as_of_ ? *as_of_ : model::Date::today_utc();
}

check::ValidateOptions Server::validate_options() const {
  check::ValidateOptions options;
  options.as_of = today();
  return options;
}

void Server::open_workspace() {
  if (!root_) return;
  std::map<std::string, std::string> buffers;
  for (const auto& [uri, document] : documents_)
    if (!document.path.empty()) buffers[document.path] = document.text;
  auto opened = check::Workspace::open(*root_, validate_options(), std::move(buffers));
  if (!opened) {
    workspace_.reset();
    log(1, "gcsj cannot read the registry " + *root_ + ": " + opened.error().message);
    return;
  }
  workspace_.emplace(std::move(*opened));
  for (auto& [uri, document] : documents_) {
    document.in_workspace =
        !document.path.empty() && workspace_->registry_path(document.path).has_value();
    if (document.in_workspace && alone_.erase(uri) > 0) {
      alone_judged_.erase(uri);
      published_.erase(uri);
    }
  }
  judge_and_publish();
}

void Server::opened(const std::string& uri, std::string text) {
  Document& document = documents_[uri];
  document.path = path_of_uri(uri).value_or("");
  document.text = std::move(text);
  if (root_ && !workspace_) open_workspace();  // reads this buffer with the rest
  document.in_workspace =
      workspace_ && !document.path.empty() && workspace_->set_text(document.path, document.text);
  if (document.in_workspace) {
    judge_and_publish();
    return;
  }
  // Outside the registry (or no registry): judged alone, and nothing else is read.
  auto alone = check::Workspace::alone(document.path.empty() ? uri : document.path, document.text,
                                       validate_options());
  if (alone) alone_.insert_or_assign(uri, std::move(*alone));
  publish_alone(uri);
}

void Server::changed(const std::string& uri, const json& changes) {
  const auto found = documents_.find(uri);
  if (found == documents_.end()) throw BadParams{"didChange of a document not open: " + uri};
  Document& document = found->second;
  apply_changes(document.text, changes);
  if (document.in_workspace && workspace_) {
    workspace_->set_text(document.path, document.text);
    judge_and_publish();
    return;
  }
  if (const auto alone = alone_.find(uri); alone != alone_.end()) {
    alone->second.set_text(document.path.empty() ? uri : document.path, document.text);
    publish_alone(uri);
  }
}

void Server::closed(const std::string& uri) {
  const auto found = documents_.find(uri);
  if (found == documents_.end()) return;
  const Document document = std::move(found->second);
  documents_.erase(found);
  if (document.in_workspace && workspace_) {
    workspace_->set_text(document.path, std::nullopt);  // what is on disk again
    judge_and_publish();
    return;
  }
  alone_.erase(uri);
  alone_judged_.erase(uri);
  if (published_.erase(uri) > 0)
    out_.push_back(notification("textDocument/publishDiagnostics",
                                {{"uri", uri}, {"diagnostics", json::array()}}));
}

void Server::judge_and_publish() {
  if (!workspace_) return;
  auto judged = workspace_->judge();
  if (!judged) {
    log(1, "gcsj cannot judge the registry: " + judged.error().message);
    return;
  }
  judged_.emplace(std::move(*judged));
  const model::Registry& registry = judged_->registry;
  // The texts of the files whose diagnostics are sent, each read once.
  std::map<model::FileId, std::string> read;
  std::map<std::string, const Document*> by_path;
  for (const auto& [uri, document] : documents_)
    if (document.in_workspace) by_path[document.path] = &document;
  const FileTexts files{
      [&](model::FileId id) -> std::string_view {
        if (id >= registry.files.size()) return {};
        const std::string& path = registry.files[id].path;
        if (const auto open = by_path.find(path); open != by_path.end()) return open->second->text;
        auto [at, added] = read.try_emplace(id);
        if (added) at->second = file_text(path);
        return at->second;
      },
      [&](model::FileId id) {
        return id < registry.files.size() ? uri_of_path(registry.files[id].path) : std::string();
      },
  };
  // The findings of each file, in report order.
  std::map<model::FileId, std::vector<const findings::Finding*>> by_file;
  for (const auto& finding : judged_->findings) by_file[finding.where.file].push_back(&finding);
  std::set<std::string> current;
  for (const auto& [id, found] : by_file) {
    const std::string uri = files.uri(id);
    if (uri.empty()) continue;
    current.insert(uri);
    std::string keys;
    for (const auto* finding : found) keys += diagnostic_key(*finding, *language_);
    auto& published = published_[uri];
    if (published == keys) continue;
    published = std::move(keys);
    json diagnostics = json::array();
    for (const auto* finding : found)
      diagnostics.push_back(diagnostic_of(*finding, *language_, files));
    out_.push_back(notification("textDocument/publishDiagnostics",
                                {{"uri", uri}, {"diagnostics", std::move(diagnostics)}}));
  }
  // The files whose findings are all gone (not those open outside the registry).
  for (auto it = published_.begin(); it != published_.end();) {
    if (current.count(it->first) > 0 || alone_.count(it->first) > 0) {
      ++it;
      continue;
    }
    out_.push_back(notification("textDocument/publishDiagnostics",
                                {{"uri", it->first}, {"diagnostics", json::array()}}));
    it = published_.erase(it);
  }
}

void Server::publish_alone(const std::string& uri) {
  const auto alone = alone_.find(uri);
  json diagnostics = json::array();
  alone_judged_.erase(uri);
  if (alone != alone_.end()) {
    auto judged = alone->second.judge();
    if (judged) {
      const std::string& text = documents_[uri].text;
      const FileTexts files{[&](model::FileId) -> std::string_view { return text; },
                            [&](model::FileId) { return uri; }};
      for (const auto& finding : judged->findings)
        diagnostics.push_back(diagnostic_of(finding, *language_, files));
      alone_judged_.insert_or_assign(uri, std::move(*judged));
    }
  }
  published_[uri] = diagnostics.dump();
  out_.push_back(notification("textDocument/publishDiagnostics",
                              {{"uri", uri}, {"diagnostics", std::move(diagnostics)}}));
}

void Server::log(int type, const std::string& message) {
  out_.push_back(notification("window/logMessage", {{"type", type}, {"message", message}}));
}

const Server::Document& Server::document_of(const json& params) const {
  const std::string uri = params.at("textDocument").at("uri").get<std::string>();
  const auto found = documents_.find(uri);
  if (found == documents_.end()) throw BadParams{"the document is not open: " + uri};
  return found->second;
}

const check::ValidateResult* Server::judged_for(const std::string& uri) const {
  const auto found = documents_.find(uri);
  if (found != documents_.end() && found->second.in_workspace) return judged_ ? &*judged_ : nullptr;
  const auto alone = alone_judged_.find(uri);
  return alone != alone_judged_.end() ? &alone->second : nullptr;
}

std::optional<model::Partner> Server::partner_of(const model::Registry& registry,
                                                 const model::PartnerDigest& digest) const {
  if (digest.where.file >= registry.files.size()) return std::nullopt;
  const model::SourceFile& file = registry.files[digest.where.file];
  std::string text;
  bool open = false;
  for (const auto& [uri, document] : documents_)
    if (document.path == file.path) {
      text = document.text;
      open = true;
    }
  if (!open) text = file_text(file.path);
  load::LoadedFile loaded = load::load_file_text(digest.where.file, text, 1);
  for (model::Partner& partner : loaded.kept.of<model::Partner>())
    if (partner.where == digest.where) return std::move(partner);
  return std::nullopt;
}

Server::AtCursor Server::at_cursor(const json& params) const {
  const Document& document = document_of(params);
  return {document, cursor_of(params, document.text),
          judged_for(params.at("textDocument").at("uri").get<std::string>())};
}

json Server::hover(const json& params) {
  const AtCursor at = at_cursor(params);
  if (!at.judged) return nullptr;
  const EditorContext context = editor_context(at.judged->registry);
  const auto found = hover_at(context, at.document.text, at.cursor.line, at.cursor.column);
  if (!found) return nullptr;
  return {{"contents", {{"kind", "markdown"}, {"value", found->markdown}}},
          {"range", range_of_span(found->span, at.document.text)}};
}

json Server::completion(const json& params) {
  const AtCursor at = at_cursor(params);
  const Document& document = at.document;
  json items = json::array();
  const model::Registry none;
  const EditorContext context = editor_context(at.judged ? at.judged->registry : none);
  for (const CompletionItem& item :
       complete_at(context, document.text, at.cursor.line, at.cursor.column)) {
    json entry = {{"label", item.label}, {"kind", completion_kind(item.kind)}};
    if (!item.detail.empty()) entry["detail"] = item.detail;
    if (!item.documentation.empty())
      entry["documentation"] = {{"kind", "markdown"}, {"value", item.documentation}};
    if (item.replace.line > 0) {
      entry["textEdit"] = {{"range", range_of_span(item.replace, document.text)},
                           {"newText", item.insert_text}};
    } else {
      entry["insertText"] = item.insert_text;
    }
    items.push_back(std::move(entry));
  }
  // Partner ids and country codes are offered by what is typed already (a registry may hold
  // 10,000 partners): the list is incomplete, and the client asks again as the word grows.
  return {{"isIncomplete", true}, {"items", std::move(items)}};
}

json Server::definition(const json& params) {
  const AtCursor at = at_cursor(params);
  const check::ValidateResult* judged = at.judged;
  if (!judged) return nullptr;
  const EditorContext context = editor_context(judged->registry);
  const auto where = definition_at(context, at.document.text, at.cursor.line, at.cursor.column);
  if (!where || where->file >= judged->registry.files.size()) return nullptr;
  const std::string& path = judged->registry.files[where->file].path;
  std::string text;
  for (const auto& [open_uri, open] : documents_)
    if (open.path == path) text = open.text;
  if (text.empty()) text = file_text(path);
  return {{"uri", uri_of_path(path)}, {"range", range_of(*where, text)}};
}

json Server::code_action(const json& params) {
  const std::string uri = params.at("textDocument").at("uri").get<std::string>();
  const Document& document = document_of(params);
  const json& range = params.at("range");
  const Position asked_start = position_of(range.at("start"));
  const Position asked_end = position_of(range.at("end"));
  // The diagnostics the editor names (those under the cursor) come first: a client that applies
  // the first quick fix fixes the finding its user pointed at.
  std::set<std::pair<std::string, Position>> named;
  if (params.contains("context") && params["context"].contains("diagnostics"))
    for (const json& d : params["context"]["diagnostics"])
      if (d.contains("code") && d["code"].is_string())
        named.insert({d["code"].get<std::string>(), position_of(d.at("range").at("start"))});
  json actions = json::array(), others = json::array();
  const check::ValidateResult* judged = judged_for(uri);
  if (!judged) return actions;
  const FileTexts files{[&](model::FileId) -> std::string_view { return document.text; },
                        [&](model::FileId) { return uri; }};
  for (const auto& finding : judged->findings) {
    if (!finding.fix || finding.where.file >= judged->registry.files.size()) continue;
    const std::string& path = judged->registry.files[finding.where.file].path;
    if (path != (document.path.empty() ? uri : document.path)) continue;
    // Only the findings whose underlined token the range asked for touches.
    const json underlined = range_of(finding.where, document.text);
    if (position_of(underlined["end"]) < asked_start ||
        asked_end < position_of(underlined["start"]))
      continue;
    const auto fix = quick_fix(*finding.fix, document.text, *language_);
    if (!fix) continue;
    const json edit = {{"range", range_of_span(fix->edit.span, document.text)},
                       {"newText", fix->edit.new_text}};
    const bool is_named =
        named.count({std::string(finding.rule), position_of(underlined["start"])}) > 0;
    (is_named ? actions : others)
        .push_back({{"title", fix->title},
                    {"kind", "quickfix"},
                    {"isPreferred", true},
                    {"diagnostics", {diagnostic_of(finding, *language_, files)}},
                    {"edit", {{"changes", {{uri, {edit}}}}}}});
  }
  for (json& action : others) actions.push_back(std::move(action));
  return actions;
}

EditorContext Server::editor_context(const model::Registry& registry) const {
  return EditorContext{registry, today(), *language_, refdata::ReferenceData::bundled(),
                       [this, &registry](const model::PartnerDigest& digest) {
                         return partner_of(registry, digest);
                       }};
}

int serve(std::istream& in, std::ostream& out) {
  FrameReader reader(in);
  Server server;
  for (;;) {
    const Frame frame = reader.next();
    if (frame.kind == Frame::Kind::end) return 1;  // no `exit`: the editor went away
    for (const json& message : server.on_frame(frame)) {
      const std::string body = message.dump(-1, ' ', false, json::error_handler_t::replace);
      const std::string bytes = framed(body);
      out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    out.flush();
    if (server.exited()) return server.exit_status();
  }
}

}  // namespace gcsj::lsp
