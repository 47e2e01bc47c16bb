#pragma once
// The rules of `gcsj import`: a CSV file as a spreadsheet saves it, and rows that become registry
// files. The CSV reader (csv_reader.hpp) applies the first; lib/import/ the others. They cite no
// paragraph of GB.349/INS/4.

#include <array>

#include "findings/rule.hpp"
#include "i18n/translator.hpp"

namespace gcsj::load::csv {

using findings::Reach;
using findings::Rule;
using findings::Severity;
using i18n::N_;

inline constexpr Rule kCsvSyntax{
    .id = "csv-syntax",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("The CSV file cannot be read as written."),
    .explanation =
        N_("`gcsj import` reads CSV as RFC 4180 and spreadsheets write it: UTF-8 (with or without "
           "a byte order mark), CRLF or LF line ends, fields in double quotes holding commas, line "
           "breaks and doubled quotes. A quote left open, text after a closing quote, bytes that "
           "are not UTF-8 and NUL bytes stop the reading at their place, and nothing is imported "
           "from the rows after it."),
    .passing = R"csv(id,name
acme,"Acme, ""the"" union")csv",
    .failing = R"csv(id,name
acme,"Acme, the union)csv",
    .reach = Reach::document,
};

inline constexpr Rule kCsvColumn{
    .id = "csv-column",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("A header cell is not a column gcsj import reads."),
    .explanation =
        N_("The header row names each column by the registry's key path, the same in every "
           "language (`name`, `adherence.declared`), as `gcsj export` writes it. A column of "
           "another name is not imported (a \"did you mean\" names the closest column), a column "
           "named twice is read once, and a file without its key column (`id` in partners, "
           "`partner` in actions and contacts) cannot be imported."),
    .passing = R"csv(id,name,category)csv",
    .failing = R"csv(id,nom,catégorie)csv",
    .reach = Reach::document,
};

inline constexpr Rule kCsvExtraCell{
    .id = "csv-extra-cell",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("A row has a value past the columns of the header."),
    .explanation =
        N_("A cell to the right of the last column named in the header belongs to no column, so "
           "its value is not imported. Name its column in the header, or move the value into its "
           "column."),
    .passing = R"csv(id,name
acme,Acme)csv",
    .failing = R"csv(id,name
acme,Acme,2024-01-10)csv",
    .reach = Reach::document,
};

inline constexpr Rule kCsvFormula{
    .id = "csv-formula",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("A cell holds a spreadsheet formula, not a value."),
    .explanation =
        N_("A cell that begins with `=` is a formula the spreadsheet computed; the CSV holds the "
           "formula, not its result, so the value is not imported. Replace it with the value "
           "itself. (A cell `gcsj export` protected with a leading apostrophe, `'=`, is read "
           "without the apostrophe.)"),
    .passing = R"csv(id,admitted
acme,2024-01-10)csv",
    .failing = R"csv(id,admitted
acme,=DATE(2024;1;10))csv",
    .reach = Reach::document,
};

inline constexpr Rule kImportIdExists{
    .id = "import-id-exists",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("The row's id is already a partner of the registry."),
    .explanation =
        N_("`gcsj import` never overwrites a registry file: a row whose id the registry already "
           "holds (or whose file name is taken, in any letter case) is not written, and the "
           "finding lists the fields that differ. Merging them is a decision for a person: edit "
           "the registry file, or give the row another id."),
    .passing = R"csv(id,name
new-partner,New Partner)csv",
    .failing = R"csv(id,name
brazil,Government of Brazil   # partners/brazil.yaml exists)csv",
    .reach = Reach::registry,
};

inline constexpr Rule kImportDuplicateRow{
    .id = "import-duplicate-row",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("Two rows of the CSV have the same id."),
    .explanation =
        N_("Each partner is one row of the partners file. When an id comes twice, the first row "
           "is imported and the other is not: merge the two rows, or give one another id."),
    .passing = R"csv(id,name
acme,Acme
beta,Beta)csv",
    .failing = R"csv(id,name
acme,Acme
acme,Acme Union)csv",
    .reach = Reach::registry,
};

inline constexpr Rule kImportUnsafeId{
    .id = "import-unsafe-id",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("The row's id cannot name a registry file."),
    .explanation =
        N_("A row becomes the file partners/ID.yaml, so its id must be of the registry's form: "
           "lower-case letters, digits and hyphens, starting with a letter or digit, at most 64 "
           "characters. An id such as `../x`, `/etc/passwd` or `Acme` is not written, so nothing "
           "is ever written outside the registry; a row without an id is not written either."),
    .passing = R"csv(id,name
acme-union,Acme Union)csv",
    .failing = R"csv(id,name
../acme,Acme Union)csv",
    .reach = Reach::registry,
};

inline constexpr Rule kImportUnknownPartner{
    .id = "import-unknown-partner",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("An action or focal point names a partner that is nowhere."),
    .explanation =
        N_("Each row of the actions and contacts files belongs to the partner its `partner` cell "
           "names, a row of the partners file. A row whose partner is neither in the partners "
           "file nor in the registry is not imported; a row whose partner is already in the "
           "registry is not either, since import never changes an existing file."),
    .passing = R"csv(partner,title
acme,Training of shop stewards)csv",
    .failing = R"csv(partner,title
acmee,Training of shop stewards)csv",
    .reach = Reach::registry,
};

inline constexpr std::array kImportRules{
    &kCsvSyntax,      &kCsvColumn,          &kCsvExtraCell,   &kCsvFormula,
    &kImportIdExists, &kImportDuplicateRow, &kImportUnsafeId, &kImportUnknownPartner,
};

}  // namespace gcsj::load::csv
