// The words of `changes --base` for text and Markdown: one list of sentences, each one format
// string with named placeholders, the registry's values escaped for where they are shown
// (util::printable for a terminal, markdown_text for Markdown).

#include <fmt/format.h>

#include "i18n/message.hpp"
#include "model/enum_names.hpp"
#include "render/diff/diff_report.hpp"
#include "render/report/progress_report.hpp"
#include "util/utf8.hpp"

namespace gcsj::render {
namespace {

using Escape = std::string (*)(std::string_view);
using i18n::arg;
using i18n::msg;
using i18n::msg_n;

std::string terminal_text(std::string_view text) {
  return util::printable(text);
}

constexpr std::string_view kNone = "—";  // a value the version does not have

struct Line {
  std::string where;  // FILE:LINE:COLUMN, escaped; empty for a line about no one place
  std::string text;
  int depth = 0;  // 1: a field of the partner above
};

struct Section {
  std::string heading;
  std::vector<Line> lines;
};

class Words {
 public:
  Words(const DiffView& view, Escape escape) : view_(view), escape_(escape) {}

  std::string say(const i18n::Message& message) const { return message.in(*view_.tr); }

  std::string where(const model::Registry& registry, const model::Location& at) const {
    return escape_(fmt::format("{}:{}:{}", registry.file(at.file).path, at.line, at.column));
  }
  std::string text(const std::optional<std::string>& value) const {
    return value ? escape_(*value) : std::string(kNone);
  }
  template <class E>
  std::string name(const std::optional<E>& value) const {
    return value ? std::string(model::enum_name(*value)) : std::string(kNone);
  }
  std::string date(const std::optional<model::Date>& value) const {
    return value ? value->iso() : std::string(kNone);
  }
  // A value as the registry writes it: a list in brackets, a mapping as `key: value` pairs (in
  // braces inside a list), registry text escaped; "—" where the version has none.
  std::string value(const std::optional<diff::Value>& v, bool nested = false) const {
    if (!v) return std::string(kNone);
    using Kind = diff::Value::Kind;
    switch (v->kind) {
      case Kind::none:
        return std::string(kNone);
      case Kind::text:
        return escape_(v->text);
      case Kind::word:
        return v->text;
      case Kind::integer:
        return std::to_string(v->integer);
      case Kind::decimal:
        return fmt::format("{}", v->decimal);
      case Kind::boolean:
        return v->boolean ? "true" : "false";
      case Kind::list: {
        std::vector<std::string> items;
        for (const auto& item : v->items) items.push_back(value(item, true));
        return fmt::format("[{}]", fmt::join(items, ", "));
      }
      case Kind::mapping: {
        std::vector<std::string> entries;
        for (const auto& entry : v->items)
          if (entry.kind != Kind::none)
            entries.push_back(fmt::format("{}: {}", entry.key, value(entry, true)));
        const std::string joined = fmt::format("{}", fmt::join(entries, ", "));
        return nested ? "{" + joined + "}" : joined;
      }
    }
    return std::string(kNone);
  }
  // Where a member sits: seat, region, role, as the registry writes them.
  std::string place(const diff::Sitting& s) const {
    std::string out = name(s.seat);
    if (s.region) out += fmt::format(", {}", model::enum_name(*s.region));
    return out + fmt::format(", {}", model::enum_name(s.role));
  }
  std::string chairs(const std::vector<diff::Sitting>& sitting) const {
    std::vector<std::string> names;
    for (const auto& s : sitting)
      names.push_back(say(msg("{name} ({role})", arg("name", text(s.name)),
                              arg("role", model::enum_name(s.role)))));
    return names.empty() ? std::string(kNone) : fmt::format("{}", fmt::join(names, ", "));
  }

  Section partners() const;
  Section group() const;
  Section forum() const;

 private:
  void field_lines(std::vector<Line>& lines, const diff::PartnerChange& c) const;

