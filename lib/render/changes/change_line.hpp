#pragma once
// How a change's sentence is put together with its date and its paragraph, once for every list
// of changes (`changes -f markdown`, the report's period, the portal's news and feed): the
// paragraph inside the sentence, before its full stop, and the date set off by a dash, never a
// colon, so no sentence follows a colon (where French and Spanish would want it lower-cased) and
// a sentence holds one colon at most.

#include <string>
#include <string_view>

#include "changes/changes.hpp"
#include "i18n/message.hpp"
#include "i18n/translator.hpp"
#include "render/changes/change_words.hpp"

namespace gcsj::render {

// `sentence` with `citation` before its closing full stop: "Kenya was admitted (¶18)."; a
// sentence without a full stop gets the citation at its end.
std::string with_citation(std::string sentence, std::string_view citation);

// The change's sentence citing its paragraph: "Kenya was admitted as a partner (¶18).".
std::string cited_change(const changes::Change& change, const ChangeWording& wording);

// A line of a list of changes: "31 January 2025 — Kenya was admitted as a partner (¶18).";
// `date` is a date (written in the language's long form) or text written as given (HTML holding
// one).
std::string dated_change(const changes::Change& change, const ChangeWording& wording,
                         i18n::Arg::Value date);

}  // namespace gcsj::render
