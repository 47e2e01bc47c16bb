#include "rules/config_rules.hpp"

namespace gcsj::rules::config {
using findings::Severity;

const Rule kUnknownRule{
    "unknown-rule",
    "",
    Severity::error,
    "The configuration names a rule gcsj does not have.",
    "A severity override or waiver for a misspelt rule id would silently do nothing; `gcsj rules` "
    "lists the ids.",
    nullptr,
    R"yaml(rules:
  member-level: note)yaml",
    R"yaml(rules:
  member-levels: note)yaml"};

const Rule kWaiverIncomplete{
    "waiver-incomplete",
    "",
    Severity::error,
    "A waiver lacks its rule, its partner or member, a reason, an approver or an expiry date.",
    "A waiver is an acknowledged exception to one rule for one partner (`partner: id`) or one "
    "Group "
    "member (`member: name`), with the `reason`, who `approved_by` it and the date it `expires`, "
    "so "
    "that every exception can be reviewed and none lasts for ever.",
    nullptr,
    R"yaml(- rule: ngo-accreditation
  partner: acme
  reason: ECOSOC status pending
  approved_by: Head of secretariat
  expires: 2027-03-31)yaml",
    R"yaml(- rule: ngo-accreditation
  partner: acme   # no reason, approver or expiry)yaml"};

const Rule kWaiverExpired{
    "waiver-expired",
    "",
    Severity::warning,
    "A waiver has expired.",
    "A waiver stops applying the day after its `expires` date: the finding it covered is reported "
    "again, and the stale waiver itself is reported so it is renewed or removed.",
    nullptr,
    R"yaml(expires: 2027-03-31   # as of 2026-11-29)yaml",
    R"yaml(expires: 2026-06-30   # as of 2026-11-29)yaml"};

const Rule kWaiverUnused{
    "waiver-unused",
    "",
    Severity::note,
    "A waiver covers no finding.",
    "A waiver that matches no finding is out of date (the problem was fixed, or the partner id or "
    "member name is misspelt) and can be removed.",
    nullptr,
    R"yaml(- rule: ngo-accreditation
  partner: acme   # acme has that finding)yaml",
    R"yaml(- rule: ngo-accreditation
  partner: acme-ngo   # no such partner)yaml"};

}  // namespace gcsj::rules::config
