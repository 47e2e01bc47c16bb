#include "import/import.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "diff/field_values.hpp"
#include "diff/registry_diff.hpp"
#include "findings/baseline.hpp"
#include "import/new_files.hpp"
#include "import/partner_document.hpp"
#include "import/sheet_input.hpp"
#include "load/csv_reader.hpp"
#include "load/csv_rules.hpp"
#include "load/file_source.hpp"
#include "load/format_rules.hpp"
#include "load/registry_loader.hpp"
#include "model/partner.hpp"
#include "util/progress.hpp"

namespace gcsj::import {
namespace {

using i18n::arg;
using i18n::msg;

constexpr std::string_view kFolder = "partners";

// A partner's document as it is generated from its rows: made again wherever it is needed (read
// by the judging, mapped for its findings, written) rather than every document held at once.
struct Generated {
  const Row* row = nullptr;
  std::string id;
  std::size_t size = 0;  // its text's
};

// The rows a partner's document is made from.
class Documents {
 public:
  Documents(const SheetInput& partners, const std::unordered_map<std::string, RowsOf>& actions_of,
            const std::unordered_map<std::string, RowsOf>& contacts_of)
      : partners_(partners), actions_of_(actions_of), contacts_of_(contacts_of) {}

  Document make(const Row& row, const std::string& id) const {
    return partner_document(partners_, row, rows_of(actions_of_, id), rows_of(contacts_of_, id));
  }

 private:
  static const RowsOf& rows_of(const std::unordered_map<std::string, RowsOf>& of,
                               const std::string& id) {
    static const RowsOf none;
    const auto found = of.find(id);
    return found == of.end() ? none : found->second;
  }
  const SheetInput& partners_;
  const std::unordered_map<std::string, RowsOf>& actions_of_;
  const std::unordered_map<std::string, RowsOf>& contacts_of_;
};

// The registry directory with the generated documents shown among its files, as
// DIRECTORY/partners/ID.yaml, made when read.
class Overlay final : public load::FileSource {
 public:
  Overlay(std::string directory, const std::vector<Generated>& generated,
          const Documents& documents)
      : directory_(std::move(directory)), documents_(documents) {
    for (const Generated& one : generated) shown_.emplace(path_of(one.id), &one);
  }

  std::string path_of(const std::string& id) const {
    return load::join_display(directory_, std::string(kFolder) + "/" + id + ".yaml");
  }

  util::Expected<load::FilePlan> plan(const load::PlanOptions& options) const override {
    load::PlanOptions walk = options;
    walk.allow_empty = true;  // an empty directory is what an import starts from
    auto plan = load::plan_files({directory_}, std::nullopt, walk);
    if (!plan) return plan;
    for (const auto& [path, generated] : shown_) {
      load::PlannedFile& file = plan->files.emplace_back();
      file.display = path;
      file.path = path;
      file.source = load::PlannedFile::Source::blob;
      file.size = generated->size;
    }
    return plan;
  }

  util::Expected<load::HeldText> read(const load::PlannedFile& file) const override {
    const auto found = shown_.find(file.display);
    if (found == shown_.end()) return util::Error{file.display + ": not a generated document"};
    auto text = std::make_shared<const std::string>(
        documents_.make(*found->second->row, found->second->id).text);
    const std::string_view view = *text;
    return load::HeldText{view, std::move(text)};
  }

  const Generated* generated_at(const std::string& path) const {
    const auto found = shown_.find(path);
    return found == shown_.end() ? nullptr : found->second;
  }

