#pragma once
// The values a key takes, where the format lists them: the enumerated values of
// model/enum_names.hpp, the domains and priorities of model/vocabulary.hpp, partner ids,
// country codes, the kinds of document. Each value comes with the words readers see for it,
// where the project has them (figures/words.hpp, the seat and category names), in the language
// of the context. Hover says what a value means from it, completion offers it.

#include <string>
#include <string_view>
#include <vector>

#include "lsp/editor_context.hpp"

namespace gcsj::lsp {

// Where a key's values come from.
enum class ValueSource {
  none,         // free text, a date, a number, a boolean
  enumeration,  // a list of the format (model/enum_names.hpp, model/vocabulary.hpp, the kinds)
  partner,      // the id of a partner of the registry
  country,      // an ISO 3166-1 alpha-2 code
};

struct ValueChoice {
  std::string value;  // as written in the registry
  std::string words;  // what it means, in the context's language; "" when the project has none
};

// What `key_path` of a document of `kind` takes.
ValueSource value_source(std::string_view kind, std::string_view key_path);

// The values `key_path` of a document of `kind` takes, when they are an enumeration or country
// codes (each with its name); partner ids are the registry's digests, read by the caller.
std::vector<ValueChoice> value_choices(const EditorContext& context, std::string_view kind,
                                       std::string_view key_path);

// The words of one value, "" when the key has no enumerated values or the value is not one.
std::string value_words(const EditorContext& context, std::string_view kind,
                        std::string_view key_path, std::string_view value);

}  // namespace gcsj::lsp
