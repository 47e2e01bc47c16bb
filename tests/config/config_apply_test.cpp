#include <doctest/doctest.h>

#include <array>
#include <string>
#include <vector>

#include "config/config.hpp"
#include "findings/finding_list.hpp"
#include "support/check_helpers.hpp"
#include "support/group_fixture.hpp"

// apply_config on its own: findings of rules that exist only in this test, about subjects of a
// registry read through the real loader, and a configuration read by the real reader.

using namespace gcsj::testing;
using gcsj::findings::Finding;
using gcsj::findings::Rule;
using gcsj::findings::Severity;
using gcsj::model::Date;

namespace {

constexpr Rule kAlpha{.id = "alpha-rule",
                      .paragraph = "1",
                      .severity = Severity::error,
                      .summary = "",
                      .explanation = "",
                      .passing = "",
                      .failing = "",
                      .reach = gcsj::findings::Reach::document};
constexpr Rule kBeta{.id = "beta-rule",
                     .paragraph = "2",
                     .severity = Severity::warning,
                     .summary = "",
                     .explanation = "",
                     .passing = "",
                     .failing = "",
                     .reach = gcsj::findings::Reach::document};
constexpr Rule kFormat{.id = "format-rule",
                       .paragraph = "",
                       .severity = Severity::error,
                       .summary = "",
                       .explanation = "",
                       .passing = "",
                       .failing = "",
                       .reach = gcsj::findings::Reach::document,
                       .locked = true};
constexpr std::array<const Rule*, 3> kRules{&kAlpha, &kBeta, &kFormat};

// A registry of partners `a` and `b` (and, with `group`, the full Coordinating Group), with its
// configuration file appended as the last file.
struct Setup {
  Checked checked;
  gcsj::model::FileId config_file = 0;

  // One branch per registry (a `?:` of the two temporaries made g++ 12 warn,
  // -Wmaybe-uninitialized).
  static Checked registry_of(bool group) {
    if (group) return check_files(group_registry(group_yaml(full_group_members())), kGroupAsOf);
    return check_files({{"partners/a.yaml", replace(kNgo, "id: sample", "id: a")},
                        {"partners/b.yaml", replace(kNgo, "id: sample", "id: b")}});
  }

  explicit Setup(bool group = false) : checked(registry_of(group)) {
    config_file = static_cast<gcsj::model::FileId>(checked.registry.files.size());
    auto& source = checked.registry.files.emplace_back();
    source.path = ".gcsj.yaml";
    source.is_config = true;
  }

  // Applies `config_text` to `findings`; returns the error's message, or "" when it applied.
  std::string apply(const std::string& config_text, std::vector<Finding>& findings,
                    Date as_of = kDefaultAsOf) const {
    gcsj::findings::FindingList reading;
    const auto config = gcsj::config::read_config(config_file, config_text, reading);
    REQUIRE_MESSAGE(reading.empty(), config_text);
    const auto applied =
        gcsj::config::apply_config(config, kRules, checked.registry, as_of, findings);
    return applied ? std::string() : applied.error().message;
  }
};

Finding finding(const Rule& rule, std::string partner = "", std::string member = "") {
  Finding f;
  f.rule = rule.id;
  f.severity = rule.severity;
  f.paragraph = rule.paragraph;
  f.message = gcsj::i18n::Message::verbatim("something");
  f.subject.partner = std::move(partner);
  f.subject.member = std::move(member);
  if (!f.subject.member.empty()) f.subject.in_group = f.subject.in_member = true;
  return f;
}

std::string waiver(const std::string& rule, const std::string& subject,
                   const std::string& expires = "2026-01-01") {
  return "  - {rule: " + rule + ", " + subject +
         ", reason: Pending, approved_by: Head, expires: " + expires + "}\n";
}

std::vector<std::string> rules_of(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings) out.emplace_back(f.rule);
  return out;
}

}  // namespace

