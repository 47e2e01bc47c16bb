#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "sheet/columns.hpp"
#include "sheet/rows.hpp"
#include "support/check_helpers.hpp"
#include "support/group_fixture.hpp"

// The rows of the export's tables, from partners read by the real loader: values as the registry
// writes them, derived cells from refdata and the Group's state.

namespace gcsj::sheet {
namespace {

using testing::check_files;
using testing::TestFile;

// The cell of `column` in `row` of `table`.
std::string cell_of(const Table& table, std::size_t row, std::string_view column) {
  for (std::size_t i = 0; i < table.columns.size(); ++i)
    if (table.columns[i].name == column) return table.rows.at(row).at(i);
  FAIL("no column " << column);
  return "";
}

const std::string kKenya = R"yaml(kind: partner
id: kenya
name: Kenya
name_fr: "Kenya (fr)"
category: government
status: admitted
admitted: 2024-02-01
country: KE
adherence:
  declared: 2024-01-15
  advocate: true
  uphold: true
  contribute: false
  levels: [national, regional]
support: [advocacy, in-kind]
contact: desk@example.org
decision: never shown without --private
contacts:
  - {name: "A. Focal", email: a@example.org, language: fr}
actions:
  - title: "=Extend social protection"
    domains: [protection]
    sdgs: [1, 8]
    status: ongoing
    progress:
      - date: 2024-11-15
        summary: Launched
      - summary: Undated
      - date: 2025-03-01
  - title: Second
)yaml";

const std::string kAcademic = R"yaml(kind: partner
id: academy
name: Academy
category: academic
status: applied
applied: 2025-01-10
ilo_partnership: Research agreement
)yaml";

testing::Checked registry() {
  return check_files({{"partners/kenya.yaml", kKenya}, {"partners/academy.yaml", kAcademic}});
}

}  // namespace

