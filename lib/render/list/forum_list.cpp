#include "render/list/forum_list.hpp"

#include <array>
#include <vector>

#include "i18n/message.hpp"
#include "model/forum.hpp"
#include "render/json_writer.hpp"
#include "render/list/csv.hpp"
#include "util/utf8.hpp"

namespace gcsj::render {
namespace {

using Row = std::array<std::string, 9>;
const Row kCsvHeader{"date",  "end",       "title",       "place", "format",
                     "hosts", "alongside", "initiatives", "file"};

std::string text_of(const model::Field<std::string>& field) {
  return field ? field->value : std::string();
}

std::string date_of(const model::Field<model::Date>& field) {
  return field ? field->value.iso() : std::string();
}

// The hosts' ids in the registry's order, separated by "; " (an id holds no semicolon).
std::string hosts_of(const model::ForumSession& session) {
  std::string out;
  if (session.hosts)
    for (const auto& host : session.hosts->value) out += (out.empty() ? "" : "; ") + host.value;
  return out;
}

Row row_of(const model::Registry& registry, const model::ForumSession& s) {
  return {date_of(s.date),
          date_of(s.end),
          text_of(s.title),
          text_of(s.place),
          text_of(s.format),
          hosts_of(s),
          text_of(s.alongside),
          std::to_string(s.initiatives.size()),
          registry.file(s.where.file).path};
}

std::string render_json(const model::Registry& registry,
                        const std::vector<const model::ForumSession*>& sessions,
                        const i18n::Translator& tr) {
  JsonWriter json;
  json.begin_object().key("language").value(tr.code()).key("sessions").begin_array();
  for (const model::ForumSession* s : sessions) {
    json.begin_object().key("date").value(s->date->value.iso());
    json.key("end").string_or_null(date_of(s->end));
    json.key("title").string_or_null(text_of(s->title));
    json.key("place").string_or_null(text_of(s->place));
    json.key("format").string_or_null(text_of(s->format));
    json.key("hosts").begin_array();
    if (s->hosts)
      for (const auto& host : s->hosts->value) json.value(host.value);
    json.end_array();
    json.key("alongside").string_or_null(text_of(s->alongside));
    json.key("initiatives").begin_array();
    for (const model::ForumInitiative& initiative : s->initiatives)
      json.begin_object()
          .key("partner")
          .string_or_null(text_of(initiative.partner))
          .key("action")
          .string_or_null(text_of(initiative.action))
          .end_object();
    json.end_array();
    json.key("file").value(registry.file(s->where.file).path);
    json.key("line").value(s->where.line).end_object();
  }
  json.end_array().key("count").value(static_cast<long>(sessions.size())).end_object();
  return json.str();
}

// Aligned columns; the title and the event alongside cut at 40 columns.
std::string table(std::vector<Row> lines) {
  std::array<std::size_t, 9> widths{};
  for (Row& line : lines)
    for (std::size_t i = 0; i < line.size(); ++i) {
      line[i] = util::printable(line[i]);
      if (i == 2 || i == 6) line[i] = util::truncate_to_width(line[i], 40);
      widths[i] = std::max(widths[i], util::display_width(line[i]));
    }
  std::string out;
  for (const Row& line : lines) {
    std::string text;
    for (std::size_t i = 0; i < line.size(); ++i)
      text += util::pad_right(line[i], widths[i]) + "  ";
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out += text + "\n";
  }
  return out;
}

std::string render_text(const model::Registry& registry,
                        const std::vector<const model::ForumSession*>& sessions,
                        const i18n::Translator& tr) {
  std::vector<Row> lines;
  lines.push_back({std::string(tr.ctx("forum list column", "DATE")),
                   std::string(tr.ctx("forum list column", "END")),
                   std::string(tr.ctx("forum list column", "TITLE")),
                   std::string(tr.ctx("forum list column", "PLACE")),
                   std::string(tr.ctx("forum list column", "FORMAT")),
                   std::string(tr.ctx("forum list column", "HOSTS")),
                   std::string(tr.ctx("forum list column", "ALONGSIDE")),
                   std::string(tr.ctx("forum list column", "INITIATIVES")),
                   std::string(tr.ctx("forum list column", "FILE"))});
  for (const model::ForumSession* s : sessions) lines.push_back(row_of(registry, *s));
  return table(std::move(lines)) + "\n" +
         i18n::msg_n("{count} session of the Forum", "{count} sessions of the Forum",
                     sessions.size())
             .in(tr) +
         "\n";
}

}  // namespace

std::string render_forum_list(const model::Registry& registry, ForumListFormat format,
                              const i18n::Translator& tr) {
  std::vector<const model::ForumSession*> sessions;
  if (const model::Forum* forum = model::forum_of(registry))
    sessions = model::dated_sessions(*forum);
  if (format == ForumListFormat::json) return render_json(registry, sessions, tr);
  if (format == ForumListFormat::text) return render_text(registry, sessions, tr);
  std::string out = csv_record(kCsvHeader);
  for (const model::ForumSession* s : sessions) out += csv_record(row_of(registry, *s));
  return out;
}

}  // namespace gcsj::render
