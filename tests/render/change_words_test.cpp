#include <doctest/doctest.h>

#include <string>

#include "changes/changes.hpp"
#include "i18n/translator.hpp"
#include "render/changes/change_words.hpp"
#include "support/group_fixture.hpp"

// The sentence of each change, built from a Change pointing into a registry read by the real
// loader; registry text goes through the wording's escape, here one that brackets what it is given.

using namespace gcsj::testing;
using gcsj::changes::Change;
using gcsj::changes::Kind;
using gcsj::changes::LeaveReason;
using gcsj::model::Date;
using gcsj::model::Role;
using gcsj::model::Seat;
using gcsj::render::change_sentence;
using gcsj::render::ChangeWording;

namespace {

std::string bracket(std::string_view text) {
  return "[" + std::string(text) + "]";
}

const ChangeWording kWords{bracket};

struct Fixture {
  Checked checked = check_files(group_registry(group_yaml(full_group_members())), kGroupAsOf);

  const gcsj::model::Partner& partner(const std::string& id) const {
    for (const auto& p : checked.registry.partners)
      if (p.id && p.id->value == id) return p;
    FAIL("no partner " << id);
    return checked.registry.partners.front();
  }
  const gcsj::model::Member& member(const std::string& name) const {
    for (const auto& m : checked.registry.groups.at(0).members)
      if (m.name && m.name->value == name) return m;
    FAIL("no member " << name);
    return checked.registry.groups.at(0).members.front();
  }
  // A member event of the Worker 2 entry, who represents partner wrk2.
  Change member_event(Kind kind) const {
    Change c;
    c.kind = kind;
    c.member = &member("Worker 2");
    c.partner = &partner("wrk2");
    c.partner_public = true;
    c.seat = Seat::workers;
    return c;
  }
};

}  // namespace

