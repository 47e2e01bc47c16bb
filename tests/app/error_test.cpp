// app::Error: lib/app's own sentences are messages of the catalogue, which a front end (an editor
// server) writes in its user's language; the command line writes them in English
// (cli/outcome.cpp). Only the English error of a library below is carried verbatim.

#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "app/error.hpp"
#include "app/options.hpp"
#include "app/rules.hpp"
#include "app/schema.hpp"
#include "app/validate.hpp"
#include "i18n/message.hpp"
#include "i18n/translator.hpp"
#include "support/languages.hpp"

namespace app = gcsj::app;

using gcsj::testing::language;

TEST_SUITE("app::error") {
  TEST_CASE("an app error is a message of the catalogue, written in French through a Translator") {
    const auto schema = app::schema({"project"});
    REQUIRE_FALSE(schema);
    CHECK(schema.error().code == app::Code::usage);
    CHECK(schema.error().message.msgid() == "{kind}: not a document kind");
    CHECK(schema.error().message.english() == "project: not a document kind");
    CHECK(schema.error().message.in(language("fr")) == "project\u00a0: pas un type de document");
    CHECK(schema.error().message.in(language("es")) == "project: no es un tipo de documento");
  }

  TEST_CASE("a date option's error is translated, its values written as given") {
    const auto date = app::date_option("--as-of", "2026-13-01");
    REQUIRE_FALSE(date);
    CHECK(date.error().message.english() ==
          "--as-of 2026-13-01: not a calendar date written YYYY-MM-DD");
    CHECK(date.error().message.in(language("fr")) ==
          "--as-of 2026-13-01\u00a0: pas une date du calendrier écrite `YYYY-MM-DD`");
  }

  TEST_CASE("explain: the suggestion is a whole sentence of its own") {
    const auto explained = app::explain({"party-of-one", ""});
    REQUIRE_FALSE(explained);
    CHECK_FALSE(explained.error().message.msgid().empty());
    CHECK(explained.error().message.in(language("fr")) != explained.error().message.english());
  }

  TEST_CASE("a library's English error passes through verbatim, the same in every language") {
    const app::Error error = app::input(gcsj::util::Error{"x.yaml: cannot be read"});
    CHECK(error.code == app::Code::input);
    CHECK(error.message.msgid().empty());
    CHECK(error.message.in(language("fr")) == "x.yaml: cannot be read");
  }

  TEST_CASE("two refusals are two lines, each in the reader's language") {
    const auto both =
        app::lines(gcsj::i18n::msg("{kind}: not a document kind", gcsj::i18n::arg("kind", "a")),
                   gcsj::i18n::msg("{kind}: not a document kind", gcsj::i18n::arg("kind", "b")));
    CHECK(both.english() == "a: not a document kind\nb: not a document kind");
    CHECK(both.in(language("fr")) ==
          "a\u00a0: pas un type de document\nb\u00a0: pas un type de document");
  }

  TEST_CASE("validate `-` reads the text the front end hands over, not the process's stdin") {
    const auto file = std::filesystem::temp_directory_path() / "gcsj-error-test-stdin.yaml";
    std::ofstream(file) << "kind: partner\nid: acme\n";
    app::ValidateRequest request;
    request.paths = {"-"};
    request.stdin_file = file.string();
    request.as_of = "2026-11-30";
    request.format = "gcc";
    request.input.no_config = true;
    const auto printed = app::validate(request);
    std::filesystem::remove(file);
    REQUIRE(printed);
    CHECK(printed->outcome == app::Outcome::failing);  // the partner lacks its required keys
    CHECK(printed->text.find("<stdin>:") != std::string::npos);
    request.stdin_file.reset();  // none given: `-` reads as empty
    const auto empty = app::validate(request);
    REQUIRE(empty);
    CHECK(empty->text.find("<stdin>:") != std::string::npos);
    CHECK(empty->text != printed->text);
  }
}
