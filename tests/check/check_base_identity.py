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


def partner(pid, international="true", domains="[protection]", first=False, name=None,
            kind=True, extra=""):
    head = "" if first else "---\n"
    kind_line = "kind: partner\n" if kind else ""
    id_line = f"id: {pid}\n" if pid is not None else ""
    return head + kind_line + id_line + f"""name: {name or 'Partner ' + str(pid)}
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
""" + extra


# The Coordinating Group of the example registry, and its partners, with changes.
EXAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "examples",
                       "registry")


def example(group_text):
    files = {}
    for name in sorted(os.listdir(os.path.join(EXAMPLE, "partners"))):
        with open(os.path.join(EXAMPLE, "partners", name), encoding="utf-8") as f:
            files["partners/" + name] = f.read()
    files["coordinating-group.yaml"] = group_text
    return files


def example_group():
    with open(os.path.join(EXAMPLE, "coordinating-group.yaml"), encoding="utf-8") as f:
        return f.read()


def member(name, partner_id, start="2024-06-01", end=None):
    entry = f"  - name: {name}\n" if name else "  - "
    entry += ("" if not name else "    ") + f"partner: {partner_id}\n"
    entry += "    seat: workers\n    level: equivalent\n    gender: woman\n"
    entry += f"    terms:\n      - start: {start}\n"
    if end:
        entry += f"        end: {end}\n"
    return entry + "        nominated_by: workers-group\n"


def at_end(text, entry):  # the last member, before `meetings:`
    i = text.index("\nmeetings:")
    return text[:i + 1] + entry + text[i + 1:]


def before(text, name, entry):
    i = text.index("  - name: " + name)
    return text[:i] + entry + text[i:]


def entry_span(text, name):
    i = text.index("  - name: " + name + "\n")
    return i, text.index("  - name:", i + 5)


def unname(text, name):
    """The entry of NAME without its name, and with a term longer than four years."""
    i, j = entry_span(text, name)
    entry = text[i:j].replace("  - name: " + name + "\n    ", "  - ", 1)
    entry = entry.replace("start: 2024-06-01\n", "start: 2024-06-01\n        end: 2029-06-01\n", 1)
    return text[:i] + entry + text[j:]


def replace_entry(text, name, entry):
    i, j = entry_span(text, name)
    return text[:i] + entry + text[j:]


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
        group = example_group()
        unknown_keys = "".join(f"k{i}: 1\n" for i in range(1000))
        seventh = member("N. Seventh", "industriall")
        unnamed = member(None, "kspi", end="2029-06-01")
        former = member("R. Returning", "{p}", end="2024-12-31")
        returning = member("R. Returning", "ghost-union", start="2025-01-01")
        cases += [
            # A partner without an id is fixed (given one); a new one without an id, with the same
            # error, is its own subject, not the fixed one's.
            ("no-id-trade",
             {"partners.yaml": partner(None, "false", first=True, name="Old") + partner("b")},
             {"partners.yaml": partner("old", first=True, name="Old") + partner("b")
              + partner(None, "false", name="Evil")}, None, 1),
            # A document without `kind` after `a` is its own subject, not a's: the old one became
            # a partner, a new one after `a` is introduced...
            ("kindless-trade",
             {"partners.yaml": partner("a", first=True) + partner("d", kind=False)},
             {"partners.yaml": partner("d", first=True) + partner("a")
              + partner("evil", "false", kind=False)}, None, 1),
            # ... and a partner added before an old kindless document introduces nothing.
            ("kindless-honest-add",
             {"partners.yaml": partner("a", first=True) + partner("d", kind=False)},
             {"partners.yaml": partner("a", first=True) + partner("b")
              + partner("d", kind=False)}, None, 0),
            # Past the limit, the loader's findings are counted with their partner: an unknown
            # key moved from a fixed partner q to a new partner r is introduced.
            ("cap-loader-trade",
             {"partners.yaml": partner("p", first=True, extra=unknown_keys)
              + partner("q", extra="zz: 1\n") + partner("s", extra="yy: 1\n")},
             {"partners.yaml": partner("p", first=True, extra=unknown_keys) + partner("q")
              + partner("s", extra="yy: 1\n") + partner("r", extra="zz: 1\n")}, None, 1),
            # An unnamed member entry with a term too long is fixed; another entry loses its
            # name and gets the same term: its own subject (partner, seat, first day).
            ("group-unnamed-trade",
             example(unname(group, "G. Wanjiru")), example(unname(group, "K. Fischer")), None, 1),
            # A former member's entry naming a missing partner is fixed; a new, sitting entry of
            # the same name naming the same missing partner is another entry.
            ("group-name-reuse",
             example(at_end(group, former.format(p="ghost-union"))),
             example(at_end(replace_entry(group, "K. Fischer", returning),
                            former.format(p="dgb"))), None, 1),
            # An over-filled seat is about the seat: reordering its members changes nothing...
            ("group-seat-reorder",
             example(at_end(group, seventh)), example(before(group, "L. Boateng", seventh)),
             None, 0),
            # ... nor does moving an unnamed member's entry.
            ("group-unnamed-move",
             example(at_end(group, unnamed)), example(before(group, "L. Boateng", unnamed)),
             None, 0),
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
