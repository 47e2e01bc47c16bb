#include "render/changes/change_words.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "figures/figures.hpp"
#include "figures/names.hpp"
#include "figures/words.hpp"
#include "i18n/list.hpp"
#include "i18n/message.hpp"
#include "model/enum_names.hpp"
#include "render/changes/end_reason_words.hpp"

namespace gcsj::render {
namespace {

using changes::Change;
using changes::Kind;
using changes::LeaveReason;
using i18n::arg;
using i18n::Message;
using i18n::msg;
using i18n::msg_n;
using i18n::NC_;

std::string say(const ChangeWording& w, const Message& message) {
  return message.in(*w.tr);
}

// The member, with the partner it represents when that may be named.
std::string who(const Change& change, const ChangeWording& words) {
  const std::string member = words.escape(model::display_name(*change.member));
  if (!change.partner || (words.public_view && !change.partner_public)) return member;
  const std::string partner = words.partner
                                  ? words.partner(*change.partner)
                                  : words.escape(figures::partner_name(*change.partner, *words.tr));
  return say(words, msg("{member} ({partner})", arg("member", member), arg("partner", partner)));
}

// The seats and categories inside a sentence, after "a seat of" / "as": their own contexts, so a
// language writes them in lower case and the singular (« en un puesto de representante de los
// empleadores », « como socio: gobierno »), where the tables keep their capitalised labels
// (seat_term, figures::category_name_term). English writes the same words in both.
constexpr std::array<i18n::Term, 12> kSeatsInSentence{
    NC_("seat of the Coordinating Group (¶25), inside a sentence: a seat of ...",
        "Director-General of the ILO (ex officio Co-Chairperson)"),
    NC_("seat of the Coordinating Group (¶25), inside a sentence: a seat of ...",
        "Representative of the UN Secretary-General"),
    NC_("seat of the Coordinating Group (¶25), inside a sentence: a seat of ...",
        "Government representatives"),
    NC_("seat of the Coordinating Group (¶25), inside a sentence: a seat of ...",
        "Employers' representatives"),
    NC_("seat of the Coordinating Group (¶25), inside a sentence: a seat of ...",
        "Workers' representatives"),
    NC_("seat of the Coordinating Group (¶25), inside a sentence: a seat of ...",
        "Representative of an enterprise"),
    NC_("seat of the Coordinating Group (¶25), inside a sentence: a seat of ...",
        "Representative of a global union federation"),
    NC_("seat of the Coordinating Group (¶25), inside a sentence: a seat of ...",
        "Representatives of partner organizations of the UN system"),
    NC_("seat of the Coordinating Group (¶25), inside a sentence: a seat of ...",
        "Representative of the international economic organizations or IFIs"),
    NC_("seat of the Coordinating Group (¶25), inside a sentence: a seat of ...",
        "Representative of a regional organization"),
    NC_("seat of the Coordinating Group (¶25), inside a sentence: a seat of ...",
        "Representative of an international NGO"),
    NC_("seat of the Coordinating Group (¶25), inside a sentence: a seat of ...",
        "Representative of an academic institution"),
};

i18n::Term category_in_sentence(model::Category category) {
  switch (category) {
    case model::Category::government:
      return NC_("category of a partner (¶19), inside a sentence", "Government");
    case model::Category::employers_organization:
      return NC_("category of a partner (¶19), inside a sentence", "Employers' organization");
    case model::Category::workers_organization:
      return NC_("category of a partner (¶19), inside a sentence", "Workers' organization");
    case model::Category::international_organization:
      return NC_("category of a partner (¶19), inside a sentence", "International organization");
    case model::Category::regional_organization:
      return NC_("category of a partner (¶19), inside a sentence", "Regional organization");
    case model::Category::enterprise:
      return NC_("category of a partner (¶19), inside a sentence", "Enterprise");
    case model::Category::ngo:
      return NC_("category of a partner (¶19), inside a sentence", "Non-governmental organization");
    case model::Category::academic:
      return NC_("category of a partner (¶19), inside a sentence",
                 "Research or academic institution");
  }
  return {};
}

std::string seat_of(const Change& change, const ChangeWording& words) {
  if (!change.seat) return words.escape(model::display_name(*change.member));
  const auto index = static_cast<std::size_t>(*change.seat);
  const i18n::Term seat = index < kSeatsInSentence.size() ? kSeatsInSentence[index] : i18n::Term{};
  if (!change.region) return words.escape(std::string((*words.tr)(seat)));
  return words.escape(msg("{seat} ({region})", arg("seat", seat),
                          arg("region", figures::region_term(*change.region)))
                          .in(*words.tr));
}

std::string member_name(const model::Member* member, const ChangeWording& words) {
  return words.escape(model::display_name(*member));
}

std::string joined(const Change& c, const ChangeWording& w) {
  const std::string seat = seat_of(c, w);
  const std::string member = who(c, w);
  if (!c.term_end)
    return say(w, msg("{who} took a seat on the Coordinating Group: {seat}.", arg("who", member),
                      arg("seat", seat)));
  const model::Date end = *c.term_end;
  if (c.term_number == 1)
    return say(w, msg("{who} took a seat on the Coordinating Group for a first term ending on "
                      "{end}: {seat}.",
                      arg("who", member), arg("end", end), arg("seat", seat)));
  if (c.term_number == 2)
    return say(w, msg("{who} took a seat on the Coordinating Group for a second term ending on "
                      "{end}: {seat}.",
                      arg("who", member), arg("end", end), arg("seat", seat)));
  return say(
      w, msg("{who} took a seat on the Coordinating Group for term {number}, ending on "
             "{end}: {seat}.",
             arg("who", member), arg("number", c.term_number), arg("end", end), arg("seat", seat)));
}

std::string renewed(const Change& c, const ChangeWording& w) {
  const std::string seat = seat_of(c, w);
  const std::string member = who(c, w);
  if (!c.term_end)
    return say(w, msg("{who} began a new term: {seat}.", arg("who", member), arg("seat", seat)));
  if (c.term_number == 2)
    return say(w, msg("{who} was renewed for a second term ending on {end}: {seat}.",
                      arg("who", member), arg("end", *c.term_end), arg("seat", seat)));
  return say(w, msg("{who} began term {number}, ending on {end}: {seat}.", arg("who", member),
                    arg("number", c.term_number), arg("end", *c.term_end), arg("seat", seat)));
}

std::string left(const Change& c, const ChangeWording& w) {
  const std::string seat = seat_of(c, w);
  const std::string member = who(c, w);
  if (!c.last_day)
    return say(w, msg("{who} no longer sits on the Coordinating Group: {seat}.", arg("who", member),
                      arg("seat", seat)));
  const model::Date last = *c.last_day;
  switch (c.reason) {
    case LeaveReason::term_ended:
      return say(w, msg("{who} left the Coordinating Group when the term ended on {last_day}: "
                        "{seat}.",
                        arg("who", member), arg("last_day", last), arg("seat", seat)));
    case LeaveReason::ended_early:
      if (c.end_reason || c.end_note)
        return say(w,
                   msg("{who} left the Coordinating Group before the end of the term, on "
                       "{last_day} ({reason}): {seat}.",
                       arg("who", member), arg("last_day", last),
                       arg("reason", end_reason_words(c.end_reason, c.end_note, *w.tr, w.escape)),
                       arg("seat", seat)));
      return say(w, msg("{who} left the Coordinating Group before the end of the term, on "
                        "{last_day}: {seat}.",
                        arg("who", member), arg("last_day", last), arg("seat", seat)));
    case LeaveReason::partner_withdrew:
      if (!w.public_view)
        return say(w, msg("{who} left the Coordinating Group on {last_day}, as the partner "
                          "withdrew from the Coalition: {seat}.",
                          arg("who", member), arg("last_day", last), arg("seat", seat)));
      break;
    case LeaveReason::other:
      break;
  }
  return say(w, msg("{who} no longer sits on the Coordinating Group; the last day was "
                    "{last_day}: {seat}.",
                    arg("who", member), arg("last_day", last), arg("seat", seat)));
}

// One whole sentence per role: the role is part of the sentence, never a word filled in.
std::string chair(const Change& c, const ChangeWording& w) {
  const std::string seat = seat_of(c, w);
  const bool vice = c.role == model::Role::vice_chair;
  if (c.previous && c.next) {
    const auto next = arg("next", member_name(c.next, w));
    const auto previous = arg("previous", member_name(c.previous, w));
    return vice ? say(w, msg("{next} succeeded {previous} as Vice-Chairperson: {seat}.", next,
                             previous, arg("seat", seat)))
                : say(w, msg("{next} succeeded {previous} as Co-Chairperson: {seat}.", next,
                             previous, arg("seat", seat)));
  }
  if (c.next) {
    const auto next = arg("next", member_name(c.next, w));
    return vice ? say(w, msg("{next} became Vice-Chairperson: {seat}.", next, arg("seat", seat)))
                : say(w, msg("{next} became Co-Chairperson: {seat}.", next, arg("seat", seat)));
  }
  const auto previous = arg("previous", member_name(c.previous, w));
  return vice ? say(w, msg("{previous} is no longer Vice-Chairperson, and no one sitting holds "
                           "the chair: {seat}.",
                           previous, arg("seat", seat)))
              : say(w, msg("{previous} is no longer Co-Chairperson, and no one sitting holds "
                           "the chair: {seat}.",
                           previous, arg("seat", seat)));
}

std::string seats(const Change& c, const ChangeWording& w) {
  const std::string seat = seat_of(c, w);
  const auto count = static_cast<unsigned long>(c.seats);
  if (c.kind == Kind::seat_vacated)
    return say(w, msg_n("A seat fell vacant: {seat}.", "{count} seats fell vacant: {seat}.", count,
                        arg("seat", seat)));
  return say(w, msg_n("A vacant seat was filled: {seat}.",
                      "{count} vacant seats were filled: {seat}.", count, arg("seat", seat)));
}

std::string partner_of(const Change& c, const ChangeWording& w) {
  return w.partner ? w.partner(*c.partner) : w.escape(figures::partner_name(*c.partner, *w.tr));
}

std::string admitted(const Change& c, const ChangeWording& w) {
  const auto partner = arg("partner", partner_of(c, w));
  const i18n::Term region = figures::ilo_region_term(c.ilo_region);
  const auto where =
      region.msgid.empty() ? arg("region", w.escape(c.ilo_region)) : arg("region", region);
  // Its region as the tables by region count it (refdata::partner_region): a partner acting in
  // a country it does not name is told without a region.
  if (!c.partner->category) {
    if (c.international)
      return say(w, msg("{partner} was admitted as a partner, acting globally or "
                        "internationally.",
                        partner));
    return c.ilo_region.empty()
               ? say(w, msg("{partner} was admitted as a partner.", partner))
               : say(w, msg("{partner} was admitted as a partner: {region}.", partner, where));
  }
  const auto category = arg("category", category_in_sentence(c.partner->category->value));
  if (c.international)
    return say(w, msg("{partner} was admitted as a partner: {category}, global or "
                      "international.",
                      partner, category));
  return c.ilo_region.empty()
             ? say(w, msg("{partner} was admitted as a partner: {category}.", partner, category))
             : say(w, msg("{partner} was admitted as a partner: {category}, {region}.", partner,
                          category, where));
}

std::string applied(const Change& c, const ChangeWording& w) {
  const auto partner = arg("partner", partner_of(c, w));
  if (!c.partner->category)
    return say(w, msg("{partner} applied to join the Coalition and awaits a decision.", partner));
  return say(w, msg("{partner} applied to join the Coalition and awaits a decision: {category}.",
                    partner, arg("category", category_in_sentence(c.partner->category->value))));
}

std::string completed(const Change& c, const ChangeWording& w) {
  const auto partner = arg("partner", partner_of(c, w));
  const std::string* title = figures::action_title(*c.action, *w.tr);
  if (!title) return say(w, msg("{partner} completed an untitled action.", partner));
  return say(
      w, msg("{partner} completed an action: {title}.", partner, arg("title", w.escape(*title))));
}

// The hosts of a session (¶42) the wording may name: `ilo` as the Office, a partner by its name
// (or its link); in a public view, only the hosts public on TO (changes::ForumHost::is_public).
std::vector<std::string> host_names(const Change& c, const ChangeWording& w) {
  std::vector<std::string> names;
  for (const changes::ForumHost& host : c.hosts) {
    if (w.public_view && !host.is_public) continue;
    if (model::is_ilo_host(host.id))
      names.push_back(w.escape((*w.tr)(NC_("host of a session of the Forum", "the ILO"))));
    else if (host.partner)
      names.push_back(w.partner ? w.partner(*host.partner)
                                : w.escape(figures::partner_name(*host.partner, *w.tr)));
    else
      names.push_back(w.escape(host.id));
  }
  return names;
}

// ¶39-42: "The Forum of the Coalition met in Doha, convened by the ILO and Brazil." and the
// number of initiatives showcased or announced there (¶40), when there were any.
std::string forum_session(const Change& c, const ChangeWording& w) {
  const std::string forum_words(
      (*w.tr)(NC_("subject of a sentence", "The Forum of the Coalition")));
  const auto forum = arg("forum", w.forum && c.session ? w.forum(*c.session, w.escape(forum_words))
                                                       : w.escape(forum_words));
  const std::vector<std::string> hosts = host_names(c, w);
  const bool has_place = c.session && c.session->place && !c.session->place->value.empty();
  const auto place = arg("place", has_place ? w.escape(c.session->place->value) : std::string());
  const auto convened = arg("hosts", i18n::join_list(hosts, *w.tr));
  std::string out;
  if (has_place && !hosts.empty())
    out = say(w, msg("{forum} met in {place}, convened by {hosts}.", forum, place, convened));
  else if (has_place)
    out = say(w, msg("{forum} met in {place}.", forum, place));
  else if (!hosts.empty())
    out = say(w, msg("{forum} met, convened by {hosts}.", forum, convened));
  else
    out = say(w, msg("{forum} met.", forum));
  // A public view counts only what it may name (changes::Change::public_initiatives).
  const int initiatives = w.public_view ? c.public_initiatives : c.initiatives;
  if (initiatives > 0)
    out += " " + say(w, msg_n("{count} initiative was showcased or announced there.",
                              "{count} initiatives were showcased or announced there.",
                              static_cast<unsigned long>(initiatives)));
  return out;
}

constexpr std::array<i18n::Term, 12> kSeatTerms{
    NC_("seats of the Coordinating Group (¶25)",
        "Director-General of the ILO (ex officio Co-Chairperson)"),
    NC_("seats of the Coordinating Group (¶25)", "Representative of the UN Secretary-General"),
    NC_("seats of the Coordinating Group (¶25)", "Government representatives"),
    NC_("seats of the Coordinating Group (¶25)", "Employers' representatives"),
    NC_("seats of the Coordinating Group (¶25)", "Workers' representatives"),
    NC_("seats of the Coordinating Group (¶25)", "Representative of an enterprise"),
    NC_("seats of the Coordinating Group (¶25)", "Representative of a global union federation"),
    NC_("seats of the Coordinating Group (¶25)",
        "Representatives of partner organizations of the UN system"),
    NC_("seats of the Coordinating Group (¶25)",
        "Representative of the international economic organizations or IFIs"),
    NC_("seats of the Coordinating Group (¶25)", "Representative of a regional organization"),
    NC_("seats of the Coordinating Group (¶25)", "Representative of an international NGO"),
    NC_("seats of the Coordinating Group (¶25)", "Representative of an academic institution"),
};

constexpr std::array<i18n::Term, 5> kGenderTerms{
    NC_("gender of sitting members", "Women"),
    NC_("gender of sitting members", "Men"),
    NC_("gender of sitting members", "Non-binary"),
    NC_("gender of sitting members", "Gender undisclosed"),
    NC_("gender of sitting members", "Gender not stated"),
};

constexpr std::array<i18n::Term, 12> kTitles{
    NC_("title of a change", "Coordinating Group established"),
    NC_("title of a change", "New partner"),
    NC_("title of a change", "Partner withdrawn"),
    NC_("title of a change", "Application pending"),
    NC_("title of a change", "Coordinating Group: a member left"),
    NC_("title of a change", "Coordinating Group: a new member"),
    NC_("title of a change", "Coordinating Group: a term renewed"),
    NC_("title of a change", "Coordinating Group: a chair changed"),
    NC_("title of a change", "Coordinating Group: a seat vacant"),
    NC_("title of a change", "Coordinating Group: a seat filled"),
    NC_("title of a change", "Action completed"),
    NC_("title of a change", "A session of the Forum"),
};

i18n::Term title_term(Kind kind) {
  switch (kind) {
    case Kind::group_established:
      return kTitles[0];
    case Kind::partner_admitted:
    case Kind::partner_published:  // to the public, a new partner on the day it is told
      return kTitles[1];
    case Kind::partner_withdrew:
      return kTitles[2];
    case Kind::application_pending:
      return kTitles[3];
    case Kind::member_left:
      return kTitles[4];
    case Kind::member_joined:
      return kTitles[5];
    case Kind::member_renewed:
      return kTitles[6];
    case Kind::chair_changed:
      return kTitles[7];
    case Kind::seat_vacated:
      return kTitles[8];
    case Kind::seat_filled:
      return kTitles[9];
    case Kind::action_completed:
      return kTitles[10];
    case Kind::forum_session:
      return kTitles[11];
  }
  return {};
}

}  // namespace

std::string partner_display_name(const model::Partner& partner) {
  return figures::partner_name(partner, i18n::Translator::english());
}

i18n::Term seat_term(model::Seat seat) {
  const auto index = static_cast<std::size_t>(seat);
  return index < kSeatTerms.size() ? kSeatTerms[index] : i18n::Term{};
}

std::string seat_label(model::Seat seat, std::optional<model::GovernmentRegion> region,
                       const i18n::Translator& tr) {
  if (!region) return std::string(tr(seat_term(seat)));
  return msg("{seat} ({region})", arg("seat", seat_term(seat)),
             arg("region", figures::region_term(*region)))
      .in(tr);
}

std::string seat_label(model::Seat seat, std::optional<model::GovernmentRegion> region) {
  return seat_label(seat, region, i18n::Translator::english());
}

std::string_view gender_label(std::size_t index, const i18n::Translator& tr) {
  return tr(kGenderTerms[std::min(index, kGenderTerms.size() - 1)]);
}

std::string_view gender_label(std::size_t index) {
  return gender_label(index, i18n::Translator::english());
}

std::string change_sentence(const Change& c, const ChangeWording& w) {
  switch (c.kind) {
    case Kind::group_established:
      return say(w, msg("The Coordinating Group was established."));
    case Kind::partner_admitted:
      // The secretariat reads that the public is told later (the portal tells it on that day).
      if (!w.public_view && c.partner->published && c.partner->published->value > c.date)
        return admitted(c, w) + " " +
               say(w, msg("It is made public on {published} (¶18).",
                          arg("published", c.partner->published->value)));
      return admitted(c, w);
    case Kind::partner_published:
      // The public learns of the new partner on this day, in the words of an admission; the
      // secretariat reads when it was admitted.
      if (w.public_view) return admitted(c, w);
      return say(
          w, msg("{partner}, admitted on {admitted}, was made public as a partner.",
                 arg("partner", partner_of(c, w)), arg("admitted", c.partner->admitted->value)));
    case Kind::partner_withdrew:
      return say(w,
                 msg("{partner} withdrew from the Coalition.", arg("partner", partner_of(c, w))));
    case Kind::application_pending:
      return applied(c, w);
    case Kind::member_left:
      return left(c, w);
    case Kind::member_joined:
      return joined(c, w);
    case Kind::member_renewed:
      return renewed(c, w);
    case Kind::chair_changed:
      return chair(c, w);
    case Kind::seat_vacated:
    case Kind::seat_filled:
      return seats(c, w);
    case Kind::action_completed:
      return completed(c, w);
    case Kind::forum_session:
      return forum_session(c, w);
  }
  return {};
}

std::string_view change_title(Kind kind, const i18n::Translator& tr) {
  return tr(title_term(kind));
}

std::string_view change_title(Kind kind) {
  return title_term(kind).msgid;
}

std::string_view kind_key(Kind kind) {
  switch (kind) {
    case Kind::group_established:
      return "group-established";
    case Kind::partner_admitted:
      return "partner-admitted";
    case Kind::partner_published:
      return "partner-published";
    case Kind::partner_withdrew:
      return "partner-withdrew";
    case Kind::application_pending:
      return "application-pending";
    case Kind::member_left:
      return "member-left";
    case Kind::member_joined:
      return "member-joined";
    case Kind::member_renewed:
      return "member-renewed";
    case Kind::chair_changed:
      return "chair-changed";
    case Kind::seat_vacated:
      return "seat-vacated";
    case Kind::seat_filled:
      return "seat-filled";
    case Kind::action_completed:
      return "action-completed";
    case Kind::forum_session:
      return "forum-session";
  }
  return {};
}

std::string_view reason_key(LeaveReason reason) {
  switch (reason) {
    case LeaveReason::term_ended:
      return "term-ended";
    case LeaveReason::ended_early:
      return "ended-early";
    case LeaveReason::partner_withdrew:
      return "partner-withdrew";
    case LeaveReason::other:
      return "other";
  }
  return {};
}

std::string region_count(const changes::RegionBalance& region, const i18n::Translator& tr) {
  if (!region.seats) return std::to_string(region.sitting);
  return i18n::msg("{sitting} of {seats}", i18n::arg("sitting", region.sitting),
                   i18n::arg("seats", *region.seats))
      .in(tr);
}

i18n::Message applications_counted(const changes::Counts& counts) {
  return i18n::msg(
      "Applications received: {received}; partners admitted: {admitted}; applications declined: "
      "{declined}.",
      i18n::arg("received", counts.received), i18n::arg("admitted", counts.admitted),
      i18n::arg("declined", counts.declined));
}

}  // namespace gcsj::render
