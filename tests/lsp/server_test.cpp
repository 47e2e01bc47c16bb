#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lsp/server.hpp"
#include "lsp/uri.hpp"
#include "support/temp_tree.hpp"

namespace {

using gcsj::lsp::Frame;
using gcsj::lsp::Server;
using gcsj::lsp::uri_of_path;
using gcsj::testing::TempTree;
using nlohmann::json;

const std::string kPartner =
    "kind: partner\nid: a\nname: Government of Belgium\ncategory: government\nstatus: "
    "admitted\nadmitted: 2024-02-10\npublished: 2024-02-10\ncountry: BE\nadherence:\n  declared: "
    "2024-01-25\n  advocate: true\n  uphold: true\n  contribute: true\n  levels: [global]\n"
    "actions:\n  - title: Extend social protection\n    domains: [protection]\n    priorities: "
    "[employment-and-social-protection]\n    sdgs: [1]\n    countries: [BE]\n    status: "
    "ongoing\n";

std::vector<json> send(Server& server, const json& message) {
  return server.on_frame(Frame{Frame::Kind::message, message.dump(), 0, {}});
}

std::vector<json> request(Server& server, int id, const std::string& method, json params) {
  return send(server, {{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}});
}

std::vector<json> notify(Server& server, const std::string& method, json params) {
  return send(server, {{"jsonrpc", "2.0"}, {"method", method}, {"params", params}});
}

// The diagnostics published for `uri` among `messages`; null when none were.
json diagnostics_for(const std::vector<json>& messages, const std::string& uri) {
  json found;
  for (const auto& m : messages)
    if (m.value("method", "") == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri)
      found = m["params"]["diagnostics"];
  return found;
}

void start(Server& server, const std::string& root, const std::string& locale = "en") {
  const auto answer = request(server, 1, "initialize",
                              {{"rootUri", uri_of_path(root)},
                               {"locale", locale},
                               {"initializationOptions", {{"asOf", "2026-06-01"}}},
                               {"capabilities", json::object()}});
  REQUIRE(answer.size() == 1);
  REQUIRE(answer[0].contains("result"));
}

}  // namespace

TEST_CASE("lsp::Server publishes the registry's findings, at validate's places, on start") {
  TempTree tree;
  tree.write("partners/a.yaml", kPartner);
  tree.write("partners/b.yaml", "kind: partner\nid: b\nnmae: x\n");
  Server server;
  start(server, tree.path());
  const auto messages = notify(server, "initialized", json::object());
  const json b = diagnostics_for(messages, uri_of_path(tree.path("partners/b.yaml")));
  REQUIRE(b.is_array());
  bool unknown_key = false;
  for (const auto& d : b)
    if (d["code"] == "unknown-key") {
      unknown_key = true;
      CHECK(d["range"]["start"] == json{{"line", 2}, {"character", 0}});
      CHECK(d["range"]["end"] == json{{"line", 2}, {"character", 4}});
      CHECK(d["severity"] == 1);
      CHECK(d["source"] == "gcsj");
    }
  CHECK(unknown_key);
  CHECK(diagnostics_for(messages, uri_of_path(tree.path("partners/a.yaml"))).is_null());
}

