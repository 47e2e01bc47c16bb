#include "i18n/message.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

namespace gcsj::i18n {
namespace {

// A placeholder's value as `tr` writes it.
struct Written {
  const Translator& tr;
  std::string operator()(const std::string& text) const { return text; }
  std::string operator()(long long n) const { return tr.number(n); }
  std::string operator()(model::Date date) const { return tr.date(date); }
  std::string operator()(Term term) const { return std::string(tr(term)); }
  std::string operator()(const std::shared_ptr<const Message>& message) const {
    return message ? message->in(tr) : std::string();
  }
};

// Numbers that name a place or a year, not a quantity: written with no group separator, as an
// editor shows a line and a calendar a year.
bool is_identifying_number(std::string_view name) {
  return name == "line" || name == "column" || name == "year";
}

std::string formatted(std::string_view pattern, const std::vector<Arg>& args,
                      const Translator& tr) {
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const Arg& a : args) {
    const auto* n = std::get_if<long long>(&a.value);
    if (n && is_identifying_number(a.name))
      store.push_back(fmt::arg(a.name.c_str(), *n));
    else if (n)
      store.push_back(fmt::arg(a.name.c_str(), tr.number(*n)));
    else
      store.push_back(fmt::arg(a.name.c_str(), std::visit(Written{tr}, a.value)));
  }
  return fmt::vformat(pattern, store);
}

}  // namespace

std::string Message::in(const Translator& tr) const {
  if (msgid_.empty()) return verbatim_;
  const std::string_view pattern =
      plural_.empty() ? tr.agreeing(agreement_, msgid_) : tr.plural(msgid_, plural_, count_);
  try {
    return formatted(pattern, args_, tr);
  } catch (const fmt::format_error&) {
  }
  const std::string_view original = plural_.empty() || count_ == 1 ? msgid_ : plural_;
  try {
    return formatted(original, args_, tr);
  } catch (const fmt::format_error&) {
    return std::string(original);
  }
}

}  // namespace gcsj::i18n
