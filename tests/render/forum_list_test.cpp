#include <doctest/doctest.h>

#include <string>

#include "i18n/translator.hpp"
#include "render/list/forum_list.hpp"
#include "support/check_helpers.hpp"
#include "support/json_reader.hpp"

// `gcsj list forum`: the sessions of the Forum (¶39-42) oldest first, in text, JSON and CSV.

using namespace gcsj::testing;
using gcsj::model::Date;

namespace {

const std::string kForum = R"(kind: forum
sessions:
  - date: 2025-11-05
    title: "Forum, second"
    place: Doha
    format: in-person
    hosts: [ilo, sample, late]
    alongside: World Summit for Social Development
    initiatives:
      - partner: sample
        action: Extend social protection
      - partner: late
  - date: 2024-06-13
    end: 2024-06-14
    format: remote
    hosts: [ilo]
)";

Checked forum_registry() {
  return check_files({{"partners/sample.yaml", kGovernment}, {"forum.yaml", kForum}},
                     Date{2025, 12, 1}, true);
}

bool has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

}  // namespace

TEST_SUITE("render::forum_list") {
  TEST_CASE("list forum: oldest first, in text, JSON and CSV") {
    const auto checked = forum_registry();
    using gcsj::render::ForumListFormat;
    const std::string text =
        gcsj::render::render_forum_list(checked.registry, ForumListFormat::text);
    CHECK(text.starts_with("DATE        END         TITLE          PLACE  FORMAT     HOSTS"));
    CHECK(text.find("2024-06-13  2024-06-14") < text.find("2025-11-05"));
    CHECK(has(text, "ilo; sample; late"));
    CHECK(text.ends_with("\n2 sessions of the Forum\n"));
    const std::string french = gcsj::render::render_forum_list(
        checked.registry, ForumListFormat::text, *gcsj::i18n::Translator::of("fr"));
    CHECK(french.starts_with("DATE"));
    CHECK(has(french, "HÔTES"));
    const Json json =
        parse_json(gcsj::render::render_forum_list(checked.registry, ForumListFormat::json));
    CHECK(json["count"].integer() == 2);
    const Json& doha = json["sessions"][1];
    CHECK(doha["date"].str() == "2025-11-05");
    CHECK(doha["hosts"][1].str() == "sample");
    CHECK(doha["initiatives"][0]["partner"].str() == "sample");
    CHECK(doha["initiatives"][0]["action"].str() == "Extend social protection");
    CHECK(doha["initiatives"][1]["action"].is_null());
    CHECK(doha["file"].str() == "forum.yaml");
    CHECK(gcsj::render::render_forum_list(checked.registry, ForumListFormat::csv) ==
          "date,end,title,place,format,hosts,alongside,initiatives,file\r\n"
          "2024-06-13,2024-06-14,,,remote,ilo,,0,forum.yaml\r\n"
          "2025-11-05,,\"Forum, second\",Doha,in-person,ilo; sample; late,World Summit for "
          "Social Development,2,forum.yaml\r\n");
  }

  TEST_CASE("list forum: a registry without a Forum lists no session") {
    const auto checked = check_files({{"partners/sample.yaml", kGovernment}});
    using gcsj::render::ForumListFormat;
    CHECK(gcsj::render::render_forum_list(checked.registry, ForumListFormat::csv) ==
          "date,end,title,place,format,hosts,alongside,initiatives,file\r\n");
    CHECK(gcsj::render::render_forum_list(checked.registry, ForumListFormat::text)
              .ends_with("\n0 sessions of the Forum\n"));
    CHECK(parse_json(
              gcsj::render::render_forum_list(checked.registry, ForumListFormat::json))["sessions"]
              .size() == 0);
  }
}
