#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "figures/figures.hpp"
#include "publish/html.hpp"
#include "publish/site.hpp"
#include "refdata/reference_data.hpp"
#include "support/check_helpers.hpp"

using namespace gcsj::testing;
using gcsj::model::Date;
namespace fs = std::filesystem;

namespace {

std::vector<gcsj::publish::SiteFile> site_of(const Checked& checked,
                                             Date as_of = Date{2025, 6, 1}) {
  const auto& reference = gcsj::refdata::ReferenceData::bundled();
  const auto figures = gcsj::figures::compute_figures(checked.registry, {as_of}, reference);
  return gcsj::publish::build_site(checked.registry, figures, reference);
}

std::string all_text(const std::vector<gcsj::publish::SiteFile>& files) {
  std::string out;
  for (const auto& f : files) out += f.content;
  return out;
}

const std::string* find(const std::vector<gcsj::publish::SiteFile>& files, std::string_view path) {
  for (const auto& f : files)
    if (f.path == path) return &f.content;
  return nullptr;
}

}  // namespace

TEST_SUITE("publish") {
  TEST_CASE("escape keeps registry text as text") {
    CHECK(gcsj::publish::escape("<script>alert('x')</script> & \"q\"") ==
          "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    CHECK(gcsj::publish::is_web_address("https://www.ilo.org/x"));
    CHECK(gcsj::publish::is_web_address("HTTP://example.org"));
    CHECK_FALSE(gcsj::publish::is_web_address("javascript:alert(1)"));
    CHECK_FALSE(gcsj::publish::is_web_address("https://a.org/\" onmouseover=\"x"));
    CHECK_FALSE(gcsj::publish::is_web_address("https://"));
  }

  TEST_CASE("hostile strings from the registry come out as text on every page") {
    std::string text = replace(kGovernment, "name: Sample", "name: \"<script>alert(1)</script>\"");
    text =
        replace(text, "title: Extend social protection", "title: \"<img src=x onerror=alert(2)>\"");
    text += "website: \"javascript:alert(3)\"\n";
    const auto files = site_of(check_yaml(text));
    const std::string all = all_text(files);
    CHECK(all.find("<script>alert") == std::string::npos);
    CHECK(all.find("<img src=x") == std::string::npos);
    CHECK(all.find("javascript:alert(3)") == std::string::npos);
    const std::string* page = find(files, "partners/sample.html");
    REQUIRE(page);
    CHECK(page->find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(page->find("&lt;img src=x onerror=alert(2)&gt;") != std::string::npos);
  }

  TEST_CASE("applications, withdrawn partners and contact details are not published") {
    const std::string admitted = kGovernment + "contact: secret@example.org\n";
    const std::string applied =
        replace(replace(replace(kNgo, "id: sample", "id: hopeful-applicant"), "status: admitted",
                        "status: applied"),
                "admitted: 2024-02-01\n", "");
    const std::string withdrawn =
        replace(replace(replace(kWorkers, "id: sample", "id: gone-away"), "status: admitted",
                        "status: withdrawn"),
                "admitted: 2024-02-01\n", "admitted: 2024-02-01\nwithdrawn: 2025-01-01\n");
    const std::string naming =
        replace(replace(kEmployers, "id: sample", "id: naming"), "    domains: [protection]\n",
                "    domains: [protection]\n    with: [hopeful-applicant, gone-away, sample]\n");
    const auto checked = check_files({{"partners/sample.yaml", admitted},
                                      {"partners/hopeful-applicant.yaml", applied},
                                      {"partners/gone-away.yaml", withdrawn},
                                      {"partners/naming.yaml", naming}},
                                     Date{2025, 6, 1}, true);
    CHECK(checked.findings.empty());
    const auto files = site_of(checked);
    const std::string all = all_text(files);
    CHECK(all.find("hopeful-applicant") == std::string::npos);
    CHECK(all.find("gone-away") == std::string::npos);
    CHECK(all.find("secret@example.org") == std::string::npos);
    CHECK(find(files, "partners/sample.html"));
    CHECK(find(files, "partners/naming.html"));
    CHECK_FALSE(find(files, "partners/gone-away.html"));
    // The published partner an action names is linked.
    CHECK(find(files, "partners/naming.html")->find("href=\"../partners/sample.html\"") !=
          std::string::npos);
  }

  TEST_CASE("an id that cannot name a file safely gets a generated page name") {
    const auto checked = check_yaml(replace(kGovernment, "id: sample", "id: \"../../escape\""));
    const auto files = site_of(checked);
    for (const auto& f : files) CHECK(f.path.find("..") == std::string::npos);
    CHECK(find(files, "partners/partner-1.html"));
  }

  TEST_CASE("the same registry gives the same bytes") {
    const auto checked = check_yaml(kGovernment);
    const auto a = site_of(checked);
    const auto b = site_of(checked);
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
      CHECK(a[i].path == b[i].path);
      CHECK(a[i].content == b[i].content);
    }
  }

  TEST_CASE("the site is swapped in whole, and a foreign directory is never replaced") {
    const fs::path root =
        fs::temp_directory_path() / ("gcsj-publish-" + std::to_string(::getpid()));
    fs::remove_all(root);
    const fs::path out = root / "site";
    const std::vector<gcsj::publish::SiteFile> first{{"index.html", "one"}, {"a/b.html", "two"}};
    CHECK(gcsj::publish::write_site(first, out.string()).has_value());
    CHECK(fs::exists(out / "a" / "b.html"));
    const std::vector<gcsj::publish::SiteFile> second{{"index.html", "three"}};
    CHECK(gcsj::publish::write_site(second, out.string()).has_value());
    CHECK_FALSE(fs::exists(out / "a"));  // the old site is gone whole
    std::ifstream in(out / "index.html");
    std::string content((std::istreambuf_iterator<char>(in)), {});
    CHECK(content == "three");
    // No temporary directory is left beside it.
    int entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(root)) ++entries;
    CHECK(entries == 1);
    // A directory with other files in it is not gcsj's to replace.
    fs::create_directories(root / "mine");
    std::ofstream(root / "mine" / "thesis.tex") << "precious";
    CHECK_FALSE(gcsj::publish::write_site(second, (root / "mine").string()).has_value());
    CHECK(fs::exists(root / "mine" / "thesis.tex"));
    // A trailing slash names the same directory; an empty name and the root are refused.
    CHECK(gcsj::publish::write_site(first, out.string() + "/").has_value());
    CHECK(fs::exists(out / "a" / "b.html"));
    CHECK_FALSE(gcsj::publish::write_site(first, "").has_value());
    CHECK_FALSE(gcsj::publish::write_site(first, "/").has_value());
    fs::remove_all(root);
  }
}
