// The join page's form (join.js): the applicant chooses a category, the script shows the fields
// the partner schema's branch for that category asks for, checks what is typed with a small
// JSON Schema validator (the keywords the partner schema uses) and the category's conditions
// (the rules of ¶16 and ¶19 that need more than the schema), says each error beside its field
// citing the paragraph, and, once nothing is wrong, writes the registry file: YAML whose every
// string is a JSON string (a name with `: `, `#` or a new line stays a string), to download or to
// email to the secretariat. It reads the page's `#join-data`; nothing leaves the browser but
// what the applicant downloads or emails. The same bytes for every site.

#include "publish/join_page.hpp"

namespace gcsj::publish {
namespace {

constexpr const char* kScript = R"js((function () {
  "use strict";
  var dataNode = document.getElementById("join-data");
  var form = document.getElementById("join-form");
  if (!dataNode || !form || !window.JSON) return;
  var data = JSON.parse(dataNode.textContent);
  var schema = data.schema;
  var words = data.words || {};
  var rules = data.rules || {};
  var categoryFields = document.getElementById("join-category-fields");
  var categoryBox = document.getElementById("join-category");
  var summary = document.getElementById("join-summary");
  var result = document.getElementById("join-result");
  var idEdited = false;
  var submitted = false;
  var touched = {};

