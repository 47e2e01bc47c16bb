#pragma once
// A compiled gettext catalogue (a .mo file, as `msgfmt` writes it from po/LANG.po): the
// translations of one language, looked up by their English original.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "i18n/plural_forms.hpp"

namespace gcsj::i18n {

class Catalog {
 public:
  // Reads the bytes of a .mo file, which must outlive the catalogue (the catalogues compiled
  // into gcsj are static); nothing when they are not one.
  static std::optional<Catalog> parse(std::string_view mo);

  // The translation of `msgid` (in `context`, or none), or nothing when the catalogue has none.
  std::optional<std::string_view> find(std::string_view context, std::string_view msgid) const;
  // The plural form `form` of the translation of `msgid`; nothing when there is none.
  std::optional<std::string_view> find_plural(std::string_view context, std::string_view msgid,
                                              int form) const;

  const PluralForms& plural_forms() const { return plural_forms_; }
  // A field of the catalogue's header ("Language", "Plural-Forms"), or an empty view.
  std::string_view header(std::string_view field) const;
  std::size_t size() const { return entries_.size(); }

 private:
  static std::string key_of(std::string_view context, std::string_view msgid);

  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const {
      return std::hash<std::string_view>{}(text);
    }
  };
  // The context and msgid -> the msgstr forms, NUL-separated.
  std::unordered_map<std::string, std::string_view, Hash, std::equal_to<>> entries_;
  std::string_view header_;
  PluralForms plural_forms_;
};

}  // namespace gcsj::i18n
