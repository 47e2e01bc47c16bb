// Who may sit on the Coordinating Group: partners of the right kind (¶21, ¶25), for as long as
// they are partners (¶21), one seat per country and per person, in the right region (¶25(c)).

#include <algorithm>
#include <map>

#include "group/seats.hpp"
#include "group/terms.hpp"
#include "model/enum_names.hpp"
#include "refdata/reference_data.hpp"
#include "rules/group_helpers.hpp"
#include "rules/group_rules.hpp"

namespace gcsj::rules::group {
namespace {

using findings::Severity;
using gcsj::group::is_director_general;
using gcsj::group::is_sitting;
using model::Member;
using model::Seat;

void check_one_group(const Context& context, Reporter& report) {
  const auto& groups = context.registry.groups;
  for (std::size_t i = 1; i < groups.size(); ++i)
    report
        .add(kOneGroup, groups[i].where, "a second coordinating-group document; a registry has one")
        .related.push_back({groups[0].where, "the first coordinating-group document"});
}

void check_partner_exists(const Context& context, Reporter& report) {
  const model::Group* group = the_group(context.registry);
  if (!group) return;
  const auto partners = partners_by_id(context.registry);
  for (const Member& m : group->members) {
    if (is_director_general(m) || !m.seat) continue;
    if (m.partner.absent()) {
      report.add(
          kMemberPartnerExists, m.where,
          fmt::format("{} represents no partner (`partner`): members are chosen among partners",
                      member_label(m)));
    } else if (m.partner && context.registry.complete && !partners.contains(m.partner->value)) {
      report.add(kMemberPartnerExists, m.partner->where,
                 fmt::format("no partner has the id `{}`", m.partner->value));
    }
  }
}

void check_partner_category(const Context& context, Reporter& report) {
  const model::Group* group = the_group(context.registry);
  if (!group) return;
  const auto partners = partners_by_id(context.registry);
  for (const Member& m : group->members) {
    if (!m.seat || !m.partner || is_director_general(m)) continue;
    const model::PartnerDigest* partner = partner_of(m, partners);
    if (!partner) continue;
    const auto& kind = gcsj::group::seat_kind(m.seat->value);
    if (gcsj::group::partner_fits_seat(*partner, m.seat->value)) continue;
    auto& f = report.add(
        kSeatPartnerCategory, m.partner->where,
        fmt::format("the `{}` seat is for {}; `{}` is not one", model::enum_name(m.seat->value),
                    kind.partner_requirement, m.partner->value));
    f.paragraph = kind.paragraph;
    f.related.push_back({partner->where, "the partner is defined here"});
  }
}

void check_within_partnership(const Context& context, Reporter& report) {
  const model::Group* group = the_group(context.registry);
  if (!group) return;
  const auto partners = partners_by_id(context.registry);
  for (const Member& m : group->members) {
    if (!m.partner || !m.terms || is_director_general(m)) continue;
    const model::PartnerDigest* partner = partner_of(m, partners);
    if (!partner) continue;
    const model::PartnerDigest& p = *partner;
    for (const model::Term& term : m.terms->value) {
      if (!term.start || term.start->value > context.as_of) continue;  // the future is no finding
      const auto end = gcsj::group::term_end(term);
      if (!p.admitted || p.admitted->value > term.start->value) {
        auto& f =
            report.add(kTermWithinPartnership, term.start->where,
                       fmt::format("the term starts on {}, when `{}` was not an admitted partner",
                                   term.start->value.iso(), m.partner->value));
        f.related.push_back({p.admitted ? p.admitted->where : p.where,
                             p.admitted ? "admitted here" : "the partner, not admitted"});
      } else if (p.withdrawn && p.withdrawn->value <= context.as_of && end &&
                 *end >= p.withdrawn->value) {
        report
            .add(kTermWithinPartnership, term.end ? term.end->where : term.start->where,
                 fmt::format("the term runs to {}, past the withdrawal of `{}` on {}", end->iso(),
                             m.partner->value, p.withdrawn->value.iso()),
                 "end the term the day before the withdrawal")
            .related.push_back({p.withdrawn->where, "withdrawn here"});
      }
    }
  }
}

void check_director_general(const Context& context, Reporter& report) {
  const model::Group* group = the_group(context.registry);
  if (!group) return;
  for (const Member& m : group->members) {
    if (!is_director_general(m)) continue;
    if (m.partner)
      report.add(kDirectorGeneralExOfficio, m.partner->where,
                 "the Director-General sits ex officio and represents no partner");
    if (m.terms && !m.terms->value.empty())
      report.add(kDirectorGeneralExOfficio, m.terms->where,
                 "the Director-General sits ex officio, without terms");
  }
}

void check_member_terms(const Context& context, Reporter& report) {
  const model::Group* group = the_group(context.registry);
  if (!group) return;
  for (const Member& m : group->members) {
    if (is_director_general(m) || !m.seat) continue;
    if (m.terms.absent() || (m.terms && m.terms->value.empty()))
      report.add(kMemberTerms, m.terms ? m.terms->where : m.where,
                 fmt::format("{} has no term: members serve two-year terms", member_label(m)));
  }
}

void check_region(const Context& context, Reporter& report, bool uncertain_only) {
  const model::Group* group = the_group(context.registry);
  if (!group) return;
  const auto partners = partners_by_id(context.registry);
  for (const Member& m : group->members) {
    if (!m.seat) continue;
    const bool government = m.seat->value == Seat::government;
    if (!uncertain_only && !government && m.region) {
      report.add(kMemberRegion, m.region->where,
                 "only government members have a `region` (¶25(c))");
      continue;
    }
    if (!government) continue;
    if (m.region.absent()) {
      if (!uncertain_only)
        report.add(kMemberRegion, m.where,
                   fmt::format("the government member {} has no `region`: africa, americas, "
                               "asia-pacific or europe",
                               member_label(m)));
      continue;
    }
    if (!m.region || !m.partner) continue;
    const model::PartnerDigest* partner = partner_of(m, partners);
    if (!partner || !partner->country) continue;
    const auto* state = context.reference.member_state(partner->country->value);
    if (!state || state->government_region == m.region->value) continue;
    if (state->region_uncertain != uncertain_only) continue;
    const Rule& rule = uncertain_only ? kMemberRegionUncertain : kMemberRegion;
    report
        .add(
            rule, m.region->where,
            fmt::format("{} ({}) sits in the {} region of the Government group, not {}{}",
                        state->name, state->alpha2, model::enum_name(state->government_region),
                        model::enum_name(m.region->value),
                        uncertain_only ? " (the bundled data marks this region as uncertain)" : ""))
        .related.push_back({partner->country->where, "the partner's country"});
  }
}

void check_member_region(const Context& context, Reporter& report) {
  check_region(context, report, false);
}
void check_member_region_uncertain(const Context& context, Reporter& report) {
  check_region(context, report, true);
}

void check_one_seat_per_country(const Context& context, Reporter& report) {
  const model::Group* group = the_group(context.registry);
  if (!group) return;
  const auto partners = partners_by_id(context.registry);
  std::map<std::string_view, const Member*> first;
  for (const Member& m : group->members) {
    if (!m.seat || m.seat->value != Seat::government || !m.partner || !is_sitting(m, context.as_of))
      continue;
    const model::PartnerDigest* partner = partner_of(m, partners);
    if (!partner || !partner->country) continue;
    const auto [seen, inserted] = first.emplace(partner->country->value, &m);
    if (inserted) continue;
    report
        .add(kOneSeatPerCountry, m.partner->where,
             fmt::format("{} already holds a government seat through {}", partner->country->value,
                         member_label(*seen->second)))
        .related.push_back({seen->second->where, "the other government member"});
  }
}

std::string normalized(std::string_view name) {
  std::string out;
  for (char c : name)
    if (c != ' ' && c != '.') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

void check_one_seat_per_person(const Context& context, Reporter& report) {
  const model::Group* group = the_group(context.registry);
  if (!group) return;
  std::map<std::string, const Member*> first;
  for (const Member& m : group->members) {
    if (!m.name || !is_sitting(m, context.as_of)) continue;
    const auto [seen, inserted] = first.emplace(normalized(m.name->value), &m);
    if (inserted) continue;
    report
        .add(kOneSeatPerPerson, m.name->where,
             fmt::format("{} already sits on the Group in another entry", m.name->value))
        .related.push_back({seen->second->where, "the other entry"});
  }
}

}  // namespace

const Rule kOneGroup{
    "one-coordinating-group",
    "",
    Severity::error,
    "A registry has more than one coordinating-group document.",
    "The registry describes one Coordinating Group; a second document would make every seat count "
    "ambiguous. Only the first is checked.",
    check_one_group,
    R"yaml(# coordinating-group.yaml
kind: coordinating-group)yaml",
    R"yaml(# coordinating-group.yaml and group-2025.yaml
kind: coordinating-group)yaml"};

const Rule kMemberPartnerExists{
    "member-partner-exists",
    "21",
    Severity::error,
    "A Group member represents no known partner.",
    "¶21 establishes the Coordinating Group among Coalition partners, and ¶23 calls its members "
    "partners of the Coalition: every member except the Director-General names the partner it "
    "represents. An unknown id is reported when a whole registry is loaded.",
    check_partner_exists,
    R"yaml(- name: L. Boateng
  partner: ituc
  seat: workers)yaml",
    R"yaml(- name: L. Boateng
  seat: workers   # no partner)yaml"};

const Rule kSeatPartnerCategory{
    "seat-partner-category",
    "25",
    Severity::error,
    "A member's partner is not of the kind its seat is for.",
    "¶25 says who holds each seat: governments the twelve Government seats, employers' and "
    "workers' "
    "organizations theirs, a global union federation the seat of ¶25(g), organizations of the UN "
    "system those of ¶25(b) and (h), and so on. The finding cites the seat's own letter and points "
    "at the partner's document.",
    check_partner_category,
    R"yaml(- partner: industriall   # international, sectoral union
  seat: global-union)yaml",
    R"yaml(- partner: ituc          # not sectoral
  seat: global-union)yaml"};

