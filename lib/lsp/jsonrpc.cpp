#include "lsp/jsonrpc.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include <fmt/format.h>

namespace gcsj::lsp {
namespace {

// One header line without its line break, at most kMaxHeaderLine bytes of it; nullopt at the end
// of the input.
std::optional<std::string> header_line(std::istream& in) {
  std::string line;
  for (int c = in.get(); c != std::char_traits<char>::eof(); c = in.get()) {
    if (c == '\n') {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return line;
    }
    if (line.size() < kMaxHeaderLine) line += static_cast<char>(c);
  }
  return std::nullopt;  // the end, perhaps in the middle of a header line
}

// The value of a `Content-Length:` header anywhere on `line` (the last one), as a number of
// bytes; nullopt when the line holds none, -1 when its value is no number.
std::optional<long long> content_length(std::string_view line) {
  std::string lower(line);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  constexpr std::string_view kName = "content-length:";
  const auto at = lower.rfind(kName);
  if (at == std::string::npos) return std::nullopt;
  std::string_view value = line.substr(at + kName.size());
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
  if (value.empty() || value.size() > 18) return -1;
  long long n = 0;
  for (const char c : value) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}

}  // namespace

Frame FrameReader::next() {
  std::optional<long long> length;
  bool headers = false;  // a non-blank line was read
  for (;;) {
    auto line = header_line(in_);
    if (!line) return Frame{};  // the end, perhaps in the middle of the headers
    if (line->empty()) {
      if (!headers) continue;  // blank lines between messages
      break;
    }
    headers = true;
    if (const auto found = content_length(*line)) length = found;
  }
  if (!length || *length < 0)
    return Frame{Frame::Kind::bad,
                 {},
                 error_code::parse_error,
                 "the message has no Content-Length header with a number of bytes"};
  const auto size = static_cast<std::size_t>(*length);
  if (size > max_bytes_) {
    // Dropped as it is read: the next message begins after it.
    char chunk[8192];
    for (std::size_t left = size; left > 0;) {
      in_.read(chunk, static_cast<std::streamsize>(std::min(left, sizeof chunk)));
      const auto got = static_cast<std::size_t>(in_.gcount());
      if (got == 0) return Frame{};
      left -= got;
    }
    return Frame{
        Frame::Kind::bad,
        {},
        error_code::invalid_request,
        fmt::format("the message of {} bytes is over the limit of {} bytes", size, max_bytes_)};
  }
  Frame frame{Frame::Kind::message, std::string(size, '\0'), 0, {}};
  in_.read(frame.body.data(), static_cast<std::streamsize>(size));
  if (static_cast<std::size_t>(in_.gcount()) != size) return Frame{};  // cut short: the end
  return frame;
}

std::string framed(std::string_view body) {
  return fmt::format("Content-Length: {}\r\n\r\n{}", body.size(), body);
}

}  // namespace gcsj::lsp
