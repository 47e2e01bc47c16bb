// Rules about the commitments a partner makes on joining (¶16 (a)-(c)).

#include <array>

#include "rules/partner_helpers.hpp"
#include "rules/rules.hpp"

namespace gcsj::rules {
namespace {

using i18n::arg;
using i18n::msg;
using i18n::N_;
using model::Adherence;
using model::Partner;

// Reports a commitment flag of `adherence` that is missing or false; `meaning` says what it
// commits the partner to.
void require_true(const model::Located<Adherence>& adherence, const model::Field<bool>& flag,
                  std::string_view key, const i18n::Message& meaning, Reporter& out) {
  if (flag.absent())
    out.add(adherence.where, msg("`adherence` lacks `{key}: true` ({meaning})", arg("key", key),
                                 arg("meaning", meaning)))
        .missing_key = key;
  else if (flag && !flag->value)
    out.add(flag->where,
            msg("`{key}` must be true: {meaning}", arg("key", key), arg("meaning", meaning)),
            msg("¶16 sets out what every partner is expected to commit to"));
}

void check_advocate_uphold(const Context& context, Reporter& out) {
  for (const Partner& p : context.partners) {
    if (!p.adherence) continue;
    require_true(*p.adherence, p.adherence->value.advocate, "advocate",
                 // TRANSLATORS: what `advocate: true` commits a partner to, written in
                 // "`advocate` must be true: {meaning}".
                 msg("the partner advocates for social justice"), out);
    require_true(*p.adherence, p.adherence->value.uphold, "uphold",
                 msg("the partner upholds the principles and values of the UN and the ILO, "
                     "including the fundamental principles and rights at work"),
                 out);
  }
}

void check_contribute(const Context& context, Reporter& out) {
  for (const Partner& p : context.partners) {
    if (!p.adherence) continue;
    const Adherence& a = p.adherence->value;
    require_true(*p.adherence, a.contribute, "contribute",
                 msg("the partner contributes to advancing social justice and the SDGs"), out);
    if (a.levels.absent())
      out.add(p.adherence->where,
              msg("`adherence` lacks `levels`: global, regional and/or national"))
          .missing_key = "levels";
    else if (a.levels && a.levels->value.empty())
      out.add(a.levels->where,
              msg("`levels` is empty: name one or more of global, regional, national"));
  }
}

void check_actions_required(const Context& context, Reporter& out) {
  for (const Partner& p : context.partners) {
    if (p.actions.absent()) {
      out.add(p.where,
              msg("{partner} commits to no action: `actions` is missing", arg("partner", label(p))))
          .missing_key = "actions";
      continue;
    }
    if (!p.actions) continue;
    if (p.actions->value.empty())
      out.add(p.actions->where,
              msg("`actions` is empty: a partner commits to one or more actions or initiatives"));
    for (const model::Action& action : p.actions->value) {
      if (action.title.absent())
        out.add(action.where, msg("the action has no `title`")).missing_key = "title";
      else if (is_blank(action.title))
        out.add(action.title->where, msg("the action's `title` is empty"));
    }
  }
}

constexpr Rule kAdvocateUphold{
    .id = "adherence-advocate-uphold",
    .paragraph = "16(a)",
    .severity = Severity::error,
    .summary = N_("The adherence does not commit to advocate and uphold (¶16(a))."),
    .explanation =
        N_("¶16(a): every partner is expected to advocate for social justice and to uphold the "
           "principles and values of the UN and the ILO, including the fundamental principles and "
           "rights at work. Both `advocate` and `uphold` must be true."),
    .passing = R"yaml(adherence:
  advocate: true
  uphold: true)yaml",
    .failing = R"yaml(adherence:
  advocate: true
  uphold: false)yaml",
    .check = check_advocate_uphold,
    .reach = Reach::document,
};

constexpr Rule kContribute{
    .id = "adherence-contribute",
    .paragraph = "16(b)",
    .severity = Severity::error,
    .summary = N_("The adherence does not commit to contribute, at some level (¶16(b))."),
    .explanation =
        N_("¶16(b): every partner is expected to contribute to advancing social justice and the "
           "SDGs at the global, regional and/or national levels. `contribute` must be true and "
           "`levels` name at least one level."),
    .passing = R"yaml(adherence:
  contribute: true
  levels: [national])yaml",
    .failing = R"yaml(adherence:
  contribute: true
  levels: [])yaml",
    .check = check_contribute,
    .reach = Reach::document,
};

constexpr Rule kActionsRequired{
    .id = "actions-required",
    .paragraph = "16(c)",
    .severity = Severity::error,
    .summary = N_("A partner commits to no titled action."),
    .explanation = N_(
        "¶16(c) and ¶34: every partner commits to developing one or more actions or initiatives "
        "aimed at significantly advancing social justice. `actions` lists at least one, each with "
        "a title. Progress reports on them are voluntary (¶17) and never required (¶13)."),
    .passing = R"yaml(actions:
  - title: Extend social protection
    domains: [protection])yaml",
    .failing = R"yaml(actions: [])yaml",
    .check = check_actions_required,
    .reach = Reach::document,
};

constexpr std::array kRules{
    &kAdvocateUphold,
    &kContribute,
    &kActionsRequired,
};

}  // namespace

RuleList commitment_rules() {
  return kRules;
}

}  // namespace gcsj::rules
