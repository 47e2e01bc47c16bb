// Who may sit on the Coordinating Group: partners of the right kind (¶21, ¶25), for as long as
// they are partners (¶21), one seat per country and per person, in the right region (¶25(c)).

#include <algorithm>
#include <map>

#include <array>

#include "group/roster.hpp"
#include "group/seats.hpp"
#include "group/terms.hpp"
#include "model/enum_names.hpp"
#include "model/partner_state.hpp"
#include "refdata/reference_data.hpp"
#include "rules/rules.hpp"

namespace gcsj::rules {
namespace {

using i18n::N_;

using group::is_director_general;
using group::member_label;
using group::the_group;
using i18n::arg;
using i18n::msg;
using model::Member;
using model::Seat;

void check_one_group(const Context& context, Reporter& out) {
  const auto& groups = context.registry.groups;
  for (std::size_t i = 1; i < groups.size(); ++i)
    out.add(groups[i].where, msg("a second coordinating-group document; a registry has one"))
        .related.push_back({groups[0].where, msg("the first coordinating-group document")});
}

void check_partner_exists(const Context& context, Reporter& out) {
  const auto roster = group::Roster::of(context.registry);
  if (!roster) return;
  for (const Member& m : roster->group().members) {
    if (is_director_general(m) || !m.seat) continue;
    if (m.partner.absent()) {
      out.add(m.where,
              msg("{member} represents no partner (`partner`): members are chosen among partners",
                  arg("member", member_label(m))))
          .missing_key = "partner";
    } else if (m.partner && context.registry.complete && !roster->partner_of(m)) {
      out.add(m.partner->where,
              msg("no partner has the id `{partner}`", arg("partner", m.partner->value)));
    }
  }
}

void check_partner_category(const Context& context, Reporter& out) {
  const auto roster = group::Roster::of(context.registry);
  if (!roster) return;
  for (const Member& m : roster->group().members) {
    if (!m.seat || !m.partner || is_director_general(m)) continue;
    const model::PartnerDigest* partner = roster->partner_of(m);
    if (!partner) continue;
    const auto& kind = group::seat_kind(m.seat->value);
    if (group::partner_fits_seat(*partner, m.seat->value)) continue;
    auto& f = out.add(
        m.partner->where,
        msg("the `{seat}` seat is for {requirement}; `{partner}` is not one",
            arg("seat", model::enum_name(m.seat->value)),
            arg("requirement", kind.partner_requirement), arg("partner", m.partner->value)));
    f.paragraph = kind.paragraph;
    f.related.push_back({partner->where, msg("the partner is defined here")});
  }
}

void check_within_partnership(const Context& context, Reporter& out) {
  const auto roster = group::Roster::of(context.registry);
  if (!roster) return;
  for (const Member& m : roster->group().members) {
    if (!m.partner || is_director_general(m)) continue;
    const model::PartnerDigest* partner = roster->partner_of(m);
    if (!partner) continue;
    const model::PartnerDigest& p = *partner;
    // A declined application is never a partner (v1.1): no term of it is within a partnership.
    if (model::is_declined(p)) {
      out.add(m.partner->where,
              msg("the application of `{partner}` was declined: it is not a partner and has no "
                  "seat on the Group",
                  arg("partner", m.partner->value)),
              msg("members are chosen among partners (¶21)"))
          .related.push_back({p.status->where, msg("declined here")});
      continue;
    }
    if (!m.terms) continue;
    for (const model::Term& term : m.terms->value) {
      if (!term.start || term.start->value > context.as_of) continue;  // the future is no finding
      const auto end = group::term_end(term);
      if (p.withdrawn && p.withdrawn->value <= term.start->value) {
        out.add(term.start->where,
                msg("the term began on {start}, after `{partner}` had withdrawn on {withdrawn}",
                    arg("start", term.start->value), arg("partner", m.partner->value),
                    arg("withdrawn", p.withdrawn->value)),
                msg("a partner that has left the Coalition has no seat on the Group (¶21)"))
            .related.push_back({p.withdrawn->where, msg("withdrawn here")});
      } else if (!p.admitted || p.admitted->value > term.start->value) {
        auto& f =
            out.add(term.start->where,
                    msg("the term starts on {start}, when `{partner}` was not an admitted partner",
                        arg("start", term.start->value), arg("partner", m.partner->value)));
        f.related.push_back({p.admitted ? p.admitted->where : p.where,
                             p.admitted ? msg("admitted here") : msg("the partner, not admitted")});
      } else if (p.withdrawn && p.withdrawn->value <= context.as_of && end &&
                 *end >= p.withdrawn->value) {
        out.add(term.end ? term.end->where : term.start->where,
                msg("the term runs to {end}, past the withdrawal of `{partner}` on {withdrawn}",
                    arg("end", *end), arg("partner", m.partner->value),
                    arg("withdrawn", p.withdrawn->value)),
                msg("end the term the day before the withdrawal"))
            .related.push_back({p.withdrawn->where, msg("withdrawn here")});
      }
    }
  }
}

void check_director_general(const Context& context, Reporter& out) {
  const model::Group* group = the_group(context.registry);
  if (!group) return;
  for (const Member& m : group->members) {
    if (!is_director_general(m)) continue;
    if (m.partner)
      out.add(m.partner->where,
              msg("the Director-General sits ex officio and represents no partner"));
    if (m.terms && !m.terms->value.empty())
      out.add(m.terms->where, msg("the Director-General sits ex officio, without terms"));
  }
}

void check_member_terms(const Context& context, Reporter& out) {
  const model::Group* group = the_group(context.registry);
  if (!group) return;
  for (const Member& m : group->members) {
    if (is_director_general(m) || !m.seat) continue;
    if (m.terms.absent() || (m.terms && m.terms->value.empty()))
      out.add(m.terms ? m.terms->where : m.where,
              msg("{member} has no term: members serve two-year terms",
                  arg("member", member_label(m))))
          .missing_key = m.terms ? "" : "terms";
  }
}

void check_region(const Context& context, Reporter& out, bool uncertain_only) {
  const auto roster = group::Roster::of(context.registry);
  if (!roster) return;
  for (const Member& m : roster->group().members) {
    if (!m.seat) continue;
    const bool government = m.seat->value == Seat::government;
    if (!uncertain_only && !government && m.region) {
      out.add(m.region->where, msg("only government members have a `region` (¶25(c))"));
      continue;
    }
    if (!government) continue;
    if (m.region.absent()) {
      if (!uncertain_only)
        out.add(m.where, msg("the government member {member} has no `region`: africa, "
                             "americas, asia-pacific or europe",
                             arg("member", member_label(m))))
            .missing_key = "region";
      continue;
    }
    if (!m.region || !m.partner) continue;
    const model::PartnerDigest* partner = roster->partner_of(m);
    if (!partner || !partner->country) continue;
    const auto* state = context.reference.member_state(partner->country->value);
    if (!state || state->government_region == m.region->value) continue;
    if (state->region_uncertain != uncertain_only) continue;
    auto message =
        uncertain_only
            ? msg("The partner's country ({country}, {code}) sits in the `{region}` region of "
                  "the Government group, not `{given}` (the bundled data marks this region as "
                  "uncertain)",
                  arg("country", context.reference.country_term(state->alpha2)),
                  arg("code", state->alpha2),
                  arg("region", model::enum_name(state->government_region)),
                  arg("given", model::enum_name(m.region->value)))
            : msg("The partner's country ({country}, {code}) sits in the `{region}` region of "
                  "the Government group, not `{given}`",
                  arg("country", context.reference.country_term(state->alpha2)),
                  arg("code", state->alpha2),
                  arg("region", model::enum_name(state->government_region)),
                  arg("given", model::enum_name(m.region->value)));
    auto& finding = out.add(m.region->where, std::move(message));
    finding.related.push_back({partner->country->where, msg("the partner's country")});
    finding.fix = findings::replacing(m.region->where,
                                      std::string(model::enum_name(state->government_region)));
  }
}

void check_member_region(const Context& context, Reporter& out) {
  check_region(context, out, false);
}
void check_member_region_uncertain(const Context& context, Reporter& out) {
  check_region(context, out, true);
}

void check_one_seat_per_country(const Context& context, Reporter& out) {
  const auto roster = group::Roster::of(context.registry);
  if (!roster) return;
  std::map<std::string_view, const Member*> first;
  for (const Member& m : roster->group().members) {
    if (!m.seat || m.seat->value != Seat::government || !m.partner ||
        !roster->sits(m, context.as_of))
      continue;
    const model::PartnerDigest* partner = roster->partner_of(m);
    if (!partner || !partner->country) continue;
    const auto [seen, inserted] = first.emplace(partner->country->value, &m);
    if (inserted) continue;
    const std::string& code = partner->country->value;
    out.add(m.partner->where,
            msg("A government seat is already held for the same country ({country}, {code}) by "
                "{member}",
                context.reference.country_name(code).empty()
                    ? arg("country", code)
                    : arg("country", context.reference.country_term(code)),
                arg("code", code), arg("member", member_label(*seen->second))))
        .related.push_back({seen->second->where, msg("the other government member")});
  }
}

std::string normalized(std::string_view name) {
  std::string out;
  for (char c : name)
    if (c != ' ' && c != '.') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

void check_one_seat_per_person(const Context& context, Reporter& out) {
  const auto roster = group::Roster::of(context.registry);
  if (!roster) return;
  std::map<std::string, const Member*> first;
  for (const Member& m : roster->group().members) {
    if (!m.name || !roster->sits(m, context.as_of)) continue;
    const auto [seen, inserted] = first.emplace(normalized(m.name->value), &m);
    if (inserted) continue;
    out.add(m.name->where,
            msg("{name} already sits on the Group in another entry", arg("name", m.name->value)))
        .related.push_back({seen->second->where, msg("the other entry")});
  }
}

constexpr Rule kOneGroup{
    .id = "one-coordinating-group",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("A registry has more than one coordinating-group document."),
    .explanation =
        N_("The registry describes one Coordinating Group; a second document would make every seat "
           "count ambiguous. Only the first is checked."),
    .passing = R"yaml(# coordinating-group.yaml
kind: coordinating-group)yaml",
    .failing = R"yaml(# coordinating-group.yaml and group-2025.yaml
kind: coordinating-group)yaml",
    .check = check_one_group,
    .reach = Reach::registry,
    .locked = true,
};

constexpr Rule kMemberPartnerExists{
    .id = "member-partner-exists",
    .paragraph = "21",
    .severity = Severity::error,
    .summary = N_("A Group member represents no known partner."),
    .explanation =
        N_("¶21 establishes the Coordinating Group among Coalition partners, and ¶23 calls its "
           "members partners of the Coalition: every member except the Director-General names the "
           "partner it represents. An unknown id is reported when a whole registry is loaded."),
    .passing = R"yaml(- name: L. Boateng
  partner: ituc
  seat: workers)yaml",
    .failing = R"yaml(- name: L. Boateng
  seat: workers   # no partner)yaml",
    .check = check_partner_exists,
    .reach = Reach::registry,
};