const Rule kTermWithinPartnership{
    "term-within-partnership",
    "21",
    Severity::error,
    "A member serves while its partner is not admitted.",
    "¶21 and ¶23: members of the Group are partners of the Coalition. Every term that has begun "
    "lies within the period its partner is admitted: it starts on or after the admission and ends "
    "before a withdrawal.",
    check_within_partnership,
    R"yaml(# partner admitted 2024-02-01
terms:
  - start: 2024-06-01)yaml",
    R"yaml(# partner admitted 2024-02-01
terms:
  - start: 2024-01-15)yaml"};

const Rule kDirectorGeneralExOfficio{
    "director-general-ex-officio",
    "23",
    Severity::error,
    "The Director-General is given a partner or terms.",
    "¶23 and ¶25(a): the Director-General of the ILO is the ex officio Co-Chairperson, outside the "
    "two-year terms of the other members, and represents no partner.",
    check_director_general,
    R"yaml(- name: Gilbert F. Houngbo
  seat: director-general)yaml",
    R"yaml(- name: Gilbert F. Houngbo
  seat: director-general
  terms:
    - start: 2024-06-01)yaml"};

const Rule kMemberTerms{
    "member-terms",
    "23",
    Severity::error,
    "A member other than the Director-General has no term.",
    "¶23: members serve for two-year periods. A member without any term never sits, which is "
    "almost certainly an omission.",
    check_member_terms,
    R"yaml(- name: R. Alvarez
  seat: employers
  terms:
    - start: 2024-06-01)yaml",
    R"yaml(- name: R. Alvarez
  seat: employers   # no terms)yaml"};

