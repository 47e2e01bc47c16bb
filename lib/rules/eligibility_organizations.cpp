// Eligibility of international organizations (¶19(c)), regional organizations (¶19(d)),
// enterprises (¶19(e)), NGOs (¶19(f)) and research and academic institutions (¶19(g)).

#include <algorithm>

#include "rules/partner_helpers.hpp"
#include "rules/partner_rules.hpp"

namespace gcsj::rules::partner {
namespace {

using findings::Severity;
using model::Category;
using model::OrgType;
using model::Partner;

// Reports each `type` value outside `allowed`; returns false when `type` is absent (reported).
bool check_types(const Rule& rule, const Partner& p, std::initializer_list<OrgType> allowed,
                 std::string_view expected, Reporter& report) {
  if (p.type.absent()) {
    report.add(rule, p.where, fmt::format("{} has no `type`: {}", label(p), expected));
    return false;
  }
  if (!p.type) return false;
  if (p.type->value.empty())
    report.add(rule, p.type->where, fmt::format("`type` is empty: {}", expected));
  for (const auto& t : p.type->value)
    if (std::find(allowed.begin(), allowed.end(), t.value) == allowed.end())
      report.add(
          rule, t.where,
          fmt::format("`{}` is not a type of {}", to_string(t.value), to_string(p.category->value)),
          fmt::format("expected {}", expected));
  return true;
}

void check_international_type(const Context& context, Reporter& report) {
  for (const Partner& p : context.partners)
    if (is_category(p, Category::international_organization))
      check_types(kInternationalOrganizationType, p,
                  {OrgType::un_system, OrgType::ifi, OrgType::economic, OrgType::other},
                  "un-system, ifi, economic or other", report);
}

void check_international_review(const Context& context, Reporter& report) {
  for (const Partner& p : context.partners) {
    if (!is_category(p, Category::international_organization) || !p.type || p.type->value.empty())
      continue;
    const bool only_other = std::all_of(p.type->value.begin(), p.type->value.end(),
                                        [](const auto& t) { return t.value == OrgType::other; });
    if (only_other)
      report.add(
          kInternationalOrganizationReview, p.type->where,
          fmt::format("{} is of type `other` only: ¶19(c) names entities of the UN system, "
                      "including international financial institutions; review its eligibility",
                      label(p)));
  }
}

void check_regional_type(const Context& context, Reporter& report) {
  for (const Partner& p : context.partners) {
    if (!is_category(p, Category::regional_organization)) continue;
    check_types(kRegionalOrganizationType, p,
                {OrgType::intergovernmental, OrgType::development_bank},
                "intergovernmental or development-bank", report);
    if (p.scope.absent())
      report.add(kRegionalOrganizationType, p.where,
                 fmt::format("{} has no `scope`: regional or subregional", label(p)));
    else if (p.scope && p.scope->value != model::Scope::regional &&
             p.scope->value != model::Scope::subregional)
      report.add(
          kRegionalOrganizationType, p.scope->where,
          fmt::format("`{}` is not a scope of a regional organization", to_string(p.scope->value)),
          "expected regional or subregional");
  }
}

void check_enterprise_type(const Context& context, Reporter& report) {
  for (const Partner& p : context.partners)
    if (is_category(p, Category::enterprise))
      check_types(kEnterpriseType, p, {OrgType::enterprise, OrgType::foundation},
                  "enterprise or foundation", report);
}

void check_enterprise_channel(const Context& context, Reporter& report) {
  for (const Partner& p : context.partners) {
    if (!is_category(p, Category::enterprise)) continue;
    if (p.channel.absent())
      report.add(kEnterpriseChannel, p.where,
                 fmt::format("{} has no `channel`: enterprises join through the secretariat of the "
                             "ILO Employers' group",
                             label(p)),
                 "add `channel: employers-group`");
    else if (p.channel && p.channel->value != "employers-group")
      report.add(
          kEnterpriseChannel, p.channel->where,
          fmt::format("enterprises join through the secretariat of the ILO Employers' group, "
                      "not `{}`",
                      p.channel->value),
          "expected `channel: employers-group`");
  }
}

void check_ngo_international(const Context& context, Reporter& report) {
  for (const Partner& p : context.partners) {
    if (!is_category(p, Category::ngo)) continue;
    if (p.international.absent())
      report.add(
          kNgoInternational, p.where,
          fmt::format("{} does not say whether it is international (`international`)", label(p)));
    else if (p.international && !p.international->value)
      report.add(kNgoInternational, p.international->where,
                 "¶19(f) admits international non-governmental organizations only");
  }
}

void check_ngo_accreditation(const Context& context, Reporter& report) {
  for (const Partner& p : context.partners) {
    if (!is_category(p, Category::ngo)) continue;
    if (p.accreditation.absent()) {
      report.add(
          kNgoAccreditation, p.where,
          fmt::format("{} names no `accreditation`: the ILO Special List, past accreditation "
                      "to the Conference, or ECOSOC status",
                      label(p)));
      continue;
    }
    if (!p.accreditation) continue;
    const model::Accreditation& a = p.accreditation->value;
    const bool special_list = a.ilo_special_list && a.ilo_special_list->value;
    const bool conference = a.ilc && !a.ilc->value.empty();
    if (!special_list && !conference && !a.ecosoc && !a.ecosoc.unreadable && !a.ilc.unreadable &&
        !a.ilo_special_list.unreadable)
      report.add(
          kNgoAccreditation, p.accreditation->where,
          "no route of ¶19(f) is met: `ilo_special_list: true`, `ilc` years, or `ecosoc` status");
    if (!a.ilc) continue;
    const model::Adherence* adherence = p.adherence ? &p.adherence->value : nullptr;
    for (const auto& year : a.ilc->value) {
      if (year.value < 1919)
        report.add(kNgoAccreditation, year.where,
                   fmt::format("{} is before the first International Labour Conference (1919)",
                               year.value));
      else if (adherence && adherence->declared && year.value > adherence->declared->value.year)
        report
            .add(
                kNgoAccreditation, year.where,
                fmt::format("accreditation to the Conference of {} is after adherence was declared "
                            "in {}; ¶19(f) counts past accreditation",
                            year.value, adherence->declared->value.year))
            .related.push_back({adherence->declared->where, "adherence declared here"});
    }
  }
}

void check_academic_partnership(const Context& context, Reporter& report) {
  for (const Partner& p : context.partners) {
    if (!is_category(p, Category::academic)) continue;
    if (p.ilo_partnership.absent())
      report.add(kAcademicPartnership, p.where,
                 fmt::format("{} names no partnership with the ILO (`ilo_partnership`)", label(p)));
    else if (is_blank(p.ilo_partnership))
      report.add(kAcademicPartnership, p.ilo_partnership->where, "`ilo_partnership` is empty");
  }
}

}  // namespace

const Rule kInternationalOrganizationType{
    "international-organization-type",
    "19(c)",
    Severity::error,
    "An international organization has no type of ¶19(c).",
    "¶19(c) admits organizations, funds, programmes, specialized agencies and other entities of "
    "the UN system, including international financial institutions. `type` says which: "
    "un-system, ifi, economic (WTO, OECD, ITC and the like), other, or a list such as "
    "[un-system, ifi] for the World Bank.",
    check_international_type,
    R"yaml(category: international-organization
type: [un-system, ifi])yaml",
    R"yaml(category: international-organization
type: development-bank)yaml",
    Reach::document};