constexpr Rule kSeatPartnerCategory{
    .id = "seat-partner-category",
    .paragraph = "25",
    .severity = Severity::error,
    .summary = N_("A member's partner is not of the kind its seat is for."),
    .explanation =
        N_("¶25 says who holds each seat: governments the twelve Government seats, employers' and "
           "workers' organizations theirs, a global union federation the seat of ¶25(g), "
           "organizations of the UN system those of ¶25(b) and (h), and so on. The finding cites "
           "the seat's own letter and points at the partner's document."),
    .passing = R"yaml(- partner: industriall   # international, sectoral union
  seat: global-union)yaml",
    .failing = R"yaml(- partner: ituc          # not sectoral
  seat: global-union)yaml",
    .check = check_partner_category,
    .reach = Reach::registry,
};

constexpr Rule kTermWithinPartnership{
    .id = "term-within-partnership",
    .paragraph = "21",
    .severity = Severity::error,
    .summary = N_("A member serves while its partner is not admitted."),
    .explanation =
        N_("¶21 and ¶23: members of the Group are partners of the Coalition. Every term that has "
           "begun lies within the period its partner is admitted: it starts on or after the "
           "admission and ends before a withdrawal. An application the secretariat declined is "
           "never a partner: a member naming it is an error whatever its terms."),
    .passing = R"yaml(# partner admitted 2024-02-01
terms:
  - start: 2024-06-01)yaml",
    .failing = R"yaml(# partner admitted 2024-02-01
