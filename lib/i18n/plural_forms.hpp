#pragma once
// The plural rule of a language, as a gettext catalogue's header states it
// ("nplurals=2; plural=(n > 1);"): which of its plural forms a count takes. Read from the
// catalogue itself, so a new language needs no code.

#include <memory>
#include <optional>
#include <string_view>

namespace gcsj::i18n {

class PluralForms {
 public:
  // English's rule: one form for 1, another for every other count.
  PluralForms();
  ~PluralForms();
  PluralForms(PluralForms&&) noexcept;
  PluralForms& operator=(PluralForms&&) noexcept;

  // Parses the `Plural-Forms` value of a header; nothing when it is not a rule gettext would
  // accept (the C subset: n, integers, ! * / % + - < <= > >= == != && || ?: and parentheses).
  static std::optional<PluralForms> parse(std::string_view header_value);

  int count() const { return count_; }
  // The index of the form `n` takes, always below count().
  int form_of(unsigned long n) const;

  struct Node;

 private:
  int count_ = 2;
  std::unique_ptr<Node> rule_;
};

}  // namespace gcsj::i18n
