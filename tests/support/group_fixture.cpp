#include "support/group_fixture.hpp"

#include <algorithm>

#include <doctest/doctest.h>
#include <map>

namespace gcsj::testing {
namespace {

const std::map<std::string, std::string> kNominators{
    {"un-secretary-general", "un-secretary-general"},
    {"government", "government-group"},
    {"employers", "employers-group"},
    {"workers", "workers-group"},
    {"enterprise", "employers-group"},
    {"global-union", "workers-group"},
    {"un-system", "director-general"},
    {"economic-organization", "director-general"},
    {"regional-organization", "director-general"},
    {"ngo", "director-general"},
    {"academic", "director-general"}};

std::string partner_text(const std::string& id, const std::string& category,
                         const std::string& keys) {
  return "kind: partner\nid: " + id + "\nname: Partner " + id + "\ncategory: " + category +
         "\nstatus: admitted\nadmitted: 2024-02-01\n" + keys +
         "adherence:\n  declared: 2024-01-15\n  advocate: true\n  uphold: true\n  contribute: "
         "true\n"
         "  levels: [global]\nactions:\n  - title: An action\n    domains: [protection]\n";
}

}  // namespace

std::vector<GroupMember> full_group_members() {
  std::vector<GroupMember> members;
  const auto add = [&](std::string name, std::string partner, std::string seat,
                       std::string region = "", std::string role = "") {
    GroupMember m;
    m.name = std::move(name);
    m.partner = std::move(partner);
    m.seat = std::move(seat);
    m.region = std::move(region);
    m.role = std::move(role);
    m.gender = members.size() % 2 ? "woman" : "man";
    members.push_back(std::move(m));
  };
  GroupMember dg;
  dg.name = "The Director-General";
  dg.seat = "director-general";
  dg.level = "";
  dg.terms.clear();
  dg.gender = "man";
  members.push_back(dg);
  add("UNSG Envoy", "unsg", "un-secretary-general");
  const std::vector<std::pair<std::string, std::string>> governments{
      {"za", "africa"},       {"ke", "africa"},   {"ng", "africa"},       {"br", "americas"},
      {"cl", "americas"},     {"mx", "americas"}, {"id", "asia-pacific"}, {"ph", "asia-pacific"},
      {"jo", "asia-pacific"}, {"es", "europe"},   {"de", "europe"},       {"fr", "europe"}};
  for (const auto& [country, region] : governments)
    add("Gov " + country, "gov-" + country, "government", region,
        country == "br" ? "co-chair" : "");
  for (int i = 1; i <= 6; ++i)
    add("Employer " + std::to_string(i), "emp" + std::to_string(i), "employers", "",
        i == 1 ? "vice-chair" : "");
  for (int i = 1; i <= 6; ++i)
    add("Worker " + std::to_string(i), "wrk" + std::to_string(i), "workers", "",
        i == 1 ? "vice-chair" : "");
  add("Enterprise Rep", "ent", "enterprise");
  add("Global Union Rep", "guf", "global-union");
  add("UN System Rep 1", "uns1", "un-system");
  add("UN System Rep 2", "uns2", "un-system");
  add("Economic Rep", "econ", "economic-organization");
  add("Regional Rep", "reg", "regional-organization");
  add("NGO Rep", "ngo", "ngo");
  add("Academic Rep", "acad", "academic");
  return members;
}

std::string group_yaml(const std::vector<GroupMember>& members, const std::string& head) {
  std::string out = "kind: coordinating-group\nestablished: 2024-06-01\n" + head + "members:\n";
  for (const GroupMember& m : members) {
    out += "  - name: " + m.name + "\n";
    if (!m.partner.empty()) out += "    partner: " + m.partner + "\n";
    out += "    seat: " + m.seat + "\n";
    if (!m.region.empty()) out += "    region: " + m.region + "\n";
    if (!m.role.empty()) out += "    role: " + m.role + "\n";
    if (!m.roles.empty()) out += "    roles:\n";
    for (const std::string& period : m.roles) out += "      - " + period + "\n";
    if (!m.level.empty()) out += "    level: " + m.level + "\n";
    if (!m.gender.empty()) out += "    gender: " + m.gender + "\n";
    if (!m.since.empty()) out += "    since: " + m.since + "\n";
    if (!m.until.empty()) out += "    until: " + m.until + "\n";
    if (m.terms.empty()) continue;
    out += "    terms:\n";
    const auto nominator =
        kNominators.count(m.seat) ? kNominators.at(m.seat) : std::string("director-general");
    for (std::string term : m.terms) {
      if (const auto at = term.find("NOMINATOR"); at != std::string::npos)
        term.replace(at, 9, nominator);
      out += "      - " + term + "\n";
    }
  }
  out +=
      "meetings:\n  - date: 2024-06-12\n  - date: 2024-11-07\n  - date: 2025-03-20\n  - date: "
      "2025-10-30\n";
  return out;
}

std::vector<TestFile> group_registry(const std::string& group_text) {
  std::vector<TestFile> files;
  const auto add = [&](const std::string& id, const std::string& category,
                       const std::string& keys) {
    files.push_back({"partners/" + id + ".yaml", partner_text(id, category, keys)});
  };
  for (const char* cc :
       {"za", "ke", "ng", "br", "cl", "mx", "id", "ph", "jo", "es", "de", "fr", "tr"}) {
    std::string upper = cc;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    add(std::string("gov-") + cc, "government", "country: " + upper + "\n");
  }
  for (int i = 1; i <= 7; ++i)
    add("emp" + std::to_string(i), "employers-organization", "scope: international\n");
  for (int i = 1; i <= 7; ++i)
    add("wrk" + std::to_string(i), "workers-organization", "scope: international\n");
  add("ent", "enterprise", "type: enterprise\nchannel: employers-group\n");
  add("guf", "workers-organization", "scope: international\nsectoral: true\n");
  for (const char* id : {"unsg", "uns1", "uns2", "uns3"})
    add(id, "international-organization", "type: un-system\n");
  add("econ", "international-organization", "type: economic\n");
  add("reg", "regional-organization", "type: intergovernmental\nscope: regional\n");
  add("ngo", "ngo", "international: true\naccreditation:\n  ecosoc: special\n");
  add("acad", "academic", "ilo_partnership: Research agreement\n");
  files.push_back({"coordinating-group.yaml", group_text});
  return files;
}

int line_of(const std::string& text, const std::string& needle) {
  const auto at = text.find(needle);
  if (at == std::string::npos) return 0;
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

int column_of(const std::string& text, int line, const std::string& needle) {
  std::size_t begin = 0;
  for (int i = 1; i < line && begin != std::string::npos; ++i) {
    begin = text.find('\n', begin);
    if (begin != std::string::npos) ++begin;
  }
  if (begin == std::string::npos) return 0;
  const std::size_t end = text.find('\n', begin);
  const auto at = text.substr(begin, end - begin).find(needle);
  return at == std::string::npos ? 0 : static_cast<int>(at) + 1;
}

GroupMember& member_of(std::vector<GroupMember>& members, const std::string& name) {
  for (auto& m : members)
    if (m.name == name) return m;
  FAIL("no member " << name);
  return members.front();
}

TestFile& partner_file(std::vector<TestFile>& files, const std::string& id) {
  for (auto& f : files)
    if (f.name == "partners/" + id + ".yaml") return f;
  FAIL("no partner file " << id);
  return files.front();
}

}  // namespace gcsj::testing
