#!/usr/bin/env python3
"""Proves that check_layers.py can fail for every folder of lib/.

    check_layers_fails.py SOURCE_DIR

Copies lib/ and ARCHITECTURE.md to a scratch directory; then, for each folder of the layer map
and each folder its layer may not see (every folder of the map it may not include, and one no
layer knows), plants that include in a file of the folder and expects check_layers.py to fail
naming the file. The unchanged copy must pass, so each failure is the planted include's.
(The check once matched folder names without digits, so no include of `i18n/` was checked.)
"""
import contextlib
import importlib.util
import io
import pathlib
import shutil
import sys
import tempfile
import types

HERE = pathlib.Path(__file__).resolve().parent
CHECK = HERE / "check_layers.py"


def load_check():
    spec = importlib.util.spec_from_file_location("check_layers", CHECK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CHECK_MODULE = load_check()


def load_map():
    return CHECK_MODULE.ALLOWED


def run(root):
    """check_layers.py's main on `root`, in this process (hundreds of runs: no interpreter each)."""
    out = io.StringIO()
    argv = sys.argv
    sys.argv = [str(CHECK), str(root)]
    try:
        with contextlib.redirect_stdout(out):
            code = CHECK_MODULE.main()
    finally:
        sys.argv = argv
    return types.SimpleNamespace(returncode=code, stdout=out.getvalue())


def forbidden_for(folder, allowed_map):
    """The folders `folder` may not include: those of the map outside its layer, and an unknown one."""
    seen = allowed_map[folder] | {folder}
    return sorted(f for f in allowed_map if f not in seen) + ["no_such_layer"]


def main():
    source = pathlib.Path(sys.argv[1])
    allowed_map = load_map()
    failures = []
    planted = 0
    with tempfile.TemporaryDirectory() as scratch:
        root = pathlib.Path(scratch)
        shutil.copytree(source / "lib", root / "lib")
        shutil.copy(source / "ARCHITECTURE.md", root / "ARCHITECTURE.md")
        clean = run(root)
        if clean.returncode != 0:
            print(f"the unchanged tree fails:\n{clean.stdout}")
            return 1
        for folder in sorted(allowed_map):
            # A file of the folder and one of each of its sub-folders (lib/render/group/...).
            directories = [root / "lib" / folder] + sorted(
                d for d in (root / "lib" / folder).rglob("*") if d.is_dir())
            targets = [min(d.glob("*.?pp")) for d in directories if any(d.glob("*.?pp"))]
            if not targets:
                failures.append(f"lib/{folder}/ has no file to plant an include in")
                continue
            for target in targets:
                original = target.read_text(encoding="utf-8")
                named = str(target.relative_to(root))
                for included in forbidden_for(folder, allowed_map):
                    # In quotes, and in angle brackets (lib/ is on the include path: it compiles).
                    forms = [f'#include "{included}/planted.hpp"']
                    if included in allowed_map:
                        forms.append(f"#include <{included}/planted.hpp>")
                    for form in forms:
                        planted += 1
                        target.write_text(form + "\n" + original, encoding="utf-8")
                        result = run(root)
                        if result.returncode == 0 or f"{named} includes {included}/" not in result.stdout:
                            failures.append(f"{form} in {named} was not caught")
                target.write_text(original, encoding="utf-8")
    for failure in failures:
        print(failure)
    print(f"{planted} upward includes planted in {len(allowed_map)} folders: {len(failures)} not caught")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