TEST_CASE("lsp::Server: an unsaved edit re-judges the other files, and nothing is written") {
  TempTree tree;
  tree.write("partners/a.yaml", kPartner);
  std::string other = kPartner;
  other.replace(other.find("id: a"), 5, "id: b");
  other.replace(other.find("country: BE"), 11, "country: FR");
  tree.write("partners/b.yaml", other);
  const auto written = std::filesystem::last_write_time(tree.path("partners/b.yaml"));
  Server server;
  start(server, tree.path());
  notify(server, "initialized", json::object());
  const std::string b = uri_of_path(tree.path("partners/b.yaml"));
  notify(server, "textDocument/didOpen",
         {{"textDocument", {{"uri", b}, {"languageId", "yaml"}, {"version", 1}, {"text", other}}}});
  // b claims Belgium too: a finding in a.yaml, a file never opened, with b as related.
  std::string claims_belgium = other;
  claims_belgium.replace(claims_belgium.find("country: FR"), 11, "country: BE");
  const auto messages = notify(server, "textDocument/didChange",
                               {{"textDocument", {{"uri", b}, {"version", 2}}},
                                {"contentChanges", {{{"text", claims_belgium}}}}});
  const json a = diagnostics_for(messages, uri_of_path(tree.path("partners/a.yaml")));
  const json on_b = diagnostics_for(messages, b);
  const auto has_code = [](const json& list, const std::string& code) {
    if (!list.is_array()) return false;
    for (const auto& d : list)
      if (d["code"] == code) return true;
    return false;
  };
  CHECK(
      (has_code(a, "one-government-per-country") || has_code(on_b, "one-government-per-country")));
  CHECK(std::filesystem::last_write_time(tree.path("partners/b.yaml")) == written);
  // Closed unsaved: what is on disk again, and the finding is withdrawn.
  const auto closed = notify(server, "textDocument/didClose", {{"textDocument", {{"uri", b}}}});
  const json a_again = diagnostics_for(closed, uri_of_path(tree.path("partners/a.yaml")));
  const json b_again = diagnostics_for(closed, b);
  CHECK_FALSE(has_code(a_again, "one-government-per-country"));
  CHECK_FALSE(has_code(b_again, "one-government-per-country"));
  CHECK((a_again.is_array() || b_again.is_array()));
}

TEST_CASE("lsp::Server writes its diagnostics in the client's language") {
  TempTree tree;
  tree.write("partners/b.yaml", "kind: partner\nid: b\nnmae: x\n");
  Server server;
  start(server, tree.path(), "fr-FR");
  const json b = diagnostics_for(notify(server, "initialized", json::object()),
                                 uri_of_path(tree.path("partners/b.yaml")));
  REQUIRE(b.is_array());
  bool french = false;
  for (const auto& d : b)
    if (d["code"] == "unknown-key")
      french = d["message"].get<std::string>().find("clé") != std::string::npos;
  CHECK(french);
}

TEST_CASE("lsp::Server: a file outside the workspace is judged alone") {
  TempTree tree, elsewhere;
  tree.write("partners/a.yaml", kPartner);
  Server server;
  start(server, tree.path());
  notify(server, "initialized", json::object());
  const std::string outside = uri_of_path(elsewhere.path("x.yaml"));
  const auto messages = notify(server, "textDocument/didOpen",
                               {{"textDocument",
                                 {{"uri", outside},
                                  {"languageId", "yaml"},
                                  {"version", 1},
                                  {"text", "kind: partner\nid: x\nnmae: 1\n"}}}});
  const json diagnostics = diagnostics_for(messages, outside);
  REQUIRE(diagnostics.is_array());
  CHECK_FALSE(diagnostics.empty());
  CHECK_FALSE(std::filesystem::exists(elsewhere.path("x.yaml")));
}

TEST_CASE("lsp::Server answers what an editor gets wrong with JSON-RPC errors") {
  Server server;
  const auto code_of = [](const std::vector<json>& answer) {
    REQUIRE(answer.size() == 1);
    return answer[0]["error"]["code"].get<int>();
  };
  CHECK(code_of(server.on_frame(Frame{Frame::Kind::message, "{not json", 0, {}})) == -32700);
  CHECK(code_of(server.on_frame(Frame{Frame::Kind::message, "[1,2]", 0, {}})) == -32600);
  CHECK(code_of(server.on_frame(
            Frame{Frame::Kind::message, std::string(100, '[') + std::string(100, ']'), 0, {}})) ==
        -32700);
  CHECK(code_of(send(server, {{"jsonrpc", "2.0"}, {"id", 1}})) == -32600);
  CHECK(code_of(send(server, {{"jsonrpc", "2.0"}, {"id", {1, 2}}, {"method", "x"}})) == -32600);
  CHECK(code_of(request(server, 2, "textDocument/hover", json::object())) == -32002);
  TempTree tree;
  start(server, tree.path());
  CHECK(code_of(request(server, 3, "gcsj/unknown", json::object())) == -32601);
  CHECK(notify(server, "gcsj/unknownNotification", json::object()).empty());
  CHECK(code_of(request(server, 4, "initialize", json::object())) == -32602);
  CHECK(code_of(request(server, 5, "textDocument/hover", {{"textDocument", 3}})) == -32602);
  const auto shutdown = request(server, 6, "shutdown", nullptr);
  REQUIRE(shutdown.size() == 1);
  CHECK(shutdown[0]["result"].is_null());
  CHECK(code_of(request(server, 7, "textDocument/hover", json::object())) == -32600);
  CHECK_FALSE(server.exited());
  notify(server, "exit", nullptr);
  CHECK(server.exited());
  CHECK(server.exit_status() == 0);
}

