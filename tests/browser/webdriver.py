"""The few W3C WebDriver commands the browser checks need (Debian's chromium and chromedriver,
over HTTP, no client library), and a quiet local web server for a published site."""
import functools
import http.server
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class WebDriver:
    """The few W3C WebDriver commands the checks need."""

    def __init__(self, profile):
        self.port = free_port()
        self.process = subprocess.Popen([DRIVER, f"--port={self.port}"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.base = f"http://127.0.0.1:{self.port}"
        for _ in range(100):
            try:
                if self.call("GET", "/status")["value"]["ready"]:
                    break
            except OSError:
                time.sleep(0.1)
        arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                     "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync",
                     "--disable-dev-shm-usage", f"--user-data-dir={profile}"]
        capabilities = {"browserName": "chrome",
                        "goog:chromeOptions": {"binary": CHROMIUM, "args": arguments}}
        session = self.call("POST", "/session", {"capabilities": {"alwaysMatch": capabilities}})
        self.session = session["value"]["sessionId"]

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.load(response)

    def command(self, method, path, body=None):
        return self.call(method, f"/session/{self.session}{path}", body)["value"]

    def open(self, url):
        self.command("POST", "/url", {"url": url})

    def run(self, script, *args):
        return self.command("POST", "/execute/sync", {"script": script, "args": list(args)})

    def type_into(self, css, text):
        element = self.command("POST", "/element", {"using": "css selector", "value": css})
        key = next(iter(element.values()))
        self.command("POST", f"/element/{key}/value", {"text": text})

    def quit(self):
        try:
            self.command("DELETE", "")
        finally:
            self.process.terminate()
            self.process.wait(10)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(directory):
    handler = functools.partial(QuietHandler, directory=directory)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def arguments(usage):
    """GCSJ and SOURCE_DIR from the command line, or the exit status to return at once: 2 (usage,
    printed) or 77 (skipped: Chromium is not installed)."""
    if len(sys.argv) != 3:
        print(usage)
        return 2
    if not CHROMIUM or not DRIVER:
        print("skipped: chromium and chromium-driver are not installed")
        return 77
    return sys.argv[1], sys.argv[2]
