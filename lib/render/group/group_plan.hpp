#pragma once
// Renderers of `gcsj group plan` (group/plan.hpp): text for a terminal, Markdown for a note to the
// secretariat, JSON for scripts, and an iCalendar file (RFC 5545) for the secretariat's calendar.

#include <string>

#include "group/plan.hpp"
#include "i18n/translator.hpp"
#include "render/group/group_views.hpp"

namespace gcsj::render {

struct PlanView {
  const GroupView& group;
  const group::Plan& plan;
  const i18n::Translator& tr = i18n::Translator::english();
  long remind_days = 30;  // iCalendar: the reminder before each decision
  long lead_days = 90;    // iCalendar: the nomination event, this many days before a term end
};

std::string render_plan_text(const PlanView& view);
std::string render_plan_markdown(const PlanView& view);
std::string render_plan_json(const PlanView& view);
std::string render_plan_ics(const PlanView& view);

// The words of a plan, shared by the renderers: in the language of `tr`.
namespace plan_words {
std::string seat(const i18n::Translator& tr, const group::SeatKind& kind);
std::string nominator(const i18n::Translator& tr, model::Nominator nominator);
// "Minister A. Mokoena: first term, to 31 May 2026 ..."
std::string event_summary(const i18n::Translator& tr, const group::PlanEvent& event);
std::string event_decision(const i18n::Translator& tr, const group::PlanEvent& event);
std::string state_line(const i18n::Translator& tr, const group::GroupState& state);
// "On 1 June 2026, if nothing is done: ..."
std::string after_line(const i18n::Translator& tr, const group::PlanEvent& event);
}  // namespace plan_words

}  // namespace gcsj::render
