#pragma once
// The seat chart of the Coordinating Group as SVG: one circle per seat of ¶25, in the order of
// its letters; a filled circle for a sitting member, a dashed one for a vacancy, a ring for a
// chair. Every seat carries data-seat-state (filled, vacant, over) so tests can count what
// readers see. The portal's Group page shows it inline (publish::seat_chart), the report writes it
// to a file (charts/report_charts.hpp).

#include <functional>
#include <string>

#include "group/composition.hpp"
#include "i18n/translator.hpp"
#include "model/group.hpp"

namespace gcsj::charts {

struct SeatChart {
  const group::Composition& composition;
  const i18n::Translator& tr;
  // The name of the partner a member represents, in the language of `tr`; empty: not named.
  std::function<std::string(const model::Member&)> partner_name;
};

// "5 of 34 seats filled, 29 vacant", with the members over capacity when there are any.
std::string seat_summary(const group::Composition& composition, const i18n::Translator& tr);

// The `<svg>` element, ending with a line break.
std::string seat_svg(const SeatChart& chart);

}  // namespace gcsj::charts
