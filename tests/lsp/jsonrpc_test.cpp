#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "lsp/jsonrpc.hpp"

using gcsj::lsp::Frame;
using gcsj::lsp::framed;
using gcsj::lsp::FrameReader;
namespace error_code = gcsj::lsp::error_code;

TEST_CASE("lsp::FrameReader reads framed messages one after another") {
  std::istringstream in(framed("{\"a\":1}") + "\r\n" + framed("{}"));
  FrameReader reader(in);
  Frame frame = reader.next();
  CHECK(frame.kind == Frame::Kind::message);
  CHECK(frame.body == "{\"a\":1}");
  frame = reader.next();  // a stray blank line between the two is skipped
  CHECK(frame.kind == Frame::Kind::message);
  CHECK(frame.body == "{}");
  CHECK(reader.next().kind == Frame::Kind::end);
}

TEST_CASE("lsp::FrameReader: headers in any case, with other headers beside") {
  std::istringstream in(
      "content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}");
  FrameReader reader(in);
  const Frame frame = reader.next();
  CHECK(frame.kind == Frame::Kind::message);
  CHECK(frame.body == "{}");
}

TEST_CASE("lsp::FrameReader: a header block without a usable length is a parse error") {
  std::istringstream in("Content-Type: x\r\n\r\nContent-Length: ten\r\n\r\n" + framed("{}"));
  FrameReader reader(in);
  Frame frame = reader.next();
  CHECK(frame.kind == Frame::Kind::bad);
  CHECK(frame.code == error_code::parse_error);
  frame = reader.next();
  CHECK(frame.kind == Frame::Kind::bad);
  CHECK(reader.next().body == "{}");  // and the next message is found
}

TEST_CASE("lsp::FrameReader: after a length shorter than its body, the next message is found") {
  // The body is 7 bytes, the header says 5: `1}` runs into the next header line.
  std::istringstream in("Content-Length: 5\r\n\r\n{\"a\":1}" + framed("{\"b\":2}"));
  FrameReader reader(in);
  CHECK(reader.next().body == "{\"a\":");
  const Frame frame = reader.next();
  CHECK(frame.kind == Frame::Kind::message);
  CHECK(frame.body == "{\"b\":2}");
}

TEST_CASE("lsp::FrameReader: a message over the limit is dropped unread, and reading goes on") {
  const std::string huge(100, 'x');
  std::istringstream in("Content-Length: 100\r\n\r\n" + huge + framed("{}"));
  FrameReader reader(in, 50);
  Frame frame = reader.next();
  CHECK(frame.kind == Frame::Kind::bad);
  CHECK(frame.code == error_code::invalid_request);
  CHECK(frame.body.empty());
  CHECK(reader.next().body == "{}");
}

TEST_CASE("lsp::FrameReader: a message cut in the middle is the end of the input") {
  std::istringstream cut_body("Content-Length: 10\r\n\r\n{\"a\"");
  CHECK(FrameReader(cut_body).next().kind == Frame::Kind::end);
  std::istringstream cut_header("Content-Len");
  CHECK(FrameReader(cut_header).next().kind == Frame::Kind::end);
  std::istringstream empty("");
  CHECK(FrameReader(empty).next().kind == Frame::Kind::end);
}

TEST_CASE("lsp::FrameReader: a header line of any length is read in bounded memory") {
  std::istringstream in(std::string(1 << 20, 'h') + "\r\n\r\n" + framed("{}"));
  FrameReader reader(in);
  CHECK(reader.next().kind == Frame::Kind::bad);
  CHECK(reader.next().body == "{}");
}

TEST_CASE("lsp::framed: the header counts bytes, not characters") {
  CHECK(framed("\"é\"") == "Content-Length: 4\r\n\r\n\"é\"");
}
