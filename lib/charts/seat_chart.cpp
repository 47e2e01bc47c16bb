#include "charts/seat_chart.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "figures/words.hpp"
#include "group/seats.hpp"
#include "group/state.hpp"
#include "group/terms.hpp"
#include "i18n/message.hpp"
#include "model/enum_names.hpp"
#include "render/changes/change_words.hpp"
#include "util/text.hpp"

namespace gcsj::charts {
namespace {

using util::sentence_case;

constexpr int kLabelWidth = 260;
constexpr int kPitch = 26;
constexpr int kRow = 34;
constexpr int kRadius = 10;

// Short row labels: the chart's left column is narrow; the full wording is the row's title.
i18n::Term short_label(model::Seat seat) {
  switch (seat) {
    case model::Seat::director_general:
      return i18n::NC_("seat of the Coordinating Group, short", "ILO Director-General");
    case model::Seat::un_secretary_general:
      return i18n::NC_("seat of the Coordinating Group, short", "UN Secretary-General");
    case model::Seat::government:
      return i18n::NC_("seat of the Coordinating Group, short", "Governments");
    case model::Seat::employers:
      return i18n::NC_("seat of the Coordinating Group, short", "Employers");
    case model::Seat::workers:
      return i18n::NC_("seat of the Coordinating Group, short", "Workers");
    case model::Seat::enterprise:
      return i18n::NC_("seat of the Coordinating Group, short", "Enterprise");
    case model::Seat::global_union:
      return i18n::NC_("seat of the Coordinating Group, short", "Global union federation");
    case model::Seat::un_system:
      return i18n::NC_("seat of the Coordinating Group, short", "UN system");
    case model::Seat::economic_organization:
      return i18n::NC_("seat of the Coordinating Group, short", "Economic organization or IFI");
    case model::Seat::regional_organization:
      return i18n::NC_("seat of the Coordinating Group, short", "Regional organization");
    case model::Seat::ngo:
      return i18n::NC_("seat of the Coordinating Group, short", "International NGO");
    case model::Seat::academic:
      return i18n::NC_("seat of the Coordinating Group, short", "Academic institution");
  }
  return {};
}

using i18n::arg;
using i18n::msg;
using i18n::msg_n;

std::string escape(std::string_view text) {
  return util::escape_markup(text);
}

// "5 of 34 seats filled, 29 vacant", with the members over capacity when there are any.
std::string summary_of(const i18n::Translator& tr, const group::SeatTotals& totals) {
  const auto count = static_cast<unsigned long>(totals.seats);
  const auto filled = arg("filled", totals.filled);
  const auto vacant = arg("vacant", totals.vacant);
  if (totals.over > 0)
    return msg_n("{filled} of {count} seat filled, {vacant} vacant, {over} over capacity",
                 "{filled} of {count} seats filled, {vacant} vacant, {over} over capacity", count,
                 filled, vacant, arg("over", totals.over))
        .in(tr);
  return msg_n("{filled} of {count} seat filled, {vacant} vacant",
               "{filled} of {count} seats filled, {vacant} vacant", count, filled, vacant)
      .in(tr);
}

// The title of a sitting member's circle: the name and partner as written, each further fact a
// phrase of its own.
std::string member_title(const SeatChart& chart, const model::Member& m, bool is_over) {
  const i18n::Translator& tr = chart.tr;
  const model::Role role = group::role_on(m, chart.composition.as_of);
  std::string label = model::display_name(m);
  if (const std::string partner = chart.partner_name ? chart.partner_name(m) : std::string();
      !partner.empty())
    label = msg("{member}, {partner}", arg("member", label), arg("partner", partner)).in(tr);
  if (m.region)
    label = msg("{member} ({region})", arg("member", label),
                arg("region", figures::region_term(m.region->value)))
                .in(tr);
  if (role != model::Role::member)
    label = msg("{member}: {role}", arg("member", label),
                arg("role", figures::role_term(role, group::agreement_of(m))))
                .in(tr);
  if (is_over) label = msg("{member} (over the seat's capacity)", arg("member", label)).in(tr);
  return label;
}

// One row of the chart at height `y`: its label, a circle per sitting member, then per vacancy.
std::string seat_row(const SeatChart& chart, const group::SeatRow& row, int y) {
  const i18n::Translator& tr = chart.tr;
  std::string out = fmt::format(
      "<g class=\"seat-row\" data-seat=\"{}\"><title>{}</title>"
      "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">¶{} {}</text>\n",
      model::enum_name(row.kind->seat),
      escape(msg("¶{paragraph}: {seat}", arg("paragraph", row.kind->paragraph),
                 arg("seat", sentence_case(tr(render::seat_term(row.kind->seat)))))
                 .in(tr)),
      kLabelWidth - 10, y + 20, row.kind->paragraph, escape(tr(short_label(row.kind->seat))));
  int x = kLabelWidth + kRadius + 2;
  const int cy = y + 15;
  for (std::size_t i = 0; i < row.sitting.size(); ++i) {
    const model::Member& m = *row.sitting[i];
    const bool chair = group::role_on(m, chart.composition.as_of) != model::Role::member;
    const bool is_over = static_cast<int>(i) >= row.capacity;
    out += fmt::format(
        "<circle class=\"seat {}{}\" data-seat-state=\"{}\" cx=\"{}\" cy=\"{}\" r=\"{}\">"
        "<title>{}</title></circle>\n",
        is_over ? "seat-over" : "seat-filled", chair ? " seat-chair" : "",
        is_over ? "over" : "filled", x, cy, kRadius, escape(member_title(chart, m, is_over)));
    if (chair)
      out += fmt::format(
          "<circle class=\"chair-ring\" cx=\"{}\" cy=\"{}\" r=\"{}\" "
          "aria-hidden=\"true\"></circle>\n",
          x, cy, kRadius + 4);
    x += kPitch;
  }
  for (int v = 0; v < row.vacancies(); ++v) {
    out += fmt::format(
        "<circle class=\"seat seat-vacant\" data-seat-state=\"vacant\" cx=\"{}\" cy=\"{}\" "
        "r=\"{}\"><title>{}</title></circle>\n",
        x, cy, kRadius,
        escape(
            msg("Vacant: {seat}", arg("seat", sentence_case(tr(render::seat_term(row.kind->seat)))))
                .in(tr)));
    x += kPitch;
  }
  return out + "</g>\n";
}

}  // namespace

std::string seat_summary(const group::Composition& composition, const i18n::Translator& tr) {
  return summary_of(tr, group::seat_totals(composition));
}

std::string seat_svg(const SeatChart& chart) {
  const auto& composition = chart.composition;
  const i18n::Translator& tr = chart.tr;
  int rows = 0, widest = 0;
  for (const auto& row : composition.rows) {
    if (row.region) continue;
    ++rows;
    widest = std::max(widest, std::max(row.filled(), row.capacity));
  }
  const int width = kLabelWidth + widest * kPitch + 20;
  const int height = rows * kRow + 10;
  const std::string summary = seat_summary(composition, tr);
  std::string out = fmt::format(
      "<svg role=\"img\" aria-labelledby=\"seat-title "
      "seat-desc\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" height=\"{1}\" "
      "xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"seat-title\">{2}</title>\n"
      "<desc id=\"seat-desc\">{3}</desc>\n",
      width, height,
      escape(
          msg("Seats of the Coordinating Group on {date}", arg("date", composition.as_of)).in(tr)),
      escape(msg("{summary}. Each row is a kind of seat of ¶25; a filled circle is a "
                 "sitting member, a dashed circle a vacant seat, a ring a chair.",
                 arg("summary", summary))
                 .in(tr)));
  int y = 6;
  for (const auto& row : composition.rows) {
    if (row.region) continue;
    out += seat_row(chart, row, y);
    y += kRow;
  }
  return out + "</svg>\n";
}

}  // namespace gcsj::charts
