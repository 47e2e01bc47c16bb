#pragma once
// `gcsj list applications`: the secretariat's queue of applications (¶18), with what each needs
// next, or the decisions not to admit of a period. An internal view: it shows a declined
// application's `decision`, which no published output (portal, feed, report, changes) carries.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "findings/finding.hpp"
#include "i18n/translator.hpp"
#include "model/date.hpp"
#include "model/partner.hpp"
#include "model/registry.hpp"

namespace gcsj::render {

struct ApplicationFilter {
  model::Status status = model::Status::applied;  // applied (the queue) or declined
  std::optional<model::Date> since;               // received (or declined) on or after it
};

// What the secretariat does next with a pending application, from its open findings.
enum class NextStep {
  fix_errors,     // it has open errors: the applicant (or the secretariat) fixes them first
  decide_waiver,  // no open error, thanks to a waiver: decide before it expires
  decide,         // no open error: the application awaits the decision
  none,           // a declined application: decided
};

// How scripts name the next step (the JSON and CSV `next`, the export's): fix-errors,
// decide-before-waiver-expires, decide; "" for a declined application.
std::string_view next_step_name(NextStep next);

struct ApplicationRow;
// A row's cells as scripts read them, the private decision aside: id, name, category, status,
// applied, adherence date, declined, days waiting, days to decision, errors, warnings, waived,
// waiver expires, next, file (the list's CSV and the export's applications table).
std::vector<std::string> application_cells(const ApplicationRow& row);

struct ApplicationRow {
  std::string id, name, category, file;
  model::Status status = model::Status::applied;
  std::optional<model::Date> applied;   // when received (`applied`)
  std::optional<model::Date> declared;  // adherence.declared
  std::optional<model::Date> declined;
  std::string decision;  // why declined; internal
  // Pending: days from the date received (`applied`, else adherence.declared) to the as-of date.
  std::optional<long> days_waiting;
  // Declined: days from `applied` to `declined`.
  std::optional<long> days_to_decision;
  int errors = 0, warnings = 0, waived = 0;   // open findings about it, as `validate` counts them
  std::optional<model::Date> waiver_expires;  // the first expiry of a waiver of its findings
  NextStep next = NextStep::none;
};

// The applications of `filter.status` in `registry`, with the findings `validate` gave (their
// subjects set): pending ones received on or before `as_of`, oldest first (by `applied`, else by
// adherence.declared, those with neither last, then by id); declined ones decided on or before
// `as_of`, by `declined` then id.
std::vector<ApplicationRow> application_rows(const model::Registry& registry,
                                             const std::vector<findings::Finding>& findings,
                                             const model::Date& as_of,
                                             const ApplicationFilter& filter);

enum class ApplicationFormat { text, json, csv };

// The rows as a table in the language of `tr`, or JSON and CSV for scripts (field names and
// values never change with the language; the JSON says which language the run used).
std::string render_application_list(const std::vector<ApplicationRow>& rows,
                                    const model::Date& as_of, const ApplicationFilter& filter,
                                    ApplicationFormat format,
                                    const i18n::Translator& tr = i18n::Translator::english());

}  // namespace gcsj::render
