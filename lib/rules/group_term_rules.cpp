// Terms of the Coordinating Group (¶23): two years, renewable once, on the proposal of the
// nominating group of ¶25.

#include "group/seats.hpp"
#include "group/terms.hpp"
#include "model/enum_names.hpp"
#include "rules/group_helpers.hpp"
#include "rules/group_rules.hpp"

namespace gcsj::rules::group {
namespace {

using findings::Severity;
using gcsj::group::is_director_general;
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

void check_length(const Context& context, Reporter& report) {
  for_each_term(context, [&](const Member& m, const Term& term, int) {
    if (term.start.absent()) {
      report.add(kTermLength, term.where,
                 fmt::format("a term of {} has no `start`", member_label(m)));
      return;
    }
    if (!term.start || !term.end) return;
    const model::Date full = gcsj::group::full_term_end(term.start->value);
    if (term.end->value < term.start->value)
      report.add(kTermLength, term.end->where,
                 fmt::format("the term ends on {}, before it starts on {}", term.end->value.iso(),
                             term.start->value.iso()));
    else if (term.end->value > full)
      report.add(kTermLength, term.end->where,
                 fmt::format("the term ends on {}, after its two years run out on {}",
                             term.end->value.iso(), full.iso()),
                 "a longer service is a renewal: a new term");
  });
}

void check_order(const Context& context, Reporter& report) {
  const model::Group* group = the_group(context.registry);
  if (!group) return;
  for (const Member& m : group->members) {
    if (!m.terms) continue;
    const Term* previous = nullptr;
    for (const Term& term : m.terms->value) {
      if (!term.start) continue;
      if (previous) {
        const auto previous_end = gcsj::group::term_end(*previous);
        if (term.start->value < previous->start->value)
          report.add(kTermOrder, term.start->where,
                     fmt::format("the term starts on {}, before the term listed above it",
                                 term.start->value.iso()),
                     "list terms in the order they were served");
        else if (previous_end && term.start->value <= *previous_end)
          report.add(kTermOrder, term.start->where,
                     fmt::format("the term starts on {}, while the previous one runs to {}",
                                 term.start->value.iso(), previous_end->iso()),
                     "end the previous term early (`end`) or start this one after it");
      }
      previous = &term;
    }
  }
}

void check_renewal_limit(const Context& context, Reporter& report) {
  for_each_term(context, [&](const Member& m, const Term& term, int number) {
    if (number == gcsj::group::kMaxTerms + 1)
      report.add(
          kTermRenewalLimit, term.where,
          fmt::format("a third term for {}: membership may be renewed once", member_label(m)));
  });
}

void check_nominator(const Context& context, Reporter& report, bool renewals) {
  const Rule& rule = renewals ? kRenewalNominator : kFirstTermNominator;
  for_each_term(context, [&](const Member& m, const Term& term, int number) {
    if (!m.seat || (number > 1) != renewals) return;
    const auto& kind = gcsj::group::seat_kind(m.seat->value);
    if (!kind.nominator) return;
    const std::string_view expected = model::enum_name(*kind.nominator);
    const std::string_view what = renewals ? "a renewal is proposed by" : "the seat is filled by";
    findings::Finding* f = nullptr;
    if (term.nominated_by.absent())
      f = &report.add(rule, term.where,
                      fmt::format("the term says not who nominated it: {} `{}`", what, expected),
                      fmt::format("add `nominated_by: {}`", expected));
    else if (term.nominated_by && term.nominated_by->value != *kind.nominator)
      f = &report.add(rule, term.nominated_by->where,
                      fmt::format("nominated by `{}`, but {} `{}`",
                                  model::enum_name(term.nominated_by->value), what, expected));
    if (f && !renewals) f->paragraph = kind.paragraph;
  });
}

void check_first_nominator(const Context& context, Reporter& report) {
  check_nominator(context, report, false);
}
void check_renewal_nominator(const Context& context, Reporter& report) {
  check_nominator(context, report, true);
}

void check_expiring(const Context& context, Reporter& report) {
  const model::Group* group = the_group(context.registry);
  if (!group) return;
  for (const Member& m : group->members) {
    if (is_director_general(m) || !m.seat) continue;
    const auto current = gcsj::group::current_term(m, context.as_of);
    if (!current) continue;
    const long days = current->end.days() - context.as_of.days();
    if (days > gcsj::group::kExpiryNoticeDays) continue;
    const auto& kind = gcsj::group::seat_kind(m.seat->value);
    std::string next;
    if (current->number < gcsj::group::kMaxTerms && kind.nominator)
      next = fmt::format("a renewal is still possible, if proposed by the `{}`",
                         model::enum_name(*kind.nominator));
    else
      next = "this is the renewed term: it cannot be renewed again";
    report.add(kTermExpiring, current->term->where,
               fmt::format("the term of {} ends on {} ({} day{}); {}", member_label(m),
                           current->end.iso(), days, days == 1 ? "" : "s", next));
  }
}

}  // namespace

const Rule kTermLength{
    "term-length",
    "23",
    Severity::error,
    "A term has no start, or ends before it starts or after two years.",
    "¶23: members serve for a two-year period. A term runs from `start` to the day before the same "
    "date two years later (from 29 February, to 28 February); an earlier `end` (a resignation) is "
    "allowed, a later one is not.",
    check_length,
    R"yaml(- start: 2024-06-01
  end: 2026-05-31)yaml",
    R"yaml(- start: 2024-06-01
  end: 2026-06-30)yaml"};

