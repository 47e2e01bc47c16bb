#pragma once
// The framing of the Language Server Protocol's base protocol: each message a `Content-Length`
// header, a blank line, then that many bytes of JSON. An editor that gets it wrong (a wrong length,
// a message cut short, garbage between messages, a message of a gigabyte) gets an answer and the
// server keeps its place in the stream and its memory within bounds.

#include <cstddef>
#include <istream>
#include <string>
#include <string_view>

namespace gcsj::lsp {

// JSON-RPC 2.0's error codes, and the protocol's own.
namespace error_code {
inline constexpr int parse_error = -32700;
inline constexpr int invalid_request = -32600;
inline constexpr int method_not_found = -32601;
inline constexpr int invalid_params = -32602;
inline constexpr int internal_error = -32603;
inline constexpr int server_not_initialized = -32002;
inline constexpr int request_failed = -32803;
}  // namespace error_code

// The largest message read: a registry file may be up to 256 MiB on disk, but an editor's buffer of
// one partner is a few KiB; 64 MiB holds any file a person edits and bounds what one message costs.
inline constexpr std::size_t kMaxMessageBytes = std::size_t{64} << 20;
// The longest header line kept; the rest of a longer one is read and dropped.
inline constexpr std::size_t kMaxHeaderLine = 1024;

struct Frame {
  enum class Kind {
    message,  // `body` holds the message's bytes
    bad,      // a malformed frame: answer with `code` and `problem`, then read on
    end,      // the end of the input (in the middle of a message, or between two)
  };
  Kind kind = Kind::end;
  std::string body;
  int code = 0;
  std::string problem;
};

class FrameReader {
 public:
  explicit FrameReader(std::istream& in, std::size_t max_bytes = kMaxMessageBytes)
      : in_(in), max_bytes_(max_bytes) {}

  // The next frame. A header block without a usable Content-Length is `bad`, as is a length over
  // the limit, whose body is read and dropped unkept so that the next frame is found. Text before
  // `Content-Length:` on a header line is ignored: after a length shorter than its body, the rest
  // of that body runs into the next header line, and the next message is still found.
  Frame next();

 private:
  std::istream& in_;
  std::size_t max_bytes_;
};

// `body` framed for the output: its Content-Length header, a blank line, the body.
std::string framed(std::string_view body);

}  // namespace gcsj::lsp
