#pragma once
// `gcsj publish [PATH] --out DIR`: the Coalition's public portal as a static site (¶18, ¶28).

#include <optional>
#include <string>
#include <vector>

#include "app/error.hpp"
#include "app/options.hpp"
#include "i18n/message.hpp"
#include "publish/site.hpp"

namespace gcsj::app {

struct PublishRequest {
  std::string path = ".";
  std::string out;    // the site's directory, replaced whole
  std::string as_of;  // empty: today, UTC
  long news_days = publish::kDefaultNewsDays;
  bool allow_errors = false;           // publish a registry with errors (with a warning)
  std::vector<std::string> languages;  // empty: every language gcsj speaks
  unsigned jobs = 0;
  InputOptions input;
};

// What was published, as a sentence ("Published 12 partners as of ... (40 files)"), and the
// applications left aside with their errors, when there are any; and the language publish speaks
// to whoever ran it (its warnings were written in it): the site's one language when `languages`
// names one, else the locale's (chosen_language), as the other commands without --lang.
struct Published {
  i18n::Message summary;
  std::optional<i18n::Message> left_aside;
  const i18n::Translator* language = &i18n::Translator::english();
};

// The site written; a registry_errors Error when the registry has errors that touch what is
// published (not only pending or declined applications) and `allow_errors` is not set (the site
// is not written).
Expected<Published> publish(const PublishRequest& request, const Warn& warn);

}  // namespace gcsj::app