TEST_SUITE("render::change_words") {
  TEST_CASE("a member joins: the term's number and end, the member's partner, the seat") {
    const Fixture f;
    Change c = f.member_event(Kind::member_joined);
    CHECK(change_sentence(c, kWords) ==
          "[Worker 2] ([Partner wrk2]) took a seat on the Coordinating Group: [Workers' "
          "representatives].");
    c.term_end = Date{2026, 5, 31};
    c.term_number = 1;
    CHECK(change_sentence(c, kWords) ==
          "[Worker 2] ([Partner wrk2]) took a seat on the Coordinating Group for a first term "
          "ending on 31 May 2026: [Workers' representatives].");
    c.term_number = 2;
    CHECK(change_sentence(c, kWords).find("for a second term ending on 31 May 2026") !=
          std::string::npos);
    c.term_number = 3;
    CHECK(change_sentence(c, kWords).find("for term 3, ending on 31 May 2026") !=
          std::string::npos);
  }

  TEST_CASE("the portal names a member's partner only while the partner is published") {
    const Fixture f;
    Change c = f.member_event(Kind::member_joined);
    c.partner_public = false;
    ChangeWording portal{bracket, true};
    CHECK(change_sentence(c, portal).starts_with("[Worker 2] took a seat"));
    CHECK(change_sentence(c, kWords).starts_with("[Worker 2] ([Partner wrk2]) took a seat"));
    // A link of the portal's own replaces the escaped name.
    c.partner_public = true;
    portal.partner = [](const gcsj::model::Partner& p) { return "<a>" + p.id->value + "</a>"; };
    CHECK(change_sentence(c, portal).starts_with("[Worker 2] (<a>wrk2</a>) took a seat"));
  }

  TEST_CASE("a member leaves: why, and the reason as the registry gives it, escaped") {
    const Fixture f;
    Change c = f.member_event(Kind::member_left);
    CHECK(
        change_sentence(c, kWords).ends_with("no longer sits on the Coordinating Group: "
                                             "[Workers' representatives]."));
    c.last_day = Date{2025, 1, 31};
    c.reason = LeaveReason::term_ended;
    CHECK(change_sentence(c, kWords).find("left the Coordinating Group when the term ended on 31 "
                                          "January 2025") != std::string::npos);
    c.reason = LeaveReason::ended_early;
    CHECK(change_sentence(c, kWords).find("before the end of the term, on 31 January 2025: ") !=
          std::string::npos);
    c.end_reason = "resigned";
    CHECK(change_sentence(c, kWords).find("before the end of the term, on 31 January 2025 "
                                          "(resignation): ") != std::string::npos);
    c.reason = LeaveReason::other;
    CHECK(change_sentence(c, kWords).find("no longer sits on the Coordinating Group; the last day "
                                          "was 31 January 2025") != std::string::npos);
  }

  TEST_CASE(
      "a departure because the partner withdrew: told with its reason, but not on the portal") {
    const Fixture f;
    Change c = f.member_event(Kind::member_left);
    c.last_day = Date{2025, 2, 28};
    c.reason = LeaveReason::partner_withdrew;
    CHECK(change_sentence(c, kWords).find("as the partner withdrew from the Coalition") !=
          std::string::npos);
    const std::string portal = change_sentence(c, {bracket, true});
    CHECK(portal.find("withdrew") == std::string::npos);
    CHECK(portal.find("the last day was 28 February 2025") != std::string::npos);
  }

  TEST_CASE("a renewal: a second term, a later one, or no end known") {
    const Fixture f;
    Change c = f.member_event(Kind::member_renewed);
    CHECK(change_sentence(c, kWords).find("began a new term: ") != std::string::npos);
    c.term_end = Date{2028, 5, 31};
    c.term_number = 2;
    CHECK(change_sentence(c, kWords).find("was renewed for a second term ending on 31 May 2028") !=
          std::string::npos);
    c.term_number = 3;
    CHECK(change_sentence(c, kWords).find("began term 3, ending on 31 May 2028") !=
          std::string::npos);
  }

  TEST_CASE("a chair changes hands: succeeded, became, or no one holds it; co- or vice-chair") {
    const Fixture f;
    Change c;
    c.kind = Kind::chair_changed;
    c.seat = Seat::workers;
    c.role = Role::vice_chair;
    c.previous = &f.member("Worker 1");
    c.next = &f.member("Worker 2");
    CHECK(change_sentence(c, kWords) ==
          "[Worker 2] succeeded [Worker 1] as Vice-Chairperson: [Workers' representatives].");
    c.role = Role::co_chair;
    CHECK(change_sentence(c, kWords).find("as Co-Chairperson") != std::string::npos);
    c.previous = nullptr;
    CHECK(change_sentence(c, kWords) ==
          "[Worker 2] became Co-Chairperson: [Workers' representatives].");
    c.previous = &f.member("Worker 1");
    c.next = nullptr;
    CHECK(change_sentence(c, kWords) ==
          "[Worker 1] is no longer Co-Chairperson, and no one sitting holds the chair: [Workers' "
          "representatives].");
  }

  TEST_CASE("seats fell vacant or were filled: one or several, with the region of governments") {
    Change c;
    c.kind = Kind::seat_vacated;
    c.seat = Seat::government;
    c.region = gcsj::model::GovernmentRegion::africa;
    c.seats = 1;
    CHECK(change_sentence(c, kWords) ==
          "A seat fell vacant: [Government representatives (Africa)].");
    c.seats = 3;
    CHECK(change_sentence(c, kWords) ==
          "3 seats fell vacant: [Government representatives (Africa)].");
    c.kind = Kind::seat_filled;
    CHECK(change_sentence(c, kWords) ==
          "3 vacant seats were filled: [Government representatives (Africa)].");
    c.seats = 1;
    CHECK(change_sentence(c, kWords) ==
          "A vacant seat was filled: [Government representatives (Africa)].");
  }

  TEST_CASE("partners: admitted with category and region, applied, withdrew, completed") {
    const Fixture f;
    Change c;
    c.kind = Kind::partner_admitted;
    c.partner = &f.partner("gov-ke");
    c.ilo_region = "Africa";
    CHECK(change_sentence(c, kWords) ==
          "[Partner gov-ke] was admitted as a partner: Government, "
          "Africa.");
    c.ilo_region = "";
    c.international = true;
    CHECK(change_sentence(c, kWords) ==
          "[Partner gov-ke] was admitted as a partner: Government, "
          "global or international.");
    // acting in a country it does not name: no region told (refdata::partner_region)
    c.international = false;
    CHECK(change_sentence(c, kWords) == "[Partner gov-ke] was admitted as a partner: Government.");
    c.ilo_region = "Atlantis";  // no region gcsj knows: registry text, escaped
    CHECK(change_sentence(c, kWords).ends_with("Government, [Atlantis]."));
    c.kind = Kind::partner_withdrew;
    CHECK(change_sentence(c, kWords) == "[Partner gov-ke] withdrew from the Coalition.");
    c.kind = Kind::application_pending;
    CHECK(change_sentence(c, kWords) ==
          "[Partner gov-ke] applied to join the Coalition and awaits a decision: Government.");
    c.kind = Kind::action_completed;
    c.action = &c.partner->actions->value.at(0);
    CHECK(change_sentence(c, kWords).starts_with("[Partner gov-ke] completed an action: ["));
  }

  TEST_CASE("the sentences in the language of the wording") {
    const Fixture f;
    const auto* french = gcsj::i18n::Translator::of("fr");
    REQUIRE(french != nullptr);
    Change c;
    c.kind = Kind::seat_vacated;
    c.seat = Seat::employers;
    c.seats = 2;
    const std::string english = change_sentence(c, kWords);
    const std::string in_french = change_sentence(c, {bracket, false, nullptr, french});
    CHECK(in_french != english);
    CHECK(in_french.find("2 ") == 0);
    CHECK(gcsj::render::change_title(Kind::partner_admitted) == "New partner");
    CHECK(gcsj::render::change_title(Kind::partner_admitted, *french) != "New partner");
  }

  TEST_CASE("a seat or a category inside a sentence: its own words, not the table's label") {
    const Fixture f;
    const auto* spanish = gcsj::i18n::Translator::of("es");
    const auto* french = gcsj::i18n::Translator::of("fr");
    REQUIRE(spanish != nullptr);
    REQUIRE(french != nullptr);
    const ChangeWording es{bracket, false, nullptr, spanish};
    Change c = f.member_event(Kind::member_left);
    c.seat = Seat::employers;
    c.last_day = Date{2026, 5, 31};
    c.reason = LeaveReason::term_ended;
    CHECK(change_sentence(c, es) ==
          "[Worker 2] ([Partner wrk2]) dejó el Grupo de Coordinación al finalizar su mandato, el "
          "31 de mayo de 2026, en un puesto de [representante de los empleadores].");
    Change vacant;
    vacant.kind = Kind::seat_vacated;
    vacant.seat = Seat::government;
    vacant.region = gcsj::model::GovernmentRegion::africa;
    vacant.seats = 1;
    CHECK(change_sentence(vacant, {bracket, false, nullptr, french}) ==
          "1 siège de [représentant gouvernemental (Afrique)] est devenu vacant.");
    Change admitted;
    admitted.kind = Kind::partner_admitted;
    admitted.partner = &f.partner("gov-ke");
    // The name in apposition: a name with no article never stands where Spanish needs one.
    CHECK(change_sentence(admitted, es) ==
          "La Coalición admitió a un nuevo socio, [Partner gov-ke] (gobierno).");
    // The tables keep their capitalised labels.
    CHECK(gcsj::render::seat_label(Seat::employers, std::nullopt, *spanish) ==
          "Representantes de los empleadores");
  }

  TEST_CASE("labels and keys: seats, genders, reasons, a partner without a name") {
    CHECK(gcsj::render::seat_label(Seat::employers, std::nullopt) == "Employers' representatives");
    CHECK(gcsj::render::seat_label(Seat::government, gcsj::model::GovernmentRegion::asia_pacific) ==
          "Government representatives (Asia and the Pacific)");
    CHECK(gcsj::render::gender_label(0) == "Women");
    CHECK(gcsj::render::gender_label(4) == "Gender not stated");
    CHECK(gcsj::render::gender_label(99) == "Gender not stated");  // past the end: the last
    CHECK(gcsj::render::reason_key(LeaveReason::ended_early) == "ended-early");
    CHECK(gcsj::render::reason_key(LeaveReason::partner_withdrew) == "partner-withdrew");
    CHECK(gcsj::render::kind_key(Kind::member_renewed) == "member-renewed");

    const Checked unnamed = check_yaml(replace(kNgo, "name: Sample\n", ""));
    REQUIRE(unnamed.registry.partners.size() == 1);
    CHECK(gcsj::render::partner_display_name(unnamed.registry.partners[0]) == "sample");
    const Checked named = check_yaml(kNgo);
    CHECK(gcsj::render::partner_display_name(named.registry.partners[0]) == "Sample");
  }
}

