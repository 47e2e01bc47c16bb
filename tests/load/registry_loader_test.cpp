#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "check/validate.hpp"
#include "load/piece_cutter.hpp"
#include "support/check_helpers.hpp"
#include "support/group_fixture.hpp"
#include "support/progress_recorder.hpp"
#include "support/temp_tree.hpp"

namespace fs = std::filesystem;
using namespace gcsj::testing;

namespace {

// The result of a validation that must have run (no usage error).
gcsj::check::ValidateResult ran(gcsj::util::Expected<gcsj::check::ValidateResult> result) {
  REQUIRE_MESSAGE(result.has_value(), (result ? std::string() : result.error().message));
  return std::move(result).value();
}

// `gcsj validate` of the whole tree, on `jobs` threads, keeping whole partners or digests only.
gcsj::check::ValidateResult validate_tree(const TempTree& tree, unsigned jobs, bool keep_partners) {
  gcsj::check::ValidateOptions options;
  options.as_of = kDefaultAsOf;
  options.find_config = false;
  options.input.paths = {tree.root.string()};
  options.input.keep_partners = keep_partners;
  options.input.jobs = jobs;
  return ran(gcsj::check::validate(options));
}

gcsj::util::Expected<gcsj::check::ValidateResult> try_validate(
    std::vector<std::string> paths, std::optional<std::string> registry = std::nullopt) {
  gcsj::check::ValidateOptions options;
  options.as_of = kDefaultAsOf;
  options.input.paths = std::move(paths);
  options.input.registry_dir = std::move(registry);
  options.find_config = false;  // a .gcsj.yaml above the temporary directory must not interfere
  return gcsj::check::validate(options);
}

gcsj::check::ValidateResult validate(std::vector<std::string> paths,
                                     std::optional<std::string> registry = std::nullopt) {
  return ran(try_validate(std::move(paths), std::move(registry)));
}

std::vector<std::string> files_of(const gcsj::check::ValidateResult& result) {
  std::vector<std::string> out;
  for (const auto& f : result.registry.files) out.push_back(f.path);
  return out;
}

}  // namespace

