#pragma once
// The rules about the .gcsj.yaml configuration itself, applied when it is read and applied.

#include <array>

#include "findings/rule.hpp"
#include "i18n/translator.hpp"

namespace gcsj::config {

using findings::Reach;
using findings::Rule;
using findings::Severity;
using i18n::N_;

inline constexpr Rule kUnknownRule{
    .id = "unknown-rule",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("The configuration names a rule gcsj does not have."),
    .explanation =
        N_("A severity override or waiver for a misspelt rule id would silently do nothing; `gcsj "
           "rules` lists the ids."),
    .passing = R"yaml(rules:
  member-level: note)yaml",
    .failing = R"yaml(rules:
  member-levels: note)yaml",
    .reach = Reach::document,
    .locked = true,
};

inline constexpr Rule kWaiverIncomplete{
    .id = "waiver-incomplete",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_(
        "A waiver lacks its rule, its partner or member, a reason, an approver or an expiry date."),
    .explanation = N_(
        "A waiver is an acknowledged exception to one rule for one partner (`partner: id`) or one "
        "Group member (`member: name`), with the `reason`, who `approved_by` it and the date it "
        "`expires`, so that every exception can be reviewed and none lasts for ever."),
    .passing = R"yaml(- rule: ngo-accreditation
  partner: acme
  reason: ECOSOC status pending
  approved_by: Head of secretariat
  expires: 2027-03-31)yaml",
    .failing = R"yaml(- rule: ngo-accreditation
  partner: acme   # no reason, approver or expiry)yaml",
    .reach = Reach::document,
};

inline constexpr Rule kWaiverExpired{
    .id = "waiver-expired",
    .paragraph = "",
    .severity = Severity::warning,
    .summary = N_("A waiver has expired."),
    .explanation =
        N_("A waiver stops applying the day after its `expires` date: the finding it covered is "
           "reported again, and the stale waiver itself is reported so it is renewed or removed."),
    .passing = R"yaml(expires: 2027-03-31   # as of 2026-11-29)yaml",
    .failing = R"yaml(expires: 2026-06-30   # as of 2026-11-29)yaml",
    .reach = Reach::document,
};

inline constexpr Rule kWaiverUnused{
    .id = "waiver-unused",
    .paragraph = "",
    .severity = Severity::note,
    .summary = N_("A waiver covers no finding."),
    .explanation =
        N_("A waiver that matches no finding is out of date (the problem was fixed, or the partner "
           "id or member name is misspelt) and can be removed."),
    .passing = R"yaml(- rule: ngo-accreditation
  partner: acme   # acme has that finding)yaml",
    .failing = R"yaml(- rule: ngo-accreditation
  partner: acme-ngo   # no such partner)yaml",
    .reach = Reach::document,
};

inline constexpr Rule kPortalSetting{
    .id = "portal-setting",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("A setting of the portal has a value the portal cannot use."),
    .explanation = N_(
        "The `portal:` section of the configuration gives the secretariat's own settings of its "
        "portal (¶28). Its base URL must be an absolute `https://` or `http://` address, its "
        "contact an email address, its accent colour `#RRGGBB` dark enough on white for text "
        "(a contrast of 4.5:1, WCAG 2.1 AA), its logo a PNG, JPEG or WebP file (an SVG can carry "
        "script and is refused), each page's `slug` a kebab-case name the site does not use "
        "itself, "
        "and every file a path inside the configuration's directory. `gcsj publish` refuses to "
        "publish with such a setting."),
    .passing = R"yaml(portal:
  base_url: https://coalition.example.org/
  accent_colour: "#1e5aa8")yaml",
    .failing = R"yaml(portal:
  base_url: javascript:alert(1)
  accent_colour: "#ffff00"   # too light on white)yaml",
    .reach = Reach::document,
};

inline constexpr Rule kPortalFile{
    .id = "portal-file",
    .paragraph = "",
    .severity = Severity::error,
    .summary = N_("A file the portal settings name cannot be published."),
    .explanation = N_(
        "`gcsj publish` reads the logo and the Markdown pages the `portal:` section names from "
        "the configuration's directory, as hostile input: a file that does not exist, that is a "
        "symbolic link or lies below one, that is not a regular file, that is too large (512 KiB "
        "for the logo, 256 KiB for a page), a logo whose content is not the image its name says, "
        "or a page that is not UTF-8 text is refused, and the site is not written."),
    .passing = R"yaml(portal:
  logo: logo.png   # a PNG file beside the configuration)yaml",
    .failing = R"yaml(portal:
  logo: logo.png   # a symbolic link to /etc/passwd)yaml",
    .reach = Reach::document,
};

// In the order `gcsj rules` lists them.
inline constexpr std::array kConfigRules{
    &kUnknownRule,  &kWaiverIncomplete, &kWaiverExpired,
    &kWaiverUnused, &kPortalSetting,    &kPortalFile,
};

}  // namespace gcsj::config
