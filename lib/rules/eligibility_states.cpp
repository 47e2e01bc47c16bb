// Eligibility of governments (¶19(a)) and of employers' and workers' organizations (¶19(b) with
// footnote 9), and the country where any other partner is based (v1.1).

#include <algorithm>
#include <map>

#include <array>

#include "refdata/reference_data.hpp"
#include "rules/partner_helpers.hpp"
#include "rules/rules.hpp"

namespace gcsj::rules {
namespace {

using i18n::arg;
using i18n::msg;
using i18n::N_;
using model::Category;
using model::Partner;
using model::Scope;

bool is_social_partner(const Partner& p) {
  return is_category(p, Category::employers_organization) ||
         is_category(p, Category::workers_organization);
}

// Reports `country`, which is not a country code; written in the wrong case (`br`), the code it
// means is its fix.
findings::Finding& report_not_a_code(const Context& context,
                                     const model::Located<std::string>& country, Reporter& out) {
  std::string upper = country.value;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  const bool in_wrong_case = upper != country.value && context.reference.is_country_code(upper);
  auto& finding =
      out.add(country.where,
              msg("`{code}` is not an ISO 3166-1 alpha-2 country code", arg("code", country.value)),
              in_wrong_case ? msg("country codes are upper case: `{code}`", arg("code", upper))
                            : msg("use the ISO 3166-1 alpha-2 code, such as BR or NO"));
  if (in_wrong_case) finding.fix = findings::replacing(country.where, std::move(upper));
  return finding;
}

void check_government_country(const Context& context, Reporter& out) {
  for (const Partner& p : context.partners) {
    if (!is_category(p, Category::government)) continue;
    if (p.country.absent())
      out.add(p.where, p.id ? msg("the government partner `{partner}` has no `country`",
                                  arg("partner", p.id->value))
                            : msg("this government partner has no `country`"))
          .missing_key = "country";
    else if (p.country && !context.reference.is_country_code(p.country->value))
      report_not_a_code(context, *p.country, out);
  }
}

void check_government_member(const Context& context, Reporter& out) {
  for (const Partner& p : context.partners) {
    if (!is_category(p, Category::government) || !p.country) continue;
    const std::string& code = p.country->value;
    if (context.reference.is_country_code(code) && !context.reference.member_state(code))
      out.add(p.country->where,
              msg("`{code}` is not the code of an ILO member State ({country})",
                  arg("country", context.reference.country_term(code)), arg("code", code)),
              msg("the bundled list of 187 member States dates from 2025; check it if this is "
                  "new"));
  }
}

void check_one_government_per_country(const Context& context, Reporter& out) {
  const auto& registry = context.registry;
  std::vector<const model::PartnerDigest*> governments;
  for (const auto& p : registry.digests)
    if (model::is_category(p, Category::government) && p.country &&
        !model::is_withdrawn_on(p, context.as_of) && !model::is_declined(p))
      governments.push_back(&p);
  // Sorted by country, then admitted on the date judged before not (yet) admitted, then path
  // order: each run of one country starts with the partner that keeps it, so a pending
  // application for a country that has a government partner is the one blamed, whatever the
  // files are named.
  std::stable_sort(governments.begin(), governments.end(), [&](const auto* a, const auto* b) {
    if (a->country->value != b->country->value) return a->country->value < b->country->value;
    const bool a_admitted = model::is_admitted_on(*a, context.as_of);
    if (a_admitted != model::is_admitted_on(*b, context.as_of)) return a_admitted;
    const auto& fa = registry.file(a->where.file).path;
    const auto& fb = registry.file(b->where.file).path;
    return fa != fb ? fa < fb : a->where < b->where;
  });
  for (std::size_t i = 1, first = 0; i < governments.size(); ++i) {
    const auto& p = *governments[i];
    const auto& kept = *governments[first];
    if (p.country->value != kept.country->value) {
      first = i;
      continue;
    }
    out.add(p.country->where,
            kept.id ? msg("{code} already has a government partner, `{partner}`",
                          arg("code", p.country->value), arg("partner", kept.id->value))
                    : msg("{code} already has a government partner", arg("code", p.country->value)))
        .related.push_back({kept.country->where, msg("the other government partner")});
  }
}

void check_social_partner_scope(const Context& context, Reporter& out) {
  for (const Partner& p : context.partners) {
    if (!is_social_partner(p)) continue;
    const bool workers = is_category(p, Category::workers_organization);
    const i18n::Message expected =
        workers
            // TRANSLATORS: values of `scope`, written as the registry writes them: translate
            // "or" only.
            ? msg("national, international or group-secretariat")
            // TRANSLATORS: values of `scope`, written as the registry writes them: translate
            // "or" only.
            : msg("national, international, business-membership or group-secretariat");
    const auto not_a_scope = [&](std::string_view word, const model::Location& where) {
      out.add(where,
              workers ? msg("`{scope}` is not a scope of workers' organizations under footnote 9",
                            arg("scope", word))
                      : msg("`{scope}` is not a scope of employers' organizations under footnote 9",
                            arg("scope", word)),
              msg("expected {values}", arg("values", expected)));
    };
    if (p.scope_word) {
      not_a_scope(p.scope_word->value, p.scope_word->where);
      continue;
    }
    if (p.scope.absent()) {
      out.add(p.where, msg("{partner} has no `scope`: {values}", arg("partner", label(p)),
                           arg("values", expected)))
          .missing_key = "scope";
      continue;
    }
    if (!p.scope) continue;
    const Scope scope = p.scope->value;
    const bool fits = scope == Scope::national || scope == Scope::international ||
                      scope == Scope::group_secretariat ||
                      (!workers && scope == Scope::business_membership);
    if (!fits) not_a_scope(to_string(scope), p.scope->where);
  }
}

void check_social_partner_national(const Context& context, Reporter& out) {
  for (const Partner& p : context.partners) {
    if (!is_social_partner(p) || !p.scope || p.scope->value != Scope::national) continue;
    if (p.country.absent()) {
      out.add(p.where,
              msg("{partner} is a national organization without `country`: footnote 9 admits "
                  "those of ILO member States",
                  arg("partner", label(p))))
          .missing_key = "country";
    } else if (p.country) {
      const std::string& code = p.country->value;
      if (!context.reference.is_country_code(code))
        report_not_a_code(context, *p.country, out);
      else if (!context.reference.member_state(code))
        out.add(p.country->where,
                msg("`{code}` is not the code of an ILO member State ({country}); footnote 9 "
                    "admits national organizations of member States only",
                    arg("country", context.reference.country_term(code)), arg("code", code)));
    }
    if (p.representative.absent())
      out.add(p.where, msg("{partner} is a national organization without `representative: true`: "
                           "footnote 9 admits representative national organizations",
                           arg("partner", label(p))))
          .missing_key = "representative";
    else if (p.representative && !p.representative->value)
      out.add(p.representative->where,
              msg("footnote 9 admits representative national organizations only"));
  }
}

constexpr Rule kGovernmentCountry{
    .id = "government-country",
    .paragraph = "19(a)",
    .severity = Severity::error,
    .summary = N_("A government partner names no valid country."),
    .explanation =
        N_("¶19(a) admits governments; a government partner is identified by its country, an ISO "
           "3166-1 alpha-2 code in upper case (NO is Norway, never false)."),
    .passing = R"yaml(category: government
country: NO)yaml",
    .failing = R"yaml(category: government
country: Norway)yaml",
    .check = check_government_country,
    .reach = Reach::document,
};