terms:
  - start: 2024-01-15)yaml",
    .check = check_within_partnership,
    .reach = Reach::registry,
};

constexpr Rule kDirectorGeneralExOfficio{
    .id = "director-general-ex-officio",
    .paragraph = "23",
    .severity = Severity::error,
    .summary = N_("The Director-General is given a partner or terms."),
    .explanation =
        N_("¶23 and ¶25(a): the Director-General of the ILO is the ex officio Co-Chairperson, "
           "outside the two-year terms of the other members, and represents no partner."),
    .passing = R"yaml(- name: Gilbert F. Houngbo
  seat: director-general)yaml",
    .failing = R"yaml(- name: Gilbert F. Houngbo
  seat: director-general
  terms:
    - start: 2024-06-01)yaml",
    .check = check_director_general,
    .reach = Reach::registry,
};

constexpr Rule kMemberTerms{
    .id = "member-terms",
    .paragraph = "23",
    .severity = Severity::error,
    .summary = N_("A member other than the Director-General has no term."),
    .explanation = N_(
        "¶23: members serve for two-year periods. A member without any term never sits, which is "
        "almost certainly an omission."),
    .passing = R"yaml(- name: R. Alvarez
  seat: employers
  terms:
    - start: 2024-06-01)yaml",
    .failing = R"yaml(- name: R. Alvarez
  seat: employers   # no terms)yaml",
    .check = check_member_terms,
    .reach = Reach::registry,
};

