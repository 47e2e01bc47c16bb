// Eligibility of international organizations (¶19(c)), regional organizations (¶19(d)),
// enterprises (¶19(e)), NGOs (¶19(f)) and research and academic institutions (¶19(g)).

#include <algorithm>

#include <array>
#include <vector>

#include "rules/partner_helpers.hpp"
#include "rules/rules.hpp"

namespace gcsj::rules {
namespace {

using i18n::arg;
using i18n::msg;
using i18n::N_;
using model::Category;
using model::OrgType;
using model::Partner;

// Reports each `type` value outside `allowed`, the words outside every list included, once each;
// returns false when `type` is absent (reported). `expected` lists the allowed values.
bool check_types(const Partner& p, std::initializer_list<OrgType> allowed,
                 const i18n::Message& expected, Reporter& out) {
  if (p.type.absent()) {
    out.add(p.where, msg("{partner} has no `type`: {values}", arg("partner", label(p)),
                         arg("values", expected)))
        .missing_key = "type";
    return false;
  }
  const auto not_a_type = [&](std::string_view word, const model::Location& where) {
    out.add(where,
            msg("`{type}` is not a type of the category `{category}`", arg("type", word),
                arg("category", to_string(p.category->value))),
            // TRANSLATORS: a hint; {values} lists the values accepted ("regional or
            // subregional").
            msg("expected {values}", arg("values", expected)));
  };
  for (const auto& word : p.type_words) not_a_type(word.value, word.where);
  if (!p.type) return false;
  if (p.type->value.empty() && p.type_words.empty())
    out.add(p.type->where, msg("`type` is empty: {values}", arg("values", expected)));
  for (const auto& t : p.type->value)
    if (std::find(allowed.begin(), allowed.end(), t.value) == allowed.end())
      not_a_type(to_string(t.value), t.where);
  return true;
}

void check_international_type(const Context& context, Reporter& out) {
  for (const Partner& p : context.partners)
    if (is_category(p, Category::international_organization))
      check_types(p, {OrgType::un_system, OrgType::ifi, OrgType::economic, OrgType::other},
                  // TRANSLATORS: values of `type`, written as the registry writes them:
                  // translate "or" only.
                  msg("un-system, ifi, economic or other"), out);
}

void check_international_review(const Context& context, Reporter& out) {
  for (const Partner& p : context.partners) {
    if (!is_category(p, Category::international_organization) || !p.type || p.type->value.empty())
      continue;
    const bool only_other = std::all_of(p.type->value.begin(), p.type->value.end(),
                                        [](const auto& t) { return t.value == OrgType::other; });
    if (only_other)
      out.add(p.type->where,
              msg("{partner} is of type `other` only: ¶19(c) names entities of the UN system, "
                  "including international financial institutions; review its eligibility",
                  arg("partner", label(p))));
  }
}

void check_regional_type(const Context& context, Reporter& out) {
  // TRANSLATORS: values of `scope`, written as the registry writes them: translate "or" only.
  const i18n::Message scopes = msg("regional or subregional");
  for (const Partner& p : context.partners) {
    if (!is_category(p, Category::regional_organization)) continue;
    check_types(p, {OrgType::intergovernmental, OrgType::development_bank},
                // TRANSLATORS: values of `type`, written as the registry writes them: translate
                // "or" only.
                msg("intergovernmental or development-bank"), out);
    if (p.scope_word)
      out.add(p.scope_word->where,
              msg("`{scope}` is not a scope of a regional organization",
                  arg("scope", p.scope_word->value)),
              msg("expected {values}", arg("values", scopes)));
    else if (p.scope.absent())
      out.add(p.where, msg("{partner} has no `scope`: {values}", arg("partner", label(p)),
                           arg("values", scopes)))
          .missing_key = "scope";
    else if (p.scope && p.scope->value != model::Scope::regional &&
             p.scope->value != model::Scope::subregional)
      out.add(p.scope->where,
              msg("`{scope}` is not a scope of a regional organization",
                  arg("scope", to_string(p.scope->value))),
              msg("expected {values}", arg("values", scopes)));
  }
}

void check_enterprise_type(const Context& context, Reporter& out) {
  for (const Partner& p : context.partners)
    if (is_category(p, Category::enterprise))
      check_types(p, {OrgType::enterprise, OrgType::foundation},
                  // TRANSLATORS: values of `type`, written as the registry writes them: translate
                  // "or" only.
                  msg("enterprise or foundation"), out);
}

void check_enterprise_channel(const Context& context, Reporter& out) {
  for (const Partner& p : context.partners) {
    if (!is_category(p, Category::enterprise)) continue;
    if (p.channel.absent()) {
      auto& finding =
          out.add(p.where,
                  msg("{partner} has no `channel`: enterprises join through the secretariat of "
                      "the ILO Employers' group",
                      arg("partner", label(p))),
                  msg("add `channel: employers-group`"));
      finding.missing_key = "channel";
      finding.fix = findings::inserting_key(p.where, "channel: employers-group");
    } else if (p.channel && p.channel->value != "employers-group") {
      out.add(p.channel->where,
              msg("enterprises join through the secretariat of the ILO Employers' group, not "
                  "`{channel}`",
                  arg("channel", p.channel->value)),
              msg("expected `channel: employers-group`"))
          .fix = findings::replacing(p.channel->where, "employers-group");
    }
  }
}

void check_ngo_international(const Context& context, Reporter& out) {
  for (const Partner& p : context.partners) {
    if (!is_category(p, Category::ngo)) continue;
    if (p.international.absent())
      out.add(p.where, msg("{partner} does not say whether it is international (`international`)",
                           arg("partner", label(p))))
          .missing_key = "international";
    else if (p.international && !p.international->value)
      out.add(p.international->where,
              msg("¶19(f) admits international non-governmental organizations only"));
  }
}

// The International Labour Conference meets in June; gcsj takes a session to have ended on 30 June.
// Accreditation to the Conference of `year` lies in the past of a declaration on `declared` when
// that session had ended by then: a year before the declaration's, or the same year for a
// declaration from 1 July on (declared > year-06-30).
bool conference_before(long year, const model::Date& declared) {
  return year < declared.year || (year == declared.year && declared.month >= 7);
}

// The NGO routes of ¶19(f) as `p` records them: whether one is left, and the Conference years
// that do not count because their session was not before the declaration of adherence.
struct NgoRoutes {
  bool route_left = false;  // a route counts, or one cannot be read (reported elsewhere)
  std::vector<const model::Located<long>*> uncounted;
  const model::Located<model::Date>* declared = nullptr;
};

NgoRoutes ngo_routes(const Partner& p) {
  NgoRoutes routes;
  const model::Accreditation& a = p.accreditation->value;
  if (p.adherence && p.adherence->value.declared) routes.declared = &*p.adherence->value.declared;
  routes.route_left = (a.ilo_special_list && a.ilo_special_list->value) || a.ecosoc ||
                      a.ecosoc.unreadable || a.ilc.unreadable || a.ilo_special_list.unreadable;
  if (!a.ilc) return routes;
  for (const auto& year : a.ilc->value) {
    if (year.value < 1919) {
      routes.route_left = true;  // an error of its own, below: not reported twice
      continue;
    }
    if (routes.declared && !conference_before(year.value, routes.declared->value))
      routes.uncounted.push_back(&year);
    else
      routes.route_left = true;
  }
  return routes;
}

// Why the Conference of `year` does not count toward past accreditation (¶19(f)).
i18n::Message uncounted_year(long year, const model::Date& declared) {
  return year == declared.year
             ? msg("the Conference of {year} meets in June, after adherence was declared "
                   "on {date}; ¶19(f) counts past accreditation",
                   arg("year", year), arg("date", declared))
             : msg("accreditation to the Conference of {year} is after adherence was "
                   "declared in {declared_year}; ¶19(f) counts past accreditation",
                   arg("year", year), arg("declared_year", declared.year));
}

// The first route of ¶19(f) that `a` does not write, or "" when it writes all three.
std::string_view first_absent_route(const model::Accreditation& a) {
  if (a.ilo_special_list.absent()) return "ilo_special_list";
  if (a.ilc.absent()) return "ilc";
  return a.ecosoc.absent() ? "ecosoc" : "";
}

// An NGO meets no route of ¶19(f). When only Conference years that do not count are left, the
// error names them, at the first of them, and ilc-year-uncounted does not note them again.
void check_ngo_accreditation(const Context& context, Reporter& out) {
  for (const Partner& p : context.partners) {
    if (!is_category(p, Category::ngo)) continue;
    if (p.accreditation.absent()) {
      out.add(p.where,
              msg("{partner} names no `accreditation`: the ILO Special List, past accreditation "
                  "to the Conference, or ECOSOC status",
                  arg("partner", label(p))))
          .missing_key = "accreditation";
      continue;
    }
    if (!p.accreditation) continue;
    const model::Accreditation& a = p.accreditation->value;
    const NgoRoutes routes = ngo_routes(p);
    if (!routes.route_left && routes.uncounted.empty())
      out.add(p.accreditation->where,
              msg("no route of ¶19(f) is met: `ilo_special_list: true`, `ilc` years, or `ecosoc` "
                  "status"))
          .missing_key = first_absent_route(a);
    if (!routes.route_left)
      for (const auto* year : routes.uncounted)
        out.add(year->where, uncounted_year(year->value, routes.declared->value),
                msg("no other route of ¶19(f) is met: `ilo_special_list: true`, an earlier "
                    "`ilc` year, or `ecosoc` status"))
            .related.push_back({routes.declared->where, msg("adherence declared here")});
    if (!a.ilc) continue;
    for (const auto& year : a.ilc->value)
      if (year.value < 1919)
        out.add(year.where, msg("{year} is before the first International Labour Conference (1919)",
                                arg("year", year.value)));
  }
}

void check_academic_partnership(const Context& context, Reporter& out) {
  for (const Partner& p : context.partners) {
    if (!is_category(p, Category::academic)) continue;
    if (p.ilo_partnership.absent())
      out.add(p.where, msg("{partner} names no partnership with the ILO (`ilo_partnership`)",
                           arg("partner", label(p))))
          .missing_key = "ilo_partnership";
    else if (is_blank(p.ilo_partnership))
      out.add(p.ilo_partnership->where, msg("`ilo_partnership` is empty"));
  }
}

constexpr Rule kInternationalOrganizationType{
    .id = "international-organization-type",
    .paragraph = "19(c)",
    .severity = Severity::error,
    .summary = N_("An international organization has no type of ¶19(c)."),
    .explanation = N_(
        "¶19(c) admits organizations, funds, programmes, specialized agencies and other entities "
        "of the UN system, including international financial institutions. `type` says which: "
        "un-system, ifi, economic (WTO, OECD, ITC and the like), other, or a list such as "
        "[un-system, ifi] for the World Bank."),
    .passing = R"yaml(category: international-organization
type: [un-system, ifi])yaml",
    .failing = R"yaml(category: international-organization
type: development-bank)yaml",
    .check = check_international_type,
    .reach = Reach::document,
};

