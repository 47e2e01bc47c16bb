#include "render/changes/change_line.hpp"

namespace gcsj::render {

using i18n::arg;
using i18n::msg;

std::string with_citation(std::string sentence, std::string_view citation) {
  if (!sentence.empty() && sentence.back() == '.') {
    sentence.insert(sentence.size() - 1, " " + std::string(citation));
    return sentence;
  }
  return sentence + " " + std::string(citation);
}

std::string cited_change(const changes::Change& change, const ChangeWording& wording) {
  return with_citation(change_sentence(change, wording),
                       msg("(¶{paragraph})", arg("paragraph", change.paragraph)).in(*wording.tr));
}

std::string dated_change(const changes::Change& change, const ChangeWording& wording,
                         i18n::Arg::Value date) {
  return msg("{date} — {event}", i18n::Arg{"date", std::move(date)},
             arg("event", cited_change(change, wording)))
      .in(*wording.tr);
}

}  // namespace gcsj::render
