#include <doctest/doctest.h>

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <span>
#include <thread>

#include "figures/figures.hpp"
#include "model/vocabulary.hpp"
#include "publish/html.hpp"
#include "publish/site.hpp"
#include "refdata/reference_data.hpp"
#include "support/check_helpers.hpp"
#include "support/group_fixture.hpp"

using namespace gcsj::testing;
using gcsj::model::Date;
namespace fs = std::filesystem;

namespace {

std::vector<gcsj::publish::SiteFile> site_of(const Checked& checked,
                                             Date as_of = Date{2025, 6, 1}) {
  const auto& reference = gcsj::refdata::ReferenceData::bundled();
  const auto figures = gcsj::figures::compute_figures(checked.registry, {as_of}, reference);
  // The English tree, its paths relative to it.
  auto files = gcsj::publish::build_site(checked.registry, figures, reference,
                                         {gcsj::publish::kDefaultNewsDays, {"en"}});
  std::vector<gcsj::publish::SiteFile> english;
  for (auto& file : files)
    if (file.path.starts_with("en/"))
      english.push_back({file.path.substr(3), std::move(file.content)});
  return english;
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

using gcsj::publish::SiteFile;
using gcsj::publish::SiteWriteHooks;
using gcsj::publish::write_site;

// A fresh directory of its own for each case, removed at the end.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string name = (fs::temp_directory_path() / "gcsj-site-XXXXXX").string();
    REQUIRE(::mkdtemp(name.data()) != nullptr);
    path = name;
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
};

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

// Every file below `dir` with its content, by relative path.
std::map<std::string, std::string> tree_of(const fs::path& dir) {
  std::map<std::string, std::string> tree;
  for (const auto& entry : fs::recursive_directory_iterator(dir))
    if (entry.is_regular_file())
      tree[fs::relative(entry.path(), dir).string()] = read_text(entry.path());
  return tree;
}

// The names in `dir`: what a publish leaves beside the site.
std::set<std::string> listing(const fs::path& dir) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.insert(entry.path().filename());
  return names;
}

// The site of one run: files that say which run wrote them, more or fewer of them.
std::vector<SiteFile> site_of_run(int run) {
  const std::string tag = "run " + std::to_string(run);
  std::vector<SiteFile> files{{"index.html", tag}, {"run-" + std::to_string(run) + ".html", tag}};
  for (int page = 0; page <= run % 5; ++page)
    files.push_back({"pages/" + std::to_string(page) + ".html", tag + " page"});
  return files;
}

// What write_site puts on disk for `files`: them and the marker.
std::map<std::string, std::string> tree_of_files(const std::vector<SiteFile>& files) {
  std::map<std::string, std::string> tree;
  for (const auto& file : files) tree[file.path] = file.content;
  tree[".gcsj-site"] = "This directory was written by `gcsj publish`, which may replace it.\n";
  return tree;
}

