#pragma once
// A sentence written later, in the reader's language: the English original (a fmt format string
// with named placeholders, `{partner}`), and the values of its placeholders. Findings carry one,
// so one run can write its findings in French and keep their English for `message_en`.
//
//   out.add(where, msg("{partner} has no `country`", arg("partner", id)));
//   msg_n("{count} member declares a gender", "{count} members declare a gender", n);
//
// `msg_n` passes `{count}` itself; `msg_g` writes a sentence that agrees with a person (a woman,
// a man, or neutral). A value is written as given (registry text, ids, numbers), or
// translated when it is a Term (NC_), a date (written in the language's long form), or another
// Message.

#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "i18n/translator.hpp"
#include "model/date.hpp"

namespace gcsj::i18n {

class Message;

struct Arg {
  using Value =
      std::variant<std::string, long long, model::Date, Term, std::shared_ptr<const Message>>;
  std::string name;
  Value value;
};

class Message {
 public:
  Message() = default;

  bool empty() const { return msgid_.empty() && verbatim_.empty(); }
  std::string_view msgid() const { return msgid_; }
  const std::vector<Arg>& args() const { return args_; }

  // The sentence in the language of `tr` (English when it has no translation, or when the
  // translation's placeholders do not fit: a test keeps that from happening).
  std::string in(const Translator& tr) const;
  std::string english() const { return in(Translator::english()); }

  // Text that is the same in every language (transitional: findings not yet marked).
  static Message verbatim(std::string text) {
    Message m;
    m.verbatim_ = std::move(text);
    return m;
  }

  template <class... Args>
  friend Message msg(std::string_view msgid, Args&&... args);
  template <class... Args>
  friend Message msg_g(Agreement agreement, std::string_view msgid, Args&&... args);
  template <class... Args>
  friend Message msg_n(std::string_view one, std::string_view many, unsigned long count,
                       Args&&... args);

 private:
  std::string_view msgid_;   // a string literal
  std::string_view plural_;  // a string literal, or empty
  unsigned long count_ = 0;
  Agreement agreement_ = Agreement::neutral;
  std::vector<Arg> args_;
  std::string verbatim_;
};

// A placeholder's value. Text is written as given; say NC_ for a word to translate.
inline Arg arg(std::string name, std::string_view text) {
  return {std::move(name), std::string(text)};
}
inline Arg arg(std::string name, const char* text) {
  return {std::move(name), std::string(text)};
}
inline Arg arg(std::string name, std::string text) {
  return {std::move(name), std::move(text)};
}
template <class Integer>
requires std::is_integral_v<Integer> Arg arg(std::string name, Integer n) {
  return {std::move(name), static_cast<long long>(n)};
}
inline Arg arg(std::string name, model::Date date) {
  return {std::move(name), date};
}
inline Arg arg(std::string name, Term term) {
  return {std::move(name), term};
}
inline Arg arg(std::string name, Message message) {
  return {std::move(name), std::make_shared<const Message>(std::move(message))};
}

template <class... Args>
Message msg(std::string_view msgid, Args&&... args) {
  Message m;
  m.msgid_ = msgid;
  m.args_.reserve(sizeof...(Args));
  (m.args_.push_back(std::forward<Args>(args)), ...);
  return m;
}

// A sentence whose words agree with the person it is said of (`Agreement`): the catalogue holds
// its neutral form and, under the contexts "said of a woman" and "said of a man", the others.
template <class... Args>
Message msg_g(Agreement agreement, std::string_view msgid, Args&&... args) {
  Message m = msg(msgid, std::forward<Args>(args)...);
  m.agreement_ = agreement;
  return m;
}

template <class... Args>
Message msg_n(std::string_view one, std::string_view many, unsigned long count, Args&&... args) {
  Message m;
  m.msgid_ = one;
  m.plural_ = many;
  m.count_ = count;
  m.args_.reserve(sizeof...(Args) + 1);
  m.args_.push_back(arg("count", count));
  (m.args_.push_back(std::forward<Args>(args)), ...);
  return m;
}

}  // namespace gcsj::i18n
