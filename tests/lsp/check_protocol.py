#!/usr/bin/env python3
"""`gcsj lsp` against what an editor does, right and wrong (issue 27).

    check_protocol.py GCSJ_BINARY [SOURCE_DIR]          LSP_CHECKS=check_a,check_b: a subset

Malformed input, each in a fresh server: a header without a valid Content-Length, garbage before
"Content-Length:", a Content-Length too short (the server resyncs on the next header), a body that
is not JSON, JSON that is not a request, a Content-Length over the server's limit (its body
discarded without the server's memory growing), an unknown method or notification, a request
before `initialize` and after `shutdown`, `exit` with and without `shutdown`, input that ends
inside a message. Each must get its JSON-RPC error (id null when the id is unknown) and the server
must then answer the next request: it never crashes (no signal, no exit status 3, no sanitizer
report). Odd documents too: an untitled buffer, changes and closes of documents never opened, an
incremental change, requests with missing params, a file outside the workspace (judged alone, its
siblings never read, its diagnostics cleared on close), no workspace folder at all, buffers that
are not YAML, an 8 MiB buffer.

A valid session on a copy of examples/registry with findings planted in it (a "did you mean" key,
a duplicate key with its related location, a finding after a character outside the BMP, so that
UTF-16 columns differ from code points), in a directory whose URI needs percent-encoding: the
diagnostics of every file equal `gcsj validate --as-of D -f json` (file, line, UTF-16 column,
rule, severity, related locations, the message with its paragraph), in French and Spanish with
`locale` fr-FR and es; the workspace's .gcsj.yaml applies; an edit of one partner re-publishes
the diagnostics of the OTHER files it changes, unopened ones too (a Group member's partner
renamed: the Group file; two government partners given one country: the other partner), and
closing the buffer unsaved brings the files' own findings back. Every finding validate gives a
`fix` gets one quick fix that removes it (skipped while validate gives none).

The server never writes: the workspace's files, their bytes and mtimes are the same after every
session, no file appears in it, nor in the server's working directory or HOME.
"""
import collections
import os
import re
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lsp_client  # noqa: E402
from lsp_client import LspClient, uri_of  # noqa: E402
from planted import TYPO  # noqa: E402

AS_OF = "2026-11-29"
TIMEOUT = 30  # seconds for any answer; a server that takes longer has hung
PROBE = "gcsj/probe"  # a method no server knows: its answer (-32601) shows the server still reads

binary = os.path.abspath(sys.argv[1])
source = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.dirname(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
scratch = tempfile.mkdtemp(prefix="gcsj-lsp-protocol-")
home = os.path.join(scratch, "home")
cwd = os.path.join(scratch, "cwd")
os.makedirs(home)
os.makedirs(cwd)
ENV = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "LC_", "LANG"))}
ENV.update(HOME=home, LANG="C.UTF-8")
failures = []
checked = []


def fail(check, text):
    failures.append(f"{check}: {text}")


class Session:
    """A server on a workspace; at the end, checks it did not crash and wrote nothing."""

    def __init__(self, check, workspace=None):
        self.check = check
        self.workspace = workspace
        self.before = lsp_client.snapshot(workspace) if workspace else None
        self.client = LspClient([binary, "lsp"], cwd=cwd, env=ENV)

    def __enter__(self):
        return self.client

    def __exit__(self, kind, value, tb):
        client = self.client
        if value is not None and not isinstance(value, AssertionError):
            fail(self.check, f"{type(value).__name__}: {value}")
        elif isinstance(value, AssertionError):
            fail(self.check, str(value))
        if client.process.poll() is None:
            client.shutdown_and_exit(TIMEOUT)
        client.kill()
        crashed(self.check, client)
        for problem in client.protocol_errors:
            fail(self.check, f"the server's output: {problem}")
        after = lsp_client.snapshot(self.workspace) if self.workspace else None
        if after != self.before:
            fail(self.check, "the workspace changed: " + changed(self.before, after))
        for place in (cwd, home):
            if os.listdir(place):
                fail(self.check, f"the server wrote in {place}: {os.listdir(place)}")
                shutil.rmtree(place)
                os.makedirs(place)
        checked.append(self.check)
        return True  # the failure is recorded; go on with the next check


def crashed(check, client):
    status = client.process.returncode
    stderr = client.stderr_text.decode("utf-8", "replace")
    if status is not None and (status < 0 or status > 2):
        fail(check, f"the server died with status {status}: {stderr[-2000:]}")
    if "Sanitizer" in stderr or "runtime error:" in stderr:
        fail(check, f"a sanitizer report: {stderr[-3000:]}")


def changed(before, after):
    names = sorted(set(before) ^ set(after)) + sorted(
        k for k in set(before) & set(after) if before[k] != after[k])
    return ", ".join(names[:10])


def frame(body, length=None):
    if isinstance(body, str):
        body = body.encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % (len(body) if length is None else length) + body


def probe_body(request_id):
    return '{"jsonrpc":"2.0","id":%d,"method":"%s","params":{}}' % (request_id, PROBE)


def error_of(message):
    return (message.get("error") or {}).get("code")