 private:
  std::string directory_;
  const Documents& documents_;
  std::map<std::string, const Generated*> shown_;
};

// The keys whose values differ between the registry's partner and the row, as a list "a, b".
std::string differing_keys(const model::Partner& before, const Document& document) {
  model::Registry scratch;
  findings::FindingList ignored;
  scratch.files.emplace_back();
  load::load_text(0, document.text, scratch, ignored);
  if (scratch.partners.empty()) return {};
  const model::Partner& after = scratch.partners.front();
  // The keys `changes --base` compares (actions among them), then the private ones it leaves
  // out, named and never shown.
  const diff::PartnerChange change = diff::diff_partner(before, after);
  std::vector<std::string> keys;
  for (const auto& move : change.fields) keys.emplace_back(move.key);
  if (!change.actions.empty()) keys.emplace_back("actions");
  const auto text = [](const model::Field<std::string>& field) {
    return field ? field->value : std::string();
  };
  if (text(before.contact) != text(after.contact)) keys.emplace_back("contact");
  if (text(before.decision) != text(after.decision)) keys.emplace_back("decision");
  const auto contacts = [&](const model::Partner& partner) {
    std::vector<std::string> all;
    if (partner.contacts)
      for (const model::Contact& c : partner.contacts->value)
        all.push_back(text(c.name) + '\n' + text(c.role) + '\n' + text(c.email) + '\n' +
                      text(c.phone) + '\n' +
                      (c.language ? std::to_string(static_cast<int>(c.language->value)) : ""));
    return all;
  };
  if (contacts(before) != contacts(after)) keys.emplace_back("contacts");
  std::string joined;
  for (const std::string& key : keys) joined += (joined.empty() ? "" : ", ") + key;
  return joined;
}

struct Csv {
  std::string path;  // as given: the findings name it
};

}  // namespace

util::Expected<ImportResult> run_import(const ImportOptions& options) {
  std::error_code error;
  if (!std::filesystem::is_directory(options.into, error))
    return util::Error{options.into +
                       ": not a directory (import writes into a registry "
                       "directory, which may be empty)"};

  // 1. The CSV files, as tables. Their findings are located in files 0, 1, 2 until the CSV files
  // take their place among the registry's files.
  std::vector<findings::Finding> own;
  std::vector<Csv> csvs;
  const std::vector<std::pair<std::optional<std::string>, const TableColumns*>> named{
      {options.partners, &partner_columns()},
      {options.actions, &action_columns()},
      {options.contacts, &contact_columns()}};
  std::vector<SheetInput> sheets(3);
  util::Progress& progress = util::progress_or_none(options.validate.input.progress);
  progress.begin(util::Stage::rows_read);
  std::vector<bool> present(3, false);
  ImportResult result;
  for (std::size_t i = 0; i < named.size(); ++i) {
    if (!named[i].first) continue;
    const auto file = static_cast<model::FileId>(csvs.size());
    auto csv = load::read_csv_file(file, *named[i].first, own);
    if (!csv) return csv.error();
    if (!csv->complete) result.unreadable = true;
    sheets[i] = read_sheet(*csv, file, *named[i].second, own);
    progress.advance(util::Stage::rows_read, sheets[i].rows.size());
    present[i] = true;
    csvs.push_back({*named[i].first});
  }
  SheetInput& partners = sheets[0];

  // 2. The registry as it is: the ids it holds, the names its partners folder takes.
  load::LoadRequest existing;
  existing.paths = {options.into};
  existing.allow_empty = true;
  existing.keep_partners = true;
  existing.jobs = options.validate.input.jobs;
  existing.exclude = options.validate.input.exclude;
  auto loaded = load::load_registry(existing);
  if (!loaded) return loaded.error();
  std::unordered_map<std::string, const model::Partner*> registry_ids;
  for (const model::Partner& partner : loaded->registry.partners)
    if (partner.id) registry_ids.emplace(partner.id->value, &partner);
  auto folder = NewFiles::open(options.into, std::string(kFolder), false);
  if (!folder) return folder.error();

  // 3. The rows that can be placed.
  std::unordered_map<std::string, const Row*> placed;
  std::unordered_map<std::string, const Row*> rows_of_id;  // every row with an id
  std::unordered_set<std::string> refused;  // ids that cannot name a file: their rows follow
  std::vector<const Row*> order;
  for (const Row& row : partners.rows) {
    const Value* id = partners.value(row, "id");
    const model::Location at = id ? id->where : row.where;
    if (!id) {
      findings::add_finding(own, load::csv::kImportUnsafeId, at,
                            msg("this row has no `id`: it names no file, and is not written"));
      ++result.not_written;
      continue;
    }
    if (!model::is_plain_id(id->text)) {
      findings::add_finding(
          own, load::csv::kImportUnsafeId, at,
          msg("`{id}` cannot name a registry file: the row is not written", arg("id", id->text)),
          msg("an id is lower-case letters, digits and hyphens, at most 64 characters"));
      refused.emplace(id->text);
      ++result.not_written;
      continue;
    }
    if (const auto first = rows_of_id.find(std::string(id->text)); first != rows_of_id.end()) {
      auto& finding = findings::add_finding(
          own, load::csv::kImportDuplicateRow, at,
          msg("`{id}` is the id of an earlier row too: this row is not written",
              arg("id", id->text)));
      finding.related.push_back({first->second->where, msg("the first row of this id")});
      ++result.not_written;
      continue;
    }
    rows_of_id.emplace(std::string(id->text), &row);
    if (registry_ids.contains(std::string(id->text)) ||
        folder->taken(std::string(id->text) + ".yaml")) {
      placed.emplace(std::string(id->text), nullptr);  // known, not written
      ++result.not_written;
      continue;
    }
    placed.emplace(std::string(id->text), &row);
    order.push_back(&row);
  }

  // 4. The actions and focal points of each partner, in their rows' order.
  std::unordered_map<std::string, RowsOf> actions_of;
  std::unordered_map<std::string, RowsOf> contacts_of;
  for (std::size_t table : {std::size_t{1}, std::size_t{2}}) {
    // Without a readable partners file, every row would name an unknown partner: its finding says.
    if (!present[table] || !sheets[table].readable || !partners.readable) continue;
    const SheetInput& sheet = sheets[table];
    auto& of = table == 1 ? actions_of : contacts_of;
    for (const Row& row : sheet.rows) {
      const Value* partner = sheet.value(row, "partner");
      if (partner && placed.contains(std::string(partner->text))) {
        RowsOf& rows = of[std::string(partner->text)];
        rows.sheet = &sheet;
        rows.rows.push_back(&row);
        continue;
      }
      // A partner row that is not written (a duplicate, an id that cannot name a file): its
      // row's finding says why.
      if (partner && (rows_of_id.contains(std::string(partner->text)) ||
                      refused.contains(std::string(partner->text))))
        continue;
      if (partner && registry_ids.contains(std::string(partner->text))) {
        findings::add_finding(
            own, load::csv::kImportUnknownPartner, partner->where,
            msg("`{partner}` is a partner of the registry, whose file import never changes: this "
                "row is not imported",
                arg("partner", partner->text)),
            msg("add it to the partner's file by hand"));
        continue;
      }
      findings::add_finding(
          own, load::csv::kImportUnknownPartner, partner ? partner->where : row.where,
          partner ? msg("`{partner}` is neither a row of the partners file nor a partner of the "
                        "registry: this row is not imported",
                        arg("partner", partner->text))
                  : msg("this row names no `partner`: it is not imported"));
    }
  }

  // 5. The documents, made once here for their size and actions, then again where needed.
  const Documents documents(partners, actions_of, contacts_of);
  std::vector<Generated> generated;
  generated.reserve(order.size());
  for (const Row* row : order) {
    Generated& one = generated.emplace_back();
    one.row = row;
    one.id = std::string(partners.value(*row, "id")->text);
    const Document document = documents.make(*row, one.id);
    one.size = document.text.size();
    ++result.partners;
    result.actions += document.actions;
  }
  // Rows whose id the registry holds: the fields that differ.
  for (const auto& [id, row] : rows_of_id) {
    if (placed.at(id)) continue;
    const Value* cell = partners.value(*row, "id");
    const auto existing_partner = registry_ids.find(id);
    if (existing_partner == registry_ids.end()) {
      findings::add_finding(
          own, load::csv::kImportIdExists, cell->where,
          msg("a file named `{file}` is already in the registry's partners folder: the row is "
              "not written",
              arg("file", id + ".yaml")));
      continue;
    }
    const Document document = documents.make(*row, id);
    const std::string keys = differing_keys(*existing_partner->second, document);
    const std::string file = loaded->registry.file(existing_partner->second->where.file).path;
    findings::add_finding(
        own, load::csv::kImportIdExists, cell->where,
        keys.empty()
            ? msg("`{id}` is already a partner of the registry ({file}), with the same values: the "
                  "row is not written",
                  arg("id", id), arg("file", file))
            : msg("`{id}` is already a partner of the registry ({file}): the row is not written; "
                  "the fields that differ: {keys}",
                  arg("id", id), arg("file", file), arg("keys", keys)),
        msg("merging is a decision: edit the registry file, or give the row another id"));
  }
  // 6. Judged with the registry; the registry alone first, when it has files, so that a finding
  // the rows bring into its own files (a Group member naming a row's partner) is told from one
  // it already had.
  std::unordered_map<std::string, int> before;
  if (!loaded->registry.files.empty()) {
    check::ValidateOptions alone = options.validate;
    alone.input.paths = {options.into};
    alone.input.registry_dir.reset();
    alone.input.allow_empty = true;
    alone.input.keep_partners = false;
    auto as_it_is = check::validate(alone);
    if (!as_it_is) return as_it_is.error();
    for (const findings::Finding& finding : as_it_is->findings)
      ++before[findings::baseline_key(finding, as_it_is->registry.file(finding.where.file).path)];
  }
  const Overlay overlay(options.into, generated, documents);
  check::ValidateOptions validate = options.validate;
  validate.input.paths = {options.into};
  validate.input.registry_dir.reset();
  validate.input.source = &overlay;
  validate.input.allow_empty = true;
  validate.input.keep_partners = false;
  auto judged = check::validate(validate);
  if (!judged) return judged.error();

  // 7. The findings moved to the CSV files, appended to the registry's files.
  result.registry = std::move(judged->registry);
  const auto base = static_cast<model::FileId>(result.registry.files.size());
  // The files the findings are about are the CSV files: the registry's are context.
  for (model::SourceFile& file : result.registry.files) file.selected = false;
  for (const Csv& csv : csvs) {
    model::SourceFile& file = result.registry.files.emplace_back();
    file.path = csv.path;
  }
  std::vector<const Generated*> generated_of(base, nullptr);
  for (model::FileId file = 0; file < base; ++file)
    generated_of[file] = overlay.generated_at(result.registry.files[file].path);
  // The document of a file, made again when another file's was made last (the findings come
  // sorted, by file).
  struct Made {
    model::FileId file = 0;
    std::optional<Document> document;
  };
  const auto document_of = [&](Made& made, model::FileId file) -> const Document* {
    const Generated* one = file < base ? generated_of[file] : nullptr;
    if (!one) return nullptr;
    if (!made.document || made.file != file) {
      made.document = documents.make(*one->row, one->id);
      made.file = file;
    }
    return &*made.document;
  };
  Made made_for_finding;
  Made made_for_related;
  const auto cell = [&](const Document& document, model::Location where,
                        std::string_view missing_key, std::string* missing) {
    model::Location moved = cell_of(document, where, missing_key, missing);
    moved.file += base;
    return moved;
  };
  // The documents the loader would not read (input-limit: a cell of megabytes) are not written:
  // a file gcsj itself refuses is no registry file.
  std::unordered_set<const Generated*> unreadable_documents;
  for (findings::Finding& finding : judged->findings) {
    const model::FileId file = finding.where.file;
    if (finding.rule == load::format::kInputLimit.id && file < base && generated_of[file])
      unreadable_documents.insert(generated_of[file]);
    const Document* document = document_of(made_for_finding, file);
    if (!document) {
      // In the registry's own files: the import's only when the registry alone had no such
      // finding (then it fails the run like any other, at its place in that file).
      const auto had = before.find(
          findings::baseline_key(finding, result.registry.file(finding.where.file).path));
      if (had != before.end() && had->second > 0) {
        --had->second;
        ++result.own_findings;
        continue;
      }
    } else {
      std::string missing;
      finding.where = cell(*document, finding.where, finding.missing_key, &missing);
      finding.fix.reset();  // an edit of the document written, not of the spreadsheet
      if (!missing.empty())
        finding.related.push_back({finding.where, msg("the spreadsheet has no column `{column}`",
                                                      arg("column", missing))});
    }
    for (findings::Related& related : finding.related) {
      const Document* at =
          related.where.file < base ? document_of(made_for_related, related.where.file) : nullptr;
      if (at) related.where = cell(*at, related.where, {}, nullptr);
    }
    if (finding.summarises) {
      finding.summarises->first = finding.where;
      finding.summarises->last = finding.where;
    }
    result.findings.push_back(std::move(finding));
  }
  for (findings::Finding& finding : own) {
    finding.where.file += base;
    for (findings::Related& related : finding.related) related.where.file += base;
    result.findings.push_back(std::move(finding));
  }
  check::sort_findings(result.findings, result.registry);
  // Not written, so not counted among those written (their actions still are: a rare case).
  result.not_written += static_cast<int>(unreadable_documents.size());
  result.partners -= static_cast<int>(unreadable_documents.size());
  result.config_file = judged->config_file;
  result.config_fail_level = judged->config_fail_level;
  result.summary = findings::count(result.findings, static_cast<int>(csvs.size()), result.partners);

  // 8. Written, new files only, unless nothing may be.
  if (options.dry_run || result.unreadable) return result;
  auto files = NewFiles::open(options.into, std::string(kFolder), true);
  if (!files) return files.error();
  for (const Generated& one : generated) {
    if (unreadable_documents.contains(&one)) continue;
    const std::string name = one.id + ".yaml";
    // On an Error, the files staged are removed as `files` ends: none is placed.
    if (auto written = files->stage(name, documents.make(*one.row, one.id).text); !written)
      return written.error();
  }
  if (auto placed = files->place(); !placed) return placed.error();
  for (const Generated& one : generated)
    if (!unreadable_documents.contains(&one)) result.written.push_back(overlay.path_of(one.id));
  return result;
}

}  // namespace gcsj::import
