#include "lsp/key_meanings.hpp"

#include <array>
#include <string>

#include "check/catalogue.hpp"
#include "i18n/translator.hpp"
#include "load/forum_reader.hpp"
#include "load/group_reader.hpp"
#include "load/partner_reader.hpp"

namespace gcsj::lsp {
namespace {

using i18n::N_;

// The meanings say what a key is for, with the paragraph of GB.349/INS/4 it serves; the rules say
// which rules judge it (the catalogue's ids, held to it by a test).
constexpr KeyMeaning kMeanings[] = {
    {"partner", "kind", N_("The kind of document: `partner` for a partner of the Coalition."),
     "missing-kind"},
    {"partner", "id",
     N_("The partner's id: unique, lower-case kebab-case; the file is named after it, and "
        "`partner:` and `with:` name the partner by it."),
     "missing-key partner-id-format duplicate-partner-id file-name-matches-id"},
    {"partner", "name", N_("The partner's name, as the portal and the report show it."),
     "missing-key"},
    {"partner", "name_fr",
     N_("The partner's name in French, preferred by the portal's French pages."), ""},
    {"partner", "name_es",
     N_("The partner's name in Spanish, preferred by the portal's Spanish pages."), ""},
    {"partner", "category",
     N_("The category of partner of ¶19(a)-(g): it decides the conditions of eligibility and the "
        "keys that apply."),
     "missing-key"},
    {"partner", "status",
     N_("Where the partnership stands: `applied`, `admitted`, `withdrawn` or `declined` (¶18)."),
     "missing-key status-dates"},
    {"partner", "admitted", N_("The date the partner was admitted (¶18), YYYY-MM-DD."),
     "status-dates date-order"},
    {"partner", "withdrawn", N_("The date the partner withdrew from the Coalition, YYYY-MM-DD."),
     "status-dates date-order"},
    {"partner", "applied",
     N_("When the secretariat received the application (¶18); not after `admitted` or `declined`."),
     "status-dates date-order"},
    {"partner", "declined",
     N_("The date of the decision not to admit the application; required when the status is "
        "`declined`."),
     "status-dates"},
    {"partner", "decision", N_("Why the application was declined; never published."),
     "decision-without-decline"},
    {"partner", "published", N_("The date the secretariat made the partnership public (¶18)."),
     "status-dates date-order"},
    {"partner", "adherence",
     N_("The formal expression of adherence (¶18) to the commitments of ¶16."),
     "adherence-declared adherence-advocate-uphold adherence-contribute"},
    {"partner", "adherence.declared", N_("When adherence was formally expressed (¶18)."),
     "adherence-declared date-order"},
    {"partner", "adherence.advocate", N_("The commitment to advocate for social justice (¶16(a))."),
     "adherence-advocate-uphold"},
    {"partner", "adherence.uphold",
     N_("The commitment to uphold the principles and values of the UN and the ILO, the fundamental "
        "principles and rights at work included (¶16(a))."),
     "adherence-advocate-uphold"},
    {"partner", "adherence.contribute",
     N_("The commitment to contribute to the Coalition's work (¶16(b))."), "adherence-contribute"},
    {"partner", "adherence.levels",
     N_("The levels at which the partner contributes: `global`, `regional`, `national` (¶16(b))."),
     "adherence-contribute"},
    {"partner", "adherence.evidence", N_("A reference to the document that records the adherence."),
     ""},
    {"partner", "actions", N_("The actions or initiatives the partner commits to (¶16(c), ¶34)."),
     "actions-required"},
    {"partner", "actions.title", N_("The action's title."), "actions-required"},
    {"partner", "actions.title_fr",
     N_("The action's title in French, preferred by the portal's French pages."), ""},
    {"partner", "actions.title_es",
     N_("The action's title in Spanish, preferred by the portal's Spanish pages."), ""},
    {"partner", "actions.domains", N_("The thematic domains of ¶35(i)-(vi) the action serves."),
     "action-domains"},
    {"partner", "actions.priorities", N_("The initial priorities of ¶36(a)-(d) the action serves."),
     "action-priorities"},
    {"partner", "actions.sdgs",
     N_("The Sustainable Development Goals the action serves, by number (1-17)."), "action-sdgs"},
    {"partner", "actions.countries",
     N_("The countries where the action takes place, as ISO 3166-1 alpha-2 codes."),
     "action-countries"},
    {"partner", "actions.with", N_("The ids of the partners the action is undertaken with."),
     "action-with-partner"},
    {"partner", "actions.with_others",
     N_("Others the action is undertaken with, who are not partners, in words."), ""},
    {"partner", "actions.status",
     N_("Where the action stands: `pledged`, `ongoing` or `completed`."), ""},
    {"partner", "actions.progress",
     N_("Voluntary reports of the action's progress (¶17), each dated."), ""},
    {"partner", "actions.progress.date", N_("The date of the progress report, YYYY-MM-DD."), ""},
    {"partner", "actions.progress.summary", N_("What the progress report says."), ""},
    {"partner", "support",
     N_("The kinds of support the partner gives the Coalition: `advocacy`, `in-kind`, `financial` "
        "(¶12)."),
     ""},
    {"partner", "champions", N_("The topics the partner champions with others (¶34)."), ""},
    {"partner", "website", N_("The partner's website."), ""},
    {"partner", "contact", N_("How to reach the partner, published on the portal."), ""},
    {"partner", "contacts",
     N_("The partner's focal points; never published, never in the progress report."), ""},
    {"partner", "contacts.name", N_("The focal point's name."), ""},
    {"partner", "contacts.role", N_("The focal point's role in the partner's organization."), ""},
    {"partner", "contacts.email", N_("The focal point's email address."), ""},
    {"partner", "contacts.phone", N_("The focal point's telephone number."), ""},
    {"partner", "contacts.language",
     N_("The language the focal point is written to in: `en`, `fr` or `es`."), ""},
    {"partner", "country",
     N_("Where the partner is based, as an ISO 3166-1 alpha-2 code in upper case (NO is Norway); "
        "required of governments and of national employers' and workers' organizations (¶19(a), "
        "¶19(b))."),
     "government-country government-ilo-member one-government-per-country social-partner-national "
     "partner-country"},
    {"partner", "scope", N_("The organization's scope (footnote 9 of ¶19(b); ¶19(d))."),
     "social-partner-scope social-partner-national regional-organization-type"},
    {"partner", "representative",
     N_("Whether a national employers' or workers' organization is representative in its country "
        "(footnote 9)."),
     "social-partner-national"},
    {"partner", "sectoral",
     N_("Whether the employers' or workers' organization is sectoral (footnote 9)."),
     "social-partner-scope"},
    {"partner", "type", N_("The type of organization its category of ¶19(c)-(e) admits."),
     "international-organization-type international-organization-review regional-organization-type "
     "enterprise-type"},
    {"partner", "channel",
     N_("How an enterprise applied: `employers-group`, through the secretariat of the ILO "
        "Employers' group (¶19(e))."),
     "enterprise-channel"},
    {"partner", "international", N_("Whether the NGO is international (¶19(f))."),
     "ngo-international"},
    {"partner", "accreditation",
     N_("The NGO's accreditation (¶19(f)): the ILO Special List, past accreditation to the "
        "International Labour Conference, or consultative status with ECOSOC."),
     "ngo-accreditation ilc-year-uncounted"},
    {"partner", "accreditation.ilo_special_list",
     N_("Whether the NGO is on the ILO Special List of NGOs."), "ngo-accreditation"},
    {"partner", "accreditation.ilc",
     N_("The years of the NGO's past accreditation to the International Labour Conference."),
     "ngo-accreditation ilc-year-uncounted"},
    {"partner", "accreditation.ecosoc",
     N_("The NGO's consultative status with ECOSOC: `general`, `special` or `roster`."),
     "ngo-accreditation"},
    {"partner", "accreditation.evidence",
     N_("A reference to the document that records the accreditation."), ""},
    {"partner", "ilo_partnership",
     N_("The institution's partnership with the ILO: an agreement or a programme (¶19(g))."),
     "academic-partnership"},
    {"coordinating-group", "kind",
     N_("The kind of document: `coordinating-group` for the Coordinating Group (¶21-26)."),
     "missing-kind one-coordinating-group"},
    {"coordinating-group", "established",
     N_("The date the Group was established; no term starts before it."),
     "term-before-established"},
    {"coordinating-group", "government_seats",
     N_("How the twelve Government seats of ¶25(c) are split among the regions."),
     "government-seats-total government-region-coverage"},
    {"coordinating-group", "gender_balance_max_share",
     N_("The largest share of the sitting members one gender may hold before the Group is not "
        "gender-balanced (¶26)."),
     "gender-balance"},
    {"coordinating-group", "members",
     N_("The members of the Group, past and present, each in a seat of ¶25."),
     "seat-capacity seat-vacant"},
    {"coordinating-group", "members.name", N_("The member's name."), "one-seat-per-person"},
    {"coordinating-group", "members.partner",
     N_("The id of the partner the member represents (¶21)."),
     "member-partner-exists seat-partner-category term-within-partnership"},
    {"coordinating-group", "members.seat", N_("The seat of ¶25(a)-(k) the member holds."),
     "seat-partner-category seat-capacity nominating-body"},
    {"coordinating-group", "members.region",
     N_("The region of the Government group a government member sits for (¶25(c))."),
     "member-region member-region-uncertain one-seat-per-country"},
    {"coordinating-group", "members.role",
     N_("The member's role: `co-chair`, `vice-chair` or `member` (¶25)."),
     "chair-roles director-general-co-chair role-and-roles"},
    {"coordinating-group", "members.roles",
     N_("Chair roles held for part of the membership, each within the member's terms (¶25)."),
     "chair-role-periods role-and-roles"},
    {"coordinating-group", "members.roles.role", N_("The chair role held in this period."),
     "chair-roles chair-role-periods"},
    {"coordinating-group", "members.roles.since", N_("The first day the role is held."),
     "chair-role-periods"},
    {"coordinating-group", "members.roles.until",
     N_("The last day the role is held; absent, it is held while the member sits."),
     "chair-role-periods"},
    {"coordinating-group", "members.level",
     N_("The member's level: `ministerial`, `equivalent` or `senior-official` (¶26)."),
     "member-level"},
    {"coordinating-group", "members.gender",
     N_("The member's gender, for the gender balance of ¶26."), "gender-balance"},
    {"coordinating-group", "members.delegates",
     N_("Those who stand in for the member at meetings."), ""},
    {"coordinating-group", "members.delegates.name", N_("The delegate's name."), ""},
    {"coordinating-group", "members.delegates.level", N_("The delegate's level."), ""},
    {"coordinating-group", "members.terms",
     N_("The member's terms: two years each, renewable once (¶23)."),
     "member-terms term-length term-order term-renewal-limit"},
    {"coordinating-group", "members.terms.start", N_("The first day of the term."),
     "term-length term-order term-before-established term-within-partnership"},
    {"coordinating-group", "members.terms.end",
     N_("The last day of a term that ends early; absent, the term lasts two years (¶23)."),
     "term-length term-expiring"},
    {"coordinating-group", "members.terms.end_reason",
     N_("Why the term ended early: `resigned`, `replaced`, `deceased` or `other` (with "
        "`end_note`)."),
     "end-reason"},
    {"coordinating-group", "members.terms.end_note",
     N_("The reason in words: what `other` is, or more about a reason."), "end-reason"},
    {"coordinating-group", "members.terms.nominated_by",
     N_("The body that nominated the member for this term (¶25), or proposed its renewal (¶23)."),
     "nominating-body renewal-nominator"},
    {"coordinating-group", "members.terms.evidence",
     N_("A reference to the document that records the nomination."), ""},
    {"coordinating-group", "members.since",
     N_("The Director-General only: the first day in office (¶25(a))."),
     "director-general-period director-general-overlap"},
    {"coordinating-group", "members.until",
     N_("The Director-General only: the last day in office; absent, still in office."),
     "director-general-period director-general-overlap"},
    {"coordinating-group", "meetings", N_("The Group's meetings: at least twice a year (¶24)."),
     "meeting-frequency"},
    {"coordinating-group", "meetings.date", N_("The date of the meeting."), "meeting-frequency"},
    {"forum", "kind", N_("The kind of document: `forum` for the Coalition's Forum (¶39-42)."),
     "missing-kind one-forum"},
    {"forum", "sessions", N_("The sessions of the Forum, which meets once a year (¶39)."),
     "forum-yearly"},
    {"forum", "sessions.date", N_("The (first) day of the session (¶39)."),
     "forum-dates forum-yearly"},
    {"forum", "sessions.end", N_("The last day of a session of several days, not before `date`."),
     "forum-dates"},
    {"forum", "sessions.title", N_("The session's title."), ""},
    {"forum", "sessions.place", N_("Where the session met; none for a remote session."),
     "forum-format"},
    {"forum", "sessions.format",
     N_("How the session met: `in-person`, `remote` or `hybrid` (¶41)."), "forum-format"},
    {"forum", "sessions.hosts",
     N_("Who hosted or co-convened the session: `ilo` and the ids of partners admitted on its date "
        "(¶42)."),
     "forum-host"},
    {"forum", "sessions.alongside",
     N_("The major global event the session was held alongside (¶42)."), ""},
    {"forum", "sessions.initiatives",
     N_("The initiatives showcased or announced at the session (¶40)."),
     "forum-initiative forum-action"},
    {"forum", "sessions.initiatives.partner",
     N_("The id of a partner admitted on the session's date (¶40)."), "forum-initiative"},
    {"forum", "sessions.initiatives.action",
     N_("The title of one of that partner's actions (¶34)."), "forum-action"},
};

}  // namespace

std::span<const KeyMeaning> key_meanings() {
  return kMeanings;
}

const KeyMeaning* key_meaning(std::string_view kind, std::string_view path) {
  for (const KeyMeaning& meaning : kMeanings)
    if (meaning.kind == kind && meaning.path == path) return &meaning;
  return nullptr;
}

std::vector<const findings::Rule*> rules_of(const KeyMeaning& meaning) {
  std::vector<const findings::Rule*> out;
  std::string_view ids = meaning.rules;
  while (!ids.empty()) {
    const std::size_t space = ids.find(' ');
    const std::string_view id = ids.substr(0, space);
    if (const findings::Rule* rule = check::find_rule(id)) out.push_back(rule);
    ids = space == std::string_view::npos ? std::string_view{} : ids.substr(space + 1);
  }
  return out;
}

std::vector<std::string> key_paths_of(std::string_view kind) {
  if (kind == "partner") return load::partner_key_paths();
  if (kind == "coordinating-group") return load::group_key_paths();
  if (kind == "forum") return load::forum_key_paths();
  return {};
}

}  // namespace gcsj::lsp