def expect_error(client, code, request_id, what):
    """The next response (a message with an id and no method): the error `code` for request_id
    (None: id null)."""
    response = client.wait_for(lambda m: "method" not in m, TIMEOUT, f"the error for {what}")
    assert error_of(response) == code, f"{what}: expected error {code}, got {response}"
    assert response.get("id", "absent") == request_id, (
        f"{what}: the error's id should be {request_id!r}, got {response.get('id', 'absent')!r}")
    assert response.get("jsonrpc") == "2.0", f"{what}: no jsonrpc 2.0 in {response}"
    return response


def expect_probe(client, what):
    """Sends a probe request and expects its -32601, with nothing but notifications before it:
    the server still reads, in step."""
    request_id = client.new_id()
    client.send_raw(frame(probe_body(request_id)))
    response = client.wait_for(lambda m: "method" not in m, TIMEOUT, f"an answer after {what}")
    assert response.get("id") == request_id and error_of(response) == -32601, (
        f"after {what}, the probe (id {request_id}) should get -32601; the next response "
        f"was {response}")


def initialized(client, workspace=None):
    """initialize + initialized on `workspace` (by default a small registry of two partners that
    the malformed-message checks share, never opened)."""
    response = client.initialize(workspace or small_registry(), as_of=AS_OF, timeout=TIMEOUT)
    assert "result" in response, f"initialize failed: {response}"
    return response


def small_registry():
    target = os.path.join(scratch, "small")
    if not os.path.isdir(target):
        os.makedirs(os.path.join(target, "partners"))
        for name in ("kenya.yaml", "south-africa.yaml"):
            shutil.copy(os.path.join(source, "examples", "registry", "partners", name),
                        os.path.join(target, "partners", name))
    return target


def check_no_root():
    """A client that opens a file without a folder (rootUri null): the file is judged alone."""
    with Session("no workspace folder") as client:
        response = client.initialize(None, as_of=AS_OF, timeout=TIMEOUT)
        assert "result" in response, f"initialize without a root: {response}"
        client.notify("initialized", {})
        lone = os.path.join(scratch, "no-root", "lone.yaml")
        os.makedirs(os.path.dirname(lone))
        text = PLANTED["partners/typo-partner.yaml"]
        with open(lone, "w", encoding="utf-8") as f:
            f.write(text)
        want = lsp_client.validate_json(binary, AS_OF, lone, extra=["--no-config"])["findings"]
        for f in want:
            f["file"] = os.path.abspath(f["file"])
        client.open(lone, text)
        compare("no workspace folder", client, keyed(want))


# ---- malformed framing and messages -----------------------------------------------------------
def check_header_without_length():
    for name, header in [("no Content-Length", b"Content-Type: application/json\r\n\r\n"),
                         ("Content-Length: abc", b"Content-Length: abc\r\n\r\n"),
                         ("Content-Length: -5", b"Content-Length: -5\r\n\r\n"),
                         ("Content-Length: 12x", b"Content-Length: 12x\r\n\r\n"),
                         ("an empty Content-Length", b"Content-Length:\r\n\r\n")]:
        with Session(f"header with {name}") as client:
            initialized(client)
            client.send_raw(header)
            expect_error(client, -32700, None, name)
            expect_probe(client, name)


def check_garbage_before_header():
    with Session("garbage before Content-Length") as client:
        initialized(client)
        request_id = client.new_id()
        client.send_raw(b"some garbage " + frame(probe_body(request_id)))
        response = client.wait_for(lambda m: "method" not in m and m.get("id") == request_id,
                                   TIMEOUT, "the answer to a message after garbage")
        assert error_of(response) == -32601, f"after garbage, got {response}"


def check_framing_an_editor_uses():
    """Content-Type beside Content-Length (as VS Code sends it), and messages that arrive in one
    write or split across many."""
    with Session("Content-Type header, batched and split writes") as client:
        initialized(client)
        first, second = client.new_id(), client.new_id()
        body = probe_body(first).encode()
        client.send_raw(b"Content-Length: %d\r\nContent-Type: application/vscode-jsonrpc; "
                        b"charset=utf-8\r\n\r\n" % len(body) + body + frame(probe_body(second)))
        for request_id in (first, second):
            response = client.wait_for(lambda m: "method" not in m, TIMEOUT, "a batched answer")
            assert response.get("id") == request_id and error_of(response) == -32601, (
                f"two messages in one write: expected -32601 for {request_id}, got {response}")
        whole = frame(probe_body(client.new_id()))
        for byte in range(len(whole)):
            client.send_raw(whole[byte:byte + 1])
        response = client.wait_for(lambda m: "method" not in m, TIMEOUT, "a split answer")
        assert error_of(response) == -32601, f"a message sent byte by byte: {response}"


def check_short_length():
    with Session("too short a Content-Length") as client:
        initialized(client)
        body = probe_body(client.new_id())
        client.send_raw(frame(body, 10))  # the server reads '{"jsonrpc"' as the body
        expect_error(client, -32700, None, "a body cut by a short Content-Length")
        expect_probe(client, "a short Content-Length (resync on the next header)")


def check_not_json():
    for name, body in [("not JSON", "this is not json"), ("truncated JSON", '{"jsonrpc":"2.0",'),
                       ("invalid UTF-8", b'{"jsonrpc":"2.0","method":"\xff\xfe"}')]:
        with Session(f"a body that is {name}") as client:
            initialized(client)
            client.send_raw(frame(body))
            expect_error(client, -32700, None, name)
            expect_probe(client, name)