TEST_SUITE("render::change_words") {
  TEST_CASE("a region's count: of its seats when the split binds, alone when it does not") {
    gcsj::changes::RegionBalance bound{gcsj::model::GovernmentRegion::africa, 3, 4};
    gcsj::changes::RegionBalance open{gcsj::model::GovernmentRegion::europe, 2, std::nullopt};
    const auto& en = gcsj::i18n::Translator::english();
    CHECK(gcsj::render::region_count(bound, en) == "3 of 4");
    CHECK(gcsj::render::region_count(open, en) == "2");
    const auto* fr = gcsj::i18n::Translator::of("fr");
    REQUIRE(fr);
    CHECK(gcsj::render::region_count(bound, *fr) == "3 sur 4");
  }
}

TEST_SUITE("render::change_words") {
  TEST_CASE("in French and Spanish, a partner by its name_fr / name_es, an action by its title") {
    const Checked checked =
        check_yaml(replace(replace(kNgo, "name: Sample\n", "name: Sample\nname_fr: Exemple\n"),
                           "  - title: Extend social protection\n",
                           "  - title: Extend social protection\n"
                           "    title_es: Extender la protección social\n"));
    REQUIRE(checked.registry.partners.size() == 1);
    Change c;
    c.kind = Kind::action_completed;
    c.partner = &checked.registry.partners[0];
    c.action = &c.partner->actions->value.at(0);
    const auto* french = gcsj::i18n::Translator::of("fr");
    const auto* spanish = gcsj::i18n::Translator::of("es");
    REQUIRE(french);
    REQUIRE(spanish);
    const std::string fr = change_sentence(c, {bracket, false, nullptr, french});
    CHECK(fr.starts_with("Le partenaire [Exemple] "));
    CHECK(fr.find("[Extend social protection]") != std::string::npos);
    const std::string es = change_sentence(c, {bracket, false, nullptr, spanish});
    CHECK(es.starts_with("El socio [Sample] "));
    CHECK(es.find("[Extender la protección social]") != std::string::npos);
    CHECK(change_sentence(c, kWords) ==
          "[Sample] completed an action: [Extend social protection].");
  }
}