  function word(key) { return Object.prototype.hasOwnProperty.call(words, key) ? words[key] : key; }
  function cite(message, paragraph) {
    if (!paragraph) return message;
    // The sentence's own full stop goes after the citation.
    return word("cite").replace("{message}", message.replace(/\.$/, "")).replace("{paragraph}", paragraph);
  }
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function today() {
    var d = new Date();
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
  }
  function byId(id) { return document.getElementById(id); }
  function make(tag, attributes, text) {
    var node = document.createElement(tag);
    for (var name in attributes)
      if (Object.prototype.hasOwnProperty.call(attributes, name)) node.setAttribute(name, attributes[name]);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // The paragraph a schema node cites: its annotation, or the first mark of its description.
  function paragraphOf(node, inherited) {
    if (node && node["x-gcsj-paragraph"]) return node["x-gcsj-paragraph"];
    var found = node && typeof node.description === "string" && /¶(\d+(?:\([a-z]+\))?)/.exec(node.description);
    return found ? found[1] : inherited;
  }

  // A JSON Schema validator for the keywords of the partner schema; each error has the path of
  // the value, its kind and the paragraph it cites.
  function typeOk(value, type) {
    if (type === "string") return typeof value === "string";
    if (type === "boolean") return typeof value === "boolean";
    if (type === "integer") return typeof value === "number" && Math.floor(value) === value;
    if (type === "array") return Array.isArray(value);
    if (type === "object") return value !== null && typeof value === "object" && !Array.isArray(value);
    return true;
  }
  function validate(value, node, path, errors, paragraph) {
    if (node === true || !node) return;
    // The root's description names every paragraph of the format: it cites none.
    if (node !== schema) paragraph = paragraphOf(node, paragraph);
    function fail(kind) { errors.push({ path: path, kind: kind, paragraph: paragraph }); }
    var i;
    if (node.type && !typeOk(value, node.type)) return fail("value");
    if (Object.prototype.hasOwnProperty.call(node, "const") && value !== node["const"]) return fail("value");
    if (node["enum"] && node["enum"].indexOf(value) === -1) return fail("value");
    if (typeof value === "string") {
      if (value === "" && (node.pattern || node.minLength)) return fail("required");
      if (node.minLength !== undefined && value.length < node.minLength) return fail("required");
      if (node.maxLength !== undefined && value.length > node.maxLength) return fail("too-long");
      if (node.pattern && !new RegExp(node.pattern).test(value)) return fail("form");
    }
    if (typeof value === "number") {
      if (node.minimum !== undefined && value < node.minimum) return fail("value");
      if (node.maximum !== undefined && value > node.maximum) return fail("value");
    }
    if (Array.isArray(value)) {
      if (node.minItems !== undefined && value.length < node.minItems) return fail("choose");
      if (node.items) for (i = 0; i < value.length; i++) validate(value[i], node.items, path + "/" + i, errors, paragraph);
    }
    if (typeOk(value, "object")) {
      (node.required || []).forEach(function (key) {
        if (!Object.prototype.hasOwnProperty.call(value, key))
          errors.push({ path: path + "/" + key, kind: "required", paragraph: paragraphOf(node.properties && node.properties[key], paragraph) });
      });
      for (var key in node.properties || {})
        if (Object.prototype.hasOwnProperty.call(value, key)) validate(value[key], node.properties[key], path + "/" + key, errors, paragraph);
    }
    if (node.oneOf) {
      var passing = node.oneOf.filter(function (option) { var e = []; validate(value, option, path, e, paragraph); return e.length === 0; });
      if (passing.length !== 1) fail("value");
    }
    if (node.not) {
      var inner = [];
      validate(value, node.not, path, inner, paragraph);
      if (inner.length === 0) fail("value");
    }
    (node.allOf || []).forEach(function (branch) {
      if (branch["if"]) {
        var test = [];
        validate(value, branch["if"], path, test, paragraph);
        var next = test.length === 0 ? branch.then : branch["else"];
        if (next) validate(value, next, path, errors, paragraphOf(branch, paragraph));
      } else {
        validate(value, branch, path, errors, paragraph);
      }
    });
  }

  // The branch of the schema for a category (not the one for national organizations).
  function branchOf(category) {
    var all = schema.allOf || [];
    for (var i = 0; i < all.length; i++) {
      var props = all[i]["if"] && all[i]["if"].properties;
      if (props && props.category && props.category["const"] === category && !props.scope) return all[i];
    }
    return null;
  }

  // The fields of a category, made from its branch: a list for an enumeration, a checkbox for a
  // yes or no, a text box for the rest. `country` is asked of every applicant above.
  function fieldBox(path, label, control, hint) {
    var id = control.id;
    var box = make("div", { "class": "field", "data-field": path });
    box.appendChild(make("label", { "for": id }, label));
    var described = [];
    if (hint) { box.appendChild(make("p", { "class": "hint", id: id + "-hint" }, hint)); described.push(id + "-hint"); }
    described.push(id + "-error");
    control.setAttribute("aria-describedby", described.join(" "));
    box.appendChild(control);
    box.appendChild(make("p", { "class": "error", id: id + "-error", hidden: "" }));
    return box;
  }
  function checkBox(path, label, value) {
    var id = "f-" + path.replace(/\./g, "-");
    var box = make("div", { "class": "field check", "data-field": path });
    var input = make("input", { type: "checkbox", id: id, name: path, value: value, "aria-describedby": id + "-error" });
    box.appendChild(input);
    box.appendChild(make("label", { "for": id }, label));
    box.appendChild(make("p", { "class": "error", id: id + "-error", hidden: "" }));
    return box;
  }
  function choices(node) {
    if (node["enum"]) return node["enum"];
    if (node.oneOf) for (var i = 0; i < node.oneOf.length; i++) if (node.oneOf[i]["enum"]) return node.oneOf[i]["enum"];
    return null;
  }
  function renderField(parent, key, path, node) {
    var id = "f-" + path.replace(/\./g, "-");
    var values = choices(node);
    if (key === "channel") {
      parent.appendChild(checkBox(path, word("field.channel"), "employers-group"));
    } else if (values) {
      var select = make("select", { id: id, name: path });
      select.appendChild(make("option", { value: "" }, word("choose")));
      values.forEach(function (v) { select.appendChild(make("option", { value: v }, word("value." + v))); });
      parent.appendChild(fieldBox(path, word("field." + key), select));
    } else if (node.type === "boolean") {
      parent.appendChild(checkBox(path, word("field." + key), "true"));
    } else if (node.type === "object") {
      var set = make("fieldset", { id: id, "data-field": path, "aria-describedby": id + "-error" });
      set.appendChild(make("legend", {}, word("field." + key)));
      for (var inner in node.properties || {}) renderField(set, inner, path + "." + inner, node.properties[inner]);
      set.appendChild(make("p", { "class": "error", id: id + "-error", hidden: "" }));
      parent.appendChild(set);
    } else if (node.type === "array") {
      parent.appendChild(fieldBox(path, word("field." + key), make("input", { type: "text", id: id, name: path, inputmode: "numeric" }), word("hint." + key)));
    } else {
      parent.appendChild(fieldBox(path, word("field." + key), make("input", { type: "text", id: id, name: path })));
    }
  }
  function showCategory() {
    var category = byId("f-category").value;
    while (categoryFields.firstChild) categoryFields.removeChild(categoryFields.firstChild);
    var branch = branchOf(category);
    var props = branch && branch.then && branch.then.properties;
    categoryBox.hidden = !props;
    if (!props) return;
    var select = byId("f-category");
    byId("join-category-legend").textContent = select.options[select.selectedIndex].text;
    for (var key in props) if (key !== "country") renderField(categoryFields, key, key, props[key]);
    showRepresentative();
  }
  function showRepresentative() {
    var box = form.querySelector('[data-field="representative"]');
    var scope = byId("f-scope");
    if (box) box.hidden = !scope || scope.value !== "national";
  }

  // The application as the registry holds it, from the fields.
  function checked(id) { var node = byId(id); return !!(node && node.checked); }
  function text(id) { var node = byId(id); return node ? node.value.trim() : ""; }
  function ticked(name) {
    var out = [];
    var boxes = form.querySelectorAll('input[type="checkbox"]');
    for (var i = 0; i < boxes.length; i++) if (boxes[i].name === name && boxes[i].checked) out.push(boxes[i].value);
    return out;
  }
  var yearsError = false;
  function collect() {
    yearsError = false;
    var category = text("f-category");
    var partner = { kind: "partner", id: text("f-id"), name: text("f-name") };
    if (category) partner.category = category;
    partner.status = "applied";
    partner.applied = today();
    if (text("f-country")) partner.country = text("f-country");
    if (text("f-website")) partner.website = text("f-website");
    var branch = branchOf(category);
    var props = (branch && branch.then && branch.then.properties) || {};
    var required = (branch && branch.then && branch.then.required) || [];
    function read(key, path, node, target, mandatory) {
      var id = "f-" + path.replace(/\./g, "-");
      if (key === "channel") { if (checked(id)) target.channel = "employers-group"; return; }
      if (choices(node)) { if (text(id)) target[key] = text(id); return; }
      if (node.type === "boolean") {
        if (key === "representative") { if (target.scope === "national") target[key] = checked(id); return; }
        if (checked(id) || mandatory) target[key] = checked(id);
        return;
      }
      if (node.type === "object") {
        var inner = {};
        for (var k in node.properties || {}) read(k, path + "." + k, node.properties[k], inner, false);
        if (Object.keys(inner).length || mandatory) target[key] = inner;
        return;
      }
      if (node.type === "array") {
        var raw = text(id);
        if (!raw) return;
        var years = raw.split(/[,;\s]+/).filter(function (s) { return s; });
        if (years.some(function (s) { return !/^[0-9]{4}$/.test(s); })) { yearsError = true; return; }
        target[key] = years.map(function (s) { return parseInt(s, 10); });
        return;
      }
      if (text(id) || mandatory) target[key] = text(id);
    }
    var order = Object.keys(props).sort(function (a, b) { return a === "scope" ? -1 : b === "scope" ? 1 : 0; });
    order.forEach(function (key) { if (key !== "country") read(key, key, props[key], partner, required.indexOf(key) !== -1); });
    var adherence = {};
    if (text("f-declared")) adherence.declared = text("f-declared");
    adherence.advocate = checked("f-advocate");
    adherence.uphold = checked("f-uphold");
    adherence.contribute = checked("f-contribute");
    adherence.levels = ticked("adherence.levels");
    partner.adherence = adherence;
    var action = { title: text("f-title"), domains: ticked("actions.0.domains") };
    var priorities = ticked("actions.0.priorities");
    if (priorities.length) action.priorities = priorities;
    partner.actions = [action];
    return partner;
  }

  // The category's conditions the schema cannot say: the rules of ¶16 and ¶19, by id. Each
  // makes the applicant ineligible until the answer changes.
  function conditions(p) {
    var out = [];
    function rule(id, field) { var r = rules[id]; if (r) out.push({ field: field, message: r.summary, paragraph: r.paragraph, ineligible: true }); }
    var a = p.adherence;
    if (!a.advocate) rule("adherence-advocate-uphold", "adherence.advocate");
    else if (!a.uphold) rule("adherence-advocate-uphold", "adherence.uphold");
    if (!a.contribute) rule("adherence-contribute", "adherence.contribute");
    else if (!a.levels.length) out.push({ field: "adherence.levels", message: word("error.choose"), paragraph: "16(b)" });
    if (a.declared && a.declared > p.applied) out.push({ field: "adherence.declared", message: word("error.future"), paragraph: "18" });
    var social = p.category === "employers-organization" || p.category === "workers-organization";
    if (social && p.scope === "national" && p.representative !== true) rule("social-partner-national", "representative");
    if (p.category === "enterprise" && p.channel !== "employers-group") rule("enterprise-channel", "channel");
    if (p.category === "ngo") {
      if (p.international !== true) rule("ngo-international", "international");
      var acc = p.accreditation || {};
      var year = parseInt((a.declared || p.applied).slice(0, 4), 10);
      var afterJune = (a.declared || p.applied).slice(5) >= "07-01";
      var counted = (acc.ilc || []).filter(function (y) { return y >= 1919 && (y < year || (y === year && afterJune)); });
      if (acc.ilo_special_list !== true && !acc.ecosoc && !counted.length) rule("ngo-accreditation", "accreditation");
    }
    if (yearsError) out.push({ field: "accreditation.ilc", message: word("error.year"), paragraph: "19(f)" });
    return out;
  }

  // Each error as a field's path (as the fields' names write it) and a sentence.
  function problems(p) {
    var found = conditions(p);
    var taken = {};
    found.forEach(function (e) { taken[e.field] = true; });
    var errors = [];
    validate(p, schema, "", errors, undefined);
    errors.forEach(function (e) {
      var field = e.path.replace(/^\//, "").replace(/\//g, ".");
      while (field && !form.querySelector('[data-field="' + field + '"]') && !form.querySelector('[name="' + field + '"]'))
        field = field.indexOf(".") === -1 ? "" : field.slice(0, field.lastIndexOf("."));
      if (!field || taken[field]) return;
      if (field === "applied" || field === "status" || field === "kind") return;
      taken[field] = true;
      found.push({ field: field, message: word("error." + e.kind), paragraph: e.paragraph });
    });
    return found;
  }

  // Where a field's error goes: its control, or its group.
  function target(field) {
    var box = form.querySelector('input[type="checkbox"][name="' + field + '"]');
    var set = box && box.closest("fieldset.choices");
    return form.querySelector('fieldset[data-field="' + field + '"]') || set ||
      form.querySelector('[name="' + field + '"]') || null;
  }
  function fieldOf(node) {
    var box = node.closest && node.closest("[data-field]");
    if (box) return box.getAttribute("data-field");
    var set = node.closest && node.closest("fieldset.choices");
    return set ? set.querySelector("input").name : node.name;
  }
  function clearErrors() {
    var marked = form.querySelectorAll('[aria-invalid="true"]');
    for (var i = 0; i < marked.length; i++) marked[i].removeAttribute("aria-invalid");
    var notes = form.querySelectorAll("p.error");
    for (var j = 0; j < notes.length; j++) { notes[j].textContent = ""; notes[j].hidden = true; }
  }
  function show(list, all) {
    clearErrors();
    list.forEach(function (e) {
      if (!all && !touched[e.field]) return;
      var node = target(e.field);
      if (!node) return;
      node.setAttribute("aria-invalid", "true");
      var note = byId(node.id + "-error");
      if (note) { note.textContent = cite(e.message, e.paragraph); note.hidden = false; }
    });
  }
  // The words that name a field: its label, or its group's legend.
  function labelOf(node) {
    if (!node) return "";
    var label = node.id && form.querySelector('label[for="' + node.id + '"]');
    var legend = node.tagName === "FIELDSET" && node.querySelector("legend");
    return ((label || legend || {}).textContent || "").trim();
  }
  function summarize(list) {
    while (summary.firstChild) summary.removeChild(summary.firstChild);
    if (!list.length) { summary.hidden = true; return; }
    var ineligible = list.filter(function (e) { return e.ineligible; });
    var rest = list.filter(function (e) { return !e.ineligible; });
    function part(heading, items, cls) {
      if (!items.length) return;
      summary.appendChild(make("p", { "class": cls }, heading));
      var ul = make("ul");
      items.forEach(function (e) {
        var node = target(e.field);
        var li = make("li");
        var name = labelOf(node);
        var link = make("a", { href: "#" + (node ? node.id : "join-form") },
          (name ? name + " — " : "") + cite(e.message, e.paragraph));
        li.appendChild(link);
        ul.appendChild(li);
      });
      summary.appendChild(ul);
    }
    part(word("ineligible"), ineligible, "ineligible");
    part(word("summary"), rest, "incomplete");
    summary.hidden = false;
  }

  // The registry file: every string a JSON string, which YAML reads as a double-quoted one.
  function quote(s) {
    return JSON.stringify(s).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, function (c) {
      return "\\u" + ("000" + c.charCodeAt(0).toString(16)).slice(-4);
    });
  }
  function scalar(v) { return typeof v === "string" ? quote(v) : String(v); }
  function yaml(value, indent) {
    var out = "";
    Object.keys(value).forEach(function (key) {
      var v = value[key];
      if (Array.isArray(v) && v.length && typeof v[0] === "object") {
        out += indent + key + ":\n";
        v.forEach(function (item) {
          var inner = yaml(item, indent + "    ");
          out += indent + "  - " + inner.slice(indent.length + 4);
        });
      } else if (Array.isArray(v)) {
        out += indent + key + ": [" + v.map(scalar).join(", ") + "]\n";
      } else if (v !== null && typeof v === "object") {
        out += indent + key + ":\n" + yaml(v, indent + "  ");
      } else {
        out += indent + key + ": " + scalar(v) + "\n";
      }
    });
    return out;
  }

  // Shows the errors of the fields touched (all of them once the form was sent); on sending,
  // the summary too, and the file when nothing is wrong. An edit after that keeps the file in
  // step with the fields, or withdraws it.
  function refresh(all, sending) {
    var partner = collect();
    var list = problems(partner);
    show(list, all);
    if (sending) summarize(list);
    else if (!list.length) summarize([]);
    if (list.length) {
      result.hidden = true;
      if (sending) summary.focus();
      return;
    }
    if (!all) return;
    var file = yaml(partner, "");
    byId("join-yaml").textContent = file;
    byId("join-ready").textContent = word("ready");
    var download = byId("join-download");
    download.setAttribute("href", "data:application/yaml;charset=utf-8," + encodeURIComponent(file));
    download.setAttribute("download", partner.id + ".yaml");
    var contact = data.contact || "";
    var email = byId("join-email");
    // A plain address (\x40 is the at sign: the site's bytes hold no address but the
    // secretariat's own, from its settings).
    var usable = /^[^\s\x40<>"?&#:]+\x40[^\s\x40<>"?&#:]+$/.test(contact);
    byId("join-email-item").hidden = !usable;
    if (usable)
      email.setAttribute("href", "mailto:" + contact + "?subject=" + encodeURIComponent(word("subject") + ": " + partner.name) +
        "&body=" + encodeURIComponent(file.replace(/\n/g, "\r\n")));
    result.hidden = false;
    if (sending) byId("join-result-title").focus();
  }

  function slug(name) {
    var plain = name.normalize ? name.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : name;
    return plain.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+/, "").slice(0, 64).replace(/-+$/, "");
  }

  form.hidden = false;
  byId("join-result-title").setAttribute("tabindex", "-1");
  var declared = byId("f-declared");
  declared.value = today();
  declared.setAttribute("max", today());
  byId("f-category").addEventListener("change", function () { showCategory(); });
  byId("f-id").addEventListener("input", function () { idEdited = true; });
  byId("f-name").addEventListener("input", function () { if (!idEdited) byId("f-id").value = slug(byId("f-name").value); });
  function onEdit(event) {
    if (event.target.id === "f-scope") showRepresentative();
    touched[fieldOf(event.target)] = true;
    if (event.target.id === "f-name" && !idEdited) touched.id = true;
    refresh(submitted, false);
  }
  form.addEventListener("change", onEdit);
  form.addEventListener("input", onEdit);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    submitted = true;
    refresh(true, true);
  });
})();
)js";

}  // namespace

std::string_view join_script() {
  return kScript;
}

}  // namespace gcsj::publish
