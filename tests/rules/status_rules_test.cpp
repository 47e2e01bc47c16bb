#include <doctest/doctest.h>

#include "support/check_helpers.hpp"

using namespace gcsj::testing;

TEST_SUITE("rules::status") {
  TEST_CASE("status-dates: an admitted partner has an admission date") {
    CHECK(check_yaml(kGovernment).of("status-dates").empty());
    const auto undated = check_yaml(replace(kGovernment, "admitted: 2024-02-01\n", ""));
    CHECK(undated.lines_of("status-dates") == std::vector<int>{5});
    CHECK(undated.missing_keys("status-dates") == std::vector<std::string>{"admitted"});
  }

  TEST_CASE("status-dates: a withdrawn partner has a withdrawal date") {
    const auto withdrawn = replace(kGovernment, "status: admitted", "status: withdrawn");
    CHECK(check_yaml(withdrawn).lines_of("status-dates") == std::vector<int>{5});
    CHECK(check_yaml(withdrawn).missing_keys("status-dates") ==
          std::vector<std::string>{"withdrawn"});
    CHECK(check_yaml(replace(withdrawn, "admitted: 2024-02-01",
                             "admitted: 2024-02-01\nwithdrawn: 2025-01-01"))
              .of("status-dates")
              .empty());
  }

  TEST_CASE("status-dates: an applicant has neither date") {
    const auto applied = replace(kGovernment, "status: admitted", "status: applied");
    CHECK(check_yaml(replace(applied, "admitted: 2024-02-01\n", "")).findings.empty());
    CHECK(check_yaml(applied).lines_of("status-dates") == std::vector<int>{6});
    const auto not_withdrawn = check_yaml(replace(kGovernment, "admitted: 2024-02-01",
                                                  "admitted: 2024-02-01\nwithdrawn: 2025-01-01"));
    CHECK(not_withdrawn.lines_of("status-dates") == std::vector<int>{7});
    CHECK(not_withdrawn.missing_keys("status-dates") ==
          std::vector<std::string>{""});  // a date too many
    CHECK(not_withdrawn.of("status-dates")[0].message.english() ==
          "a partner with status `admitted` cannot have a `withdrawn` date");
    CHECK(not_withdrawn.of("status-dates")[0].hint.english() ==
          "set `status: withdrawn`, or remove the date");
  }

  TEST_CASE("date-order: admission follows the declaration of adherence") {
    CHECK(check_yaml(kGovernment).of("date-order").empty());
    const auto checked =
        check_yaml(replace(kGovernment, "admitted: 2024-02-01", "admitted: 2024-01-10"));
    const auto found = checked.of("date-order");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.line == 6);
    CHECK(found[0].paragraph == "18");
    CHECK(found[0].related.at(0).where.line == 9);
    CHECK(found[0].message.english() ==
          "admitted on 10 January 2024, before adherence was declared on 15 January 2024");
    CHECK(found[0].related.at(0).message.english() == "adherence declared here");
  }

  TEST_CASE("date-order: withdrawal follows admission, publication follows adherence") {
    const auto withdrawn =
        replace(replace(kGovernment, "status: admitted", "status: withdrawn"),
                "admitted: 2024-02-01", "admitted: 2024-02-01\nwithdrawn: 2024-01-31");
    const auto early = check_yaml(withdrawn);
    CHECK(early.lines_of("date-order") == std::vector<int>{7});
    CHECK(early.of("date-order")[0].message.english() ==
          "withdrawn on 31 January 2024, before being admitted on 1 February 2024");
    CHECK(early.of("date-order")[0].related.at(0).message.english() == "admitted here");
    const auto published = check_yaml(kGovernment + "published: 2024-01-01\n");
    CHECK(published.lines_of("date-order") == std::vector<int>{17});
    CHECK(published.of("date-order")[0].message.english() ==
          "made public on 1 January 2024, before adherence was declared on 15 January 2024");
    CHECK(check_yaml(kGovernment + "published: 2024-02-10\n").of("date-order").empty());
  }

  TEST_CASE("date-order: publication follows admission (¶18), told once") {
    const auto early = check_yaml(kGovernment + "published: 2024-01-20\n");
    REQUIRE(early.of("date-order").size() == 1);
    CHECK(early.lines_of("date-order") == std::vector<int>{17});
    CHECK(early.of("date-order")[0].message.english() ==
          "made public on 20 January 2024, before being admitted on 1 February 2024");
    CHECK(early.of("date-order")[0].related.at(0).where.line == 6);
    // Before adherence too: the one finding says so.
    CHECK(check_yaml(kGovernment + "published: 2024-01-01\n").of("date-order").size() == 1);
    CHECK(check_yaml(kGovernment + "published: 2024-02-01\n").findings.empty());
  }

  TEST_CASE("status-dates: an application has no `published` date") {
    const auto applied = replace(replace(kGovernment, "status: admitted", "status: applied"),
                                 "admitted: 2024-02-01\n", "");
    const auto found = check_yaml(applied + "published: 2024-03-01\n");
    CHECK(found.lines_of("status-dates") == std::vector<int>{16});
    CHECK(found.of("status-dates")[0].message.english() ==
          "an application (status `applied`) cannot have a `published` date: only an admitted "
          "partner is made public");
    const auto declined = replace(replace(kGovernment, "status: admitted", "status: declined"),
                                  "admitted: 2024-02-01\n", "declined: 2024-02-01\n");
    CHECK(check_yaml(declined).of("status-dates").empty());
    CHECK(check_yaml(declined + "published: 2024-03-01\n").lines_of("status-dates") ==
          std::vector<int>{17});
    // A withdrawn partner made public while it was one keeps its date.
    const auto withdrawn =
        replace(replace(kGovernment, "status: admitted", "status: withdrawn"),
                "admitted: 2024-02-01", "admitted: 2024-02-01\nwithdrawn: 2025-01-01");
    CHECK(check_yaml(withdrawn + "published: 2024-03-01\n").findings.empty());
  }

  TEST_CASE("dates after the as-of date are not findings") {
    const auto future =
        replace(replace(kGovernment, "admitted: 2024-02-01", "admitted: 2030-02-01"),
                "declared: 2024-01-15", "declared: 2030-01-15");
    CHECK(check_yaml(future).findings.empty());
  }
}