TEST_SUITE("load::registry_loader") {
  TEST_CASE("walks a directory in path order, skipping hidden and non-YAML files") {
    TempTree tree;
    tree.write("partners/sample.yaml", kGovernment);
    tree.write("partners/b.yml", replace(kNgo, "id: sample", "id: b"));
    tree.write(".git/config.yaml", "not: read\n");
    tree.write(".gcsj.yaml", "not: read\n");
    tree.write("notes.txt", "ignored");
    const auto result = validate({tree.root.string()});
    const std::string base = tree.root.string();
    CHECK(files_of(result) ==
          std::vector<std::string>{base + "/partners/b.yml", base + "/partners/sample.yaml"});
    CHECK(result.findings.empty());
    CHECK(result.summary.partners == 2);
  }

  TEST_CASE("a path that does not exist is a usage error") {
    const auto result = try_validate({"/nonexistent/gcsj.yaml"});
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().message == "/nonexistent/gcsj.yaml: no such file or directory");
  }

  TEST_CASE("survives a directory symlink loop and reports a pipe, still checking other files") {
    TempTree tree;
    tree.write("partners/sample.yaml", replace(kGovernment, "country: KE", "country: XX"));
    fs::create_directory_symlink(tree.root, tree.root / "partners" / "loop");
    REQUIRE(::mkfifo((tree.root / "partners" / "pipe.yaml").c_str(), 0600) == 0);
    const auto result = validate({tree.root.string()});
    int unreadable = 0, country = 0;
    for (const auto& f : result.findings) {
      unreadable += f.rule == "unreadable-file";
      country += f.rule == "government-country";
    }
    CHECK(unreadable == 1);
    CHECK(country == 1);
  }

  TEST_CASE("directories nest 64 deep below the registry; one more level is reported") {
    const auto nested = [](int levels) {
      std::string path;
      for (int i = 1; i <= levels; ++i) path += "d" + std::to_string(i) + "/";
      return path;
    };
    TempTree tree;
    tree.write(nested(64) + "sample.yaml", kGovernment);
    tree.write(nested(65) + "other.yaml", replace(kGovernment, "id: sample", "id: other"));
    const auto result = validate({tree.root.string()});
    CHECK(result.summary.partners == 1);
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].rule == "unreadable-file");
    CHECK(result.registry.file(result.findings[0].where.file).path.ends_with(nested(64) + "d65"));
  }

  TEST_CASE("a pipe named on the command line is read to its end, as `<(cmd)` gives one") {
    int ends[2];
    REQUIRE(::pipe(ends) == 0);
    REQUIRE(::write(ends[1], kGovernment.data(), kGovernment.size()) ==
            static_cast<ssize_t>(kGovernment.size()));
    ::close(ends[1]);
    const auto result = validate({"/dev/fd/" + std::to_string(ends[0])});
    ::close(ends[0]);
    CHECK(result.summary.partners == 1);
    CHECK(result.findings.empty());
  }

  TEST_CASE("--registry reports only findings about the paths, and those that involve them") {
    TempTree tree;
    tree.write("registry/partners/sample.yaml", kGovernment);
    tree.write("registry/partners/broken.yaml",
               replace(kNgo, "id: sample", "id: broken") + "bogus: 1\n");
    tree.write("new/kenya-two.yaml", replace(kGovernment, "id: sample", "id: kenya-two"));
    const auto result =
        validate({(tree.root / "new/kenya-two.yaml").string()}, (tree.root / "registry").string());
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].rule == "one-government-per-country");
    CHECK(result.summary.files == 1);
    CHECK(result.registry.complete);
  }

  TEST_CASE("--registry reads a path inside the registry once") {
    TempTree tree;
    tree.write("registry/partners/sample.yaml", kGovernment);
    const auto inside = (tree.root / "registry/partners/sample.yaml").string();
    const auto result = validate({inside}, (tree.root / "registry").string());
    CHECK(result.registry.files.size() == 1);
    CHECK(result.registry.partners.size() == 1);
    CHECK(result.findings.empty());
    CHECK(result.summary.files == 1);
  }

  TEST_CASE("named files alone do not resolve references to partners they do not hold") {
    TempTree tree;
    tree.write("sample.yaml", kGovernment + "    with: [elsewhere]\n");
    CHECK(validate({(tree.root / "sample.yaml").string()}).findings.empty());
  }

  TEST_CASE("--registry reports a Group finding that a changed partner file causes") {
    TempTree tree;
    for (const auto& file : group_registry(group_yaml(full_group_members())))
      tree.write("registry/" + file.name, file.text);
    const auto changed = tree.root / "registry/partners/acad.yaml";
    std::string text;
    for (const auto& file : group_registry(""))
      if (file.name == "partners/acad.yaml")
        text = replace(replace(file.text, "status: admitted", "status: withdrawn"),
                       "admitted: 2024-02-01", "admitted: 2024-02-01\nwithdrawn: 2025-03-01");
    tree.write("registry/partners/acad.yaml", text);
    const auto result = validate({changed.string()}, (tree.root / "registry").string());
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].rule == "term-within-partnership");
    CHECK(result.registry.file(result.findings[0].where.file)
              .path.ends_with("coordinating-group.yaml"));
    CHECK(result.registry.file(result.findings[0].related.at(0).where.file).path ==
          changed.string());
  }

  TEST_CASE("finds .gcsj.yaml by walking up from the registry, and --config overrides it") {
    TempTree tree;
    tree.write(".git/HEAD", "ref: refs/heads/main\n");  // the repository's root
    tree.write(".gcsj.yaml", "rules:\n  government-country: off\n");
    tree.write("registry/partners/sample.yaml", replace(kGovernment, "country: KE", "country: XX"));
    gcsj::check::ValidateOptions options;
    options.as_of = kDefaultAsOf;
    options.input.paths = {(tree.root / "registry").string()};
    auto result = ran(gcsj::check::validate(options));
    REQUIRE(result.config_file);
    CHECK(result.findings.empty());
    CHECK(result.summary.files == 1);  // the configuration is not a registry file
    tree.write("other.yaml", "rules:\n  government-country: warning\n");
    options.config_file = (tree.root / "other.yaml").string();
    result = ran(gcsj::check::validate(options));
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].severity == gcsj::findings::Severity::warning);
    options.config_file.reset();
    options.find_config = false;
    CHECK(ran(gcsj::check::validate(options)).findings.size() == 1);
  }

  TEST_CASE("parallel loading gives the same registry and findings as one thread") {
    const std::string root = GCSJ_SOURCE_DIR;
    const auto run = [&](unsigned jobs) {
      gcsj::check::ValidateOptions options;
      options.as_of = kDefaultAsOf;
      options.find_config = false;
      options.input.jobs = jobs;
      options.input.paths = {root + "/examples/registry", root + "/tests/fixtures/broken",
                             root + "/examples/applications"};
      return ran(gcsj::check::validate(options));
    };
    const auto one = run(1);
    for (unsigned jobs : {2u, 3u, 8u}) {
      const auto many = run(jobs);
      REQUIRE(many.findings.size() == one.findings.size());
      for (std::size_t i = 0; i < one.findings.size(); ++i) {
        CHECK(many.findings[i].rule == one.findings[i].rule);
        CHECK(many.findings[i].where == one.findings[i].where);
        CHECK(many.findings[i].message.english() == one.findings[i].message.english());
      }
      REQUIRE(many.registry.partners.size() == one.registry.partners.size());
      for (std::size_t i = 0; i < one.registry.partners.size(); ++i)
        CHECK(many.registry.partners[i].where == one.registry.partners[i].where);
    }
  }

  TEST_CASE(
      "many files are read a window at a time: findings stay in path order, across windows and "
      "threads") {
    TempTree tree;
    // 1,300 partner files, more than two windows: a broken file and an unknown key in the second
    // window, and a duplicate id between the first window and the third.
    const int count = 1300;
    for (int i = 0; i < count; ++i) {
      const std::string name = fmt::format("partners/p{:04}.yaml", i);
      std::string text = replace(kNgo, "id: sample", fmt::format("id: p{:04}", i == 1250 ? 3 : i));
      if (i == 700) text = "kind: partner\nid: [broken\n";
      if (i == 900) text += "colour: blue\n";
      tree.write(name, text);
    }
    const auto run = [&](unsigned jobs) { return validate_tree(tree, jobs, false); };
    const auto where_of = [](const gcsj::check::ValidateResult& result) {
      std::vector<std::string> out;
      for (const auto& f : result.findings)
        out.push_back(fmt::format("{}:{}", result.registry.file(f.where.file).path, f.rule));
      return out;
    };
    const auto one = run(1);
    CHECK(one.registry.digests.size() == count - 1);
    const auto found = where_of(one);
    const auto has = [&](std::string_view file, std::string_view rule) {
      return std::any_of(found.begin(), found.end(), [&](const std::string& f) {
        return f.ends_with(fmt::format("{}:{}", file, rule));
      });
    };
    CHECK(has("partners/p0700.yaml", "yaml-syntax"));
    CHECK(has("partners/p0900.yaml", "unknown-key"));
    CHECK(has("partners/p1250.yaml", "duplicate-partner-id"));
    for (unsigned jobs : {2u, 3u}) {
      const auto many = run(jobs);
      CHECK(many.registry.digests.size() == one.registry.digests.size());
      CHECK(where_of(many) == found);
    }
  }

  TEST_CASE(
      "a large file checked as it streams, keeping digests only, gives the findings of a whole "
      "load, across chunks and threads") {
    TempTree tree;
    // 12,000 NGOs and three governments (over 3 MiB, so several chunks): the first and the last
    // partner share an id, two governments far apart a country; an action names a partner
    // defined at the end and one that does not exist; a government in the middle has an unknown
    // country.
    std::string text;
    const int count = 12000;
    std::vector<std::string> expected;
    const auto line_of = [&](std::string_view document, std::string_view key) {
      const std::size_t at = document.find(key);
      REQUIRE(at != std::string_view::npos);
      return std::to_string(std::count(text.begin(), text.end(), '\n') + 1 +
                            std::count(document.begin(), document.begin() + at, '\n'));
    };
    for (int i = 0; i < count; ++i) {
      const std::string id = "id: p" + std::to_string(i == count - 1 ? 0 : i);
      std::string doc = "---\n" + replace(kNgo, "id: sample", id);
      if (i == 1 || i == count - 2) doc = "---\n" + replace(kGovernment, "id: sample", id);
      if (i == count / 2) doc = "---\n" + replace(kGovernment, "country: KE", "country: XX");
      if (i == count / 2) doc = replace(doc, "id: sample", id);
      if (i == 2) doc += "    with: [p11998, nobody]\n";
      if (i == 2) expected.push_back("action-with-partner@" + line_of(doc, "with:"));
      if (i == count / 2) expected.push_back("government-country@" + line_of(doc, "country:"));
      if (i == count - 2)
        expected.push_back("one-government-per-country@" + line_of(doc, "country:"));
      if (i == count - 1) expected.push_back("duplicate-partner-id@" + line_of(doc, "id:"));
      text += doc;
    }
    REQUIRE(text.size() > 3 * gcsj::load::kPieceBytes);
    tree.write("registry.yaml", text);
    const auto run = [&](bool keep_partners, unsigned jobs) {
      return validate_tree(tree, jobs, keep_partners);
    };
    const auto whole = run(true, 1);
    CHECK(whole.registry.partners.size() == count);
    const auto rules_of = [](const gcsj::check::ValidateResult& result) {
      std::vector<std::string> out;
      for (const auto& f : result.findings)
        out.push_back(std::string(f.rule) + "@" + std::to_string(f.where.line));
      return out;
    };
    auto found = rules_of(whole);
    std::sort(found.begin(), found.end());
    auto wanted = expected;
    std::sort(wanted.begin(), wanted.end());
    CHECK_MESSAGE(found == wanted, fmt::format("{}", fmt::join(found, " ")));
    for (unsigned jobs : {1u, 2u, 3u}) {
      const auto streamed = run(false, jobs);
      CHECK(streamed.registry.partners.empty());
      CHECK(streamed.registry.digests.size() == count);
      CHECK(rules_of(streamed) == rules_of(whole));
    }
  }

  TEST_CASE("tells each file read, across windows and threads, and each document judged") {
    TempTree tree;
    // More files than a window; an empty one and one that is not YAML are read too.
    const int count = 600;
    for (int i = 0; i < count - 2; ++i)
      tree.write(fmt::format("partners/p{:04}.yaml", i),
                 replace(kNgo, "id: sample", fmt::format("id: p{:04}", i)));
    tree.write("partners/empty.yaml", "");
    tree.write("partners/broken.yaml", "kind: partner\nid: [broken\n");
    for (unsigned jobs : {1u, 3u}) {
      ProgressRecorder progress;
      gcsj::check::ValidateOptions options;
      options.as_of = kDefaultAsOf;
      options.find_config = false;
      options.input.paths = {tree.root.string()};
      options.input.keep_partners = false;
      options.input.jobs = jobs;
      options.input.progress = &progress;
      ran(gcsj::check::validate(options));
      using gcsj::util::Stage;
      const std::vector<std::pair<Stage, std::size_t>> begun{{Stage::documents_judged, 0},
                                                             {Stage::files_read, count}};
      CHECK(progress.begun() == begun);
      CHECK(progress.count(Stage::files_read) == count);
      CHECK(progress.count(Stage::documents_judged) == count - 2);
    }
  }
}
