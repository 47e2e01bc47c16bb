// Which changes the portal tells (the public ones), in which order (newest first), and under
// which names: the fragment of news.html and the Atom id of the feed's entry, both built from the
// registry (kind, key, date), never from the clock, so the same registry and date give the same
// bytes.

#include <algorithm>
#include <map>
#include <numeric>

#include <fmt/format.h>

#include "publish/html.hpp"
#include "publish/site_context.hpp"
#include "render/changes/change_line.hpp"
#include "render/changes/change_words.hpp"

namespace gcsj::publish {
namespace {

// The authority and date of the feed's tag URIs (RFC 4151): the ILO, whose Office is the
// Coalition's secretariat and publishes its portal (¶28), in 2023, when the Governing Body set
// the Coalition up (GB.349/INS/4).
constexpr std::string_view kTagPrefix = "tag:ilo.org,2023:gcsj/";

// `text` percent-encoded but for the unreserved characters of RFC 3986 and `/`.
std::string percent_encoded(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) != 0 && byte < 0x80)
      out += c;
    else if (c == '-' || c == '.' || c == '_' || c == '~' || c == '/')
      out += c;
    else
      out += fmt::format("%{:02X}", byte);
  }
  return out;
}

// `text` as lower-case ASCII letters, digits and hyphens, for an HTML id.
std::string slug(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80 && std::isalnum(byte) != 0)
      out += static_cast<char>(std::tolower(byte));
    else if (out.empty() || out.back() != '-')
      out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

// What names a change: its kind, its key (a partner id, a member's name, a seat), the action's
// position for a completed action, and its date.
std::string name_of(const changes::Change& change) {
  std::string name = std::string(render::kind_key(change.kind));
  if (!change.key.empty()) name += "/" + change.key;
  if (change.action_number > 0) name += "/" + std::to_string(change.action_number);
  return name + "/" + change.date.iso();
}

}  // namespace

std::string forum_session_href(const changes::Change& change) {
  return fmt::format("{}#session-{}", kForumPath, change.key);
}

std::vector<ChangeNames> change_names(const changes::Changes& news) {
  std::vector<ChangeNames> names(news.events.size());
  std::map<std::string, int> tags_seen, anchors_seen;
  for (std::size_t i = 0; i < news.events.size(); ++i) {
    const changes::Change& change = news.events[i];
    if (!change.is_public) continue;  // never told, so never named
    const std::string name = name_of(change);
    std::string tag = std::string(kTagPrefix) + percent_encoded(name);
    if (const int n = ++tags_seen[tag]; n > 1) tag += "/" + std::to_string(n);
    std::string anchor = "change-" + slug(name);
    if (const int n = ++anchors_seen[anchor]; n > 1) anchor += "-" + std::to_string(n);
    names[i] = {std::move(anchor), std::move(tag)};
  }
  return names;
}

std::vector<std::size_t> public_changes_newest_first(const changes::Changes& news) {
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < news.events.size(); ++i)
    if (news.events[i].is_public) order.push_back(i);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return news.events[a].date > news.events[b].date;
  });
  return order;
}

std::string change_html(const SiteContext& site, const changes::Change& change,
                        std::string_view from, const std::string& date) {
  render::ChangeWording wording{escape, true,
                                [&](const model::Partner& partner) {
                                  return site.stems.contains(&partner)
                                             ? site.partner_link(partner, from)
                                             : escape(site.name_of(partner));
                                },
                                site.tr};
  // A session of the Forum links to its place on the portal's Forum page.
  wording.forum = [&](const model::ForumSession&, std::string words) {
    return fmt::format("<a href=\"{}\">{}</a>",
                       escape(std::string(root_of(from)) + forum_session_href(change)), words);
  };
  return render::dated_change(change, wording, date);
}

}  // namespace gcsj::publish