constexpr Rule kGovernmentIloMember{
    .id = "government-ilo-member",
    .paragraph = "19(a)",
    .severity = Severity::warning,
    .summary = N_("A government partner's country is not an ILO member State."),
    .explanation = N_(
        "¶19(a) speaks of governments, and the Coalition is the ILO's: a government of a State "
        "that is not among the ILO's 187 member States is worth a review. The bundled list dates "
        "from 2025."),
    .passing = R"yaml(category: government
country: PT)yaml",
    .failing = R"yaml(category: government
country: LI   # not an ILO member State)yaml",
    .check = check_government_member,
    .reach = Reach::document,
};

constexpr Rule kOneGovernmentPerCountry{
    .id = "one-government-per-country",
    .paragraph = "19(a)",
    .severity = Severity::error,
    .summary = N_("A country has two government partners."),
    .explanation =
        N_("A State joins the Coalition once, through its government (¶19(a)). A second government "
           "partner for a country whose first has not withdrawn is reported, naming the first."),
    .passing = R"yaml(# partners/kenya.yaml
category: government
country: KE)yaml",
    .failing = R"yaml(# partners/kenya.yaml and partners/kenya-labour.yaml
category: government
country: KE)yaml",
    .check = check_one_government_per_country,
    .reach = Reach::registry,
};

