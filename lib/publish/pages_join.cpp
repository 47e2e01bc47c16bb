// The join page (¶15-20), one per language: who may join, category by category, with the
// conditions of the rules of ¶19 (their translated explanations, from the catalogue) and the
// fields the JSON Schema of a partner asks of that category; what a partner commits to (¶16),
// how adherence is expressed (¶18), that no fee is due (¶20); and the application form, which
// join.js (publish/join_form.cpp) drives in the browser from the schema and the words embedded
// in the page. Nothing is sent anywhere: the form makes the registry file, to download or to
// email to the secretariat.

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "check/catalogue.hpp"
#include "figures/words.hpp"
#include "i18n/message.hpp"
#include "publish/html.hpp"
#include "publish/join_page.hpp"
#include "publish/site_context.hpp"
#include "publish/words.hpp"
#include "refdata/embedded_data.hpp"
#include "refdata/reference_data.hpp"
#include "render/json_writer.hpp"

namespace gcsj::publish {

using i18n::arg;
using i18n::msg;
using i18n::N_;
using i18n::NC_;

namespace {

// A JSON value, as much of JSON as the embedded schema uses (objects keep their keys' order).
struct Json {
  enum Kind { null, boolean, number, string, array, object } kind = null;
  std::string text;  // a string's value, a number's digits, "true"/"false"
  std::vector<Json> items;
  // An object's members, in order: keys[i] names values[i]. Two vectors, not one of pairs: a
  // std::pair of the incomplete Json is not allowed (clang with libstdc++ refuses it).
  std::vector<std::string> keys;
  std::vector<Json> values;

  const Json* get(std::string_view key) const {
    for (std::size_t i = 0; i < keys.size(); ++i)
      if (keys[i] == key) return &values[i];
    return nullptr;
  }
};

// Parses the schema gcsj embeds (data/schema/partner.schema.json, checked by the test suite);
// std::nullopt on anything it does not understand.
class JsonParser {
 public:
  explicit JsonParser(std::string_view text) : text_(text) {}

  std::optional<Json> parse() {
    std::optional<Json> value = parse_value();
    skip_space();
    if (at_ != text_.size()) return std::nullopt;
    return value;
  }

 private:
  void skip_space() {
    while (at_ < text_.size() &&
           (text_[at_] == ' ' || text_[at_] == '\n' || text_[at_] == '\t' || text_[at_] == '\r'))
      ++at_;
  }
  bool eat(char c) {
    skip_space();
    if (at_ < text_.size() && text_[at_] == c) {
      ++at_;
      return true;
    }
    return false;
  }
  std::optional<std::string> parse_string() {
    if (!eat('"')) return std::nullopt;
    std::string out;
    while (at_ < text_.size() && text_[at_] != '"') {
      if (text_[at_] == '\\') {
        if (++at_ >= text_.size()) return std::nullopt;
        const char c = text_[at_];
        if (c == 'u') return std::nullopt;  // the schema has none
        out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
      } else {
        out += text_[at_];
      }
      ++at_;
    }
    if (at_ >= text_.size()) return std::nullopt;
    ++at_;
    return out;
  }
  std::optional<Json> parse_value() {
    if (++depth_ > 64) return std::nullopt;
    skip_space();
    if (at_ >= text_.size()) return std::nullopt;
    Json value;
    const char c = text_[at_];
    if (c == '{') {
      ++at_;
      value.kind = Json::object;
      if (!eat('}')) {
        do {
          std::optional<std::string> key = parse_string();
          if (!key || !eat(':')) return std::nullopt;
          std::optional<Json> member = parse_value();
          if (!member) return std::nullopt;
          value.keys.push_back(std::move(*key));
          value.values.push_back(std::move(*member));
        } while (eat(','));
        if (!eat('}')) return std::nullopt;
      }
    } else if (c == '[') {
      ++at_;
      value.kind = Json::array;
      if (!eat(']')) {
        do {
          std::optional<Json> item = parse_value();
          if (!item) return std::nullopt;
          value.items.push_back(std::move(*item));
        } while (eat(','));
        if (!eat(']')) return std::nullopt;
      }
    } else if (c == '"') {
      std::optional<std::string> text = parse_string();
      if (!text) return std::nullopt;
      value.kind = Json::string;
      value.text = std::move(*text);
    } else {
      const std::size_t end = text_.find_first_of(",]} \n\t\r", at_);
      value.text = std::string(text_.substr(at_, end - at_));
      at_ = end == std::string_view::npos ? text_.size() : end;
      value.kind = value.text == "true" || value.text == "false" ? Json::boolean
                   : value.text == "null"                        ? Json::null
                                                                 : Json::number;
    }
    --depth_;
    return value;
  }

