#include <doctest/doctest.h>

#include <algorithm>

#include "check/catalogue.hpp"
#include "config/config.hpp"
#include "findings/finding_list.hpp"
#include "model/enum_names.hpp"
#include "refdata/reference_data.hpp"
#include "support/check_helpers.hpp"
#include "support/group_fixture.hpp"

using namespace gcsj::testing;

namespace {

// Loads the files, then reads `config_text` as a configuration and applies it; `error` receives
// the message of a configuration that cannot be used.
Checked check_configured(std::vector<TestFile> files, const std::string& config_text,
                         gcsj::model::Date as_of = kDefaultAsOf, std::string* error = nullptr) {
  Checked checked = check_files(files, as_of);
  const auto id = static_cast<gcsj::model::FileId>(checked.registry.files.size());
  auto& source = checked.registry.files.emplace_back();
  source.path = ".gcsj.yaml";
  source.is_config = true;
  gcsj::findings::FindingList config_findings;
  const auto config = gcsj::config::read_config(id, config_text, config_findings);
  for (auto& f : config_findings.take()) checked.findings.push_back(std::move(f));
  const auto applied = gcsj::config::apply_config(config, gcsj::check::catalogue(),
                                                  checked.registry, as_of, checked.findings);
  if (error)
    *error = applied ? std::string() : applied.error().message;
  else
    REQUIRE_MESSAGE(applied.has_value(), applied.error().message);
  return checked;
}

// The message of a configuration that cannot be used, or "" when it can.
std::string config_error(std::vector<TestFile> files, const std::string& config_text) {
  std::string error;
  check_configured(std::move(files), config_text, kDefaultAsOf, &error);
  return error;
}

std::string bad_ngo() {
  return replace(kNgo, "international: true", "international: false");
}

std::string waiver(const std::string& rule, const std::string& target,
                   const std::string& expires = "2026-01-01") {
  return "waivers:\n  - rule: " + rule + "\n    " + target +
         "\n    reason: Pending review\n"
         "    approved_by: Head of secretariat\n    expires: " +
         expires + "\n";
}

}  // namespace

