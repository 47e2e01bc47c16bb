#pragma once
// File-name patterns for `exclude:` and --exclude, as .gitignore users expect them: `*` matches
// within a name, `**` across directories, `?` one character; a pattern without `/` matches a file
// name at any depth, one with `/` the path relative to the directory being checked.

#include <string_view>

namespace gcsj::util {

bool glob_match(std::string_view pattern, std::string_view relative_path);

}  // namespace gcsj::util