def check_not_a_request():
    # (name, body, the ids the error may carry (None: null only), the codes it may have)
    cases = [("an array", "[1, 2]", None, (-32600,)), ("an empty batch", "[]", None, (-32600,)),
             ("a number", "42", None, (-32600,)), ("a string", '"initialize"', None, (-32600,)),
             ("null", "null", None, (-32600,)), ("{}", "{}", None, (-32600,)),
             ("no method", '{"jsonrpc":"2.0","id":3}', (3, None), (-32600,)),
             ("a number as method", '{"jsonrpc":"2.0","id":4,"method":5}', (4, None), (-32600,)),
             ("an object as id", '{"jsonrpc":"2.0","id":{"a":1},"method":"gcsj/probe"}', None,
              (-32600,)),
             # Structurally a request, with params neither object nor array: Invalid Request or
             # Invalid params are both honest answers.
             ("params a string", '{"jsonrpc":"2.0","id":8,"method":"gcsj/probe","params":"x"}',
              (8, None), (-32600, -32602))]
    with Session("JSON that is not a request") as client:
        initialized(client)
        for name, body, ids, codes in cases:
            client.send_raw(frame(body))
            response = client.wait_for(lambda m: "method" not in m, TIMEOUT,
                                       f"the error for {name}")
            if error_of(response) not in codes:
                fail("JSON that is not a request", f"{name} ({body}): expected {codes}, "
                     f"got {response}")
            elif response.get("id") not in (ids or (None,)):
                fail("JSON that is not a request", f"{name}: the id should be one of "
                     f"{ids or (None,)}, got {response.get('id')!r}")
        expect_probe(client, "JSON that is not a request")
        # A response from the client (to a request of the server) is not an error.
        client.send_raw(frame('{"jsonrpc":"2.0","id":99999,"result":null}'))
        expect_probe(client, "a response from the client")


def limit_of_server():
    """The server's limit on Content-Length, read from its sources (64 MiB when not found)."""
    for name in ("jsonrpc.hpp", "jsonrpc.cpp", "server.hpp", "server.cpp"):
        path = os.path.join(source, "lib", "lsp", name)
        if os.path.exists(path):
            text = open(path, encoding="utf-8").read()
            m = re.search(r"(\d+)\s*\*\s*1024\s*\*\s*1024", text)
            if m and re.search(r"(?i)max|limit", text):
                return int(m.group(1)) << 20
    return 64 << 20


def check_over_limit():
    limit = limit_of_server()
    with Session("a Content-Length over the limit") as client:
        initialized(client)
        before = client.memory()
        # The body follows the header, as an editor would send it: the server must discard it
        # without holding it (its peak memory does not grow by the body's size).
        body_size = limit + 1
        client.send_raw(b"Content-Length: %d\r\n\r\n" % body_size)
        chunk = b" " * (1 << 20)
        sent = 0
        while sent < body_size:
            n = min(len(chunk), body_size - sent)
            if not client.send_raw(chunk[:n]):
                raise AssertionError("the server closed its input during an oversized body")
            sent += n
        expect_error(client, -32600, None, f"a Content-Length of {body_size} (limit {limit})")
        expect_probe(client, "an oversized message")
        after = client.memory()
        grown = (after["VmHWM"] - before["VmHWM"]) / 1024
        assert grown < limit / 4 / (1 << 20), (
            f"the server's peak memory grew by {grown:.0f} MiB on a discarded body of "
            f"{body_size >> 20} MiB")
    with Session("an absurd Content-Length") as client:
        initialized(client)
        client.send_raw(b"Content-Length: 99999999999999999999999\r\n\r\n")
        response = client.wait_for(lambda m: "method" not in m, TIMEOUT,
                                   "the error for an absurd Content-Length")
        assert error_of(response) in (-32600, -32700), f"absurd Content-Length: {response}"
        client.close_input()
        status = client.wait_exit(TIMEOUT)
        assert status in (0, 1), f"exit status {status} after an absurd Content-Length"


def check_unknown_method():
    with Session("unknown method") as client:
        initialized(client)
        request_id = client.new_id()
        client.send({"jsonrpc": "2.0", "id": request_id, "method": "textDocument/unheardOf",
                     "params": {}})
        expect_error(client, -32601, request_id, "an unknown method")
        client.send({"jsonrpc": "2.0", "id": "string-id", "method": "gcsj/unknown"})
        expect_error(client, -32601, "string-id", "an unknown method with a string id")
        # Unknown notifications, $/ ones included, get no answer at all.
        client.notify("gcsj/unknownNotification", {"x": 1})
        client.notify("$/setTrace", {"value": "off"})
        client.notify("$/cancelRequest", {"id": 12345})
        expect_probe(client, "unknown notifications")


