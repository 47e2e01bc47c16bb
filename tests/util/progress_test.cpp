// util/progress.hpp: a request without a Progress gets the one that does nothing, and the stages'
// names in code.

#include "util/progress.hpp"

#include <doctest/doctest.h>

#include "support/progress_recorder.hpp"

using gcsj::util::Stage;

TEST_SUITE("util::progress") {
  TEST_CASE("progress_or_none: the Progress given, or the one that does nothing") {
    gcsj::testing::ProgressRecorder recorder;
    CHECK(&gcsj::util::progress_or_none(&recorder) == &recorder);
    gcsj::util::Progress& none = gcsj::util::progress_or_none(nullptr);
    CHECK(&none == &gcsj::util::no_progress());
    none.begin(Stage::files_read, 3);  // callable unconditionally
    none.advance(Stage::files_read, 3);
  }

  TEST_CASE("every stage is listed once, with a name of its own") {
    CHECK(gcsj::util::kStages.size() == gcsj::util::kStageCount);
    for (std::size_t i = 0; i < gcsj::util::kStages.size(); ++i) {
      CHECK(static_cast<std::size_t>(gcsj::util::kStages[i]) == i);
      CHECK(gcsj::util::stage_name(gcsj::util::kStages[i]) != "unknown");
    }
    CHECK(gcsj::util::stage_name(Stage::rows_written) == "rows_written");
  }
}
