#include "group/seats.hpp"

#include <array>

#include "model/partner_state.hpp"

namespace gcsj::group {
namespace {

using i18n::NC_;
using model::Category;
using model::Nominator;
using model::OrgType;
using model::Seat;

// Descriptions as ¶25 words them; requirements as a message says who a seat is for ("the
// `government` seat is for a government").
constexpr std::array<SeatKind, 12> kSeats{{
    {Seat::director_general, "25(a)", 1, false, false, std::nullopt,
     NC_("seat", "Director-General of the ILO (ex officio Co-Chairperson)"),
     NC_("partner a seat is for", "no partner")},
    {Seat::un_secretary_general, "25(b)", 1, false, false, Nominator::un_secretary_general,
     NC_("seat", "representative of the UN Secretary-General"),
     NC_("partner a seat is for", "an international organization of the UN system")},
    {Seat::government, "25(c)", kGovernmentSeats, false, false, Nominator::government_group,
     NC_("seat", "Government representatives"), NC_("partner a seat is for", "a government")},
    {Seat::employers, "25(d)", 6, false, false, Nominator::employers_group,
     NC_("seat", "Employers' representatives"),
     NC_("partner a seat is for", "an employers' organization")},
    {Seat::workers, "25(e)", 6, false, false, Nominator::workers_group,
     NC_("seat", "Workers' representatives"),
     NC_("partner a seat is for", "a workers' organization")},
    {Seat::enterprise, "25(f)", 1, false, false, Nominator::employers_group,
     NC_("seat", "representative of an enterprise"), NC_("partner a seat is for", "an enterprise")},
    {Seat::global_union, "25(g)", 1, false, false, Nominator::workers_group,
     NC_("seat", "representative of a global union federation"),
     NC_("partner a seat is for",
         "an international, sectoral workers' organization (a global union federation)")},
    {Seat::un_system, "25(h)", 2, true, true, Nominator::director_general,
     NC_("seat", "representatives of partner organizations of the UN system"),
     NC_("partner a seat is for", "an international organization of the UN system")},
    {Seat::economic_organization, "25(h)", 1, false, true, Nominator::director_general,
     NC_("seat", "representative of the international economic organizations or IFIs"),
     NC_("partner a seat is for",
         "an international economic organization, an IFI, or a regional development bank")},
    {Seat::regional_organization, "25(i)", 1, false, true, Nominator::director_general,
     NC_("seat", "representative of a regional organization"),
     NC_("partner a seat is for", "a regional organization")},
    {Seat::ngo, "25(j)", 1, false, true, Nominator::director_general,
     NC_("seat", "representative of an international NGO"), NC_("partner a seat is for", "an NGO")},
    {Seat::academic, "25(k)", 1, false, true, Nominator::director_general,
     NC_("seat", "representative of an academic institution"),
     NC_("partner a seat is for", "a research or academic institution")},
}};

bool is(const model::PartnerDigest& partner, Category category) {
  return model::is_category(partner, category);
}

}  // namespace

std::span<const SeatKind> seat_kinds() {
  return kSeats;
}

const SeatKind& seat_kind(Seat seat) {
  return kSeats[static_cast<std::size_t>(seat)];
}

i18n::Agreement agreement_of(const model::Member& member) {
  if (!member.gender) return i18n::Agreement::neutral;
  switch (member.gender->value) {
    case model::Gender::woman:
      return i18n::Agreement::feminine;
    case model::Gender::man:
      return i18n::Agreement::masculine;
    case model::Gender::non_binary:
    case model::Gender::undisclosed:
      break;
  }
  return i18n::Agreement::neutral;
}

bool partner_fits_seat(const model::PartnerDigest& partner, Seat seat) {
  switch (seat) {
    case Seat::director_general:
      return false;
    case Seat::un_secretary_general:
    case Seat::un_system:
      return is(partner, Category::international_organization) &&
             model::has_type(partner, OrgType::un_system);
    case Seat::government:
      return is(partner, Category::government);
    case Seat::employers:
      return is(partner, Category::employers_organization);
    case Seat::workers:
      return is(partner, Category::workers_organization);
    case Seat::enterprise:
      return is(partner, Category::enterprise);
    case Seat::global_union:
      return is(partner, Category::workers_organization) &&
             partner.scope == model::Scope::international && partner.sectoral;
    case Seat::economic_organization:
      return (is(partner, Category::international_organization) &&
              (model::has_type(partner, OrgType::economic) ||
               model::has_type(partner, OrgType::ifi))) ||
             (is(partner, Category::regional_organization) &&
              model::has_type(partner, OrgType::development_bank));
    case Seat::regional_organization:
      return is(partner, Category::regional_organization);
    case Seat::ngo:
      return is(partner, Category::ngo);
    case Seat::academic:
      return is(partner, Category::academic);
  }
  return false;
}

}  // namespace gcsj::group
