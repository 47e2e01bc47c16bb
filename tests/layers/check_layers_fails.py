#!/usr/bin/env python3
"""Proves that check_layers.py can fail for every folder of lib/.

    check_layers_fails.py SOURCE_DIR

Copies lib/ and ARCHITECTURE.md to a scratch directory; then, for each folder of the layer map
and each folder its layer may not see (every folder of the map it may not include, and one no
layer knows), plants that include in a file of the folder and expects check_layers.py to fail
naming the file. The unchanged copy must pass, so each failure is the planted include's.
(The check once matched folder names without digits, so no include of `i18n/` was checked.)
"""
import importlib.util
import pathlib
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
CHECK = HERE / "check_layers.py"


def load_map():
    spec = importlib.util.spec_from_file_location("check_layers", CHECK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.ALLOWED


def run(root):
    return subprocess.run([sys.executable, str(CHECK), str(root)], capture_output=True, text=True)


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
                    planted += 1
                    target.write_text(f'#include "{included}/planted.hpp"\n' + original,
                                      encoding="utf-8")
                    result = run(root)
                    if result.returncode == 0 or f"{named} includes {included}/" not in result.stdout:
                        failures.append(f"an include of {included}/ in {named} was not caught")
                target.write_text(original, encoding="utf-8")
    for failure in failures:
        print(failure)
    print(f"{planted} upward includes planted in {len(allowed_map)} folders: {len(failures)} not caught")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
