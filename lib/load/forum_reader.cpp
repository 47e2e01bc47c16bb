#include "load/forum_reader.hpp"

#include <array>

#include "load/mapping_reader.hpp"

namespace gcsj::load {
namespace {

using i18n::msg;
using model::Forum;
using model::ForumInitiative;
using model::ForumSession;

// Reads each mapping item of `list` into a T through `keys`; other items are wrong types.
template <class T, std::size_t N>
std::vector<T> read_items(const Node& list, std::string_view what,
                          const std::array<KeyReader<T>, N>& keys, const i18n::Message& context,
                          ValueReader& r) {
  std::vector<T> items;
  if (!list.is_sequence()) {
    if (!list.is_invalid()) r.wrong_type(list, what, ValueReader::Expected::list);
    return items;
  }
  for (const Node& node : list.items) {
    if (!r.expect_item_mapping(node, what)) continue;
    T item;
    item.where = node.where;
    read_mapping<T>(node, keys, context, item, r);
    items.push_back(std::move(item));
  }
  return items;
}

auto string_item(ValueReader& r) {
  return [&r](const Node& n, std::string_view what) { return r.string(n, what); };
}

constexpr std::array<KeyReader<ForumInitiative>, 2> kInitiativeKeys{{
    {"partner", [](ForumInitiative& i, const Entry& e,
                   ValueReader& r) { i.partner = r.string(e.value, "partner"); }},
    {"action", [](ForumInitiative& i, const Entry& e,
                  ValueReader& r) { i.action = r.string(e.value, "action"); }},
}};

constexpr std::array<KeyReader<ForumSession>, 8> kSessionKeys{{
    {"date",
     [](ForumSession& s, const Entry& e, ValueReader& r) { s.date = r.date(e.value, "date"); }},
    {"end",
     [](ForumSession& s, const Entry& e, ValueReader& r) { s.end = r.date(e.value, "end"); }},
    {"title",
     [](ForumSession& s, const Entry& e, ValueReader& r) { s.title = r.string(e.value, "title"); }},
    {"place",
     [](ForumSession& s, const Entry& e, ValueReader& r) { s.place = r.string(e.value, "place"); }},
    {"format", [](ForumSession& s, const Entry& e,
                  ValueReader& r) { s.format = r.string(e.value, "format"); }},
    {"hosts",
     [](ForumSession& s, const Entry& e, ValueReader& r) {
       s.hosts = r.list<std::string>(e.value, "hosts", string_item(r));
     }},
    {"alongside", [](ForumSession& s, const Entry& e,
                     ValueReader& r) { s.alongside = r.string(e.value, "alongside"); }},
    {"initiatives",
     [](ForumSession& s, const Entry& e, ValueReader& r) {
       s.initiatives_where = e.key.where;
       s.initiatives = read_items(e.value, "initiatives", kInitiativeKeys, msg("an initiative"), r);
     }},
}};

constexpr std::array<KeyReader<Forum>, 2> kForumKeys{{
    {"kind", [](Forum&, const Entry&, ValueReader&) {}},
    {"sessions",
     [](Forum& f, const Entry& e, ValueReader& r) {
       f.sessions_where = e.key.where;
       f.sessions = read_items(e.value, "sessions", kSessionKeys, msg("a Forum session"), r);
     }},
}};

}  // namespace

Forum read_forum(const Node& document, ValueReader& reader) {
  Forum forum;
  forum.where = document.where;
  forum.sessions_where = document.where;
  read_mapping<Forum>(document, kForumKeys, msg("the Forum"), forum, reader);
  for (ForumSession& session : forum.sessions)
    if (session.initiatives_where.line == 0) session.initiatives_where = session.where;
  return forum;
}

std::vector<std::string> forum_key_paths() {
  std::vector<std::string> paths;
  append_key_paths<Forum>(paths, "", kForumKeys);
  append_key_paths<ForumSession>(paths, "sessions.", kSessionKeys);
  append_key_paths<ForumInitiative>(paths, "sessions.initiatives.", kInitiativeKeys);
  return paths;
}

}  // namespace gcsj::load
