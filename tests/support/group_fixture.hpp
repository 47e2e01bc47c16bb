#pragma once
// A self-contained registry for Coordinating Group tests: a partner for every seat of ¶25 and a
// full, valid 34-seat Group established on 2024-06-01, each member with one first term.

#include <string>
#include <vector>

#include "support/check_helpers.hpp"

namespace gcsj::testing {

struct GroupMember {
  std::string name;
  std::string partner;  // empty for the Director-General
  std::string seat;
  std::string region;              // government members only
  std::string role;                // empty: the default
  std::vector<std::string> roles;  // dated chair roles (v1.1), each a flow mapping
  std::string level = "ministerial";
  std::string gender;
  std::string since;  // the Director-General's period of office
  std::string until;
  std::vector<std::string> terms{"{start: 2024-06-01, nominated_by: NOMINATOR}"};
};

// The members of the full Group, in ¶25 order; NOMINATOR in a term stands for the seat's body.
std::vector<GroupMember> full_group_members();

// The YAML of a coordinating-group document with these members (and meetings in 2024 and 2025).
std::string group_yaml(const std::vector<GroupMember>& members, const std::string& head = "");

// The partner files the full Group needs, plus the group file itself.
std::vector<TestFile> group_registry(const std::string& group_text);

// 1-based number of the line of `text` that contains `needle` (the first one); 0 if none.
int line_of(const std::string& text, const std::string& needle);
// The 1-based column of `needle` on the 1-based `line` of `text` (ASCII), or 0.
int column_of(const std::string& text, int line, const std::string& needle);

// The member of `members` named `name` (the test fails when there is none).
GroupMember& member_of(std::vector<GroupMember>& members, const std::string& name);

// The file of `files` holding partner `id` (partners/ID.yaml).
TestFile& partner_file(std::vector<TestFile>& files, const std::string& id);

inline constexpr model::Date kGroupAsOf{2025, 6, 1};

}  // namespace gcsj::testing
