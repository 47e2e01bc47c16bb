#include "i18n/list.hpp"

#include <fmt/format.h>

namespace gcsj::i18n {
namespace {

// The lower-case form of a leading letter among those begins_with_i_sound looks at: ASCII, and
// the two-byte UTF-8 accented vowels (Í í, É é, Á á, Ó ó, Ú ú).
std::string_view first_letter(std::string_view text, std::string& buffer) {
  if (text.empty()) return {};
  const auto c = static_cast<unsigned char>(text[0]);
  if (c < 0x80) {
    buffer.assign(1, static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c));
    return buffer;
  }
  if (text.size() >= 2 && c == 0xC3) {
    auto second = static_cast<unsigned char>(text[1]);
    if (second >= 0x80 && second <= 0x9E) second = static_cast<unsigned char>(second + 0x20);
    buffer = {static_cast<char>(c), static_cast<char>(second)};
    return buffer;
  }
  return text.substr(0, 1);
}

bool is_i(std::string_view letter) {
  return letter == "i" || letter == "\xC3\xAD";  // i, í
}

bool is_vowel(std::string_view letter) {
  static constexpr std::string_view kVowels[] = {"a",        "e",        "i",        "o",
                                                 "u",        "\xC3\xA1", "\xC3\xA9", "\xC3\xAD",
                                                 "\xC3\xB3", "\xC3\xBA", "\xC3\xBC"};
  for (const auto vowel : kVowels)
    if (letter == vowel) return true;
  return false;
}

// A pattern of two named placeholders filled; the English one when a translation's
// placeholders do not fit (the catalogue test keeps that from happening).
std::string fill(std::string_view pattern, std::string_view english, std::string_view name,
                 const std::string& list, const std::string& item) {
  try {
    return fmt::format(fmt::runtime(pattern), fmt::arg("list", list), fmt::arg(name.data(), item));
  } catch (const fmt::format_error&) {
    return fmt::format(fmt::runtime(english), fmt::arg("list", list), fmt::arg(name.data(), item));
  }
}

}  // namespace

bool begins_with_i_sound(std::string_view word) {
  std::string buffer;
  std::string_view letter = first_letter(word, buffer);
  if (letter == "h") {
    word.remove_prefix(1);
    letter = first_letter(word, buffer);
    if (!is_i(letter)) return false;
    word.remove_prefix(letter.size());
    std::string next_buffer;
    return !is_vowel(first_letter(word, next_buffer));  // hie-, hia-: a consonant sound
  }
  return is_i(letter);
}

std::string join_list(std::span<const std::string> items, const Translator& tr) {
  if (items.empty()) return {};
  std::string out = items.front();
  for (std::size_t i = 1; i < items.size(); ++i) {
    const std::string& item = items[i];
    if (i + 1 < items.size()) {
      out = fill(tr.ctx("list: an item before the last", "{list}, {item}"), "{list}, {item}",
                 "item", out, item);
      continue;
    }
    // Two items, or the last of three or more (English writes a serial comma there, so that
    // "Asia and the Pacific" stays one item; a language without one translates both alike).
    const bool i_sound = begins_with_i_sound(item);
    if (items.size() == 2) {
      const std::string_view pattern =
          i_sound
              // TRANSLATORS: as "list: the last item", unless the language changes its
              // conjunction before a word that begins with the sound i (Spanish: "{list} e
              // {last}").
              ? tr.ctx("list: the last item, which begins with the sound i", "{list} and {last}")
              : tr.ctx("list: the last item", "{list} and {last}");
      out = fill(pattern, "{list} and {last}", "last", out, item);
      continue;
    }
    const std::string_view pattern =
        i_sound
            // TRANSLATORS: as "list: the last of three items or more", unless the language
            // changes its conjunction before the sound i (Spanish: "{list} e {last}").
            ? tr.ctx("list: the last of three items or more, which begins with the sound i",
                     "{list}, and {last}")
            : tr.ctx("list: the last of three items or more", "{list}, and {last}");
    out = fill(pattern, "{list}, and {last}", "last", out, item);
  }
  return out;
}

}  // namespace gcsj::i18n
