#include <doctest/doctest.h>

#include <set>
#include <string>

#include "sheet/columns.hpp"

namespace gcsj::sheet {

namespace {

std::vector<std::string> names(const std::vector<Column>& columns) {
  std::vector<std::string> out;
  for (const Column& c : columns) out.emplace_back(c.name);
  return out;
}

bool unique(const std::vector<Column>& columns) {
  std::set<std::string_view> seen;
  for (const Column& c : columns)
    if (!seen.insert(c.name).second) return false;
  return true;
}

}  // namespace

TEST_SUITE("sheet::columns") {
  TEST_CASE("partners: contact and decision only with the private fields") {
    const auto pub = partner_columns(false);
    const auto priv = partner_columns(true);
    CHECK(priv.size() == pub.size() + 2);
    CHECK(priv.back().name == "decision");
    CHECK(priv[priv.size() - 3].name == "contact");  // never published, like decision
    for (const Column& c : pub) {
      CHECK(c.name != "decision");
      CHECK(c.name != "contact");
    }
    CHECK(names(pub).front() == "id");
    CHECK(unique(priv));
  }

  TEST_CASE("derived columns are the ones import skips") {
    std::vector<std::string> derived;
    for (const Column& c : partner_columns(true))
      if (c.derived) derived.emplace_back(c.name);
    CHECK(derived == std::vector<std::string>{"country_name", "ilo_region", "actions_count"});
    std::vector<std::string> action_derived;
    for (const Column& c : action_columns())
      if (c.derived) action_derived.emplace_back(c.name);
    CHECK(action_derived == std::vector<std::string>{"last_progress"});
    for (const Column& c : contact_columns()) CHECK_FALSE(c.derived);
  }

  TEST_CASE("dates are typed as dates") {
    for (const Column& c : partner_columns(true))
      if (c.name == "adherence.declared" || c.name == "admitted") CHECK(c.kind == CellKind::date);
    for (const Column& c : group_columns())
      if (c.name == "start" || c.name == "end") CHECK(c.kind == CellKind::date);
  }

  TEST_CASE("each table's names are unique and start with the partner's id") {
    CHECK(unique(action_columns()));
    CHECK(unique(contact_columns()));
    CHECK(unique(group_columns()));
    CHECK(unique(application_columns(true)));
    CHECK(action_columns().front().name == "partner");
    CHECK(contact_columns().front().name == "partner");
    CHECK(application_columns(true).back().name == "decision");
    CHECK(application_columns(false).size() + 1 == application_columns(true).size());
  }
}

}  // namespace gcsj::sheet
