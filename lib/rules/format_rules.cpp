#include "rules/format_rules.hpp"

namespace gcsj::rules::format {
using findings::Severity;

const Rule kYamlSyntax{
    "yaml-syntax",
    "",
    Severity::error,
    "The file is not well-formed YAML.",
    "The file could not be parsed as YAML; the finding is placed where the parser stopped. "
    "Documents before that point are still checked; the rest of the file is not.",
    nullptr,
    R"yaml(name: "Acme: Workers' Union")yaml",
    R"yaml(name: [Acme Workers' Union)yaml"};

const Rule kEncoding{
    "yaml-encoding",
    "",
    Severity::error,
    "The file is not UTF-8 text.",
    "Registry files must be UTF-8 (a UTF-8 byte order mark is accepted). UTF-16 and UTF-32 "
    "files, malformed UTF-8 and NUL bytes are refused, since they would be read differently by "
    "different tools.",
    nullptr,
    R"yaml(name: Fundación Sol   # saved as UTF-8)yaml",
    R"yaml(name: Fundaci\xF3n Sol   # saved as Latin-1)yaml"};

const Rule kInputLimit{
    "input-limit",
    "",
    Severity::error,
    "The file exceeds a limit that protects the checker.",
    "Files over 256 MiB and YAML nested deeper than yaml-cpp's limit of 2,000 levels are "
    "refused, so a hostile file cannot exhaust memory or the stack. Other files are still "
    "checked.",
    nullptr,
    R"yaml(actions: [...]   # a few levels deep)yaml",
    R"yaml(a: [[[[[[ ... ]]]]]]   # 2,001 levels deep)yaml"};

const Rule kUnreadableFile{
    "unreadable-file",
    "",
    Severity::error,
    "A file or directory below a registry could not be read.",
    "A file found while walking a directory could not be opened or read (permissions, a "
    "broken link, a device or pipe): its content is not checked, which must not go unnoticed.",
    nullptr,
    R"yaml(partners/ilo.yaml   # a regular, readable file)yaml",
    R"yaml(partners/broken-link.yaml -> ../missing.yaml)yaml"};

const Rule kEmptyFile{
    "empty-file",
    "",
    Severity::warning,
    "A YAML file holds no document.",
    "A registry file with no document (empty, or only comments) is probably a mistake: a "
    "partner left unwritten or a file saved before its content.",
    nullptr,
    R"yaml(kind: partner
id: ilo
...)yaml",
    R"yaml(# to be written)yaml"};

const Rule kAlias{
    "yaml-alias",
    "",
    Severity::error,
    "YAML aliases (*name) are not accepted in registry files.",
    "Aliases make a value stand in two places at once, so a finding could not say where it is, "
    "and alias bombs can make one small file expand without bound. Write the value out.",
    nullptr,
    R"yaml(levels: [global, national]
...
levels: [global, national])yaml",
    R"yaml(levels: &both [global, national]
...
levels: *both)yaml"};

const Rule kMergeKey{
    "yaml-merge-key",
    "",
    Severity::error,
    "YAML merge keys (<<) are not accepted.",
    "The merge key is a YAML 1.1 extension that YAML 1.2 and yaml-cpp do not resolve; "
    "tools disagree on what it means. Write the keys out.",
    nullptr,
    R"yaml(adherence:
  declared: 2024-02-15
  advocate: true)yaml",
    R"yaml(adherence:
  <<: *defaults
  declared: 2024-02-15)yaml"};

const Rule kTag{
    "yaml-tag",
    "",
    Severity::error,
    "A YAML tag other than !!str, !!seq or !!map is not accepted.",
    "A tag changes what a value is (!!binary bytes, !!int a number, a local tag like !secret "
    "whatever an application says). gcsj reads registry values as the registry format defines "
    "them and would silently drop the tag's meaning, so it reports it instead. Tags that only "
    "restate what gcsj reads are accepted: !!str on a scalar (a string, as quotes make it), "
    "!!seq on a list, !!map on a mapping.",
    nullptr,
    R"yaml(name: "Fundación Sol")yaml",
    R"yaml(name: !!binary RnVuZGFjacOzbiBTb2w=)yaml"};

const Rule kDuplicateKey{
    "duplicate-key",
    "",
    Severity::error,
    "A mapping has the same key twice.",
    "YAML forbids duplicate keys, yet many parsers silently keep the last value. The finding is "
    "reported at the second occurrence and names the first; only the first value is read.",
    nullptr,
    R"yaml(name: Acme Workers' Union
category: workers-organization)yaml",
    R"yaml(name: Acme Workers' Union
name: Acme Union)yaml"};

const Rule kUnknownKey{
    "unknown-key",
    "",
    Severity::error,
    "A key the registry format does not define.",
    "Misspelt keys would otherwise be ignored, and the requirement they were meant to meet "
    "would look unmet. Keys starting with x_ are extensions and are ignored.",
    nullptr,
    R"yaml(country: KE
x_internal_ref: 42)yaml",
    R"yaml(contry: KE)yaml"};

const Rule kWrongType{
    "wrong-type",
    "",
    Severity::error,
    "A value has the wrong type (mapping, list, string, ...).",
    "Each key of the format takes one type of value; a list where a string is expected, or an "
    "unquoted number where text is expected, is reported rather than guessed at.",
    nullptr,
    R"yaml(name: "2030"
levels: [national])yaml",
    R"yaml(name: 2030
levels: national)yaml"};

const Rule kAmbiguousBoolean{
    "ambiguous-boolean",
    "",
    Severity::error,
    "A boolean is written yes/no/on/off or quoted.",
    "YAML 1.1 reads yes, no, on, off, y and n as booleans and YAML 1.2 as strings, so tools "
    "disagree on them. Only true and false (in any case) are booleans in a registry.",
    nullptr,
    R"yaml(advocate: true)yaml",
    R"yaml(advocate: yes)yaml"};

const Rule kInvalidDate{
    "invalid-date",
    "",
    Severity::error,
    "A date is not a real YYYY-MM-DD calendar date.",
    "Dates decide who is a partner and whose term has ended, so they must be unambiguous "
    "calendar dates: 2024-02-30, 2024-2-3 or 15/02/2024 are refused.",
    nullptr,
    R"yaml(admitted: 2024-02-29)yaml",
    R"yaml(admitted: 2023-02-29)yaml"};

const Rule kInvalidValue{
    "invalid-value",
    "",
    Severity::error,
    "A value is not one of the values its key allows.",
    "Enumerated keys (kind, category, status, scope, type, levels, ...) take one of a fixed set "
    "of kebab-case values; the finding lists them and suggests the closest.",
    nullptr,
    R"yaml(status: admitted)yaml",
    R"yaml(status: admited)yaml"};

const Rule kMissingKind{
    "missing-kind",
    "",
    Severity::error,
    "A document has no `kind`.",
    "Every document says what it is (kind: partner or kind: coordinating-group); without it "
    "nothing else in the document can be checked.",
    nullptr,
    R"yaml(kind: partner
id: ilo)yaml",
    R"yaml(id: ilo
name: ...)yaml"};

}  // namespace gcsj::rules::format
