// Rules about what identifies a partner: required keys, the id's form and uniqueness, file names.
// These are rules of the registry format; they cite no paragraph.

#include <algorithm>
#include <filesystem>

#include "rules/partner_helpers.hpp"
#include "rules/partner_rules.hpp"

namespace gcsj::rules::partner {
namespace {

using findings::Severity;
using model::Partner;

void check_missing_keys(const Context& context, Reporter& report) {
  for (const Partner& p : context.partners) {
    const auto missing = [&](std::string_view key) {
      report.add(kMissingKey, p.where, fmt::format("the partner has no `{}`", key));
    };
    if (p.id.absent()) missing("id");
    if (p.name.absent()) missing("name");
    if (p.category.absent()) missing("category");
    if (p.status.absent()) missing("status");
    if (is_blank(p.name)) report.add(kMissingKey, p.name->where, "`name` is empty");
  }
  for (const model::Group& group : context.groups) {
    for (const model::Member& m : group.members) {
      if (m.name.absent()) report.add(kMissingKey, m.where, "the member has no `name`");
      if (m.seat.absent()) report.add(kMissingKey, m.where, "the member has no `seat`");
    }
    for (const model::Meeting& meeting : group.meetings)
      if (meeting.date.absent())
        report.add(kMissingKey, meeting.where, "the meeting has no `date`");
  }
}

void check_id_format(const Context& context, Reporter& report) {
  for (const Partner& p : context.partners) {
    if (!p.id) continue;
    const std::string& id = p.id->value;
    if (id.size() > 64) {
      report.add(kIdFormat, p.id->where,
                 fmt::format("the id is {} characters long; at most 64 are allowed", id.size()));
    } else if (!model::is_plain_id(id)) {
      report.add(kIdFormat, p.id->where, fmt::format("`{}` is not a valid partner id", id),
                 "use lower-case letters, digits and hyphens, starting with a letter or digit");
    }
  }
}

// The later of two partners with one id (in path order) is reported, naming the first.
void check_duplicate_ids(const Context& context, Reporter& report) {
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
    report
        .add(kDuplicateId, with_id[i]->id->where,
             fmt::format("the partner id `{}` is already used", with_id[i]->id->value))
        .related.push_back({with_id[first]->id->where, "first defined here"});
  }
}

// Run on the whole registry: only then is it known how many partners a file holds.
void check_file_names(const Context& context, Reporter& report) {
  for (const auto& p : context.registry.digests) {
    if (!p.id) continue;
    const auto& file = context.registry.file(p.where.file);
    if (file.is_stdin || file.partner_documents != 1) continue;
    const std::string stem = std::filesystem::path(file.path).stem().string();
    if (stem != p.id->value)
      report.add(kFileNameMatchesId, p.id->where,
                 fmt::format("the file is named `{}` but holds partner `{}`", stem, p.id->value),
                 fmt::format("rename the file to {}.yaml", p.id->value));
  }
}

}  // namespace

const Rule kMissingKey{
    "missing-key",
    "",
    Severity::error,
    "A partner lacks id, name, category or status.",
    "Every partner needs an id, a non-empty name, a category (¶19) and a status. Keys that "
    "a paragraph requires (adherence, actions, a category's own keys) are reported by that "
    "paragraph's rule instead.",
    check_missing_keys,
    R"yaml(kind: partner
id: acme
name: Acme
category: ngo
status: applied)yaml",
    R"yaml(kind: partner
id: acme
category: ngo
status: applied   # no name)yaml",
    Reach::document};

const Rule kIdFormat{
    "partner-id-format",
    "",
    Severity::error,
    "A partner id is not lower-case kebab-case.",
    "Ids are written [a-z0-9][a-z0-9-]*, at most 64 characters, so they can name files and be "
    "referred to from actions (`with`) and the Coordinating Group without quoting.",
    check_id_format,
    R"yaml(id: cotu-kenya)yaml",
    R"yaml(id: COTU_Kenya)yaml",
    Reach::document};

const Rule kDuplicateId{
    "duplicate-partner-id",
    "",
    Severity::error,
    "Two partners share an id.",
    "Ids are unique in the registry: references from actions and from the Coordinating Group "
    "must name one partner. The later one in path order is reported and the first is named.",
    check_duplicate_ids,
    R"yaml(# partners/ituc.yaml
id: ituc
# partners/ituc-geneva.yaml
id: ituc-geneva)yaml",
    R"yaml(# partners/ituc.yaml
id: ituc
# partners/ituc-geneva.yaml
id: ituc)yaml"};

const Rule kFileNameMatchesId{
    "file-name-matches-id",
    "",
    Severity::warning,
    "A one-partner file is not named after the partner's id.",
    "A registry keeps one partner per file named after its id (partners/ilo.yaml for id ilo), "
    "so a reviewer finds a partner's file from its id. Files holding several partners are exempt.",
    check_file_names,
    R"yaml(# partners/cotu-kenya.yaml
id: cotu-kenya)yaml",
    R"yaml(# partners/cotu.yaml
id: cotu-kenya)yaml"};

}  // namespace gcsj::rules::partner
