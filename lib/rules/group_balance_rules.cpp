// Who the members of the Coordinating Group are, as ¶26 asks: of ministerial or equivalent level
// (especially the Co-Chairpersons), and together striving for gender balance and geographical
// diversity. Judged among the members who sit on the as-of date (group/roster.hpp).

#include <array>
#include <cmath>
#include <string>

#include "group/roster.hpp"
#include "group/seats.hpp"
#include "group/state.hpp"
#include "model/enum_names.hpp"
#include "refdata/reference_data.hpp"
#include "rules/rules.hpp"

namespace gcsj::rules {
namespace {

using i18n::N_;

using group::is_director_general;
using group::member_label;
using i18n::arg;
using i18n::Message;
using i18n::msg;
using i18n::msg_g;
using i18n::msg_n;
using model::Member;
using model::Seat;

void check_level(const Context& context, Reporter& out) {
  const auto roster = group::Roster::of(context.registry);
  if (!roster) return;
  for (const Member& m : roster->group().members) {
    if (is_director_general(m) || !roster->sits(m, context.as_of)) continue;
    // ¶26: members, "especially the Co-Chairpersons", are expected at ministerial level.
    const bool co_chair = group::role_on(m, context.as_of) == model::Role::co_chair;
    if (m.level.absent())
      out.add(m.where, co_chair
                           ? msg("{member} has no `level`: the Co-Chairpersons especially are "
                                 "expected at ministerial or equivalent level",
                                 arg("member", member_label(m)))
                           : msg("{member} has no `level`: members are expected at ministerial or "
                                 "equivalent level",
                                 arg("member", member_label(m))))
          .missing_key = "level";
    else if (m.level && m.level->value == model::MemberLevel::senior_official)
      out.add(m.level->where,
              co_chair ? msg_g(group::agreement_of(m),
                               "{member} is a Co-Chairperson, whom ¶26 especially expects at "
                               "ministerial or equivalent level, not a senior official",
                               arg("member", member_label(m)))
                       : msg("members are expected at ministerial or equivalent level; senior "
                             "officials may attend working meetings as `delegates`"));
  }
}

// "4 of the 5 sitting members who declare a gender are women (80%, above 60%)", whole for each
// gender; shares in whole percents.
Message over_represented(model::Gender gender, int count, int declared, long share,
                         long max_share) {
  const auto n = static_cast<unsigned long>(count);
  const auto of = arg("declared", declared);
  const auto percent = arg("share", share);
  const auto max = arg("max", max_share);
  switch (gender) {
    case model::Gender::woman:
      return msg_n(
          "{count} of the {declared} sitting members who declare a gender is a woman "
          "({share}%, above {max}%)",
          "{count} of the {declared} sitting members who declare a gender are women "
          "({share}%, above {max}%)",
          n, of, percent, max);
    case model::Gender::man:
      return msg_n(
          "{count} of the {declared} sitting members who declare a gender is a man "
          "({share}%, above {max}%)",
          "{count} of the {declared} sitting members who declare a gender are men "
          "({share}%, above {max}%)",
          n, of, percent, max);
    default:
      return msg_n(
          "{count} of the {declared} sitting members who declare a gender declares "
          "`{gender}` ({share}%, above {max}%)",
          "{count} of the {declared} sitting members who declare a gender declare "
          "`{gender}` ({share}%, above {max}%)",
          n, of, arg("gender", model::enum_name(gender)), percent, max);
  }
}

// The tally and its judgement are group::gender_tally and group::gender_imbalances (group/state).
void check_gender_balance(const Context& context, Reporter& out) {
  const auto roster = group::Roster::of(context.registry);
  if (!roster || !roster->exists_on(context.as_of)) return;
  const model::Group& group = roster->group();
  for (const group::GenderImbalance& over :
       group::gender_imbalances(group::gender_tally(*roster, context.as_of), group))
    out.add(group.members_where,
            over_represented(over.gender, over.count, over.declared, std::lround(over.share * 100),
                             std::lround(over.max_share * 100)));
}

// `region` as the reference data holds it: a message keeps a view of the name, which must outlive
// the note that found it.
std::string_view held_region(const refdata::ReferenceData& reference, std::string_view region) {
  for (const auto& [code, state] : reference.member_states())
    if (state.ilo_region == region) return state.ilo_region;
  return {};
}

// Who is judged, a member's region and the judgement are group::diversity_on (group/state).
void check_diversity(const Context& context, Reporter& out) {
  const auto roster = group::Roster::of(context.registry);
  if (!roster) return;
  const auto region_of = [&](const Member& m) {
    return std::string(group::member_region(*roster, m, context.reference));
  };
  for (const group::DiversityNote& note : group::diversity_on(*roster, context.as_of, region_of)) {
    const auto n = static_cast<unsigned long>(note.count);
    // The region as the reader's language names it: the catalogues hold the ILO regions under
    // this context (lib/figures names them).
    const i18n::Term region_name{"ILO region", held_region(context.reference, note.region)};
    const auto located = arg("located", note.located);
    auto& f = out.add(
        roster->group().members_where,
        note.seat == Seat::employers
            ? msg_n("{count} of the {located} sitting employers' members whose country is known "
                    "comes from {region}: ¶26 asks for geographical diversity",
                    "{count} of the {located} sitting employers' members whose country is known "
                    "come from {region}: ¶26 asks for geographical diversity",
                    n, located, arg("region", region_name))
            : msg_n("{count} of the {located} sitting workers' members whose country is known "
                    "comes from {region}: ¶26 asks for geographical diversity",
                    "{count} of the {located} sitting workers' members whose country is known "
                    "come from {region}: ¶26 asks for geographical diversity",
                    n, located, arg("region", region_name)));
    f.seat = findings::SeatRef{note.seat, std::nullopt};
  }
}

constexpr Rule kMemberLevel{
    .id = "member-level",
    .paragraph = "26",
    .severity = Severity::warning,
    .summary = N_("A sitting member is not of ministerial or equivalent level."),
    .explanation =
        N_("¶26: members, especially the Co-Chairpersons, are expected to be of ministerial or "
           "equivalent level, with the right to delegate working meetings to senior officials "
           "(`delegates`)."),
    .passing = R"yaml(level: ministerial
delegates: [{name: R. Lima, level: senior-official}])yaml",
    .failing = R"yaml(level: senior-official)yaml",
    .check = check_level,
    .reach = Reach::registry,
};

constexpr Rule kGenderBalance{
    .id = "gender-balance",
    .paragraph = "26",
    .severity = Severity::warning,
    .summary = N_("The sitting members are not gender-balanced."),
    .explanation = N_(
        "¶26: the composition strives for gender balance. Among sitting members (the "
        "Director-General included) who declare woman, man or non-binary, when at least four do, "
        "a share of one gender above `gender_balance_max_share` (default 0.6, so 60% is not "
        "reported and 65% is) is reported."),
    .passing = R"yaml(# 17 women and 17 men sitting)yaml",
    .failing = R"yaml(# 28 women and 6 men sitting (82%))yaml",
    .check = check_gender_balance,
    .reach = Reach::registry,
};

constexpr Rule kGeographicalDiversity{
    .id = "geographical-diversity",
    .paragraph = "26",
    .severity = Severity::note,
    .summary = N_("Most employers' or workers' members come from one ILO region."),
    .explanation = N_(
        "¶26: the composition of the Coordinating Group strives for geographical diversity. The "
        "twelve Government seats are nominated on a regional basis (`government-region-coverage`); "
        "for the six Employers' and the six Workers' seats, a note is written when at least "
        "two-thirds of the sitting members whose partner names a country (and at least three) "
        "come from one ILO region. The invited seats' partners (international and regional "
        "organizations, NGOs, academic institutions) name no country, so their region is not "
        "judged."),
    .passing = R"yaml(# employers' members from Africa, the Americas, Asia and Europe)yaml",
    .failing = R"yaml(# six employers' members, all from Europe and Central Asia)yaml",
    .check = check_diversity,
    .reach = Reach::registry,
};

constexpr std::array kRules{&kMemberLevel, &kGenderBalance, &kGeographicalDiversity};

}  // namespace

RuleList group_balance_rules() {
  return kRules;
}

}  // namespace gcsj::rules