TEST_SUITE("config") {
  TEST_CASE("severity overrides change a rule's severity or turn it off") {
    auto checked = check_configured({{"partners/sample.yaml", bad_ngo()}},
                                    "rules:\n  ngo-international: warning\n");
    REQUIRE(checked.of("ngo-international").size() == 1);
    CHECK(checked.of("ngo-international")[0].severity == gcsj::findings::Severity::warning);
    checked = check_configured({{"partners/sample.yaml", bad_ngo()}},
                               "rules:\n  ngo-international: off\n");
    CHECK(checked.of("ngo-international").empty());
  }

  TEST_CASE("unknown-rule: an override or waiver of a rule that does not exist") {
    const auto checked =
        check_configured({{"partners/sample.yaml", kNgo}}, "rules:\n  ngo-internationl: off\n");
    REQUIRE(checked.of("unknown-rule").size() == 1);
    CHECK(checked.of("unknown-rule")[0].where.line == 2);
    CHECK(checked.of("unknown-rule")[0].hint.english() == "did you mean `ngo-international`?");
  }

  TEST_CASE("a waiver marks its partner's finding as waived, and only that partner's") {
    const auto other = replace(bad_ngo(), "id: sample", "id: other");
    const auto checked =
        check_configured({{"partners/sample.yaml", bad_ngo()}, {"partners/other.yaml", other}},
                         waiver("ngo-international", "partner: sample"));
    const auto found = checked.of("ngo-international");
    REQUIRE(found.size() == 2);
    CHECK(found[0].waived.has_value() != found[1].waived.has_value());
    for (const auto& f : found)
      if (f.waived) {
        CHECK(checked.registry.file(f.where.file).path == "partners/sample.yaml");
        CHECK(f.waived->reason == "Pending review");
        CHECK(f.waived->expires == "2026-01-01");
      }
    const auto summary = gcsj::findings::count(checked.findings, 2, 2);
    CHECK(summary.waived == 1);
    CHECK(summary.errors == 1);
  }

  TEST_CASE("a waiver covers one Group member's finding") {
    auto members = full_group_members();
    members[6].level = "senior-official";
    auto files = group_registry(group_yaml(members));
    const auto checked =
        check_configured(files, waiver("member-level", "member: " + members[6].name));
    REQUIRE(checked.of("member-level").size() == 1);
    CHECK(checked.of("member-level")[0].waived);
    // Only that member's: another member's same finding stays.
    members[7].level = "senior-official";
    const auto two = check_configured(group_registry(group_yaml(members)),
                                      waiver("member-level", "member: " + members[6].name));
    const auto found = two.of("member-level");
    REQUIRE(found.size() == 2);
    CHECK(found[0].waived);
    CHECK_FALSE(found[1].waived);
    CHECK(found[1].subject.member == members[7].name);
  }

  TEST_CASE("a `group: true` waiver covers the Group as a whole, never one member's finding") {
    auto members = full_group_members();
    members[6].terms = {"{start: 2024-06-01, end: 2026-12-01, nominated_by: NOMINATOR}"};
    auto checked =
        check_configured(group_registry(group_yaml(members)), waiver("term-length", "group: true"));
    REQUIRE(checked.of("term-length").size() == 1);
    CHECK_FALSE(checked.of("term-length")[0].waived);
    CHECK(checked.lines_of("waiver-unused") == std::vector<int>{2});
    // The member's own waiver covers it.
    checked = check_configured(group_registry(group_yaml(members)),
                               waiver("term-length", "member: " + members[6].name));
    CHECK(checked.of("term-length").at(0).waived);
    // A finding about the Group as a whole: a vacant seat.
    members = full_group_members();
    std::erase_if(members, [](const GroupMember& m) { return m.name == "Employer 6"; });
    checked =
        check_configured(group_registry(group_yaml(members)), waiver("seat-vacant", "group: true"));
    REQUIRE(checked.of("seat-vacant").size() == 1);
    CHECK(checked.of("seat-vacant")[0].waived);
  }

  TEST_CASE("a seat waiver covers its seat's findings; with a region, that region's only") {
    auto members = full_group_members();
    std::erase_if(
        members, [](const GroupMember& m) { return m.region == "africa" || m.region == "europe"; });
    const auto files = group_registry(group_yaml(members));
    const auto waived_regions = [&](const std::string& subject) {
      std::vector<std::string> out;
      for (const auto& f : check_configured(files, waiver("government-region-coverage", subject))
                               .of("government-region-coverage"))
        if (f.waived) out.emplace_back(gcsj::model::enum_name(*f.seat->region));
      return out;
    };
    CHECK(check_files(files, kGroupAsOf).of("government-region-coverage").size() == 2);
    CHECK(waived_regions("seat: government\n    region: africa") ==
          std::vector<std::string>{"africa"});
    CHECK(waived_regions("seat: government\n    region: europe") ==
          std::vector<std::string>{"europe"});
    CHECK(waived_regions("seat: government") == std::vector<std::string>{"africa", "europe"});
    CHECK(waived_regions("seat: employers").empty());
    // A region whose seats are all filled: the waiver covers nothing.
    const auto unused = check_configured(
        files, waiver("government-region-coverage", "seat: government\n    region: americas"));
    CHECK(unused.lines_of("waiver-unused") == std::vector<int>{2});
  }

  TEST_CASE("an over-filled seat's finding is about the seat, not the entry it lies in") {
    auto members = full_group_members();
    GroupMember extra = members[16];  // an employers' member
    extra.name = "Employer 7";
    extra.role = "";
    members.push_back(extra);
    const auto files = group_registry(group_yaml(members));
    auto checked = check_configured(files, waiver("seat-capacity", "member: Employer 7"));
    REQUIRE(checked.of("seat-capacity").size() == 1);
    const auto found = checked.of("seat-capacity")[0];
    CHECK(found.subject.in_group);
    CHECK_FALSE(found.subject.in_member);
    CHECK(found.subject.member.empty());
    CHECK_FALSE(found.waived);  // not the member's
    checked = check_configured(files, waiver("seat-capacity", "seat: employers"));
    CHECK(checked.of("seat-capacity").at(0).waived);
  }

  TEST_CASE("two entries of one name are two subjects, whatever their order") {
    auto members = full_group_members();
    members[6].level = "senior-official";
    members[7].level = "senior-official";
    members[7].name = members[6].name;
    const auto entries = [](const std::vector<GroupMember>& list) {
      std::vector<std::string> out;
      for (const auto& f :
           check_files(group_registry(group_yaml(list)), kGroupAsOf).of("member-level")) {
        CHECK(f.subject.member == list[6].name);
        out.push_back(f.subject.entry);
      }
      std::sort(out.begin(), out.end());
      return out;
    };
    const auto in_order = entries(members);
    REQUIRE(in_order.size() == 2);
    CHECK(in_order[0] != in_order[1]);
    std::swap(members[6], members[7]);
    CHECK(entries(members) == in_order);
  }

  TEST_CASE("a document without an id or a kind is a subject of its own") {
    const std::string p = replace(bad_ngo(), "id: sample", "id: p");
    const std::string no_id = replace(bad_ngo(), "id: sample\n", "");
    const std::string no_kind = replace(kNgo, "kind: partner\n", "");
    const auto checked = check_files(
        {{"partners.yaml",
          p + "---\n" + no_id + "---\n" + replace(no_id, "name:", "name: X") + "---\n" + no_kind}});
    const auto found = checked.of("ngo-international");
    REQUIRE(found.size() == 3);
    CHECK(found[0].subject.partner == "p");
    CHECK(found[1].subject.partner.empty());
    CHECK_FALSE(found[1].subject.anonymous.empty());
    CHECK(found[2].subject.anonymous != found[1].subject.anonymous);
    // The missing id is about the same document as its partner's other findings.
    const auto missing = checked.of("missing-key");
    REQUIRE(missing.size() >= 1);
    CHECK(missing[0].subject == found[1].subject);
    // The document without `kind` is not p's, nor the partner's before it.
    REQUIRE(checked.of("missing-kind").size() == 1);
    const auto kindless = checked.of("missing-kind")[0].subject;
    CHECK(kindless.partner.empty());
    CHECK_FALSE(kindless.anonymous.empty());
    CHECK(kindless.anonymous != found[2].subject.anonymous);
    // An id that is not read (a plain number) is none: the loader's finding about it and the
    // rules' are about the same document.
    const auto number =
        check_files({{"partners.yaml", replace(bad_ngo(), "id: sample", "id: 123")}});
    REQUIRE(number.of("ngo-international").size() == 1);
    REQUIRE(number.of("wrong-type").size() == 1);
    CHECK_FALSE(number.of("ngo-international")[0].subject.anonymous.empty());
    CHECK(number.of("wrong-type")[0].subject == number.of("ngo-international")[0].subject);
  }

  TEST_CASE("a partner waiver covers that partner's findings, wherever its document lies") {
    // Two partners in one file: the waiver of p covers p's finding, not q's after it.
    const auto checked =
        check_configured({{"partners.yaml", replace(bad_ngo(), "id: sample", "id: p") + "---\n" +
                                                replace(bad_ngo(), "id: sample", "id: q")}},
                         waiver("ngo-international", "partner: p"));
    const auto found = checked.of("ngo-international");
    REQUIRE(found.size() == 2);
    CHECK(found[0].waived);
    CHECK_FALSE(found[1].waived);
    CHECK(found[1].subject.partner == "q");
  }

  TEST_CASE("the summary of findings not kept is waived only when each of them is") {
    std::string many = "[climate";
    for (std::size_t i = 0; i < gcsj::findings::FindingList::kMaxPerRuleAndFile; ++i)
      many += ", climate";
    many += "]";
    const std::string p = replace(replace(kNgo, "id: sample", "id: p"), "[protection]", many);
    const std::string q = replace(kNgo, "id: sample", "id: q");
    const auto summary_of = [&](const std::string& q_text) {
      const auto checked = check_configured({{"partners.yaml", p + "---\n" + q_text}},
                                            waiver("action-domains", "partner: p"));
      const auto found = checked.of("action-domains");
      REQUIRE(found.size() == gcsj::findings::FindingList::kMaxPerRuleAndFile + 1);
      CHECK(std::all_of(found.begin(), found.end() - 1, [](const auto& f) { return f.waived; }));
      REQUIRE(found.back().summarises.has_value());
      return found.back();
    };
    // p's one finding left out: about p, waived.
    const auto of_p = summary_of(q);
    CHECK(of_p.summarises->count == 1);
    CHECK(of_p.subject.partner == "p");
    CHECK(of_p.waived);
    // With q's error among those left out, it stands for two subjects: not waived.
    const auto of_both = summary_of(replace(q, "[protection]", "[climate]"));
    CHECK(of_both.summarises->count == 2);
    CHECK(of_both.subject.several);
    CHECK_FALSE(of_both.waived);
  }

  TEST_CASE("waiver-expired: an expired waiver no longer applies and is itself reported") {
    const auto checked =
        check_configured({{"partners/sample.yaml", bad_ngo()}},
                         waiver("ngo-international", "partner: sample", "2025-05-31"));
    CHECK_FALSE(checked.of("ngo-international").at(0).waived);
    REQUIRE(checked.of("waiver-expired").size() == 1);
    CHECK(checked.of("waiver-expired")[0].where.line == 6);
    // still valid on its last day
    CHECK(check_configured({{"partners/sample.yaml", bad_ngo()}},
                           waiver("ngo-international", "partner: sample", "2025-06-01"))
              .of("waiver-expired")
              .empty());
  }

  TEST_CASE("a waiver's `expires` past the dates gcsj reads is the configuration's finding") {
    for (const char* expires : {"9898-01-01", "9999-12-31", "0999-12-31"}) {
      CAPTURE(expires);
      const auto checked =
          check_configured({{"partners/sample.yaml", bad_ngo()}},
                           waiver("ngo-international", "partner: sample", expires));
      CHECK(checked.lines_of("invalid-date") == std::vector<int>{6});
      CHECK_FALSE(checked.of("ngo-international").at(0).waived);  // incomplete: applies to none
    }
    const auto last =
        check_configured({{"partners/sample.yaml", bad_ngo()}},
                         waiver("ngo-international", "partner: sample", "9897-12-31"));
    CHECK(last.of("invalid-date").empty());
    CHECK(last.of("ngo-international").at(0).waived);
  }

  TEST_CASE("waiver-unused and waiver-incomplete") {
    auto checked = check_configured({{"partners/sample.yaml", kNgo}},
                                    waiver("ngo-international", "partner: sample"));
    CHECK(checked.lines_of("waiver-unused") == std::vector<int>{2});
    checked = check_configured({{"partners/sample.yaml", bad_ngo()}},
                               "waivers:\n  - rule: ngo-international\n    partner: sample\n");
    CHECK(checked.lines_of("waiver-incomplete") == std::vector<int>{2});
    CHECK_FALSE(checked.of("ngo-international").at(0).waived);
  }

  TEST_CASE("the configuration's own mistakes are format findings") {
    const auto checked =
        check_configured({{"partners/sample.yaml", kNgo}},
                         "fail_level: fatal\nrule: {}\nrules:\n  ngo-international: loud\n");
    CHECK(checked.lines_of("invalid-value") == std::vector<int>{1, 4});
    CHECK(checked.lines_of("unknown-key") == std::vector<int>{2});
  }

  TEST_CASE("reads the fail level") {
    gcsj::findings::FindingList out;
    const auto config = gcsj::config::read_config(0, "fail_level: warning\n", out);
    CHECK(out.empty());
    REQUIRE(config.fail_level);
    CHECK(config.fail_level->value == gcsj::findings::Severity::warning);
  }
}

