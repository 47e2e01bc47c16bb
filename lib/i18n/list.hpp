#pragma once
// A list inside a sentence, as the language writes one: "Africa, Americas, and Europe",
// « Afrique, Amériques et Europe », « África, Américas y Europa ». The patterns are messages of
// the catalogue (contexts "list: ..."), so a language says its own conjunction; Spanish writes
// « e » for « y » before a word that begins with the sound i (« Francia e Italia », « agua e
// hielo » keeps « y »: « agua y hielo »), through a pattern of its own. Table cells that list
// values are not sentences and keep their separators.

#include <span>
#include <string>
#include <string_view>

#include "i18n/translator.hpp"

namespace gcsj::i18n {

// "A", "A and B", "A, B, and C" in the language of `tr` (« A, B et C »); "" for no item.
std::string join_list(std::span<const std::string> items, const Translator& tr);

// True when `word` begins with the sound i in Spanish: i-, í-, hi-, hí- (any case), but not hi
// followed by a vowel (« hielo », « hiato »), where the sound is a consonant.
bool begins_with_i_sound(std::string_view word);

}  // namespace gcsj::i18n
