#!/usr/bin/env python3
"""`gcsj lsp` in a real client: Debian's neovim (0.7+, its built-in LSP client), headless.

    check_neovim.py GCSJ_BINARY [SOURCE_DIR]

On a copy of examples/registry with a partner whose key `catgory` is one letter off (unknown-key,
with a "did you mean" quick fix), neovim opens that file (tests/lsp/neovim_session.lua), reads
the diagnostics of every file (vim.diagnostic.get), asks for the code actions at the unknown key,
applies the quick fix with vim.lsp.util.apply_workspace_edit, and waits for the new diagnostics.
Checked, in English and in French (`locale: fr` set in before_init): neovim's diagnostics are
`gcsj validate --as-of D -f json`'s findings at the same positions (line, byte column as neovim
shows them, rule, severity), with validate's messages in that language (and the paragraph); the
fix turns `catgory` into `category` and its finding goes, with nothing else of the buffer changed;
the server exits with status 0 when neovim stops it; no file of the registry changed (neovim
never wrote the buffer). The quick fix is checked once `validate -f json` gives findings their
`fix`; until then the same edit is typed in the buffer (neovim's own didChange) and the
diagnostics after it checked alike. Exit status 77 (skipped) when nvim is not installed.
"""
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lsp_client  # noqa: E402
from planted import TYPO  # noqa: E402

AS_OF = "2026-11-29"
HERE = os.path.dirname(os.path.abspath(__file__))
binary = os.path.abspath(sys.argv[1])
source = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.dirname(
    os.path.dirname(HERE))
NVIM = shutil.which("nvim")
if not NVIM:
    print("nvim is not installed: skipped")
    sys.exit(77)

NVIM_SEVERITY = {"error": 1, "warning": 2, "note": 3}  # vim.diagnostic.severity: ERROR 1 .. INFO 3
failures = []


def fail(text):
    failures.append(text)


def expected(findings, lang):
    """validate's findings as neovim shows them: (file, 0-based line, byte column, rule,
    severity)."""
    out = collections.Counter()
    for f in findings:
        line = lsp_client.line_text(f["file"], f["line"])
        out[(f["file"], f["line"] - 1, lsp_client.byte_of(line, f["column"]), f["rule"],
             NVIM_SEVERITY[f["severity"]])] += 1
    return out


def seen(diagnostics):
    return collections.Counter((os.path.abspath(d["file"]), d["lnum"], d["col"], d["code"],
                                d["severity"]) for d in diagnostics)


def difference(want, got):
    lines = [f"missing {k}" for k in sorted(want - got)[:8]]
    lines += [f"extra {k}" for k in sorted(got - want)[:8]]
    return "\n    " + "\n    ".join(lines)


def findings_of(root, lang):
    report = lsp_client.validate_json(binary, AS_OF, root, lang=lang)
    for f in report["findings"]:
        f["file"] = os.path.abspath(f["file"])
    return report["findings"]