def check_before_initialize():
    with Session("request before initialize") as client:
        request_id = client.new_id()
        client.send({"jsonrpc": "2.0", "id": request_id, "method": "textDocument/hover",
                     "params": {"textDocument": {"uri": "file:///x.yaml"},
                                "position": {"line": 0, "character": 0}}})
        expect_error(client, -32002, request_id, "a request before initialize")
        client.notify("textDocument/didOpen", {"textDocument": {
            "uri": "file:///x.yaml", "languageId": "yaml", "version": 1, "text": "a: b\n"}})
        initialized(client)
        expect_probe(client, "initialize after an early request")
        response = client.request("initialize", {"processId": None, "rootUri": None,
                                                 "capabilities": {}}, TIMEOUT)
        assert error_of(response) is not None, f"a second initialize succeeded: {response}"


def check_shutdown_and_exit():
    with Session("request after shutdown") as client:
        initialized(client)
        response = client.request("shutdown", None, TIMEOUT)
        assert "result" in response and response["result"] is None, f"shutdown: {response}"
        request_id = client.new_id()
        client.send_raw(frame(probe_body(request_id)))
        expect_error(client, -32600, request_id, "a request after shutdown")
        client.notify("exit")
        status = client.wait_exit(TIMEOUT)
        assert status == 0, f"exit after shutdown: status {status}, expected 0"
    with Session("exit without shutdown") as client:
        initialized(client)
        client.notify("exit")
        status = client.wait_exit(TIMEOUT)
        assert status == 1, f"exit without shutdown: status {status}, expected 1"
    with Session("exit before initialize") as client:
        client.notify("exit")
        status = client.wait_exit(TIMEOUT)
        assert status == 1, f"exit before initialize: status {status}, expected 1"


def check_end_of_input():
    for name, tail in [("inside a body", b'Content-Length: 100\r\n\r\n{"jsonrpc":"2.0",'),
                       ("inside a header", b"Content-Len"),
                       ("between header and body", b"Content-Length: 50\r\n\r\n"),
                       ("at a message boundary", b"")]:
        with Session(f"end of input {name}") as client:
            initialized(client)
            client.send_raw(tail)
            client.close_input()
            status = client.wait_exit(TIMEOUT)
            assert status == 1, f"end of input {name}: exit status {status}, expected 1"


# ---- documents --------------------------------------------------------------------------------
PLANTED = {
    # A key one letter off, and a finding after U+1F600 on its line (planted.py).
    "partners/typo-partner.yaml": TYPO,
    # A duplicate key (a related location) and a finding after U+1F600 on its line.
    "partners/emoji-partner.yaml": """kind: partner
id: emoji-partner
name: Emoji Partner Network
name: Emoji Partner Network again
category: ngo
status: applied
applied: 2026-03-01
international: true
adherence:
  declared: 2026-02-20
  advocate: true
  uphold: true
  contribute: true
  levels: [global]
actions:
  - {title: "Smiles \U0001F600 for all", domains: [employment], sdgs: [8, 20]}
""",
}


# Findings whose hint is one precise edit (a quick fix), besides typo-partner's `catgory`.
FIXABLE = {
    # An enterprise without `channel`: the fix inserts `channel: employers-group`.
    "partners/no-channel.yaml": """kind: partner
id: no-channel
name: No Channel Textiles
category: enterprise
status: applied
applied: 2026-03-01
type: enterprise
adherence:
  declared: 2026-02-20
  advocate: true
  uphold: true
  contribute: true
  levels: [global]
actions:
  - title: Living wages
    domains: [labour-rights]
""",
    # An enterprise that applied directly: the fix replaces the value.
    "partners/direct-channel.yaml": """kind: partner
id: direct-channel
name: Direct Channel Solar
category: enterprise
status: applied
applied: 2026-03-01
type: enterprise
channel: direct
adherence:
  declared: 2026-02-20
  advocate: true
  uphold: true
  contribute: true
  levels: [national]
actions:
  - title: Train installers
    domains: [employment]
""",
}


def registry_copy(name):
    """A copy of examples/registry with the planted files, in the scratch directory."""
    target = os.path.join(scratch, name)
    shutil.copytree(os.path.join(source, "examples", "registry"), target)
    for relative, text in PLANTED.items():
        with open(os.path.join(target, relative), "w", encoding="utf-8") as f:
            f.write(text)
    return target


def findings_of(directory, lang=None):
    """validate's findings of a directory, their paths absolute."""
    done = lsp_client.validate_json(binary, AS_OF, directory, lang=lang)
    for f in done["findings"]:
        f["file"] = os.path.abspath(os.path.join(os.getcwd(), f["file"]))
        for r in f.get("related") or []:
            r["file"] = os.path.abspath(os.path.join(os.getcwd(), r["file"]))
    return done["findings"]


