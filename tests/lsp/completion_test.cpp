#include "lsp/completion.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "lsp/editor_fixture.hpp"

using gcsj::lsp::complete_at;
using gcsj::lsp::CompletionItem;
using gcsj::testing::EditorFixture;
using gcsj::testing::kAcme;

namespace {

const CompletionItem* find(const std::vector<CompletionItem>& items, std::string_view label) {
  const auto it = std::find_if(items.begin(), items.end(),
                               [&](const CompletionItem& item) { return item.label == label; });
  return it == items.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE("lsp::complete_at: the keys a partner of its category takes, not those written") {
  const EditorFixture fixture;
  const std::string text = kAcme + "\n";
  const auto items = complete_at(fixture.context(), text, 20, 1);  // the blank last line
  REQUIRE_FALSE(items.empty());
  const CompletionItem* website = find(items, "website");
  REQUIRE(website);
  CHECK(website->kind == CompletionItem::Kind::key);
  CHECK(website->insert_text == "website: ");
  CHECK(website->documentation == "The partner's website.");
  CHECK(website->replace.line == 20);
  CHECK(website->replace.begin == website->replace.end);
  CHECK(find(items, "status") == nullptr);         // written already
  CHECK(find(items, "international") == nullptr);  // an NGO's (¶19(f)), not an enterprise's
  CHECK(find(items, "country") != nullptr);

  // A key of an action being written: `sta` does not parse, the lines still say where it stands.
  const std::string action = gcsj::testing::replace(kAcme, "    status: ongoing\n", "    sta\n");
  const auto action_keys = complete_at(fixture.context(), action, 19, 8);
  CHECK(find(action_keys, "status") != nullptr);
  CHECK(find(action_keys, "progress") != nullptr);
  CHECK(find(action_keys, "with") == nullptr);  // written already
  CHECK(find(action_keys, "website") == nullptr);
  CHECK(action_keys.front().replace.begin == 5);
  CHECK(action_keys.front().replace.end == 8);
}

TEST_CASE("lsp::complete_at: enumerated values, partner ids and country codes") {
  const EditorFixture fixture;
  const auto statuses = complete_at(fixture.context(), kAcme, 19, 13);  // status: ongoing
  REQUIRE(statuses.size() == 3);
  CHECK(statuses[0].label == "pledged");
  CHECK(statuses[0].detail == "Pledged");
  CHECK(statuses[0].replace.begin == 13);
  CHECK(statuses[0].replace.end == 20);

  const auto categories = complete_at(fixture.context("fr"), kAcme, 4, 11);
  const CompletionItem* government = find(categories, "government");
  REQUIRE(government);
  CHECK(government->detail == "gouvernement");

  const auto with = complete_at(fixture.context(), kAcme, 18, 12);  // with: [kenya]
  const CompletionItem* kenya = find(with, "kenya");
  REQUIRE(kenya);
  CHECK(kenya->kind == CompletionItem::Kind::partner);
  CHECK(kenya->detail == "Government");
  CHECK(find(with, "acme") == nullptr);  // does not start with `kenya`

  const std::string empty = gcsj::testing::replace(kAcme, "with: [kenya]", "with: []");
  const auto all = complete_at(fixture.context(), empty, 18, 12);
  CHECK(find(all, "acme") != nullptr);
  CHECK(find(all, "kenya") != nullptr);

  const std::string country = kAcme + "country: N\n";
  const auto countries = complete_at(fixture.context("fr"), country, 20, 11);
  const CompletionItem* norway = find(countries, "NO");
  REQUIRE(norway);
  CHECK(norway->kind == CompletionItem::Kind::country);
  CHECK(norway->detail == "Norvège");
  CHECK(find(countries, "KE") == nullptr);

  const auto seats = complete_at(fixture.context(), gcsj::testing::kGroup, 6, 11);
  CHECK(find(seats, "employers") != nullptr);
  const auto nominators = complete_at(fixture.context(), gcsj::testing::kGroup, 12, 23);
  CHECK(find(nominators, "workers-group") != nullptr);

  // The regions are the keys of `government_seats`, those written left out.
  const std::string seats_split =
      gcsj::testing::replace(gcsj::testing::kGroup, "established: 2024-06-01\n",
                             "established: 2024-06-01\ngovernment_seats: {africa: 3, eu}\n");
  const auto regions = complete_at(fixture.context(), seats_split, 3, 33);
  CHECK(find(regions, "europe") != nullptr);
  CHECK(find(regions, "africa") == nullptr);
  CHECK(regions.front().insert_text == regions.front().label + ": ");

  // A partner's own id is not completed with the ids of others.
  CHECK(complete_at(fixture.context(), gcsj::testing::kAcme, 2, 6).empty());
}

TEST_CASE("lsp::complete_at: a buffer that is not YAML, or no kind yet") {
  const EditorFixture fixture;
  const auto start = complete_at(fixture.context(), "\n", 1, 1);
  REQUIRE(start.size() == 1);
  CHECK(start[0].label == "kind");
  const auto kinds = complete_at(fixture.context(), "kind: \n", 1, 7);
  CHECK(find(kinds, "partner") != nullptr);
  CHECK(find(kinds, "coordinating-group") != nullptr);
  CHECK_NOTHROW(complete_at(fixture.context(), "]]]: {{\n\t- - ", 2, 5));
  CHECK_NOTHROW(complete_at(fixture.context(), "", 3, 3));
}
