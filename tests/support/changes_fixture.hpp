#pragma once
// Registries whose changes between 2025-01-01 and 2025-06-01 are known, for the renderers of
// `gcsj changes`: partners only (an admission, a withdrawal, an application, a completed action),
// and the full Group with a member who leaves early.

#include <string>

#include "changes/changes.hpp"
#include "refdata/reference_data.hpp"
#include "support/group_fixture.hpp"

namespace gcsj::testing {

inline constexpr model::Date kChangesFrom{2025, 1, 1};
inline constexpr model::Date kChangesTo{2025, 6, 1};

// `newcomer` admitted on 2025-03-01 (Kenya: Africa), `gone` withdrawn on 2025-02-01, `hopeful`
// applied on 2025-04-01, `sample` completed an action on 2025-05-01.
inline Checked partner_changes_registry() {
  const std::string completed = replace(kNgo, "    domains: [protection]\n",
                                        "    domains: [protection]\n"
                                        "    status: completed\n"
                                        "    progress:\n"
                                        "      - date: 2025-05-01\n"
                                        "        summary: Done\n");
  const std::string newcomer = replace(replace(replace(kGovernment, "id: sample", "id: newcomer"),
                                               "name: Sample", "name: New *Partner*"),
                                       "admitted: 2024-02-01", "admitted: 2025-03-01");
  const std::string gone = replace(
      replace(replace(replace(kAcademic, "id: sample", "id: gone"), "name: Sample", "name: Gone"),
              "status: admitted", "status: withdrawn"),
      "admitted: 2024-02-01\n", "admitted: 2024-02-01\nwithdrawn: 2025-02-01\n");
  const std::string hopeful =
      replace(replace(replace(replace(replace(kEnterprise, "id: sample", "id: hopeful"),
                                      "name: Sample", "name: Hopeful"),
                              "status: admitted", "status: applied"),
                      "admitted: 2024-02-01\n", ""),
              "declared: 2024-01-15", "declared: 2025-04-01");
  return check_files({{"partners/sample.yaml", completed},
                      {"partners/newcomer.yaml", newcomer},
                      {"partners/gone.yaml", gone},
                      {"partners/hopeful.yaml", hopeful}},
                     kChangesTo);
}

// The full Group; Worker 2 resigns on 2025-01-31 (last day), leaving a workers' seat vacant.
inline Checked group_changes_registry() {
  auto members = full_group_members();
  member_of(members, "Worker 2").terms = {
      "{start: 2024-06-01, end: 2025-01-31, end_reason: resigned, nominated_by: NOMINATOR}"};
  return check_files(group_registry(group_yaml(members)), kChangesTo);
}

inline changes::Changes changes_of(const Checked& checked) {
  return changes::compute_changes(checked.registry, kChangesFrom, kChangesTo,
                                  refdata::ReferenceData::bundled());
}

}  // namespace gcsj::testing
