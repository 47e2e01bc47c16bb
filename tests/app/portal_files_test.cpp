#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "app/portal_files.hpp"
#include "config/portal.hpp"
#include "support/temp_tree.hpp"

// The files of the portal settings read from the configuration's directory as hostile input
// (issue 25): each refusal a `portal-file` finding at the value naming the file.

using gcsj::testing::TempTree;
namespace fs = std::filesystem;

namespace {

const std::string kPng = std::string("\x89PNG\r\n\x1a\n", 8) + "image";

gcsj::model::Located<std::string> at(std::string path, int line) {
  return {std::move(path), {0, line, 9}};
}

struct Resolved {
  gcsj::model::PortalSettings settings;
  std::vector<std::string> problems;  // "line: message"
  Resolved(const gcsj::config::PortalConfig& portal, const TempTree& tree) {
    gcsj::findings::FindingList out;
    settings = gcsj::app::resolve_portal(portal, tree.path(), out);
    for (const auto& f : out.take()) {
      CHECK(f.rule == "portal-file");
      problems.push_back(std::to_string(f.where.line) + ": " +
                         f.message.in(gcsj::i18n::Translator::english()));
    }
  }
};

gcsj::config::PortalConfig with_logo(std::string path) {
  gcsj::config::PortalConfig portal;
  portal.logo = at(std::move(path), 4);
  return portal;
}

}  // namespace

TEST_SUITE("app::portal_files") {
  TEST_CASE("a logo and pages inside the directory are read; the texts by language split") {
    TempTree tree;
    tree.write("images/logo.png", kPng);
    tree.write("pages/privacy.md", "\xEF\xBB\xBF# Privacy\n");
    tree.write("pages/privacy.fr.md", "# Confidentialité\n");
    gcsj::config::PortalConfig portal = with_logo("images/logo.png");
    portal.title = {{"en", "Coalition"}, {"fr", "Coalition FR"}};
    gcsj::config::PortalPageConfig page;
    page.slug = at("privacy", 6);
    page.title = {{"en", "Privacy"}};
    page.file = {{"en", at("pages/privacy.md", 7)}, {"fr", at("pages/privacy.fr.md", 8)}};
    portal.pages.push_back(page);
    const Resolved resolved(portal, tree);
    CHECK(resolved.problems.empty());
    CHECK(resolved.settings.logo_name == "logo.png");
    CHECK(resolved.settings.logo_bytes == kPng);
    CHECK(resolved.settings.title == "Coalition");
    CHECK(resolved.settings.title_in.at("fr") == "Coalition FR");
    REQUIRE(resolved.settings.pages.size() == 1);
    CHECK(resolved.settings.pages[0].markdown.at("en") == "# Privacy\n");
    CHECK(resolved.settings.pages[0].markdown.at("fr") == "# Confidentialité\n");
  }

  TEST_CASE("a link, a link on the way, a missing file, a directory: refused, never followed") {
    TempTree tree, outside;
    outside.write("secret.png", kPng);
    tree.write("real/logo.png", kPng);
    fs::create_symlink(outside.path("secret.png"), tree.path("linked.png"));
    fs::create_symlink(outside.path(), tree.path("away"));
    fs::create_directories(tree.path("dir.png"));
    for (const auto& [path, problem] : std::vector<std::pair<std::string, std::string>>{
             {"linked.png",
              "4: linked.png is or lies below a symbolic link, which gcsj does not "
              "follow"},
             {"away/secret.png",
              "4: away/secret.png is or lies below a symbolic link, which "
              "gcsj does not follow"},
             {"nothing.png", "4: nothing.png does not exist in the configuration's directory"},
             {"real/nothing/logo.png",
              "4: real/nothing/logo.png does not exist in the configuration's directory"},
             {"dir.png", "4: dir.png is not a regular file"}}) {
      CAPTURE(path);
      const Resolved resolved(with_logo(path), tree);
      CHECK(resolved.problems == std::vector<std::string>{problem});
      CHECK(resolved.settings.logo_name.empty());
      CHECK(resolved.settings.logo_bytes.empty());
    }
  }

  TEST_CASE("a logo that is not the image its name says, or too large; a page not UTF-8") {
    TempTree tree;
    tree.write("logo.png", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
    tree.write("big.png", kPng + std::string(gcsj::config::kMaxLogoBytes, 'x'));
    tree.write("photo.jpg", kPng);
    tree.write("latin1.md", "caf\xe9\n");
    CHECK(Resolved(with_logo("logo.png"), tree).problems ==
          std::vector<std::string>{"4: logo.png does not hold the image its name says (png)"});
    CHECK(Resolved(with_logo("big.png"), tree).problems ==
          std::vector<std::string>{"4: big.png is larger than 512 KiB"});
    CHECK(Resolved(with_logo("photo.jpg"), tree).problems ==
          std::vector<std::string>{"4: photo.jpg does not hold the image its name says (jpeg)"});
    gcsj::config::PortalConfig portal;
    gcsj::config::PortalPageConfig page;
    page.slug = at("about", 6);
    page.file = {{"en", at("latin1.md", 7)}};
    portal.pages.push_back(page);
    const Resolved resolved(portal, tree);
    REQUIRE(resolved.problems.size() == 1);
    CHECK(resolved.problems[0].starts_with("7: latin1.md is not UTF-8 text"));
    CHECK(resolved.settings.pages.empty());
  }
}
