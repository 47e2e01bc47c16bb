// Terms of the Coordinating Group (¶23): two years, renewable once, on the proposal of the
// nominating group of ¶25.

#include <array>

#include "group/calendar.hpp"
#include "group/roster.hpp"
#include "group/seats.hpp"
#include "group/terms.hpp"
#include "model/enum_names.hpp"
#include "rules/rules.hpp"

namespace gcsj::rules {
namespace {

using i18n::N_;

using group::is_director_general;
using group::member_label;
using group::the_group;
using i18n::arg;
using i18n::Message;
using i18n::msg;
using i18n::msg_n;
using model::Member;
using model::Term;

template <class F>
void for_each_term(const Context& context, F&& check) {
  const model::Group* group = the_group(context.registry);
  if (!group) return;
  for (const Member& m : group->members) {
    if (is_director_general(m) || !m.terms) continue;
    int number = 0;
    for (const Term& term : m.terms->value) check(m, term, ++number);
  }
}

void check_length(const Context& context, Reporter& out) {
  for_each_term(context, [&](const Member& m, const Term& term, int) {
    if (term.start.absent()) {
      out.add(term.where, msg("a term of {member} has no `start`", arg("member", member_label(m))))
          .missing_key = "start";
      return;
    }
    if (!term.start || !term.end) return;
    const model::Date full = group::full_term_end(term.start->value);
    if (term.end->value < term.start->value)
      out.add(term.end->where, msg("the term ends on {end}, before it starts on {start}",
                                   arg("end", term.end->value), arg("start", term.start->value)));
    else if (term.end->value > full)
      out.add(term.end->where,
              msg("the term ends on {end}, after its two years run out on {full}",
                  arg("end", term.end->value), arg("full", full)),
              msg("a longer service is a renewal: a new term"));
  });
}

void check_order(const Context& context, Reporter& out) {
  const model::Group* group = the_group(context.registry);
  if (!group) return;
  for (const Member& m : group->members) {
    if (!m.terms) continue;
    const Term* previous = nullptr;
    for (const Term& term : m.terms->value) {
      if (!term.start) continue;
      if (previous) {
        const auto previous_end = group::term_end(*previous);
        if (term.start->value < previous->start->value)
          out.add(term.start->where,
                  msg("the term starts on {start}, before the term listed above it",
                      arg("start", term.start->value)),
                  msg("list terms in the order they were served"));
        else if (previous_end && term.start->value <= *previous_end)
          out.add(term.start->where,
                  msg("the term starts on {start}, while the previous one runs to {end}",
                      arg("start", term.start->value), arg("end", *previous_end)),
                  msg("end the previous term early (`end`) or start this one after it"));
      }
      previous = &term;
    }
  }
}

void check_renewal_limit(const Context& context, Reporter& out) {
  for_each_term(context, [&](const Member& m, const Term& term, int number) {
    if (number == group::kMaxTerms + 1)
      out.add(term.where, msg("a third term for {member}: membership may be renewed once",
                              arg("member", member_label(m))));
  });
}

void check_nominator(const Context& context, Reporter& out, bool renewals) {
  for_each_term(context, [&](const Member& m, const Term& term, int number) {
    if (!m.seat || (number > 1) != renewals) return;
    const auto& kind = group::seat_kind(m.seat->value);
    if (!kind.nominator) return;
    const std::string_view expected = model::enum_name(*kind.nominator);
    findings::Finding* f = nullptr;
    if (term.nominated_by.absent()) {
      f = &out.add(term.where,
                   renewals
                       ? msg("the term does not say who nominated it: a renewal is proposed by "
                             "`{nominator}`",
                             arg("nominator", expected))
                       : msg("the term does not say who nominated it: the seat is filled by "
                             "`{nominator}`",
                             arg("nominator", expected)),
                   msg("add `nominated_by: {nominator}`", arg("nominator", expected)));
      f->missing_key = "nominated_by";
      f->fix = findings::inserting_key(term.where, "nominated_by: " + std::string(expected));
    } else if (term.nominated_by && term.nominated_by->value != *kind.nominator) {
      const std::string_view given = model::enum_name(term.nominated_by->value);
      f = &out.add(term.nominated_by->where,
                   renewals ? msg("nominated by `{given}`, but a renewal is proposed by "
                                  "`{nominator}`",
                                  arg("given", given), arg("nominator", expected))
                            : msg("nominated by `{given}`, but the seat is filled by `{nominator}`",
                                  arg("given", given), arg("nominator", expected)));
      f->fix = findings::replacing(term.nominated_by->where, std::string(expected));
    }
    if (f && !renewals) f->paragraph = kind.paragraph;
  });
}

void check_first_nominator(const Context& context, Reporter& out) {
  check_nominator(context, out, false);
}
void check_renewal_nominator(const Context& context, Reporter& out) {
  check_nominator(context, out, true);
}

// The calendar of `group terms`, its first 90 days: one answer for the rule and the view. A term
// whose renewal is already recorded needs nothing more (group::renewal_after).
void check_expiring(const Context& context, Reporter& out) {
  const auto roster = group::Roster::of(context.registry);
  if (!roster) return;
  for (const auto& row : group::term_calendar(*roster, context.as_of, group::kExpiryNoticeDays)) {
    if (row.next == group::NextTerm::recorded) continue;
    const auto days = static_cast<unsigned long>(row.days_left);
    const auto member = arg("member", member_label(*row.member));
    Message message;
    if (row.renewable && row.proposer)
      message = msg_n(
          "the term of {member} ends on {end} ({count} day); a renewal is still "
          "possible, if proposed by the `{proposer}`",
          "the term of {member} ends on {end} ({count} days); a renewal is still "
          "possible, if proposed by the `{proposer}`",
          days, member, arg("end", row.end), arg("proposer", model::enum_name(*row.proposer)));
    else if (row.partner_withdraws)
      message = msg_n(
          "the term of {member} ends on {end} ({count} day); its partner withdraws on "
          "{withdraws}: no renewal is possible",
          "the term of {member} ends on {end} ({count} days); its partner withdraws "
          "on {withdraws}: no renewal is possible",
          days, member, arg("end", row.end), arg("withdraws", *row.partner_withdraws));
    else
      message = msg_n(
          "the term of {member} ends on {end} ({count} day); this is the renewed "
          "term: it cannot be renewed again",
          "the term of {member} ends on {end} ({count} days); this is the renewed "
          "term: it cannot be renewed again",
          days, member, arg("end", row.end));
    out.add(row.term->where, std::move(message));
  }
}

// A term that starts before the Group was established: the Group of ¶21 did not exist yet.
void check_before_established(const Context& context, Reporter& out) {
  const model::Group* group = the_group(context.registry);
  if (!group || !group->established) return;
  const model::Date established = group->established->value;
  for (const Member& m : group->members) {
    if (is_director_general(m) || !m.terms) continue;
    for (const Term& term : m.terms->value)
      if (term.start && term.start->value < established)
        out.add(term.start->where,
                msg("the term of {member} starts on {start}, before the Group was established "
                    "on {established}",
                    arg("member", member_label(m)), arg("start", term.start->value),
                    arg("established", established)),
                msg("start the term on the day the Group was established, or correct "
                    "`established`"))
            .related.push_back({group->established->where, msg("established here")});
  }
}

constexpr Rule kTermLength{
    .id = "term-length",
    .paragraph = "23",
    .severity = Severity::error,
    .summary = N_("A term has no start, or ends before it starts or after two years."),
    .explanation =
        N_("¶23: members serve for a two-year period. A term runs from `start` to the day before "
           "the same date two years later (from 29 February, to 28 February); an earlier `end` (a "
           "resignation) is allowed, a later one is not."),
    .passing = R"yaml(- start: 2024-06-01
  end: 2026-05-31)yaml",
    .failing = R"yaml(- start: 2024-06-01
  end: 2026-06-30)yaml",
    .check = check_length,
    .reach = Reach::registry,
};

