// The tables of formats of the views (render/view_formats.hpp): each row named once, with a
// renderer and a line of help. tests/app/commands_test.cpp renders every row on the examples.

#include <doctest/doctest.h>

#include <set>
#include <string_view>

#include "render/view_formats.hpp"

namespace render = gcsj::render;

namespace {

template <class View>
void check_table(std::string_view view, std::span<const render::Format<View>> table) {
  INFO(view);
  REQUIRE_FALSE(table.empty());
  std::set<std::string_view> names;
  for (const auto& format : table) {
    INFO(format.name);
    CHECK(names.insert(format.name).second);
    CHECK(static_cast<bool>(format.render));
    CHECK_FALSE(format.help.empty());
    CHECK(render::find_format(table, format.name) == &format);
  }
  CHECK(render::find_format(table, "xlsx") == nullptr);
}

}  // namespace

TEST_SUITE("render::view_formats") {
  TEST_CASE("each view's table: unique names, a renderer and a line of help each") {
    check_table("seats", render::seats_formats());
    check_table("terms", render::terms_formats());
    check_table("plan", render::plan_formats());
    check_table("list", render::list_formats());
    check_table("list applications", render::application_list_formats());
    check_table("report", render::report_formats());
    check_table("changes", render::changes_formats());
    check_table("changes --base", render::diff_formats());
    check_table("rules", render::rules_formats());
  }

  TEST_CASE("the default of each view is the format it had before the tables") {
    CHECK(render::seats_formats().front().name == "text");
    CHECK(render::terms_formats().front().name == "text");
    CHECK(render::plan_formats().front().name == "text");
    CHECK(render::list_formats().front().name == "text");
    CHECK(render::report_formats().front().name == "markdown");
    CHECK(render::changes_formats().front().name == "text");
    CHECK(render::rules_formats().front().name == "text");
  }
}
