#include "scaffold/new_registry.hpp"

#include <fmt/format.h>

#include "load/document_kinds.hpp"

namespace gcsj::scaffold {
namespace {

constexpr const char* kPartner = R"(# yaml-language-server: $schema=../schemas/partner.schema.json
# A partner of the Global Coalition for Social Justice, one per file, named after its id.
# `gcsj validate` checks it against GB.349/INS/4; `gcsj explain RULE` explains a finding.
kind: partner
id: example-institute              # lower-case kebab-case, unique; rename the file with it
name: Example Institute for Labour Studies
category: academic                 # government, employers-organization, workers-organization,
                                   # international-organization, regional-organization,
                                   # enterprise, ngo, academic (¶19)
status: applied                    # applied, admitted (with `admitted: DATE`), withdrawn
ilo_partnership: Research agreement with the ILO Research Department (2023)   # ¶19(g)
adherence:                         # ¶18: the formal expression of adherence
  declared: {declared}
  advocate: true                   # ¶16(a)
  uphold: true                     # ¶16(a)
  contribute: true                 # ¶16(b)
  levels: [global, national]       # ¶16(b)
  evidence: letter to the Coalition secretariat
actions:                           # ¶16(c), ¶34: one or more
  - title: Research on the state of social justice in the world
    domains: [inequality]          # ¶35: inequality, labour-rights, employment, protection,
                                   # just-transitions, social-dialogue
    priorities: [multilateral-priorities]   # ¶36 (optional)
    sdgs: [10]
    status: pledged                # pledged, ongoing, completed
    # progress:                    # voluntary (¶17): never required
    #   - date: YYYY-MM-DD
    #     summary: what was achieved
)";

constexpr const char* kGroup =
    R"(# yaml-language-server: $schema=schemas/coordinating-group.schema.json
# The Coordinating Group (GB.349/INS/4 ¶21-26). Its composition is judged from `established` on;
# until then its members are being nominated. `gcsj group seats` and `gcsj group terms` show it.
kind: coordinating-group
established: {established}         # planned
# government_seats: {{africa: 3, americas: 3, asia-pacific: 3, europe: 3}}   # optional split of ¶25(c)
members:
  - name: Director-General of the ILO
    seat: director-general         # ¶25(a): ex officio Co-Chairperson; no partner, no terms
  # - name: A. Minister
  #   partner: a-partner-id        # every other member represents a partner (¶21)
  #   seat: government             # un-secretary-general, government, employers, workers,
  #                                # enterprise, global-union, un-system, economic-organization,
  #                                # regional-organization, ngo, academic (¶25)
  #   region: americas             # government seats: africa, americas, asia-pacific, europe
  #   role: co-chair               # co-chair, vice-chair or member (¶25)
  #   level: ministerial           # ministerial, equivalent, senior-official (¶26)
  #   terms:                       # two years, renewable once (¶23)
  #     - start: YYYY-MM-DD
  #       nominated_by: government-group
meetings: []                       # ¶24: twice a year, or as needed
)";

constexpr const char* kForum = R"(# yaml-language-server: $schema=schemas/forum.schema.json
# The Forum of the Coalition's partners (GB.349/INS/4 ¶39-42), once a year: its sessions, who
# convened each and the initiatives partners showcased there.
kind: forum
sessions:
  - date: {date}                # planned; ¶39: once a year
    # end: YYYY-MM-DD             # the last day of a session of several days
    title: Global Coalition for Social Justice Forum
    format: remote                # ¶41: in-person, remote or hybrid; no `place` when remote
    # place: Geneva
    hosts: [ilo]                  # ¶42: `ilo` and/or ids of partners admitted on the date
    # alongside: International Labour Conference   # ¶42: a major global event
    # initiatives:                # ¶40: initiatives showcased or announced
    #   - partner: a-partner-id   # a partner admitted on the date
    #     action: the title of one of its actions
)";

constexpr const char* kConfig = R"(# gcsj configuration, found by walking up from the registry.
# fail_level: error                # error (default), warning or note: what makes validate fail
# rules:                           # severity overrides: error, warning, note or off
#   file-name-matches-id: error
# waivers:                         # acknowledged exceptions, each for one partner or member
#   - rule: ngo-accreditation
#     partner: a-partner-id        # or member: A Member's Name
#     reason: why the exception is acceptable
#     approved_by: who approved it
#     expires: YYYY-MM-DD
)";

}  // namespace

std::vector<NewFile> new_registry(const model::Date& today) {
  const model::Date next_year{today.year + 1, 1, 1};
  std::vector<NewFile> files{
      {"partners/example-institute.yaml", fmt::format(kPartner, fmt::arg("declared", today.iso()))},
      {"coordinating-group.yaml", fmt::format(kGroup, fmt::arg("established", next_year.iso()))},
      {"forum.yaml", fmt::format(kForum, fmt::arg("date", next_year.iso()))},
      {".gcsj.yaml", kConfig},
  };
  // The schema of every kind of document, which the examples' first lines name.
  for (const load::DocumentKind& kind : load::document_kinds())
    if (!kind.schema.empty())
      files.push_back({fmt::format("schemas/{}.schema.json", kind.name), std::string(kind.schema)});
  return files;
}

}  // namespace gcsj::scaffold
