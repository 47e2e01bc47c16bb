#pragma once
// Which language to write in: `--lang` when given, else the locale variables as gettext reads
// them, else English. The command line passes the variables' values; the library reads no
// environment.

#include <optional>
#include <string>
#include <string_view>

#include "i18n/translator.hpp"
#include "util/expected.hpp"

namespace gcsj::i18n {

struct LocaleVariables {
  std::string_view lc_all = {}, lc_messages = {}, lang = {}, language = {};  // empty: unset
};

// The language `code` names ("fr", "fr_FR.UTF-8", "es-419"): an error listing the languages gcsj
// speaks when it speaks none of them.
util::Expected<const Translator*> language_named(std::string_view code);

// The language of the locale variables: LC_ALL, else LC_MESSAGES, else LANG decides the locale;
// "C" and "POSIX" (and no locale at all) mean English; otherwise LANGUAGE, a colon-separated
// list of preferences, comes first, as GNU gettext has it. English for anything gcsj does not
// speak.
const Translator& language_of_locale(const LocaleVariables& variables);

}  // namespace gcsj::i18n
