"""A small Language Server Protocol client over a subprocess's standard input and output, shared by
the protocol harness (check_protocol.py), the neovim check's comparisons and bench/lsp.py.

It frames JSON-RPC 2.0 messages with Content-Length headers, reads the server's messages on a
thread (so a server that stops answering shows as a timeout, never as a hung test), answers the
requests a server may send its client (registerCapability, workspace/configuration...) with null,
and keeps the latest diagnostics published for each URI. Standard library only.

Also here: what the tests compare diagnostics with, `gcsj validate -f json` findings turned into
LSP positions (0-based line, UTF-16 column), and file:// URIs.
"""
import hashlib
import json
import os
import queue
import subprocess
import threading
import time
import urllib.parse
import urllib.request

SEVERITY = {"error": 1, "warning": 2, "note": 3}


def uri_of(path):
    """The file:// URI of a path, as editors write it (percent-encoded, absolute)."""
    return "file://" + urllib.request.pathname2url(os.path.abspath(path))


def path_of(uri):
    return urllib.request.url2pathname(urllib.parse.urlparse(uri).path)


def utf16_of(line, column):
    """A 1-based code-point column of a line -> its 0-based UTF-16 offset (LSP's default)."""
    prefix = line[:max(column - 1, 0)]
    return sum(2 if ord(c) > 0xFFFF else 1 for c in prefix)


def byte_of(line, column):
    """A 1-based code-point column -> its 0-based UTF-8 byte offset (what neovim shows)."""
    return len(line[:max(column - 1, 0)].encode("utf-8"))


def line_text(path, line):
    """The text of a 1-based line of a file, without its end of line ('' past the end)."""
    with open(path, encoding="utf-8", errors="replace", newline="") as f:
        lines = f.read().split("\n")
    if 1 <= line <= len(lines):
        return lines[line - 1].rstrip("\r")
    return ""


def offset_of(text, line, character):
    """The index in `text` of an LSP position (0-based line, UTF-16 character)."""
    start = 0
    for _ in range(line):
        newline = text.find("\n", start)
        if newline < 0:
            return len(text)
        start = newline + 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    units = 0
    index = start
    while index < end and units < character:
        units += 2 if ord(text[index]) > 0xFFFF else 1
        index += 1
    return index


def apply_text_edits(text, edits):
    """`text` with LSP TextEdits applied (all positions in the original text, as LSP says)."""
    spans = sorted(((offset_of(text, e["range"]["start"]["line"], e["range"]["start"]["character"]),
                     offset_of(text, e["range"]["end"]["line"], e["range"]["end"]["character"]),
                     e["newText"]) for e in edits), reverse=True)
    for begin, end, new in spans:
        text = text[:begin] + new + text[end:]
    return text


def edits_of(workspace_edit):
    """{uri: [TextEdit]} of a WorkspaceEdit, whether it uses `changes` or `documentChanges`."""
    result = {}
    for uri, edits in (workspace_edit.get("changes") or {}).items():
        result.setdefault(uri, []).extend(edits)
    for change in workspace_edit.get("documentChanges") or []:
        result.setdefault(change["textDocument"]["uri"], []).extend(change.get("edits", []))
    return result


def validate_json(binary, as_of, target, lang=None, extra=()):
    """`gcsj validate --as-of D -f json TARGET`, parsed (exit status 0 or 1)."""
    argv = [binary, "validate", "--as-of", as_of, "-f", "json", *extra]
    if lang:
        argv += ["--lang", lang]
    done = subprocess.run(argv + [target], capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(argv)} {target}: exit {done.returncode}: {done.stderr}")
    return json.loads(done.stdout)


def expected_positions(findings, base=None, text_of=None):
    """validate's findings as a set of (absolute path, 0-based line, UTF-16 character, rule).
    `base`: the directory validate's relative paths are relative to. `text_of(path)`: the text a
    finding's line is read from when it is not the file on disk (an unsaved buffer)."""
    result = set()
    for f in findings:
        path = os.path.abspath(os.path.join(base or "", f["file"]))
        text = text_of(path) if text_of else None
        if text is not None:
            lines = text.split("\n")
            line = lines[f["line"] - 1].rstrip("\r") if f["line"] <= len(lines) else ""
        else:
            line = line_text(path, f["line"])
        result.add((path, f["line"] - 1, utf16_of(line, f["column"]), f["rule"]))
    return result


def diagnostic_positions(diagnostics_by_uri):
    """The client's diagnostics as a set like expected_positions's."""
    result = set()
    for uri, diagnostics in diagnostics_by_uri.items():
        for d in diagnostics:
            start = d["range"]["start"]
            result.add((os.path.abspath(path_of(uri)), start["line"], start["character"],
                        d.get("code")))
    return result