constexpr Rule kInternationalOrganizationReview{
    .id = "international-organization-review",
    .paragraph = "19(c)",
    .severity = Severity::warning,
    .summary = N_("An international organization is neither of the UN system nor an IFI."),
    .explanation =
        N_("¶19(c) names entities of the UN system and international financial institutions. An "
           "organization whose only type is `other` may still be eligible, but needs a reviewer's "
           "look."),
    .passing = R"yaml(category: international-organization
type: un-system)yaml",
    .failing = R"yaml(category: international-organization
type: other)yaml",
    .check = check_international_review,
    .reach = Reach::document,
};

constexpr Rule kRegionalOrganizationType{
    .id = "regional-organization-type",
    .paragraph = "19(d)",
    .severity = Severity::error,
    .summary =
        N_("A regional organization is not an intergovernmental organization or development bank."),
    .explanation = N_(
        "¶19(d) admits regional and subregional intergovernmental organizations and regional "
        "development banks: `type` is intergovernmental or development-bank, and `scope` regional "
        "or subregional."),
    .passing = R"yaml(category: regional-organization
type: development-bank
scope: regional)yaml",
    .failing = R"yaml(category: regional-organization
type: development-bank   # no scope)yaml",
    .check = check_regional_type,
    .reach = Reach::document,
};

