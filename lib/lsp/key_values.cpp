#include "lsp/key_values.hpp"

#include <fmt/format.h>

#include "figures/figures.hpp"
#include "figures/words.hpp"
#include "load/document_kinds.hpp"
#include "model/enum_names.hpp"
#include "model/vocabulary.hpp"
#include "render/changes/change_words.hpp"

namespace gcsj::lsp {
namespace {

using model::enum_name;
using model::names_of;

// The key of the format whose values an enumeration lists, by kind and key path. The values
// themselves are the enumeration's own names (model/enum_names.hpp).
enum class Values {
  none,
  kind,
  category,
  status,
  scope,
  org_type,
  level,
  support,
  action_status,
  ecosoc,
  contact_language,
  domains,
  priorities,
  seat,
  region,
  role,
  member_level,
  gender,
  nominator,
  end_reason,
  forum_format,
  sdg,
  partner,
  country,
};

struct KeyValues {
  std::string_view kind;
  std::string_view path;
  Values values;
};

constexpr KeyValues kKeyValues[] = {
    {"partner", "category", Values::category},
    {"partner", "status", Values::status},
    {"partner", "scope", Values::scope},
    {"partner", "type", Values::org_type},
    {"partner", "adherence.levels", Values::level},
    {"partner", "support", Values::support},
    {"partner", "actions.status", Values::action_status},
    {"partner", "accreditation.ecosoc", Values::ecosoc},
    {"partner", "contacts.language", Values::contact_language},
    {"partner", "actions.domains", Values::domains},
    {"partner", "actions.priorities", Values::priorities},
    {"partner", "actions.sdgs", Values::sdg},
    {"partner", "actions.with", Values::partner},
    {"partner", "id", Values::partner},
    {"partner", "country", Values::country},
    {"partner", "actions.countries", Values::country},
    {"coordinating-group", "members.seat", Values::seat},
    {"coordinating-group", "members.region", Values::region},
    {"coordinating-group", "government_seats", Values::region},
    {"coordinating-group", "members.role", Values::role},
    {"coordinating-group", "members.roles.role", Values::role},
    {"coordinating-group", "members.level", Values::member_level},
    {"coordinating-group", "members.delegates.level", Values::member_level},
    {"coordinating-group", "members.gender", Values::gender},
    {"coordinating-group", "members.terms.nominated_by", Values::nominator},
    {"coordinating-group", "members.terms.end_reason", Values::end_reason},
    {"coordinating-group", "members.partner", Values::partner},
    {"forum", "sessions.format", Values::forum_format},
    {"forum", "sessions.hosts", Values::partner},
    {"forum", "sessions.initiatives.partner", Values::partner},
};

Values values_of(std::string_view kind, std::string_view path) {
  if (path == "kind") return Values::kind;
  for (const KeyValues& row : kKeyValues)
    if (row.kind == kind && row.path == path) return row.values;
  return Values::none;
}

// The values of enumeration E, each with the words `words` gives it ("" for none).
template <class E, class Words>
std::vector<ValueChoice> choices(Words words) {
  std::vector<ValueChoice> out;
  const auto names = names_of<E>();
  for (std::size_t i = 0; i < names.size(); ++i)
    out.push_back({std::string(names[i]), words(static_cast<E>(i))});
  return out;
}

template <class E>
std::vector<ValueChoice> bare() {
  return choices<E>([](E) { return std::string(); });
}

std::vector<ValueChoice> themes(std::span<const model::Theme> list, const i18n::Translator& tr) {
  std::vector<ValueChoice> out;
  for (const model::Theme& theme : list)
    out.push_back(
        {std::string(theme.key), fmt::format("¶{}: {}", theme.paragraph, tr(theme.title))});
  return out;
}

}  // namespace

ValueSource value_source(std::string_view kind, std::string_view key_path) {
  switch (values_of(kind, key_path)) {
    case Values::none:
      return ValueSource::none;
    case Values::partner:
      return ValueSource::partner;
    case Values::country:
      return ValueSource::country;
    default:
      return ValueSource::enumeration;
  }
}

std::vector<ValueChoice> value_choices(const EditorContext& context, std::string_view kind,
                                       std::string_view key_path) {
  const i18n::Translator& tr = context.language;
  const auto term = [&tr](i18n::Term t) { return std::string(tr(t)); };
  switch (values_of(kind, key_path)) {
    case Values::none:
    case Values::partner:
      return {};
    case Values::kind: {
      std::vector<ValueChoice> out;
      for (const load::DocumentKind& k : load::document_kinds())
        out.push_back({std::string(k.name), {}});
      return out;
    }
    case Values::category:
      return choices<model::Category>(
          [&](model::Category c) { return term(figures::category_name_term(c)); });
    case Values::status:
      return bare<model::Status>();
    case Values::scope:
      return bare<model::Scope>();
    case Values::org_type:
      return bare<model::OrgType>();
    case Values::level:
      return choices<model::Level>([&](model::Level l) { return term(figures::level_term(l)); });
    case Values::support:
      return choices<model::Support>(
          [&](model::Support s) { return term(figures::support_term(s)); });
    case Values::action_status:
      return choices<model::ActionStatus>(
          [&](model::ActionStatus s) { return term(figures::action_status_term(s)); });
    case Values::ecosoc:
      return bare<model::EcosocStatus>();
    case Values::contact_language:
      return choices<model::ContactLanguage>([](model::ContactLanguage l) {
        const i18n::Translator* language = i18n::Translator::of(enum_name(l));
        return language ? std::string(language->own_name()) : std::string();
      });
    case Values::domains:
      return themes(model::kDomains, tr);
    case Values::priorities:
      return themes(model::kPriorities, tr);
    case Values::seat:
      return choices<model::Seat>([&](model::Seat s) { return term(render::seat_term(s)); });
    case Values::region:
      return choices<model::GovernmentRegion>(
          [&](model::GovernmentRegion r) { return term(figures::region_term(r)); });
    case Values::role:
      return choices<model::Role>([&](model::Role r) { return term(figures::role_term(r)); });
    case Values::member_level:
      return bare<model::MemberLevel>();
    case Values::gender:
      return bare<model::Gender>();
    case Values::nominator:
      return choices<model::Nominator>(
          [&](model::Nominator n) { return term(figures::nominator_term(n)); });
    case Values::end_reason:
      return bare<model::EndReason>();
    case Values::forum_format:
      return bare<model::ForumFormat>();
    case Values::sdg: {
      std::vector<ValueChoice> out;
      for (long goal = 1; goal <= 17; ++goal)
        out.push_back({std::to_string(goal), term(context.reference.sdg_term(goal))});
      return out;
    }
    case Values::country: {
      std::vector<ValueChoice> out;
      // An ISO 3166-1 alpha-2 code is two capital letters: the pairs the reference data
      // assigns, in the order of their codes.
      for (char first = 'A'; first <= 'Z'; ++first)
        for (char second = 'A'; second <= 'Z'; ++second) {
          const std::string code{first, second};
          if (context.reference.is_country_code(code))
            out.push_back({code, term(context.reference.country_term(code))});
        }
      return out;
    }
  }
  return {};
}

std::string value_words(const EditorContext& context, std::string_view kind,
                        std::string_view key_path, std::string_view value) {
  const Values values = values_of(kind, key_path);
  if (values == Values::country) {
    if (!context.reference.is_country_code(value)) return {};
    return std::string(context.language(context.reference.country_term(value)));
  }
  for (ValueChoice& choice : value_choices(context, kind, key_path))
    if (choice.value == value) return std::move(choice.words);
  return {};
}

}  // namespace gcsj::lsp
