#!/usr/bin/env python3
"""Progress on long work, on a real pseudo-terminal: the built gcsj validates a generated registry
with standard error on a pty (standard output on a pipe) and with both on pipes.

    check_progress.py GCSJ SOURCE_DIR

- on a terminal, standard error shows the line rewritten in place ("\\r...\\x1b[K", cut to the
  terminal's width) and erases it at the end; standard output is byte for byte a pipe run's;
- a warning on the terminal starts on a line of its own (the line is erased first);
- on a pipe, nothing, unless --progress: then plain lines, no carriage return, no escape;
- with CI or GITHUB_ACTIONS set, nothing on the terminal unless --progress; --no-progress: nothing.

GCSJ_PROGRESS_DELAY_MS=0 (a knob for tests) shows progress from the first moment, so a small
registry is enough and the test does not wait a second per run.
"""
import fcntl
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import termios
import threading

GCSJ, SOURCE = sys.argv[1], sys.argv[2]
WIDTH = 40  # the pseudo-terminal's columns

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what)


def environment(**extra):
    env = {k: v for k, v in os.environ.items()
           if k not in ("CI", "GITHUB_ACTIONS", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "NO_COLOR")}
    env.update(LANG="C", TERM="xterm", GCSJ_PROGRESS_DELAY_MS="0")
    env.update(extra)
    return env


def run_on_terminal(args, **extra):
    """stdout, and what a terminal on standard error received."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, WIDTH, 0, 0))
    # The terminal passes bytes as written: no "\n" -> "\r\n" on its way to this test.
    attributes = termios.tcgetattr(slave)
    attributes[1] &= ~termios.OPOST
    termios.tcsetattr(slave, termios.TCSANOW, attributes)
    process = subprocess.Popen([GCSJ] + args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=slave, env=environment(**extra))
    os.close(slave)
    received = bytearray()

    def read_terminal():
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the last writer closed it
                return
            if not chunk:
                return
            received.extend(chunk)

    reader = threading.Thread(target=read_terminal)
    reader.start()
    stdout, _ = process.communicate(timeout=300)
    reader.join(timeout=60)
    os.close(master)
    return process.returncode, stdout, bytes(received)


def run_on_pipes(args, **extra):
    process = subprocess.run([GCSJ] + args, stdin=subprocess.DEVNULL, capture_output=True,
                             env=environment(**extra), timeout=300)
    return process.returncode, process.stdout, process.stderr


DRAWN = re.compile(rb"\r([^\r\x1b]*)\x1b\[K")
WORDS = re.compile(r"^[\d,]+ (of [\d,]+ )?(files read|documents judged|partners compared|pages "
                   r"written)")


def main():
    work = tempfile.mkdtemp(prefix="gcsj-progress-")
    try:
        registry = os.path.join(work, "registry")
        subprocess.run([sys.executable, os.path.join(SOURCE, "bench", "generate.py"), "3000",
                        registry], check=True, stdout=subprocess.DEVNULL)
        validate = ["validate", registry, "--no-config", "--as-of", "2026-11-29", "-j", "1"]

        piped_status, piped_out, piped_err = run_on_pipes(validate)
        check(piped_err == b"", f"a pipe shows no progress: {piped_err[:200]!r}")

        status, out, terminal = run_on_terminal(validate)
        check(status == piped_status, f"the same exit status on a terminal: {status}")
        check(out == piped_out, "standard output is byte for byte a pipe run's")
        drawn = [m.group(1).decode() for m in DRAWN.finditer(terminal)]
        check(drawn, f"the terminal shows progress: {terminal[:300]!r}")
        check(any("files read" in line for line in drawn if line),
              f"the files read are shown: {drawn[:5]}")
        for line in drawn:
            if line:
                check(WORDS.match(line), f"a line in words: {line!r}")
                check(len(line) <= WIDTH - 1, f"a line cut to the width: {line!r}")
        check(terminal.endswith(b"\r\x1b[K"), f"the line is erased at the end: {terminal[-60:]!r}")
        check(b"\n" not in terminal, f"nothing but the line on the terminal: {terminal[-200:]!r}")

        status, out, progress_lines = run_on_pipes(validate + ["--progress"])
        check(out == piped_out, "--progress on a pipe: standard output unchanged")
        lines = progress_lines.decode().splitlines()
        check(lines, "--progress on a pipe writes plain lines")
        check(b"\r" not in progress_lines and b"\x1b" not in progress_lines,
              f"--progress on a pipe: no carriage return, no escape: {progress_lines[:200]!r}")
        for line in lines:
            check(WORDS.match(line), f"a plain line in words: {line!r}")

        for variable in ("CI", "GITHUB_ACTIONS"):
            _, _, quiet = run_on_terminal(validate + ["-f", "json"], **{variable: "true"})
            check(quiet == b"", f"{variable}=true on a terminal: nothing, got {quiet[:200]!r}")
            _, _, asked = run_on_terminal(validate + ["-f", "json", "--progress"],
                                          **{variable: "true"})
            check(DRAWN.search(asked), f"{variable}=true with --progress: the line is shown")
        _, _, silenced = run_on_terminal(validate + ["--no-progress"])
        check(silenced == b"", f"--no-progress on a terminal: nothing, got {silenced[:200]!r}")
        _, _, dumb = run_on_terminal(validate, TERM="dumb")
        check(dumb == b"", f"TERM=dumb: nothing, got {dumb[:200]!r}")

        # A view of a registry with errors warns: the warning starts on a clean line.
        broken = os.path.join(SOURCE, "tests", "fixtures", "broken")
        listing = ["list", "partners", broken, "--no-config", "--as-of", "2026-11-29"]
        _, piped_list, _ = run_on_pipes(listing)
        _, list_out, warned = run_on_terminal(listing)
        check(list_out == piped_list, "list partners: standard output unchanged on a terminal")
        check(b"\r\x1b[Kgcsj: warning: " in warned,
              f"the line is erased before a warning: {warned[:300]!r}")
        check(warned.endswith(b"\r\x1b[K") or warned.endswith(b"\n"),
              f"nothing left on the line at the end: {warned[-80:]!r}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    print("progress: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
