#include "model/forum.hpp"

#include <algorithm>

#include "model/enum_names.hpp"
#include "model/registry.hpp"

namespace gcsj::model {

std::optional<ForumFormat> forum_format_of(const ForumSession& session) {
  if (!session.format) return std::nullopt;
  return parse_enum<ForumFormat>(session.format->value);
}

const Forum* forum_of(const Registry& registry) {
  return registry.forums.empty() ? nullptr : &registry.forums.front();
}

std::vector<const ForumSession*> dated_sessions(const Forum& forum) {
  std::vector<const ForumSession*> sessions;
  for (const ForumSession& session : forum.sessions)
    if (session.date) sessions.push_back(&session);
  std::stable_sort(sessions.begin(), sessions.end(),
                   [](const auto* a, const auto* b) { return a->date->value < b->date->value; });
  return sessions;
}

std::string session_key(const Forum& forum, const ForumSession& session) {
  if (!session.date) return {};
  const Date& date = session.date->value;
  int ordinal = 1;
  for (const ForumSession& earlier : forum.sessions) {
    if (&earlier == &session) break;
    if (earlier.date && earlier.date->value == date) ++ordinal;
  }
  return ordinal == 1 ? date.iso() : date.iso() + "-" + std::to_string(ordinal);
}

Date last_day(const ForumSession& session) {
  const Date first = session.date ? session.date->value : Date{};
  return session.end && first <= session.end->value ? session.end->value : first;
}

}  // namespace gcsj::model
