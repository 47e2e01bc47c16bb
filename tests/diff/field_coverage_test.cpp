// Every key of the format is compared by `changes --base`, or left out with a reason; and a
// partner, an action, the Group or a member whose only change is one field is reported.

#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "diff/registry_diff.hpp"
#include "load/group_reader.hpp"
#include "load/partner_reader.hpp"
#include "support/check_helpers.hpp"
#include "support/group_fixture.hpp"

using namespace gcsj::testing;

namespace {

// The keys of `paths` (the loader's) neither compared, nor under a key compared whole, nor left
// out with a reason; and the keys the comparison names that the loader does not read.
struct Coverage {
  std::vector<std::string> forgotten;
  std::vector<std::string> unknown;
};

Coverage coverage_of(const std::vector<std::string>& paths,
                     const std::vector<std::string_view>& compared,
                     std::span<const gcsj::diff::NotCompared> left_out) {
  std::set<std::string, std::less<>> compared_set(compared.begin(), compared.end());
  std::set<std::string, std::less<>> left_set;
  for (const auto& n : left_out) {
    CHECK_MESSAGE(!n.reason.empty(), n.key);
    left_set.emplace(n.key);
  }
  const auto covered = [&](std::string key) {
    if (left_set.contains(key)) return true;
    while (true) {  // the key, or a mapping or list above it compared whole
      if (compared_set.contains(key)) return true;
      const auto dot = key.rfind('.');
      if (dot == std::string::npos) return false;
      key.resize(dot);
    }
  };
  Coverage out;
  for (const auto& path : paths)
    if (!covered(path)) out.forgotten.push_back(path);
  const std::set<std::string, std::less<>> known(paths.begin(), paths.end());
  for (const auto& key : compared_set)
    if (!known.contains(key)) out.unknown.push_back(key);
  for (const auto& key : left_set)
    if (!known.contains(key)) out.unknown.push_back(key);
  return out;
}

gcsj::diff::RegistryDiff diff_of(const std::vector<TestFile>& before,
                                 const std::vector<TestFile>& after) {
  const Checked old_version = check_files(before, kGroupAsOf);
  const Checked new_version = check_files(after, kGroupAsOf);
  return gcsj::diff::diff_registries(old_version.registry, new_version.registry, kGroupAsOf);
}

std::vector<std::string_view> keys_of(const std::vector<gcsj::diff::FieldMove>& fields) {
  std::vector<std::string_view> keys;
  for (const auto& f : fields) keys.push_back(f.key);
  return keys;
}

struct OneField {
  const char* key;
  std::string before;
  std::string after;
};

std::string with_action_key(const std::string& partner, const std::string& line) {
  return replace(partner, "    domains: [protection]\n", "    domains: [protection]\n" + line);
}

}  // namespace