const Rule kMemberRegion{
    "member-region",
    "25(c)",
    Severity::error,
    "A government member's region is missing or contradicts its country.",
    "¶25(c): the twelve Government representatives are nominated on a regional basis. Each "
    "government member names its region of the Government group (africa, americas, asia-pacific, "
    "europe), which must be the region of its partner's country in the bundled ILO data.",
    check_member_region,
    R"yaml(partner: kenya
seat: government
region: africa)yaml",
    R"yaml(partner: kenya
seat: government
region: europe)yaml"};

const Rule kMemberRegionUncertain{
    "member-region-uncertain",
    "25(c)",
    Severity::warning,
    "A government member's region differs from data that marks it as uncertain.",
    "For eleven Central and Western Asian States the bundled data infers the Government-group "
    "region "
    "rather than observing it; a different `region` may be right, and is worth checking.",
    check_member_region_uncertain,
    R"yaml(partner: turkiye
seat: government
region: europe)yaml",
    R"yaml(partner: turkiye
seat: government
region: asia-pacific   # the data infers europe)yaml"};

const Rule kOneSeatPerCountry{
    "one-seat-per-country",
    "25(c)",
    Severity::error,
    "A country holds two government seats.",
    "¶25(c) spreads the twelve Government seats on a regional basis; one country holding two of "
    "them at once defeats that. Judged among members sitting on the as-of date.",
    check_one_seat_per_country,
    R"yaml(- partner: kenya
  seat: government
- partner: nigeria
  seat: government)yaml",
    R"yaml(- partner: kenya
  seat: government
- partner: kenya-labour   # also KE
  seat: government)yaml"};

const Rule kOneSeatPerPerson{
    "one-seat-per-person",
    "25",
    Severity::error,
    "One person holds two seats.",
    "Each member of ¶25 is one representative; the same person sitting in two entries on the "
    "as-of date counts twice towards the composition.",
    check_one_seat_per_person,
    R"yaml(- name: A. Martín
  seat: employers)yaml",
    R"yaml(- name: A. Martín
  seat: employers
- name: A. Martín
  seat: enterprise)yaml"};

}  // namespace gcsj::rules::group
