#!/usr/bin/env python3
"""What the command line does with input it cannot trust, run on the built binary.

    check_untrusted_input.py GCSJ_BINARY SOURCE_DIR

- Echoed input: every message that repeats an argument, a path or a revision (CLI11's errors, a
  missing path, an unknown rule or command, the configuration's path, --base errors) reaches the
  terminal without a control character: no ESC, BEL, C0 or C1 control (U+0080..U+009F).
- Empty values: `-o ""` and `--lang ""` are usage errors (exit 2), never standard output or the
  locale's language.
- Links: `-o FILE` and `publish --out DIR` never write through a symbolic link that lies inside
  the registry checked or its repository's work tree (a committed `gcsj.sarif -> victim`, a linked
  directory on the way), and never create a file through a dangling link: exit 2, the victim
  untouched; a plain path, standard output and /dev/null still work. A command that reads no
  registry (`schema -o`, `validate - -o`) guards the work tree of the current directory and of
  FILE's directory. `gcsj init` refuses links (exit 2) with and without --force, below DIR and
  among DIR's own names (`reg/sub` with `reg` a link, `plain/l/..`), and a path the system cannot
  inspect is exit 2, not 3.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

binary, source = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
failures = []
# C0 controls but tab and newline, DEL, and C1 controls as UTF-8 (or as raw bytes, not UTF-8).
CONTROL = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|(?<![\xc2-\xf4])[\x80-\x9f]")


def run(args, cwd=None, stdin=subprocess.DEVNULL):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "GCSJ", "LC_"))}
    env.update(LANG="C", HOME=cwd or source)
    return subprocess.run([binary, *args], cwd=cwd or source, env=env, stdin=stdin,
                          capture_output=True)


def expect(name, done, status, stderr_has=None):
    if done.returncode != status:
        failures.append(f"{name}: exit {done.returncode}, expected {status}: "
                        f"{done.stderr[-400:]!r}")
    if stderr_has is not None and stderr_has.encode() not in done.stderr:
        failures.append(f"{name}: stderr lacks {stderr_has!r}: {done.stderr[-400:]!r}")


def no_control(name, done, status=2):
    expect(name, done, status)
    for stream, data in (("stdout", done.stdout), ("stderr", done.stderr)):
        found = CONTROL.search(data)
        if found:
            failures.append(f"{name}: a control character {found.group()!r} on {stream}: "
                            f"{data[-300:]!r}")
    if not done.stderr:
        failures.append(f"{name}: no message at all")


def git(cwd, *args):
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@x", "-c",
                    "commit.gpgsign=false", *args], cwd=cwd, check=True, capture_output=True)


def echoed_input(root):
    esc, bel, csi = "\x1b[31m", "\x07", "\u009b"
    title = "\x1b]0;x\x07"
    cases = {
        "--lang": ["validate", "--lang", title, "examples/registry"],
        "--lang of publish": ["publish", "--lang", title, "--out", os.path.join(root, "site"),
                              "examples/registry"],
        "explain": ["explain", esc],
        "explain, a C1 CSI": ["explain", "ngo" + csi + "2J"],
        "an unknown command": ["validat" + esc],
        "an unknown subcommand of help": ["help", "group", esc + bel],
        "a missing path": ["validate", "missing" + esc + csi],
        "a missing --config": ["validate", "--config", "x" + title, "examples/registry"],
        "--format": ["validate", "-f", esc, "examples/registry"],
        "--as-of": ["validate", "--as-of", "2026" + esc, "examples/registry"],
        "an unknown option": ["validate", "--" + esc],
        "a raw C1 byte": ["validate", b"bad\x9b31m".decode("latin-1")],
    }
    for name, args in cases.items():
        if name == "a raw C1 byte":
            args = [binary, "validate", b"bad\x9b31m"]
            done = subprocess.run(args, cwd=source, capture_output=True,
                                  stdin=subprocess.DEVNULL)
        else:
            done = run(args)
        no_control("echoed input: " + name, done)

    # The configuration's path, and --base errors, in a repository whose directory names hold
    # escape sequences.
    repo = os.path.join(root, "repo" + esc)
    registry = os.path.join(repo, "reg" + title)
    shutil.copytree(os.path.join(source, "examples/registry"), registry)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "base")
    os.symlink("/etc/hostname", os.path.join(registry, ".gcsj.yaml"))
    no_control("echoed input: a linked configuration's path", run(["validate", registry]))
    os.remove(os.path.join(registry, ".gcsj.yaml"))
    with open(os.path.join(registry, ".gcsj.yaml"), "w") as f:
        f.write("rules:\n  missing-kind: off\n")
    no_control("echoed input: a configuration that turns a format rule off",
               run(["validate", registry]))
    os.remove(os.path.join(registry, ".gcsj.yaml"))
    for revision in ("nope" + esc, "main:" + title, "main^{/" + esc + "}"):
        no_control(f"echoed input: --base {revision!r}",
                   run(["validate", "--base", revision, registry]))
        no_control(f"echoed input: changes --base {revision!r}",
                   run(["changes", "--base", revision, registry]))
    # git refuses control characters in a reference's name: the path carries them here.
    git(repo, "tag", "ambiguous")
    git(repo, "branch", "ambiguous")
    no_control("echoed input: an ambiguous --base",
               run(["validate", "--base", "ambiguous", registry]))


def empty_values(root):
    out = os.path.join(root, "empty")
    for name, args in {
        "validate -o ''": ["validate", "-o", "", "examples/registry"],
        "validate --output=''": ["validate", "--output=", "examples/registry"],
        "changes -o ''": ["changes", "--from", "2025-01-01", "-o", "", "examples/registry"],
        "list partners -o ''": ["list", "partners", "-o", "", "examples/registry"],
        "report -o ''": ["report", "-o", "", "examples/registry"],
        "schema -o ''": ["schema", "partner", "-o", ""],
        "validate --lang ''": ["validate", "--lang", "", "examples/registry"],
        "explain --lang ''": ["explain", "--lang", "", "ngo-international"],
        "publish --lang ''": ["publish", "--lang", "", "--out", out, "examples/registry"],
        "init ''": ["init", ""],
    }.items():
        done = run(args, cwd=root if args[0] == "init" else None)  # init writes where it runs
        expect(name, done, 2, "gcsj: error:")
        if done.stdout:
            failures.append(f"{name}: wrote to standard output: {done.stdout[:200]!r}")


def checkout(root):
    """A clone whose pull request commits links into its work tree and registry."""
    work = os.path.join(root, "checkout")
    shutil.copytree(os.path.join(source, "examples/registry"), os.path.join(work, "registry"))
    home = os.path.join(root, "home")
    os.makedirs(os.path.join(home, "reports"))
    with open(os.path.join(home, ".credentials"), "w") as f:
        f.write("secret\n")
    os.makedirs(os.path.join(home, "site"))
    git(work, "init", "-q", "-b", "main")
    git(work, "add", "-A")
    git(work, "commit", "-q", "-m", "base")
    os.symlink("../home/.credentials", os.path.join(work, "gcsj.sarif"))
    os.symlink("../../home/.credentials", os.path.join(work, "registry", "report.json"))
    os.symlink("../home/reports", os.path.join(work, "reports"))
    os.symlink("../home/created", os.path.join(work, "dangling.sarif"))
    os.symlink("../home/site", os.path.join(work, "public"))
    git(work, "add", "-A")
    git(work, "commit", "-q", "-m", "a hostile pull request")
    return work, home


def links(root):
    work, home = checkout(root)
    victim = os.path.join(home, ".credentials")
    refusals = {
        "validate -o LINK (work tree)": ["validate", "-f", "sarif", "-o", "gcsj.sarif", "registry"],
        "validate -o LINK (registry)": ["validate", "-o", "registry/report.json", "registry"],
        "validate -o LINKED-DIR/FILE": ["validate", "-o", "reports/gcsj.sarif", "registry"],
        "validate -o DANGLING": ["validate", "-o", "dangling.sarif", "registry"],
        "validate --base -o LINK": ["validate", "--base", "main", "-o", "gcsj.sarif", "registry"],
        "changes --base -o LINK": ["changes", "--base", "main", "-o", "gcsj.sarif", "registry"],
        "changes -o LINK": ["changes", "--from", "2025-01-01", "-o", "gcsj.sarif", "registry"],
        "list partners -o LINK": ["list", "partners", "-o", "gcsj.sarif", "registry"],
        "report -o LINK": ["report", "-o", "reports/report.md", "registry"],
        "publish --out LINK": ["publish", "--out", "public", "registry"],
        "publish --out LINK/": ["publish", "--out", "public/", "registry"],
        # No registry read: the work tree of the current directory is guarded all the same.
        "schema -o LINK": ["schema", "partner", "-o", "gcsj.sarif"],
        "schema -o LINKED-DIR/FILE": ["schema", "partner", "-o", "reports/partner.schema.json"],
        "validate - -o LINK": ["validate", "-f", "sarif", "-", "-o", "gcsj.sarif"],
        "list partners - -o LINK": ["list", "partners", "-", "-o", "gcsj.sarif"],
    }
    for name, args in refusals.items():
        done = run(args, cwd=work)
        expect(name, done, 2, "symbolic link")
    # ... and the work tree holding FILE's directory, from outside it.
    expect("schema -o CHECKOUT/LINK from outside",
           run(["schema", "partner", "-o", os.path.join(work, "reports", "x.json")], cwd=root),
           2, "symbolic link")
    expect("validate - -o CHECKOUT/LINK from outside",
           run(["validate", "-", "-o", os.path.join(work, "gcsj.sarif")], cwd=root),
           2, "symbolic link")
    if open(victim).read() != "secret\n":
        failures.append("links: the victim outside the work tree was overwritten")
    for leftover in ("created", os.path.join("reports", "gcsj.sarif"),
                     os.path.join("reports", "report.md"),
                     os.path.join("reports", "partner.schema.json"),
                     os.path.join("reports", "x.json")):
        if os.path.lexists(os.path.join(home, leftover)):
            failures.append(f"links: {leftover} was created outside the work tree")
    if os.listdir(os.path.join(home, "site")):
        failures.append("links: publish wrote into the linked directory")
    # A dangling link outside any registry creates nothing either.
    os.symlink("nowhere/x", os.path.join(root, "elsewhere.json"))
    expect("validate -o DANGLING outside", run(["validate", "-o", os.path.join(
        root, "elsewhere.json"), "examples/registry"]), 2, "does not exist")
    os.symlink("nowhere/site", os.path.join(root, "dangling-site"))
    expect("publish --out DANGLING outside", run(["publish", "--out", os.path.join(
        root, "dangling-site"), "examples/registry"]), 2, "does not exist")
    if os.path.exists(os.path.join(root, "nowhere")):
        failures.append("publish --out DANGLING outside: created the site through the link")
    # What keeps working: a plain path, standard output, /dev/null, a link outside the checkout.
    with open(os.path.join(home, "reports", "mine.json"), "w") as f:
        f.write("old\n")
    os.symlink(os.path.join(home, "reports", "mine.json"), os.path.join(root, "mine.json"))
    os.symlink(os.path.join(home, "reports", "mine.schema.json"),
               os.path.join(root, "mine.schema.json"))
    with open(os.path.join(home, "reports", "mine.schema.json"), "w") as f:
        f.write("old\n")
    for name, args in {
        "a plain path": ["validate", "-o", "plain.sarif", "registry"],
        "-": ["validate", "-o", "-", "registry"],
        "/dev/null": ["validate", "-o", "/dev/null", "registry"],
        "/dev/stdout": ["validate", "-o", "/dev/stdout", "registry"],
        "a link outside the checkout": ["validate", "-o", os.path.join(root, "mine.json"),
                                        "-f", "json", "registry"],
        "publish to a plain path": ["publish", "--out", os.path.join(root, "site"), "registry"],
        "schema to a plain path": ["schema", "partner", "-o", "partner.schema.json"],
        "schema to a link outside the checkout": ["schema", "partner", "-o",
                                                  os.path.join(root, "mine.schema.json")],
    }.items():
        expect(f"-o {name}", run(args, cwd=work), 0)
    if not os.path.exists(os.path.join(work, "plain.sarif")):
        failures.append("-o a plain path: not written")
    if "findings" not in open(os.path.join(home, "reports", "mine.json")).read():
        failures.append("-o a link outside the checkout: not written through")
    if not os.path.exists(os.path.join(work, "partner.schema.json")):
        failures.append("schema -o a plain path: not written")
    if "$schema" not in open(os.path.join(home, "reports", "mine.schema.json")).read():
        failures.append("schema -o a link outside the checkout: not written through")


def init(root):
    home = os.path.join(root, "init-home")
    os.makedirs(home)
    with open(os.path.join(home, "victim"), "w") as f:
        f.write("keep\n")
    os.makedirs(os.path.join(home, "victim-dir"))
    layouts = {
        "a dangling link": ("partners/example-institute.yaml", "../../init-home/created"),
        "a link to a file": (".gcsj.yaml", "../init-home/victim"),
        "a linked directory": ("schemas", "../init-home/victim-dir"),
    }
    for name, (path, target) in layouts.items():
        registry = os.path.join(root, "init-" + name.replace(" ", "-"))
        os.makedirs(os.path.dirname(os.path.join(registry, path)), exist_ok=True)
        os.symlink(target, os.path.join(registry, path))
        for force in ([], ["--force"]):
            done = run(["init", *force, registry], cwd=root)
            expect(f"init {' '.join(force)} over {name}", done, 2, "symbolic link")
            if b"created" in done.stdout:
                failures.append(f"init {force} over {name}: says it created a file")
    if open(os.path.join(home, "victim")).read() != "keep\n":
        failures.append("init: the linked file was overwritten")
    if os.path.lexists(os.path.join(home, "created")) or os.listdir(os.path.join(home, "victim-dir")):
        failures.append("init: a file was created through a link")
    # A link among DIR's own names (a committed `reg -> elsewhere`, `plain/l/..`): refused too.
    os.makedirs(os.path.join(home, "way"))
    os.symlink("init-home/way", os.path.join(root, "init-way"))
    os.makedirs(os.path.join(root, "init-plain"))
    os.symlink("../init-home/way", os.path.join(root, "init-plain", "l"))
    for directory in ("init-way", "init-way/sub", "init-way/", "./init-way/sub/..",
                      "init-plain/l/..", "init-plain/l/../l", "init-plain/l/sub",
                      os.path.join(root, "init-way", "sub")):
        for force in ([], ["--force"]):
            done = run(["init", *force, directory], cwd=root)
            expect(f"init {' '.join(force)} {directory}", done, 2, "symbolic link")
            if b"created" in done.stdout:
                failures.append(f"init {force} {directory}: says it created a file")
    if sorted(os.listdir(home)) != ["victim", "victim-dir", "way"]:
        failures.append(f"init: files created beside the victim: {sorted(os.listdir(home))}")
    if os.listdir(os.path.join(home, "way")):
        failures.append("init: files created through a linked directory on the way")
    if os.listdir(os.path.join(root, "init-plain")) != ["l"]:
        failures.append("init: files created beside a link on the way")
    # A path the system refuses to inspect (a name longer than NAME_MAX): exit 2, not 3.
    expect("init: a name too long", run(["init", os.path.join(root, "n" * 300)], cwd=root), 2,
           "gcsj: error:")
    loop = os.path.join(root, "loop")
    os.symlink("loop", loop)
    expect("init: a loop of links", run(["init", loop], cwd=root), 2, "gcsj: error:")


def main():
    if not shutil.which("git"):
        print("git is not installed: skipped")
        return 77
    root = tempfile.mkdtemp(prefix="gcsj-untrusted-")
    try:
        echoed_input(root)
        empty_values(root)
        links(root)
        init(root)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    for failure in failures:
        print("FAIL:", failure)
    print(f"untrusted input: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
