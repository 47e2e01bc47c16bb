#include "i18n/language_choice.hpp"

#include <cctype>

#include <fmt/format.h>

namespace gcsj::i18n {
namespace {

// "fr_FR.UTF-8@euro" -> "fr"; "es-419" -> "es"; lower case.
std::string language_part(std::string_view locale) {
  std::string code;
  for (char c : locale) {
    if (c == '_' || c == '-' || c == '.' || c == '@') break;
    code.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return code;
}

bool is_c_locale(std::string_view locale) {
  const std::string_view name = locale.substr(0, locale.find('.'));
  return locale.empty() || name == "C" || name == "POSIX";
}

}  // namespace

util::Expected<const Translator*> language_named(std::string_view code) {
  if (const Translator* tr = Translator::of(language_part(code)); tr && !code.empty()) return tr;
  std::string known;
  for (std::string_view c : Translator::languages())
    known += (known.empty() ? "" : ", ") + std::string(c);
  return util::Error{fmt::format("gcsj does not speak `{}`; it speaks {}", code, known)};
}

const Translator& language_of_locale(const LocaleVariables& variables) {
  const std::string_view locale = !variables.lc_all.empty()        ? variables.lc_all
                                  : !variables.lc_messages.empty() ? variables.lc_messages
                                                                   : variables.lang;
  if (is_c_locale(locale)) return Translator::english();
  std::string_view preferences = variables.language;
  while (!preferences.empty()) {
    const std::size_t colon = preferences.find(':');
    if (const Translator* tr = Translator::of(language_part(preferences.substr(0, colon))))
      return *tr;
    if (colon == std::string_view::npos) break;
    preferences.remove_prefix(colon + 1);
  }
  if (const Translator* tr = Translator::of(language_part(locale))) return *tr;
  return Translator::english();
}

}  // namespace gcsj::i18n
