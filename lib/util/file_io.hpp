#pragma once
// Reading and writing whole files, bounded, with failures as values.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "util/expected.hpp"

namespace gcsj::util {

// "cannot open: Permission denied": `what` with the text of the current errno.
Error errno_error(std::string_view what);
// The same with the errno captured at the call that failed (a later call may have changed errno).
Error errno_error(std::string_view what, int error_number);

// The text of a regular file or a pipe, read to its end or to `max_bytes` + 1 bytes, whichever
// comes first: a text longer than `max_bytes` means the source is larger than the caller allows.
// Anything else (a device never ends) is an Error. A pipe is opened without waiting for a writer.
Expected<std::string> read_bounded(const std::string& path, std::size_t max_bytes);

// Writes `text` to `path`, and nothing else, whatever `path` names:
// - a regular file, or nothing yet: a new file with a unique name in the same directory, written,
//   synced and renamed over `path`, so a reader never sees a half-written file. It keeps the mode
//   (and, where allowed, the owner) of the file it replaces; a new file gets 0666 less the umask.
//   A file this process may not write is not replaced.
// - a symbolic link: the same on the file at the end of its chain, so the link stays a link; a
//   link to nothing is an Error (no file is ever created through a link);
// - a character device or a FIFO (or /dev/stdout and the like): opened as it is and written to,
//   appending; a FIFO that no process reads is an Error at once, not a wait;
// - a directory, a socket or a block device: an Error.
// Every Error names `path` and the reason the system gave; no temporary file outlives the call.
Expected<void> write_file(const std::string& path, const std::string& text);

// An Error when a write to `path` would go through a symbolic link that lies inside one of the
// directories `untrusted` (a registry being checked, its repository's work tree): `path`'s own
// name, a directory on the way, or a link in the chain any of them leads to. Links elsewhere
// (/dev/stdout, a link the user made in their home) are written through as before.
Expected<void> refuse_links_inside(const std::string& path,
                                   const std::vector<std::string>& untrusted);

// Creates a directory named `prefix` followed by six random letters and digits, which did not
// exist (mode 0777 less the umask, like mkdir), and returns its name.
Expected<std::string> create_unique_directory(const std::string& prefix);

}  // namespace gcsj::util
