#pragma once
// Renderers of `gcsj group seats` and `gcsj group terms`: text for a terminal, in the language of
// `tr` (dates in its long form in sentences, YYYY-MM-DD in table cells); JSON for scripts, whose
// field names, ids and dates do not change with the language (it adds `language`).

#include <optional>
#include <string>
#include <vector>

#include "group/calendar.hpp"
#include "group/composition.hpp"
#include "group/roster.hpp"
#include "i18n/message.hpp"
#include "i18n/translator.hpp"
#include "model/group.hpp"
#include "model/registry.hpp"

namespace gcsj::render {

struct GroupView {
  const model::Registry& registry;
  const group::Roster& roster;
  model::Date as_of;
  const i18n::Translator& tr = i18n::Translator::english();
};

// How a view names a member: its name, or "(unnamed)" in the language of `tr`.
inline std::string shown_name(const model::Member& member, const i18n::Translator& tr) {
  return member.name ? member.name->value : std::string(tr("(unnamed)"));
}

std::string render_seats_text(const GroupView& view, const group::Composition& composition);
std::string render_seats_json(const GroupView& view, const group::Composition& composition);

// The RENEWAL cell of `group terms`, whole for each case: "possible, proposed by workers-group
// (ends early)"; and the TERM cell, "first", "renewal" (an editor's hover says the same).
i18n::Message renewal_words(const group::CalendarRow& row);
std::string_view term_number_word(const group::CalendarRow& row, const i18n::Translator& tr);

std::string render_terms_text(const GroupView& view, const std::vector<group::CalendarRow>& rows,
                              std::optional<long> within_days);
std::string render_terms_json(const GroupView& view, const std::vector<group::CalendarRow>& rows,
                              std::optional<long> within_days);

}  // namespace gcsj::render
