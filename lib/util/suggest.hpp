#pragma once
// "Did you mean" suggestions for misspelt keys and values.

#include <span>
#include <string>
#include <string_view>

namespace gcsj::util {

// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo
// (at most 2 edits, and fewer than half the word); empty otherwise.
std::string closest_match(std::string_view word, std::span<const std::string_view> candidates);

std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace gcsj::util
