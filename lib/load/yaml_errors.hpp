#pragma once
// yaml-cpp's own descriptions of a syntax error, in the reader's language: yaml-cpp writes them
// in English only, from a fixed list (yaml-cpp/exceptions.h), which gcsj's catalogues translate.

#include <string_view>

#include "i18n/message.hpp"

namespace gcsj::load {

// The placeholder `name` filled with yaml-cpp's message `text`: translated when it is one of
// yaml-cpp's known messages (a value it appends, such as an escape character, kept as written),
// else `text` as yaml-cpp wrote it.
i18n::Arg yaml_error_detail(std::string name, std::string_view text);

}  // namespace gcsj::load
