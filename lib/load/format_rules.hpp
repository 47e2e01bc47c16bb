#pragma once
// The rules of the file format itself (spec section 1), applied by the loader while it reads: a
// document that breaks one cannot be read as written. They cite no paragraph of GB.349/INS/4.

#include <array>

#include "findings/rule.hpp"
#include "i18n/translator.hpp"

namespace gcsj::load::format {

using findings::Reach;
using findings::Rule;
using findings::Severity;
using i18n::N_;

inline constexpr Rule kYamlSyntax{
    .id = "yaml-syntax",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("The file is not well-formed YAML."),
    .explanation =
        N_("The file could not be parsed as YAML; the finding is placed where the parser stopped, "
           "or at the opening quote of a string left unclosed. Only the document in error is lost, "
           "from the line it starts on to the next `---` line: the documents before and after it "
           "are still checked."),
    .passing = R"yaml(name: "Acme: Workers' Union")yaml",
    .failing = R"yaml(name: [Acme Workers' Union)yaml",
    .reach = Reach::document,
    .locked = true,
};

inline constexpr Rule kEncoding{
    .id = "yaml-encoding",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("The file is not UTF-8 text."),
    .explanation =
        N_("Registry files must be UTF-8 (a UTF-8 byte order mark is accepted). UTF-16 and UTF-32 "
           "files, malformed UTF-8 and NUL bytes are refused, since they would be read differently "
           "by different tools."),
    .passing = R"yaml(name: Fundación Sol   # saved as UTF-8)yaml",
    .failing = R"yaml(name: Fundaci\xF3n Sol   # saved as Latin-1)yaml",
    .reach = Reach::document,
    .locked = true,
};

inline constexpr Rule kInputLimit{
    .id = "input-limit",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("The file exceeds a limit that protects the checker."),
    .explanation =
        N_("Files over 256 MiB, documents over 15 MiB or of more than 250,000 values, and YAML "
           "nested deeper than yaml-cpp's limit of 2,000 levels are refused, so a hostile file "
           "cannot exhaust memory or the stack. Other files and documents are still checked."),
    .passing = R"yaml(actions: [...]   # a few levels deep)yaml",
    .failing = R"yaml(a: [[[[[[ ... ]]]]]]   # 2,001 levels deep)yaml",
    .reach = Reach::document,
    .locked = true,
};

inline constexpr Rule kUnreadableFile{
    .id = "unreadable-file",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("A file or directory below a registry could not be read."),
    .explanation = N_(
        "A file found while walking a directory could not be opened or read (permissions, a "
        "broken link, a device or pipe): its content is not checked, which must not go unnoticed."),
    .passing = R"yaml(partners/ilo.yaml   # a regular, readable file)yaml",
    .failing = R"yaml(partners/broken-link.yaml -> ../missing.yaml)yaml",
    .reach = Reach::document,
    .locked = true,
};

inline constexpr Rule kEmptyFile{
    .id = "empty-file",
    .paragraph = "",
    .severity = Severity::warning,
    .summary = N_("A YAML file holds no document."),
    .explanation =
        N_("A registry file with no document (empty, or only comments) is probably a mistake: a "
           "partner left unwritten or a file saved before its content."),
    .passing = R"yaml(kind: partner
id: ilo
...)yaml",
    .failing = R"yaml(# to be written)yaml",
    .reach = Reach::document,
};

inline constexpr Rule kAlias{
    .id = "yaml-alias",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("YAML aliases (*name) are not accepted in registry files."),
    .explanation = N_(
        "Aliases make a value stand in two places at once, so a finding could not say where it "
        "is, and alias bombs can make one small file expand without bound. Write the value out."),
    .passing = R"yaml(levels: [global, national]
...
levels: [global, national])yaml",
    .failing = R"yaml(levels: &both [global, national]
...
levels: *both)yaml",
    .reach = Reach::document,
    .locked = true,
};

inline constexpr Rule kMergeKey{
    .id = "yaml-merge-key",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("YAML merge keys (<<) are not accepted."),
    .explanation =
        N_("The merge key is a YAML 1.1 extension that YAML 1.2 and yaml-cpp do not resolve; tools "
           "disagree on what it means. Write the keys out."),
    .passing = R"yaml(adherence:
  declared: 2024-02-15
  advocate: true)yaml",
    .failing = R"yaml(adherence:
  <<: *defaults
  declared: 2024-02-15)yaml",
    .reach = Reach::document,
    .locked = true,
};

inline constexpr Rule kTag{
    .id = "yaml-tag",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("A YAML tag other than !!str, !!seq or !!map is not accepted."),
    .explanation = N_(
        "A tag changes what a value is (!!binary bytes, !!int a number, a local tag like !secret "
        "whatever an application says). gcsj reads registry values as the registry format defines "
        "them and would silently drop the tag's meaning, so it reports it instead. Tags that only "
        "restate what gcsj reads are accepted: !!str on a scalar (a string, as quotes make it), "
        "!!seq on a list, !!map on a mapping."),
    .passing = R"yaml(name: "Fundación Sol")yaml",
    .failing = R"yaml(name: !!binary RnVuZGFjacOzbiBTb2w=)yaml",
    .reach = Reach::document,
    .locked = true,
};

