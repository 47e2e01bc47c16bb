#include "render/view_formats.hpp"

#include <array>

#include "render/report/progress_report.hpp"
#include "render/rules/explain.hpp"

namespace gcsj::render {
namespace {

using Options = TextOptions;

constexpr std::array kSeats{
    Format<SeatsView>{"text",
                      [](const SeatsView& v, const Options&) {
                        return render_seats_text(v.group, v.composition);
                      },
                      "a table for people, in the language chosen"},
    Format<SeatsView>{"json",
                      [](const SeatsView& v, const Options&) {
                        return render_seats_json(v.group, v.composition);
                      },
                      "one JSON object, for scripts"},
};

constexpr std::array kTerms{
    Format<TermsView>{"text",
                      [](const TermsView& v, const Options&) {
                        return render_terms_text(v.group, v.rows, v.within_days);
                      },
                      "a table for people, in the language chosen"},
    Format<TermsView>{"json",
                      [](const TermsView& v, const Options&) {
                        return render_terms_json(v.group, v.rows, v.within_days);
                      },
                      "one JSON object, for scripts"},
};

constexpr std::array kPlan{
    Format<PlanView>{"text", [](const PlanView& v, const Options&) { return render_plan_text(v); },
                     "the calendar for people, in the language chosen"},
    Format<PlanView>{"markdown",
                     [](const PlanView& v, const Options&) { return render_plan_markdown(v); },
                     "a note for the secretariat"},
    Format<PlanView>{"json", [](const PlanView& v, const Options&) { return render_plan_json(v); },
                     "one JSON object, for scripts"},
    Format<PlanView>{"ics", [](const PlanView& v, const Options&) { return render_plan_ics(v); },
                     "an iCalendar file (RFC 5545), a reminder before each term end"},
};

std::string list_as(const PartnerListView& v, ListFormat format) {
  return render_partner_list(v.registry, v.as_of, v.filter, format, v.tr);
}

constexpr std::array kList{
    Format<PartnerListView>{
        "text",
        [](const PartnerListView& v, const Options&) { return list_as(v, ListFormat::text); },
        "a table for people, in the language chosen"},
    Format<PartnerListView>{
        "json",
        [](const PartnerListView& v, const Options&) { return list_as(v, ListFormat::json); },
        "one JSON array, for scripts"},
    Format<PartnerListView>{
        "csv", [](const PartnerListView& v, const Options&) { return list_as(v, ListFormat::csv); },
        "comma-separated values (RFC 4180), for spreadsheets"},
};

std::string applications_as(const ApplicationListView& v, ApplicationFormat format) {
  return render_application_list(v.rows, v.as_of, v.filter, format, v.tr);
}

constexpr std::array kApplications{
    Format<ApplicationListView>{"text",
                                [](const ApplicationListView& v, const Options&) {
                                  return applications_as(v, ApplicationFormat::text);
                                },
                                "a table for people, in the language chosen"},
    Format<ApplicationListView>{"json",
                                [](const ApplicationListView& v, const Options&) {
                                  return applications_as(v, ApplicationFormat::json);
                                },
                                "one JSON object, for scripts"},
    Format<ApplicationListView>{"csv",
                                [](const ApplicationListView& v, const Options&) {
                                  return applications_as(v, ApplicationFormat::csv);
                                },
                                "comma-separated values (RFC 4180), for spreadsheets"},
};

std::string forum_as(const ForumListView& v, ForumListFormat format) {
  return render_forum_list(v.registry, format, v.tr);
}

constexpr std::array kForumList{
    Format<ForumListView>{
        "text",
        [](const ForumListView& v, const Options&) { return forum_as(v, ForumListFormat::text); },
        "a table for people, in the language chosen"},
    Format<ForumListView>{
        "json",
        [](const ForumListView& v, const Options&) { return forum_as(v, ForumListFormat::json); },
        "one JSON object, for scripts"},
    Format<ForumListView>{
        "csv",
        [](const ForumListView& v, const Options&) { return forum_as(v, ForumListFormat::csv); },
        "comma-separated values (RFC 4180), for spreadsheets"},
};

constexpr std::array kReport{
    Format<ReportView>{"markdown",
                       [](const ReportView& v, const Options&) {
                         return render_progress_markdown(v.figures, v.tr);
                       },
                       "the report to read, or paste into a document"},
    Format<ReportView>{
        "json",
        [](const ReportView& v, const Options&) { return render_progress_json(v.figures, v.tr); },
        "one JSON object, for scripts"},
};

constexpr std::array kChanges{
    Format<ChangesView>{"text",
                        [](const ChangesView& v, const Options&) { return render_changes_text(v); },
                        "the changes for people, in the language chosen"},
    Format<ChangesView>{
        "markdown", [](const ChangesView& v, const Options&) { return render_changes_markdown(v); },
        "a notice to partners or a report's annex"},
    Format<ChangesView>{"json",
                        [](const ChangesView& v, const Options&) { return render_changes_json(v); },
                        "one JSON object, for scripts"},
};

constexpr std::array kDiff{
    Format<DiffView>{
        "text", [](const DiffView& v, const Options& o) { return render_diff_text(v, o.color); },
        "the change for people, coloured on a terminal"},
    Format<DiffView>{"markdown",
                     [](const DiffView& v, const Options&) { return render_diff_markdown(v); },
                     "a pull-request comment"},
    Format<DiffView>{"json", [](const DiffView& v, const Options&) { return render_diff_json(v); },
                     "one JSON object, for scripts"},
};

constexpr std::array kRules{
    Format<RulesView>{
        "text", [](const RulesView& v, const Options&) { return render_rules_text(v.rules, v.tr); },
        "one line per rule: id, severity, paragraph, summary"},
    Format<RulesView>{
        "json", [](const RulesView& v, const Options&) { return render_rules_json(v.rules, v.tr); },
        "one JSON array, with the English summaries too"},
};

}  // namespace

std::span<const Format<SeatsView>> seats_formats() {
  return kSeats;
}
std::span<const Format<TermsView>> terms_formats() {
  return kTerms;
}
std::span<const Format<PlanView>> plan_formats() {
  return kPlan;
}
std::span<const Format<PartnerListView>> list_formats() {
  return kList;
}
std::span<const Format<ApplicationListView>> application_list_formats() {
  return kApplications;
}
std::span<const Format<ForumListView>> forum_list_formats() {
  return kForumList;
}
std::span<const Format<ReportView>> report_formats() {
  return kReport;
}
std::span<const Format<ChangesView>> changes_formats() {
  return kChanges;
}
std::span<const Format<DiffView>> diff_formats() {
  return kDiff;
}
std::span<const Format<RulesView>> rules_formats() {
  return kRules;
}

}  // namespace gcsj::render
