#include <doctest/doctest.h>

#include <set>
#include <string>

#include "group/seats.hpp"
#include "model/partner_digest.hpp"
#include "support/check_helpers.hpp"

using namespace gcsj::testing;
using gcsj::group::partner_fits_seat;
using gcsj::group::seat_kind;
using gcsj::group::seat_kinds;
using gcsj::model::Nominator;
using gcsj::model::Seat;

namespace {

// The digest of the one partner of `text`, read through the real loader.
gcsj::model::PartnerDigest digest_of(const std::string& text) {
  const Checked checked = check_yaml(text);
  REQUIRE(checked.registry.digests.size() == 1);
  return checked.registry.digests.front();
}

}  // namespace

TEST_SUITE("group::seats") {
  TEST_CASE("the seat table is ¶25 in the order of its letters: 34 seats, 12 of governments") {
    const auto kinds = seat_kinds();
    REQUIRE(kinds.size() == 12);
    int total = 0;
    std::string previous = "25(a)";
    for (std::size_t i = 0; i < kinds.size(); ++i) {
      INFO(kinds[i].paragraph);
      CHECK(static_cast<std::size_t>(kinds[i].seat) == i);  // seat_kind indexes by the enum
      CHECK(&seat_kind(kinds[i].seat) == &kinds[i]);
      CHECK(std::string(kinds[i].paragraph) >= previous);  // letters never go back
      previous = kinds[i].paragraph;
      total += kinds[i].capacity;
    }
    CHECK(total == 34);
    CHECK(seat_kind(Seat::government).capacity == gcsj::group::kGovernmentSeats);
    CHECK(seat_kind(Seat::employers).capacity == 6);
    CHECK(seat_kind(Seat::workers).capacity == 6);
    CHECK(seat_kind(Seat::un_system).capacity == 2);
  }

  TEST_CASE("who nominates: the three groups, the Director-General for (h)-(k), none ex officio") {
    CHECK_FALSE(seat_kind(Seat::director_general).nominator.has_value());
    CHECK(seat_kind(Seat::un_secretary_general).nominator == Nominator::un_secretary_general);
    CHECK(seat_kind(Seat::government).nominator == Nominator::government_group);
    CHECK(seat_kind(Seat::enterprise).nominator == Nominator::employers_group);
    CHECK(seat_kind(Seat::global_union).nominator == Nominator::workers_group);
    for (const auto& kind : seat_kinds()) {
      INFO(kind.paragraph);
      // ¶25(h)-(k) are the seats the Director-General invites to, and only those.
      const bool invited = std::string(kind.paragraph) >= "25(h)";
      CHECK(kind.by_invitation == invited);
      if (invited) CHECK(kind.nominator == Nominator::director_general);
    }
    // "up to two": only the UN system's row may stay short without a vacancy.
    std::set<Seat> up_to;
    for (const auto& kind : seat_kinds())
      if (kind.up_to) up_to.insert(kind.seat);
    CHECK(up_to == std::set<Seat>{Seat::un_system});
  }

  TEST_CASE("each seat is for its kind of partner") {
    const auto government = digest_of(kGovernment);
    CHECK(partner_fits_seat(government, Seat::government));
    CHECK_FALSE(partner_fits_seat(government, Seat::employers));
    CHECK_FALSE(partner_fits_seat(government, Seat::director_general));

    const auto employers = digest_of(kEmployers);
    CHECK(partner_fits_seat(employers, Seat::employers));
    CHECK_FALSE(partner_fits_seat(employers, Seat::enterprise));
    CHECK(partner_fits_seat(digest_of(kEnterprise), Seat::enterprise));
    CHECK(partner_fits_seat(digest_of(kNgo), Seat::ngo));
    CHECK(partner_fits_seat(digest_of(kAcademic), Seat::academic));

    // A UN-system organization sits for the Secretary-General or among the UN system's seats.
    const auto un = digest_of(kInternational);
    CHECK(partner_fits_seat(un, Seat::un_secretary_general));
    CHECK(partner_fits_seat(un, Seat::un_system));
    CHECK_FALSE(partner_fits_seat(un, Seat::economic_organization));
    CHECK_FALSE(partner_fits_seat(un, Seat::director_general));
  }

  TEST_CASE("a global union federation is an international, sectoral workers' organization") {
    const auto federation = digest_of(kWorkers);  // scope: international, sectoral: true
    CHECK(partner_fits_seat(federation, Seat::global_union));
    CHECK(partner_fits_seat(federation, Seat::workers));
    CHECK_FALSE(partner_fits_seat(digest_of(replace(kWorkers, "sectoral: true", "sectoral: false")),
                                  Seat::global_union));
    CHECK_FALSE(partner_fits_seat(
        digest_of(replace(replace(kWorkers, "scope: international", "scope: national\ncountry: KE"),
                          "sectoral: true\n", "")),
        Seat::global_union));
  }

  TEST_CASE(
      "the economic organizations' seat: an economic organization, an IFI or a regional bank") {
    const auto bank = digest_of(kRegional);  // type: development-bank
    CHECK(partner_fits_seat(bank, Seat::economic_organization));
    CHECK(partner_fits_seat(bank, Seat::regional_organization));
    CHECK(partner_fits_seat(digest_of(replace(kInternational, "type: un-system", "type: ifi")),
                            Seat::economic_organization));
    CHECK(partner_fits_seat(digest_of(replace(kInternational, "type: un-system", "type: economic")),
                            Seat::economic_organization));
    const auto other_regional =
        digest_of(replace(kRegional, "type: development-bank", "type: intergovernmental"));
    CHECK(partner_fits_seat(other_regional, Seat::regional_organization));
    CHECK_FALSE(partner_fits_seat(other_regional, Seat::economic_organization));
  }
}

TEST_SUITE("group::seats") {
  TEST_CASE("the words said of a member agree with its declared gender, neutral otherwise") {
    using gcsj::i18n::Agreement;
    using gcsj::model::Gender;
    gcsj::model::Member member;
    CHECK(gcsj::group::agreement_of(member) == Agreement::neutral);
    member.gender = gcsj::model::Located<Gender>{Gender::woman, {}};
    CHECK(gcsj::group::agreement_of(member) == Agreement::feminine);
    member.gender = gcsj::model::Located<Gender>{Gender::man, {}};
    CHECK(gcsj::group::agreement_of(member) == Agreement::masculine);
    member.gender = gcsj::model::Located<Gender>{Gender::non_binary, {}};
    CHECK(gcsj::group::agreement_of(member) == Agreement::neutral);
    member.gender = gcsj::model::Located<Gender>{Gender::undisclosed, {}};
    CHECK(gcsj::group::agreement_of(member) == Agreement::neutral);
  }
}