TEST_CASE("lsp::serve: exit without shutdown is status 1; the end of input too") {
  std::istringstream in(gcsj::lsp::framed(R"({"jsonrpc":"2.0","method":"exit"})"));
  std::ostringstream out;
  CHECK(gcsj::lsp::serve(in, out) == 1);
  std::istringstream cut("Content-Length: 100\r\n\r\n{\"jsonrpc\"");
  CHECK(gcsj::lsp::serve(cut, out) == 1);
}

TEST_CASE("lsp::Server: hover, completion, definition and a quick fix, over the protocol") {
  TempTree tree;
  tree.write("partners/a.yaml", kPartner);
  const std::string broken = "kind: partner\nid: b\nnam: x\n";
  tree.write("partners/b.yaml", broken);
  Server server;
  start(server, tree.path(), "fr");
  notify(server, "initialized", json::object());
  const std::string a = uri_of_path(tree.path("partners/a.yaml"));
  const std::string b = uri_of_path(tree.path("partners/b.yaml"));
  notify(
      server, "textDocument/didOpen",
      {{"textDocument", {{"uri", a}, {"languageId", "yaml"}, {"version", 1}, {"text", kPartner}}}});
  notify(
      server, "textDocument/didOpen",
      {{"textDocument", {{"uri", b}, {"languageId", "yaml"}, {"version", 1}, {"text", broken}}}});
  const auto at = [](const std::string& uri, int line, int character) {
    return json{{"textDocument", {{"uri", uri}}},
                {"position", {{"line", line}, {"character", character}}}};
  };

  // Hover on `category` (line 4): its meaning, in French.
  const auto hover = request(server, 10, "textDocument/hover", at(a, 3, 2));
  REQUIRE(hover.size() == 1);
  REQUIRE(hover[0]["result"].is_object());
  CHECK(hover[0]["result"]["contents"]["kind"] == "markdown");
  CHECK_FALSE(hover[0]["result"]["contents"]["value"].get<std::string>().empty());
  CHECK(hover[0]["result"]["range"]["start"] == json{{"line", 3}, {"character", 0}});

  // Completion after `category: `: the categories of ¶19.
  const auto completion = request(server, 11, "textDocument/completion", at(a, 3, 10));
  REQUIRE(completion.size() == 1);
  bool government = false;
  for (const auto& item : completion[0]["result"]["items"])
    government = government || item["label"] == "government";
  CHECK(government);

  // A quick fix for `nam`: applied, the finding is gone.
  const auto actions = request(
      server, 12, "textDocument/codeAction",
      {{"textDocument", {{"uri", b}}},
       {"range",
        {{"start", {{"line", 2}, {"character", 0}}}, {"end", {{"line", 2}, {"character", 3}}}}},
       {"context", {{"diagnostics", json::array()}}}});
  REQUIRE(actions.size() == 1);
  REQUIRE(actions[0]["result"].size() >= 1);
  const json action = actions[0]["result"][0];
  CHECK(action["kind"] == "quickfix");
  CHECK(action["diagnostics"][0]["code"] == "unknown-key");
  const json edit = action["edit"]["changes"][b][0];
  CHECK(edit["newText"] == "name");
  CHECK(edit["range"]["start"] == json{{"line", 2}, {"character", 0}});
  const auto after = notify(server, "textDocument/didChange",
                            {{"textDocument", {{"uri", b}, {"version", 2}}},
                             {"contentChanges", {{{"text", "kind: partner\nid: b\nname: x\n"}}}}});
  const json b_after = diagnostics_for(after, b);
  REQUIRE(b_after.is_array());
  for (const auto& d : b_after) CHECK(d["code"] != "unknown-key");

  // Go to definition: from a Group member's partner to its document.
  const std::string group = uri_of_path(tree.path("coordinating-group.yaml"));
  const std::string roster =
      "kind: coordinating-group\nmembers:\n  - name: A. Person\n    partner: a\n";
  notify(server, "textDocument/didOpen",
         {{"textDocument",
           {{"uri", group}, {"languageId", "yaml"}, {"version", 1}, {"text", roster}}}});
  const auto definition = request(server, 13, "textDocument/definition", at(group, 3, 14));
  REQUIRE(definition.size() == 1);
  REQUIRE(definition[0]["result"].is_object());
  CHECK(definition[0]["result"]["uri"] == a);
  CHECK(definition[0]["result"]["range"]["start"]["line"] == 0);
}