// Whether the directory holds exactly the site of one of `runs` runs, whole.
bool is_one_whole_site(const fs::path& dir, int runs) {
  const auto tree = tree_of(dir);
  for (int run = 0; run < runs; ++run)
    if (tree == tree_of_files(site_of_run(run))) return true;
  return false;
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

  TEST_CASE("a bidirectional override in registry text cannot turn the text after it") {
    // U+202E (right-to-left override) in a name, U+2066 (isolate) and U+202A (embedding) in a
    // title, each left open: on the page they would reverse the rest of a cell, a sentence or a
    // chart's title. No explicit directional control reaches a page; the text around stays.
    std::string text = replace(kGovernment, "name: Sample", "name: \"Sample \u202Eevil\"");
    text = replace(text, "title: Extend social protection",
                   "title: \"Extend \u2066social \u202Aprotection\"");
    const auto files = site_of(check_yaml(text));
    for (const auto& file : files) {
      CAPTURE(file.path);
      for (const std::string_view control : {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E",
                                             "\u2066", "\u2067", "\u2068", "\u2069"})
        CHECK(file.content.find(control) == std::string::npos);
    }
    const std::string* page = find(files, "partners/sample.html");
    REQUIRE(page);
    CHECK(page->find("Sample evil") != std::string::npos);
    CHECK(page->find("Extend social protection") != std::string::npos);
    // Each piece of registry text is isolated from what surrounds it (a name in a sentence).
    const auto checked = check_yaml(text);
    const auto& reference = gcsj::refdata::ReferenceData::bundled();
    const auto site = gcsj::publish::build_site(
        checked.registry,
        gcsj::figures::compute_figures(checked.registry, {Date{2025, 6, 1}}, reference), reference,
        {gcsj::publish::kDefaultNewsDays, {"en"}});
    const std::string* style = nullptr;
    for (const auto& file : site)
      if (file.path.ends_with("style.css")) style = &file.content;
    REQUIRE(style);
    // A member's name in the seat chart's SVG titles and the Group's tables.
    auto members = full_group_members();
    member_of(members, "Worker 2").name = "\"Worker \u202E2\"";
    const auto group_site = site_of(check_files(group_registry(group_yaml(members)), kGroupAsOf));
    const std::string* group_page = find(group_site, "group.html");
    REQUIRE(group_page);
    CHECK(group_page->find("<title>") != std::string::npos);
    CHECK(group_page->find("Worker 2") != std::string::npos);
    CHECK(group_page->find("\u202E") == std::string::npos);
    CHECK(style->find("a, strong, td, th, li, dd, dt, caption, figcaption, h1, h2, svg text { "
                      "unicode-bidi: isolate; }") != std::string::npos);
  }

  TEST_CASE("charts show every domain and priority by its full title, in the picture itself") {
    const auto files = site_of(check_yaml(kGovernment));
    const std::string* home = find(files, "index.html");
    REQUIRE(home);
    const std::size_t svg_end = home->rfind("</svg>");
    REQUIRE(svg_end != std::string::npos);
    for (const auto& themes : {std::span<const gcsj::model::Theme>(gcsj::model::kDomains),
                               std::span<const gcsj::model::Theme>(gcsj::model::kPriorities)})
      for (const auto& theme : themes) {
        // The label is wrapped into lines (tspans) of the svg; joined again it is the title.
        std::string svg_text;
        std::size_t at = 0;
        while ((at = home->find("<tspan", at)) != std::string::npos && at < svg_end) {
          const std::size_t open = home->find('>', at) + 1;
          const std::size_t close = home->find("</tspan>", open);
          const std::string line = home->substr(open, close - open);
          const bool continues = home->compare(close + 8, 6, "<tspan") == 0;
          svg_text += line + (continues ? " " : "\n");
          at = close;
        }
        CHECK_MESSAGE(svg_text.find(gcsj::publish::escape(theme.title) + "\n") != std::string::npos,
                      theme.title);
      }
    CHECK(home->find("…") == std::string::npos);
  }

  TEST_CASE("every page carries a description for search engines and link previews") {
    const auto files = site_of(check_yaml(kGovernment));
    int pages = 0;
    for (const auto& file : files) {
      if (!file.path.ends_with(".html")) continue;
      ++pages;
      const std::size_t at = file.content.find("<meta name=\"description\" content=\"");
      REQUIRE_MESSAGE(at != std::string::npos, file.path);
      const std::size_t start = at + 34;
      CHECK_MESSAGE(file.content.find('"', start) - start > 40, file.path);
      CHECK(file.content.find("<meta property=\"og:description\"") != std::string::npos);
    }
    CHECK(pages > 10);
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

  TEST_CASE("a partner made public later is in no byte of the site before its `published` date") {
    // Admitted on 2024-02-01, made public on 2025-08-01 (¶18); an action of another partner
    // names it, and it has a completed action of its own.
    const std::string quiet = replace(
        replace(replace(replace(kGovernment, "id: sample", "id: quiet-one"), "name: Sample\n",
                        "name: Quietly Admitted Republic\nname_fr: République discrète\n"
                        "name_es: República discreta\n"),
                "admitted: 2024-02-01\n", "admitted: 2024-02-01\npublished: 2025-08-01\n"),
        "    domains: [protection]\n",
        "    domains: [protection]\n    status: completed\n    progress:\n"
        "      - date: 2025-05-01\n        summary: Finished the quiet work\n");
    const std::string naming =
        replace(replace(kEmployers, "id: sample", "id: naming"), "    domains: [protection]\n",
                "    domains: [protection]\n    with: [quiet-one]\n");
    const auto checked =
        check_files({{"partners/quiet-one.yaml", quiet}, {"partners/naming.yaml", naming}},
                    Date{2025, 6, 1}, true);
    CHECK(checked.findings.empty());
    const auto& reference = gcsj::refdata::ReferenceData::bundled();
    const auto site_on = [&](Date as_of) {
      const auto figures = gcsj::figures::compute_figures(checked.registry, {as_of}, reference);
      return gcsj::publish::build_site(checked.registry, figures, reference);  // every language
    };
    // The day before: nothing of it in any file of any language (pages, directory, search,
    // charts, news, feed), and the counts leave it out.
    const auto before = site_on({2025, 7, 31});
    for (const auto& file : before) {
      INFO(file.path);
      for (const std::string_view secret : {"quiet-one", "Quietly Admitted", "République discrète",
                                            "República discreta", "Finished the quiet work"})
        CHECK(file.content.find(secret) == std::string::npos);
    }
    const auto* home = find(before, "en/index.html");
    REQUIRE(home);
    CHECK(home->find("<strong>1</strong> partner<") != std::string::npos);
    // On its `published` date: its page, and the news tells the new partner on that date, with
    // an Atom entry dated and named by it.
    const auto after = site_on({2025, 8, 1});
    CHECK(find(after, "en/partners/quiet-one.html"));
    const auto* news = find(after, "en/news.html");
    REQUIRE(news);
    CHECK(news->find("id=\"change-partner-published-quiet-one-2025-08-01\"><time "
                     "datetime=\"2025-08-01\">") != std::string::npos);
    CHECK(news->find("Quietly Admitted Republic</a> was admitted as a partner") !=
          std::string::npos);
    const auto* feed = find(after, "en/feed.xml");
    REQUIRE(feed);
    CHECK(feed->find("<id>tag:ilo.org,2023:gcsj/partner-published/quiet-one/2025-08-01</id>\n"
                     "<title>Quietly Admitted Republic was admitted as a partner: Government, "
                     "Africa.</title>\n<updated>2025-08-01T00:00:00Z</updated>") !=
          std::string::npos);
    CHECK(feed->find("partner-admitted/quiet-one") == std::string::npos);
    CHECK(find(after, "fr/partners/quiet-one.html")->find("République discrète") !=
          std::string::npos);
  }

  TEST_CASE("an id that cannot name a file safely gets a generated page name") {
    const auto checked = check_yaml(replace(kGovernment, "id: sample", "id: \"../../escape\""));
    const auto files = site_of(checked);
    for (const auto& f : files) CHECK(f.path.find("..") == std::string::npos);
    CHECK(find(files, "partners/partner-1.html"));
  }

  TEST_CASE("the work is every page of every language once, large pages spread out") {
    using gcsj::publish::SiteWork;
    for (const std::size_t partners :
         {std::size_t{0}, std::size_t{1}, std::size_t{64}, std::size_t{65}, std::size_t{10000}}) {
      CAPTURE(partners);
      const auto tasks = gcsj::publish::schedule_site(3, partners);
      std::map<std::pair<std::size_t, SiteWork>, int> pages;
      std::vector<std::vector<bool>> covered(3, std::vector<bool>(partners, false));
      std::vector<std::size_t> large;
      for (std::size_t i = 0; i < tasks.size(); ++i) {
        const auto& task = tasks[i];
        REQUIRE(task.language < 3);
        if (task.work != SiteWork::partners) {
          ++pages[{task.language, task.work}];
          if (task.work == SiteWork::themes || task.work == SiteWork::directory) large.push_back(i);
          continue;
        }
        CHECK(task.first < task.last);
        for (std::size_t p = task.first; p < std::min(task.last, partners); ++p) {
          CHECK_FALSE(covered[task.language][p]);  // no partner's page made twice
          covered[task.language][p] = true;
        }
      }
      CHECK(pages.size() == 3 * 8);  // eight kinds of page in each language
      for (const auto& [page, count] : pages) CHECK(count == 1);
      for (const auto& language : covered)
        CHECK(std::count(language.begin(), language.end(), false) == 0);
      // With partners' pages to make, no two large pages are next to each other, so two threads
      // seldom wait for each other on the one large page made at a time.
      REQUIRE(large.size() == 6);
      if (partners >= 10000)
        for (std::size_t i = 1; i < large.size(); ++i)
          CHECK(large[i] - large[i - 1] > 60);  // 471 batches, 6 large pages
    }
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

  TEST_CASE("a re-publication keeps the files that did not change, and writes the others") {
    TempDir root;
    const fs::path out = root.path / "site";
    const std::vector<SiteFile> first{
        {"index.html", "home"}, {"p/a.html", "same"}, {"p/b.html", "old"}, {"p/gone.html", "x"}};
    REQUIRE(write_site(first, out.string()).has_value());
    struct stat a {
    }, b{}, home{};
    REQUIRE(::lstat((out / "p/a.html").c_str(), &a) == 0);
    REQUIRE(::lstat((out / "p/b.html").c_str(), &b) == 0);
    REQUIRE(::lstat((out / "index.html").c_str(), &home) == 0);
    const std::vector<SiteFile> second{
        {"index.html", "home"}, {"p/a.html", "same"}, {"p/b.html", "new"}, {"p/c.html", "c"}};
    REQUIRE(write_site(second, out.string()).has_value());
    CHECK(tree_of(out) == tree_of_files(second));
    struct stat a2 {
    }, b2{}, home2{};
    REQUIRE(::lstat((out / "p/a.html").c_str(), &a2) == 0);
    REQUIRE(::lstat((out / "p/b.html").c_str(), &b2) == 0);
    REQUIRE(::lstat((out / "index.html").c_str(), &home2) == 0);
    CHECK(a2.st_ino == a.st_ino);  // the same file, its modification time kept
    CHECK(a2.st_mtim.tv_sec == a.st_mtim.tv_sec);
    CHECK(a2.st_mtim.tv_nsec == a.st_mtim.tv_nsec);
    CHECK(home2.st_ino == home.st_ino);
    CHECK(a2.st_nlink == 1);  // the old site's name of it is gone with the old site
    CHECK(b2.st_ino != b.st_ino);
    CHECK(listing(root.path) == std::set<std::string>{"site"});
  }

  TEST_CASE("a previous file is reused only when nothing could tell it from a new one") {
    TempDir root;
    const fs::path out = root.path / "site";
    const fs::path outside = root.path / "outside";
    fs::create_directories(outside / "dir");
    std::ofstream(outside / "page.html") << "page";
    std::ofstream(outside / "dir" / "page.html") << "page";
    const std::vector<SiteFile> files{{"link.html", "page"},   {"private.html", "page"},
                                      {"twice.html", "page"},  {"dir/page.html", "page"},
                                      {"longer.html", "page"}, {"fifo.html", "page"}};
    REQUIRE(write_site({{"index.html", "old"}}, out.string()).has_value());
    // The previous site, as a hostile checkout could hold it: a link out of it, a file of another
    // mode, a file with a second name outside, a directory that is a link, a longer file, a FIFO.
    fs::create_symlink(outside / "page.html", out / "link.html");
    std::ofstream(out / "private.html") << "page";
    fs::permissions(out / "private.html", fs::perms::owner_read | fs::perms::owner_write);
    std::ofstream(out / "twice.html") << "page";
    fs::create_hard_link(out / "twice.html", outside / "twice.html");
    fs::create_directory_symlink(outside / "dir", out / "dir");
    std::ofstream(out / "longer.html") << "page and more";
    REQUIRE(::mkfifo((out / "fifo.html").c_str(), 0644) == 0);
    struct stat before_twice {};
    REQUIRE(::lstat((outside / "twice.html").c_str(), &before_twice) == 0);

    REQUIRE(write_site(files, out.string()).has_value());
    CHECK(tree_of(out) == tree_of_files(files));
    struct stat marker {};
    REQUIRE(::lstat((out / ".gcsj-site").c_str(), &marker) == 0);
    for (const auto& file : files) {
      CAPTURE(file.path);
      struct stat page {};
      REQUIRE(::lstat((out / file.path).c_str(), &page) == 0);
      CHECK(S_ISREG(page.st_mode));
      CHECK((page.st_mode & 07777) == (marker.st_mode & 07777));  // as every new file
      CHECK(page.st_nlink == 1);
      CHECK(page.st_ino != before_twice.st_ino);
    }
    CHECK(fs::is_directory(fs::symlink_status(out / "dir")));
    CHECK(read_text(outside / "page.html") == "page");  // nothing outside touched
    CHECK(read_text(outside / "dir" / "page.html") == "page");
    CHECK(read_text(outside / "twice.html") == "page");
  }

  TEST_CASE("what an interrupted run left is removed by the next run, and nothing else") {
    TempDir root;
    const fs::path out = root.path / "site";
    REQUIRE(write_site(site_of_run(1), out.string()).has_value());
    // A run killed just before its swap leaves its new directory and the lock file.
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      SiteWriteHooks hooks;
      hooks.before_swap = [](const std::string&) { ::kill(::getpid(), SIGKILL); };
      (void)write_site(site_of_run(2), out.string(), hooks);
      ::_exit(0);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WIFSIGNALED(status));
    std::set<std::string> left = listing(root.path);
    CHECK(left.size() == 3);  // site, .site.lock, .site.new-XXXXXX
    CHECK(left.count(".site.lock") == 1);
    CHECK(is_one_whole_site(out, 2));
    // An earlier version's leftover (named by process id), and names that are not leftovers of
    // this site: a directory of notes, a file, another site's temporary directory.
    fs::create_directories(root.path / ".site.old-4242" / "partners");
    std::ofstream(root.path / ".site.old-4242" / "partners" / "a.html") << "old";
    fs::create_directories(root.path / ".site.new-notes");
    std::ofstream(root.path / ".site.new-notes" / "keep.txt") << "mine";
    std::ofstream(root.path / ".site.new-ABCDEF") << "a file, not a directory";
    fs::create_directories(root.path / ".other.new-ABCDEF");
    REQUIRE(write_site(site_of_run(3), out.string()).has_value());
    CHECK(tree_of(out) == tree_of_files(site_of_run(3)));
    CHECK(listing(root.path) == std::set<std::string>{".other.new-ABCDEF", ".site.new-ABCDEF",
                                                      ".site.new-notes", "site"});
    CHECK(read_text(root.path / ".site.new-notes" / "keep.txt") == "mine");
  }

  TEST_CASE("concurrent processes take turns: one whole site at the end, nothing beside it") {
    TempDir root;
    const fs::path out = root.path / "site";
    constexpr int kProcesses = 6;
    constexpr int kRounds = 4;
    std::vector<pid_t> children;
    for (int process = 0; process < kProcesses; ++process) {
      const pid_t child = ::fork();
      REQUIRE(child >= 0);
      if (child == 0) {
        int failures = 0;
        for (int round = 0; round < kRounds; ++round)
          if (!write_site(site_of_run(process * kRounds + round), out.string()).has_value())
            ++failures;
        ::_exit(failures);
      }
      children.push_back(child);
    }
    for (const pid_t child : children) {
      int status = 0;
      REQUIRE(::waitpid(child, &status, 0) == child);
      CHECK(WIFEXITED(status));
      CHECK(WEXITSTATUS(status) == 0);
    }
    CHECK(is_one_whole_site(out, kProcesses * kRounds));
    CHECK(listing(root.path) == std::set<std::string>{"site"});
  }

  TEST_CASE("concurrent threads take turns too") {
    TempDir root;
    const fs::path out = root.path / "site";
    constexpr int kThreads = 4;
    std::vector<int> failures(kThreads, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
      threads.emplace_back([&, t] {
        for (int round = 0; round < 3; ++round)
          if (!write_site(site_of_run(t * 3 + round), out.string()).has_value()) ++failures[t];
      });
    for (auto& thread : threads) thread.join();
    CHECK(failures == std::vector<int>(kThreads, 0));
    CHECK(is_one_whole_site(out, kThreads * 3));
    CHECK(listing(root.path) == std::set<std::string>{"site"});
  }

  TEST_CASE("files written into the out directory before the swap are never deleted") {
    for (const bool plain : {false, true}) {
      CAPTURE(plain);
      TempDir root;
      const fs::path out = root.path / "site";
      SiteWriteHooks hooks;
      hooks.plain_renames = plain;
      hooks.before_swap = [](const std::string& target) {
        fs::create_directories(target);
        std::ofstream(fs::path(target) / "thesis.tex") << "precious";
      };
      // Empty when it was checked.
      fs::create_directories(out);
      auto written = write_site(site_of_run(1), out.string(), hooks);
      REQUIRE_FALSE(written.has_value());
      CHECK(written.error().message ==
            out.string() +
                ": other files were written into it while publishing; it was left as it was");
      CHECK(tree_of(out) == std::map<std::string, std::string>{{"thesis.tex", "precious"}});
      CHECK(listing(root.path) == std::set<std::string>{"site"});
      // Not there when it was checked.
      fs::remove_all(out);
      written = write_site(site_of_run(1), out.string(), hooks);
      REQUIRE_FALSE(written.has_value());
      CHECK(tree_of(out) == std::map<std::string, std::string>{{"thesis.tex", "precious"}});
      CHECK(listing(root.path) == std::set<std::string>{"site"});
    }
  }

  TEST_CASE("an out directory made or removed meanwhile is published to all the same") {
    for (const bool plain : {false, true}) {
      CAPTURE(plain);
      TempDir root;
      const fs::path out = root.path / "site";
      SiteWriteHooks hooks;
      hooks.plain_renames = plain;
      hooks.before_swap = [](const std::string& target) { fs::create_directory(target); };
      REQUIRE(write_site(site_of_run(1), out.string(), hooks).has_value());
      CHECK(tree_of(out) == tree_of_files(site_of_run(1)));
      hooks.before_swap = [](const std::string& target) { fs::remove_all(target); };
      REQUIRE(write_site(site_of_run(2), out.string(), hooks).has_value());
      CHECK(tree_of(out) == tree_of_files(site_of_run(2)));
      hooks.before_swap = nullptr;
      REQUIRE(write_site(site_of_run(3), out.string(), hooks).has_value());
      CHECK(tree_of(out) == tree_of_files(site_of_run(3)));
      CHECK(listing(root.path) == std::set<std::string>{"site"});
    }
  }

  TEST_CASE("a failed publish leaves the old site whole, and keeps the directory's mode") {
    TempDir root;
    const fs::path out = root.path / "site";
    REQUIRE(write_site(site_of_run(1), out.string()).has_value());
    REQUIRE(::chmod(out.c_str(), 0750) == 0);
    auto files = site_of_run(2);
    files.push_back({"../escape.html", "out of the site"});
    const auto written = write_site(files, out.string());
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().message == "../escape.html: not a path inside the site");
    CHECK(tree_of(out) == tree_of_files(site_of_run(1)));
    CHECK(listing(root.path) == std::set<std::string>{"site"});
    REQUIRE(write_site(site_of_run(2), out.string()).has_value());
    struct stat info {};
    REQUIRE(::stat(out.c_str(), &info) == 0);
    CHECK((info.st_mode & 07777) == 0750);
    // A file where the site would go is not replaced.
    std::ofstream(root.path / "file") << "text";
    const auto over_file = write_site(site_of_run(1), (root.path / "file").string());
    REQUIRE_FALSE(over_file.has_value());
    CHECK(over_file.error().message ==
          (root.path / "file").string() + ": exists and is not a directory");
    CHECK(read_text(root.path / "file") == "text");
    CHECK(listing(root.path) == std::set<std::string>{"file", "site"});
  }
}
