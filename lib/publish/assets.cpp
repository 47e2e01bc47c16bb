// The portal's style sheet and its one small script. The site works without the script: it only
// reveals the search form of the partner directory and filters the list as one types, accents and
// case aside.

#include "publish/site_context.hpp"

namespace gcsj::publish {
namespace {

constexpr const char* kStyle =
    R"css(:root { --ink: #1d2733; --muted: #4a5968; --accent: #1e5aa8; --accent-soft: #d7e4f5; --line: #c9d3de; --focus: #1d2733; --focus-on-dark: #f2b600; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
header.site :focus-visible { outline-color: var(--focus-on-dark); }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 1; outline-color: var(--focus-on-dark); }
header.site { background: var(--ink); color: #fff; padding: .75rem 1.5rem; }
header.site a { color: #fff; }
.brand { margin: 0 0 .5rem; font-weight: 700; font-size: 1.15rem; }
.brand a { text-decoration: none; }
nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 1.25rem; }
nav a[aria-current="page"] { text-decoration: underline; text-decoration-thickness: 3px; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
footer { border-top: 1px solid var(--line); color: var(--muted); font-size: .9rem; padding: 1rem 1.5rem; }
.headline { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 2rem; }
.headline strong { font-size: 2rem; display: block; }
figure { margin: 1.5rem 0; }
svg { max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: .9rem; }
svg text { font: 13px system-ui, sans-serif; fill: var(--ink); }
.bar rect { fill: var(--accent); }
.seat-filled { fill: var(--accent); }
.seat-over { fill: #b3261e; }
.seat-vacant { fill: #fff; stroke: var(--muted); stroke-width: 2; stroke-dasharray: 3 3; }
.chair-ring { fill: none; stroke: #b06000; stroke-width: 3; }
table { border-collapse: collapse; margin: 1rem 0; width: 100%; }
caption { text-align: left; font-weight: 600; padding-bottom: .25rem; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
td:nth-child(2) { white-space: nowrap; }
dl.facts, .action dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
.action { border-left: 4px solid var(--accent-soft); padding-left: 1rem; margin: 1.5rem 0; }
.directory { list-style: none; padding: 0; }
.directory li { padding: .4rem 0; border-bottom: 1px solid var(--line); }
.meta { color: var(--muted); font-size: .9rem; display: block; }
.search { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; margin: 1rem 0; }
.search[hidden] { display: none; }
.search input, .search select { font: inherit; padding: .3rem .5rem; }
#search-status { flex-basis: 100%; margin: 0; color: var(--muted); }
nav.languages ul { gap: .75rem; margin-bottom: .5rem; font-size: .9rem; }
nav.languages span[aria-current] { font-weight: 700; }
#join-form fieldset { border: 1px solid var(--line); margin: 1rem 0; padding: .5rem 1rem; }
#join-form legend { font-weight: 700; }
#join-form .field { margin: .75rem 0; }
#join-form .field > label { display: block; font-weight: 600; }
#join-form .check > label { display: inline; font-weight: 400; margin-left: .4rem; }
#join-form input[type="text"], #join-form input[type="url"], #join-form input[type="date"], #join-form select { font: inherit; padding: .3rem .5rem; max-width: 100%; }
#join-form [hidden], #join-result[hidden], #join-summary[hidden] { display: none; }
#join-form .hint { color: var(--muted); font-size: .9rem; margin: .1rem 0 .3rem; }
#join-form .error { color: #b3261e; font-weight: 600; margin: .2rem 0; }
#join-summary { border: 3px solid #b3261e; padding: .5rem 1rem; margin: 1rem 0; }
#join-yaml { background: #f4f6f8; padding: 1rem; white-space: pre-wrap; overflow-wrap: anywhere; }
#join-form button { font: inherit; padding: .5rem 1rem; background: var(--accent); color: #fff; border: 0; border-radius: 4px; }
#join-form button:focus, #join-form input:focus, #join-summary:focus, #join-yaml:focus, #join-result h3:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
a, strong, td, th, li, dd, dt, caption, figcaption, h1, h2, svg text { unicode-bidi: isolate; }
)css";

constexpr const char* kSearch =
    R"js(// Partner directory: filter the list by text and category as the reader types.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("partner-search");
  var list = document.getElementById("partner-list");
  if (!form || !list) return;
  var text = document.getElementById("search-text");
  var category = document.getElementById("search-category");
  var status = document.getElementById("search-status");
  var items = Array.prototype.slice.call(list.querySelectorAll("li"));
  // Text as search compares it: decomposed (NFD), its combining marks dropped, lower-cased, so
  // "bresil" and "BRÉSIL" find "Brésil", and "unica" finds "Única". The page and the reader are
  // folded alike here: the page lower-cases ASCII only.
  function fold(value) {
    return value.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  }
  var haystacks = items.map(function (item) {
    return fold(item.getAttribute("data-search"));
  });
  form.hidden = false;
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  function update() {
    var words = fold(text.value).split(/\s+/).filter(Boolean);
    var wanted = category.value;
    var shown = 0;
    items.forEach(function (item, i) {
      var haystack = haystacks[i];
      var match = (!wanted || item.getAttribute("data-category") === wanted) &&
        words.every(function (word) { return haystack.indexOf(word) !== -1; });
      item.hidden = !match;
      if (match) shown += 1;
    });
    // The sentence comes from the page, in the page's language.
    status.textContent = (form.getAttribute("data-status") || "{shown}")
      .replace("{shown}", String(shown));
  }
  text.addEventListener("input", update);
  category.addEventListener("change", update);
  update();
});
)js";

// The rules of the secretariat's settings (logo, footer, own pages), added only to a site that
// has them, so a site without settings keeps its style sheet.
constexpr const char* kSettingsStyle =
    R"css(.brand img.logo { height: 2.5rem; width: auto; vertical-align: middle; margin-right: .5rem; background: #fff; padding: .15rem; }
nav.own-pages ul { gap: 1rem; }
.own-page img { max-width: 100%; height: auto; }
)css";

}  // namespace

void add_assets(const SiteContext& site, const FileSink& files) {
  const model::PortalSettings& settings = *site.settings;
  std::string style = kStyle;
  // The accent colour (a dark enough `#rrggbb`: config/portal_reader.cpp) in place of the default.
  if (!settings.accent_colour.empty())
    if (const auto at = style.find("--accent: #1e5aa8;"); at != std::string::npos)
      style.replace(at, 18, "--accent: " + settings.accent_colour + ";");
  if (!settings.logo_name.empty() || !settings.pages.empty()) style += kSettingsStyle;
  files({"style.css", std::move(style)});
  if (!settings.logo_name.empty()) files({settings.logo_name, settings.logo_bytes});
  files({"search.js", kSearch});
}

}  // namespace gcsj::publish
