#pragma once
// The Forum of the Coalition's partners as the registry records it (`kind: forum`, GB.349/INS/4
// ¶39-42): its sessions, who convened each, and the initiatives partners showcased there.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "model/location.hpp"

namespace gcsj::model {

// ¶41: "The Forum could take place in person, remotely or in a hybrid format."
enum class ForumFormat { in_person, remote, hybrid };

// The host that is not a partner: the Office, which organises the Forum (¶28, ¶42).
inline constexpr std::string_view kIloHost = "ilo";

// An initiative showcased or announced at a session (¶40).
struct ForumInitiative {
  Location where;              // the start of the list item
  Field<std::string> partner;  // the id of the partner that showcased it
  Field<std::string> action;   // the title of one of that partner's actions, when it names one
};

struct ForumSession {
  Location where;  // the start of the list item
  Field<Date> date;
  Field<Date> end;  // the last day of a session of several days
  Field<std::string> title;
  Field<std::string> place;  // none for a remote session
  // As written, judged by the rule forum-format (¶41) rather than by the reader, so a value
  // outside the list is a finding of ¶41; model::forum_format_of reads it.
  Field<std::string> format;
  FieldList<std::string> hosts;  // `ilo` and/or partner ids (¶42)
  Field<std::string> alongside;  // the major global event it was held alongside (¶42)
  std::vector<ForumInitiative> initiatives;
  Location initiatives_where;  // the `initiatives` key; the item's start when there is none
};

struct Forum {
  Location where;  // the start of the document
  std::vector<ForumSession> sessions;
  Location sessions_where;  // the `sessions` key; the document's start when there is none
};

struct Registry;

// The format `format` names, if it names one.
std::optional<ForumFormat> forum_format_of(const ForumSession& session);

// The registry's Forum: its first forum document (a registry holds one; the rule one-forum
// reports the others), or null. Every view reads the Forum here.
const Forum* forum_of(const Registry& registry);

// The sessions of `forum` whose date was read, oldest first (in the document's order on one
// date): the order of the rules and of every view (the portal lists them newest first).
std::vector<const ForumSession*> dated_sessions(const Forum& forum);

// What names a dated session of `forum` wherever it is told (a change's key, the portal's
// anchor, the feed's id): its first day, "2025-11-05", and for a second session on that date
// "2025-11-05-2" (in the document's order).
std::string session_key(const Forum& forum, const ForumSession& session);

// The last day of a session: its `end` when it has one not before its date, else its date.
Date last_day(const ForumSession& session);

// True for the host `ilo`, the Office (¶28, ¶42); every other host names a partner.
inline bool is_ilo_host(std::string_view host) {
  return host == kIloHost;
}

}  // namespace gcsj::model
