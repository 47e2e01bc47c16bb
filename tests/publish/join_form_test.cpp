#include <doctest/doctest.h>

#include <string>

#include "publish/join_page.hpp"
#include "support/site_fixture.hpp"

// The join form's script: the same bytes for every site, nothing sent, no code from elsewhere;
// it works on the page's ids and writes every string as a JSON string. Its behaviour in a
// browser is tests/browser/check_join.py's.

using namespace gcsj::testing;

TEST_SUITE("publish::join_form") {
  TEST_CASE("the script sends nothing and loads nothing") {
    const std::string js(gcsj::publish::join_script());
    for (const char* call : {"fetch(", "XMLHttpRequest", "sendBeacon", "WebSocket", "import(",
                             "eval(", "innerHTML", "http:", "https:", "document.write"})
      CHECK_MESSAGE(!contains(js, call), call);
    // No address of any kind in the site's bytes but the secretariat's, from its settings (the
    // browser check looks for an at sign).
    CHECK_FALSE(contains(js, "@"));
  }

  TEST_CASE("the script works on the page's form, data and result by their ids") {
    const std::string js(gcsj::publish::join_script());
    for (const char* id :
         {"join-data", "join-form", "join-summary", "join-result", "join-yaml", "join-download",
          "join-email", "f-category", "f-name", "f-id", "f-declared"})
      CHECK_MESSAGE(contains(js, id), id);
    // Strings are JSON strings in the YAML; the email button only for a plain address.
    CHECK(contains(js, "JSON.stringify(s)"));
    CHECK(contains(js, "mailto:"));
  }

  TEST_CASE("the page and its script are written together, the script the same in every language") {
    const SiteFixture site(check_yaml(kNgo), kDefaultAsOf);
    const auto english = site.files(gcsj::publish::add_join);
    const auto french = site.files(gcsj::publish::add_join, *gcsj::i18n::Translator::of("fr"));
    CHECK(english.at("join.js") == gcsj::publish::join_script());
    CHECK(french.at("join.js") == english.at("join.js"));
  }
}