constexpr Rule kEnterpriseType{
    .id = "enterprise-type",
    .paragraph = "19(e)",
    .severity = Severity::error,
    .summary = N_("An enterprise partner is neither an enterprise nor a company foundation."),
    .explanation = N_(
        "¶19(e) admits enterprises and company foundations: `type` is enterprise or foundation."),
    .passing = R"yaml(category: enterprise
type: foundation)yaml",
    .failing = R"yaml(category: enterprise
type: ngo)yaml",
    .check = check_enterprise_type,
    .reach = Reach::document,
};

constexpr Rule kEnterpriseChannel{
    .id = "enterprise-channel",
    .paragraph = "19(e)",
    .severity = Severity::error,
    .summary = N_("An enterprise did not join through the ILO Employers' group."),
    .explanation =
        N_("¶19(e) admits enterprises and company foundations through the secretariat of the ILO "
           "Employers' group (and ¶50 has the Office write to that secretariat): `channel` is "
           "employers-group."),
    .passing = R"yaml(category: enterprise
channel: employers-group)yaml",
    .failing = R"yaml(category: enterprise
channel: direct)yaml",
    .check = check_enterprise_channel,
    .reach = Reach::document,
};

constexpr Rule kNgoInternational{
    .id = "ngo-international",
    .paragraph = "19(f)",
    .severity = Severity::error,
    .summary = N_("An NGO partner is not international."),
    .explanation = N_("¶19(f) admits international non-governmental organizations: `international` "
                      "must be true."),
    .passing = R"yaml(category: ngo
international: true)yaml",
    .failing = R"yaml(category: ngo
