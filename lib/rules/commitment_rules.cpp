// Rules about the commitments a partner makes on joining (¶16 (a)-(c)) and the formal adherence
// that expresses them (¶18).

#include "rules/partner_helpers.hpp"
#include "rules/partner_rules.hpp"

namespace gcsj::rules::partner {
namespace {

using findings::Severity;
using model::Adherence;
using model::Partner;

// Reports a commitment flag of `adherence` that is missing or false.
void require_true(const Rule& rule, const model::Located<Adherence>& adherence,
                  const model::Field<bool>& flag, std::string_view key, std::string_view meaning,
                  Reporter& report) {
  if (flag.absent())
    report.add(rule, adherence.where,
               fmt::format("`adherence` lacks `{}: true` ({})", key, meaning));
  else if (flag && !flag->value)
    report.add(rule, flag->where, fmt::format("`{}` must be true: {}", key, meaning),
               "¶16 sets out what every partner is expected to commit to");
}

void check_adherence_declared(const Context& context, Reporter& report) {
  for (const Partner& p : context.partners) {
    if (p.adherence.absent())
      report.add(
          kAdherenceDeclared, p.where,
          fmt::format("{} has no `adherence`: its formal expression of adherence", label(p)));
    else if (p.adherence && p.adherence->value.declared.absent())
      report.add(kAdherenceDeclared, p.adherence->where,
                 "`adherence` has no `declared` date: when adherence was formally expressed");
  }
}

void check_advocate_uphold(const Context& context, Reporter& report) {
  for (const Partner& p : context.partners) {
    if (!p.adherence) continue;
    require_true(kAdvocateUphold, *p.adherence, p.adherence->value.advocate, "advocate",
                 "the partner advocates for social justice", report);
    require_true(kAdvocateUphold, *p.adherence, p.adherence->value.uphold, "uphold",
                 "the partner upholds the principles and values of the UN and the ILO, including "
                 "the fundamental principles and rights at work",
                 report);
  }
}

void check_contribute(const Context& context, Reporter& report) {
  for (const Partner& p : context.partners) {
    if (!p.adherence) continue;
    const Adherence& a = p.adherence->value;
    require_true(kContribute, *p.adherence, a.contribute, "contribute",
                 "the partner contributes to advancing social justice and the SDGs", report);
    if (a.levels.absent())
      report.add(kContribute, p.adherence->where,
                 "`adherence` lacks `levels`: global, regional and/or national");
    else if (a.levels && a.levels->value.empty())
      report.add(kContribute, a.levels->where,
                 "`levels` is empty: name one or more of global, regional, national");
  }
}

void check_actions_required(const Context& context, Reporter& report) {
  for (const Partner& p : context.partners) {
    if (p.actions.absent()) {
      report.add(kActionsRequired, p.where,
                 fmt::format("{} commits to no action: `actions` is missing", label(p)));
      continue;
    }
    if (!p.actions) continue;
    if (p.actions->value.empty())
      report.add(kActionsRequired, p.actions->where,
                 "`actions` is empty: a partner commits to one or more actions or initiatives");
    for (const model::Action& action : p.actions->value) {
      if (action.title.absent())
        report.add(kActionsRequired, action.where, "the action has no `title`");
      else if (is_blank(action.title))
        report.add(kActionsRequired, action.title->where, "the action's `title` is empty");
    }
  }
}

}  // namespace

const Rule kAdherenceDeclared{
    "adherence-declared",
    "18",
    Severity::error,
    "A partner has no formal, dated adherence.",
    "¶18: to become a partner, an actor informs the secretariat of its interest and formally "
    "expresses its adherence to the commitments of ¶15 and ¶16. The registry records that "
    "adherence under `adherence`, with the date it was `declared`.",
    check_adherence_declared,
    R"yaml(adherence:
  declared: 2024-02-15
  ...)yaml",
    R"yaml(adherence:
  advocate: true   # no declared date)yaml",
    Reach::document};

const Rule kAdvocateUphold{
    "adherence-advocate-uphold",
    "16(a)",
    Severity::error,
    "The adherence does not commit to advocate and uphold (¶16(a)).",
    "¶16(a): every partner is expected to advocate for social justice and to uphold the "
    "principles and values of the UN and the ILO, including the fundamental principles and "
    "rights at work. Both `advocate` and `uphold` must be true.",
    check_advocate_uphold,
    R"yaml(adherence:
  advocate: true
  uphold: true)yaml",
    R"yaml(adherence:
  advocate: true
  uphold: false)yaml",
    Reach::document};

const Rule kContribute{
    "adherence-contribute",
    "16(b)",
    Severity::error,
    "The adherence does not commit to contribute, at some level (¶16(b)).",
    "¶16(b): every partner is expected to contribute to advancing social justice and the SDGs "
    "at the global, regional and/or national levels. `contribute` must be true and `levels` "
    "name at least one level.",
    check_contribute,
    R"yaml(adherence:
  contribute: true
  levels: [national])yaml",
    R"yaml(adherence:
  contribute: true
  levels: [])yaml",
    Reach::document};

const Rule kActionsRequired{
    "actions-required",
    "16(c)",
    Severity::error,
    "A partner commits to no titled action.",
    "¶16(c) and ¶34: every partner commits to developing one or more actions or initiatives "
    "aimed at significantly advancing social justice. `actions` lists at least one, each with "
    "a title. Progress reports on them are voluntary (¶17) and never required (¶13).",
    check_actions_required,
    R"yaml(actions:
  - title: Extend social protection
    domains: [protection])yaml",
    R"yaml(actions: [])yaml",
    Reach::document};

}  // namespace gcsj::rules::partner
