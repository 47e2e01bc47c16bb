#include <doctest/doctest.h>

#include <set>
#include <string>

#include "figures/words.hpp"
#include "group/seats.hpp"
#include "i18n/translator.hpp"

// The report's and the portal's words for the registry's values, as terms to translate.

using gcsj::i18n::Translator;

namespace {

const Translator& french() {
  const Translator* tr = Translator::of("fr");
  REQUIRE(tr != nullptr);
  return *tr;
}

}  // namespace

TEST_SUITE("figures::words") {
  TEST_CASE("each value has a term of its own, translated") {
    using gcsj::model::GovernmentRegion;
    std::set<std::string> regions;
    for (const auto region : {GovernmentRegion::africa, GovernmentRegion::americas,
                              GovernmentRegion::asia_pacific, GovernmentRegion::europe}) {
      const auto term = gcsj::figures::region_term(region);
      CHECK_FALSE(term.msgid.empty());
      regions.insert(std::string(term.msgid));
      CHECK_FALSE(french()(term).empty());
    }
    CHECK(regions.size() == 4);
    CHECK(gcsj::figures::region_term(GovernmentRegion::asia_pacific).msgid ==
          "Asia and the Pacific");

    using gcsj::model::Role;
    CHECK(gcsj::figures::role_term(Role::co_chair).msgid !=
          gcsj::figures::role_term(Role::vice_chair).msgid);
    CHECK(french()(gcsj::figures::role_term(Role::vice_chair)) !=
          gcsj::figures::role_term(Role::vice_chair).msgid);
  }

  TEST_CASE("an action's status: the word and the term agree") {
    using gcsj::model::ActionStatus;
    for (const auto status :
         {ActionStatus::pledged, ActionStatus::ongoing, ActionStatus::completed})
      CHECK(gcsj::figures::action_status_word(status) ==
            gcsj::figures::action_status_term(status).msgid);
    CHECK(gcsj::figures::action_status_word(ActionStatus::completed) == "Completed");
  }

  TEST_CASE("nominating bodies, levels and support: distinct words") {
    using gcsj::model::Nominator;
    std::set<std::string_view> nominators;
    for (const auto n :
         {Nominator::government_group, Nominator::employers_group, Nominator::workers_group,
          Nominator::director_general, Nominator::un_secretary_general})
      nominators.insert(gcsj::figures::nominator_term(n).msgid);
    CHECK(nominators.size() == 5);
    CHECK_FALSE(gcsj::figures::level_term(gcsj::model::Level::global).msgid.empty());
    CHECK(gcsj::figures::level_term(gcsj::model::Level::global).msgid !=
          gcsj::figures::level_term(gcsj::model::Level::national).msgid);
  }

  TEST_CASE(
      "a seat row's capacity: its number, \"up to\" for the UN-system seats, - when none binds") {
    namespace group = gcsj::group;
    using gcsj::model::Seat;
    const auto row = [](Seat seat, int capacity) {
      group::SeatRow out;
      out.kind = &group::seat_kind(seat);
      out.capacity = capacity;
      return out;
    };
    CHECK(gcsj::figures::capacity_words(row(Seat::workers, 6), Translator::english()) == "6");
    const group::SeatRow un_system = row(Seat::un_system, 2);
    CHECK(gcsj::figures::capacity_words(un_system, Translator::english()) == "up to 2");
    CHECK(gcsj::figures::capacity_words(un_system, french()) == "au plus 2");
    group::SeatRow region = row(Seat::government, 0);
    region.region = gcsj::model::GovernmentRegion::africa;
    region.capacity_binds = false;
    CHECK(gcsj::figures::capacity_words(region, Translator::english()) == "-");
  }
}
