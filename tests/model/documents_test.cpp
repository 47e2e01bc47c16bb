#include <doctest/doctest.h>

#include <string>

#include "model/documents.hpp"
#include "model/group.hpp"
#include "model/partner.hpp"

namespace {

struct Note {
  std::string text;
};

}  // namespace

TEST_SUITE("model::documents") {
  TEST_CASE("a list per type of document, in the order the documents were added") {
    gcsj::model::Documents documents;
    CHECK(documents.empty());
    const gcsj::model::Documents& read_only = documents;
    CHECK(read_only.of<Note>().empty());  // asking without a list makes none
    documents.of<Note>().push_back({"a"});
    documents.of<Note>().push_back({"b"});
    documents.of<gcsj::model::Group>().emplace_back();
    CHECK_FALSE(documents.empty());
    REQUIRE(read_only.of<Note>().size() == 2);
    CHECK(read_only.of<Note>()[1].text == "b");
    CHECK(read_only.of<gcsj::model::Group>().size() == 1);
    CHECK(read_only.of<gcsj::model::Partner>().empty());
  }

  TEST_CASE("absorb appends each list to the list of its type and empties the other") {
    gcsj::model::Documents first;
    first.of<Note>().push_back({"a"});
    gcsj::model::Documents second;
    second.of<Note>().push_back({"b"});
    second.of<gcsj::model::Partner>().emplace_back();
    first.absorb(second);
    CHECK(second.empty());
    REQUIRE(first.of<Note>().size() == 2);
    CHECK(first.of<Note>()[0].text == "a");
    CHECK(first.of<Note>()[1].text == "b");
    CHECK(first.of<gcsj::model::Partner>().size() == 1);
  }

  TEST_CASE("clear empties every list; a copy holds its own documents") {
    gcsj::model::Documents documents;
    documents.of<Note>().push_back({"a"});
    const gcsj::model::Documents copy = documents;
    documents.clear();
    CHECK(documents.empty());
    REQUIRE(copy.of<Note>().size() == 1);
    CHECK(copy.of<Note>()[0].text == "a");
    CHECK(gcsj::model::Documents::none().empty());
  }
}
