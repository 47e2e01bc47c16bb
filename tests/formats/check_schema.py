#!/usr/bin/env python3
"""Keeps `gcsj schema` in step with gcsj's loader, using a real JSON Schema validator.

Every document of the valid examples must pass the schema of its kind; every fixture under
tests/fixtures/schema/ breaks the structure (an unknown key, a wrong type, a bad enumerated value,
a missing required key) and must fail both the schema and `gcsj validate`.

YAML is read as YAML 1.2 reads it (as gcsj and editors' YAML servers do): only true/false are
booleans and dates stay strings, so NO is Norway rather than false.

Usage: check_schema.py GCSJ_BINARY SOURCE_DIR. Exit 77 (skipped) without python3-jsonschema or
python3-yaml.
"""
import glob
import json
import os
import re
import subprocess
import sys

try:
    import jsonschema
    import yaml
except ImportError as missing:
    print(f"SKIP: {missing}; install python3-jsonschema and python3-yaml")
    sys.exit(77)

binary, source = sys.argv[1], sys.argv[2]


class Yaml12Loader(yaml.SafeLoader):
    pass


# YAML 1.2's core schema: no YAML 1.1 booleans (yes/no/on/off), no timestamps.
Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers
            if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:bool",
                                   re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def schema_validator(kind):
    text = subprocess.run([binary, "schema", kind], capture_output=True, check=True).stdout
    schema = json.loads(text)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=jsonschema.FormatChecker())


# Every kind `gcsj schema` offers (its help lists the rows of lib/load/document_kinds.cpp).
schema_help = subprocess.run([binary, "schema", "--help"], capture_output=True, text=True,
                             check=True).stdout
kinds = re.search(r"kind TEXT:\{([^}]*)\}", schema_help).group(1).split(",")
assert {"partner", "coordinating-group", "forum"} <= set(kinds), kinds
validators = {kind: schema_validator(kind) for kind in kinds}
failures = []


def documents(path):
    with open(path, encoding="utf-8") as f:
        return [d for d in yaml.load_all(f, Loader=Yaml12Loader) if d is not None]


def schema_errors(path):
    errors = []
    for document in documents(path):
        validator = validators.get(document.get("kind"))
        if validator is None:
            errors.append(f"unknown kind {document.get('kind')!r}")
            continue
        errors += [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(document)]
    return errors


valid = sorted(glob.glob(os.path.join(source, "examples/registry/**/*.yaml"), recursive=True))
valid.append(os.path.join(source, "examples/applications/portugal.yaml"))
# What `gcsj init` writes must pass too: editors check it with these schemas from the first day.
import tempfile
fresh = tempfile.mkdtemp()
subprocess.run([binary, "init", fresh], capture_output=True, check=True)
valid += sorted(glob.glob(os.path.join(fresh, "**/*.yaml"), recursive=True))
for path in valid:
    errors = schema_errors(path)
    if errors:
        failures.append(f"{path}: a valid example fails the schema: {errors[:3]}")

invalid = sorted(glob.glob(os.path.join(source, "tests/fixtures/schema/*.yaml")))
if len(invalid) < 8:
    failures.append("too few structural fixtures")
for path in invalid:
    if not schema_errors(path):
        failures.append(f"{path}: breaks the structure but passes the schema")
    done = subprocess.run([binary, "validate", "--no-config", "--as-of", "2026-11-29", "-f", "json",
                           "--registry", os.path.join(source, "examples/registry"), path], capture_output=True)
    report = json.loads(done.stdout)
    if done.returncode != 1 or report["summary"]["errors"] == 0:
        failures.append(f"{path}: fails the schema but gcsj reports no error")

for failure in failures:
    print("FAIL:", failure)
print(f"{len(valid)} valid and {len(invalid)} invalid files checked, {len(failures)} failures")
sys.exit(1 if failures else 0)
