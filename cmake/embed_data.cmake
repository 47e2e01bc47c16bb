# Writes OUTPUT: a C++ file with one string constant per INPUTS file, named after the file's stem.
set(content "// Generated from data/*.csv by cmake/embed_data.cmake. Do not edit.\n")
string(APPEND content "#include \"refdata/embedded_data.hpp\"\n\nnamespace gcsj::refdata::embedded {\n")
string(REPLACE "|" ";" INPUTS "${INPUTS}")
set(table "")
foreach(input IN LISTS INPUTS)
  get_filename_component(file_name "${input}" NAME)
  string(REGEX REPLACE "[-.]" "_" name "${file_name}")
  file(READ "${input}" text)
  string(APPEND content "const std::string_view ${name} = R\"gcsj_csv(${text})gcsj_csv\";\n")
  string(APPEND table "      {\"${file_name}\", ${name}},\n")
endforeach()
# Every file by its name, for what is found by name (a kind's schema, data/schema/KIND.schema.json).
string(APPEND content "\nstd::string_view file(std::string_view name) {\n"
                      "  struct Named {\n    std::string_view name;\n    std::string_view text;\n  };\n"
                      "  static const Named kFiles[] = {\n${table}  };\n"
                      "  for (const Named& named : kFiles)\n"
                      "    if (named.name == name) return named.text;\n"
                      "  return {};\n}\n")
string(APPEND content "}  // namespace gcsj::refdata::embedded\n")
file(WRITE "${OUTPUT}.tmp" "${content}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
