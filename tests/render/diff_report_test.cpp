#include <doctest/doctest.h>

#include "diff/registry_diff.hpp"
#include "render/diff/diff_report.hpp"
#include "support/check_helpers.hpp"
#include "support/group_fixture.hpp"

using namespace gcsj::testing;

namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

struct Rendered {
  std::string text, markdown, json;
};

Rendered render(const std::vector<TestFile>& before, const std::vector<TestFile>& after) {
  const Checked old_version = check_files(before, kGroupAsOf);
  const Checked new_version = check_files(after, kGroupAsOf);
  const auto diff =
      gcsj::diff::diff_registries(old_version.registry, new_version.registry, kGroupAsOf);
  const gcsj::render::DiffView view{diff, old_version.registry, new_version.registry, "main",
                                    "0123456789abcdef0123456789abcdef01234567"};
  return {gcsj::render::render_diff_text(view, false), gcsj::render::render_diff_markdown(view),
          gcsj::render::render_diff_json(view)};
}

}  // namespace

TEST_SUITE("render::registry_diff") {
  TEST_CASE("what a change does, in text, Markdown and JSON") {
    auto members = full_group_members();
    const auto before = group_registry(group_yaml(members));
    member_of(members, "Worker 1").role = "";
    member_of(members, "Worker 2").role = "vice-chair";
    auto after = group_registry(group_yaml(members));
    after.push_back({"partners/new.yaml", replace(kAcademic, "id: sample", "id: new")});
    const auto out = render(before, after);
    CHECK(contains(out.text, "Changes since main (commit 0123456789ab):\n"));
    CHECK(contains(out.text,
                   "  partners/new.yaml:1:1: Partner new is added: Sample (academic, "
                   "admitted).\n"));
    CHECK(contains(out.text, "Worker 1 (wrk1) moves: workers, vice-chair → workers, member."));
    CHECK(contains(out.text, "Chairs after: "));
    CHECK(contains(out.text,
                   "Partners: 1 added, 0 removed, 0 changed. Members of the Group "
                   "sitting on 1 June 2025: 0 joined, 0 left, 2 moved.\n"));
    CHECK(contains(out.markdown,
                   "### Partners\n\n- Partner new is added: Sample (academic, "
                   "admitted). (partners/new.yaml:1:1)\n"));
    CHECK(contains(out.json, "\"added\": [\n"));
    CHECK(contains(out.json, "\"role\": \"vice-chair\""));
    CHECK(contains(out.json, "\"commit\": \"0123456789abcdef0123456789abcdef01234567\""));
  }

  TEST_CASE("no change is said in one sentence") {
    const std::vector<TestFile> files{{"partners/sample.yaml", kGovernment}};
    const auto out = render(files, files);
    CHECK(contains(out.text,
                   "This change changes no partner, and not the Coordinating Group on "
                   "1 June 2025.\n"));
    CHECK_FALSE(contains(out.text, "Partners\n"));
  }

  TEST_CASE("registry text cannot drive a terminal, inject Markdown or mention anyone") {
    const std::string hostile = replace(kGovernment, "name: Sample",
                                        "name: \"\\e[31m@ilo/secretariat <img src=x> [x](y)\"");
    const auto out = render({}, {{"partners/sample.yaml", hostile}});
    CHECK_FALSE(contains(out.text, "\x1b"));
    CHECK(contains(out.text, "?[31m@ilo/secretariat"));
    CHECK_FALSE(contains(out.markdown, "@ilo"));
    CHECK(contains(out.markdown, "@\u200Bilo/secretariat &lt;img src=x&gt; \\[x\\](y)"));
    CHECK(contains(out.json, "\\u001b[31m@ilo/secretariat"));
  }
}
