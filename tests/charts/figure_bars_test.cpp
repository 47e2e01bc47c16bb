#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "charts/figure_bars.hpp"
#include "i18n/translator.hpp"
#include "model/vocabulary.hpp"

// The bars of the figures, labelled in a language, shared by the portal and the report.

using gcsj::figures::Count;

TEST_SUITE("charts::figure_bars") {
  TEST_CASE("categories and statuses by their words; an unknown key keeps its label") {
    const auto* french = gcsj::i18n::Translator::of("fr");
    REQUIRE(french != nullptr);
    const std::vector<Count> categories{{"government", "Government", 3},
                                        {"unknown", "As written", 1}};
    const auto bars = gcsj::charts::category_bars(categories, *french);
    REQUIRE(bars.size() == 2);
    CHECK(bars[0].label != "Government");
    CHECK(bars[0].value == 3);
    CHECK(bars[1].label == "As written");
    const auto status = gcsj::charts::status_bars({{"completed", "Completed", 2}},
                                                  gcsj::i18n::Translator::english());
    CHECK(status.at(0).value == 2);
  }

  TEST_CASE("domains: ¶ and title, a link to the portal's page only when asked") {
    std::vector<Count> counts;
    for (const auto& domain : gcsj::model::kDomains)
      counts.push_back({std::string(domain.key), "", 1});
    const auto& en = gcsj::i18n::Translator::english();
    const auto linked =
        gcsj::charts::theme_bars(counts, gcsj::model::kDomains, "domains", en, true);
    const auto plain =
        gcsj::charts::theme_bars(counts, gcsj::model::kDomains, "domains", en, false);
    REQUIRE(linked.size() == gcsj::model::kDomains.size());
    CHECK(linked[0].label.starts_with("¶35"));
    CHECK(linked[0].href == "domains/" + std::string(gcsj::model::kDomains[0].key) + ".html");
    CHECK(plain[0].href.empty());
    CHECK(plain[0].label == linked[0].label);
  }
}
