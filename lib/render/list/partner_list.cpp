#include "render/list/partner_list.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include <fmt/format.h>

#include "i18n/message.hpp"
#include "model/enum_names.hpp"
#include "model/partner_state.hpp"
#include "render/json_writer.hpp"
#include "render/list/csv.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace gcsj::render {
namespace {

using Row = std::array<std::string, 8>;
const Row kHeader{"id",      "name",     "category", "status", "admitted_on_as_of",
                  "country", "admitted", "file"};

using ContactCells = std::array<std::string, 5>;
const ContactCells kContactHeader{"contact_name", "contact_role", "contact_email", "contact_phone",
                                  "contact_language"};

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

ContactCells cells_of(const model::Contact& c) {
  return {text_of(c.name), text_of(c.role), text_of(c.email), text_of(c.phone),
          text_of(c.language)};
}

// A row and the partner it shows, whose focal points `--contacts` adds.
struct Listed {
  Row cells;
  const model::Partner* partner;
  bool operator<(const Listed& other) const { return cells < other.cells; }
};

const std::vector<model::Contact>* contacts_of(const Listed& row) {
  return row.partner && row.partner->contacts ? &row.partner->contacts->value : nullptr;
}

}  // namespace

std::string render_partner_list(const model::Registry& registry, const model::Date& as_of,
                                const PartnerFilter& filter, ListFormat format,
                                const i18n::Translator& tr) {
  using i18n::arg;
  using i18n::msg;
  using i18n::msg_n;
  std::vector<Listed> rows;
  for (const model::Partner& p : registry.partners) {
    if (filter.category && (!p.category || p.category->value != *filter.category)) continue;
    if (filter.status && (!p.status || p.status->value != *filter.status)) continue;
    rows.push_back({{text_of(p.id), text_of(p.name), text_of(p.category), text_of(p.status),
                     model::is_admitted_on(p, as_of) ? "yes" : "no", text_of(p.country),
                     text_of(p.admitted), registry.file(p.where.file).path},
                    &p});
  }
  std::stable_sort(rows.begin(), rows.end());

  if (format == ListFormat::json) {
    JsonWriter json;
    json.begin_object().key("as_of").value(as_of.iso()).key("language").value(tr.code());
    json.key("partners").begin_array();
    for (const Listed& listed : rows) {
      const Row& row = listed.cells;
      json.begin_object();
      for (std::size_t i = 0; i < row.size(); ++i) {
        if (i == 4)
          json.key(kHeader[i]).value(row[i] == "yes");
        else
          json.key(kHeader[i]).string_or_null(row[i]);
      }
      if (filter.contacts) {
        json.key("contacts").begin_array();
        if (const auto* contacts = contacts_of(listed))
          for (const model::Contact& c : *contacts) {
            const ContactCells cells = cells_of(c);
            json.begin_object();
            for (std::size_t i = 0; i < cells.size(); ++i)
              json.key(kContactHeader[i].substr(8)).string_or_null(cells[i]);
            json.end_object();
          }
        json.end_array();
      }
      json.end_object();
    }
    json.end_array().key("count").value(static_cast<long>(rows.size())).end_object();
    return json.str();
  }
  std::string out;
  if (format == ListFormat::csv) {
    if (!filter.contacts) {
      out = csv_record(kHeader);
      for (const Listed& row : rows) out += csv_record(row.cells);
      return out;
    }
    using Wide = std::array<std::string, 13>;
    const auto wide = [](const Row& row, const ContactCells& contact) {
      Wide cells;
      std::copy(row.begin(), row.end(), cells.begin());
      std::copy(contact.begin(), contact.end(), cells.begin() + row.size());
      return cells;
    };
    out = csv_record(wide(kHeader, kContactHeader));
    for (const Listed& row : rows) {
      const auto* contacts = contacts_of(row);
      if (!contacts || contacts->empty()) out += csv_record(wide(row.cells, {}));
      if (contacts)
        for (const model::Contact& c : *contacts) out += csv_record(wide(row.cells, cells_of(c)));
    }
    return out;
  }
  // Text: aligned columns, without the file (long), in the reader's language.
  constexpr std::array<std::size_t, 6> kShown{0, 1, 2, 3, 4, 5};
  std::array<std::size_t, 6> widths{};
  for (Listed& row : rows)
    row.cells[4] = std::string(row.cells[4] == "yes" ? tr.ctx("admitted on the date", "yes")
                                                     : tr.ctx("admitted on the date", "no"));
  const Row header{
      std::string(tr.ctx("partner list column", "ID")),
      std::string(tr.ctx("partner list column", "NAME")),
      std::string(tr.ctx("partner list column", "CATEGORY")),
      std::string(tr.ctx("partner list column", "STATUS")),
      msg("ADMITTED ON {date}", arg("date", util::upper_case_latin(tr.date(as_of)))).in(tr),
      std::string(tr.ctx("partner list column", "COUNTRY")),
      "",
      ""};
  rows.insert(rows.begin(), Listed{header, nullptr});
  for (const Listed& row : rows)
    for (std::size_t i = 0; i < kShown.size(); ++i)
      widths[i] = std::max(widths[i], util::display_width(util::printable(row.cells[kShown[i]])));
  widths[1] = std::min<std::size_t>(widths[1], 48);
  for (const Listed& row : rows) {
    std::string line;
    for (std::size_t i = 0; i < kShown.size(); ++i) {
      std::string cell = util::printable(row.cells[kShown[i]]);
      if (i == 1) cell = util::truncate_to_width(cell, 48);
      line += util::pad_right(cell, widths[i]) + "  ";
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
    if (!filter.contacts || &row == &rows.front()) continue;
    if (const auto* contacts = contacts_of(row))
      for (const model::Contact& c : *contacts) {
        std::string details;
        for (const std::string& cell : cells_of(c))
          if (!cell.empty()) details += (details.empty() ? "" : ", ") + util::printable(cell);
        out += "    " + msg("focal point: {contact}", arg("contact", details)).in(tr) + "\n";
      }
  }
  out += "\n" + msg_n("{count} partner", "{count} partners", rows.size() - 1).in(tr) + "\n";
  return out;
}

}  // namespace gcsj::render
