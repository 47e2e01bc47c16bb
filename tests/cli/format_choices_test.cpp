// The command line's --format of each view is its table of formats (render/format_table.hpp):
// the values `--help` lists, in the table's order, and the default, the table's first row.

#include <doctest/doctest.h>

#include <cstdio>
#include <regex>
#include <string>
#include <vector>

#include "render/validate/formats.hpp"
#include "render/view_formats.hpp"

namespace render = gcsj::render;

namespace {

std::string help_of(const std::string& command) {
  std::string out;
  FILE* pipe = popen((std::string(GCSJ_BINARY) + " " + command + " --help").c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  pclose(pipe);
  return out;
}

// The values and the default `-f,--format TEXT:{a,b}=a` shows; an empty default when none.
struct Choices {
  std::vector<std::string> names;
  std::string default_name;
};

Choices format_choices(const std::string& command) {
  const std::string help = help_of(command);
  std::smatch match;
  const std::regex option(R"(--format TEXT:\{([^}]*)\}(?:=([a-z]+))?)");
  REQUIRE(std::regex_search(help, match, option));
  Choices choices{{}, match[2]};
  const std::string list = match[1];
  for (std::size_t from = 0;;) {
    const auto comma = list.find(',', from);
    choices.names.push_back(list.substr(from, comma - from));
    if (comma == std::string::npos) break;
    from = comma + 1;
  }
  return choices;
}

template <class View>
void check_choices(const std::string& command, std::span<const render::Format<View>> table) {
  INFO(command);
  const Choices choices = format_choices(command);
  CHECK(choices.names == render::format_names(table));
  CHECK(choices.default_name == table.front().name);
}

}  // namespace

TEST_SUITE("cli::format_choices") {
  TEST_CASE("each command's --format offers its view's table, the first row by default") {
    check_choices("group seats", render::seats_formats());
    check_choices("group terms", render::terms_formats());
    check_choices("group plan", render::plan_formats());
    check_choices("list partners", render::list_formats());
    check_choices("list applications", render::application_list_formats());
    check_choices("report", render::report_formats());
    check_choices("changes", render::changes_formats());
    check_choices("changes", render::diff_formats());
    check_choices("rules", render::rules_formats());
  }

  TEST_CASE("validate's --format offers its table, and its footer each row's help") {
    const Choices choices = format_choices("validate");
    CHECK(choices.names == render::format_names(render::output_formats()));
    const std::string help = help_of("validate");
    for (const auto& format : render::output_formats()) {
      INFO(format.name);
      CHECK(help.find(std::string(format.help)) != std::string::npos);
    }
  }
}