TEST_SUITE("sheet::rows") {
  TEST_CASE("partners: sorted by id, one cell per column, values as the registry writes them") {
    const auto checked = registry();
    const auto partners = select_partners(checked.registry, {});
    REQUIRE(partners.size() == 2);
    Unreadable unreadable;
    const Table table = partners_table(partners, false, unreadable);
    CHECK(table.name == "partners");
    CHECK_FALSE(table.holds_private);
    REQUIRE(table.rows.size() == 2);
    for (const auto& row : table.rows) CHECK(row.size() == table.columns.size());
    CHECK(cell_of(table, 0, "id") == "academy");
    CHECK(cell_of(table, 0, "applied") == "2025-01-10");
    CHECK(cell_of(table, 0, "actions_count") == "0");
    CHECK(cell_of(table, 1, "id") == "kenya");
    CHECK(cell_of(table, 1, "name_fr") == "Kenya (fr)");
    CHECK(cell_of(table, 1, "country_name") == "Kenya");
    CHECK(cell_of(table, 1, "ilo_region") == "Africa");
    CHECK(cell_of(table, 1, "adherence.declared") == "2024-01-15");
    CHECK(cell_of(table, 1, "adherence.contribute") == "false");
    CHECK(cell_of(table, 1, "adherence.levels") == "national; regional");
    CHECK(cell_of(table, 1, "support") == "advocacy; in-kind");
    CHECK(cell_of(table, 1, "actions_count") == "2");
    CHECK(cell_of(table, 1, "scope") == "");
    for (const Column& column : table.columns) CHECK(column.name != "contact");
    CHECK(unreadable.values == 0);
  }

  TEST_CASE("the private partners table ends with the decision") {
    const auto checked = registry();
    Unreadable unreadable;
    const Table table = partners_table(select_partners(checked.registry, {}), true, unreadable);
    CHECK(table.holds_private);
    CHECK(table.rows[1].back() == "never shown without --private");
    CHECK(cell_of(table, 1, "contact") == "desk@example.org");
    CHECK(table.rows[1].size() == partner_columns(true).size());
  }

  TEST_CASE("actions: one row each, in the partner's order, progress one report a line") {
    const auto checked = registry();
    Unreadable unreadable;
    const Table table = actions_table(select_partners(checked.registry, {}), unreadable);
    REQUIRE(table.rows.size() == 2);
    CHECK(cell_of(table, 0, "partner") == "kenya");
    CHECK(cell_of(table, 0, "title") == "=Extend social protection");  // the CSV guards it
    CHECK(cell_of(table, 0, "sdgs") == "1; 8");
    CHECK(cell_of(table, 0, "status") == "ongoing");
    CHECK(cell_of(table, 0, "last_progress") == "2025-03-01");
    CHECK(cell_of(table, 0, "progress") == "2024-11-15: Launched\n: Undated\n2025-03-01:");
    CHECK(cell_of(table, 1, "title") == "Second");
    CHECK(cell_of(table, 1, "status") == "");  // absent: the cell is empty
    CHECK(cell_of(table, 1, "progress") == "");
  }

  TEST_CASE("contacts: one row per focal point, a private table") {
    const auto checked = registry();
    Unreadable unreadable;
    const Table table = contacts_table(select_partners(checked.registry, {}), unreadable);
    CHECK(table.holds_private);
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0] ==
          std::vector<std::string>{"kenya", "A. Focal", "", "a@example.org", "", "fr"});
  }

  TEST_CASE("filters: category, status, country, ILO region") {
    const auto checked = registry();
    PartnerSelection selection;
    selection.category = model::Category::academic;
    CHECK(select_partners(checked.registry, selection).size() == 1);
    selection = {};
    selection.status = model::Status::admitted;
    CHECK(select_partners(checked.registry, selection).front()->id->value == "kenya");
    selection = {};
    selection.country = "ke";
    CHECK(select_partners(checked.registry, selection).size() == 1);
    selection = {};
    selection.ilo_region = "Africa";
    CHECK(select_partners(checked.registry, selection).size() == 1);
    selection.ilo_region = "Europe and Central Asia";
    CHECK(select_partners(checked.registry, selection).empty());
    const auto regions = ilo_regions();
    CHECK(regions == std::vector<std::string>{"Africa", "Americas", "Arab States",
                                              "Asia and the Pacific", "Europe and Central Asia"});
  }

  TEST_CASE("an unreadable value is counted and left empty") {
    const auto checked =
        check_files({{"partners/kenya.yaml",
                      testing::replace(kKenya, "admitted: 2024-02-01", "admitted: 2024-02-31")}});
    Unreadable unreadable;
    const Table table = partners_table(select_partners(checked.registry, {}), false, unreadable);
    CHECK(unreadable.values == 1);
    CHECK(cell_of(table, 0, "admitted") == "");
  }

  TEST_CASE("a value outside the format's words is kept as written") {
    const auto checked = check_files(
        {{"partners/sample.yaml",
          testing::replace(testing::kEmployers, "scope: national", "scope: galactic")}});
    Unreadable unreadable;
    const Table table = partners_table(select_partners(checked.registry, {}), false, unreadable);
    CHECK(cell_of(table, 0, "scope") == "galactic");
    CHECK(unreadable.values == 0);
  }

  TEST_CASE("group: one row per term, the role on the date, renewable on the sitting term") {
    auto members = testing::full_group_members();
    testing::GroupMember& chair = members.at(1);
    chair.roles = {"{role: vice-chair, since: 2025-01-01}"};
    chair.terms = {"{start: 2024-06-01, end: 2024-12-31, nominated_by: NOMINATOR}",
                   "{start: 2025-01-01, nominated_by: NOMINATOR}"};
    const auto checked = check_files(testing::group_registry(testing::group_yaml(members)));
    Unreadable unreadable;
    const Table before = group_table(checked.registry, {2024, 7, 1}, nullptr, unreadable);
    const Table table = group_table(checked.registry, testing::kGroupAsOf, nullptr, unreadable);
    REQUIRE(table.rows.size() == members.size() + 1);
    for (const auto& row : table.rows) CHECK(row.size() == group_columns().size());
    // The Director-General: one row, its period of office as start and end.
    CHECK(cell_of(table, 0, "seat") == "director-general");
    CHECK(cell_of(table, 0, "role") == "co-chair");
    CHECK(cell_of(table, 0, "renewable") == "");
    CHECK(cell_of(table, 1, "member") == chair.name);
    CHECK(cell_of(table, 1, "end") == "2024-12-31");
    CHECK(cell_of(table, 1, "renewable") == "");  // not the term sat through on the date
    CHECK(cell_of(table, 2, "start") == "2025-01-01");
    CHECK(cell_of(table, 2, "end") == "2026-12-31");  // a full term's last day
    CHECK(cell_of(table, 2, "role") == "vice-chair");
    CHECK(cell_of(before, 2, "role") == "member");
    CHECK(cell_of(table, 2, "renewable") == "already-renewed");
    CHECK(cell_of(table, 3, "renewable") == "possible");
    CHECK(cell_of(table, 3, "nominated_by") != "");
    // Only the members of the partners selected.
    PartnerSelection selection;
    selection.category = model::Category::government;
    const auto governments = select_partners(checked.registry, selection);
    const Table some = group_table(checked.registry, testing::kGroupAsOf, &governments, unreadable);
    for (std::size_t row = 0; row < some.rows.size(); ++row)
      CHECK(cell_of(some, row, "seat") == "government");
    CHECK_FALSE(some.rows.empty());
  }
}

}  // namespace gcsj::sheet