def mirrored(directory, rewrite):
    """validate's findings of `directory` as the server sees it with unsaved buffers: a copy with
    `rewrite` ({relative path: text}) written, the paths mapped back to `directory`."""
    mirror = tempfile.mkdtemp(prefix="mirror-", dir=scratch)
    shutil.rmtree(mirror)
    shutil.copytree(directory, mirror)
    for relative, text in rewrite.items():
        with open(os.path.join(mirror, relative), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    found = findings_of(mirror)
    for f in found:
        f["file"] = f["file"].replace(mirror, directory, 1)
        for r in f.get("related") or []:
            r["file"] = r["file"].replace(mirror, directory, 1)
    shutil.rmtree(mirror)
    return found


def keyed(findings, texts=None):
    """Findings as a multiset of (path, line0, utf16 column, rule, severity, related...)."""
    texts = texts or {}
    result = collections.Counter()
    for f in findings:
        text = texts.get(f["file"])
        line = (text.split("\n")[f["line"] - 1].rstrip("\r") if text is not None
                else lsp_client.line_text(f["file"], f["line"]))
        related = tuple(sorted((r["file"], r["line"] - 1, utf16(r, texts)) for r in
                               f.get("related") or []))
        result[(f["file"], f["line"] - 1, lsp_client.utf16_of(line, f["column"]), f["rule"],
                lsp_client.SEVERITY[f["severity"]], related)] += 1
    return result


def utf16(location, texts):
    text = texts.get(location["file"])
    line = (text.split("\n")[location["line"] - 1].rstrip("\r") if text is not None
            else lsp_client.line_text(location["file"], location["line"]))
    return lsp_client.utf16_of(line, location["column"])


def published(diagnostics_by_uri):
    result = collections.Counter()
    for uri, diagnostics in diagnostics_by_uri.items():
        path = os.path.abspath(lsp_client.path_of(uri))
        for d in diagnostics:
            start = d["range"]["start"]
            related = tuple(sorted(
                (os.path.abspath(lsp_client.path_of(r["location"]["uri"])),
                 r["location"]["range"]["start"]["line"],
                 r["location"]["range"]["start"]["character"])
                for r in d.get("relatedInformation") or []))
            result[(path, start["line"], start["character"], d.get("code"), d.get("severity"),
                    related)] += 1
    return result


def compare(check, client, expected, timeout=TIMEOUT):
    """Waits until the published diagnostics equal `expected` (a Counter from keyed); records the
    difference if they never do."""
    client.wait_until(lambda diags: published(diags) == expected, timeout, quiet=0.3)
    got = published(client.diagnostics)
    if got != expected:
        missing = expected - got
        extra = got - expected
        fail(check, "diagnostics differ from validate -f json:\n    missing "
             + "\n    missing ".join(map(str, sorted(missing)[:8]))
             + "\n    extra " + "\n    extra ".join(map(str, sorted(extra)[:8])))
        return False
    return True


def check_diagnostic_fields(check, client, findings):
    """source "gcsj", the message (with its paragraph), a range at least one character wide."""
    by_key = {}
    for f in findings:
        by_key.setdefault((f["file"], f["line"] - 1, f["rule"]), []).append(f)
    problems = 0
    for uri, diagnostics in client.diagnostics.items():
        path = os.path.abspath(lsp_client.path_of(uri))
        for d in diagnostics:
            candidates = by_key.get((path, d["range"]["start"]["line"], d.get("code")), [])
            if d.get("source") != "gcsj":
                fail(check, f"source {d.get('source')!r}, expected 'gcsj': {d}")
                problems += 1
            start, end = d["range"]["start"], d["range"]["end"]
            if (end["line"], end["character"]) < (start["line"], start["character"]):
                fail(check, f"a range that ends before it starts: {d}")
                problems += 1
            if candidates and not any(message_fits(d["message"], f) for f in candidates):
                fail(check, f"message {d['message']!r} is not validate's "
                     f"{candidates[0]['message']!r} with ¶{candidates[0]['paragraph']}")
                problems += 1
            if problems > 5:
                return


def message_fits(message, finding):
    if not message.startswith(finding["message"]):
        return False
    return finding["paragraph"] is None or finding["paragraph"] in message[len(finding["message"]):]


def check_valid_session():
    workspace = registry_copy("valid registre é")  # a URI with %20 and %C3%A9
    findings = findings_of(workspace)
    assert any(f["rule"] == "unknown-key" for f in findings), "no unknown-key planted"
    with Session("a valid session", workspace) as client:
        initialized(client, workspace)
        opened = os.path.join(workspace, "partners", "emoji-partner.yaml")
        client.open(opened)
        compare("a valid session", client, keyed(findings))
        check_diagnostic_fields("a valid session", client, findings)
        # didSave of an unchanged buffer changes nothing; the server still answers.
        client.save(opened)
        expect_probe(client, "didSave")
        # Every file published is a file of the registry or the opened one.
        for uri in client.diagnostics:
            path = lsp_client.path_of(uri)
            if not path.startswith(workspace + os.sep):
                fail("a valid session", f"diagnostics for a file outside the workspace: {uri}")
        response = client.request("shutdown", None, TIMEOUT)
        assert "result" in response, f"shutdown: {response}"
        client.notify("exit")
        assert client.wait_exit(TIMEOUT) == 0, "exit after shutdown: not 0"


def check_languages():
    for locale, lang in (("fr-FR", "fr"), ("es", "es")):
        check = f"diagnostics in locale {locale}"
        workspace = registry_copy(f"lang-{lang}")
        findings = findings_of(workspace, lang=lang)
        english = findings_of(workspace)
        assert any(f["message"] != e["message"] for f, e in zip(findings, english)), (
            f"validate --lang {lang} wrote no translated message (is {lang}.mo built?)")
        with Session(check, workspace) as client:
            response = client.initialize(workspace, locale=locale, as_of=AS_OF, timeout=TIMEOUT)
            assert "result" in response, f"initialize: {response}"
            client.open(os.path.join(workspace, "partners", "typo-partner.yaml"))
            compare(check, client, keyed(findings))
            check_diagnostic_fields(check, client, findings)


def check_quick_fixes():
    """Every finding `validate -f json` gives a `fix` gets one quick fix whose edit, applied to the
    buffer, removes that finding (validate of the edited text has one finding of its rule fewer
    in that file), and the diagnostics then published are validate's; a finding without a fix
    gets no edit."""
    check = "quick fixes"
    workspace = registry_copy("fixes")
    for relative, text in FIXABLE.items():
        with open(os.path.join(workspace, relative), "w", encoding="utf-8") as f:
            f.write(text)
    findings = findings_of(workspace)
    report = lsp_client.validate_json(binary, AS_OF, workspace)
    if not any("fix" in f for f in report["findings"]):
        print("     (validate -f json gives no `fix` yet: quick fixes not checked)")
        return
    planted = [os.path.join(workspace, r) for r in
               list(FIXABLE) + ["partners/typo-partner.yaml"]]
    for path in planted:
        if not any("fix" in f for f in findings if f["file"] == path):
            fail(check, f"validate gives no fix in {os.path.basename(path)}")
    with Session(check, workspace) as client:
        initialized(client, workspace)
        texts = {}
        for path in planted:
            texts[path] = open(path, encoding="utf-8").read()
            client.open(path, texts[path])
        compare(check, client, keyed(findings))
        version = 10
        applied = []
        for f in [f for f in findings if f["file"] in texts]:
            path, uri = f["file"], uri_of(f["file"])
            line = texts[path].split("\n")[f["line"] - 1]
            character = lsp_client.utf16_of(line, f["column"])
            diagnostic = next((d for d in client.diagnostics.get(uri, [])
                               if d.get("code") == f["rule"] and d["range"]["start"] ==
                               {"line": f["line"] - 1, "character": character}), None)
            if diagnostic is None:
                fail(check, f"no diagnostic for {f['rule']} at {path}:{f['line']}")
                continue
            response = client.request("textDocument/codeAction", {
                "textDocument": {"uri": uri}, "range": diagnostic["range"],
                "context": {"diagnostics": [diagnostic], "only": ["quickfix"]}}, TIMEOUT)
            actions = [a for a in response.get("result") or [] if "edit" in a]
            # A server may answer for every finding at the range: the actions that name this
            # diagnostic are its own.
            own = [a for a in actions if any(
                d.get("code") == f["rule"] and d["range"]["start"] == diagnostic["range"]["start"]
                for d in a.get("diagnostics") or [])]
            named = [a for a in actions if a.get("diagnostics")]
            actions = own if named else actions
            where = f"{f['rule']} at {os.path.basename(path)}:{f['line']}"
            if "fix" not in f:
                if actions:
                    fail(check, f"{where} has no fix in validate, yet a quick fix: {actions}")
                continue
            if len(actions) != 1:
                fail(check, f"{where}: expected one quick fix, got {response}")
                continue
            action = actions[0]
            if action.get("kind") not in (None, "quickfix") or not action.get("title"):
                fail(check, f"{where}: a quick fix without kind quickfix or a title: {action}")
            edits = lsp_client.edits_of(action["edit"])
            if list(edits) != [uri]:
                fail(check, f"{where}: the fix edits {list(edits)}, not only its file")
                continue
            fixed = lsp_client.apply_text_edits(texts[path], edits[uri])
            relative = os.path.relpath(path, workspace)
            after = mirrored(workspace, {relative: fixed})

            def count(found):
                return sum(1 for g in found if g["file"] == path and g["rule"] == f["rule"])
            if count(after) != count(findings) - 1 or f["fix"]["text"] not in fixed:
                fail(check, f"{where}: the fix {action['title']!r} made {fixed!r}")
                continue
            version += 1
            client.change(path, fixed, version)
            compare(f"{check} ({where} fixed)", client, keyed(after, {path: fixed}))
            applied.append(action["title"])
            version += 1
            client.change(path, texts[path], version)
            compare(f"{check} ({where} undone)", client, keyed(findings))
        print(f"     ({len(applied)} quick fixes applied: {', '.join(map(repr, applied))})")


def check_configuration():
    """The workspace's .gcsj.yaml applies as in validate: a rule turned off, a severity changed."""
    workspace = registry_copy("configured")
    with open(os.path.join(workspace, ".gcsj.yaml"), "w", encoding="utf-8") as f:
        f.write("rules:\n  action-sdgs: off\n  term-expiring: warning\n")
    findings = findings_of(workspace)
    assert not any(f["rule"] == "action-sdgs" for f in findings), "the configuration did not apply"
    with Session("the workspace's configuration", workspace) as client:
        initialized(client, workspace)
        client.open(os.path.join(workspace, "partners", "emoji-partner.yaml"))
        compare("the workspace's configuration", client, keyed(findings))


def check_edits_of_one_partner():
    workspace = registry_copy("edits")
    with Session("an edit re-judges other files", workspace) as client:
        initialized(client, workspace)
        kenya = os.path.join(workspace, "partners", "kenya.yaml")
        group = os.path.join(workspace, "coordinating-group.yaml")
        original = open(kenya, encoding="utf-8").read()
        client.open(kenya)
        compare("an edit re-judges other files (open)", client, keyed(findings_of(workspace)))
        group_uri = uri_of(group)
        # Kenya renamed: the Group's member pointing to `kenya` now names no partner.
        renamed = original.replace("id: kenya\n", "id: kenya-republic\n", 1)
        assert renamed != original
        mark = client.mark()
        client.change(kenya, renamed, 2)
        expected = mirrored(workspace, {"partners/kenya.yaml": renamed})
        assert any(f["file"] == group for f in expected), "renaming kenya changed no Group finding"
        try:
            client.wait_published(group_uri, mark, TIMEOUT)
        except TimeoutError:
            fail("an edit re-judges other files", "renaming partner kenya (didChange) published no "
                 "diagnostics for the unopened coordinating-group.yaml")
        compare("an edit re-judges other files (rename)", client,
                keyed(expected, {kenya: renamed}))
        # Back as it was: the Group's finding goes.
        mark = client.mark()
        client.change(kenya, original, 3)
        try:
            client.wait_published(group_uri, mark, TIMEOUT)
        except TimeoutError:
            fail("an edit re-judges other files", "undoing the rename published nothing for "
                 "coordinating-group.yaml")
        compare("an edit re-judges other files (undo)", client, keyed(findings_of(workspace)))
        # Kenya given South Africa's country: one government per country, judged in the OTHER
        # (unopened) file too.
        same_country = original.replace("country: KE", "country: ZA", 1)
        assert same_country != original
        mark = client.mark()
        client.change(kenya, same_country, 4)
        expected = mirrored(workspace, {"partners/kenya.yaml": same_country})
        south_africa = os.path.join(workspace, "partners", "south-africa.yaml")
        if any(f["file"] == south_africa for f in expected):
            try:
                client.wait_published(uri_of(south_africa), mark, TIMEOUT)
            except TimeoutError:
                fail("an edit re-judges other files", "two governments of ZA: nothing published "
                     "for the unopened south-africa.yaml")
        compare("an edit re-judges other files (one country)", client,
                keyed(expected, {kenya: same_country}))
        # Closed without saving: the file on disk is what counts again.
        client.close_document(kenya)
        compare("an edit re-judges other files (closed unsaved)", client,
                keyed(findings_of(workspace)))


def check_not_yaml():
    workspace = registry_copy("not-yaml")
    kenya = os.path.join(workspace, "partners", "kenya.yaml")
    original = open(kenya, encoding="utf-8").read()
    with Session("a buffer that is not YAML", workspace) as client:
        initialized(client, workspace)
        client.open(kenya)
        compare("a buffer that is not YAML (open)", client, keyed(findings_of(workspace)))
        for version, text in enumerate(["kind: partner\nid: [kenya\nname: x\n",
                                        "\tkind: partner\n",
                                        "kind: partner\nid: kenya\x7f\n",
                                        "{{{{{{{{",
                                        ""], start=2):
            client.change(kenya, text, version)
            expected = mirrored(workspace, {"partners/kenya.yaml": text})
            compare(f"a buffer that is not YAML ({text[:20]!r})", client,
                    keyed(expected, {kenya: text}))
        client.change(kenya, original, 99)
        compare("a buffer that is not YAML (restored)", client, keyed(findings_of(workspace)))


def check_odd_documents():
    """What editors send that a server may not expect: an untitled buffer (VS Code's
    `untitled:`), changes and closes of documents never opened, an incremental change although
    the server asked for full text, requests with missing or wrong params. No crash, an answer to
    each request (an error is fine), and the registry's diagnostics still validate's."""
    workspace = registry_copy("odd documents")
    kenya = os.path.join(workspace, "partners", "kenya.yaml")
    with Session("odd documents", workspace) as client:
        initialized(client, workspace)
        client.notify("textDocument/didOpen", {"textDocument": {
            "uri": "untitled:Untitled-1", "languageId": "yaml", "version": 1,
            "text": "kind: partner\nid: [\n"}})
        client.notify("textDocument/didChange", {
            "textDocument": {"uri": "untitled:Untitled-1", "version": 2},
            "contentChanges": [{"text": "kind: partner\n"}]})
        client.notify("textDocument/didClose", {"textDocument": {"uri": "untitled:Untitled-1"}})
        never_opened = uri_of(os.path.join(workspace, "partners", "brazil.yaml"))
        client.notify("textDocument/didChange", {"textDocument": {"uri": never_opened,
                                                                  "version": 5},
                                                 "contentChanges": [{"text": "kind: partner\n"}]})
        client.notify("textDocument/didClose", {"textDocument": {"uri": never_opened}})
        client.notify("textDocument/didOpen", {"textDocument": {"uri": "file:///nonexistent/"
                                                                "dir/x.yaml", "version": 1,
                                                                "languageId": "yaml",
                                                                "text": "kind: partner\n"}})
        # closed: its diagnostics go (an outside file is no file of the registry)
        client.notify("textDocument/didClose", {"textDocument": {"uri": "file:///nonexistent/"
                                                                 "dir/x.yaml"}})
        client.notify("textDocument/didOpen", {"textDocument": {"uri": 42}})
        client.notify("textDocument/didChange", {})
        expect_probe(client, "notifications about odd documents")
        client.open(kenya)
        text = open(kenya, encoding="utf-8").read()
        client.notify("textDocument/didChange", {
            "textDocument": {"uri": uri_of(kenya), "version": 2},
            "contentChanges": [{"range": {"start": {"line": 0, "character": 0},
                                          "end": {"line": 0, "character": 0}},
                                "text": "# a comment\n"}]})
        expect_probe(client, "an incremental change")
        for params in [None, {}, {"textDocument": {"uri": uri_of(kenya)}},
                       {"textDocument": {"uri": uri_of(kenya)},
                        "position": {"line": -1, "character": 10 ** 9}},
                       {"textDocument": {"uri": never_opened},
                        "position": {"line": 0, "character": 0}}]:
            for method in ("textDocument/hover", "textDocument/completion",
                           "textDocument/definition", "textDocument/codeAction"):
                response = client.request(method, params, TIMEOUT)
                assert "result" in response or "error" in response, f"{method}: {response}"
        client.change(kenya, text, 3)
        compare("odd documents", client, keyed(findings_of(workspace)))


def check_large_buffer():
    """A buffer of 8 MiB (under the message limit): judged as validate judges the same file."""
    workspace = registry_copy("large")
    kenya = os.path.join(workspace, "partners", "kenya.yaml")
    original = open(kenya, encoding="utf-8").read()
    large = original + "".join(f"# {'padding ' * 12}{i}\n" for i in range(80000))
    with Session("a large buffer", workspace) as client:
        initialized(client, workspace)
        client.open(kenya, large)
        expected = mirrored(workspace, {"partners/kenya.yaml": large})
        compare("a large buffer", client, keyed(expected, {kenya: large}), timeout=60)
        client.change(kenya, original, 2)
        compare("a large buffer (restored)", client, keyed(findings_of(workspace)))


def check_outside_workspace():
    workspace = registry_copy("outside-ws")
    outside = os.path.join(scratch, "outside")
    os.makedirs(outside)
    lone = os.path.join(outside, "lone-partner.yaml")
    text = PLANTED["partners/typo-partner.yaml"].replace("typo-partner", "lone-partner")
    with open(lone, "w", encoding="utf-8") as f:
        f.write(text)
    # A sibling the server must not read: it would have findings if it were read.
    with open(os.path.join(outside, "sibling.yaml"), "w") as f:
        f.write("kind: partner\nid: [broken\n")
    expected_lone = lsp_client.validate_json(binary, AS_OF, lone, extra=["--no-config"])
    for f in expected_lone["findings"]:
        f["file"] = os.path.abspath(f["file"])
    before_outside = lsp_client.snapshot(outside)
    with Session("a file outside the workspace", workspace) as client:
        initialized(client, workspace)
        client.open(lone, text)
        try:
            client.wait_published(uri_of(lone), 0, TIMEOUT)
        except TimeoutError:
            fail("a file outside the workspace", "no diagnostics published for it")
        client.settle(0.5)
        got = published({uri_of(lone): client.diagnostics.get(uri_of(lone), [])})
        want = keyed(expected_lone["findings"])
        if got != want:
            fail("a file outside the workspace", f"diagnostics {sorted(got)} != validate's "
                 f"{sorted(want)}")
        for uri in client.diagnostics:
            path = lsp_client.path_of(uri)
            if path.startswith(outside + os.sep) and path != lone:
                fail("a file outside the workspace", f"a sibling was read: {uri}")
        client.close_document(lone)
        expect_probe(client, "closing a file outside the workspace")
        if not client.wait_until(lambda d: not d.get(uri_of(lone)), TIMEOUT):
            fail("a file outside the workspace", "its diagnostics stay after didClose")
    if lsp_client.snapshot(outside) != before_outside:
        fail("a file outside the workspace", "the outside directory changed")


CHECKS = [check_header_without_length, check_garbage_before_header, check_framing_an_editor_uses,
          check_short_length, check_not_json, check_not_a_request, check_over_limit,
          check_unknown_method, check_before_initialize, check_shutdown_and_exit,
          check_end_of_input, check_valid_session, check_languages, check_configuration,
          check_quick_fixes, check_edits_of_one_partner, check_not_yaml, check_odd_documents,
          check_large_buffer, check_outside_workspace, check_no_root]


def main():
    only = os.environ.get("LSP_CHECKS")  # a comma-separated subset, for debugging
    try:
        for check in CHECKS:
            if only and check.__name__ not in only.split(","):
                continue
            start = time.monotonic()
            count = len(failures)
            try:
                check()
            except (AssertionError, TimeoutError, lsp_client.ServerGone, RuntimeError) as e:
                fail(check.__name__, f"{type(e).__name__}: {e}")
            state = "ok" if len(failures) == count else "FAIL"
            print(f"{state:4} {check.__name__} ({time.monotonic() - start:.1f} s)", flush=True)
    finally:
        if not failures:
            shutil.rmtree(scratch, ignore_errors=True)
    if failures:
        print(f"\n{len(failures)} failure(s) (scratch kept in {scratch}):")
        for f in failures:
            print("  " + f)
        return 1
    print(f"gcsj lsp: {len(checked)} sessions, every check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
