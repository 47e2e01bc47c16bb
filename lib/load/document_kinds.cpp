#include "load/document_kinds.hpp"

#include <string>
#include <vector>

#include <fmt/format.h>

#include "load/document_loader.hpp"
#include "load/forum_reader.hpp"
#include "load/group_reader.hpp"
#include "load/partner_reader.hpp"
#include "model/partner_state.hpp"
#include "refdata/embedded_data.hpp"

namespace gcsj::load {
namespace {

void read_partner_into(const Node& document, ValueReader& reader, std::uint64_t anonymous,
                       model::Documents& batch) {
  model::Partner& partner = batch.of<model::Partner>().emplace_back(read_partner(document, reader));
  partner.anonymous = anonymous;
}

// A partner judged: its digest and the ids its actions name (for the registry rules) are kept
// always, the partner itself only when the load keeps partners.
void keep_partners(model::Documents& batch, LoadedFile& out, bool whole) {
  std::vector<model::Partner>& partners = batch.of<model::Partner>();
  for (model::Partner& partner : partners) {
    out.digests.push_back(model::PartnerDigest::of(partner));
    // A declined application's actions are not judged (v1.1), nor the partners they name.
    if (!partner.actions || model::is_declined(partner)) continue;
    // The ids actions name, for the registry-wide rules: moved when the partner is not kept.
    for (model::Action& action : partner.actions->value) {
      if (!action.with) continue;
      auto& ids = action.with->value;
      if (whole)
        out.partner_references.insert(out.partner_references.end(), ids.begin(), ids.end());
      else
        out.partner_references.insert(out.partner_references.end(),
                                      std::make_move_iterator(ids.begin()),
                                      std::make_move_iterator(ids.end()));
    }
  }
  if (!whole) partners.clear();
}

// Items as a list of alternatives: "a", "a or b", "a, b or c".
i18n::Message one_of(std::span<const std::string> items) {
  using i18n::arg;
  using i18n::msg;
  if (items.empty()) return {};
  if (items.size() == 1) return i18n::Message::verbatim(items[0]);
  if (items.size() == 2)
    return msg("{first} or {last}", arg("first", items[0]), arg("last", items[1]));
  return msg("{first}, {rest}", arg("first", items[0]), arg("rest", one_of(items.subspan(1))));
}

}  // namespace

DocumentKinds document_kinds() {
  static const DocumentKind kKinds[] = {
      {
          .name = "partner",
          .schema = refdata::embedded::file("partner.schema.json"),
          .several = true,
          .about = FindingsAbout::partner_id,
          .read = read_partner_into,
          .keep = keep_partners,
          .put = put_into<&model::Registry::partners>,
      },
      {
          .name = "coordinating-group",
          .schema = refdata::embedded::file("coordinating-group.schema.json"),
          .several = false,
          .about = FindingsAbout::member_entries,
          .read = read_into<model::Group, read_group>,
          .put = put_into<&model::Registry::groups>,
          .prefer_selected = prefer_selected_in<&model::Registry::groups>,
      },
      {
          .name = "forum",
          .schema = refdata::embedded::file("forum.schema.json"),
          .several = false,
          .read = read_into<model::Forum, read_forum>,
          .put = put_into<&model::Registry::forums>,
          .prefer_selected = prefer_selected_in<&model::Registry::forums>,
      },
  };
  return kKinds;
}

const DocumentKind* find_kind(DocumentKinds kinds, std::string_view name) {
  for (const DocumentKind& kind : kinds)
    if (kind.name == name) return &kind;
  return nullptr;
}

i18n::Message kind_names(DocumentKinds kinds, std::string_view prefix) {
  std::vector<std::string> items;
  items.reserve(kinds.size());
  for (const DocumentKind& kind : kinds) items.push_back(fmt::format("`{}{}`", prefix, kind.name));
  return one_of(items);
}

void prefer_selected(model::Registry& registry, DocumentKinds kinds) {
  for (const DocumentKind& kind : kinds)
    if (!kind.several && kind.prefer_selected) kind.prefer_selected(registry);
}

}  // namespace gcsj::load
