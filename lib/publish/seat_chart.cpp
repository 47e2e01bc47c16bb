// The seat chart of the Coordinating Group page: one circle per seat of ¶25, in the order of its
// letters; a filled circle for a sitting member, a dashed one for a vacancy, a ring for a chair.
// Every seat carries data-seat-state (filled, vacant, over) so tests can count what readers see.

#include <algorithm>

#include <fmt/format.h>

#include "figures/words.hpp"
#include "group/seats.hpp"
#include "group/terms.hpp"
#include "model/enum_names.hpp"
#include "publish/html.hpp"
#include "publish/site_context.hpp"
#include "util/text.hpp"

namespace gcsj::publish {
namespace {

using util::sentence_case;

constexpr int kLabelWidth = 260;
constexpr int kPitch = 26;
constexpr int kRow = 34;
constexpr int kRadius = 10;

// Short row labels: the chart's left column is narrow; the full wording is the row's title.
std::string_view short_label(model::Seat seat) {
  switch (seat) {
    case model::Seat::director_general:
      return "ILO Director-General";
    case model::Seat::un_secretary_general:
      return "UN Secretary-General";
    case model::Seat::government:
      return "Governments";
    case model::Seat::employers:
      return "Employers";
    case model::Seat::workers:
      return "Workers";
    case model::Seat::enterprise:
      return "Enterprise";
    case model::Seat::global_union:
      return "Global union federation";
    case model::Seat::un_system:
      return "UN system";
    case model::Seat::economic_organization:
      return "Economic organization or IFI";
    case model::Seat::regional_organization:
      return "Regional organization";
    case model::Seat::ngo:
      return "International NGO";
    case model::Seat::academic:
      return "Academic institution";
  }
  return "";
}

}  // namespace

std::string seat_chart(const SiteContext& site, std::string_view) {
  const auto& composition = *site.figures.composition;
  int rows = 0, widest = 0, filled = 0, vacant = 0, over = 0;
  for (const auto& row : composition.rows) {
    if (row.region) continue;
    ++rows;
    widest = std::max(widest, std::max(row.filled(), row.capacity));
    filled += std::min(row.filled(), row.capacity);
    vacant += row.vacancies();
    over += row.excess();
  }
  const int width = kLabelWidth + widest * kPitch + 20;
  const int height = rows * kRow + 10;
  const std::string summary =
      fmt::format("{} of {} seats filled, {} vacant{}", filled, filled + vacant, vacant,
                  over > 0 ? fmt::format(", {} over capacity", over) : "");
  std::string out = fmt::format(
      "<figure class=\"seats\" id=\"seat-chart\">\n<svg role=\"img\" aria-labelledby=\"seat-title "
      "seat-desc\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" height=\"{1}\" "
      "xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"seat-title\">Seats of the Coordinating "
      "Group on {2}</title>\n<desc id=\"seat-desc\">{3}. Each row is a kind of seat of ¶25; a "
      "filled circle is a sitting member, a dashed circle a vacant seat, a ring a "
      "chair.</desc>\n",
      width, height, escape(site.as_of), escape(summary));
  int y = 6;
  for (const auto& row : composition.rows) {
    if (row.region) continue;
    out += fmt::format(
        "<g class=\"seat-row\" data-seat=\"{}\"><title>¶{}: {}</title>"
        "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">¶{} {}</text>\n",
        model::enum_name(row.kind->seat), row.kind->paragraph,
        escape(sentence_case(row.kind->description.msgid)), kLabelWidth - 10, y + 20,
        row.kind->paragraph, short_label(row.kind->seat));
    int x = kLabelWidth + kRadius + 2;
    const int cy = y + 15;
    for (std::size_t i = 0; i < row.sitting.size(); ++i) {
      const model::Member& m = *row.sitting[i];
      const model::Role role = group::role_of(m);
      const bool is_over = static_cast<int>(i) >= row.capacity;
      std::string label = model::display_name(m);
      if (m.partner)
        if (const auto it = site.by_id.find(m.partner->value); it != site.by_id.end())
          label += ", " + partner_name(*it->second);
      if (m.region) label += fmt::format(" ({})", figures::region_word(m.region->value));
      if (role != model::Role::member) label += fmt::format(": {}", figures::role_word(role));
      if (is_over) label += " (over the seat's capacity)";
      out += fmt::format(
          "<circle class=\"seat {}{}\" data-seat-state=\"{}\" cx=\"{}\" cy=\"{}\" r=\"{}\">"
          "<title>{}</title></circle>\n",
          is_over ? "seat-over" : "seat-filled", role != model::Role::member ? " seat-chair" : "",
          is_over ? "over" : "filled", x, cy, kRadius, escape(label));
      if (role != model::Role::member)
        out += fmt::format(
            "<circle class=\"chair-ring\" cx=\"{}\" cy=\"{}\" r=\"{}\" "
            "aria-hidden=\"true\"></circle>\n",
            x, cy, kRadius + 4);
      x += kPitch;
    }
    for (int v = 0; v < row.vacancies(); ++v) {
      out += fmt::format(
          "<circle class=\"seat seat-vacant\" data-seat-state=\"vacant\" cx=\"{}\" cy=\"{}\" "
          "r=\"{}\"><title>Vacant: {}</title></circle>\n",
          x, cy, kRadius, escape(sentence_case(row.kind->description.msgid)));
      x += kPitch;
    }
    out += "</g>\n";
    y += kRow;
  }
  out += fmt::format(
      "</svg>\n<figcaption>{}. Filled: a sitting member; dashed: vacant; ringed: "
      "a chair.</figcaption>\n</figure>\n",
      escape(summary));
  return out;
}

}  // namespace gcsj::publish
