#pragma once
// A table of the formats of one view: each row a name (the value of --format), the renderer that
// writes the whole view in it, and one line of help. The front end takes --format's values, its
// default (the first row) and its help from the table, and calls the row's renderer: a new format
// of a view is one row and its renderer. render/validate/formats.hpp has `validate`'s table,
// render/view_formats.hpp every other view's.

#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace gcsj::render {

// How a text output may look on a terminal (validate's text, changes --base's text).
struct TextOptions {
  bool color = false;
  bool quiet = false;  // finding lines only: no source excerpt, hint, related lines or summary
};

template <class View>
struct Format {
  using Renderer = std::string (*)(const View&, const TextOptions&);
  std::string_view name;  // the value of --format
  Renderer render;        // the whole output, as text; the caller prints it
  std::string_view help;  // one line for --help
};

// The row of `formats` named `name`, or nullptr.
template <class View>
const Format<View>* find_format(std::span<const Format<View>> formats, std::string_view name) {
  const auto it = std::find_if(formats.begin(), formats.end(),
                               [name](const Format<View>& f) { return f.name == name; });
  return it == formats.end() ? nullptr : &*it;
}

// The names of `formats`, in the table's order (the first is the default).
template <class View>
std::vector<std::string> format_names(std::span<const Format<View>> formats) {
  std::vector<std::string> names;
  for (const auto& format : formats) names.emplace_back(format.name);
  return names;
}

}  // namespace gcsj::render
