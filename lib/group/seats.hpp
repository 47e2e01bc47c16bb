#pragma once
// The seats of the Coordinating Group as ¶25 composes it: how many, who nominates, and which
// partners may hold them.

#include <optional>
#include <span>
#include <string_view>

#include "i18n/translator.hpp"
#include "model/group.hpp"
#include "model/partner_digest.hpp"

namespace gcsj::group {

struct SeatKind {
  model::Seat seat;
  std::string_view paragraph;  // "25(c)"
  int capacity;
  bool up_to;                                 // "up to two": fewer is no vacancy to fill
  bool by_invitation;                         // ¶25(h)-(k): invited by the Director-General
  std::optional<model::Nominator> nominator;  // none for the ex officio Director-General
  i18n::Term description;                     // "Government representatives"
  i18n::Term partner_requirement;  // "a government", in "the `government` seat is for ..."
};

// Every seat of ¶25 in the order of its letters.
std::span<const SeatKind> seat_kinds();
const SeatKind& seat_kind(model::Seat seat);

inline constexpr int kGovernmentSeats = 12;  // ¶25(c)

// How the words said of a member agree with it: by its declared `gender` (a woman, a man); neutral
// when none is declared, or when it is undisclosed or non-binary.
i18n::Agreement agreement_of(const model::Member& member);

// True when `partner` is of the kind of partner `seat` is for (spec section 3).
bool partner_fits_seat(const model::PartnerDigest& partner, model::Seat seat);

}  // namespace gcsj::group
