#pragma once
// `gcsj group seats|terms|plan`: the Coordinating Group's seats and term calendar on a date, and
// the nomination calendar ahead of it.

#include <optional>
#include <string>

#include "app/error.hpp"
#include "app/options.hpp"
#include "group/plan.hpp"

namespace gcsj::app {

struct GroupRequest {
  std::string path = ".";
  // --registry DIR: `path` is a proposed Group document, judged against DIR's partners as
  // `validate PATH --registry DIR` judges it (it replaces DIR's own Group document).
  std::string registry;
  std::string as_of;                // empty: today, UTC
  std::string format = "text";      // a row of the view's table (render/view_formats.hpp)
  std::optional<long> within_days;  // terms: only terms ending within
  long horizon_days = group::kDefaultHorizonDays;  // plan
  long remind_days = 30;                           // plan -f ics
  long lead_days = 90;                             // plan -f ics: the nomination events
  std::string lang;
  InputOptions input;
};

// The seat table of ¶25; failing when a seat has more members than ¶25 provides, as in validate.
Expected<Printed> group_seats(const GroupRequest& request, const Warn& warn);
// Sitting members' current terms (¶23), by end date.
Expected<Printed> group_terms(const GroupRequest& request, const Warn& warn);
// The nomination calendar.
Expected<Printed> group_plan(const GroupRequest& request, const Warn& warn);

}  // namespace gcsj::app
