#include "load/file_source.hpp"

#include <string>
#include <utility>

namespace gcsj::load {
namespace {

class ShownAs final : public FileSource {
 public:
  ShownAs(std::string directory, std::string shown_as)
      : directory_(std::move(directory)), shown_as_(std::move(shown_as)) {}

  util::Expected<FilePlan> plan(const PlanOptions& options) const override {
    PlanOptions walk = options;
    walk.allow_empty = true;  // an older version may hold nothing yet
    auto plan = plan_files({directory_}, std::nullopt, walk);
    if (!plan) return plan;
    // The walker shows each file as the directory joined with the path below it.
    const std::string prefix = join_display(directory_, "");
    for (PlannedFile& file : plan->files) {
      if (file.display == directory_)
        file.display = shown_as_;
      else if (file.display.starts_with(prefix))
        file.display =
            join_display(shown_as_, std::string_view(file.display).substr(prefix.size()));
    }
    return plan;
  }

  util::Expected<HeldText> read(const PlannedFile&) const override {
    return util::Error{"a directory holds no blob"};  // its files are read from the file system
  }

 private:
  std::string directory_;
  std::string shown_as_;
};

}  // namespace

std::string join_display(std::string_view directory, std::string_view below) {
  std::string out(directory);
  if (!out.empty() && out.back() != '/') out += '/';
  out += below;
  return out;
}

std::unique_ptr<FileSource> directory_shown_as(std::string directory, std::string shown_as) {
  return std::make_unique<ShownAs>(std::move(directory), std::move(shown_as));
}

}  // namespace gcsj::load
