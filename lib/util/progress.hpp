#pragma once
// Progress on long work: what the library tells as it goes (files read, documents judged, pages
// written, rows read or written), so a front end may show it (the command line: a line on
// standard error that rewrites itself, render/progress_meter.hpp). The library calls it
// unconditionally and never waits on it: a request that wants no progress holds none, and
// `util::progress_or_none` gives the Progress that does nothing.
//
// How a long piece of work uses it:
//
//   util::Progress& progress = util::progress_or_none(request.progress);
//   progress.begin(util::Stage::rows_written, rows.size());  // the total when known, else 0
//   for (const auto& row : rows) {
//     write(row);
//     progress.advance(util::Stage::rows_written);
//   }
//
// `advance` may be called from several threads at once (the loader reads files in parallel):
// an implementation counts with atomics and takes no lock on that path. `begin` is called by the
// thread that runs the work, before its items advance; a stage may begin again (each version of
// `changes --base` reads its files), and its count then starts again from zero.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace gcsj::util {

// What is counted: generic things, named by the work, not by the Coalition.
enum class Stage : std::uint8_t {
  files_read,         // registry files read (the loader)
  documents_judged,   // documents judged by the document rules (validate)
  partners_compared,  // partners of two versions compared (changes --base)
  pages_written,      // pages of a site written (publish)
  rows_read,          // rows of a spreadsheet read (import)
  rows_written,       // rows of a spreadsheet written (export)
};
inline constexpr std::size_t kStageCount = 6;

inline constexpr std::array<Stage, kStageCount> kStages{
    Stage::files_read,    Stage::documents_judged, Stage::partners_compared,
    Stage::pages_written, Stage::rows_read,        Stage::rows_written,
};

// The stage's name in code (for tests and logs; the words a reader sees are the front end's).
constexpr std::string_view stage_name(Stage stage) {
  switch (stage) {
    case Stage::files_read:
      return "files_read";
    case Stage::documents_judged:
      return "documents_judged";
    case Stage::partners_compared:
      return "partners_compared";
    case Stage::pages_written:
      return "pages_written";
    case Stage::rows_read:
      return "rows_read";
    case Stage::rows_written:
      return "rows_written";
  }
  return "unknown";
}

class Progress {
 public:
  virtual ~Progress() = default;
  // The work of `stage` begins (again): its count is zero, `total` the number of items expected
  // (0: not known). What is shown follows the stage begun last.
  virtual void begin(Stage stage, std::size_t total = 0) = 0;
  // `count` more items of `stage` are done. Safe from any thread; cheap (no lock, no wait).
  virtual void advance(Stage stage, std::size_t count = 1) = 0;
};

// The Progress that does nothing: what a request without one gets.
class NoProgress final : public Progress {
 public:
  void begin(Stage, std::size_t) override {}
  void advance(Stage, std::size_t) override {}
};

inline Progress& no_progress() {
  static NoProgress none;
  return none;
}

// `progress`, or the Progress that does nothing when it is null (a request's default).
inline Progress& progress_or_none(Progress* progress) {
  return progress != nullptr ? *progress : no_progress();
}

}  // namespace gcsj::util
