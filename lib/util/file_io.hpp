#pragma once
// Reading and writing whole files, bounded, with failures as values.

#include <cstddef>
#include <cstdint>
#include <string>

#include "util/expected.hpp"

namespace gcsj::util {

// "cannot open: Permission denied": `what` with the text of the current errno.
Error errno_error(std::string_view what);

// The text of a regular file or a pipe, read to its end or to `max_bytes` + 1 bytes, whichever
// comes first: a text longer than `max_bytes` means the source is larger than the caller allows.
// Anything else (a device never ends) is an Error. A pipe is opened without waiting for a writer.
Expected<std::string> read_bounded(const std::string& path, std::size_t max_bytes);

// `length` bytes from `offset` of the regular file `path`, which must still be `file_size` bytes
// long: a file that changed since it was measured is an Error, not a silent mix of two versions.
Expected<std::string> read_range(const std::string& path, std::uint64_t offset, std::size_t length,
                                 std::uint64_t file_size);

// Writes `text` to `path` through a temporary file in the same directory and a rename, so a
// reader never sees a half-written file.
Expected<void> write_atomically(const std::string& path, const std::string& text);

}  // namespace gcsj::util