  const DiffView& view_;
  Escape escape_;
};

// A line per field that moved: "`key`: before → after", at `depth`.
void field_moves(std::vector<Line>& lines, const Words& words,
                 const std::vector<diff::FieldMove>& fields, int depth) {
  for (const auto& f : fields)
    lines.push_back({{},
                     fmt::format("`{key}`: {before} → {after}", fmt::arg("key", f.key),
                                 fmt::arg("before", words.value(f.before)),
                                 fmt::arg("after", words.value(f.after))),
                     depth});
}

void Words::field_lines(std::vector<Line>& lines, const diff::PartnerChange& c) const {
  field_moves(lines, *this, c.fields, 1);
  for (const auto& action : c.actions) {
    const auto& registry =
        action.kind == diff::ActionChangeKind::ended ? view_.before : view_.after;
    const std::string at = where(registry, action.where);
    switch (action.kind) {
      case diff::ActionChangeKind::added:
        lines.push_back(
            {at,
             say(msg("Action added: {title} ({status}).", arg("title", text(action.title)),
                     arg("status", name(action.status.after)))),
             1});
        break;
      case diff::ActionChangeKind::ended:
        lines.push_back(
            {at,
             say(msg("Action no longer listed: {title} (it was {status}).",
                     arg("title", text(action.title)), arg("status", name(action.status.before)))),
             1});
        break;
      case diff::ActionChangeKind::status:
        lines.push_back(
            {at,
             say(msg("Action {title}: {before} → {after}.", arg("title", text(action.title)),
                     arg("before", name(action.status.before)),
                     arg("after", name(action.status.after)))),
             1});
        break;
      case diff::ActionChangeKind::changed:
        lines.push_back(
            {at, say(msg("Action {title} changes:", arg("title", text(action.title)))), 1});
        break;
    }
    field_moves(lines, *this, action.fields, 2);
  }
}

Section Words::partners() const {
  Section section{say(msg("Partners")), {}};
  const auto& d = view_.diff;
  for (const auto& p : d.added)
    section.lines.push_back(
        {where(view_.after, p.where),
         say(msg("Partner {id} is added: {name} ({category}, {status}).", arg("id", escape_(p.id)),
                 arg("name", text(p.name)), arg("category", name(p.category)),
                 arg("status", name(p.status))))});
  for (const auto& p : d.removed)
    section.lines.push_back(
        {where(view_.before, p.where),
         say(msg("Partner {id} is removed: {name} ({category}, {status}).",
                 arg("id", escape_(p.id)), arg("name", text(p.name)),
                 arg("category", name(p.category)), arg("status", name(p.status))))});
  for (const auto& c : d.changed) {
    section.lines.push_back(
        {where(view_.after, c.where), say(msg("Partner {id} changes:", arg("id", escape_(c.id))))});
    field_lines(section.lines, c);
  }
  if (d.declined_applications > 0)
    section.lines.push_back(
        {{},
         say(msg_n("{count} declined application is added, changed or removed (declined "
                   "applications are counted, never named).",
                   "{count} declined applications are added, changed or removed (declined "
                   "applications are counted, never named).",
                   d.declined_applications))});
  return section;
}

Section Words::group() const {
  const auto& g = view_.diff.group;
  Section section{say(msg("The Coordinating Group on {date}", arg("date", g.on))), {}};
  auto& lines = section.lines;
  if (!g.before_exists && g.after_exists)
    lines.push_back({{}, say(msg("The change adds the Coordinating Group."))});
  if (g.before_exists && !g.after_exists)
    lines.push_back({{}, say(msg("The change removes the Coordinating Group."))});
  if (g.before_exists && g.after_exists && g.before_established != g.after_established)
    lines.push_back(
        {{},
         g.after_established
             ? say(msg("After the change the Group exists on {date}; before, it did not.",
                       arg("date", g.on)))
             : say(msg("Before the change the Group existed on {date}; after, it does not.",
                       arg("date", g.on)))});
  for (const auto& s : g.joined)
    lines.push_back({where(view_.after, s.where),
                     say(msg("{name} ({partner}) now sits: {place}.", arg("name", text(s.name)),
                             arg("partner", text(s.partner)), arg("place", place(s))))});
  for (const auto& s : g.left)
    lines.push_back(
        {where(view_.before, s.where),
         say(msg("{name} ({partner}) no longer sits: {place}.", arg("name", text(s.name)),
                 arg("partner", text(s.partner)), arg("place", place(s))))});
  for (const auto& m : g.moved)
    lines.push_back({where(view_.after, m.after.where),
                     say(msg("{name} ({partner}) moves: {before} → {after}.",
                             arg("name", text(m.after.name)), arg("partner", text(m.after.partner)),
                             arg("before", place(m.before)), arg("after", place(m.after))))});
  for (const auto& s : g.seats) {
    std::string seat(model::enum_name(s.seat));
    if (s.region) seat += fmt::format(", {}", model::enum_name(*s.region));
    lines.push_back(
        {{},
         s.capacity_binds
             ? say(msg("Seat {seat}: {before} → {after} sitting, of {capacity}.", arg("seat", seat),
                       arg("before", s.before), arg("after", s.after), arg("capacity", s.capacity)))
             : say(msg("Seat {seat}: {before} → {after} sitting.", arg("seat", seat),
                       arg("before", s.before), arg("after", s.after)))});
  }
  field_moves(lines, *this, g.fields, 0);
  for (const auto& m : g.members) {
    const auto& registry = m.kind == diff::MemberChangeKind::removed ? view_.before : view_.after;
    const auto name = arg("name", text(m.name));
    const auto partner = arg("partner", text(m.partner));
    switch (m.kind) {
      case diff::MemberChangeKind::added:
        lines.push_back(
            {where(registry, m.where),
             say(msg("{name} ({partner}) is added to the Group's members.", name, partner))});
        break;
      case diff::MemberChangeKind::removed:
        lines.push_back(
            {where(registry, m.where),
             say(msg("{name} ({partner}) is removed from the Group's members.", name, partner))});
        break;
      case diff::MemberChangeKind::changed:
        lines.push_back(
            {where(registry, m.where), say(msg("{name} ({partner}) changes:", name, partner))});
        break;
    }
    field_moves(lines, *this, m.fields, 1);
  }
  if (g.chairs_changed()) {
    lines.push_back(
        {{}, say(msg("Chairs before: {chairs}.", arg("chairs", chairs(g.chairs_before))))});
    lines.push_back(
        {{}, say(msg("Chairs after: {chairs}.", arg("chairs", chairs(g.chairs_after))))});
  }
  return section;
}

// The sessions of the Forum (¶39-42) added, removed or changed, by date.
Section Words::forum() const {
  Section section{say(msg("The Forum (¶39-42)")), {}};
  for (const diff::SessionChange& c : view_.diff.forum) {
    const auto date = arg("date", c.date);
    switch (c.kind) {
      case diff::SessionChangeKind::added:
        section.lines.push_back(
            {where(view_.after, c.where), say(msg("The session of {date} is added.", date))});
        break;
      case diff::SessionChangeKind::removed:
        section.lines.push_back(
            {where(view_.before, c.where), say(msg("The session of {date} is removed.", date))});
        break;
      case diff::SessionChangeKind::changed: {
        std::string keys;
        for (const std::string_view key : c.fields)
          keys += (keys.empty() ? "" : ", ") + std::string(key);
        section.lines.push_back(
            {where(view_.after, c.where),
             say(msg("The session of {date} changes: {keys}.", date, arg("keys", keys)))});
        break;
      }
    }
  }
  return section;
}

std::string heading(const DiffView& view, Escape escape) {
  if (view.commit)
    return msg("Changes since {ref} (commit {commit}):", arg("ref", escape(view.ref)),
               arg("commit", view.commit->substr(0, 12)))
        .in(*view.tr);
  return msg("Changes since the directory {ref}:", arg("ref", escape(view.ref))).in(*view.tr);
}

std::string summary(const DiffView& view) {
  const auto& d = view.diff;
  if (d.empty())
    return msg("This change changes no partner, and not the Coordinating Group on {date}.",
               arg("date", d.group.on))
        .in(*view.tr);
  return msg("Partners: {added} added, {removed} removed, {changed} changed. Members of the Group "
             "sitting on {date}: {joined} joined, {left} left, {moved} moved.",
             arg("added", d.added.size()), arg("removed", d.removed.size()),
             arg("changed", d.changed.size()), arg("date", d.group.on),
             arg("joined", d.group.joined.size()), arg("left", d.group.left.size()),
             arg("moved", d.group.moved.size()))
      .in(*view.tr);
}

std::string not_there(const DiffView& view, Escape escape) {
  return msg("The registry's directory did not exist at {ref}: every partner and the Group are "
             "new.",
             arg("ref", escape(view.ref)))
      .in(*view.tr);
}

}  // namespace

std::string render_diff_text(const DiffView& view, bool color) {
  const auto bold = [color](const std::string& text) {
    return color ? fmt::format("\x1b[1m{}\x1b[0m", text) : text;
  };
  const Words words(view, terminal_text);
  std::string out = heading(view, terminal_text) + "\n";
  if (!view.existed) out += not_there(view, terminal_text) + "\n";
  for (const Section& section : {words.partners(), words.group(), words.forum()}) {
    if (section.lines.empty()) continue;
    out += bold(section.heading) + "\n";
    for (const Line& line : section.lines) {
      out += std::string(2 + 2 * static_cast<std::size_t>(line.depth), ' ');
      out += line.where.empty() ? line.text : fmt::format("{}: {}", line.where, line.text);
      out += "\n";
    }
  }
  return out + summary(view) + "\n";
}

std::string render_diff_markdown(const DiffView& view) {
  const Words words(view, markdown_text);
  std::string out = "## gcsj changes\n\n" + heading(view, markdown_text) + "\n\n";
  if (!view.existed) out += not_there(view, markdown_text) + "\n\n";
  out += "**" + summary(view) + "**\n\n";
  for (const Section& section : {words.partners(), words.group(), words.forum()}) {
    if (section.lines.empty()) continue;
    out += "### " + section.heading + "\n\n";
    for (const Line& line : section.lines) {
      out += std::string(2 * static_cast<std::size_t>(line.depth), ' ') + "- ";
      out += line.where.empty() ? line.text : fmt::format("{} ({})", line.text, line.where);
      out += "\n";
    }
    out += "\n";
  }
  return out;
}

}  // namespace gcsj::render
