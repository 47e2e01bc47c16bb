#pragma once
// Where a command's output file may go: a rule of the tool, not of the terminal, so every front end
// keeps it. A regular file is replaced atomically (util::write_file), so a reader never sees a
// half-written report; a device or a FIFO is written as it is; a symbolic link is written through,
// unless it lies inside a registry the command reads or its repository's work tree, which are
// untrusted input, or leads nowhere; a command that reads no registry guards the work trees around
// the current directory and the file.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/error.hpp"

namespace gcsj::app {

// The work tree of the git repository holding `directory`: the first directory up from it that
// holds `.git`, as the configuration is looked for.
std::optional<std::string> work_tree_of(const std::filesystem::path& directory);

// The directories whose symbolic links an output never goes through: each registry path read
// (a file's directory), and the work tree of the git repository holding it.
std::vector<std::string> untrusted_directories(const std::vector<std::string>& paths);

// What an output without a registry read (`gcsj schema -o`, `validate - -o`) never writes
// through: links inside the work tree of the current directory's repository and of the one
// holding the output's directory, which a pull request may have planted as well.
std::vector<std::string> untrusted_around(const std::string& output);

// Writes `text` to the file `path`; never through a link inside one of the registry paths `read`
// (untrusted_directories), or, when it reads none, inside the work trees around
// (untrusted_around). An output Error when refused or not written.
Expected<void> write_output_file(const std::string& text, const std::string& path,
                                 const std::vector<std::string>& read);

}  // namespace gcsj::app