constexpr Rule kSocialPartnerScope{
    .id = "social-partner-scope",
    .paragraph = "19(b)",
    .severity = Severity::error,
    .summary = N_("An employers' or workers' organization has no scope footnote 9 admits."),
    .explanation =
        N_("Footnote 9 to ¶19(b) lists the organizations admitted: representative national "
           "organizations, international (and global, including sectoral) organizations, business "
           "membership organizations (employers only) and the secretariats of the Employers' and "
           "Workers' groups. `scope` says which one a partner is."),
    .passing = R"yaml(category: workers-organization
scope: international)yaml",
    .failing = R"yaml(category: workers-organization
scope: business-membership)yaml",
    .check = check_social_partner_scope,
    .reach = Reach::document,
};

constexpr Rule kSocialPartnerNational{
    .id = "social-partner-national",
    .paragraph = "19(b)",
    .severity = Severity::error,
    .summary =
        N_("A national employers' or workers' organization is not a representative one of a member "
           "State."),
    .explanation =
        N_("Footnote 9 to ¶19(b) admits representative national employers' and workers' "
           "organizations of ILO member States: a national one names its `country`, an ILO member "
           "State, and declares `representative: true`."),
    .passing = R"yaml(scope: national
country: KE
representative: true)yaml",
    .failing = R"yaml(scope: national
country: KE
representative: false)yaml",
    .check = check_social_partner_national,
    .reach = Reach::document,
};

// True when another rule of this file judges the partner's `country`: governments
// (government-country) and national employers' and workers' organizations
// (social-partner-national), so that a wrong code is reported once.
bool country_judged_elsewhere(const Partner& p) {
  if (is_category(p, Category::government)) return true;
  return is_social_partner(p) && p.scope && p.scope->value == Scope::national;
}

// `country` on every other category (v1.1): where the partner is based, a code that is a country.
// A declined application is judged by the keys common to every partner only (spec section 2):
// the rules of ¶19(a), (b) do not see it, so this one judges its `country` whatever its category.
void check_partner_country(const Context& context, Reporter& out) {
  for (const Partner& p : context.partners) {
    if (!p.country || (!model::is_declined(p) && country_judged_elsewhere(p))) continue;
    const std::string& code = p.country->value;
    if (context.reference.is_country_code(code)) continue;
    findings::Finding& f = report_not_a_code(context, *p.country, out);
    // The paragraph of the category that admits the partner, "19(g)" for an academic
    // institution; "19" when the category is unknown.
    if (p.category) f.paragraph = model::category_paragraph(p.category->value);
  }
}

constexpr Rule kPartnerCountry{
    .id = "partner-country",
    .paragraph = "19",
    .severity = Severity::error,
    .summary = N_("The country where a partner is based is not a valid country code."),
    .explanation = N_(
        "Any partner may say where it is based (its headquarters) with `country`, an ISO 3166-1 "
        "alpha-2 code in upper case; the report and the portal count it in the ILO region of that "
        "country when it acts in one country. A code that is no country is an error, citing the "
        "letter of ¶19 that admits the partner's category. The country of a government and of a "
        "national employers' or workers' organization is judged by the rules of ¶19(a) and "
        "¶19(b), but on a declined application, which those rules do not judge."),
    .passing = R"yaml(category: academic
country: KE)yaml",
    .failing = R"yaml(category: academic
country: Nairobi)yaml",
    .check = check_partner_country,
    .reach = Reach::document,
};

constexpr std::array kRules{
    &kGovernmentCountry,  &kGovernmentIloMember,   &kOneGovernmentPerCountry,
    &kSocialPartnerScope, &kSocialPartnerNational,
};

// Its own list, since a declined application's `country` is judged too (catalogue.cpp).
constexpr std::array kWhereBasedRules{&kPartnerCountry};

}  // namespace

RuleList eligibility_state_rules() {
  return kRules;
}

RuleList where_based_rules() {
  return kWhereBasedRules;
}

}  // namespace gcsj::rules