constexpr Rule kTermOrder{
    .id = "term-order",
    .paragraph = "23",
    .severity = Severity::error,
    .summary = N_("A member's terms are out of order or overlap."),
    .explanation = N_(
        "¶23: a member serves a term and may be renewed once; the terms follow one another. A "
        "term that starts before the previous one has ended would count the same service twice."),
    .passing = R"yaml(- start: 2024-06-01
- start: 2026-06-01)yaml",
    .failing = R"yaml(- start: 2024-06-01
- start: 2025-06-01   # the first runs to 2026-05-31)yaml",
    .check = check_order,
    .reach = Reach::registry,
};

constexpr Rule kTermRenewalLimit{
    .id = "term-renewal-limit",
    .paragraph = "23",
    .severity = Severity::error,
    .summary = N_("A member has a third term."),
    .explanation =
        N_("¶23: membership in the Coordinating Group may be renewed once: a first term and one "
           "renewal. A third term is reported where it is listed."),
    .passing = R"yaml(terms:
  - start: 2024-06-01
  - start: 2026-06-01)yaml",
    .failing = R"yaml(terms:
  - start: 2022-06-01
  - start: 2024-06-01
  - start: 2026-06-01)yaml",
    .check = check_renewal_limit,
    .reach = Reach::registry,
};

constexpr Rule kFirstTermNominator{
    .id = "nominating-body",
    .paragraph = "25",
    .severity = Severity::error,
    .summary = N_("A first term was not nominated by the seat's nominating body."),
    .explanation =
        N_("¶25 names who fills each seat: the ILO Government group, the secretariat of the "
           "Employers' or Workers' group, the UN Secretary-General, or the Director-General by "
           "invitation. A first term's `nominated_by` must be that body; the finding cites the "
           "seat's letter."),
    .passing = R"yaml(seat: employers
terms:
  - start: 2024-06-01
    nominated_by: employers-group)yaml",
    .failing = R"yaml(seat: employers
terms:
  - start: 2024-06-01
    nominated_by: workers-group)yaml",
    .check = check_first_nominator,
    .reach = Reach::registry,
};

