#pragma once
// `gcsj list partners [PATH]`: the partners of a registry, filtered, for people and scripts;
// `gcsj list applications [PATH]`: the secretariat's queue of applications, or its decisions;
// `gcsj list forum [PATH]`: the sessions of the Forum.

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
  bool contacts = false;  // show each partner's focal points (private: only when asked)
  InputOptions input;
};

Expected<Printed> list_partners(const ListRequest& request, const Warn& warn);

// `gcsj list forum [PATH]`: the sessions of the Forum (¶39-42), oldest first.
struct ForumListRequest {
  std::string path = ".";
  std::string as_of;            // empty: today, UTC; the date the registry is judged on
  std::string format = "text";  // a row of render::forum_list_formats()
  std::string lang;
  InputOptions input;
};

Expected<Printed> list_forum(const ForumListRequest& request, const Warn& warn);

struct ApplicationsRequest {
  std::string path = ".";
  std::string as_of;               // empty: today, UTC
  std::string status = "applied";  // applied (the queue) or declined (the decisions)
  std::string since;               // empty: every date
  std::string format = "text";     // a row of render::application_list_formats()
  std::string lang;
  InputOptions input;
};

// The applications of the status asked, with their open findings as `validate` counts them (the
// same rules, configuration and waivers) and, for pending ones, what each needs next.
Expected<Printed> list_applications(const ApplicationsRequest& request, const Warn& warn);

}  // namespace gcsj::app
