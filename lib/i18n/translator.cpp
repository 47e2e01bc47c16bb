#include "i18n/translator.hpp"

#include <algorithm>
#include <array>
#include <deque>
#include <memory>

#include <fmt/args.h>
#include <fmt/format.h>

#include "i18n/catalog.hpp"
#include "i18n/embedded_catalogs.hpp"

namespace gcsj::i18n {
namespace {

constexpr std::array<Term, 12> kMonths{
    NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
    NC_("month", "April"),   NC_("month", "May"),      NC_("month", "June"),
    NC_("month", "July"),    NC_("month", "August"),   NC_("month", "September"),
    NC_("month", "October"), NC_("month", "November"), NC_("month", "December")};

// The languages, built once: English, then each embedded catalogue that parses.
struct Languages {
  std::deque<Catalog> catalogs;
  std::deque<Translator> translators;

  Languages() {
    translators.emplace_back("en", nullptr);
    std::vector<EmbeddedCatalog> sorted(embedded_catalogs().begin(), embedded_catalogs().end());
    std::sort(sorted.begin(), sorted.end(),
              [](const auto& a, const auto& b) { return a.code < b.code; });
    for (const EmbeddedCatalog& embedded : sorted) {
      auto catalog = Catalog::parse(embedded.mo);
      if (!catalog || embedded.code == "en") continue;
      catalogs.push_back(std::move(*catalog));
      translators.emplace_back(std::string(embedded.code), &catalogs.back());
    }
  }

  static const Languages& all() {
    static const Languages languages;
    return languages;
  }
};

}  // namespace

const Translator& Translator::english() {
  return Languages::all().translators.front();
}

const Translator* Translator::of(std::string_view code) {
  for (const Translator& translator : Languages::all().translators)
    if (translator.code() == code) return &translator;
  return nullptr;
}

std::vector<std::string_view> Translator::languages() {
  std::vector<std::string_view> codes;
  for (const Translator& translator : Languages::all().translators)
    codes.push_back(translator.code());
  return codes;
}

std::string_view Translator::own_name() const {
  // Each catalogue translates the name of English into its own name.
  return ctx("name of this language, in this language", "English");
}

std::string_view Translator::ctx(std::string_view context, std::string_view msgid) const {
  if (msgid.empty()) return msgid;  // never the catalogue's header, whose msgid is ""
  if (catalog_)
    if (const auto found = catalog_->find(context, msgid)) return *found;
  return msgid;
}

std::string_view Translator::plural(std::string_view one, std::string_view many,
                                    unsigned long n) const {
  if (catalog_)
    if (const auto found = catalog_->find_plural({}, one, catalog_->plural_forms().form_of(n)))
      return *found;
  return n == 1 ? one : many;
}

std::string_view Translator::agreeing(Agreement agreement, std::string_view msgid) const {
  if (catalog_ && !msgid.empty() && agreement != Agreement::neutral) {
    const std::string_view context =
        agreement == Agreement::feminine ? "said of a woman" : "said of a man";
    if (const auto found = catalog_->find(context, msgid)) return *found;
  }
  return (*this)(msgid);
}

std::string_view Translator::month(int month) const {
  return (*this)(kMonths[static_cast<std::size_t>(std::clamp(month, 1, 12) - 1)]);
}

std::string Translator::date(model::Date date) const {
  // French writes the first day of a month as an ordinal (1er); a language may differ there.
  const std::string_view pattern =
      date.day == 1 ? ctx("long date, the first day of a month", "{day} {month} {year}")
                    : ctx("long date", "{day} {month} {year}");
  try {
    return fmt::format(fmt::runtime(pattern), fmt::arg("day", date.day),
                       fmt::arg("month", month(date.month)), fmt::arg("year", date.year));
  } catch (const fmt::format_error&) {
    return fmt::format("{} {} {}", date.day, month(date.month), date.year);
  }
}

std::string Translator::number(long long n) const {
  std::string digits = std::to_string(n);
  const std::size_t sign = n < 0 ? 1 : 0;
  if (digits.size() - sign < 5) return digits;  // 2026, 1000: as written, as years are
  const std::string_view separator =
      ctx("the separator of digit groups in a number of five digits or more (10,000)", ",");
  std::string out(digits.substr(0, sign));
  const std::size_t length = digits.size() - sign;
  for (std::size_t i = 0; i < length; ++i) {
    if (i > 0 && (length - i) % 3 == 0) out += separator;
    out += digits[sign + i];
  }
  return out;
}

}  // namespace gcsj::i18n
