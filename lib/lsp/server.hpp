#pragma once
// `gcsj lsp`: the Language Server Protocol server (3.17). It reads frames from an input stream and
// writes its answers to an output stream; the registry is the workspace folder, judged by
// check::Workspace as `gcsj validate` judges it, with the editor's unsaved buffers in place of
// their files. It never writes a file, and answers every malformed message with a JSON-RPC error.

#include <istream>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "check/workspace.hpp"
#include "i18n/translator.hpp"
#include "lsp/editor_context.hpp"
#include "lsp/jsonrpc.hpp"
#include "model/date.hpp"

namespace gcsj::lsp {

// A place in a buffer as the editor features take it: a 1-based line and code-point column.
struct Cursor {
  int line = 1;
  int column = 1;
};

class Server {
 public:
  Server();
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // The messages to send in answer to one frame (responses, diagnostics, log messages).
  std::vector<nlohmann::json> on_frame(const Frame& frame);

  // True once `exit` was received; the status the process ends with (0 after `shutdown`).
  bool exited() const { return exited_; }
  int exit_status() const { return shut_down_ ? 0 : 1; }

 private:
  struct Document {
    std::string path;  // the file's path; "" for a URI that is no file
    std::string text;
    bool in_workspace = false;
  };

  void on_message(const nlohmann::json& message);
  nlohmann::json on_request(const std::string& method, const nlohmann::json& params);
  void on_notification(const std::string& method, const nlohmann::json& params);

  nlohmann::json initialize(const nlohmann::json& params);
  void open_workspace();
  void opened(const std::string& uri, std::string text);
  void changed(const std::string& uri, const nlohmann::json& changes);
  void closed(const std::string& uri);
  void judge_and_publish();
  void publish_alone(const std::string& uri);
  void log(int type, const std::string& message);

  const Document& document_of(const nlohmann::json& params) const;
  // What a request at a position (hover, completion, definition) is about: its open document,
  // the cursor as a 1-based line and code-point column, and the registry as last judged for it
  // (null when none was).
  struct AtCursor {
    const Document& document;
    Cursor cursor;
    const check::ValidateResult* judged = nullptr;
  };
  AtCursor at_cursor(const nlohmann::json& params) const;
  // The registry as last judged for the document `uri` (the workspace's, or its own when it lies
  // outside), or null.
  const check::ValidateResult* judged_for(const std::string& uri) const;
  EditorContext editor_context(const model::Registry& registry) const;
  std::optional<model::Partner> partner_of(const model::Registry& registry,
                                           const model::PartnerDigest& digest) const;
  nlohmann::json hover(const nlohmann::json& params);
  nlohmann::json completion(const nlohmann::json& params);
  nlohmann::json definition(const nlohmann::json& params);
  nlohmann::json code_action(const nlohmann::json& params);

  model::Date today() const;
  check::ValidateOptions validate_options() const;

  std::vector<nlohmann::json> out_;  // what the message being handled answers
  bool initialized_ = false;
  bool shut_down_ = false;
  bool exited_ = false;
  const i18n::Translator* language_ = &i18n::Translator::english();
  std::optional<model::Date> as_of_;  // initializationOptions.asOf; none: today, UTC
  std::optional<std::string> root_;   // the registry's directory
  std::optional<check::Workspace> workspace_;
  std::optional<check::ValidateResult> judged_;    // the workspace as last judged
  std::map<std::string, Document> documents_;      // the open documents, by URI
  std::map<std::string, check::Workspace> alone_;  // open files outside the workspace, by URI
  std::map<std::string, check::ValidateResult> alone_judged_;  // each as last judged
  std::map<std::string, std::string> published_;               // URI -> the keys of its diagnostics
};

// Serves the protocol on `in` and `out` until `exit` or the end of the input; the exit status
// (0 after `shutdown` then `exit`, 1 otherwise).
int serve(std::istream& in, std::ostream& out);

}  // namespace gcsj::lsp
