#include "lsp/key_meanings.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

#include "check/catalogue.hpp"
#include "i18n/translator.hpp"

using gcsj::lsp::key_meaning;
using gcsj::lsp::key_meanings;
using gcsj::lsp::key_paths_of;

TEST_CASE("lsp::key_meanings: every key of the loader's tables has a meaning, and no other") {
  std::set<std::pair<std::string, std::string>> keys;
  for (const std::string_view kind : {"partner", "coordinating-group", "forum"})
    for (const std::string& path : key_paths_of(kind)) {
      keys.insert({std::string(kind), path});
      CHECK_MESSAGE(key_meaning(kind, path) != nullptr, kind << ": " << path);
    }
  for (const auto& meaning : key_meanings()) {
    CHECK_MESSAGE(keys.count({std::string(meaning.kind), std::string(meaning.path)}) == 1,
                  meaning.kind << ": " << meaning.path << " is no key of the loader");
    CHECK_FALSE(meaning.meaning.empty());
  }
}

TEST_CASE("lsp::key_meanings: the rules it names are the catalogue's") {
  for (const auto& meaning : key_meanings()) {
    std::string_view ids = meaning.rules;
    std::size_t named = 0;
    while (!ids.empty()) {
      const std::size_t space = ids.find(' ');
      CHECK_MESSAGE(gcsj::check::find_rule(ids.substr(0, space)) != nullptr,
                    meaning.path << ": " << ids.substr(0, space));
      ++named;
      ids = space == std::string_view::npos ? std::string_view{} : ids.substr(space + 1);
    }
    CHECK(gcsj::lsp::rules_of(meaning).size() == named);
  }
  const auto* status = key_meaning("partner", "status");
  REQUIRE(status);
  REQUIRE_FALSE(gcsj::lsp::rules_of(*status).empty());
  CHECK(gcsj::lsp::rules_of(*status).back()->id == "status-dates");
}

TEST_CASE("lsp::key_meanings: translated") {
  const auto* fr = gcsj::i18n::Translator::of("fr");
  REQUIRE(fr);
  const auto* levels = key_meaning("partner", "adherence.levels");
  REQUIRE(levels);
  CHECK((*fr)(levels->meaning) != levels->meaning);
  CHECK(key_meaning("partner", "nonsense") == nullptr);
  CHECK(key_paths_of("note").empty());
}
