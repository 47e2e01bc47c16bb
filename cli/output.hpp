#pragma once
// Writing a command's output: to standard output, or to the file of -o, which lib/app/ writes by
// the tool's rule for output files (app/output_file.hpp: atomically, never through a symbolic
// link inside the registry read or its work tree, nor, when no registry is read, inside the work
// trees of the current directory and of the file).

#include <cerrno>
#include <cstdio>
#include <string>
#include <vector>

#include "app/error.hpp"
#include "app/output_file.hpp"
#include "util/file_io.hpp"

namespace gcsj::cli {

// Prints `text` to standard output, or writes it to `path` when one is given (`read`: the
// registry paths the command read).
inline app::Expected<void> emit(const std::string& text, const std::string& path,
                                const std::vector<std::string>& read = {}) {
  if (path.empty() || path == "-") {
    errno = 0;
    const std::size_t written = std::fwrite(text.data(), 1, text.size(), stdout);
    if (written != text.size() || std::fflush(stdout) != 0 || std::ferror(stdout))
      return app::output(util::errno_error("standard output: cannot write", errno));
    return {};
  }
  return app::write_output_file(text, path, read);
}

}  // namespace gcsj::cli
