// app/export: the tables of the example registry as CSV, where they go (standard output, a file,
// a directory of files), the private ones, and the request's usage errors.

#include "app/export.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "support/app_checks.hpp"
#include "support/temp_tree.hpp"

namespace app = gcsj::app;
namespace fs = std::filesystem;
using gcsj::testing::check_usage;
using gcsj::testing::kExampleRegistry;

namespace {

app::ExportRequest request_for(const std::string& table) {
  auto request = gcsj::testing::example_request<app::ExportRequest>(kExampleRegistry);
  request.table = table;
  return request;
}

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

bool starts_with(const std::string& text, const std::string& prefix) {
  return text.rfind(prefix, 0) == 0;
}

}  // namespace

TEST_SUITE("app::export") {
  TEST_CASE("one table as CSV on standard output, header first") {
    const auto printed = app::export_tables(request_for("partners"), {});
    REQUIRE(printed.has_value());
    CHECK(printed->outcome == app::Outcome::clean);
    CHECK(printed->read == std::vector<std::string>{kExampleRegistry});
    CHECK(starts_with(printed->text, "id,name,name_fr,name_es,category,status,"));
    CHECK(printed->text.find("decision") == std::string::npos);
    CHECK(printed->text.find("\r\nituc,International Trade Union Confederation,") !=
          std::string::npos);
  }

  TEST_CASE("--private adds the decision and the PRIVATE row") {
    auto request = request_for("partners");
    request.with_private = true;
    const auto printed = app::export_tables(request, {});
    REQUIRE(printed.has_value());
    CHECK(starts_with(printed->text, "PRIVATE: focal points and decision reasons"));
    CHECK(printed->text.find(",decision\r\n") != std::string::npos);
    request.table = "contacts";
    const auto contacts = app::export_tables(request, {});
    REQUIRE(contacts.has_value());
    CHECK(contacts->text.find("\r\npartner,name,role,email,phone,language\r\n") !=
          std::string::npos);
  }

  TEST_CASE("filters select partners, and the actions follow them") {
    auto request = request_for("actions");
    request.country = "KE";
    const auto printed = app::export_tables(request, {});
    REQUIRE(printed.has_value());
    CHECK(printed->text.find("\r\nkenya,") != std::string::npos);
    CHECK(printed->text.find("\r\nituc,") == std::string::npos);
    request.country = "";
    request.region = "Arab States";
    request.table = "partners";
    const auto arab = app::export_tables(request, {});
    REQUIRE(arab.has_value());
    CHECK(arab->text.find("\r\njordan,") != std::string::npos);
    CHECK(arab->text.find("\r\nkenya,") == std::string::npos);
  }

  TEST_CASE("CSV of every table to a directory, created when missing") {
    const gcsj::testing::TempTree tree;
    auto request = request_for("all");
    request.output = tree.path("out/tables");
    const auto printed = app::export_tables(request, {});
    REQUIRE(printed.has_value());
    CHECK(printed->text.empty());
    for (const char* name : {"partners", "actions", "group", "applications"})
      CHECK(starts_with(read(tree.root / "out/tables" / (std::string(name) + ".csv")), ""));
    CHECK(fs::exists(tree.root / "out/tables/group.csv"));
    CHECK_FALSE(fs::exists(tree.root / "out/tables/contacts.csv"));
    CHECK(starts_with(read(tree.root / "out/tables/group.csv"), "member,partner,seat,"));
    request.with_private = true;
    REQUIRE(app::export_tables(request, {}).has_value());
    CHECK(starts_with(read(tree.root / "out/tables/contacts.csv"), "PRIVATE: "));
  }

  TEST_CASE("one table to a file") {
    const gcsj::testing::TempTree tree;
    auto request = request_for("group");
    request.output = tree.path("group.csv");
    const auto printed = app::export_tables(request, {});
    REQUIRE(printed.has_value());
    CHECK(printed->text.empty());
    CHECK(starts_with(read(tree.root / "group.csv"), "member,partner,seat,region,role,"));
  }

  TEST_CASE("usage errors") {
    check_usage(app::export_tables(request_for("contacts"), {}),
                "--table contacts: the focal points are private; add --private to export them");
    check_usage(app::export_tables(request_for("members"), {}),
                "--table members: not one of partners, actions, group, applications, forum, "
                "contacts, all");
    check_usage(app::export_tables(request_for("all"), {}),
                "-f csv --table all writes one file per table: name their directory with -o DIR");
    auto xlsx = request_for("partners");
    xlsx.format = "xlsx";
    check_usage(app::export_tables(xlsx, {}),
                "-f xlsx writes a workbook, never to standard output: name its file with -o FILE");
    xlsx.output = "-";
    check_usage(app::export_tables(xlsx, {}),
                "-f xlsx writes a workbook, never to standard output: name its file with -o FILE");
    auto region = request_for("partners");
    region.region = "Oceania";
    check_usage(app::export_tables(region, {}),
                "--region Oceania: not one of Africa, Americas, Arab States, Asia and the "
                "Pacific, Europe and Central Asia");
    auto country = request_for("partners");
    country.country = "Kenya";
    check_usage(app::export_tables(country, {}),
                "--country Kenya: not an ISO 3166-1 alpha-2 code (such as KE)");
  }

  TEST_CASE("values that could not be read: exported empty, counted in a warning") {
    const gcsj::testing::TempTree tree;
    tree.write("partners/kenya.yaml",
               "kind: partner\nid: kenya\nname: Kenya\ncategory: "
               "government\nstatus: admitted\nadmitted: 2024-02-31\n"
               "country: KE\n");
    auto request = gcsj::testing::example_request<app::ExportRequest>(tree.path());
    std::vector<std::string> warnings;
    const auto printed =
        app::export_tables(request, [&](const std::string& w) { warnings.push_back(w); });
    REQUIRE(printed.has_value());
    CHECK(printed->text.find("\r\nkenya,Kenya,,,government,admitted,,,") != std::string::npos);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[1] == "warning: 1 value could not be read and is left empty; `gcsj validate " +
                             tree.path() + "` says why");
  }
}
