#!/usr/bin/env python3
"""Runs `validate --base DIR` on pull requests that try to pass a new error off as an old one.

    check_base_identity.py GCSJ_BINARY

Each case writes a base version and a pull request of a small registry (directories, as
`--base ./DIR` reads them) with the configuration of the base, and expects the exit status of
the check: 1 when the pull request adds an error, however it is placed. A finding is known by
its rule, file, subject (partner, member, seat, the Group) and message; a failing finding is never
matched by one that did not fail (waived); the summary past the per-rule limit stands for the
findings it counts, and is waived only when each of them would be.
"""
import os
import subprocess
import sys
import tempfile

binary = os.path.abspath(sys.argv[1])
AS_OF = "2025-06-01"


def partner(pid, international="true", domains="[protection]", first=False):
    return ("" if first else "---\n") + f"""kind: partner
id: {pid}
name: Partner {pid}
category: ngo
status: admitted
admitted: 2024-02-01
international: {international}
accreditation:
  ecosoc: special
adherence:
  declared: 2024-01-15
  advocate: true
  uphold: true
  contribute: true
  levels: [national]
actions:
  - title: Extend social protection
    domains: {domains}
"""


def waiver(rule, pid):
    return (f"waivers:\n  - rule: {rule}\n    partner: {pid}\n    reason: Pending review\n"
            "    approved_by: Head of secretariat\n    expires: 2030-01-01\n")


def write(root, files):
    for name, text in files.items():
        path = os.path.join(root, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


def run(tmp, name, base, head, config, expected, with_base=True):
    root = os.path.join(tmp, name)
    write(os.path.join(root, "before"), base)
    write(os.path.join(root, "after"), head)
    if config:  # the base's own, and the same in the pull request
        write(root, {"before/.gcsj.yaml": config, "after/.gcsj.yaml": config})
    args = [binary, "validate", "--as-of", AS_OF]
    if with_base:
        args += ["--base", "./before"]
    args += ["after"]
    done = subprocess.run(args, cwd=root, capture_output=True, text=True)
    if done.returncode != expected:
        return [f"{name}{'' if with_base else ' (without --base)'}: exit {done.returncode}, "
                f"expected {expected}\n{done.stdout}{done.stderr}"]
    return []


def main():
    failures = []
    many = "[" + ", ".join(["climate"] * 1001) + "]"
    with tempfile.TemporaryDirectory() as tmp:
        cases = [
            # 1. A waived finding absorbs a new one: an unwaived ineligible NGO before the waived.
            ("waived-absorbs-new",
             {"partners.yaml": partner("p", "false", first=True)},
             {"partners.yaml": partner("n", "false", first=True) + partner("p", "false")},
             waiver("ngo-international", "p"), 1),
            # 2. A fixed finding pays for a new one, in one partners.yaml...
            ("fixed-pays-for-new",
             {"partners.yaml": partner("a", "false", first=True) + partner("b", "false")},
             {"partners.yaml": partner("a", first=True) + partner("b", "false")
              + partner("c", "false")}, None, 1),
            # ... and as a second document of a fixed partner's own file.
            ("fixed-pays-for-new-per-file",
             {"partners/a.yaml": partner("a", "false", first=True),
              "partners/b.yaml": partner("b", first=True)},
             {"partners/a.yaml": partner("a", first=True) + partner("c", "false"),
              "partners/b.yaml": partner("b", first=True)}, None, 1),
            # A change that only moves partners about introduces nothing.
            ("reordered-unchanged",
             {"partners.yaml": partner("a", "false", first=True) + partner("b", "false")},
             {"partners.yaml": partner("b", "false", first=True) + partner("a", "false")},
             None, 0),
            # 3. The "N more findings" summary of p's waived findings hides q's error.
            ("summary-inherits-waiver",
             {"partners.yaml": partner("p", domains=many, first=True) + partner("q")},
             {"partners.yaml": partner("p", domains=many, first=True)
              + partner("q", domains="[climate]")},
             waiver("action-domains", "p"), 1),
            # The summary of p's own findings stays waived, and unchanged.
            ("summary-of-one-subject",
             {"partners.yaml": partner("p", domains=many, first=True) + partner("q")},
             {"partners.yaml": partner("p", domains=many, first=True) + partner("q")},
             waiver("action-domains", "p"), 0),
        ]
        for name, base, head, config, expected in cases:
            failures += run(tmp, name, base, head, config, expected)
        # Without --base, the summary that counts q's error fails the run too.
        name, base, head, config, _ = cases[4]
        failures += run(tmp, name + "-alone", base, head, config, 1, with_base=False)
    for failure in failures:
        print(failure)
    print(f"validate --base: {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
