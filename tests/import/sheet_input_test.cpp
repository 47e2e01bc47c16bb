#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "import/sheet_input.hpp"
#include "load/csv_reader.hpp"

using namespace gcsj;

namespace {

struct Read {
  import::SheetInput sheet;
  std::vector<findings::Finding> findings;
};

Read read(const std::string& text,
          const import::TableColumns& columns = import::partner_columns()) {
  Read result;
  const load::CsvFile csv = load::read_csv(0, text, result.findings);
  result.sheet = import::read_sheet(csv, 0, columns, result.findings);
  return result;
}

}  // namespace

TEST_SUITE("import::sheet_input") {
  TEST_CASE("a French header row: each unknown column a finding with its suggestion") {
    const Read r = read("id,nom,cat\xC3\xA9gorie,statut\nacme,Acme,ngo,admitted\n");
    REQUIRE(r.findings.size() == 3);
    CHECK(r.findings[0].rule == "csv-column");
    CHECK(r.findings[0].where == model::Location{0, 1, 4});
    CHECK(r.findings[1].where == model::Location{0, 1, 8});
    CHECK(r.findings[1].hint.english() == "did you mean `category`?");
    CHECK(r.findings[2].hint.english() == "did you mean `status`?");
    CHECK(r.sheet.readable);
    CHECK(r.sheet.value(r.sheet.rows[0], "id")->text == "acme");
    CHECK_FALSE(r.sheet.column("nom"));
  }

  TEST_CASE("skips derived columns and a private file's first row") {
    const Read r =
        read("PRIVATE: never publish this file\nid,country_name,name\nacme,Brazil,Acme\n");
    CHECK(r.findings.empty());
    REQUIRE(r.sheet.rows.size() == 1);
    CHECK(r.sheet.value(r.sheet.rows[0], "name")->text == "Acme");
    CHECK_FALSE(r.sheet.value(r.sheet.rows[0], "country_name"));
  }

  TEST_CASE("a formula is a finding and no value; an apostrophe before one is removed") {
    const Read r = read("id,name,contact\nacme,=HYPERLINK(\"x\"),'=not a formula\n");
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].rule == "csv-formula");
    CHECK(r.findings[0].where == model::Location{0, 2, 6});
    CHECK_FALSE(r.sheet.value(r.sheet.rows[0], "name"));
    const import::Value* contact = r.sheet.value(r.sheet.rows[0], "contact");
    REQUIRE(contact);
    CHECK(contact->text == "=not a formula");
    CHECK(contact->shift == 1);
  }

  TEST_CASE("a cell past the header, a duplicate column and a missing key column") {
    Read r = read("id,name,name\nacme,Acme,Acme 2,extra,\n");
    REQUIRE(r.findings.size() == 2);
    CHECK(r.findings[0].rule == "csv-column");  // the second `name`
    CHECK(r.findings[0].where == model::Location{0, 1, 9});
    CHECK(r.findings[1].rule == "csv-extra-cell");
    CHECK(r.findings[1].where == model::Location{0, 2, 18});
    CHECK(r.sheet.value(r.sheet.rows[0], "name")->text == "Acme");

    r = read("title,status\nTraining,ongoing\n", import::action_columns());
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].rule == "csv-column");
    CHECK(r.findings[0].message.english().find("`partner`") != std::string::npos);
    CHECK_FALSE(r.sheet.readable);
    CHECK(r.sheet.rows.empty());
  }
}
