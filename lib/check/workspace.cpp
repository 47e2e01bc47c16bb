#include "check/workspace.hpp"

#include <filesystem>
#include <utility>

#include "load/file_source.hpp"
#include "load/registry_loader.hpp"
#include "util/glob.hpp"

namespace gcsj::check {
namespace {

const std::string kNothing;  // the text of a new file whose buffer was closed unsaved

// The unsaved buffers of the workspace, read in place of their files.
class Buffers final : public load::FileSource {
 public:
  explicit Buffers(const std::map<std::string, std::string>& texts) : texts_(texts) {}

  util::Expected<load::FilePlan> plan(const load::PlanOptions&) const override {
    return util::Error{"the workspace plans its files itself"};
  }
  util::Expected<load::HeldText> read(const load::PlannedFile& file) const override {
    const auto found = texts_.find(file.path);
    if (found == texts_.end()) return load::HeldText{kNothing, nullptr};  // a closed new file
    return load::HeldText{found->second, nullptr};
  }

 private:
  const std::map<std::string, std::string>& texts_;
};

// `file` planned as the unsaved buffer `text`.
load::PlannedFile as_buffer(load::PlannedFile file, const std::string& text) {
  file.source = load::PlannedFile::Source::blob;
  file.path = file.display;
  file.size = text.size();
  file.refusal = {};  // a buffer is read as the editor holds it, link or not
  return file;
}

}  // namespace

Workspace::~Workspace() = default;

Workspace::Kept Workspace::keep(load::LoadedFile loaded) {
  Kept kept{std::move(loaded.kept), std::move(loaded.digests), std::move(loaded.partner_references),
            nullptr, loaded.documents};
  if (!loaded.findings.empty())
    kept.findings = std::make_unique<findings::FindingList>(std::move(loaded.findings));
  return kept;
}

util::Expected<Workspace> Workspace::open(const std::string& directory, ValidateOptions options,
                                          std::map<std::string, std::string> buffers) {
  Workspace workspace;
  workspace.directory_ = directory;
  workspace.options_ = std::make_unique<ValidateOptions>(std::move(options));
  workspace.options_->input.paths = {directory};
  workspace.options_->input.keep_partners = false;  // digests only: memory stays bounded
  workspace.request_ = std::make_unique<load::LoadRequest>(workspace.options_->input);
  auto config = read_configuration(*workspace.options_, *workspace.request_);
  if (!config) return config.error();
  workspace.config_ = std::move(*config);
  workspace.request_->check_documents = document_check(*workspace.options_);
  workspace.buffers_ = std::make_unique<std::map<std::string, std::string>>(std::move(buffers));
  workspace.source_ = std::make_unique<Buffers>(*workspace.buffers_);
  workspace.request_->source = workspace.source_.get();

  load::PlanOptions plan_options;
  plan_options.walk = {workspace.request_->exclude, workspace.request_->follow_symlinks};
  plan_options.allow_empty = true;  // an editor may open a registry before its first file
  auto plan = load::plan_files({directory}, std::nullopt, plan_options);
  if (!plan) return plan.error();
  workspace.excluded_ = plan->excluded;
  workspace.files_.complete = true;
  workspace.on_disk_ = std::move(plan->files);
  for (const load::PlannedFile& file : workspace.on_disk_)
    workspace.files_.files.push_back(load::source_file_of(file, *workspace.request_));
  // A buffer of a file not on disk yet is a new file of the registry.
  for (const auto& [path, text] : *workspace.buffers_)
    if (const auto shown = workspace.registry_path(path); shown && !workspace.id_of(*shown))
      workspace.add_file(*shown);
  std::vector<load::PlannedFile> planned;
  for (model::FileId id = 0; id < workspace.on_disk_.size(); ++id)
    planned.push_back(workspace.planned(id));
  for (load::LoadedFile& file :
       load::load_planned_files(planned, 0, *workspace.request_, workspace.files_))
    workspace.loaded_.push_back(keep(std::move(file)));
  return workspace;
}

util::Expected<Workspace> Workspace::alone(const std::string& path, std::string text,
                                           ValidateOptions options) {
  Workspace workspace;
  workspace.alone_ = true;
  workspace.directory_ = path;
  workspace.options_ = std::make_unique<ValidateOptions>(std::move(options));
  workspace.options_->input.paths = {path};
  workspace.options_->input.keep_partners = false;
  workspace.options_->find_config = false;
  workspace.options_->config_file.reset();
  workspace.request_ = std::make_unique<load::LoadRequest>(workspace.options_->input);
  workspace.request_->check_documents = document_check(*workspace.options_);
  workspace.source_ = std::make_unique<Buffers>(*workspace.buffers_);
  workspace.request_->source = workspace.source_.get();
  workspace.files_.complete = false;  // references to partners elsewhere are not findings
  workspace.add_file(path);
  // A buffer that is no file (an editor's `untitled:` one) has no file name to match its id, as
  // standard input has none.
  workspace.files_.files[0].is_stdin = !path.starts_with('/');
  workspace.set_text(path, std::move(text));
  return workspace;
}

std::optional<std::string> Workspace::registry_path(const std::string& path) const {
  if (alone_) return path == directory_ ? std::optional<std::string>(path) : std::nullopt;
  const std::string prefix = load::join_display(directory_, "");
  if (!path.starts_with(prefix)) return std::nullopt;
  const std::string below = path.substr(prefix.size());
  if (below.empty() || !(below.ends_with(".yaml") || below.ends_with(".yml"))) return std::nullopt;
  // Hidden files and folders are not registry files (the walker skips them: .gcsj.yaml).
  const std::filesystem::path relative(below);
  for (const auto& part : relative) {
    const std::string name = part.string();
    if (name.empty() || name[0] == '.') return std::nullopt;
  }
  for (const auto& glob : request_->exclude)
    if (util::glob_match(glob, below)) return std::nullopt;
  // A path through a symbolic link is no registry file, as the walker skips links (unless the
  // registry follows them): a buffer opened there is judged alone, never as part of the registry.
  if (!request_->follow_symlinks) {
    std::filesystem::path on_the_way(directory_);
    std::error_code error;
    for (const auto& part : relative) {
      on_the_way /= part;
      if (std::filesystem::is_symlink(on_the_way, error)) return std::nullopt;
    }
  }
  return path;
}

std::optional<model::FileId> Workspace::id_of(const std::string& shown) const {
  for (model::FileId id = 0; id < files_.files.size(); ++id)
    if (files_.files[id].path == shown) return id;
  return std::nullopt;
}

model::FileId Workspace::add_file(const std::string& shown) {
  load::PlannedFile file;
  file.display = shown;
  file.path = shown;
  on_disk_.push_back(file);
  only_buffer_.resize(on_disk_.size());
  only_buffer_.back() = true;
  files_.files.push_back(load::source_file_of(file, *request_));
  loaded_.resize(on_disk_.size());
  return static_cast<model::FileId>(on_disk_.size() - 1);
}

load::PlannedFile Workspace::planned(model::FileId id) {
  only_buffer_.resize(on_disk_.size());
  const auto buffer = buffers_->find(files_.files[id].path);
  // A new file whose buffer was closed unsaved is no file of the registry any more: it holds
  // nothing, and is not counted (an empty buffer is planned in its place).
  files_.files[id].selected = buffer != buffers_->end() || !only_buffer_[id];
  if (buffer != buffers_->end()) return as_buffer(on_disk_[id], buffer->second);
  if (only_buffer_[id]) return as_buffer(on_disk_[id], kNothing);
  return on_disk_[id];
}

bool Workspace::set_text(const std::string& path, std::optional<std::string> text) {
  const auto shown = registry_path(path);
  if (!shown) return false;
  const auto held = id_of(*shown);
  const model::FileId id = held ? *held : add_file(*shown);
  if (text)
    (*buffers_)[*shown] = std::move(*text);
  else
    buffers_->erase(*shown);
  const load::PlannedFile file = planned(id);
  loaded_[id] =
      keep(std::move(load::load_planned_files({&file, 1}, id, *request_, files_).front()));
  if (!files_.files[id].selected) loaded_[id] = {};
  return true;
}

util::Expected<ValidateResult> Workspace::judge() const {
  model::Registry registry;
  registry.files = files_.files;
  registry.complete = files_.complete;
  findings::FindingList found;
  for (model::FileId id = 0; id < loaded_.size(); ++id) {
    const Kept& kept = loaded_[id];
    load::LoadedFile file;
    file.kept = kept.kept;
    file.digests = kept.digests;
    file.partner_references = kept.partner_references;
    if (kept.findings) file.findings = *kept.findings;
    file.documents = kept.documents;
    load::merge_loaded(id, std::move(file), registry, found, request_->kinds);
  }
  return check::judge(*options_, config_, std::move(registry), std::move(found), excluded_);
}

}  // namespace gcsj::check
