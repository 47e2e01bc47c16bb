#pragma once
// Renderers of `gcsj group seats` and `gcsj group terms`: text for a terminal, JSON for scripts.

#include <optional>
#include <string>
#include <vector>

#include "group/calendar.hpp"
#include "group/composition.hpp"
#include "group/roster.hpp"
#include "model/group.hpp"
#include "model/registry.hpp"

namespace gcsj::render {

struct GroupView {
  const model::Registry& registry;
  const group::Roster& roster;
  model::Date as_of;
};

std::string render_seats_text(const GroupView& view, const group::Composition& composition);
std::string render_seats_json(const GroupView& view, const group::Composition& composition);

std::string render_terms_text(const GroupView& view, const std::vector<group::CalendarRow>& rows,
                              std::optional<long> within_days);
std::string render_terms_json(const GroupView& view, const std::vector<group::CalendarRow>& rows,
                              std::optional<long> within_days);

}  // namespace gcsj::render
