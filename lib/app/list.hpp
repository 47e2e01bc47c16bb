#pragma once
// `gcsj list partners [PATH]`: the partners of a registry, filtered, for people and scripts.

#include <string>

#include "app/error.hpp"
#include "app/options.hpp"

namespace gcsj::app {

struct ListRequest {
  std::string path = ".";
  std::string as_of;            // empty: today, UTC
  std::string category;         // empty: every category
  std::string status;           // empty: every status
  std::string format = "text";  // a row of render::list_formats()
  std::string lang;
  InputOptions input;
};

Expected<Printed> list_partners(const ListRequest& request, const Warn& warn);

}  // namespace gcsj::app
