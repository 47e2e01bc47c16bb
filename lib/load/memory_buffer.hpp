#pragma once
// An istream buffer over text held elsewhere, so text already in memory is not copied again.

#include <streambuf>
#include <string_view>

namespace gcsj::load {

class MemoryBuffer : public std::streambuf {
 public:
  explicit MemoryBuffer(std::string_view text) {
    // std::streambuf wants char*, but reading never writes through it.
    char* begin = const_cast<char*>(text.data());
    setg(begin, begin, begin + text.size());
  }
};

}  // namespace gcsj::load