inline constexpr Rule kDuplicateKey{
    .id = "duplicate-key",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("A mapping has the same key twice."),
    .explanation = N_(
        "YAML forbids duplicate keys, yet many parsers silently keep the last value. The finding "
        "is reported at the second occurrence and names the first; only the first value is read."),
    .passing = R"yaml(name: Acme Workers' Union
category: workers-organization)yaml",
    .failing = R"yaml(name: Acme Workers' Union
name: Acme Union)yaml",
    .reach = Reach::document,
    .locked = true,
};

inline constexpr Rule kUnknownKey{
    .id = "unknown-key",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("A key the registry format does not define."),
    .explanation =
        N_("Misspelt keys would otherwise be ignored, and the requirement they were meant to meet "
           "would look unmet. Keys starting with x_ are extensions and are ignored."),
    .passing = R"yaml(country: KE
x_internal_ref: 42)yaml",
    .failing = R"yaml(contry: KE)yaml",
    .reach = Reach::document,
    .locked = true,
};

inline constexpr Rule kWrongType{
    .id = "wrong-type",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("A value has the wrong type (mapping, list, string, ...)."),
    .explanation = N_(
        "Each key of the format takes one type of value; a list where a string is expected, or an "
        "unquoted number where text is expected, is reported rather than guessed at."),
    .passing = R"yaml(name: "2030"
levels: [national])yaml",
    .failing = R"yaml(name: 2030
levels: national)yaml",
    .reach = Reach::document,
    .locked = true,
};

inline constexpr Rule kAmbiguousBoolean{
    .id = "ambiguous-boolean",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("A boolean is written yes/no/on/off or quoted."),
    .explanation =
        N_("YAML 1.1 reads yes, no, on, off, y and n as booleans and YAML 1.2 as strings, so tools "
           "disagree on them. Only true and false (in any case) are booleans in a registry."),
    .passing = R"yaml(advocate: true)yaml",
    .failing = R"yaml(advocate: yes)yaml",
    .reach = Reach::document,
    .locked = true,
};

inline constexpr Rule kAmbiguousNumber{
    .id = "ambiguous-number",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("A whole number is written with a leading zero."),
    .explanation = N_(
        "YAML 1.2 reads 010 as ten and YAML 1.1 as eight (an octal number), so tools disagree on "
        "it: an SDG, a Conference year or a number of seats written with a leading zero is "
        "refused. Write the number without it."),
    .passing = R"yaml(sdgs: [10, 17])yaml",
    .failing = R"yaml(sdgs: [010, 017])yaml",
    .reach = Reach::document,
    .locked = true,
};

inline constexpr Rule kInvalidDate{
    .id = "invalid-date",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("A date is not a real YYYY-MM-DD calendar date."),
    .explanation =
        N_("Dates decide who is a partner and whose term has ended, so they must be unambiguous "
           "calendar dates: 2024-02-30, 2024-2-3 or 15/02/2024 are refused, and so is a date "
           "before 1000-01-01 or after 9897-12-31, whose year, or that of a date computed from "
           "it (a term's end), would not have four digits."),
    .passing = R"yaml(admitted: 2024-02-29)yaml",
    .failing = R"yaml(admitted: 2023-02-29)yaml",
    .reach = Reach::document,
    .locked = true,
};

inline constexpr Rule kInvalidValue{
    .id = "invalid-value",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("A value is not one of the values its key allows."),
    .explanation =
        N_("Enumerated keys (kind, category, status, scope, type, levels, ...) take one of a fixed "
           "set of kebab-case values; the finding lists them and suggests the closest."),
    .passing = R"yaml(status: admitted)yaml",
    .failing = R"yaml(status: admited)yaml",
    .reach = Reach::document,
    .locked = true,
};

inline constexpr Rule kMissingKind{
    .id = "missing-kind",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("A document has no `kind`."),
    .explanation = N_(
        "Every document says what it is (kind: partner, kind: coordinating-group or, since v1.2, "
        "kind: forum); without it nothing else in the document can be checked."),
    .passing = R"yaml(kind: partner
id: ilo)yaml",
    .failing = R"yaml(id: ilo
name: ...)yaml",
    .reach = Reach::document,
    .locked = true,
};

// In the order `gcsj rules` lists them.
inline constexpr Rule kSymlinkSkipped{
    .id = "symlink-skipped",
    .paragraph = "",
    .severity = Severity::note,
    .summary = N_("A symbolic link in the registry was not followed."),
    .explanation = N_(
        "gcsj does not follow symbolic links while reading a registry, as ripgrep and fd do not: "
        "a link added by a pull request could otherwise make it read, and print, a file outside "
        "the registry (a checkout's credentials). Each link is reported, so nothing is skipped "
        "in silence. With --follow-symlinks, links whose target lies inside the registry (and "
        "not in one of its hidden directories) are followed; others are refused."),
    .passing = R"yaml(partners/ilo.yaml   # a regular file)yaml",
    .failing = R"yaml(partners/ilo.yaml -> ../../.git/config)yaml",
    .reach = Reach::document,
    .locked = true,
};

// clang-format off
inline constexpr std::array kFormatRules{
    &kYamlSyntax,
    &kEncoding,
    &kInputLimit,
    &kUnreadableFile,
    &kSymlinkSkipped,
    &kEmptyFile,
    &kAlias,
    &kMergeKey,
    &kTag,
    &kDuplicateKey,
    &kUnknownKey,
    &kWrongType,
    &kAmbiguousBoolean,
    &kAmbiguousNumber,
    &kInvalidDate,
    &kInvalidValue,
    &kMissingKind,
};
// clang-format on

}  // namespace gcsj::load::format
