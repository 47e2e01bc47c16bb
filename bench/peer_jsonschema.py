#!/usr/bin/env python3
"""The peer a user might pick instead of gcsj: PyYAML's C loader and python3-jsonschema with
gcsj's own JSON Schemas. Usage: peer_jsonschema.py SCHEMA_DIR FILE|DIR ..."""
import glob
import json
import os
import sys

import jsonschema
import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
schemas = {}
for kind in ("partner", "coordinating-group"):
    with open(os.path.join(sys.argv[1], f"{kind}.schema.json")) as f:
        schema = json.load(f)
    schemas[kind] = jsonschema.validators.validator_for(schema)(schema)
files = []
for path in sys.argv[2:]:
    files += sorted(glob.glob(os.path.join(path, "**/*.yaml"), recursive=True)) if os.path.isdir(path) else [path]
errors = 0
for path in files:
    with open(path) as f:
        for document in yaml.load_all(f, Loader=Loader):
            if isinstance(document, dict) and document.get("kind") in schemas:
                errors += sum(1 for _ in schemas[document["kind"]].iter_errors(document))
print(f"{len(files)} files, {errors} schema errors")
