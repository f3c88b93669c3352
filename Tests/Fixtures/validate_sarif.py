#!/usr/bin/env python3
"""Validate SARIF files against the SARIF 2.1.0 JSON schema (draft-04).

usage: validate_sarif.py [--schema PATH] FILE...

The schema defaults to sarif-schema-2.1.0.json next to this script (a copy of the
OASIS schema, so a fresh clone can run it). Besides the schema's structure, the
`uri` and `uri-reference` formats are checked against RFC 3986: jsonschema checks
them only when the optional rfc3987 package is installed, and a file path with a
space that is not percent-encoded is exactly the kind of mistake a SARIF consumer
such as GitHub code scanning trips over.

Exit status: 0 every file is valid, 1 at least one is not, 2 usage or unreadable
input, 3 the jsonschema package is missing (install it: python3 -m pip install jsonschema).
"""

import json
import os
import re
import sys

MISSING_JSONSCHEMA = 3


def rfc3986_patterns():
    unreserved = r"[A-Za-z0-9\-._~]"
    pct_encoded = r"%[0-9A-Fa-f]{2}"
    sub_delims = r"[!$&'()*+,;=]"
    pchar = f"(?:{unreserved}|{pct_encoded}|{sub_delims}|[:@])"
    segment = f"{pchar}*"
    segment_nz = f"{pchar}+"
    segment_nz_nc = f"(?:{unreserved}|{pct_encoded}|{sub_delims}|@)+"
    query = f"(?:{pchar}|[/?])*"
    scheme = r"[A-Za-z][A-Za-z0-9+\-.]*"
    userinfo = f"(?:{unreserved}|{pct_encoded}|{sub_delims}|:)*"
    ip_literal = r"\[[0-9A-Fa-fvV:.]+\]"
    reg_name = f"(?:{unreserved}|{pct_encoded}|{sub_delims})*"
    authority = f"(?:{userinfo}@)?(?:{ip_literal}|{reg_name})(?::[0-9]*)?"
    path_abempty = f"(?:/{segment})*"
    path_absolute = f"/(?:{segment_nz}(?:/{segment})*)?"
    path_noscheme = f"{segment_nz_nc}(?:/{segment})*"
    path_rootless = f"{segment_nz}(?:/{segment})*"
    tail = f"(?:\\?{query})?(?:#{query})?"
    hier_part = f"(?://{authority}{path_abempty}|{path_absolute}|{path_rootless}|)"
    relative_part = f"(?://{authority}{path_abempty}|{path_absolute}|{path_noscheme}|)"
    uri = re.compile(f"{scheme}:{hier_part}{tail}")
    relative_ref = re.compile(f"{relative_part}{tail}")
    return uri, relative_ref


def main(argv):
    args = argv[1:]
    schema_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sarif-schema-2.1.0.json")
    if len(args) >= 2 and args[0] == "--schema":
        schema_path = args[1]
        args = args[2:]
    if not args or any(arg.startswith("-") for arg in args):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2

    try:
        from jsonschema import Draft4Validator, FormatChecker
    except ImportError:
        print(
            "validate_sarif.py: the Python package 'jsonschema' is missing.\n"
            "  install it with:  python3 -m pip install jsonschema\n"
            "  (or: apt-get install python3-jsonschema; in a venv: pip install jsonschema)",
            file=sys.stderr,
        )
        return MISSING_JSONSCHEMA

    try:
        with open(schema_path, encoding="utf-8") as handle:
            schema = json.load(handle)
    except (OSError, ValueError) as error:
        print(f"validate_sarif.py: cannot read the schema {schema_path}: {error}", file=sys.stderr)
        return 2
    Draft4Validator.check_schema(schema)

    uri, relative_ref = rfc3986_patterns()
    checker = FormatChecker()

    @checker.checks("uri")
    def is_uri(value):
        return not isinstance(value, str) or uri.fullmatch(value) is not None

    @checker.checks("uri-reference")
    def is_uri_reference(value):
        return not isinstance(value, str) or uri.fullmatch(value) is not None or relative_ref.fullmatch(value) is not None

    validator = Draft4Validator(schema, format_checker=checker)
    status = 0
    for path in args:
        try:
            with open(path, encoding="utf-8") as handle:
                document = json.load(handle)
        except (OSError, ValueError) as error:
            print(f"{path}: not readable as JSON: {error}", file=sys.stderr)
            status = max(status, 2)
            continue
        errors = sorted(validator.iter_errors(document), key=lambda error: list(error.absolute_path))
        if not errors:
            print(f"{path}: valid SARIF 2.1.0 (Draft4Validator, jsonschema {_version()})")
            continue
        status = max(status, 1)
        print(f"{path}: {len(errors)} schema error{'s' if len(errors) != 1 else ''}", file=sys.stderr)
        for error in errors[:25]:
            location = "/".join(str(part) for part in error.absolute_path) or "(root)"
            print(f"  at {location}: {error.message}", file=sys.stderr)
    return status


def _version():
    try:
        from importlib.metadata import version

        return version("jsonschema")
    except Exception:  # noqa: BLE001 - the version is informative only
        return "?"


if __name__ == "__main__":
    sys.exit(main(sys.argv))