class ServerGone(Exception):
    pass


class LspClient:
    """One server process. `messages` receives every message the server sent, in order; requests
    the server makes are answered at once, and publishDiagnostics kept in `diagnostics`."""

    def __init__(self, argv, cwd=None, env=None, stderr=None):
        self.process = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE,
                                        stderr=stderr if stderr is not None else subprocess.PIPE)
        self.messages = queue.Queue()
        self.diagnostics = {}  # uri -> the latest list published
        self.publications = []  # (seq, time, uri, params), every publishDiagnostics in order
        self.protocol_errors = []  # what the server wrote that is not a framed JSON message
        self.stderr_text = b""
        self._lock = threading.Condition()
        self._next_id = 1
        self._closed = False
        self._write_lock = threading.Lock()
        self._reader = threading.Thread(target=self._read_loop, daemon=True)
        self._reader.start()
        if self.process.stderr is not None and stderr is None:
            threading.Thread(target=self._drain_stderr, daemon=True).start()

    # ---- reading -------------------------------------------------------------------------
    def _drain_stderr(self):
        """Keeps the last 64 KiB the server wrote on standard error (for failure reports)."""
        for chunk in iter(lambda: self.process.stderr.read(4096), b""):
            self.stderr_text = (self.stderr_text + chunk)[-65536:]

    def _read_loop(self):
        out = self.process.stdout
        try:
            while True:
                length = None
                while True:
                    line = out.readline()
                    if not line:
                        return
                    if line in (b"\r\n", b"\n"):
                        break
                    if not line.endswith(b"\r\n"):
                        self.protocol_errors.append(f"header line without CRLF: {line!r}")
                    name, _, value = line.decode("ascii", "replace").partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value.strip())
                if length is None:
                    self.protocol_errors.append("a header without Content-Length")
                    continue
                body = out.read(length)
                if len(body) < length:
                    self.protocol_errors.append("the output ended inside a message")
                    return
                try:
                    message = json.loads(body.decode("utf-8"))
                except ValueError as e:
                    self.protocol_errors.append(f"a body that is not JSON ({e}): {body[:200]!r}")
                    continue
                self._received(message)
        finally:
            with self._lock:
                self._closed = True
                self._lock.notify_all()
            self.messages.put(None)

    def _received(self, message):
        if isinstance(message, dict) and "method" in message and "id" in message:
            self.send({"jsonrpc": "2.0", "id": message["id"], "result": None})
        if isinstance(message, dict) and message.get("method") == "textDocument/publishDiagnostics":
            params = message.get("params", {})
            with self._lock:
                self.diagnostics[params.get("uri")] = params.get("diagnostics", [])
                self.publications.append((len(self.publications), time.perf_counter(),
                                          params.get("uri"), params))
                self._lock.notify_all()
        self.messages.put(message)

    # ---- writing -------------------------------------------------------------------------
    def send_raw(self, data):
        """Writes bytes as they are (for the malformed messages); False if the pipe is closed."""
        try:
            with self._write_lock:
                self.process.stdin.write(data)
                self.process.stdin.flush()
            return True
        except (BrokenPipeError, ValueError, OSError):
            return False

    def send(self, message):
        body = json.dumps(message, ensure_ascii=False).encode("utf-8")
        return self.send_raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def notify(self, method, params=None):
        message = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            message["params"] = params
        return self.send(message)

    def new_id(self):
        with self._lock:
            self._next_id += 1
            return self._next_id

    def request(self, method, params=None, timeout=30):
        """Sends a request and returns the server's response to it (the whole message)."""
        request_id = self.new_id()
        message = {"jsonrpc": "2.0", "id": request_id, "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)
        return self.wait_for(lambda m: m.get("id") == request_id and "method" not in m, timeout,
                             f"the response to {method}")

    def wait_for(self, predicate, timeout, what="a message"):
        """The next message (skipping others) for which predicate is true; raises TimeoutError or
        ServerGone. Skipped messages stay recorded in diagnostics/publications."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no {what} within {timeout} s")
            try:
                message = self.messages.get(timeout=left)
            except queue.Empty:
                raise TimeoutError(f"no {what} within {timeout} s") from None
            if message is None:
                self.messages.put(None)  # stays the last item: later waits fail at once too
                raise ServerGone(f"the server closed its output while waiting for {what}")
            if isinstance(message, dict) and predicate(message):
                return message

    def drain(self):
        """Every message received and not yet consumed by wait_for."""
        out = []
        while True:
            try:
                message = self.messages.get_nowait()
            except queue.Empty:
                return out
            if message is None:
                self.messages.put(None)
                return out
            out.append(message)

    # ---- diagnostics ---------------------------------------------------------------------
    def mark(self):
        """A point in the stream of publications, for wait_published(after=...)."""
        with self._lock:
            return len(self.publications)

    def wait_published(self, uri=None, after=0, timeout=30):
        """Waits for a publishDiagnostics (of `uri`, or any) numbered `after` or later; returns
        its (seq, time, uri, params)."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                for p in self.publications[after:]:
                    if uri is None or p[2] == uri:
                        return p
                left = deadline - time.monotonic()
                if left <= 0 or self._closed:
                    what = uri or "any file"
                    raise TimeoutError(f"no diagnostics published for {what} within {timeout} s")
                self._lock.wait(left)

    def wait_until(self, predicate, timeout=30, quiet=0.0):
        """Waits until predicate(diagnostics) holds (and, with `quiet`, nothing was published for
        that many seconds); returns True, or False at the timeout."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                last = self.publications[-1][1] if self.publications else 0
                if predicate(self.diagnostics) and time.perf_counter() - last >= quiet:
                    return True
                left = deadline - time.monotonic()
                if left <= 0 or self._closed:
                    return predicate(self.diagnostics)
                self._lock.wait(min(left, max(quiet, 0.05)))

    def settle(self, quiet=0.5, timeout=30):
        """Waits until no diagnostics were published for `quiet` seconds."""
        return self.wait_until(lambda _: True, timeout, quiet)

    # ---- a session -----------------------------------------------------------------------
    def initialize(self, root, locale=None, as_of=None, timeout=60, extra=None):
        params = {
            "processId": os.getpid(),
            "rootUri": uri_of(root) if root else None,
            "workspaceFolders": [{"uri": uri_of(root), "name": os.path.basename(root)}]
            if root else None,
            "capabilities": {
                "textDocument": {
                    "publishDiagnostics": {"relatedInformation": True, "versionSupport": True},
                    "synchronization": {"didSave": True},
                    "codeAction": {"codeActionLiteralSupport": {
                        "codeActionKind": {"valueSet": ["quickfix"]}}},
                },
                "general": {"positionEncodings": ["utf-16"]},
            },
            "clientInfo": {"name": "gcsj-test-client"},
        }
        if locale:
            params["locale"] = locale
        if as_of:
            params["initializationOptions"] = {"asOf": as_of}
        if extra:
            params.update(extra)
        response = self.request("initialize", params, timeout)
        if "result" in response:
            self.notify("initialized", {})
        return response

    def open(self, path, text=None, version=1, language="yaml"):
        if text is None:
            with open(path, encoding="utf-8", newline="") as f:
                text = f.read()
        return self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri_of(path), "languageId": language, "version": version, "text": text}})

    def change(self, path, text, version):
        return self.notify("textDocument/didChange", {
            "textDocument": {"uri": uri_of(path), "version": version},
            "contentChanges": [{"text": text}]})

    def save(self, path, text=None):
        params = {"textDocument": {"uri": uri_of(path)}}
        if text is not None:
            params["text"] = text
        return self.notify("textDocument/didSave", params)

    def close_document(self, path):
        return self.notify("textDocument/didClose", {"textDocument": {"uri": uri_of(path)}})

    def shutdown_and_exit(self, timeout=30):
        """shutdown, exit; returns the exit status (None if the server had to be killed)."""
        try:
            self.request("shutdown", None, timeout)
        except (TimeoutError, ServerGone):
            pass
        self.notify("exit")
        return self.wait_exit(timeout)

    def close_input(self):
        try:
            self.process.stdin.close()
        except OSError:
            pass

    def wait_exit(self, timeout=30):
        """The exit status (negative: a signal), or None after killing a server that hung."""
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            return None

    def kill(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def memory(self):
        """{'VmRSS': KiB, 'VmHWM': KiB} of the server process, from /proc."""
        result = {}
        with open(f"/proc/{self.process.pid}/status") as f:
            for line in f:
                key, _, value = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    result[key] = int(value.split()[0])
        return result


def snapshot(root):
    """Every file and directory below root: its bytes' hash, size and mtime (links not followed),
    so that a check sees whether the server wrote anything."""
    state = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = os.path.join(folder, name)
            info = os.lstat(path)
            digest = None
            if os.path.isfile(path) and not os.path.islink(path):
                with open(path, "rb") as f:
                    digest = hashlib.sha256(f.read()).hexdigest()
            state[os.path.relpath(path, root)] = (info.st_size, info.st_mtime_ns, digest)
    return state