const Rule kTermOrder{
    "term-order",
    "23",
    Severity::error,
    "A member's terms are out of order or overlap.",
    "¶23: a member serves a term and may be renewed once; the terms follow one another. A term "
    "that starts before the previous one has ended would count the same service twice.",
    check_order,
    R"yaml(- start: 2024-06-01
- start: 2026-06-01)yaml",
    R"yaml(- start: 2024-06-01
- start: 2025-06-01   # the first runs to 2026-05-31)yaml"};

const Rule kTermRenewalLimit{
    "term-renewal-limit",
    "23",
    Severity::error,
    "A member has a third term.",
    "¶23: membership in the Coordinating Group may be renewed once: a first term and one renewal. "
    "A third term is reported where it is listed.",
    check_renewal_limit,
    R"yaml(terms:
  - start: 2024-06-01
  - start: 2026-06-01)yaml",
    R"yaml(terms:
  - start: 2022-06-01
  - start: 2024-06-01
  - start: 2026-06-01)yaml"};

const Rule kFirstTermNominator{
    "nominating-body",
    "25",
    Severity::error,
    "A first term was not nominated by the seat's nominating body.",
    "¶25 names who fills each seat: the ILO Government group, the secretariat of the Employers' or "
    "Workers' group, the UN Secretary-General, or the Director-General by invitation. A first "
    "term's `nominated_by` must be that body; the finding cites the seat's letter.",
    check_first_nominator,
    R"yaml(seat: employers
terms:
  - start: 2024-06-01
    nominated_by: employers-group)yaml",
    R"yaml(seat: employers
terms:
  - start: 2024-06-01
    nominated_by: workers-group)yaml"};

const Rule kRenewalNominator{
    "renewal-nominator",
    "23",
    Severity::error,
    "A renewal was not proposed by the nominating group.",
    "¶23: membership may be renewed once, if proposed by the nominating groups. A renewed term's "
    "`nominated_by` must be the body that nominates the seat under ¶25.",
    check_renewal_nominator,
    R"yaml(seat: workers
terms:
  - {start: 2024-06-01, nominated_by: workers-group}
  - {start: 2026-06-01, nominated_by: workers-group})yaml",
    R"yaml(seat: workers
terms:
  - {start: 2024-06-01, nominated_by: workers-group}
  - {start: 2026-06-01, nominated_by: director-general})yaml"};

const Rule kTermExpiring{
    "term-expiring",
    "23",
    Severity::note,
    "A sitting member's term ends within 90 days.",
    "A reminder for the secretariat's calendar: a term ends soon. The note says whether ¶23 still "
    "allows a renewal (after a first term) and who must propose it.",
    check_expiring,
    R"yaml(# as of 2026-01-01
- start: 2025-06-01   # ends 2027-05-31)yaml",
    R"yaml(# as of 2026-03-15
- start: 2024-06-01   # ends 2026-05-31, in 77 days)yaml"};

}  // namespace gcsj::rules::group