  std::string_view text_;
  std::size_t at_ = 0;
  int depth_ = 0;
};

// The branch of the schema's allOf that applies to a category, and the one that applies to
// national employers' and workers' organizations.
const Json* category_branch(const Json& schema, std::string_view category) {
  const Json* all = schema.get("allOf");
  if (!all) return nullptr;
  for (const Json& branch : all->items) {
    const Json* props = branch.get("if") ? branch.get("if")->get("properties") : nullptr;
    const Json* cat = props ? props->get("category") : nullptr;
    const Json* value = cat ? cat->get("const") : nullptr;
    if (value && value->text == category && !props->get("scope")) return &branch;
  }
  return nullptr;
}

const Json* national_branch(const Json& schema) {
  const Json* all = schema.get("allOf");
  if (!all) return nullptr;
  for (const Json& branch : all->items) {
    const Json* props = branch.get("if") ? branch.get("if")->get("properties") : nullptr;
    const Json* scope = props ? props->get("scope") : nullptr;
    if (scope && scope->get("const") && scope->get("const")->text == "national") return &branch;
  }
  return nullptr;
}

std::vector<std::string> strings_of(const Json* list) {
  std::vector<std::string> out;
  if (list)
    for (const Json& item : list->items) out.push_back(item.text);
  return out;
}

std::string code_list(const std::vector<std::string>& keys) {
  std::string out;
  for (const std::string& key : keys)
    out += (out.empty() ? "" : ", ") + fmt::format("<code>{}</code>", escape(key));
  return out;
}

// The rules of the catalogue whose paragraph is `paragraph` or one of its letters, notes aside:
// the conditions an application of that paragraph meets.
std::vector<const findings::Rule*> rules_of(std::string_view paragraph) {
  std::vector<const findings::Rule*> out;
  for (const findings::Rule* rule : check::catalogue()) {
    if (rule->severity == findings::Severity::note) continue;
    const std::string_view p = rule->paragraph;
    if (p == paragraph ||
        (p.starts_with(paragraph) && p.size() > paragraph.size() && p[paragraph.size()] == '('))
      out.push_back(rule);
  }
  return out;
}

std::string conditions_list(const SiteContext& site, std::string_view paragraph) {
  std::string out;
  for (const findings::Rule* rule : rules_of(paragraph))
    out += fmt::format("<li data-rule=\"{}\">{}</li>\n", escape(rule->id),
                       escape((*site.tr)(rule->explanation)));
  return out.empty() ? out : "<ul class=\"conditions\">\n" + out + "</ul>\n";
}

// The words join.js writes: labels, options and messages, by key, in the page's language.
struct Word {
  std::string_view key;
  i18n::Term term;
};

const Word kWords[] = {
    {"choose", NC_("join form", "Choose…")},
    {"field.scope", NC_("join form", "Scope (footnote 9)")},
    {"field.representative",
     NC_("join form", "The organization is representative in its country (footnote 9)")},
    {"field.sectoral", NC_("join form", "The organization is sectoral")},
    {"field.type", NC_("join form", "Type")},
    {"field.channel",
     NC_("join form", "The application goes through the secretariat of the ILO Employers' group")},
    {"field.international", NC_("join form", "The organization is international")},
    {"field.accreditation", NC_("join form", "Accreditation (¶19(f))")},
    {"field.ilo_special_list", NC_("join form", "On the ILO Special List of NGOs")},
    {"field.ilc",
     NC_("join form", "Years of past accreditation to the International Labour Conference")},
    {"hint.ilc", NC_("join form", "Years separated by commas, for example 2019, 2023")},
    {"field.ecosoc", NC_("join form", "Consultative status with ECOSOC")},
    {"field.evidence", NC_("join form", "Evidence (reference of a document)")},
    {"field.ilo_partnership",
     NC_("join form", "Partnership with the ILO (agreement or programme)")},
    {"value.national", NC_("join form", "national")},
    {"value.international", NC_("join form", "international")},
    {"value.business-membership", NC_("join form", "business membership organization")},
    {"value.group-secretariat",
     NC_("join form", "secretariat of the Employers' or Workers' group")},
    {"value.regional", NC_("join form", "regional")},
    {"value.subregional", NC_("join form", "subregional")},
    {"value.un-system", NC_("join form", "entity of the UN system")},
    {"value.ifi", NC_("join form", "international financial institution")},
    {"value.economic", NC_("join form", "international economic organization")},
    {"value.other", NC_("join form", "other international organization")},
    {"value.intergovernmental", NC_("join form", "intergovernmental organization")},
    {"value.development-bank", NC_("join form", "development bank")},
    {"value.enterprise", NC_("join form", "enterprise")},
    {"value.foundation", NC_("join form", "company foundation")},
    {"value.general", NC_("join form", "general")},
    {"value.special", NC_("join form", "special")},
    {"value.roster", NC_("join form", "roster")},
    {"error.required", NC_("join form", "This field is required.")},
    {"error.choose", NC_("join form", "Choose at least one.")},
    {"error.value", NC_("join form", "This value is not one the registry accepts.")},
    {"error.form", NC_("join form", "This value is not in the expected form.")},
    {"error.too-long", NC_("join form", "This value is too long.")},
    {"error.future", NC_("join form", "The date is after today.")},
    {"error.year", NC_("join form", "Write years as four digits, separated by commas.")},
    {"cite", NC_("join form", "{message} (¶{paragraph} of GB.349/INS/4).")},
    {"summary", NC_("join form", "No file yet: correct the fields below.")},
    {"ineligible", NC_("join form", "An application in this category cannot be made:")},
    {"ready", NC_("join form", "Your application file is ready. Nothing has been sent.")},
    {"subject", NC_("join form", "Application to the Global Coalition for Social Justice")},
};

// The data join.js reads: the schema as `gcsj schema partner` prints it, the rules the form
// cites, the words, the ILO member States and the secretariat's address. `<` is written as
// \u003c, so nothing in it ends the script element.
std::string form_data(const SiteContext& site) {
  const i18n::Translator& tr = *site.tr;
  std::string rules = "{";
  for (const findings::Rule* rule : check::catalogue()) {
    if (rule->paragraph.empty() || rule->severity == findings::Severity::note) continue;
    rules += fmt::format("{}{}:{{\"paragraph\":{},\"summary\":{}}}", rules.size() > 1 ? "," : "",
                         render::json_quote(rule->id), render::json_quote(rule->paragraph),
                         render::json_quote(tr(rule->summary)));
  }
  rules += "}";
  std::string words = "{";
  for (const Word& word : kWords)
    words += fmt::format("{}{}:{}", words.size() > 1 ? "," : "", render::json_quote(word.key),
                         render::json_quote(tr(word.term)));
  words += "}";
  std::string out =
      fmt::format("{{\"language\":{},\"contact\":{},\"rules\":{},\"words\":{},\"schema\":{}}}",
                  render::json_quote(tr.code()), render::json_quote(site.settings->contact_email),
                  rules, words, join_schema());
  std::string safe;
  for (const char c : out) safe += c == '<' ? std::string("\\u003c") : std::string(1, c);
  return safe;
}

std::string label_field(std::string_view id, std::string_view label, std::string_view control,
                        std::string_view hint = {}) {
  std::string hint_html;
  std::string described = fmt::format("{}-error", id);
  if (!hint.empty()) {
    hint_html = fmt::format("<p class=\"hint\" id=\"{}-hint\">{}</p>\n", id, escape(hint));
    described = fmt::format("{}-hint {}", id, described);
  }
  return fmt::format(
      "<div class=\"field\">\n<label for=\"{id}\">{label}</label>\n{hint}{control}\n"
      "<p class=\"error\" id=\"{id}-error\" hidden></p>\n</div>\n",
      fmt::arg("id", id), fmt::arg("label", escape(label)), fmt::arg("hint", hint_html),
      fmt::arg("control", fmt::format(fmt::runtime(control), fmt::arg("described", described))));
}

std::string check_box(std::string_view id, std::string_view name, std::string_view label,
                      std::string_view value = "true") {
  return fmt::format(
      "<div class=\"field check\">\n<input type=\"checkbox\" id=\"{id}\" name=\"{name}\" "
      "value=\"{value}\" aria-describedby=\"{id}-error\">\n<label for=\"{id}\">{label}</label>\n"
      "<p class=\"error\" id=\"{id}-error\" hidden></p>\n</div>\n",
      fmt::arg("id", id), fmt::arg("name", name), fmt::arg("value", value),
      fmt::arg("label", escape(label)));
}

// A group of checkboxes, one per value, named `name`, with its legend and its error.
std::string check_group(std::string_view id, std::string_view name, std::string_view legend,
                        const std::vector<std::pair<std::string, std::string>>& values) {
  std::string out = fmt::format(
      "<fieldset class=\"choices\" id=\"{id}\" aria-describedby=\"{id}-error\">\n"
      "<legend>{legend}</legend>\n",
      fmt::arg("id", id), fmt::arg("legend", escape(legend)));
  for (const auto& [value, label] : values)
    out += fmt::format(
        "<div class=\"check\"><input type=\"checkbox\" id=\"{id}-{value}\" name=\"{name}\" "
        "value=\"{value}\"><label for=\"{id}-{value}\">{label}</label></div>\n",
        fmt::arg("id", id), fmt::arg("value", escape(value)), fmt::arg("name", name),
        fmt::arg("label", escape(label)));
  return out + fmt::format("<p class=\"error\" id=\"{}-error\" hidden></p>\n</fieldset>\n", id);
}

std::string the_form(const SiteContext& site) {
  const i18n::Translator& tr = *site.tr;
  std::string categories =
      fmt::format("<option value=\"\">{}</option>\n", escape(tr(NC_("join form", "Choose…"))));
  for (const model::Category category : model::kCategories)
    categories +=
        fmt::format("<option value=\"{}\">{} (¶{})</option>\n", model::to_string(category),
                    escape(tr(category_term(category))), model::category_paragraph(category));
  std::vector<std::pair<std::string, std::string>> countries;
  for (const auto& [code, state] : site.reference.member_states())
    countries.emplace_back(code,
                           fmt::format("{} ({})", tr(site.reference.country_term(code)), code));
  std::sort(countries.begin(), countries.end(),
            [](const auto& a, const auto& b) { return a.second < b.second; });
  std::string country_options =
      fmt::format("<option value=\"\">{}</option>\n", escape(tr(NC_("join form", "Choose…"))));
  for (const auto& [code, label] : countries)
    country_options +=
        fmt::format("<option value=\"{}\">{}</option>\n", escape(code), escape(label));
  std::vector<std::pair<std::string, std::string>> levels;
  for (const model::Level level :
       {model::Level::global, model::Level::regional, model::Level::national})
    levels.emplace_back(model::to_string(level), tr(figures::level_term(level)));
  std::vector<std::pair<std::string, std::string>> domains, priorities;
  for (const model::Theme& theme : model::kDomains)
    domains.emplace_back(theme.key,
                         fmt::format("{} (¶{})", theme_title(site, theme, true), theme.paragraph));
  for (const model::Theme& theme : model::kPriorities)
    priorities.emplace_back(
        theme.key, fmt::format("{} (¶{})", theme_title(site, theme, false), theme.paragraph));

  std::string out = fmt::format(
      "<form id=\"join-form\" novalidate hidden>\n"
      "<div id=\"join-summary\" class=\"summary\" role=\"alert\" tabindex=\"-1\" hidden></div>\n"
      "<fieldset>\n<legend>{}</legend>\n",
      escape(tr("Your organization")));
  out += label_field(
      "f-category", tr("Category (¶19)"),
      fmt::format("<select id=\"f-category\" name=\"category\" aria-describedby=\"{{described}}\" "
                  "required>\n{}</select>",
                  categories));
  out +=
      label_field("f-name", tr("Name of the organization"),
                  "<input type=\"text\" id=\"f-name\" name=\"name\" autocomplete=\"organization\" "
                  "aria-describedby=\"{described}\" required>");
  out += label_field("f-id", tr("Identifier in the registry"),
                     "<input type=\"text\" id=\"f-id\" name=\"id\" maxlength=\"64\" "
                     "spellcheck=\"false\" aria-describedby=\"{described}\" required>",
                     tr("Made from the Latin letters and digits of the name (lower case, joined "
                        "by hyphens); a name in another script gives none: write one, such as "
                        "an acronym. You may change it."));
  out += label_field(
      "f-country", tr("Country"),
      fmt::format("<select id=\"f-country\" name=\"country\" aria-describedby=\"{{described}}\">\n"
                  "{}</select>",
                  country_options),
      tr("Required of governments and of national employers' and workers' organizations: an ILO "
         "member State (¶19(a), footnote 9)."));
  out += label_field("f-website", tr("Website (optional)"),
                     "<input type=\"url\" id=\"f-website\" name=\"website\" autocomplete=\"url\" "
                     "aria-describedby=\"{described}\">");
  out += "</fieldset>\n";
  out += fmt::format(
      "<fieldset id=\"join-category\" hidden>\n<legend id=\"join-category-legend\">{}</legend>\n"
      "<div id=\"join-category-fields\"></div>\n</fieldset>\n",
      escape(tr("What your category needs")));
  out += fmt::format("<fieldset>\n<legend>{}</legend>\n",
                     escape(tr("Your adherence to the commitments (¶16, ¶18)")));
  out += label_field("f-declared", tr("Date of the formal expression of adherence (¶18)"),
                     "<input type=\"date\" id=\"f-declared\" name=\"adherence.declared\" "
                     "aria-describedby=\"{described}\" required>");
  out += check_box("f-advocate", "adherence.advocate",
                   tr("We will advocate for social justice (¶16(a))."));
  out += check_box("f-uphold", "adherence.uphold",
                   tr("We will uphold the principles and values of the United Nations and the ILO, "
                      "including the fundamental principles and rights at work (¶16(a))."));
  out += check_box("f-contribute", "adherence.contribute",
                   tr("We will contribute to advancing social justice and the Sustainable "
                      "Development Goals (¶16(b))."));
  out += check_group("f-levels", "adherence.levels", tr("At which levels (¶16(b))"), levels);
  out += "</fieldset>\n";
  out += fmt::format("<fieldset>\n<legend>{}</legend>\n",
                     escape(tr("Your first action or initiative (¶16(c), ¶34)")));
  out += label_field("f-title", tr("Title of the action"),
                     "<input type=\"text\" id=\"f-title\" name=\"actions.0.title\" "
                     "aria-describedby=\"{described}\" required>");
  out += check_group("f-domains", "actions.0.domains", tr("Thematic domains (¶35)"), domains);
  out += check_group("f-priorities", "actions.0.priorities",
                     tr("Initial priorities (¶36, optional)"), priorities);
  out += "</fieldset>\n";
  out += fmt::format("<p><button type=\"submit\" id=\"join-make\">{}</button></p>\n</form>\n",
                     escape(tr("Check and make the application file")));
  out += fmt::format(
      "<div id=\"join-result\" hidden>\n<h3 id=\"join-result-title\">{title}</h3>\n"
      "<p id=\"join-ready\"></p>\n<pre id=\"join-yaml\" tabindex=\"0\" "
      "aria-labelledby=\"join-result-title\"></pre>\n<ul class=\"actions\">\n"
      "<li><a id=\"join-download\" href=\"#\" download=\"application.yaml\">{download}</a></li>\n"
      "<li id=\"join-email-item\" hidden><a id=\"join-email\" href=\"#\">{email}</a></li>\n"
      "</ul>\n</div>\n",
      fmt::arg("title", escape(tr("Your application file"))),
      fmt::arg("download", escape(tr("Download the file"))),
      fmt::arg("email", escape(tr("Email it to the secretariat"))));
  return out;
}

}  // namespace

std::string_view join_schema() {
  return refdata::embedded::file("partner.schema.json");
}

void add_join(const SiteContext& site, const FileSink& files) {
  const i18n::Translator& tr = *site.tr;
  const std::optional<Json> schema = JsonParser(join_schema()).parse();
  std::string body = fmt::format("<h1>{}</h1>\n", escape(tr("How to join the Coalition")));
  body += fmt::format(
      "<p>{}</p>\n",
      escape(tr("Partnership in the Coalition is voluntary and open to actors willing to "
                "contribute to its objectives and advocacy efforts (¶15). The conditions below are "
                "those the secretariat's registry checks in every application; the form at the "
                "end of the page makes the application file.")));
  body += fmt::format("<h2 id=\"who\">{}</h2>\n", escape(tr("Who may join (¶19)")));
  // The keys every application has: those the schema requires, and those it requires of every
  // partner that was not declined (an application is not).
  std::vector<std::string> common = strings_of(schema ? schema->get("required") : nullptr);
  if (const Json* all = schema ? schema->get("allOf") : nullptr)
    for (const Json& branch : all->items)
      if (branch.get("if") && branch.get("if")->get("not") && branch.get("then"))
        for (std::string& key : strings_of(branch.get("then")->get("required")))
          common.push_back(std::move(key));
  for (const model::Category category : model::kCategories) {
    const std::string_view key = model::to_string(category);
    const std::string_view paragraph = model::category_paragraph(category);
    body += fmt::format("<section class=\"category\" id=\"join-{}\">\n<h3>{} (¶{})</h3>\n", key,
                        escape(tr(category_term(category))), paragraph);
    body += conditions_list(site, paragraph);
    const Json* branch = schema ? category_branch(*schema, key) : nullptr;
    const Json* then = branch ? branch->get("then") : nullptr;
    std::vector<std::string> required = strings_of(then ? then->get("required") : nullptr);
    std::vector<std::string> optional;
    if (const Json* props = then ? then->get("properties") : nullptr)
      for (const std::string& name : props->keys)
        if (std::find(required.begin(), required.end(), name) == required.end())
          optional.push_back(name);
    std::string fields = fmt::format(
        "<li>{}</li>\n",
        site.say(msg("Fields every application has: {fields}.", arg("fields", code_list(common)))));
    if (!required.empty())
      fields += fmt::format("<li>{}</li>\n", site.say(msg("Fields this category needs: {fields}.",
                                                          arg("fields", code_list(required)))));
    if (category == model::Category::employers_organization ||
        category == model::Category::workers_organization) {
      const Json* national = schema ? national_branch(*schema) : nullptr;
      const Json* nthen = national ? national->get("then") : nullptr;
      fields += fmt::format(
          "<li>{}</li>\n",
          site.say(
              msg("Fields a national organization needs (footnote 9): {fields}.",
                  arg("fields", code_list(strings_of(nthen ? nthen->get("required") : nullptr))))));
    }
    if (!optional.empty())
      fields += fmt::format("<li>{}</li>\n", site.say(msg("Optional fields: {fields}.",
                                                          arg("fields", code_list(optional)))));
    body += fmt::format("<ul class=\"fields\">\n{}</ul>\n</section>\n", fields);
  }
  body += fmt::format("<h2 id=\"commitments\">{}</h2>\n",
                      escape(tr("What a partner commits to (¶16)")));
  body += fmt::format("<p>{}</p>\n",
                      escape(tr("Any partner willing to join the Coalition is expected to commit "
                                "to the following (¶16):")));
  body += conditions_list(site, "16");
  body +=
      fmt::format("<h2 id=\"adherence\">{}</h2>\n", escape(tr("How adherence is expressed (¶18)")));
  body += fmt::format(
      "<p>{}</p>\n",
      escape(tr("An organization informs the Coalition secretariat of its interest in joining "
                "and formally expresses its adherence to the commitments of ¶15 and ¶16. The "
                "secretariat then informs the other partners and makes the information public "
                "(¶18).")));
  body += conditions_list(site, "18");
  body += fmt::format("<h2 id=\"fee\">{}</h2>\n", escape(tr("No membership fee (¶20)")));
  body += fmt::format(
      "<p>{}</p>\n",
      escape(tr("Participation in the Coalition entails no membership fee. Each participant bears "
                "its own costs of taking part in the Coalition's meetings, such as travel to the "
                "Forum and to the meetings of the Coordinating Group (¶20).")));
  body += fmt::format("<h2 id=\"apply\">{}</h2>\n", escape(tr("Apply")));
  body += fmt::format(
      "<p>{}</p>\n",
      escape(tr("The form runs in your browser only: nothing you type is sent anywhere. It "
                "checks each field as the registry would and makes the application file, which "
                "you download or email to the secretariat.")));
  body += fmt::format("<noscript><p>{}</p></noscript>\n",
                      escape(tr("The form needs JavaScript. Without it, the conditions above say "
                                "what an application holds.")));
  body += the_form(site);
  body += fmt::format(
      "<script type=\"application/json\" id=\"join-data\">{}</script>\n"
      "<script src=\"{}{}\" defer></script>\n",
      form_data(site), root_of(kJoinPath), kJoinScriptPath);
  files({std::string(kJoinPath),
         page(site,
              {std::string(kJoinPath), std::string(tr("How to join the Coalition")), Section::join,
               std::string(tr("Who may join the Global Coalition for Social Justice, what "
                              "partners commit to, and the application form.")),
               false},
              std::move(body))});
  files({std::string(kJoinScriptPath), std::string(join_script())});
}

}  // namespace gcsj::publish
