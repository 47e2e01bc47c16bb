// Paragraph marks a reader understands (issue 25): each "¶19(b)" of a page's text links to
// GB.349/INS/4 and says in its title, in the page's language, what it is.

#include <algorithm>
#include <array>
#include <cctype>

#include <fmt/format.h>

#include "publish/html.hpp"
#include "publish/site_context.hpp"

namespace gcsj::publish {
namespace {

using i18n::arg;
using i18n::msg;

constexpr std::string_view kMark = "\xc2\xb6";  // ¶

// The elements whose text is never linked: a link's (no link in a link), those that are not
// text a reader follows (script, style, SVG), and form controls and a disclosure's summary,
// which are interactive themselves (a link inside one is nested interaction).
bool skipped(std::string_view name) {
  static constexpr std::array<std::string_view, 11> kSkipped{
      "a",      "svg",      "script", "style", "title",  "option",
      "select", "textarea", "button", "label", "summary"};
  return std::find(kSkipped.begin(), kSkipped.end(), name) != kSkipped.end();
}

bool digit(char c) {
  return c >= '0' && c <= '9';
}

// The mark at `at` (just after "¶"): its length, its paragraph, its item and the paragraph a
// range ends with; a length of 0: no mark ("¶" alone, as a table's heading).
struct Mark {
  std::size_t length = 0;
  std::string_view paragraph, item, last;
};

Mark mark_at(std::string_view text, std::size_t at) {
  Mark mark;
  std::size_t i = at;
  while (i < text.size() && digit(text[i])) ++i;
  if (i == at) return mark;
  mark.paragraph = text.substr(at, i - at);
  if (i < text.size() && text[i] == '(') {
    std::size_t j = i + 1;
    while (j < text.size() && text[j] >= 'a' && text[j] <= 'z') ++j;
    if (j > i + 1 && j - i <= 6 && j < text.size() && text[j] == ')') {
      mark.item = text.substr(i + 1, j - i - 1);
      i = j + 1;
    }
  }
  // A range of paragraphs: "¶21-26", "¶21–26" (an en dash).
  if (mark.item.empty()) {
    std::size_t j = i;
    if (j < text.size() && text[j] == '-')
      ++j;
    else if (text.substr(j, 3) == "\xe2\x80\x93")
      j += 3;
    if (j > i && j < text.size() && digit(text[j])) {
      std::size_t k = j;
      while (k < text.size() && digit(text[k])) ++k;
      mark.last = text.substr(j, k - j);
      i = k;
    }
  }
  mark.length = i - at;
  return mark;
}

std::string title_of(const SiteContext& site, const Mark& mark) {
  if (!mark.last.empty())
    return site.say(msg("paragraphs {first} to {last} of GB.349/INS/4",
                        arg("first", mark.paragraph), arg("last", mark.last)));
  if (!mark.item.empty())
    return site.say(msg("paragraph {paragraph}({item}) of GB.349/INS/4",
                        arg("paragraph", mark.paragraph), arg("item", mark.item)));
  return site.say(msg("paragraph {paragraph} of GB.349/INS/4", arg("paragraph", mark.paragraph)));
}

}  // namespace

std::string link_paragraphs(const SiteContext& site, std::string_view html) {
  if (html.find(kMark) == std::string_view::npos) return std::string(html);
  const std::string href = escape(document_url(site));
  std::string out;
  out.reserve(html.size() + html.size() / 8);
  int depth = 0;  // of skipped elements the text is in
  std::size_t i = 0;
  while (i < html.size()) {
    const std::size_t next = html.find_first_of(depth > 0 ? "<" : "<\xc2", i);
    if (next == std::string_view::npos) {
      out.append(html.substr(i));
      break;
    }
    out.append(html.substr(i, next - i));
    i = next;
    if (html[i] == '<') {
      // A comment, or a tag: copied whole; a skipped element's opening or closing counted.
      std::size_t end;
      if (html.substr(i, 4) == "<!--") {
        end = html.find("-->", i);
        end = end == std::string_view::npos ? html.size() : end + 3;
      } else {
        end = html.find('>', i);
        end = end == std::string_view::npos ? html.size() : end + 1;
        const bool closing = i + 1 < html.size() && html[i + 1] == '/';
        std::size_t n = i + (closing ? 2 : 1);
        std::string name;
        while (n < end && std::isalnum(static_cast<unsigned char>(html[n])))
          name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[n++])));
        const bool self_closing = end >= 2 && html[end - 2] == '/';
        if (skipped(name) && !self_closing) depth = std::max(0, depth + (closing ? -1 : 1));
      }
      out.append(html.substr(i, end - i));
      i = end;
      continue;
    }
    if (html.substr(i, kMark.size()) != kMark) {
      out += html[i++];
      continue;
    }
    const Mark mark = mark_at(html, i + kMark.size());
    if (mark.length == 0) {
      out.append(kMark);
      i += kMark.size();
      continue;
    }
    const std::string_view text = html.substr(i, kMark.size() + mark.length);
    out += fmt::format("<a class=\"paragraph\" href=\"{}\" title=\"{}\">{}</a>", href,
                       escape(title_of(site, mark)), text);
    i += text.size();
  }
  return out;
}

}  // namespace gcsj::publish
