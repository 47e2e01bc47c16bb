#include "i18n/catalog.hpp"

#include <cstdint>
#include <cstring>

namespace gcsj::i18n {
namespace {

constexpr std::uint32_t kMagic = 0x950412de;
constexpr std::uint32_t kMagicSwapped = 0xde120495;

std::uint32_t swapped(std::uint32_t v) {
  return (v >> 24) | ((v >> 8) & 0xff00) | ((v << 8) & 0xff0000) | (v << 24);
}

// The first of the NUL-separated strings of `text`.
std::string_view first_of(std::string_view text) {
  return text.substr(0, text.find('\0'));
}

}  // namespace

std::string Catalog::key_of(std::string_view context, std::string_view msgid) {
  std::string key;
  if (!context.empty()) {
    key.reserve(context.size() + 1 + msgid.size());
    key.append(context);
    key.push_back('\x04');  // gettext's separator of a context and its message
  }
  key.append(msgid);
  return key;
}

std::optional<Catalog> Catalog::parse(std::string_view mo) {
  if (mo.size() < 28) return std::nullopt;
  const auto word = [&](std::size_t offset, bool swap) -> std::optional<std::uint32_t> {
    if (offset > mo.size() || mo.size() - offset < 4) return std::nullopt;
    std::uint32_t v;
    std::memcpy(&v, mo.data() + offset, 4);
    return swap ? swapped(v) : v;
  };
  const std::uint32_t magic = *word(0, false);
  if (magic != kMagic && magic != kMagicSwapped) return std::nullopt;
  const bool swap = magic == kMagicSwapped;
  const auto count = word(8, swap), originals = word(12, swap), translations = word(16, swap);
  if (!count || !originals || !translations) return std::nullopt;
  const auto string_at = [&](std::uint32_t table,
                             std::uint32_t i) -> std::optional<std::string_view> {
    const auto length = word(std::size_t{table} + std::size_t{i} * 8, swap);
    const auto offset = word(std::size_t{table} + std::size_t{i} * 8 + 4, swap);
    if (!length || !offset || *offset > mo.size() || mo.size() - *offset < *length)
      return std::nullopt;
    return mo.substr(*offset, *length);
  };
  Catalog catalog;
  for (std::uint32_t i = 0; i < *count; ++i) {
    const auto original = string_at(*originals, i);
    const auto translation = string_at(*translations, i);
    if (!original || !translation) return std::nullopt;
    if (original->empty()) {
      catalog.header_ = *translation;
      continue;
    }
    // The key is the context and the singular: a plural original is "one\0many".
    catalog.entries_.emplace(std::string(first_of(*original)), *translation);
  }
  if (auto forms = PluralForms::parse(catalog.header("Plural-Forms")))
    catalog.plural_forms_ = std::move(*forms);
  return catalog;
}

std::optional<std::string_view> Catalog::find(std::string_view context,
                                              std::string_view msgid) const {
  return find_plural(context, msgid, 0);
}

std::optional<std::string_view> Catalog::find_plural(std::string_view context,
                                                     std::string_view msgid, int form) const {
  const auto it = context.empty() ? entries_.find(msgid) : entries_.find(key_of(context, msgid));
  if (it == entries_.end()) return std::nullopt;
  std::string_view forms = it->second;
  for (int i = 0; i < form; ++i) {
    const std::size_t end = forms.find('\0');
    if (end == std::string_view::npos) return std::nullopt;
    forms.remove_prefix(end + 1);
  }
  const std::string_view translation = first_of(forms);
  if (translation.empty()) return std::nullopt;  // an untranslated entry falls back to English
  return translation;
}

std::string_view Catalog::header(std::string_view field) const {
  std::string_view rest = header_;
  while (!rest.empty()) {
    const std::size_t end = rest.find('\n');
    const std::string_view line = rest.substr(0, end);
    if (line.size() > field.size() && line.substr(0, field.size()) == field &&
        line[field.size()] == ':') {
      std::string_view value = line.substr(field.size() + 1);
      while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
      return value;
    }
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  return {};
}

}  // namespace gcsj::i18n