TEST_SUITE("config::hostile") {
  TEST_CASE("a rule of the file format can be neither turned off, lowered nor waived") {
    const std::vector<TestFile> broken{{"partners/sample.yaml", "kind: partner\nname: [x\n"}};
    for (const char* level : {"off", "warning", "note"}) {
      const std::string error =
          config_error(broken, std::string("rules:\n  yaml-syntax: ") + level + "\n");
      CHECK(error.starts_with(".gcsj.yaml:2:3: `yaml-syntax` is a rule of the file format"));
    }
    CHECK(config_error(broken, "rules:\n  yaml-syntax: error\n").empty());  // keeps it an error
    for (const char* rule :
         {"duplicate-key", "unknown-key", "missing-kind", "yaml-encoding", "input-limit",
          "unreadable-file", "symlink-skipped", "yaml-tag", "yaml-alias", "ambiguous-number",
          "missing-key", "duplicate-partner-id", "one-coordinating-group"})
      CHECK_MESSAGE(!config_error(broken, std::string("rules:\n  ") + rule + ": off\n").empty(),
                    rule);
    const std::string waived = config_error(broken, waiver("yaml-syntax", "partner: sample"));
    CHECK(waived.starts_with(".gcsj.yaml:2:11: `yaml-syntax` is a rule of the file format"));
    // The rules of the Coalition stay tunable.
    CHECK(config_error(broken, "rules:\n  ngo-international: off\n  empty-file: off\n").empty());
  }

  TEST_CASE("a waiver names exactly one existing subject") {
    // An empty subject used to waive the rule for everyone.
    for (const char* subject : {"partner: \"\"", "member: \"\"", "partner: \" \""}) {
      const auto checked = check_configured({{"partners/sample.yaml", bad_ngo()}},
                                            waiver("ngo-international", subject));
      INFO(subject);
      CHECK_FALSE(checked.of("ngo-international").at(0).waived);
      CHECK(checked.lines_of("waiver-incomplete") == std::vector<int>{2});
    }
    auto checked = check_configured({{"partners/sample.yaml", bad_ngo()}},
                                    waiver("ngo-international", "partner: sample\n    member: X"));
    CHECK(checked.lines_of("waiver-incomplete") == std::vector<int>{2});
    checked = check_configured({{"partners/sample.yaml", bad_ngo()}},
                               waiver("ngo-international", "partner: nobody"));
    CHECK_FALSE(checked.of("ngo-international").at(0).waived);
    REQUIRE(checked.of("waiver-unused").size() == 1);
    CHECK(checked.of("waiver-unused")[0].message.english().find("no partner has the id `nobody`") !=
          std::string::npos);
    checked = check_configured({{"partners/sample.yaml", bad_ngo()}},
                               waiver("ngo-international", "member: Nobody"));
    REQUIRE(checked.of("waiver-unused").size() == 1);
    CHECK(checked.of("waiver-unused")[0].message.english().find("no member") != std::string::npos);
  }

  TEST_CASE("waivers cost linear time: thousands of waivers over thousands of findings") {
    std::vector<TestFile> files;
    std::string config = "waivers:\n";
    for (int i = 0; i < 3000; ++i) {
      const std::string id = "p" + std::to_string(i);
      files.push_back({"partners/" + id + ".yaml", replace(bad_ngo(), "id: sample", "id: " + id)});
      config += "  - {rule: ngo-international, partner: " + id +
                ", reason: r, approved_by: a, expires: 2030-01-01}\n";
    }
    const auto checked = check_configured(files, config);
    const auto found = checked.of("ngo-international");
    REQUIRE(found.size() == 3000);
    CHECK(std::all_of(found.begin(), found.end(), [](const auto& f) { return f.waived; }));
    CHECK(checked.of("waiver-unused").empty());
  }
}
