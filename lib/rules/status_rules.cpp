// Rules about the formal adherence of ¶18 and the dates that mark a partner's path into and out of
// the Coalition (¶18: interest, formal adherence, then the secretariat informs the partners and
// publishes).

#include <array>

#include "rules/partner_helpers.hpp"
#include "rules/rules.hpp"

namespace gcsj::rules {
namespace {

using i18n::arg;
using i18n::msg;
using i18n::N_;
using model::Partner;
using model::Status;

void check_adherence_declared(const Context& context, Reporter& out) {
  for (const Partner& p : context.partners) {
    // A declined application's missing commitment keys are no finding (spec section 2, v1.1):
    // the adherence it lacks may be why it was declined.
    if (model::is_declined(p)) continue;
    if (p.adherence.absent())
      out.add(p.where, msg("{partner} has no `adherence`: its formal expression of adherence",
                           arg("partner", label(p))))
          .missing_key = "adherence";
    else if (p.adherence && p.adherence->value.declared.absent())
      out.add(p.adherence->where,
              msg("`adherence` has no `declared` date: when adherence was formally expressed"))
          .missing_key = "declared";
  }
}

void check_status_dates(const Context& context, Reporter& out) {
  for (const Partner& p : context.partners) {
    if (!p.status) continue;
    const Status status = p.status->value;
    if (status == Status::admitted && p.admitted.absent())
      out.add(p.status->where, msg("an admitted partner needs an `admitted` date")).missing_key =
          "admitted";
    if (status == Status::withdrawn && p.withdrawn.absent())
      out.add(p.status->where, msg("a withdrawn partner needs a `withdrawn` date")).missing_key =
          "withdrawn";
    if (status == Status::applied && p.admitted)
      out.add(p.admitted->where,
              msg("an applicant (status `applied`) cannot have an `admitted` date"),
              msg("set `status: admitted`, or remove the date"));
    if (status != Status::withdrawn && p.withdrawn)
      out.add(p.withdrawn->where,
              msg("a partner with status `{status}` cannot have a `withdrawn` date",
                  arg("status", to_string(status))),
              msg("set `status: withdrawn`, or remove the date"));
    // A declined application (v1.1) was never admitted: it carries `declined` and no `admitted`.
    if (status == Status::declined && p.declined.absent())
      out.add(p.status->where, msg("a declined application needs a `declined` date: the date of "
                                   "the decision not to admit it"))
          .missing_key = "declined";
    if (status == Status::declined && p.admitted)
      out.add(p.admitted->where,
              msg("a declined application cannot have an `admitted` date: it was never admitted"),
              msg("set `status: admitted`, or remove the date"));
    // Only an admitted partnership is made public (¶18): an application has nothing to publish.
    if ((status == Status::applied || status == Status::declined) && p.published)
      out.add(p.published->where,
              msg("an application (status `{status}`) cannot have a `published` date: only an "
                  "admitted partner is made public",
                  arg("status", to_string(status))),
              msg("set `status: admitted` with its `admitted` date, or remove the date"));
    if (status != Status::declined && p.declined)
      out.add(p.declined->where,
              msg("a partner with status `{status}` cannot have a `declined` date",
                  arg("status", to_string(status))),
              msg("set `status: declined`, or remove the date"));
  }
}

void check_date_order(const Context& context, Reporter& out) {
  for (const Partner& p : context.partners) {
    const model::Field<model::Date>* declared = nullptr;
    if (p.adherence && p.adherence->value.declared) declared = &p.adherence->value.declared;
    if (declared && p.admitted && p.admitted->value < (*declared)->value)
      out.add(p.admitted->where,
              msg("admitted on {admitted}, before adherence was declared on {declared}",
                  arg("admitted", p.admitted->value), arg("declared", (*declared)->value)))
          .related.push_back({(*declared)->where, msg("adherence declared here")});
    if (p.admitted && p.withdrawn && p.withdrawn->value < p.admitted->value)
      out.add(p.withdrawn->where,
              msg("withdrawn on {withdrawn}, before being admitted on {admitted}",
                  arg("withdrawn", p.withdrawn->value), arg("admitted", p.admitted->value)))
          .related.push_back({p.admitted->where, msg("admitted here")});
    // The application arrives before the decision on it (v1.1).
    if (p.applied && p.admitted && p.admitted->value < p.applied->value)
      out.add(p.applied->where,
              msg("the application was received on {applied}, after the admission on {admitted}",
                  arg("applied", p.applied->value), arg("admitted", p.admitted->value)))
          .related.push_back({p.admitted->where, msg("admitted here")});
    if (p.applied && p.declined && p.declined->value < p.applied->value)
      out.add(p.applied->where,
              msg("the application was received on {applied}, after it was declined on {declined}",
                  arg("applied", p.applied->value), arg("declined", p.declined->value)))
          .related.push_back({p.declined->where, msg("declined here")});
    if (declared && p.published && p.published->value < (*declared)->value)
      out.add(p.published->where,
              msg("made public on {published}, before adherence was declared on {declared}",
                  arg("published", p.published->value), arg("declared", (*declared)->value)))
          .related.push_back({(*declared)->where, msg("adherence declared here")});
    // The secretariat makes public a partnership it has admitted (¶18), not before (once: a
    // publication before the declaration is told above).
    else if (p.admitted && p.published && p.published->value < p.admitted->value)
      out.add(p.published->where,
              msg("made public on {published}, before being admitted on {admitted}",
                  arg("published", p.published->value), arg("admitted", p.admitted->value)))
          .related.push_back({p.admitted->where, msg("admitted here")});
  }
}

constexpr Rule kAdherenceDeclared{
    .id = "adherence-declared",
    .paragraph = "18",
    .severity = Severity::error,
    .summary = N_("A partner has no formal, dated adherence."),
    .explanation = N_(
        "¶18: to become a partner, an actor informs the secretariat of its interest and formally "
        "expresses its adherence to the commitments of ¶15 and ¶16. The registry records that "
        "adherence under `adherence`, with the date it was `declared`."),
    .passing = R"yaml(adherence:
  declared: 2024-02-15
  ...)yaml",
    .failing = R"yaml(adherence:
  advocate: true   # no declared date)yaml",
    .check = check_adherence_declared,
    .reach = Reach::document,
};

constexpr Rule kStatusDates{
    .id = "status-dates",
    .paragraph = "18",
    .severity = Severity::error,
    .summary = N_("A partner's status and its dates disagree."),
    .explanation =
        N_("A partner becomes one through the formal adherence of ¶18 and the secretariat's "
           "admission: an admitted partner has an `admitted` date, a withdrawn one a `withdrawn` "
           "date, and an applicant neither. An application the secretariat declined has a "
           "`declined` date and neither of the others, and only it has one. Dates after the as-of "
           "date are not findings: they "
           "describe the future."),
    .passing = R"yaml(status: admitted
admitted: 2024-03-01)yaml",
    .failing = R"yaml(status: admitted   # no admitted date)yaml",
    .check = check_status_dates,
    .reach = Reach::document,
};

