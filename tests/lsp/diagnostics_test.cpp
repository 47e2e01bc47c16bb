#include <doctest/doctest.h>

#include <string>

#include "check/catalogue.hpp"
#include "i18n/message.hpp"
#include "lsp/diagnostics.hpp"

namespace {

using gcsj::lsp::diagnostic_key;
using gcsj::lsp::diagnostic_of;
using gcsj::lsp::FileTexts;
using gcsj::lsp::range_of;
using nlohmann::json;

json position(int line, int character) {
  return {{"line", line}, {"character", character}};
}

gcsj::findings::Finding finding_at(int line, int column) {
  gcsj::findings::Finding f;
  f.rule = "enterprise-channel";
  f.paragraph = "19(f)";
  f.severity = gcsj::findings::Severity::warning;
  f.where = {0, line, column};
  f.message = gcsj::i18n::msg("an enterprise joins through the employers' group");
  f.hint = gcsj::i18n::msg("add `channel: employers-group`");
  f.related.push_back({{1, 2, 3}, gcsj::i18n::msg("the other occurrence")});
  return f;
}

}  // namespace

TEST_CASE("lsp::range_of underlines the token at a finding, in UTF-16 units") {
  const std::string text = "kind: partner\nname: Société générale\n";
  CHECK(range_of({0, 2, 7}, text) == json{{"start", position(1, 6)}, {"end", position(1, 22)}});
  CHECK(range_of({0, 2, 1}, text) == json{{"start", position(1, 0)}, {"end", position(1, 4)}});
  // A whole line, and a whole file.
  CHECK(range_of({0, 2, 0}, text) == json{{"start", position(1, 0)}, {"end", position(1, 22)}});
  CHECK(range_of({0, 0, 0}, text) == json{{"start", position(0, 0)}, {"end", position(0, 0)}});
  // A file that cannot be read: the columns as they are, one unit wide.
  CHECK(range_of({0, 3, 5}, "") == json{{"start", position(2, 4)}, {"end", position(2, 5)}});
}

TEST_CASE("lsp::diagnostic_of: rule, severity, paragraph, hint and related places") {
  const FileTexts files{[](gcsj::model::FileId id) -> std::string_view {
                          return id == 0 ? "kind: partner\ncategory: enterprise\n" : "";
                        },
                        [](gcsj::model::FileId id) { return "file:///r/" + std::to_string(id); }};
  const json d = diagnostic_of(finding_at(2, 1), gcsj::i18n::Translator::english(), files);
  CHECK(d["code"] == "enterprise-channel");
  CHECK(d["severity"] == 2);
  CHECK(d["source"] == "gcsj");
  CHECK(d["range"]["start"] == position(1, 0));
  const std::string message = d["message"];
  CHECK(message.find("(¶19(f))") != std::string::npos);
  CHECK(message.find("add `channel: employers-group`") != std::string::npos);
  REQUIRE(d["relatedInformation"].size() == 1);
  CHECK(d["relatedInformation"][0]["location"]["uri"] == "file:///r/1");
  CHECK(d["relatedInformation"][0]["location"]["range"]["start"] == position(1, 2));
}

TEST_CASE("lsp::diagnostic_key: the same finding, the same key; another place, another") {
  const auto& en = gcsj::i18n::Translator::english();
  CHECK(diagnostic_key(finding_at(2, 1), en) == diagnostic_key(finding_at(2, 1), en));
  CHECK(diagnostic_key(finding_at(2, 1), en) != diagnostic_key(finding_at(3, 1), en));
}
