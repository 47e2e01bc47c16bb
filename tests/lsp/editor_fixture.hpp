#pragma once
// A small registry through the real loader, and the EditorContext the lsp features read: a
// government (kenya), an enterprise (acme) whose action is undertaken with it, and a Group whose
// member represents it. Shared by the tests of lib/lsp.

#include <optional>
#include <string>

#include "i18n/translator.hpp"
#include "lsp/editor_context.hpp"
#include "refdata/reference_data.hpp"
#include "support/check_helpers.hpp"

namespace gcsj::testing {

inline const std::string kAdherence = R"(adherence:
  declared: 2024-01-15
  advocate: true
  uphold: true
  contribute: true
  levels: [national]
)";

// Line numbers: kind 1, id 2, name 3, name_fr 4, category 5, status 6, admitted 7, country 8.
inline const std::string kKenya =
    "kind: partner\nid: kenya\nname: Republic of Kenya\n"
    "name_fr: République du Kenya\ncategory: government\n"
    "status: admitted\nadmitted: 2024-02-01\ncountry: KE\n" +
    kAdherence +
    "actions:\n  - title: Extend social protection\n"
    "    domains: [protection]\n";

// Line numbers: kind 1, id 2, name 3, category 4, status 5, admitted 6, type 7, channel 8,
// adherence 9-14, actions 15, title 16, domains 17, with 18, status 19.
inline const std::string kAcme =
    "kind: partner\nid: acme\nname: ACME Ltd\ncategory: enterprise\n"
    "status: admitted\nadmitted: 2024-03-01\ntype: enterprise\n"
    "channel: employers-group\n" +
    kAdherence +
    "actions:\n  - title: Apprenticeships\n"
    "    domains: [employment]\n    with: [kenya]\n"
    "    status: ongoing\n";

// Line numbers: kind 1, established 2, members 3, name 4, partner 5, seat 6, region 7, level 8,
// gender 9, terms 10, start 11, nominated_by 12.
inline const std::string kGroup = R"(kind: coordinating-group
established: 2024-06-01
members:
  - name: Minister A. Mokoena
    partner: kenya
    seat: government
    region: africa
    level: ministerial
    gender: woman
    terms:
      - start: 2024-06-01
        nominated_by: government-group
)";

struct EditorFixture {
  Checked checked = check_files({{"partners/kenya.yaml", kKenya},
                                 {"partners/acme.yaml", kAcme},
                                 {"coordinating-group.yaml", kGroup}});

  lsp::EditorContext context(std::string_view language = "en") const {
    const i18n::Translator* tr = i18n::Translator::of(language);
    return {
        .registry = checked.registry,
        .today = model::Date{2025, 6, 1},
        .language = tr ? *tr : i18n::Translator::english(),
        .reference = refdata::ReferenceData::bundled(),
        .partner_of = [this](const model::PartnerDigest& digest) -> std::optional<model::Partner> {
          for (const model::Partner& partner : checked.registry.partners)
            if (partner.id && digest.id && partner.id->value == digest.id->value) return partner;
          return std::nullopt;
        }};
  }
};

}  // namespace gcsj::testing
