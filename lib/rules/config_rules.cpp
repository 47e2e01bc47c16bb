#include "rules/config_rules.hpp"

namespace gcsj::rules::config {
using findings::Severity;

const Rule kUnknownRule{
    "unknown-rule", "", Severity::error, "The configuration names a rule gcsj does not have.",
    "A severity override or waiver for a misspelt rule id would silently do nothing; `gcsj rules` "
    "lists the ids."};

const Rule kWaiverIncomplete{
    "waiver-incomplete", "", Severity::error,
    "A waiver lacks its rule, its partner or member, a reason, an approver or an expiry date.",
    "A waiver is an acknowledged exception to one rule for one partner (`partner: id`) or one "
    "Group "
    "member (`member: name`), with the `reason`, who `approved_by` it and the date it `expires`, "
    "so "
    "that every exception can be reviewed and none lasts for ever."};

const Rule kWaiverExpired{
    "waiver-expired", "", Severity::warning, "A waiver has expired.",
    "A waiver stops applying the day after its `expires` date: the finding it covered is reported "
    "again, and the stale waiver itself is reported so it is renewed or removed."};

const Rule kWaiverUnused{
    "waiver-unused", "", Severity::note, "A waiver covers no finding.",
    "A waiver that matches no finding is out of date (the problem was fixed, or the partner id or "
    "member name is misspelt) and can be removed."};

}  // namespace gcsj::rules::config
