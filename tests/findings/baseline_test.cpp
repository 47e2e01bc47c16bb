#include <doctest/doctest.h>

#include <string>

#include "findings/baseline.hpp"

using gcsj::findings::baseline_key;
using gcsj::findings::Dropped;
using gcsj::findings::Finding;
using gcsj::findings::identity_hash;
using gcsj::findings::SeatRef;
using gcsj::findings::Subject;
using gcsj::i18n::msg;
using gcsj::model::GovernmentRegion;
using gcsj::model::Seat;

namespace {

Finding about(Subject subject, const char* message = "`international` is false") {
  Finding f;
  f.rule = "ngo-international";
  f.where = {0, 7, 1};
  f.message = msg(message);
  f.subject = std::move(subject);
  return f;
}

Subject partner(const char* id) {
  return {id, "", false, false, false, {}, {}};
}
Subject member(const char* name) {
  return {"", name, true, true, false, {}, {}};
}
Subject group() {
  return {"", "", false, true, false, {}, {}};
}

}  // namespace

TEST_SUITE("findings::baseline") {
  TEST_CASE("a key holds the rule, the path, the subject and the message, never the line") {
    const Finding f = about(partner("p"));
    const std::string key = baseline_key(f, "partners.yaml");
    Finding moved = f;
    moved.where = {0, 70, 3};
    CHECK(baseline_key(moved, "partners.yaml") == key);
    Finding other_rule = f;
    other_rule.rule = "ngo-accreditation";
    CHECK(baseline_key(other_rule, "partners.yaml") != key);
    CHECK(baseline_key(f, "partners/p.yaml") != key);
    CHECK(baseline_key(about(partner("p"), "another message"), "partners.yaml") != key);
  }

  TEST_CASE("the subject: each partner, each member, the Group, outside any of them") {
    const std::string path = "registry.yaml";
    const std::string p = baseline_key(about(partner("p")), path);
    CHECK(baseline_key(about(partner("q")), path) != p);
    CHECK(baseline_key(about(member("Ana")), path) != baseline_key(about(member("Bo")), path));
    CHECK(baseline_key(about(member("")), path) != baseline_key(about(group()), path));
    CHECK(baseline_key(about(group()), path) != baseline_key(about(Subject{}), path));
    Subject several;
    several.several = true;
    CHECK(baseline_key(about(several), path) != baseline_key(about(Subject{}), path));
  }

  TEST_CASE("each part of a key is written with its length: no value stands for two parts") {
    // Joined with NUL, an id ending in "\0y" and a message starting "y\0" made one key.
    Finding f = about(partner("x"));
    f.message = gcsj::i18n::Message::verbatim(std::string("y\0m", 3));
    Finding g = about(partner(""));
    g.subject.partner = std::string("x\0y", 3);
    g.message = gcsj::i18n::Message::verbatim("m");
    CHECK(baseline_key(f, "p.yaml") != baseline_key(g, "p.yaml"));
    // And in the subject: a member's name and its entry.
    Finding a = about(member("A"));
    a.subject.entry = "B";
    Finding b = about(member("AB"));
    CHECK(baseline_key(a, "g.yaml") != baseline_key(b, "g.yaml"));
  }

  TEST_CASE("two entries of one member's name, and two documents without an id, differ") {
    Finding former = about(member("R. Returning"));
    former.subject.entry = "ghost-union workers 2024-06-01";
    Finding sitting = about(member("R. Returning"));
    sitting.subject.entry = "ghost-union workers 2025-01-01";
    CHECK(baseline_key(former, "g.yaml") != baseline_key(sitting, "g.yaml"));
    Subject one;
    one.anonymous = "0123456789abcdef";
    Subject other;
    other.anonymous = "fedcba9876543210";
    CHECK(baseline_key(about(one), "p.yaml") != baseline_key(about(other), "p.yaml"));
    CHECK(baseline_key(about(one), "p.yaml") != baseline_key(about(Subject{}), "p.yaml"));
  }

  TEST_CASE("the seat and the region a finding concerns are part of its subject") {
    Finding f = about(group());
    f.seat = SeatRef{Seat::government, GovernmentRegion::africa};
    const std::string africa = baseline_key(f, "g.yaml");
    f.seat->region = GovernmentRegion::europe;
    CHECK(baseline_key(f, "g.yaml") != africa);
    f.seat->region.reset();
    CHECK(baseline_key(f, "g.yaml") != africa);
    const std::string any_region = baseline_key(f, "g.yaml");
    f.seat = SeatRef{Seat::employers, std::nullopt};
    CHECK(baseline_key(f, "g.yaml") != any_region);
    f.seat.reset();
    CHECK(baseline_key(f, "g.yaml") != any_region);
  }

  TEST_CASE("a summary is known by how many findings it counts and by which") {
    Finding f = about(partner("p"));
    f.summarises = Dropped{2, identity_hash(about(partner("p"))) * 2, {0, 7, 1}, {0, 9, 1}, true};
    const std::string two_of_p = baseline_key(f, "partners.yaml");
    CHECK(baseline_key(about(partner("p")), "partners.yaml") != two_of_p);
    Finding three = f;
    three.summarises->count = 3;
    CHECK(baseline_key(three, "partners.yaml") != two_of_p);
    // The same count of other findings: one of them about q.
    Finding other = f;
    other.summarises->identities =
        identity_hash(about(partner("p"))) + identity_hash(about(partner("q")));
    CHECK(baseline_key(other, "partners.yaml") != two_of_p);
    // Where they lie is no part of it.
    Finding moved = f;
    moved.summarises->first = {0, 20, 1};
    moved.summarises->last = {0, 30, 1};
    CHECK(baseline_key(moved, "partners.yaml") == two_of_p);
  }

  TEST_CASE("one finding's identity: its subject, its seat and its message") {
    const auto p = identity_hash(about(partner("p")));
    CHECK(identity_hash(about(partner("q"))) != p);
    CHECK(identity_hash(about(partner("p"), "other")) != p);
    Finding seated = about(partner("p"));
    seated.seat = SeatRef{Seat::workers, std::nullopt};
    CHECK(identity_hash(seated) != p);
    Finding moved = about(partner("p"));
    moved.where = {0, 99, 9};
    CHECK(identity_hash(moved) == p);
  }

  TEST_CASE("fingerprints are stable hexadecimal hashes of the key") {
    CHECK(gcsj::findings::fingerprint("") == "cbf29ce484222325");
    CHECK(gcsj::findings::fingerprint("a").size() == 16);
    CHECK(gcsj::findings::fingerprint("a") != gcsj::findings::fingerprint("b"));
  }
}