constexpr Rule kMemberRegion{
    .id = "member-region",
    .paragraph = "25(c)",
    .severity = Severity::error,
    .summary = N_("A government member's region is missing or contradicts its country."),
    .explanation = N_(
        "¶25(c): the twelve Government representatives are nominated on a regional basis. Each "
        "government member names its region of the Government group (africa, americas, "
        "asia-pacific, europe), which must be the region of its partner's country in the bundled "
        "ILO data."),
    .passing = R"yaml(partner: kenya
seat: government
region: africa)yaml",
    .failing = R"yaml(partner: kenya
seat: government
region: europe)yaml",
    .check = check_member_region,
    .reach = Reach::registry,
};

constexpr Rule kMemberRegionUncertain{
    .id = "member-region-uncertain",
    .paragraph = "25(c)",
    .severity = Severity::warning,
    .summary = N_("A government member's region differs from data that marks it as uncertain."),
    .explanation = N_(
        "For eleven Central and Western Asian States the bundled data infers the Government-group "
        "region rather than observing it; a different `region` may be right, and is worth "
        "checking."),
    .passing = R"yaml(partner: turkiye
seat: government
region: europe)yaml",
    .failing = R"yaml(partner: turkiye
seat: government
region: asia-pacific   # the data infers europe)yaml",
    .check = check_member_region_uncertain,
    .reach = Reach::registry,
};

constexpr Rule kOneSeatPerCountry{
    .id = "one-seat-per-country",
    .paragraph = "25(c)",
    .severity = Severity::error,
    .summary = N_("A country holds two government seats."),
    .explanation = N_(
        "¶25(c) spreads the twelve Government seats on a regional basis; one country holding two "
        "of them at once defeats that. Judged among members sitting on the as-of date."),
    .passing = R"yaml(- partner: kenya
  seat: government
- partner: nigeria
  seat: government)yaml",
    .failing = R"yaml(- partner: kenya
  seat: government
- partner: kenya-labour   # also KE
  seat: government)yaml",
    .check = check_one_seat_per_country,
    .reach = Reach::registry,
};

constexpr Rule kOneSeatPerPerson{
    .id = "one-seat-per-person",
    .paragraph = "25",
    .severity = Severity::error,
    .summary = N_("One person holds two seats."),
    .explanation = N_(
        "Each member of ¶25 is one representative; the same person sitting in two entries on the "
        "as-of date counts twice towards the composition."),
    .passing = R"yaml(- name: A. Martín
  seat: employers)yaml",
    .failing = R"yaml(- name: A. Martín
  seat: employers
- name: A. Martín
  seat: enterprise)yaml",
    .check = check_one_seat_per_person,
    .reach = Reach::registry,
};

constexpr std::array kRules{
    &kOneGroup,
    &kMemberPartnerExists,
    &kSeatPartnerCategory,
    &kTermWithinPartnership,
    &kDirectorGeneralExOfficio,
    &kMemberTerms,
    &kMemberRegion,
    &kMemberRegionUncertain,
    &kOneSeatPerCountry,
    &kOneSeatPerPerson,
};

}  // namespace

RuleList group_membership_rules() {
  return kRules;
}

}  // namespace gcsj::rules
