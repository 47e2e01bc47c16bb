#pragma once
// A language gcsj writes in: English (the language of the sources) or one of the gettext
// catalogues of po/ compiled into the binary. Every word a reader sees passes through one.
//
// The English originals are marked in the sources so that `xgettext` finds them (po/README.md):
// `tr("...")`, `tr.ctx("context", "...")`, `tr.plural("one", "many", n)` where a Translator is at
// hand, `msg(...)`/`msg_n(...)` (message.hpp) for a sentence written later, and `N_("...")` /
// `NC_("context", "...")` for words kept in tables.

#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"

namespace gcsj::i18n {

class Catalog;

// How a word agrees with the person it is said of, where a language makes it agree ("coprésident"
// / "coprésidente"): by the member's declared gender; neutral when none is declared, when it is
// undisclosed or non-binary. English has one form for all three.
enum class Agreement { neutral, feminine, masculine };

// A word or phrase kept in a table and translated where it is written (`NC_`).
struct Term {
  std::string_view context;
  std::string_view msgid;
};

// Marks a string for extraction without translating it here.
constexpr std::string_view N_(std::string_view msgid) {
  return msgid;
}
constexpr Term NC_(std::string_view context, std::string_view msgid) {
  return {context, msgid};
}

class Translator {
 public:
  // English: every original as written.
  static const Translator& english();
  // The translator of a language gcsj speaks ("en", "fr", "es"), or nullptr.
  static const Translator* of(std::string_view code);
  // The codes of the languages gcsj speaks: "en", then those of po/, sorted.
  static std::vector<std::string_view> languages();

  std::string_view code() const { return code_; }
  bool is_english() const { return catalog_ == nullptr; }
  // The language's name in itself ("Français"), for a language switcher.
  std::string_view own_name() const;

  std::string_view operator()(std::string_view msgid) const { return ctx({}, msgid); }
  std::string_view operator()(Term term) const { return ctx(term.context, term.msgid); }
  std::string_view ctx(std::string_view context, std::string_view msgid) const;
  std::string_view plural(std::string_view one, std::string_view many, unsigned long n) const;
  // The form of `msgid` said of a woman or of a man (the catalogue's contexts "said of a woman",
  // "said of a man", which po/update.py adds for every `msg_g` message), or its neutral
  // translation when the catalogue has none.
  std::string_view agreeing(Agreement agreement, std::string_view msgid) const;

  // A date as a sentence of this language writes it: "30 November 2026", "1er décembre 2026",
  // "30 de noviembre de 2026". Tables and machine-readable outputs keep YYYY-MM-DD.
  std::string date(model::Date date) const;
  // The name of a month, 1 to 12.
  std::string_view month(int month) const;
  // A quantity as a sentence of this language writes it: from five digits on, its digits in
  // groups of three ("10,000"; French and Spanish: "10 000", with a no-break space).
  std::string number(long long n) const;

  Translator(std::string code, const Catalog* catalog)
      : code_(std::move(code)), catalog_(catalog) {}

 private:
  std::string code_;
  const Catalog* catalog_;  // nullptr for English
};

}  // namespace gcsj::i18n
