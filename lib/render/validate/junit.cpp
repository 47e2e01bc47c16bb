// JUnit XML, which CI systems (GitLab, Jenkins, Azure) show as a test report: one test case per
// file checked, failing when the file has a finding at or above the fail level (against a base
// version: a finding the change introduced).

#include <map>
#include <vector>

#include <fmt/format.h>

#include "i18n/message.hpp"
#include "render/validate/validation.hpp"
#include "util/text.hpp"

namespace gcsj::render {
namespace {

std::string xml(std::string_view text) {
  return util::escape_markup(text);
}

}  // namespace

std::string render_junit(const Validation& report, const TextOptions&) {
  std::map<model::FileId, std::vector<std::size_t>> by_file;
  for (std::size_t i = 0; i < report.findings.size(); ++i)
    by_file[report.findings[i].where.file].push_back(i);

  std::string cases;
  int tests = 0, failures = 0;
  for (model::FileId id = 0; id < report.registry.files.size(); ++id) {
    const auto& file = report.registry.file(id);
    if (!file.selected && !by_file.contains(id)) continue;
    ++tests;
    std::string failing, passing;
    int failing_count = 0;
    for (const std::size_t i : by_file[id]) {
      const bool fails = fails_run(report, i);
      (fails ? failing : passing) += finding_line(report, report.findings[i]) + "\n";
      failing_count += fails;
    }
    cases += fmt::format("    <testcase classname=\"gcsj.validate\" name=\"{}\" file=\"{}\">\n",
                         xml(file.path), xml(file.path));
    if (failing_count > 0) {
      ++failures;
      const std::string summary =
          i18n::msg_n("{count} finding at or above {severity}",
                      "{count} findings at or above {severity}",
                      static_cast<unsigned long>(failing_count),
                      i18n::arg("severity", severity_word(report.tr, report.fail_level)))
              .in(report.tr);
      cases += fmt::format("      <failure type=\"gcsj\" message=\"{}\">{}</failure>\n",
                           xml(summary), xml(failing));
    }
    if (!passing.empty()) cases += fmt::format("      <system-out>{}</system-out>\n", xml(passing));
    cases += "    </testcase>\n";
  }
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += fmt::format("<testsuites name=\"gcsj\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n",
                     tests, failures);
  out += fmt::format(
      "  <testsuite name=\"gcsj validate (as of {})\" tests=\"{}\" failures=\"{}\" errors=\"0\" "
      "skipped=\"0\">\n",
      report.as_of.iso(), tests, failures);
  out += cases;
  out += "  </testsuite>\n</testsuites>\n";
  return out;
}

}  // namespace gcsj::render