TEST_SUITE("diff::field_coverage") {
  TEST_CASE("every key of a partner document is compared or left out with a reason") {
    const auto paths = gcsj::load::partner_key_paths();
    REQUIRE(paths.size() > 40);
    CHECK(std::find(paths.begin(), paths.end(), "actions.progress.summary") != paths.end());
    const auto c = coverage_of(paths, gcsj::diff::compared_partner_keys(),
                               gcsj::diff::uncompared_partner_keys());
    CHECK_MESSAGE(c.forgotten.empty(),
                  "not compared: " << c.forgotten.size() << " keys, first "
                                   << (c.forgotten.empty() ? "" : c.forgotten[0]));
    CHECK_MESSAGE(c.unknown.empty(),
                  "not keys of the format: " << (c.unknown.empty() ? "" : c.unknown[0]));
  }

  TEST_CASE("every key of the Group's document is compared or left out with a reason") {
    const auto paths = gcsj::load::group_key_paths();
    CHECK(std::find(paths.begin(), paths.end(), "members.terms.end") != paths.end());
    const auto c =
        coverage_of(paths, gcsj::diff::compared_group_keys(), gcsj::diff::uncompared_group_keys());
    CHECK_MESSAGE(c.forgotten.empty(),
                  "not compared: " << c.forgotten.size() << " keys, first "
                                   << (c.forgotten.empty() ? "" : c.forgotten[0]));
    CHECK_MESSAGE(c.unknown.empty(),
                  "not keys of the format: " << (c.unknown.empty() ? "" : c.unknown[0]));
  }

  TEST_CASE("the coverage check catches a key the comparison forgets") {
    const auto c = coverage_of({"name", "website", "adherence.levels", "accreditation.ilc"},
                               {"name", "accreditation"}, {});
    CHECK(c.forgotten == std::vector<std::string>{"website", "adherence.levels"});
  }

  TEST_CASE("a partner whose only change is one field is a partner changed, in that field") {
    const std::string web = "country: KE\nwebsite: https://a.example\n";
    const std::vector<OneField> cases{
        {"website", replace(kGovernment, "country: KE\n", web),
         replace(kGovernment, "country: KE\n", "country: KE\nwebsite: https://b.example\n")},
        {"name_fr", kGovernment,
         replace(kGovernment, "name: Sample\n", "name: Sample\nname_fr: Exemple\n")},
        {"name_es", kGovernment,
         replace(kGovernment, "name: Sample\n", "name: Sample\nname_es: Ejemplo\n")},
        {"adherence.levels", kGovernment,
         replace(kGovernment, "levels: [national]", "levels: [national, global]")},
        {"adherence.advocate", kGovernment,
         replace(kGovernment, "advocate: true", "advocate: false")},
        {"adherence.evidence", kGovernment,
         replace(kGovernment, "levels: [national]\n",
                 "levels: [national]\n  evidence: a letter\n")},
        {"support", kGovernment,
         replace(kGovernment, "country: KE\n", "country: KE\nsupport: [advocacy]\n")},
        {"champions", kGovernment,
         replace(kGovernment, "country: KE\n", "country: KE\nchampions: [care]\n")},
        {"scope", kEmployers, replace(kEmployers, "scope: national", "scope: international")},
        {"representative", kEmployers,
         replace(kEmployers, "representative: true", "representative: false")},
        {"sectoral", kWorkers, replace(kWorkers, "sectoral: true", "sectoral: false")},
        {"type", kInternational,
         replace(kInternational, "type: un-system", "type: [un-system, ifi]")},
        {"channel", kEnterprise,
         replace(kEnterprise, "channel: employers-group", "channel: other")},
        {"international", kNgo, replace(kNgo, "international: true", "international: false")},
        {"accreditation", kNgo,
         replace(kNgo, "ecosoc: special\n", "ecosoc: special\n  evidence: a list\n")},
        {"ilo_partnership", kAcademic,
         replace(kAcademic, "Research agreement", "Another agreement")},
    };
    for (const auto& c : cases) {
      const std::string key = c.key;
      CAPTURE(key);
      REQUIRE(c.before != c.after);
      const auto diff =
          diff_of({{"partners/sample.yaml", c.before}}, {{"partners/sample.yaml", c.after}});
      REQUIRE(diff.changed.size() == 1);
      CHECK(keys_of(diff.changed[0].fields) == std::vector<std::string_view>{c.key});
      CHECK(diff.changed[0].actions.empty());
      CHECK_FALSE(diff.empty());
    }
  }

  TEST_CASE("an action whose only change is one field is an action changed, in that field") {
    const std::vector<OneField> cases{
        {"title_fr", kGovernment, with_action_key(kGovernment, "    title_fr: Étendre\n")},
        {"title_es", kGovernment, with_action_key(kGovernment, "    title_es: Extender\n")},
        {"domains", kGovernment,
         replace(kGovernment, "domains: [protection]", "domains: [protection, employment]")},
        {"priorities", kGovernment,
         with_action_key(kGovernment, "    priorities: [employment-and-social-protection]\n")},
        {"sdgs", with_action_key(kGovernment, "    sdgs: [1]\n"),
         with_action_key(kGovernment, "    sdgs: [1, 8]\n")},
        {"countries", kGovernment, with_action_key(kGovernment, "    countries: [KE]\n")},
        {"with", kGovernment, with_action_key(kGovernment, "    with: [other]\n")},
        {"with_others", kGovernment, with_action_key(kGovernment, "    with_others: [A fund]\n")},
        {"progress", kGovernment,
         with_action_key(kGovernment,
                         "    progress:\n      - date: 2025-01-01\n        summary: Begun\n")},
    };
    for (const auto& c : cases) {
      const std::string key = c.key;
      CAPTURE(key);
      const auto diff =
          diff_of({{"partners/sample.yaml", c.before}}, {{"partners/sample.yaml", c.after}});
      REQUIRE(diff.changed.size() == 1);
      CHECK(diff.changed[0].fields.empty());
      REQUIRE(diff.changed[0].actions.size() == 1);
      const auto& action = diff.changed[0].actions[0];
      CHECK(action.kind == gcsj::diff::ActionChangeKind::changed);
      CHECK(keys_of(action.fields) == std::vector<std::string_view>{c.key});
    }
  }

  TEST_CASE("the Group or a member whose only change is one field, on no sitting") {
    const auto base = full_group_members();
    const auto registry = [](const std::vector<GroupMember>& members,
                             const std::string& head = "") {
      return group_registry(group_yaml(members, head));
    };
    struct MemberCase {
      const char* key;
      void (*edit)(GroupMember&);
    };
    const std::vector<MemberCase> cases{
        {"level", [](GroupMember& m) { m.level = "senior-official"; }},
        {"gender", [](GroupMember& m) { m.gender = "non-binary"; }},
        // A period that does not cover the date compared: the role held then is unchanged.
        {"roles",
         [](GroupMember& m) {
           m.roles = {"{role: vice-chair, since: 2020-01-01, until: 2020-12-31}"};
         }},
        {"terms",
         [](GroupMember& m) {
           m.terms = {
               "{start: 2024-06-01, end: 2027-05-31, end_reason: resigned, nominated_by: "
               "NOMINATOR}"};
         }},
    };
    for (const auto& c : cases) {
      const std::string key = c.key;
      CAPTURE(key);
      auto members = base;
      c.edit(member_of(members, "Worker 2"));
      const auto diff = diff_of(registry(base), registry(members));
      CHECK(diff.group.joined.empty());
      CHECK(diff.group.moved.empty());
      REQUIRE(diff.group.members.size() == 1);
      CHECK(diff.group.members[0].kind == gcsj::diff::MemberChangeKind::changed);
      CHECK(diff.group.members[0].name == std::optional<std::string>("Worker 2"));
      CHECK(keys_of(diff.group.members[0].fields) == std::vector<std::string_view>{c.key});
      CHECK_FALSE(diff.empty());
    }
    const auto share = diff_of(registry(base), registry(base, "gender_balance_max_share: 0.6\n"));
    CHECK(keys_of(share.group.fields) == std::vector<std::string_view>{"gender_balance_max_share"});
    CHECK(share.group.members.empty());
    auto later = registry(base);
    later.back().text =
        replace(later.back().text, "  - date: 2025-10-30\n", "  - date: 2025-10-31\n");
    CHECK(keys_of(diff_of(registry(base), later).group.fields) ==
          std::vector<std::string_view>{"meetings"});
    auto added = base;
    GroupMember future = member_of(added, "Worker 2");
    future.name = "Worker 9";
    future.terms = {"{start: 2026-06-01, nominated_by: NOMINATOR}"};
    added.push_back(future);
    const auto joined_later = diff_of(registry(base), registry(added));
    CHECK(joined_later.group.joined.empty());  // not sitting on the date
    REQUIRE(joined_later.group.members.size() == 1);
    CHECK(joined_later.group.members[0].kind == gcsj::diff::MemberChangeKind::added);
  }
}
