// The sessions of the Forum (¶39-42) a change adds, removes or changes, matched by their date:
// the keys of a session compared as the registry writes them (`hosts` and `initiatives` whole).

#include <map>

#include "diff/registry_diff.hpp"
#include "model/forum.hpp"

namespace gcsj::diff {
namespace {

using Sessions = std::multimap<model::Date, const model::ForumSession*>;

Sessions sessions_of(const model::Registry& registry) {
  Sessions sessions;
  if (const model::Forum* forum = model::forum_of(registry))
    for (const model::ForumSession* s : model::dated_sessions(*forum))
      sessions.emplace(s->date->value, s);
  return sessions;
}

template <class T>
std::optional<T> value_of(const model::Field<T>& field) {
  return field ? std::optional<T>(field->value) : std::nullopt;
}

std::vector<std::string> hosts_of(const model::ForumSession& s) {
  std::vector<std::string> hosts;
  if (s.hosts)
    for (const auto& host : s.hosts->value) hosts.push_back(host.value);
  return hosts;
}

std::vector<std::pair<std::optional<std::string>, std::optional<std::string>>> initiatives_of(
    const model::ForumSession& s) {
  std::vector<std::pair<std::optional<std::string>, std::optional<std::string>>> out;
  for (const model::ForumInitiative& i : s.initiatives)
    out.emplace_back(value_of(i.partner), value_of(i.action));
  return out;
}

std::vector<std::string_view> moved_keys(const model::ForumSession& a,
                                         const model::ForumSession& b) {
  std::vector<std::string_view> keys;
  if (value_of(a.end) != value_of(b.end)) keys.push_back("end");
  if (value_of(a.title) != value_of(b.title)) keys.push_back("title");
  if (value_of(a.place) != value_of(b.place)) keys.push_back("place");
  if (value_of(a.format) != value_of(b.format)) keys.push_back("format");
  if (hosts_of(a) != hosts_of(b)) keys.push_back("hosts");
  if (value_of(a.alongside) != value_of(b.alongside)) keys.push_back("alongside");
  if (initiatives_of(a) != initiatives_of(b)) keys.push_back("initiatives");
  return keys;
}

}  // namespace

std::vector<SessionChange> diff_forum(const model::Registry& before, const model::Registry& after) {
  const Sessions old_sessions = sessions_of(before);
  const Sessions new_sessions = sessions_of(after);
  std::vector<SessionChange> changes;
  auto o = old_sessions.begin();
  auto n = new_sessions.begin();
  while (o != old_sessions.end() || n != new_sessions.end()) {
    if (n == new_sessions.end() || (o != old_sessions.end() && o->first < n->first)) {
      changes.push_back({SessionChangeKind::removed, o->first, o->second->where, {}});
      ++o;
    } else if (o == old_sessions.end() || n->first < o->first) {
      changes.push_back({SessionChangeKind::added, n->first, n->second->where, {}});
      ++n;
    } else {
      auto keys = moved_keys(*o->second, *n->second);
      if (!keys.empty())
        changes.push_back(
            {SessionChangeKind::changed, n->first, n->second->where, std::move(keys)});
      ++o;
      ++n;
    }
  }
  return changes;
}

}  // namespace gcsj::diff
