#!/usr/bin/env python3
"""Exports CTDL pathways with cairn-cli and validates them against the Credential Registry's
pathway JSON Schemas (pathway.json, pathway_component.json) with python3-jsonschema.

Usage: validate_ctdl_pathway.py CAIRN_CLI RESOURCES_DIR SCHEMA_DIR WORK_DIR

The Registry's schemas are inconsistent (docs/formats.md, "CTDL export"): properties refer to
definitions that their file lacks, mostly a `ceasn:X` where only `ceterms:X` is defined, or the
reverse, or one defined only in the other file. Such a missing reference is resolved, in this
order, to the other prefix's definition in the same file, to the same name in the other file, then
to the other prefix in the other file. A reference that resolves to nothing fails the test.

The Pathway is validated against pathway.json's ceterms:Pathway, and every node nested in it
(every object with an @type) against the definition its @type names, from the file that defines it
(ComponentCondition: against both files' definitions). The schemas' "format": "uri" is checked
too: an absolute IRI (a scheme, no white space), as jsonschema checks it only with rfc3987.
"""

import copy
import json
import os
import subprocess
import sys
from urllib.parse import urlparse

import jsonschema

PREFIXES = ("ceasn:", "ceterms:")


def refs_in(value):
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "$ref" and isinstance(item, str) and item.startswith("#/definitions/"):
                yield item[len("#/definitions/"):]
            else:
                yield from refs_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from refs_in(item)


def other_prefix(name):
    for prefix, other in (PREFIXES, PREFIXES[::-1]):
        if name.startswith(prefix):
            return other + name[len(prefix):]
    return None


def patched(own, other):
    """`own`'s definitions, with every missing reference resolved as the module docstring says."""
    definitions = copy.deepcopy(own["definitions"])
    while True:
        missing = sorted({r for r in refs_in(definitions) if r not in definitions})
        added = False
        for name in missing:
            alternative = other_prefix(name)
            if alternative in definitions:
                definitions[name] = {"$ref": "#/definitions/" + alternative}
            elif name in other["definitions"]:
                definitions[name] = copy.deepcopy(other["definitions"][name])
            elif alternative in other["definitions"]:
                definitions[name] = copy.deepcopy(other["definitions"][alternative])
            else:
                continue
            added = True
        if not added:
            return definitions


def nodes(value, path="$"):
    if isinstance(value, dict):
        if "@type" in value:
            yield path, value
        for key, item in value.items():
            yield from nodes(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from nodes(item, f"{path}[{i}]")


def is_absolute_iri(value):
    if not isinstance(value, str):
        return True  # "format" says nothing about other types
    return bool(urlparse(value).scheme) and not any(c.isspace() for c in value)


FORMATS = jsonschema.FormatChecker()
FORMATS.checks("uri")(is_absolute_iri)


class Schemas:
    def __init__(self, folder):
        with open(os.path.join(folder, "pathway.json"), encoding="utf-8") as f:
            pathway = json.load(f)
        with open(os.path.join(folder, "pathway_component.json"), encoding="utf-8") as f:
            component = json.load(f)
        self.files = {
            "pathway.json": (pathway["$schema"], patched(pathway, component)),
            "pathway_component.json": (component["$schema"], patched(component, pathway)),
        }
        for name, (_, definitions) in self.files.items():
            unresolved = sorted({r for r in refs_in(definitions) if r not in definitions})
            print(f"{name}: references no file defines: {', '.join(unresolved) or 'none'}")

    def errors(self, node, path):
        kind = node.get("@type")
        files = [f for f, (_, defs) in self.files.items() if isinstance(kind, str) and kind in defs]
        # The generic component is defined in pathway.json only; the typed ones in pathway_component.json.
        if not files:
            return [f"{path}: no schema defines @type {kind!r}"]
        out = []
        for name in files:
            draft, definitions = self.files[name]
            schema = {"$schema": draft, "$ref": "#/definitions/" + kind, "definitions": definitions}
            validator = jsonschema.validators.validator_for(schema)(schema, format_checker=FORMATS)
            for error in validator.iter_errors(node):
                where = "".join(f"[{p!r}]" for p in error.absolute_path)
                out.append(f"{path}{where} ({kind}, {name}): {error.message}")
        return out


def export(cli, resources, work, goal, profile, extra):
    target = os.path.join(work, f"{goal}{'-' + extra[0].strip('-') if extra else ''}.jsonld")
    command = [cli, "plan", "--catalog", os.path.join(resources, "catalogs", "cairn-catalog.json"),
               "--profile", os.path.join(resources, "profiles", profile), "--goal", goal,
               "--ctdl", target] + extra
    run = subprocess.run(command, capture_output=True, text=True, check=False)
    if run.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({run.returncode}):\n{run.stderr}")
    return target, run.stderr


def main():
    cli, resources, schema_folder, work = sys.argv[1:5]
    os.makedirs(work, exist_ok=True)
    schemas = Schemas(schema_folder)
    publisher = ["--ctdl-owner", "https://credentialengineregistry.org/resources/ce-5f9f4a1e-3a8e-4d47-9f1e-0b1d2c3e4f50",
                 "--ctdl-webpage", "https://example.org/pathways"]
    failures = []
    cases = [("data-analyst", "maria-teacher-to-data.json"), ("it-support-technician", "jamal-retail-to-it-support.json")]
    for goal, profile in cases:
        # With what the Registry requires from the publisher: the document is valid.
        target, said = export(cli, resources, work, goal, profile, publisher)
        with open(target, encoding="utf-8") as f:
            document = json.load(f)
        if document.get("@type") != "ceterms:Pathway":
            failures.append(f"{target}: the document is not a ceterms:Pathway")
        # The goal's id, for the import to read back, in a property the schema accepts (checked below).
        if document.get("ceterms:codedNotation") != f"goal:{goal}":
            failures.append(f"{target}: the pathway does not carry the goal's id as codedNotation goal:{goal}")
        count = 0
        for path, node in nodes(document):
            failures += [f"{target}: {e}" for e in schemas.errors(node, path)]
            count += 1
        if "lacks" in said:
            failures.append(f"{target}: said a field is missing although all were given: {said}")
        print(f"{target}: {count} nodes checked")
        # Without them: written all the same, the missing fields named, and the schema says so too.
        target, said = export(cli, resources, work, goal, profile, [])
        for field in ("ceterms:ownedBy of the pathway", "ceterms:subjectWebpage of the pathway"):
            if field not in said:
                failures.append(f"{target}: the missing {field} was not named: {said!r}")
        with open(target, encoding="utf-8") as f:
            bare = json.load(f)
        if not any("ownedBy" in e for e in schemas.errors(bare, "$")):
            failures.append(f"{target}: the schema accepted a pathway without ceterms:ownedBy")
    for failure in failures:
        print(failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
