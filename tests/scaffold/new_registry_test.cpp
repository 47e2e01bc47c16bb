#include <doctest/doctest.h>

#include <set>
#include <string>

#include "scaffold/new_registry.hpp"
#include "support/check_helpers.hpp"

// The files of `gcsj init`: a registry that the real loader and rules accept as it is written.

using namespace gcsj::testing;

TEST_SUITE("scaffold::new_registry") {
  TEST_CASE("a configuration, the schemas, and an example of each document kind") {
    const auto files = gcsj::scaffold::new_registry({2026, 3, 15});
    std::set<std::string> paths;
    int partners = 0, groups = 0, forums = 0;
    for (const auto& file : files) {
      CHECK_MESSAGE(paths.insert(file.path).second, file.path);  // each path once
      CHECK_FALSE(file.path.starts_with("/"));
      CHECK(file.path.find("..") == std::string::npos);
      CHECK_FALSE(file.text.empty());
      partners += file.text.find("kind: partner") != std::string::npos;
      groups += file.text.find("kind: coordinating-group") != std::string::npos;
      forums += file.text.find("kind: forum") != std::string::npos;
    }
    CHECK(paths.contains(".gcsj.yaml"));
    CHECK(partners >= 1);
    CHECK(groups == 1);
    CHECK(forums == 1);
    CHECK(paths.contains("forum.yaml"));
    CHECK(paths.contains("schemas/forum.schema.json"));
  }

  TEST_CASE("the registry validates clean on the day it is made, and later") {
    for (const gcsj::model::Date today :
         {gcsj::model::Date{2026, 3, 15}, gcsj::model::Date{2026, 12, 31}}) {
      CAPTURE(today.iso());
      std::vector<TestFile> registry;
      for (const auto& file : gcsj::scaffold::new_registry(today))
        if ((file.path.ends_with(".yaml") || file.path.ends_with(".yml")) &&
            file.path != ".gcsj.yaml")
          registry.push_back({file.path, file.text});
      REQUIRE_FALSE(registry.empty());
      const Checked checked = check_files(registry, today);
      CHECK_MESSAGE(checked.findings.empty(), checked.rules());
      CHECK_FALSE(checked.registry.partners.empty());
      CHECK(checked.registry.groups.size() == 1);
      CHECK(checked.registry.forums.size() == 1);
    }
  }

  TEST_CASE("the example Group is planned for the next 1 January") {
    const auto files = gcsj::scaffold::new_registry({2026, 3, 15});
    bool found = false;
    for (const auto& file : files)
      if (file.text.find("kind: coordinating-group") != std::string::npos) {
        found = true;
        CHECK(file.text.find("2027-01-01") != std::string::npos);
      }
    CHECK(found);
  }
}
