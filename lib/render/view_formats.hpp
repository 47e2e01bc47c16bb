#pragma once
// The formats of every view but `validate` (render/validate/formats.hpp), one table each
// (render/format_table.hpp): `--format`'s values and default (the first row) follow from it, and
// the command calls the row's renderer. A new format of a view (CSV, XLSX) is a row here and its
// renderer. Each view is one struct: what its renderers are given.

#include <optional>
#include <span>
#include <vector>

#include "changes/changes.hpp"
#include "diff/registry_diff.hpp"
#include "figures/figures.hpp"
#include "findings/rule.hpp"
#include "group/calendar.hpp"
#include "group/composition.hpp"
#include "i18n/translator.hpp"
#include "render/changes/changes_report.hpp"
#include "render/diff/diff_report.hpp"
#include "render/format_table.hpp"
#include "render/group/group_plan.hpp"
#include "render/group/group_views.hpp"
#include "render/list/application_list.hpp"
#include "render/list/forum_list.hpp"
#include "render/list/partner_list.hpp"

namespace gcsj::render {

// `gcsj group seats`: the seat table of ¶25 on a date.
struct SeatsView {
  const GroupView& group;
  const group::Composition& composition;
};

// `gcsj group terms`: the sitting members' terms, by end date.
struct TermsView {
  const GroupView& group;
  const std::vector<group::CalendarRow>& rows;
  std::optional<long> within_days;
};

// `gcsj list partners`: the partners matching a filter, with their state on a date.
struct PartnerListView {
  const model::Registry& registry;
  model::Date as_of;
  PartnerFilter filter;
  const i18n::Translator& tr = i18n::Translator::english();
};

// `gcsj list applications`: the queue of applications, or the decisions not to admit.
struct ApplicationListView {
  const std::vector<ApplicationRow>& rows;
  model::Date as_of;
  ApplicationFilter filter;
  const i18n::Translator& tr = i18n::Translator::english();
};

// `gcsj list forum`: the sessions of the Forum (¶39-42), oldest first.
struct ForumListView {
  const model::Registry& registry;
  const i18n::Translator& tr = i18n::Translator::english();
};

// `gcsj report`: the progress report to the Governing Body (¶44).
struct ReportView {
  const figures::Figures& figures;
  const i18n::Translator& tr = i18n::Translator::english();
};

// `gcsj rules`: the rules listed.
struct RulesView {
  std::span<const findings::Rule* const> rules;
  const i18n::Translator& tr = i18n::Translator::english();
};

std::span<const Format<SeatsView>> seats_formats();
std::span<const Format<TermsView>> terms_formats();
std::span<const Format<PlanView>> plan_formats();  // render/group/group_plan.hpp
std::span<const Format<PartnerListView>> list_formats();
std::span<const Format<ApplicationListView>> application_list_formats();
std::span<const Format<ForumListView>> forum_list_formats();
std::span<const Format<ReportView>> report_formats();
std::span<const Format<ChangesView>> changes_formats();  // render/changes/changes_report.hpp
// `changes --base`: the same names as changes_formats(), which `gcsj changes --format` offers
// for both (a test holds them equal).
std::span<const Format<DiffView>> diff_formats();  // render/diff/diff_report.hpp
std::span<const Format<RulesView>> rules_formats();

}  // namespace gcsj::render