constexpr Rule kDateOrder{
    .id = "date-order",
    .paragraph = "18",
    .severity = Severity::error,
    .summary = N_("Adherence, admission, publication and withdrawal are out of order."),
    .explanation = N_(
        "¶18 orders the steps: adherence is declared, then the partner is admitted and the "
        "secretariat makes it public; a withdrawal follows admission. `admitted` and `published` "
        "are not before `adherence.declared`, `published` and `withdrawn` are not before "
        "`admitted`, and the application (`applied`) is received before it is admitted or "
        "declined."),
    .passing = R"yaml(adherence:
  declared: 2024-02-15
admitted: 2024-03-01)yaml",
    .failing = R"yaml(adherence:
  declared: 2024-02-15
admitted: 2024-01-10)yaml",
    .check = check_date_order,
    .reach = Reach::document,
};

// ¶18: `decision` says why an application was declined (v1.1); on another status it is a leftover,
// perhaps of a decision reversed: a warning, since it is private and harms nothing.
void check_decision_without_decline(const Context& context, Reporter& out) {
  for (const Partner& p : context.partners) {
    if (!p.decision || !p.status || p.status->value == Status::declined) continue;
    out.add(p.decision->where,
            msg("a partner with status `{status}` records a `decision`: it says why an application "
                "was declined",
                arg("status", to_string(p.status->value))),
            msg("remove `decision`, or set `status: declined` with its `declined` date"));
  }
}

constexpr Rule kDecisionWithoutDecline{
    .id = "decision-without-decline",
    .paragraph = "18",
    .severity = Severity::warning,
    .summary = N_("A partner that was not declined records a decision not to admit it."),
    .explanation = N_(
        "¶18: the secretariat decides on each application. `decision` records why an application "
        "was declined (`status: declined`) and is never published; on an applicant, an admitted "
        "or a withdrawn partner it is a leftover, perhaps of a decision since reversed, and "
        "should be removed or the status corrected."),
    .passing = R"yaml(status: declined
declined: 2025-03-10
decision: no past accreditation)yaml",
    .failing = R"yaml(status: admitted
admitted: 2025-03-10
decision: no past accreditation)yaml",
    .check = check_decision_without_decline,
    .reach = Reach::document,
};

constexpr std::array kRules{
    &kAdherenceDeclared,
    &kStatusDates,
    &kDateOrder,
    &kDecisionWithoutDecline,
};

}  // namespace

RuleList status_rules() {
  return kRules;
}

}  // namespace gcsj::rules