TEST_SUITE("config::apply") {
  TEST_CASE("an override sets the severity of every finding of its rule, and no other") {
    const Setup setup;
    std::vector<Finding> found{finding(kAlpha, "a"), finding(kBeta, "a"), finding(kAlpha, "b")};
    CHECK(setup.apply("rules:\n  alpha-rule: note\n", found).empty());
    REQUIRE(found.size() == 3);
    CHECK(found[0].severity == Severity::note);
    CHECK(found[1].severity == Severity::warning);
    CHECK(found[2].severity == Severity::note);
  }

  TEST_CASE("`off` drops the rule's findings; an override of a rule without findings is quiet") {
    const Setup setup;
    std::vector<Finding> found{finding(kAlpha, "a"), finding(kBeta, "b"), finding(kAlpha, "b")};
    CHECK(setup.apply("rules:\n  alpha-rule: off\n  beta-rule: error\n", found).empty());
    CHECK(rules_of(found) == std::vector<std::string>{"beta-rule"});
    CHECK(found[0].severity == Severity::error);
    std::vector<Finding> none;
    CHECK(setup.apply("rules:\n  alpha-rule: warning\n", none).empty());
    CHECK(none.empty());
  }

  TEST_CASE("of overrides of one rule, the later wins") {
    const Setup setup;
    gcsj::config::Config config;
    config.overrides.push_back({"alpha-rule", std::nullopt, {}});
    config.overrides.push_back({"alpha-rule", Severity::note, {}});
    std::vector<Finding> found{finding(kAlpha, "a")};
    REQUIRE(
        gcsj::config::apply_config(config, kRules, setup.checked.registry, kDefaultAsOf, found));
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::note);
  }

  TEST_CASE("an unknown rule is the configuration's finding, with the closest id as a hint") {
    const Setup setup;
    std::vector<Finding> found{finding(kAlpha, "a")};
    CHECK(setup.apply("rules:\n  alpha-rul: off\n  zzzzzzzz: off\n", found).empty());
    // The rule's own finding is untouched; the configuration's come after it.
    REQUIRE(rules_of(found) ==
            std::vector<std::string>{"alpha-rule", "unknown-rule", "unknown-rule"});
    CHECK(found[1].where.file == setup.config_file);
    CHECK(found[1].where.line == 2);
    CHECK(found[1].message.english() == "no rule has the id `alpha-rul`");
    CHECK(found[1].hint.english() == "did you mean `alpha-rule`?");
    CHECK(found[2].hint.english() == "`gcsj rules` lists the rule ids");
  }

  TEST_CASE("a locked rule may be named only to keep it an error") {
    const Setup setup;
    std::vector<Finding> found{finding(kFormat, "a")};
    CHECK(setup.apply("rules:\n  format-rule: error\n", found).empty());
    const std::string lowered = setup.apply("rules:\n  format-rule: warning\n", found);
    CHECK(
        lowered.starts_with(".gcsj.yaml:2:3: `format-rule` is a rule of the file format: a "
                            "configuration cannot lower it"));
    CHECK(setup.apply("rules:\n  format-rule: off\n", found).find("cannot turn off it") !=
          std::string::npos);
    CHECK(setup.apply("waivers:\n" + waiver("format-rule", "partner: a"), found)
              .find("cannot waive it") != std::string::npos);
    // Nothing was changed by a configuration that cannot be used.
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::error);
    CHECK_FALSE(found[0].waived);
  }

  TEST_CASE("a partner waiver covers that partner's findings of that rule only") {
    const Setup setup;
    std::vector<Finding> found{finding(kAlpha, "a"), finding(kAlpha, "a"), finding(kAlpha, "b"),
                               finding(kBeta, "a")};
    CHECK(setup.apply("waivers:\n" + waiver("alpha-rule", "partner: a"), found).empty());
    REQUIRE(found.size() == 4);
    CHECK(found[0].waived);
    CHECK(found[1].waived);
    CHECK_FALSE(found[2].waived);
    CHECK_FALSE(found[3].waived);
    CHECK(found[0].waived->reason == "Pending");
    CHECK(found[0].waived->approved_by == "Head");
    CHECK(found[0].waived->expires == "2026-01-01");
  }

  TEST_CASE("a summary of findings about several subjects is never one partner's") {
    const Setup setup;
    std::vector<Finding> found{finding(kAlpha, "a")};
    found[0].subject.several = true;
    CHECK(setup.apply("waivers:\n" + waiver("alpha-rule", "partner: a"), found).empty());
    CHECK_FALSE(found[0].waived);
    CHECK(rules_of(found).back() == "waiver-unused");
  }

  TEST_CASE("a finding already waived is not covered twice: the second waiver is unused") {
    const Setup setup;
    std::vector<Finding> found{finding(kAlpha, "a")};
    CHECK(setup
              .apply("waivers:\n" + waiver("alpha-rule", "partner: a") +
                         waiver("alpha-rule", "partner: a", "2027-01-01"),
                     found)
              .empty());
    REQUIRE(found.size() == 2);
    CHECK(found[0].waived->expires == "2026-01-01");
    CHECK(found[1].rule == "waiver-unused");
    CHECK(found[1].where.line == 3);
    CHECK(found[1].message.english() ==
          "the waiver of `alpha-rule` for partner `a` covers no finding");
  }

  TEST_CASE("a waiver of a rule turned off covers nothing: overrides apply first") {
    const Setup setup;
    std::vector<Finding> found{finding(kAlpha, "a")};
    CHECK(setup
              .apply("rules:\n  alpha-rule: off\nwaivers:\n" + waiver("alpha-rule", "partner: a"),
                     found)
              .empty());
    CHECK(rules_of(found) == std::vector<std::string>{"waiver-unused"});
  }

  TEST_CASE("a waiver applies through its expiry date, and is reported the day after") {
    const Setup setup;
    std::vector<Finding> on_the_day{finding(kAlpha, "a")};
    CHECK(setup
              .apply("waivers:\n" + waiver("alpha-rule", "partner: a", "2025-06-01"), on_the_day,
                     Date{2025, 6, 1})
              .empty());
    CHECK(on_the_day[0].waived);
    std::vector<Finding> after{finding(kAlpha, "a")};
    CHECK(setup
              .apply("waivers:\n" + waiver("alpha-rule", "partner: a", "2025-06-01"), after,
                     Date{2025, 6, 2})
              .empty());
    CHECK_FALSE(after[0].waived);
    REQUIRE(after.size() == 2);
    CHECK(after[1].rule == "waiver-expired");
    CHECK(after[1].message.english() ==
          "the waiver of `alpha-rule` for partner `a` expired on 1 June 2025");
  }

  TEST_CASE("a waiver needs every part: a region without a seat, `group: false` are incomplete") {
    const Setup setup(true);
    for (const char* subject :
         {"region: africa", "group: false", "partner: gov1, seat: government"}) {
      INFO(subject);
      std::vector<Finding> found{finding(kAlpha, "gov1")};
      CHECK(setup.apply(std::string("waivers:\n") + waiver("alpha-rule", subject), found).empty());
      CHECK(rules_of(found) == std::vector<std::string>{"alpha-rule", "waiver-incomplete"});
      CHECK_FALSE(found[0].waived);
    }
    std::vector<Finding> found{finding(kAlpha, "a")};
    CHECK(setup
              .apply("waivers:\n  - {rule: alpha-rule, partner: a, reason: \"\", approved_by: x, "
                     "expires: 2026-01-01}\n",
                     found)
              .empty());
    CHECK(rules_of(found).back() == "waiver-incomplete");
  }

  TEST_CASE("a member waiver covers that member's findings; a group waiver the Group's only") {
    const Setup setup(true);
    const auto members = full_group_members();
    const std::string name = members[6].name;
    Finding in_group = finding(kAlpha);
    in_group.subject.in_group = true;
    std::vector<Finding> found{finding(kAlpha, "", name), finding(kAlpha, "", members[7].name),
                               in_group};
    CHECK(setup.apply("waivers:\n" + waiver("alpha-rule", "member: \"" + name + "\""), found)
              .empty());
    CHECK(found[0].waived);
    CHECK_FALSE(found[1].waived);
    CHECK_FALSE(found[2].waived);
    CHECK(setup.apply("waivers:\n" + waiver("alpha-rule", "group: true"), found).empty());
    CHECK_FALSE(found[1].waived);  // in a member's entry: not the Group as a whole
    CHECK(found[2].waived);
  }

  TEST_CASE("a seat waiver covers the findings about its seat, and with a region that region's") {
    const Setup setup(true);
    const auto about = [](gcsj::model::Seat seat,
                          std::optional<gcsj::model::GovernmentRegion> region) {
      Finding f = finding(kAlpha);
      f.subject.in_group = true;
      f.seat = gcsj::findings::SeatRef{seat, region};
      return f;
    };
    using gcsj::model::GovernmentRegion;
    using gcsj::model::Seat;
    std::vector<Finding> found{about(Seat::government, GovernmentRegion::africa),
                               about(Seat::government, GovernmentRegion::europe),
                               about(Seat::workers, std::nullopt), finding(kAlpha, "gov1")};
    CHECK(
        setup.apply("waivers:\n" + waiver("alpha-rule", "seat: government, region: europe"), found)
            .empty());
    CHECK_FALSE(found[0].waived);
    CHECK(found[1].waived);
    CHECK_FALSE(found[2].waived);
    CHECK_FALSE(found[3].waived);  // no seat: a partner's finding
    CHECK(setup.apply("waivers:\n" + waiver("alpha-rule", "seat: government"), found).empty());
    CHECK(found[0].waived);
    CHECK_FALSE(found[2].waived);
  }

  TEST_CASE("a seat waiver without a Group: no subject to cover") {
    const Setup setup;
    std::vector<Finding> found{finding(kAlpha, "a")};
    CHECK(setup.apply("waivers:\n" + waiver("alpha-rule", "seat: workers"), found).empty());
    REQUIRE(found.size() == 2);
    CHECK(found[1].message.english() ==
          "the waiver of `alpha-rule` covers no finding: the registry has no Coordinating Group");
  }
}
