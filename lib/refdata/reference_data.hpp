#pragma once
// Facts the rules need from outside the registry: ILO member States and their regions, ISO
// country codes, SDGs. Loaded once from the data compiled into the library (data/SOURCES.md).

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "i18n/translator.hpp"
#include "model/group.hpp"

namespace gcsj::refdata {

using model::GovernmentRegion;

struct MemberState {
  std::string alpha2;
  std::string name;
  std::string ilo_region;  // ILOSTAT region: "Africa", "Arab States", ...
  GovernmentRegion government_region;
  bool region_uncertain = false;  // the source says the group was inferred, not observed
};

class ReferenceData {
 public:
  // The data bundled with gcsj.
  static const ReferenceData& bundled();

  const MemberState* member_state(std::string_view alpha2) const;
  // The ILO region ("Africa") of a member State, "" if unknown: the one place a country's ILO
  // region is looked up (a member's, a partner's in the report and in `gcsj changes`).
  std::string_view ilo_region(std::string_view alpha2) const;
  bool is_country_code(std::string_view alpha2) const;           // ISO 3166-1 alpha-2, assigned
  std::string_view country_name(std::string_view alpha2) const;  // in English, "" if unknown
  bool is_sdg(long number) const { return number >= 1 && number <= 17; }
  std::string_view sdg_title(long number) const;  // in English, "" if unknown
  // The same as terms a reader's language translates (po/LANG.po: po/update.py extracts every
  // name of data/ under the contexts below). For an unknown code or number, its English is
  // empty and a translator writes nothing: callers show the code itself.
  i18n::Term country_term(std::string_view alpha2) const {
    return {kCountryContext, country_name(alpha2)};
  }
  i18n::Term sdg_term(long number) const { return {kSdgContext, sdg_title(number)}; }
  static constexpr std::string_view kCountryContext = "country (ISO 3166-1 short name)";
  static constexpr std::string_view kSdgContext =
      "Sustainable Development Goal, its title (A/RES/70/1)";
  const std::map<std::string, MemberState, std::less<>>& member_states() const { return members_; }

 private:
  ReferenceData() = default;
  std::map<std::string, MemberState, std::less<>> members_;
  std::map<std::string, std::string, std::less<>> countries_;  // alpha2 -> ISO name
  std::map<long, std::string> sdgs_;
};

}  // namespace gcsj::refdata
