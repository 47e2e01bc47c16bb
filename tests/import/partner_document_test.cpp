#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "import/partner_document.hpp"
#include "load/csv_reader.hpp"

using namespace gcsj;
using import::SheetInput;

namespace {

SheetInput sheet_of(const std::string& text, model::FileId file,
                    const import::TableColumns& columns) {
  std::vector<findings::Finding> out;
  const load::CsvFile csv = load::read_csv(file, text, out);
  SheetInput sheet = import::read_sheet(csv, file, columns, out);
  REQUIRE(out.empty());
  return sheet;
}

}  // namespace

TEST_SUITE("import::partner_document") {
  TEST_CASE("writes a row in the registry's canonical form, its actions after its keys") {
    const SheetInput partners = sheet_of(
        "id,name,category,status,admitted,country,country_name,adherence.declared,"
        "adherence.advocate,adherence.levels,support\n"
        "acme,\"Acme: union\",workers-organization,admitted,2024-01-10,BR,Brazil,2023-12-05,"
        "true,global; national,\n",
        0, import::partner_columns());
    const SheetInput actions = sheet_of(
        "partner,title,sdgs,status,progress\n"
        "acme,Training,1;8,ongoing,\"2025-05-20: Bill sent\n: undated\"\n",
        1, import::action_columns());
    const import::Document document =
        import::partner_document(partners, partners.rows[0], {&actions, {&actions.rows[0]}}, {});
    CHECK(document.id == "acme");
    CHECK(document.actions == 1);
    CHECK(document.text ==
          "kind: partner\n"
          "id: acme\n"
          "name: \"Acme: union\"\n"
          "category: workers-organization\n"
          "status: admitted\n"
          "admitted: 2024-01-10\n"
          "country: BR\n"
          "adherence:  # ¶18: the formal adherence; ¶16: its commitments\n"
          "  declared: 2023-12-05\n"
          "  advocate: true\n"
          "  levels: [global, national]\n"
          "actions:  # ¶34-36\n"
          "  - title: Training\n"
          "    sdgs: [1, 8]\n"
          "    status: ongoing\n"
          "    progress:\n"
          "      - date: 2025-05-20\n"
          "        summary: Bill sent\n"
          "      - summary: undated\n");
  }

  TEST_CASE("reads back an escaped semicolon in a list item and a summary of several lines") {
    const SheetInput partners =
        sheet_of("id,champions\nacme,\"Smith\\; Jones; x\"\n", 0, import::partner_columns());
    const SheetInput actions = sheet_of(
        "partner,title,progress\n"
        "acme,T,\"2024-01-01: First\n  Second\n2024-02-01: Next\"\n",
        1, import::action_columns());
    const import::Document document =
        import::partner_document(partners, partners.rows[0], {&actions, {&actions.rows[0]}}, {});
    CHECK(document.text ==
          "kind: partner\n"
          "id: acme\n"
          "champions: [Smith; Jones, x]\n"
          "actions:  # ¶34-36\n"
          "  - title: T\n"
          "    progress:\n"
          "      - date: 2024-01-01\n"
          "        summary: \"First\\nSecond\"\n"
          "      - date: 2024-02-01\n"
          "        summary: Next\n");
  }

  TEST_CASE("moves a value's place to its cell, a list item's to its place in the cell") {
    const SheetInput partners =
        sheet_of("id,admitted,adherence.levels\nacme,2024-13-01,global; nationl\n", 0,
                 import::partner_columns());
    const import::Document document = import::partner_document(partners, partners.rows[0], {}, {});
    // admitted: 2024-13-01 is line 3, its value at column 11.
    const model::Location date = import::cell_of(document, {7, 3, 11}, "");
    CHECK(date == model::Location{0, 2, 6});
    // "  levels: [global, nationl]" is line 5: its second item at column 20, in the cell at 17 + 8.
    const model::Location item = import::cell_of(document, {7, 5, 20}, "");
    CHECK(item == model::Location{0, 2, 25});
  }

  TEST_CASE("moves a missing key's finding to its row and column") {
    const SheetInput partners =
        sheet_of("id,name,adherence.declared,adherence.advocate\nacme,Acme,,true\n", 0,
                 import::partner_columns());
    const import::Document document = import::partner_document(partners, partners.rows[0], {}, {});
    // The `adherence:` mapping starts at line 4, column 1.
    CHECK(import::cell_of(document, {0, 4, 1}, "declared") == model::Location{0, 2, 11});
    // A key naming a mapping: its first column.
    CHECK(import::cell_of(document, {0, 1, 1}, "adherence") == model::Location{0, 2, 11});
    // A column the file does not have: the row's first cell, and the column named.
    std::string missing;
    CHECK(import::cell_of(document, {0, 1, 1}, "category", &missing) == model::Location{0, 2, 1});
    CHECK(missing == "category");
  }

  TEST_CASE("writes every column lib/sheet/columns lists for import, one line each") {
    std::string header, row;
    for (std::string_view column : import::partner_columns().read) {
      header += (header.empty() ? "" : ",") + std::string(column);
      row += (row.empty() ? "" : ",") + std::string("x");
    }
    const SheetInput partners = sheet_of(header + "\n" + row + "\n", 0, import::partner_columns());
    std::string action_header, action_row;
    for (std::string_view column : import::action_columns().read) {
      action_header += (action_header.empty() ? "" : ",") + std::string(column);
      action_row += (action_row.empty() ? "" : ",") + std::string(column == "partner" ? "x" : "y");
    }
    const SheetInput actions =
        sheet_of(action_header + "\n" + action_row + "\n", 1, import::action_columns());
    const import::Document document =
        import::partner_document(partners, partners.rows[0], {&actions, {&actions.rows[0]}}, {});
    // kind, a line per column, `accreditation:` and `adherence:`; then `actions:`, a line per
    // column but `partner`, and `progress` on two lines.
    const std::size_t partner_lines = 1 + import::partner_columns().read.size() + 2;
    const std::size_t action_lines = 1 + import::action_columns().read.size() - 1 + 1;
    CHECK(document.lines.size() == partner_lines + action_lines);
    for (std::string_view column : import::partner_columns().read) {
      const std::string key(column.substr(column.find('.') + 1));
      CHECK_MESSAGE(document.text.find(key + ": ") != std::string::npos, key);
    }
  }
}
