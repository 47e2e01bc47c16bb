#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "config/subjects.hpp"
#include "support/check_helpers.hpp"
#include "support/group_fixture.hpp"

// What a location is about (SubjectIndex), on registries read by the real loader: the partner
// document or Group member entry it lies in, or the Group document itself.

using namespace gcsj::testing;
using gcsj::model::Location;

namespace {

gcsj::model::FileId file_of(const Checked& checked, const std::string& path) {
  for (gcsj::model::FileId id = 0; id < checked.registry.files.size(); ++id)
    if (checked.registry.files[id].path == path) return id;
  FAIL("no file " << path);
  return 0;
}

}  // namespace

TEST_SUITE("config::subjects") {
  TEST_CASE("a location in a partner's document is about that partner, to the next document") {
    const std::string two = replace(kNgo, "id: sample", "id: first") + "---\n" +
                            replace(kGovernment, "id: sample", "id: second");
    const Checked checked = check_files({{"partners/both.yaml", two}});
    const gcsj::config::SubjectIndex subjects(checked.registry);
    const auto file = file_of(checked, "partners/both.yaml");
    const int second_starts = line_of(two, "---") + 1;
    CHECK(subjects.of({file, 3, 1}).partner == "first");
    CHECK(subjects.of({file, second_starts - 2, 1}).partner == "first");
    CHECK(subjects.of({file, second_starts + 2, 1}).partner == "second");
    CHECK(subjects.has_partner("first"));
    CHECK(subjects.has_partner("second"));
    CHECK_FALSE(subjects.has_partner("third"));
    CHECK_FALSE(subjects.has_group());
    CHECK(subjects.subject_of({file, 3, 1}).partner == "first");
    CHECK_FALSE(subjects.subject_of({file, 3, 1}).in_group);
    // Two locations of one document share their subject; across documents they do not.
    CHECK(subjects.same_subject({file, 2, 1}, {file, 5, 1}));
    CHECK_FALSE(subjects.same_subject({file, 2, 1}, {file, second_starts + 2, 1}));
  }

  TEST_CASE("a location in a member's entry is about that member; elsewhere, the Group") {
    const auto members = full_group_members();
    const std::string text = group_yaml(members);
    const Checked checked = check_files(group_registry(text), kGroupAsOf);
    const gcsj::config::SubjectIndex subjects(checked.registry);
    const auto file = file_of(checked, "coordinating-group.yaml");
    CHECK(subjects.has_group());
    CHECK(subjects.has_member("Worker 2"));
    CHECK_FALSE(subjects.has_member("Nobody"));
    const int worker = line_of(text, "- name: Worker 2");
    const auto in_entry = subjects.subject_of({file, worker + 1, 5});
    CHECK(in_entry.member == "Worker 2");
    CHECK(in_entry.in_member);
    CHECK(in_entry.in_group);
    CHECK_FALSE(in_entry.entry.empty());
    const auto head = subjects.subject_of({file, 2, 1});  // established:
    CHECK(head.member.empty());
    CHECK_FALSE(head.in_member);
    CHECK(head.in_group);
    // Another member's entry is another subject.
    const int next = line_of(text, "- name: Worker 3");
    CHECK_FALSE(subjects.same_subject({file, worker, 5}, {file, next, 5}));
  }

  TEST_CASE("an entry's identity: its partner, seat and first day, not its place in the list") {
    auto members = full_group_members();
    auto reordered = members;
    std::swap(reordered[5], reordered[20]);
    const Checked one = check_files(group_registry(group_yaml(members)), kGroupAsOf);
    const Checked other = check_files(group_registry(group_yaml(reordered)), kGroupAsOf);
    const auto identity = [](const Checked& c, const std::string& name) {
      for (const auto& m : c.registry.groups.at(0).members)
        if (m.name && m.name->value == name) return gcsj::config::entry_identity(m);
      FAIL("no member " << name);
      return std::string();
    };
    CHECK(identity(one, "Worker 2") == identity(other, "Worker 2"));
    CHECK(identity(one, "Worker 2") != identity(one, "Worker 3"));
    member_of(members, "Worker 2").terms = {"{start: 2024-07-01, nominated_by: NOMINATOR}"};
    const Checked later = check_files(group_registry(group_yaml(members)), kGroupAsOf);
    CHECK(identity(later, "Worker 2") != identity(one, "Worker 2"));
  }

  TEST_CASE("a document without an id is a subject of its own, by its content") {
    const std::string bare = replace(kNgo, "id: sample\n", "");
    const Checked checked = check_files(
        {{"partners/a.yaml", bare}, {"partners/b.yaml", replace(bare, "Sample", "Other")}});
    const gcsj::config::SubjectIndex subjects(checked.registry);
    const auto a = subjects.subject_of({file_of(checked, "partners/a.yaml"), 3, 1});
    const auto b = subjects.subject_of({file_of(checked, "partners/b.yaml"), 3, 1});
    CHECK(a.partner.empty());
    CHECK_FALSE(a.anonymous.empty());
    CHECK(a.anonymous != b.anonymous);
    CHECK(gcsj::config::anonymous_subject(1) != gcsj::config::anonymous_subject(2));
  }

  TEST_CASE("assign_subjects: a finding about a seat is about the Group, not the entry") {
    const auto members = full_group_members();
    const std::string text = group_yaml(members);
    const Checked checked = check_files(group_registry(text), kGroupAsOf);
    const gcsj::config::SubjectIndex subjects(checked.registry);
    const auto file = file_of(checked, "coordinating-group.yaml");
    const int worker = line_of(text, "- name: Worker 2");
    std::vector<gcsj::findings::Finding> found(2);
    found[0].where = {file, worker + 1, 5};
    found[1].where = {file, worker + 1, 5};
    found[1].seat = gcsj::findings::SeatRef{gcsj::model::Seat::workers, std::nullopt};
    gcsj::config::assign_subjects(subjects, found);
    CHECK(found[0].subject.member == "Worker 2");
    CHECK(found[1].subject.member.empty());
    CHECK(found[1].subject.in_group);
    CHECK_FALSE(found[1].subject.in_member);
  }
}