TEST_SUITE("rules::status") {
  // A declined application (v1.1), valid: line 5 status, line 6 declined. A function: kNgo is
  // another file's static.
  std::string declined_ngo() {
    return replace(kNgo, "status: admitted\nadmitted: 2024-02-01",
                   "status: declined\ndeclined: 2024-03-01");
  }

  TEST_CASE("status-dates: a declined application has a declined date and no other") {
    CHECK(check_yaml(declined_ngo()).findings.empty());
    const auto undated = check_yaml(replace(declined_ngo(), "declined: 2024-03-01\n", ""));
    CHECK(undated.lines_of("status-dates") == std::vector<int>{5});
    CHECK(undated.missing_keys("status-dates") == std::vector<std::string>{"declined"});
    CHECK(undated.of("status-dates")[0].message.english() ==
          "a declined application needs a `declined` date: the date of the decision not to "
          "admit it");
    const auto admitted = check_yaml(replace(declined_ngo(), "declined: 2024-03-01",
                                             "declined: 2024-03-01\nadmitted: 2024-02-01"));
    CHECK(admitted.lines_of("status-dates") == std::vector<int>{7});
    CHECK(admitted.of("status-dates")[0].message.english() ==
          "a declined application cannot have an `admitted` date: it was never admitted");
    const auto withdrawn = check_yaml(replace(declined_ngo(), "declined: 2024-03-01",
                                              "declined: 2024-03-01\nwithdrawn: 2024-05-01"));
    CHECK(withdrawn.lines_of("status-dates") == std::vector<int>{7});
  }

  TEST_CASE("status-dates: only a declined application has a declined date") {
    const auto checked = check_yaml(replace(kGovernment, "admitted: 2024-02-01",
                                            "admitted: 2024-02-01\n"
                                            "declined: 2024-01-20"));
    CHECK(checked.lines_of("status-dates") == std::vector<int>{7});
    CHECK(checked.of("status-dates")[0].message.english() ==
          "a partner with status `admitted` cannot have a `declined` date");
  }

  TEST_CASE("date-order: the application is received before it is admitted or declined") {
    CHECK(check_yaml(replace(kGovernment, "admitted: 2024-02-01",
                             "admitted: 2024-02-01\napplied: 2024-01-20"))
              .findings.empty());
    const auto late = check_yaml(
        replace(kGovernment, "admitted: 2024-02-01", "admitted: 2024-02-01\napplied: 2024-02-02"));
    REQUIRE(late.lines_of("date-order") == std::vector<int>{7});
    CHECK(late.of("date-order")[0].message.english() ==
          "the application was received on 2 February 2024, after the admission on 1 February "
          "2024");
    CHECK(late.of("date-order")[0].related.at(0).where.line == 6);
    const auto after_decline = check_yaml(replace(declined_ngo(), "declined: 2024-03-01",
                                                  "declined: 2024-03-01\napplied: 2024-03-02"));
    REQUIRE(after_decline.lines_of("date-order") == std::vector<int>{7});
    CHECK(after_decline.of("date-order")[0].message.english() ==
          "the application was received on 2 March 2024, after it was declined on 1 March 2024");
    CHECK(check_yaml(replace(declined_ngo(), "declined: 2024-03-01",
                             "declined: 2024-03-01\napplied: 2024-03-01"))
              .findings.empty());
  }

  TEST_CASE("decision-without-decline: a valid document passes (¶18)") {
    CHECK(check_yaml(kGovernment).of("decision-without-decline").empty());
    CHECK(check_yaml(declined_ngo() + "decision: no past accreditation\n")
              .of("decision-without-decline")
              .empty());
  }

  TEST_CASE("decision-without-decline: a decision on a partner that was not declined (¶18)") {
    const auto checked = check_yaml(kGovernment + "decision: no past accreditation\n");
    CHECK(checked.lines_of("decision-without-decline") == std::vector<int>{17});
    CHECK(checked.of("decision-without-decline")[0].severity == gcsj::findings::Severity::warning);
  }

  TEST_CASE("a declined application is not judged by the rules of its category and commitments") {
    // Not international, no accreditation route, no actions, no commitments: why it was declined.
    const std::string ineligible =
        "kind: partner\nid: sample\nname: Sample\ncategory: ngo\nstatus: declined\n"
        "declined: 2024-03-01\napplied: 2024-01-10\ninternational: false\n"
        "adherence:\n  declared: 2024-01-15\n"
        "decision: not an international NGO\n";
    CHECK(check_yaml(ineligible).findings.empty());
    // The same document pending is judged by them.
    const auto pending = check_yaml(replace(
        replace(ineligible, "status: declined\ndeclined: 2024-03-01\n", "status: applied\n"),
        "decision: not an international NGO\n", ""));
    CHECK_FALSE(pending.of("ngo-international").empty());
    CHECK_FALSE(pending.of("actions-required").empty());
    CHECK_FALSE(pending.of("adherence-advocate-uphold").empty());
    // Its keys and dates are still checked.
    CHECK(check_yaml(replace(ineligible, "declined: 2024-03-01\n", "")).lines_of("status-dates") ==
          std::vector<int>{5});
    // Without any adherence or category key at all: no finding either (missing commitment keys
    // are no finding), while the same pending application lacks its adherence.
    const std::string bare =
        "kind: partner\nid: sample\nname: Sample\ncategory: ngo\n"
        "status: declined\ndeclined: 2024-03-01\n";
    CHECK(check_yaml(bare).findings.empty());
    CHECK(check_yaml(replace(bare, "status: declined\ndeclined: 2024-03-01\n", "status: applied\n"))
              .lines_of("adherence-declared") == std::vector<int>{1});
  }
}
