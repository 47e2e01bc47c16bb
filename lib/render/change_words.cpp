#include "render/change_words.hpp"

#include <fmt/format.h>

#include "figures/figures.hpp"
#include "figures/words.hpp"
#include "group/seats.hpp"
#include "model/enum_names.hpp"
#include "util/text.hpp"

namespace gcsj::render {
namespace {

using changes::Change;
using changes::Kind;
using changes::LeaveReason;

// The member, with the partner it represents when that may be named.
std::string who(const Change& change, const ChangeWording& words) {
  const std::string member = words.escape(model::display_name(*change.member));
  if (!change.partner || (words.public_view && !change.partner_public)) return member;
  const std::string partner = words.partner ? words.partner(*change.partner)
                                            : words.escape(partner_display_name(*change.partner));
  return fmt::format("{member} ({partner})", fmt::arg("member", member),
                     fmt::arg("partner", partner));
}

std::string seat_of(const Change& change, const ChangeWording& words) {
  if (!change.seat) return words.escape(model::display_name(*change.member));
  return words.escape(seat_label(*change.seat, change.region));
}

std::string member_name(const model::Member* member, const ChangeWording& words) {
  return words.escape(model::display_name(*member));
}

std::string joined(const Change& c, const ChangeWording& w) {
  const std::string seat = seat_of(c, w);
  const std::string member = who(c, w);
  if (!c.term_end)
    return fmt::format("{who} took a seat on the Coordinating Group: {seat}.",
                       fmt::arg("who", member), fmt::arg("seat", seat));
  const std::string end = c.term_end->iso();
  if (c.term_number == 1)
    return fmt::format(
        "{who} took a seat on the Coordinating Group for a first term ending on {end}: {seat}.",
        fmt::arg("who", member), fmt::arg("end", end), fmt::arg("seat", seat));
  if (c.term_number == 2)
    return fmt::format(
        "{who} took a seat on the Coordinating Group for a second term ending on {end}: {seat}.",
        fmt::arg("who", member), fmt::arg("end", end), fmt::arg("seat", seat));
  return fmt::format(
      "{who} took a seat on the Coordinating Group for term {number}, ending on {end}: {seat}.",
      fmt::arg("who", member), fmt::arg("number", c.term_number), fmt::arg("end", end),
      fmt::arg("seat", seat));
}

std::string renewed(const Change& c, const ChangeWording& w) {
  const std::string seat = seat_of(c, w);
  const std::string member = who(c, w);
  const std::string end = c.term_end ? c.term_end->iso() : std::string();
  if (c.term_number == 2)
    return fmt::format("{who} was renewed for a second term ending on {end}: {seat}.",
                       fmt::arg("who", member), fmt::arg("end", end), fmt::arg("seat", seat));
  return fmt::format("{who} began term {number}, ending on {end}: {seat}.", fmt::arg("who", member),
                     fmt::arg("number", c.term_number), fmt::arg("end", end),
                     fmt::arg("seat", seat));
}

std::string left(const Change& c, const ChangeWording& w) {
  const std::string seat = seat_of(c, w);
  const std::string member = who(c, w);
  const std::string last = c.last_day ? c.last_day->iso() : std::string();
  switch (c.reason) {
    case LeaveReason::term_ended:
      return fmt::format(
          "{who} left the Coordinating Group when the term ended on {last_day}: {seat}.",
          fmt::arg("who", member), fmt::arg("last_day", last), fmt::arg("seat", seat));
    case LeaveReason::ended_early:
      if (c.end_reason)
        return fmt::format(
            "{who} left the Coordinating Group before the end of the term, on {last_day} "
            "({reason}): {seat}.",
            fmt::arg("who", member), fmt::arg("last_day", last),
            fmt::arg("reason", w.escape(*c.end_reason)), fmt::arg("seat", seat));
      return fmt::format(
          "{who} left the Coordinating Group before the end of the term, on {last_day}: {seat}.",
          fmt::arg("who", member), fmt::arg("last_day", last), fmt::arg("seat", seat));
    case LeaveReason::partner_withdrew:
      if (!w.public_view)
        return fmt::format(
            "{who} left the Coordinating Group on {last_day}, as the partner withdrew from the "
            "Coalition: {seat}.",
            fmt::arg("who", member), fmt::arg("last_day", last), fmt::arg("seat", seat));
      break;
    case LeaveReason::other:
      break;
  }
  return fmt::format(
      "{who} no longer sits on the Coordinating Group; the last day was {last_day}: {seat}.",
      fmt::arg("who", member), fmt::arg("last_day", last), fmt::arg("seat", seat));
}

std::string chair(const Change& c, const ChangeWording& w) {
  const std::string seat = seat_of(c, w);
  const std::string_view role = figures::role_word(c.role.value_or(model::Role::member));
  if (c.previous && c.next)
    return fmt::format("{next} succeeded {previous} as {role}: {seat}.",
                       fmt::arg("next", member_name(c.next, w)),
                       fmt::arg("previous", member_name(c.previous, w)), fmt::arg("role", role),
                       fmt::arg("seat", seat));
  if (c.next)
    return fmt::format("{next} became {role}: {seat}.", fmt::arg("next", member_name(c.next, w)),
                       fmt::arg("role", role), fmt::arg("seat", seat));
  return fmt::format("{previous} is no longer {role}, and no one sitting holds the chair: {seat}.",
                     fmt::arg("previous", member_name(c.previous, w)), fmt::arg("role", role),
                     fmt::arg("seat", seat));
}

std::string seats(const Change& c, const ChangeWording& w) {
  const std::string seat = seat_of(c, w);
  if (c.kind == Kind::seat_vacated)
    return c.seats == 1 ? fmt::format("A seat fell vacant: {seat}.", fmt::arg("seat", seat))
                        : fmt::format("{count} seats fell vacant: {seat}.",
                                      fmt::arg("count", c.seats), fmt::arg("seat", seat));
  return c.seats == 1 ? fmt::format("A vacant seat was filled: {seat}.", fmt::arg("seat", seat))
                      : fmt::format("{count} vacant seats were filled: {seat}.",
                                    fmt::arg("count", c.seats), fmt::arg("seat", seat));
}

std::string partner_of(const Change& c, const ChangeWording& w) {
  return w.partner ? w.partner(*c.partner) : w.escape(partner_display_name(*c.partner));
}

std::string_view category_of(const Change& c) {
  return c.partner->category ? figures::category_name(c.partner->category->value)
                             : std::string_view("Partner");
}

}  // namespace

std::string partner_display_name(const model::Partner& partner) {
  if (partner.name && !partner.name->value.empty()) return partner.name->value;
  return partner.id ? partner.id->value : std::string("(unnamed partner)");
}

std::string seat_label(model::Seat seat, std::optional<model::GovernmentRegion> region) {
  const std::string label = util::sentence_case(group::seat_kind(seat).description.msgid);
  if (!region) return label;
  return fmt::format("{seat} ({region})", fmt::arg("seat", label),
                     fmt::arg("region", figures::region_word(*region)));
}

std::string_view gender_label(std::size_t index) {
  switch (index) {
    case 0:
      return "Women";
    case 1:
      return "Men";
    case 2:
      return "Non-binary";
    case 3:
      return "Gender undisclosed";
    default:
      return "Gender not stated";
  }
}

std::string change_sentence(const Change& c, const ChangeWording& w) {
  switch (c.kind) {
    case Kind::group_established:
      return "The Coordinating Group was established.";
    case Kind::partner_admitted:
      return fmt::format(
          "{partner} was admitted as a partner: {category}, {region}.",
          fmt::arg("partner", partner_of(c, w)), fmt::arg("category", category_of(c)),
          fmt::arg("region", c.ilo_region.empty() ? "global or international" : c.ilo_region));
    case Kind::partner_withdrew:
      return fmt::format("{partner} withdrew from the Coalition.",
                         fmt::arg("partner", partner_of(c, w)));
    case Kind::application_pending:
      return fmt::format(
          "{partner} applied to join the Coalition and awaits a decision: {category}.",
          fmt::arg("partner", partner_of(c, w)), fmt::arg("category", category_of(c)));
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
      return fmt::format(
          "{partner} completed an action: {title}.", fmt::arg("partner", partner_of(c, w)),
          fmt::arg("title",
                   w.escape(c.action->title ? c.action->title->value : "Untitled action")));
  }
  return {};
}

std::string_view change_title(Kind kind) {
  switch (kind) {
    case Kind::group_established:
      return "Coordinating Group established";
    case Kind::partner_admitted:
      return "New partner";
    case Kind::partner_withdrew:
      return "Partner withdrawn";
    case Kind::application_pending:
      return "Application pending";
    case Kind::member_left:
      return "Coordinating Group: a member left";
    case Kind::member_joined:
      return "Coordinating Group: a new member";
    case Kind::member_renewed:
      return "Coordinating Group: a term renewed";
    case Kind::chair_changed:
      return "Coordinating Group: a chair changed";
    case Kind::seat_vacated:
      return "Coordinating Group: a seat vacant";
    case Kind::seat_filled:
      return "Coordinating Group: a seat filled";
    case Kind::action_completed:
      return "Action completed";
  }
  return {};
}

std::string_view kind_key(Kind kind) {
  switch (kind) {
    case Kind::group_established:
      return "group-established";
    case Kind::partner_admitted:
      return "partner-admitted";
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

}  // namespace gcsj::render
