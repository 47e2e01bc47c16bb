// gcsj schema KIND: the JSON Schema of a kind of document (the kinds of
// lib/load/document_kinds.cpp that have one).

#include "app/schema.hpp"
#include "commands.hpp"

namespace gcsj::cli {

void setup_schema(CLI::App& app, int& exit_status) {
  auto kind = std::make_shared<std::string>();
  auto output = std::make_shared<std::string>();
  const std::vector<std::string> kinds = app::schema_kinds();
  CLI::App* cmd = app.add_subcommand(
      "schema",
      "Print the JSON Schema (draft 2020-12) of a document kind, for editors and other validators");
  cmd->add_option("kind", *kind, app::schema_kind_names().english())
      ->required()
      ->check(CLI::IsMember(kinds));
  cmd->add_option("-o,--output", *output, "Write the schema to FILE instead of standard output")
      ->check(non_empty("file name"));
  cmd->callback(
      [kind, output, &exit_status] { exit_status = finish(app::schema({*kind}), *output); });
}

}  // namespace gcsj::cli
