#pragma once
// Findings as the Language Server Protocol's diagnostics: the same findings `gcsj validate`
// reports, at the same places, each underlining its token, with its rule as `code`, the paragraph
// of GB.349/INS/4 and the hint in its message, and its related places.

#include <functional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "findings/finding.hpp"
#include "i18n/translator.hpp"
#include "model/registry.hpp"

namespace gcsj::lsp {

// What a diagnostic needs to know of the files: the text of a file (a buffer, or what is on disk;
// empty when it cannot be read, when columns are taken as UTF-16 units) and its URI.
struct FileTexts {
  std::function<std::string_view(model::FileId)> text;
  std::function<std::string(model::FileId)> uri;
};

// The LSP range of the token at `where` in `text` (the whole line for a column 0, the start of the
// file for a line 0).
nlohmann::json range_of(const model::Location& where, std::string_view text);

// The diagnostic of `finding`, in the language of `tr`.
nlohmann::json diagnostic_of(const findings::Finding& finding, const i18n::Translator& tr,
                             const FileTexts& files);

// What the diagnostic of `finding` says, in a few bytes: two findings with the same key make the
// same diagnostic, so a file whose keys did not change is not published again.
std::string diagnostic_key(const findings::Finding& finding, const i18n::Translator& tr);

}  // namespace gcsj::lsp
