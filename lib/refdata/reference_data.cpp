#include "refdata/reference_data.hpp"

#include <array>

#include "refdata/csv.hpp"
#include "refdata/embedded_data.hpp"

namespace gcsj::refdata {
namespace {

// The data files spell regions as the sources do ("Asia-Pacific").
std::optional<GovernmentRegion> parse_region_label(std::string_view label) {
  if (label == "Africa") return GovernmentRegion::africa;
  if (label == "Americas") return GovernmentRegion::americas;
  if (label == "Asia-Pacific") return GovernmentRegion::asia_pacific;
  if (label == "Europe") return GovernmentRegion::europe;
  return std::nullopt;
}

}  // namespace

const ReferenceData& ReferenceData::bundled() {
  static const ReferenceData data = [] {
    ReferenceData d;
    // alpha2,alpha3,name,ilo_region,gb_electoral_region,gb_region_basis,...
    const auto members = parse_csv(embedded::ilo_member_states_csv);
    for (std::size_t i = 1; i < members.size(); ++i) {
      const CsvRow& row = members[i];
      if (row.size() < 6) continue;
      const auto region = parse_region_label(row[4]);
      if (!region) continue;
      d.members_[row[0]] = MemberState{row[0], row[2], row[3], *region,
                                       row[5].find("uncertain") != std::string::npos};
    }
    const auto countries = parse_csv(embedded::iso_3166_1_csv);
    for (std::size_t i = 1; i < countries.size(); ++i)
      if (countries[i].size() >= 3) d.countries_[countries[i][0]] = countries[i][2];
    const auto sdgs = parse_csv(embedded::sdgs_csv);
    for (std::size_t i = 1; i < sdgs.size(); ++i)
      if (sdgs[i].size() >= 2) d.sdgs_[std::stol(sdgs[i][0])] = sdgs[i][1];
    return d;
  }();
  return data;
}

std::string_view ReferenceData::ilo_region(std::string_view alpha2) const {
  const auto* state = member_state(alpha2);
  return state ? std::string_view(state->ilo_region) : std::string_view();
}

const MemberState* ReferenceData::member_state(std::string_view alpha2) const {
  const auto it = members_.find(alpha2);
  return it == members_.end() ? nullptr : &it->second;
}

bool ReferenceData::is_country_code(std::string_view alpha2) const {
  return countries_.find(alpha2) != countries_.end();
}

std::string_view ReferenceData::country_name(std::string_view alpha2) const {
  if (const auto* member = member_state(alpha2)) return member->name;
  const auto it = countries_.find(alpha2);
  return it == countries_.end() ? std::string_view{} : std::string_view(it->second);
}

std::string_view ReferenceData::sdg_title(long number) const {
  const auto it = sdgs_.find(number);
  return it == sdgs_.end() ? std::string_view{} : std::string_view(it->second);
}

}  // namespace gcsj::refdata