TEST_CASE("lsp::Server: a notification about a document never opened is logged, not fatal") {
  TempTree tree;
  Server server;
  start(server, tree.path());
  const auto logged =
      notify(server, "textDocument/didChange",
             {{"textDocument", {{"uri", uri_of_path(tree.path("a.yaml"))}, {"version", 2}}},
              {"contentChanges", {{{"text", "kind: partner\n"}}}}});
  REQUIRE(logged.size() == 1);
  CHECK(logged[0]["method"] == "window/logMessage");
  CHECK(notify(server, "textDocument/didOpen", {{"textDocument", 42}})[0]["method"] ==
        "window/logMessage");
}

TEST_CASE(
    "lsp::Server: the quick fixes offered are those under the range asked, named ones first") {
  TempTree tree;
  const std::string text = "kind: partner\nid: b\nnam: x\ncatgory: government\n";
  tree.write("partners/b.yaml", text);
  Server server;
  start(server, tree.path());
  notify(server, "initialized", json::object());
  const std::string b = uri_of_path(tree.path("partners/b.yaml"));
  notify(server, "textDocument/didOpen",
         {{"textDocument", {{"uri", b}, {"languageId", "yaml"}, {"version", 1}, {"text", text}}}});
  const auto titles = [&](int line, int from, int end_line, int to, json named) {
    const auto answer = request(server, 20, "textDocument/codeAction",
                                {{"textDocument", {{"uri", b}}},
                                 {"range",
                                  {{"start", {{"line", line}, {"character", from}}},
                                   {"end", {{"line", end_line}, {"character", to}}}}},
                                 {"context", {{"diagnostics", named}}}});
    std::vector<std::string> out;
    for (const auto& action : answer.at(0)["result"]) out.push_back(action["title"]);
    return out;
  };
  // The cursor on `catgory`: its fix only.
  const auto on_category = titles(3, 2, 3, 2, json::array());
  REQUIRE(on_category.size() == 1);
  CHECK(on_category[0].find("category") != std::string::npos);
  // The cursor on the value `x`: no fix touches it.
  CHECK(titles(2, 6, 2, 6, json::array()).empty());
  // Both lines asked, the second named: it comes first.
  const json named = json::array(
      {{{"code", "unknown-key"},
        {"range",
         {{"start", {{"line", 3}, {"character", 0}}}, {"end", {{"line", 3}, {"character", 7}}}}}}});
  const auto both = titles(2, 0, 3, 3, named);
  REQUIRE(both.size() == 2);
  CHECK(both[0].find("category") != std::string::npos);
}
