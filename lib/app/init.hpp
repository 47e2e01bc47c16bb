#pragma once
// `gcsj init [DIR]`: a new registry with one commented example of each document kind.

#include <functional>
#include <string>

#include "app/error.hpp"
#include "i18n/message.hpp"

namespace gcsj::app {

struct InitRequest {
  std::string directory = ".";  // created if missing
  bool force = false;           // overwrite existing files (never through a symbolic link)
};

// What init did: the registry's files are written; what to do next, as a sentence.
struct Initialized {
  i18n::Message next;  // "Next: edit the examples, then run `gcsj validate DIR`."
};

// Writes the files of scaffold::new_registry into the directory, telling `created` each path as
// soon as it is written. Nothing is written when a file is refused (a link on the way, a file
// already there without `force`): the Error has one line per refusal.
Expected<Initialized> init(const InitRequest& request,
                           const std::function<void(const std::string& path)>& created);

}  // namespace gcsj::app