constexpr Rule kRenewalNominator{
    .id = "renewal-nominator",
    .paragraph = "23",
    .severity = Severity::error,
    .summary = N_("A renewal was not proposed by the nominating group."),
    .explanation =
        N_("¶23: membership may be renewed once, if proposed by the nominating groups. A renewed "
           "term's `nominated_by` must be the body that nominates the seat under ¶25."),
    .passing = R"yaml(seat: workers
terms:
  - {start: 2024-06-01, nominated_by: workers-group}
  - {start: 2026-06-01, nominated_by: workers-group})yaml",
    .failing = R"yaml(seat: workers
terms:
  - {start: 2024-06-01, nominated_by: workers-group}
  - {start: 2026-06-01, nominated_by: director-general})yaml",
    .check = check_renewal_nominator,
    .reach = Reach::registry,
};

constexpr Rule kTermExpiring{
    .id = "term-expiring",
    .paragraph = "23",
    .severity = Severity::note,
    .summary = N_("A sitting member's term ends within 90 days."),
    .explanation =
        N_("A reminder for the secretariat's calendar: a term ends soon. The note says whether ¶23 "
           "still allows a renewal (after a first term) and who must propose it. When the next "
           "term is already recorded (the member sits on the day after), there is no note: "
           "`group terms` and `group plan` say the renewal is recorded."),
    .passing = R"yaml(# as of 2026-01-01
- start: 2025-06-01   # ends 2027-05-31)yaml",
    .failing = R"yaml(# as of 2026-03-15
- start: 2024-06-01   # ends 2026-05-31, in 77 days)yaml",
    .check = check_expiring,
    .reach = Reach::registry,
};

constexpr Rule kTermBeforeEstablished{
    .id = "term-before-established",
    .paragraph = "21",
    .severity = Severity::warning,
    .summary = N_("A term starts before the Group was established."),
    .explanation =
        N_("¶21 establishes the Coordinating Group among Coalition partners, and ¶51 foresaw its "
           "establishment once its members were nominated. No one sits on the Group before its "
           "`established` date (only the Director-General): a term that starts earlier is probably "
           "a mistaken date, or `established` is."),
    .passing = R"yaml(established: 2024-06-01
members:
  - terms: [{start: 2024-06-01}])yaml",
    .failing = R"yaml(established: 2024-06-01
members:
  - terms: [{start: 2024-03-01}])yaml",
    .check = check_before_established,
    .reach = Reach::registry,
};

// ¶23: why a term ended early is one of the listed reasons (`other` with its words in
// `end_note`), so every language can say it. A free text (v1) is still read, as `other`.
void check_end_reason(const Context& context, Reporter& out) {
  for (const model::Group& group : context.groups)
    for (const Member& m : group.members) {
      if (!m.terms) continue;
      for (const Term& term : m.terms->value) {
        if (!term.end_reason) continue;
        const std::string& given = term.end_reason->value;
        if (!model::parse_enum<model::EndReason>(given))
          out.add(term.end_reason->where,
                  msg("a term of {member} gives the `end_reason` \"{given}\", not one of "
                      "`resigned`, `replaced`, `deceased` or `other`: it is read as `other`, "
                      "with this text as its note",
                      arg("member", member_label(m)), arg("given", given)),
                  msg("write one of the four reasons; for another, `end_reason: other` and the "
                      "words in `end_note`"));
        else if (model::end_reason_of(given) == model::EndReason::other && !term.end_note)
          out.add(term.end_reason->where,
                  msg("a term of {member} ended for another reason (`end_reason: other`) without "
                      "an `end_note` saying which",
                      arg("member", member_label(m))),
                  msg("say the reason in `end_note`"))
              .missing_key = "end_note";
      }
    }
}

constexpr Rule kEndReason{
    .id = "end-reason",
    .paragraph = "23",
    .severity = Severity::warning,
    .summary = N_("A term's `end_reason` is not one of the listed reasons, or `other` has no "
                  "`end_note`."),
    .explanation = N_(
        "¶23: members serve for two years; a term may end earlier. Its `end_reason` says why, as "
        "one of `resigned`, `replaced`, `deceased` or `other`, and `end_note` gives the words of "
        "`other` (or more about any reason), so every language can tell the reason. A free text "
        "in `end_reason`, which the registry format of v1 allowed, is still read, as `other` "
        "with that text as its note, and shown as written."),
    .passing = R"yaml(- start: 2024-06-01
  end: 2025-01-15
  end_reason: other
  end_note: appointed ambassador)yaml",
    .failing = R"yaml(- start: 2024-06-01
  end: 2025-01-15
  end_reason: appointed ambassador)yaml",
    .check = check_end_reason,
    .reach = Reach::document,
};

constexpr std::array kRules{
    &kTermLength,       &kTermOrder,    &kTermRenewalLimit,      &kFirstTermNominator,
    &kRenewalNominator, &kTermExpiring, &kTermBeforeEstablished, &kEndReason,
};

}  // namespace

RuleList group_term_rules() {
  return kRules;
}

}  // namespace gcsj::rules
