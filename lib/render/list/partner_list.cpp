#include "render/list/partner_list.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include <fmt/format.h>

#include "i18n/message.hpp"
#include "model/enum_names.hpp"
#include "model/partner_state.hpp"
#include "render/json_writer.hpp"
#include "util/utf8.hpp"

namespace gcsj::render {
namespace {

using Row = std::array<std::string, 8>;
const Row kHeader{"id",      "name",     "category", "status", "admitted_on_as_of",
                  "country", "admitted", "file"};

template <class T>
std::string text_of(const model::Field<T>& field) {
  if (!field) return "";
  if constexpr (std::is_same_v<T, std::string>)
    return field->value;
  else if constexpr (std::is_same_v<T, model::Date>)
    return field->value.iso();
  else
    return std::string(model::enum_name(field->value));
}

// A cell of RFC 4180 CSV. Registry text is made printable, and a cell that a spreadsheet would
// run as a formula (starting with = + - @, a tab or a CR: OWASP's CSV injection) gets a leading
// apostrophe, so opening the list never runs a partner's name.
std::string csv_cell(const std::string& value) {
  std::string cell = util::printable(value);
  if (!cell.empty() && std::string_view("=+-@\t\r").find(cell[0]) != std::string_view::npos)
    cell.insert(0, "'");
  if (cell.find_first_of(",\"\n\r") == std::string::npos) return cell;
  std::string out = "\"";
  for (const char c : cell) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

std::string render_partner_list(const model::Registry& registry, const model::Date& as_of,
                                const PartnerFilter& filter, ListFormat format,
                                const i18n::Translator& tr) {
  using i18n::arg;
  using i18n::msg;
  using i18n::msg_n;
  std::vector<Row> rows;
  for (const model::Partner& p : registry.partners) {
    if (filter.category && (!p.category || p.category->value != *filter.category)) continue;
    if (filter.status && (!p.status || p.status->value != *filter.status)) continue;
    rows.push_back({text_of(p.id), text_of(p.name), text_of(p.category), text_of(p.status),
                    model::is_admitted_on(p, as_of) ? "yes" : "no", text_of(p.country),
                    text_of(p.admitted), registry.file(p.where.file).path});
  }
  std::sort(rows.begin(), rows.end());

  if (format == ListFormat::json) {
    JsonWriter json;
    json.begin_object().key("as_of").value(as_of.iso()).key("language").value(tr.code());
    json.key("partners").begin_array();
    for (const Row& row : rows) {
      json.begin_object();
      for (std::size_t i = 0; i < row.size(); ++i) {
        if (i == 4)
          json.key(kHeader[i]).value(row[i] == "yes");
        else
          json.key(kHeader[i]).string_or_null(row[i]);
      }
      json.end_object();
    }
    json.end_array().key("count").value(static_cast<long>(rows.size())).end_object();
    return json.str();
  }
  std::string out;
  if (format == ListFormat::csv) {
    rows.insert(rows.begin(), kHeader);
    for (const Row& row : rows) {
      for (std::size_t i = 0; i < row.size(); ++i) out += (i ? "," : "") + csv_cell(row[i]);
      out += "\r\n";  // RFC 4180
    }
    return out;
  }
  // Text: aligned columns, without the file (long), in the reader's language.
  constexpr std::array<std::size_t, 6> kShown{0, 1, 2, 3, 4, 5};
  std::array<std::size_t, 6> widths{};
  for (Row& row : rows)
    row[4] = std::string(row[4] == "yes" ? tr.ctx("admitted on the date", "yes")
                                         : tr.ctx("admitted on the date", "no"));
  const Row header{std::string(tr.ctx("partner list column", "ID")),
                   std::string(tr.ctx("partner list column", "NAME")),
                   std::string(tr.ctx("partner list column", "CATEGORY")),
                   std::string(tr.ctx("partner list column", "STATUS")),
                   msg("ADMITTED ON {date}", arg("date", as_of)).in(tr),
                   std::string(tr.ctx("partner list column", "COUNTRY")),
                   "",
                   ""};
  rows.insert(rows.begin(), header);
  for (const Row& row : rows)
    for (std::size_t i = 0; i < kShown.size(); ++i)
      widths[i] = std::max(widths[i], util::display_width(util::printable(row[kShown[i]])));
  widths[1] = std::min<std::size_t>(widths[1], 48);
  for (const Row& row : rows) {
    std::string line;
    for (std::size_t i = 0; i < kShown.size(); ++i) {
      std::string cell = util::printable(row[kShown[i]]);
      if (i == 1) cell = util::truncate_to_width(cell, 48);
      line += util::pad_right(cell, widths[i]) + "  ";
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  out += "\n" + msg_n("{count} partner", "{count} partners", rows.size() - 1).in(tr) + "\n";
  return out;
}

}  // namespace gcsj::render
