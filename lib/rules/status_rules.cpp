// Rules about a partner's status and the dates that mark its path into and out of the Coalition
// (¶18: interest, formal adherence, then the secretariat informs the partners and publishes).

#include "rules/partner_helpers.hpp"
#include "rules/partner_rules.hpp"

namespace gcsj::rules::partner {
namespace {

using findings::Severity;
using model::Partner;
using model::Status;

void check_status_dates(const Context& context, Reporter& report) {
  for (const Partner& p : context.partners) {
    if (!p.status) continue;
    const Status status = p.status->value;
    if (status == Status::admitted && p.admitted.absent())
      report.add(kStatusDates, p.status->where, "an admitted partner needs an `admitted` date");
    if (status == Status::withdrawn && p.withdrawn.absent())
      report.add(kStatusDates, p.status->where, "a withdrawn partner needs a `withdrawn` date");
    if (status == Status::applied && p.admitted)
      report.add(kStatusDates, p.admitted->where,
                 "an applicant (status `applied`) has no `admitted` date",
                 "set `status: admitted`, or remove the date");
    if (status != Status::withdrawn && p.withdrawn)
      report.add(
          kStatusDates, p.withdrawn->where,
          fmt::format("a partner with status `{}` has no `withdrawn` date", to_string(status)),
          "set `status: withdrawn`, or remove the date");
  }
}

void check_date_order(const Context& context, Reporter& report) {
  for (const Partner& p : context.partners) {
    const model::Field<model::Date>* declared = nullptr;
    if (p.adherence && p.adherence->value.declared) declared = &p.adherence->value.declared;
    if (declared && p.admitted && p.admitted->value < (*declared)->value)
      report
          .add(kDateOrder, p.admitted->where,
               fmt::format("admitted on {}, before adherence was declared on {}",
                           p.admitted->value.iso(), (*declared)->value.iso()))
          .related.push_back({(*declared)->where, "adherence declared here"});
    if (p.admitted && p.withdrawn && p.withdrawn->value < p.admitted->value)
      report
          .add(kDateOrder, p.withdrawn->where,
               fmt::format("withdrawn on {}, before being admitted on {}", p.withdrawn->value.iso(),
                           p.admitted->value.iso()))
          .related.push_back({p.admitted->where, "admitted here"});
    if (declared && p.published && p.published->value < (*declared)->value)
      report
          .add(kDateOrder, p.published->where,
               fmt::format("made public on {}, before adherence was declared on {}",
                           p.published->value.iso(), (*declared)->value.iso()))
          .related.push_back({(*declared)->where, "adherence declared here"});
  }
}

}  // namespace

const Rule kStatusDates{
    "status-dates",
    "18",
    Severity::error,
    "A partner's status and its dates disagree.",
    "A partner becomes one through the formal adherence of ¶18 and the secretariat's admission: "
    "an admitted partner has an `admitted` date, a withdrawn one a `withdrawn` date, and an "
    "applicant neither. Dates after the as-of date are not findings: they describe the future.",
    check_status_dates,
    R"yaml(status: admitted
admitted: 2024-03-01)yaml",
    R"yaml(status: admitted   # no admitted date)yaml",
    Reach::document};

const Rule kDateOrder{
    "date-order",
    "18",
    Severity::error,
    "Adherence, admission, publication and withdrawal are out of order.",
    "¶18 orders the steps: adherence is declared, then the partner is admitted and the "
    "secretariat makes it public; a withdrawal follows admission. `admitted` and `published` are "
    "not before `adherence.declared`, and `withdrawn` is not before `admitted`.",
    check_date_order,
    R"yaml(adherence:
  declared: 2024-02-15
admitted: 2024-03-01)yaml",
    R"yaml(adherence:
  declared: 2024-02-15
admitted: 2024-01-10)yaml",
    Reach::document};

}  // namespace gcsj::rules::partner