international: false)yaml",
    .check = check_ngo_international,
    .reach = Reach::document,
};

constexpr Rule kNgoAccreditation{
    .id = "ngo-accreditation",
    .paragraph = "19(f)",
    .severity = Severity::error,
    .summary = N_("An NGO meets none of the three accreditation routes of ¶19(f)."),
    .explanation = N_(
        "¶19(f) admits international NGOs that are on the ILO Special List of NGOs, that have in "
        "the past been accredited to the International Labour Conference, or that are accredited "
        "with ECOSOC. At least one route is needed. Conference years lie in the past of the "
        "adherence: the Conference meets in June, so the year of the declaration counts only for "
        "a declaration from 1 July on. A year that does not count is an error only when no route "
        "is left (each such year is then reported); beside a route that counts, it is a note of "
        "`ilc-year-uncounted`. Years before 1919, the first Conference, are errors."),
    .passing = R"yaml(accreditation:
  ecosoc: special
  ilc: [2019, 2023])yaml",
    .failing = R"yaml(accreditation:
  ilo_special_list: false)yaml",
    .check = check_ngo_accreditation,
    .reach = Reach::document,
};

constexpr Rule kAcademicPartnership{
    .id = "academic-partnership",
    .paragraph = "19(g)",
    .severity = Severity::error,
    .summary = N_("A research or academic institution names no partnership with the ILO."),
    .explanation =
        N_("¶19(g) admits research and academic institutions that have partnerships with the ILO: "
           "`ilo_partnership` names the agreement or programme."),
    .passing = R"yaml(category: academic
ilo_partnership: MoU with the ILO Research Department (2022))yaml",
    .failing = R"yaml(category: academic   # no ilo_partnership)yaml",
    .check = check_academic_partnership,
    .reach = Reach::document,
};

// A Conference year that does not count, beside a route that does: a true fact, noted (¶19(f)).
void check_ilc_year_uncounted(const Context& context, Reporter& out) {
  for (const Partner& p : context.partners) {
    if (!is_category(p, Category::ngo) || !p.accreditation) continue;
    const NgoRoutes routes = ngo_routes(p);
    if (!routes.route_left) continue;  // ngo-accreditation reports them as errors
    for (const auto* year : routes.uncounted)
      out.add(year->where, uncounted_year(year->value, routes.declared->value))
          .related.push_back({routes.declared->where, msg("adherence declared here")});
  }
}

constexpr Rule kIlcYearUncounted{
    .id = "ilc-year-uncounted",
    .paragraph = "19(f)",
    .severity = Severity::note,
    .summary = N_("A Conference year does not count toward past accreditation, beside a route "
                  "that does."),
    .explanation =
        N_("¶19(f) counts past accreditation to the International Labour Conference. The "
           "Conference meets in June: gcsj takes its session to have ended on 30 June, so a year "
           "counts when adherence was declared after 30 June of that year. A year that does not "
           "count is a true fact, and no error while another route of ¶19(f) is met (an earlier "
           "year, the ILO Special List, ECOSOC status): a note names it. With no route left, "
           "`ngo-accreditation` reports it as an error instead."),
    .passing = R"yaml(accreditation:
  ilc: [2023]
adherence:
  declared: 2024-02-10)yaml",
    .failing = R"yaml(accreditation:
  ilc: [2023, 2024]   # 2024: the June session follows the declaration
adherence:
  declared: 2024-02-10)yaml",
    .check = check_ilc_year_uncounted,
    .reach = Reach::document,
};

constexpr std::array kRules{
    &kInternationalOrganizationType,
    &kInternationalOrganizationReview,
    &kRegionalOrganizationType,
    &kEnterpriseType,
    &kEnterpriseChannel,
    &kNgoInternational,
    &kNgoAccreditation,
    &kAcademicPartnership,
    &kIlcYearUncounted,
};

}  // namespace

RuleList eligibility_organization_rules() {
  return kRules;
}

}  // namespace gcsj::rules