def session(work, locale):
    root = os.path.join(work, f"registry-{locale}")
    shutil.copytree(os.path.join(source, "examples", "registry"), root)
    typo = os.path.join(root, "partners", "typo-partner.yaml")
    with open(typo, "w", encoding="utf-8") as f:
        f.write(TYPO)
    before = lsp_client.snapshot(root)
    lang = locale.split("-")[0]
    findings = findings_of(root, lang)
    if not any(f["rule"] == "unknown-key" and f["file"] == typo for f in findings):
        fail(f"[{locale}] validate reports no unknown-key in the planted file")
        return
    # The quick fix is checked once findings carry their fix (validate -f json's `fix`).
    with_fix = any("fix" in f for f in findings)
    fixes_checked.append(with_fix)
    if not with_fix:
        print(f"[{locale}] validate -f json gives no `fix` yet: the edit is typed instead")
    out = os.path.join(work, f"nvim-{locale}.json")
    config = os.path.join(work, f"config-{locale}.json")
    with open(config, "w") as f:
        json.dump({"binary": binary, "root": root, "file": typo, "as_of": AS_OF, "locale": locale,
                   "fix_code": "unknown-key" if with_fix else None, "out": out,
                   "timeout_ms": 30000}, f)
    home = os.path.join(work, "home")
    os.makedirs(home, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "NVIM", "VIM"))}
    env.update(GCSJ_NVIM_CONFIG=config, HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"),
               XDG_STATE_HOME=os.path.join(home, ".state"),
               XDG_DATA_HOME=os.path.join(home, ".data"))
    try:
        done = subprocess.run([NVIM, "--headless", "--clean", "-n", "-i", "NONE", "-c",
                               "luafile " + os.path.join(HERE, "neovim_session.lua")],
                              env=env, cwd=root, capture_output=True, text=True, timeout=180,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        fail(f"[{locale}] neovim did not finish within 180 s")
        return
    if not os.path.exists(out):
        fail(f"[{locale}] neovim wrote no report (status {done.returncode}): {done.stderr[-2000:]}"
             f"{done.stdout[-2000:]}")
        return
    with open(out) as f:
        report = json.load(f)
    if report.get("error"):
        fail(f"[{locale}] the session stopped after {report.get('steps')}: {report['error']}")
    diagnostics = report.get("diagnostics") or []
    want, got = expected(findings, lang), seen(diagnostics)
    if want != got:
        fail(f"[{locale}] neovim's diagnostics are not validate's findings:"
             + difference(want, got))
    messages = {(f["file"], f["line"] - 1, f["rule"]): f for f in findings}
    wrong = []
    for d in diagnostics:
        f = messages.get((os.path.abspath(d["file"]), d["lnum"], d["code"]))
        if f and not (d["message"].startswith(f["message"]) and (
                f["paragraph"] is None or f["paragraph"] in d["message"][len(f["message"]):])):
            wrong.append(f"{d['message']!r} (validate: {f['message']!r}, ¶{f['paragraph']})")
        if d.get("source") != "gcsj":
            wrong.append(f"source {d.get('source')!r}")
    if wrong:
        fail(f"[{locale}] messages: " + "; ".join(wrong[:5]))
    english = {f["message"] for rule in findings_of_english.values() for f in rule}
    if lang == "fr" and all(d["message"].startswith(tuple(english)) for d in diagnostics):
        fail(f"[{locale}] every diagnostic is in English")
    if not report.get("error"):
        text = report.get("text_after_fix", "")
        if text != TYPO.replace("catgory:", "category:", 1):
            fail(f"[{locale}] the quick fix ({report.get('applied')!r}) made the buffer "
                 f"{text!r}, expected only `catgory` -> `category`")
        after = [d for d in report.get("diagnostics_after_fix") or []
                 if os.path.abspath(d["file"]) == typo]
        # What the buffer holds after the fix, judged by validate: the same findings.
        fixed_root = os.path.join(work, f"fixed-{locale}")
        shutil.copytree(root, fixed_root)
        with open(os.path.join(fixed_root, "partners", "typo-partner.yaml"), "w") as f:
            f.write(TYPO.replace("catgory:", "category:", 1))
        fixed = [dict(f, file=f["file"].replace(fixed_root, root, 1))
                 for f in findings_of(fixed_root, lang) if f["file"].endswith("typo-partner.yaml")]
        want_after = expected([dict(f, file=os.path.join(fixed_root, "partners",
                                                          "typo-partner.yaml")) for f in fixed],
                              lang)
        want_after = collections.Counter({(typo, *k[1:]): n for k, n in want_after.items()})
        if seen(after) != want_after:
            fail(f"[{locale}] after the fix, the buffer's diagnostics are not validate's:"
                 + difference(want_after, seen(after)))
    if not report.get("error"):
        if report.get("exit_code") != 0:
            fail(f"[{locale}] the server's exit status when neovim stopped it: "
                 f"{report.get('exit_code')} (signal {report.get('exit_signal')})")
    if lsp_client.snapshot(root) != before:
        fail(f"[{locale}] a file of the registry changed")
    print(f"[{locale}] {len(diagnostics)} diagnostics, first after "
          f"{report.get('first_diagnostics_ms', 0):.0f} ms; fix {report.get('applied')!r}, "
          f"new diagnostics after {report.get('fix_diagnostics_ms', 0):.0f} ms")


work = tempfile.mkdtemp(prefix="gcsj-lsp-neovim-")
english_root = os.path.join(work, "english")
shutil.copytree(os.path.join(source, "examples", "registry"), english_root)
with open(os.path.join(english_root, "partners", "typo-partner.yaml"), "w") as f:
    f.write(TYPO)
fixes_checked = []  # per session: whether the quick fix was checked
findings_of_english = collections.defaultdict(list)
for finding in findings_of(english_root, "en"):
    findings_of_english[finding["rule"]].append(finding)
for locale in ("en", "fr"):
    session(work, locale)
if failures:
    print(f"{len(failures)} failure(s) (work kept in {work}):")
    for failure in failures:
        print("  " + failure)
    sys.exit(1)
shutil.rmtree(work)
print("gcsj lsp in neovim: diagnostics at validate's positions, in English and French"
      + ("; the quick fix applied and its finding gone" if all(fixes_checked) else ""))