const Rule kInternationalOrganizationReview{
    "international-organization-review",
    "19(c)",
    Severity::warning,
    "An international organization is neither of the UN system nor an IFI.",
    "¶19(c) names entities of the UN system and international financial institutions. An "
    "organization whose only type is `other` may still be eligible, but needs a reviewer's look.",
    check_international_review,
    R"yaml(category: international-organization
type: un-system)yaml",
    R"yaml(category: international-organization
type: other)yaml",
    Reach::document};

const Rule kRegionalOrganizationType{
    "regional-organization-type",
    "19(d)",
    Severity::error,
    "A regional organization is not an intergovernmental organization or development bank.",
    "¶19(d) admits regional and subregional intergovernmental organizations and regional "
    "development banks: `type` is intergovernmental or development-bank, and `scope` regional "
    "or subregional.",
    check_regional_type,
    R"yaml(category: regional-organization
type: development-bank
scope: regional)yaml",
    R"yaml(category: regional-organization
type: development-bank   # no scope)yaml",
    Reach::document};

const Rule kEnterpriseType{
    "enterprise-type",
    "19(e)",
    Severity::error,
    "An enterprise partner is neither an enterprise nor a company foundation.",
    "¶19(e) admits enterprises and company foundations: `type` is enterprise or foundation.",
    check_enterprise_type,
    R"yaml(category: enterprise
type: foundation)yaml",
    R"yaml(category: enterprise
type: ngo)yaml",
    Reach::document};

const Rule kEnterpriseChannel{
    "enterprise-channel",
    "19(e)",
    Severity::error,
    "An enterprise did not join through the ILO Employers' group.",
    "¶19(e) admits enterprises and company foundations through the secretariat of the ILO "
    "Employers' group (and ¶50 has the Office write to that secretariat): `channel` is "
    "employers-group.",
    check_enterprise_channel,
    R"yaml(category: enterprise
channel: employers-group)yaml",
    R"yaml(category: enterprise
channel: direct)yaml",
    Reach::document};

const Rule kNgoInternational{
    "ngo-international",
    "19(f)",
    Severity::error,
    "An NGO partner is not international.",
    "¶19(f) admits international non-governmental organizations: `international` must be true.",
    check_ngo_international,
    R"yaml(category: ngo
international: true)yaml",
    R"yaml(category: ngo
international: false)yaml",
    Reach::document};

const Rule kNgoAccreditation{
    "ngo-accreditation",
    "19(f)",
    Severity::error,
    "An NGO meets none of the three accreditation routes of ¶19(f).",
    "¶19(f) admits international NGOs that are on the ILO Special List of NGOs, that have in the "
    "past been accredited to the International Labour Conference, or that are accredited with "
    "ECOSOC. At least one route is needed; Conference years lie in the past of the adherence.",
    check_ngo_accreditation,
    R"yaml(accreditation:
  ecosoc: special
  ilc: [2019, 2023])yaml",
    R"yaml(accreditation:
  ilo_special_list: false)yaml",
    Reach::document};

const Rule kAcademicPartnership{
    "academic-partnership",
    "19(g)",
    Severity::error,
    "A research or academic institution names no partnership with the ILO.",
    "¶19(g) admits research and academic institutions that have partnerships with the ILO: "
    "`ilo_partnership` names the agreement or programme.",
    check_academic_partnership,
    R"yaml(category: academic
ilo_partnership: MoU with the ILO Research Department (2022))yaml",
    R"yaml(category: academic   # no ilo_partnership)yaml",
    Reach::document};

}  // namespace gcsj::rules::partner
