// Rules about what identifies a partner: required keys, the id's form and uniqueness, file names.
// These are rules of the registry format; they cite no paragraph.

#include <algorithm>
#include <filesystem>

#include <array>

#include "rules/partner_helpers.hpp"
#include "rules/rules.hpp"

namespace gcsj::rules {
namespace {

using i18n::arg;
using i18n::msg;
using i18n::msg_n;
using i18n::N_;
using model::Partner;

void check_missing_keys(const Context& context, Reporter& out) {
  for (const Partner& p : context.partners) {
    const auto missing = [&](std::string_view key) {
      out.add(p.where, msg("the partner has no `{key}`", arg("key", key))).missing_key = key;
    };
    if (p.id.absent()) missing("id");
    if (p.name.absent()) missing("name");
    if (p.category.absent()) missing("category");
    if (p.status.absent()) missing("status");
    if (is_blank(p.name)) out.add(p.name->where, msg("`name` is empty"));
    // A focal point (v1.1 `contacts`) is a person known by name.
    if (p.contacts)
      for (const model::Contact& c : p.contacts->value) {
        if (c.name.absent())
          out.add(c.where, msg("the focal point has no `name`")).missing_key = "name";
        if (is_blank(c.name)) out.add(c.name->where, msg("`name` is empty"));
      }
  }
  for (const model::Group& group : context.groups) {
    for (const model::Member& m : group.members) {
      if (m.name.absent()) out.add(m.where, msg("the member has no `name`")).missing_key = "name";
      if (m.seat.absent()) out.add(m.where, msg("the member has no `seat`")).missing_key = "seat";
    }
    for (const model::Meeting& meeting : group.meetings)
      if (meeting.date.absent())
        out.add(meeting.where, msg("the meeting has no `date`")).missing_key = "date";
  }
}

void check_id_format(const Context& context, Reporter& out) {
  for (const Partner& p : context.partners) {
    if (!p.id) continue;
    const std::string& id = p.id->value;
    if (id.size() > 64) {
      out.add(p.id->where,
              msg_n("the id is {count} character long; at most 64 are allowed",
                    "the id is {count} characters long; at most 64 are allowed", id.size()));
    } else if (!model::is_plain_id(id)) {
      out.add(p.id->where, msg("`{id}` is not a valid partner id", arg("id", id)),
              msg("use lower-case letters, digits and hyphens, starting with a letter or digit"));
    }
  }
}

// The later of two partners with one id (in path order) is reported, naming the first.
void check_duplicate_ids(const Context& context, Reporter& out) {
  const auto& registry = context.registry;
  std::vector<const model::PartnerDigest*> with_id;
  for (const auto& p : registry.digests)
    if (p.id) with_id.push_back(&p);
  // Sorted by id, then path order: each run of one id starts with the partner that keeps it.
  std::stable_sort(with_id.begin(), with_id.end(), [&](const auto* a, const auto* b) {
    if (a->id->value != b->id->value) return a->id->value < b->id->value;
    const auto& fa = registry.file(a->id->where.file).path;
    const auto& fb = registry.file(b->id->where.file).path;
    return fa != fb ? fa < fb : a->id->where < b->id->where;
  });
  for (std::size_t i = 1, first = 0; i < with_id.size(); ++i) {
    if (with_id[i]->id->value != with_id[first]->id->value) {
      first = i;
      continue;
    }
    out.add(with_id[i]->id->where,
            msg("the partner id `{id}` is already used", arg("id", with_id[i]->id->value)))
        .related.push_back({with_id[first]->id->where, msg("first defined here")});
  }
}

// Run on the whole registry: only then is it known how many partners a file holds.
void check_file_names(const Context& context, Reporter& out) {
  for (const auto& p : context.registry.digests) {
    if (!p.id) continue;
    const auto& file = context.registry.file(p.where.file);
    if (file.is_stdin || file.is_pipe || file.partner_documents != 1) continue;
    const std::string stem = std::filesystem::path(file.path).stem().string();
    if (stem != p.id->value)
      out.add(p.id->where,
              msg("the file is named `{file}` but holds partner `{id}`", arg("file", stem),
                  arg("id", p.id->value)),
              msg("rename the file to {id}.yaml", arg("id", p.id->value)));
  }
}

constexpr Rule kMissingKey{
    .id = "missing-key",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("A partner lacks id, name, category or status."),
    .explanation = N_(
        "Every partner needs an id, a non-empty name, a category (¶19) and a status, and each of "
        "its focal points (`contacts`) a non-empty name. Keys that a paragraph requires "
        "(adherence, actions, a category's own keys) are reported by that paragraph's rule "
        "instead."),
    .passing = R"yaml(kind: partner
id: acme
name: Acme
category: ngo
status: applied)yaml",
    .failing = R"yaml(kind: partner
id: acme
category: ngo
status: applied   # no name)yaml",
    .check = check_missing_keys,
    .reach = Reach::document,
    .locked = true,
};

constexpr Rule kIdFormat{
    .id = "partner-id-format",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("A partner id is not lower-case kebab-case."),
    .explanation = N_(
        "Ids are written [a-z0-9][a-z0-9-]*, at most 64 characters, so they can name files and be "
        "referred to from actions (`with`) and the Coordinating Group without quoting."),
    .passing = R"yaml(id: cotu-kenya)yaml",
    .failing = R"yaml(id: COTU_Kenya)yaml",
    .check = check_id_format,
    .reach = Reach::document,
    .locked = true,
};

constexpr Rule kDuplicateId{
    .id = "duplicate-partner-id",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("Two partners share an id."),
    .explanation = N_(
        "Ids are unique in the registry: references from actions and from the Coordinating Group "
        "must name one partner. The later one in path order is reported and the first is named."),
    .passing = R"yaml(# partners/ituc.yaml
id: ituc
# partners/ituc-geneva.yaml
id: ituc-geneva)yaml",
    .failing = R"yaml(# partners/ituc.yaml
id: ituc
# partners/ituc-geneva.yaml
id: ituc)yaml",
    .check = check_duplicate_ids,
    .reach = Reach::registry,
    .locked = true,
};

constexpr Rule kFileNameMatchesId{
    .id = "file-name-matches-id",
    .paragraph = "",
    .severity = Severity::warning,
    .summary = N_("A one-partner file is not named after the partner's id."),
    .explanation = N_(
        "A registry keeps one partner per file named after its id (partners/ilo.yaml for id ilo), "
        "so a reviewer finds a partner's file from its id. Files holding several partners are "
        "exempt, and so are standard input and pipes (`<(cmd)`), whose names are not file names."),
    .passing = R"yaml(# partners/cotu-kenya.yaml
id: cotu-kenya)yaml",
    .failing = R"yaml(# partners/cotu.yaml
id: cotu-kenya)yaml",
    .check = check_file_names,
    .reach = Reach::registry,
};

constexpr std::array kRules{
    &kMissingKey,
    &kIdFormat,
    &kDuplicateId,
    &kFileNameMatchesId,
};

}  // namespace

RuleList identity_rules() {
  return kRules;
}

}  // namespace gcsj::rules
