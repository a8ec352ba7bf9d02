#!/usr/bin/python3
"""Checks a report against what its consumer requires, not against approved bytes.

    check_report.py FORMAT FILE

FORMAT is junit, gradescope, exercism or github. Exits 0 when FILE is a report the
consumer accepts, 1 with one line per problem on stderr otherwise, 2 on bad usage.
Standard library only (Debian's python3), so that CI needs nothing more:

- junit: parsed by a real XML parser (xml.etree, expat: it refuses control characters and
  invalid UTF-8), then the rules CI tools rely on: <testsuites> of <testsuite>s of
  <testcase>s, each with name, classname and time; at most one of failure, error and
  skipped per testcase; a suite's tests/failures/errors/skipped equal to its testcases
  and <testsuites>' totals equal to the sums. When xmllint is installed (libxml2-utils),
  also validated against junit.xsd beside this script.
- gradescope, exercism: strict JSON (no NaN, no duplicate keys), validated against the
  JSON Schema beside this script (written from each consumer's documentation) by the
  small validator below, then the rules a schema cannot say (scores add up, statuses agree).
- github: every line is a workflow command ::error, ::warning or ::notice with the
  properties GitHub knows, each value and message escaped as GitHub's toolkit escapes them.
"""

import json
import math
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))


class Problems:
    def __init__(self):
        self.items = []

    def add(self, where, what):
        self.items.append(f"{where}: {what}")


# ---- A small JSON Schema validator (the keywords the schemas here use) -----------------

TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "integer": lambda v: (isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer()),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def schema_errors(value, schema, path="$"):
    """The ways `value` breaks `schema` (type, enum, const, required, properties,
    additionalProperties, items, minimum, maximum, minLength, maxLength, allOf, if/then/else)."""
    errors = []
    if "type" in schema:
        names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(TYPES[name](value) for name in names):
            return [f"{path}: expected {' or '.join(names)}, got {type(value).__name__}"]
    if "const" in schema and value != schema["const"]:
        errors.append(f"{path}: must be {schema['const']!r}, got {value!r}")
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: must be one of {schema['enum']}, got {value!r}")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{path}: {value} is below {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{path}: {value} is above {schema['maximum']}")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            errors.append(f"{path}: shorter than {schema['minLength']} characters")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            errors.append(f"{path}: {len(value)} characters, more than {schema['maxLength']}")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{path}: missing required key {key!r}")
        properties = schema.get("properties", {})
        for key, item in value.items():
            if key in properties:
                errors += schema_errors(item, properties[key], f"{path}.{key}")
            elif schema.get("additionalProperties", True) is False:
                errors.append(f"{path}: unknown key {key!r}")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            errors += schema_errors(item, schema["items"], f"{path}[{index}]")
    for part in schema.get("allOf", []):
        errors += schema_errors(value, part, path)
    if "if" in schema:
        branch = schema.get("then" if not schema_errors(value, schema["if"], path) else "else")
        if branch:
            errors += schema_errors(value, branch, path)
    return errors


def load_strict_json(text, problems):
    def no_duplicates(pairs):
        keys = [key for key, _ in pairs]
        for key in set(keys):
            if keys.count(key) > 1:
                raise ValueError(f"duplicate key {key!r}")
        return dict(pairs)

    def no_constant(name):
        raise ValueError(f"{name} is not JSON")

    try:
        return json.loads(text, object_pairs_hook=no_duplicates, parse_constant=no_constant)
    except ValueError as error:
        problems.add("json", str(error))
        return None


def check_against_schema(document, schema_name, problems):
    with open(os.path.join(HERE, schema_name), encoding="utf-8") as file:
        schema = json.load(file)
    for error in schema_errors(document, schema):
        problems.add(schema_name, error)


# ---- gradescope -------------------------------------------------------------------------

def check_gradescope(text, problems):
    report = load_strict_json(text, problems)
    if report is None:
        return
    check_against_schema(report, "gradescope.schema.json", problems)
    if problems.items:
        return
    total = sum(test["score"] for test in report["tests"])
    if not math.isclose(total, report["score"], abs_tol=1e-9):
        problems.add("score", f"the tests' scores add up to {total}, not {report['score']}")
    if "max_score" in report:
        most = sum(test["max_score"] for test in report["tests"])
        if not math.isclose(most, report["max_score"], abs_tol=1e-9):
            problems.add("max_score", f"the tests' max_scores add up to {most}, not {report['max_score']}")
    for index, test in enumerate(report["tests"]):
        where = f"tests[{index}]"
        if test["score"] > test["max_score"]:
            problems.add(where, "score above max_score")
        full = math.isclose(test["score"], test["max_score"], abs_tol=1e-9)
        if (test["status"] == "passed" and not full) or (test["status"] == "failed" and full and test["max_score"] > 0):
            problems.add(where, f"status {test['status']} with score {test['score']}/{test['max_score']}")


# ---- exercism ---------------------------------------------------------------------------

def check_exercism(text, problems):
    report = load_strict_json(text, problems)
    if report is None:
        return
    check_against_schema(report, "exercism.schema.json", problems)
    if problems.items:
        return
    if report["status"] == "error":
        if len(report["message"].encode("utf-8")) > 65535:
            problems.add("message", "more than 65535 bytes")
        return
    if report.get("message") is not None:
        problems.add("message", "must be null or absent unless status is error")
    statuses = [test["status"] for test in report["tests"]]
    expected = "pass" if all(status == "pass" for status in statuses) else "fail"
    if report["status"] != expected:
        problems.add("status", f"{report['status']} but the tests say {expected}")
    for index, test in enumerate(report["tests"]):
        if test["status"] != "pass" and not test.get("message"):
            problems.add(f"tests[{index}]", "a test that did not pass needs a message")


# ---- junit ------------------------------------------------------------------------------

COUNTED = ("tests", "failures", "errors", "skipped")


def count_attribute(element, name, where, problems):
    value = element.get(name)
    if value is None or not re.fullmatch(r"[0-9]+", value):
        problems.add(where, f"{name}={value!r} is not a count")
        return 0
    return int(value)


def seconds_attribute(element, where, problems):
    value = element.get("time")
    if value is None or not re.fullmatch(r"[0-9]+(\.[0-9]+)?", value):
        problems.add(where, f"time={value!r} is not a number of seconds")
        return 0.0
    return float(value)


def check_testcase(case, where, problems):
    for name in ("name", "classname"):
        if not case.get(name):
            problems.add(where, f"no {name}")
    seconds_attribute(case, where, problems)
    kinds = [child.tag for child in case if child.tag in ("failure", "error", "skipped")]
    if len(kinds) > 1:
        problems.add(where, f"more than one outcome: {kinds}")
    for child in case:
        if child.tag not in ("failure", "error", "skipped", "system-out", "system-err"):
            problems.add(where, f"unexpected <{child.tag}>")
        if child.tag in ("failure", "error") and (child.get("type") is None or child.get("message") is None):
            problems.add(where, f"<{child.tag}> without type and message")
    return {"tests": 1, "failures": kinds.count("failure"), "errors": kinds.count("error"),
            "skipped": kinds.count("skipped")}


def check_suite(suite, where, problems):
    if not suite.get("name"):
        problems.add(where, "no name")
    counted = dict.fromkeys(COUNTED, 0)
    for index, child in enumerate(suite):
        if child.tag == "testcase":
            for key, value in check_testcase(child, f"{where}/testcase[{index}]", problems).items():
                counted[key] += value
        elif child.tag not in ("properties", "system-out", "system-err"):
            problems.add(where, f"unexpected <{child.tag}>")
    for key in COUNTED:
        declared = count_attribute(suite, key, where, problems)
        if declared != counted[key]:
            problems.add(where, f"{key}={declared} but its testcases say {counted[key]}")
    counted["time"] = seconds_attribute(suite, where, problems)
    return counted


def check_junit(path, text, problems):
    try:
        root = ET.fromstring(text.encode("utf-8", "surrogateescape"))
    except ET.ParseError as error:
        problems.add("xml", f"not well-formed: {error}")
        return
    if root.tag != "testsuites":
        problems.add("xml", f"the root is <{root.tag}>, not <testsuites>")
        return
    totals = dict.fromkeys(COUNTED + ("time",), 0)
    for index, suite in enumerate(root):
        if suite.tag != "testsuite":
            problems.add("testsuites", f"unexpected <{suite.tag}>")
            continue
        for key, value in check_suite(suite, f"testsuite[{index}]", problems).items():
            totals[key] += value
    for key in ("tests", "failures", "errors"):
        declared = count_attribute(root, key, "testsuites", problems)
        if declared != totals[key]:
            problems.add("testsuites", f"{key}={declared} but the suites add up to {totals[key]}")
    declared_time = seconds_attribute(root, "testsuites", problems)
    if not math.isclose(declared_time, totals["time"], abs_tol=1e-6):
        problems.add("testsuites", f"time={declared_time} but the suites add up to {totals['time']}")
    xmllint = shutil.which("xmllint")
    if xmllint:
        run = subprocess.run([xmllint, "--noout", "--nonet", "--schema", os.path.join(HERE, "junit.xsd"), path],
                             capture_output=True, text=True, errors="replace")
        if run.returncode != 0:
            for line in run.stderr.splitlines():
                problems.add("junit.xsd", line)
    else:
        print("check_report: xmllint not installed; junit.xsd not checked", file=sys.stderr)


# ---- github -----------------------------------------------------------------------------

PROPERTIES = ("file", "line", "endLine", "col", "endColumn", "title")
ESCAPED_DATA = re.compile(r"%(?!25|0D|0A)")          # a % that is not an escape
ESCAPED_PROPERTY = re.compile(r"%(?!25|0D|0A|3A|2C)")
COMMAND = re.compile(r"::(error|warning|notice)(?: ([^:]*))?::(.*)")


def check_github(text, problems):
    if text and not text.endswith("\n"):
        problems.add("github", "the last line has no newline")
    for number, line in enumerate(text.split("\n")[:-1], start=1):
        where = f"line {number}"
        if "\r" in line or re.search(r"[\x00-\x08\x0b-\x1f\x7f]", line):
            problems.add(where, "a raw control character")
        match = COMMAND.fullmatch(line)
        if not match:
            problems.add(where, f"not a workflow command: {line[:80]!r}")
            continue
        _, properties, message = match.groups()
        if ESCAPED_DATA.search(message):
            problems.add(where, "a % in the message that is not %25, %0D or %0A")
        for item in (properties or "").split(","):
            name, equals, value = item.partition("=")
            if not equals or name not in PROPERTIES:
                problems.add(where, f"bad property {item!r}")
            elif ESCAPED_PROPERTY.search(value):
                problems.add(where, f"a % in {name} that is not an escape")


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("junit", "gradescope", "exercism", "github"):
        print(__doc__, file=sys.stderr)
        return 2
    format_name, path = sys.argv[1], sys.argv[2]
    with open(path, "rb") as file:
        raw = file.read()
    problems = Problems()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        problems.add("utf-8", str(error))
        text = raw.decode("utf-8", "surrogateescape")
    if format_name == "junit":
        check_junit(path, text, problems)
    elif format_name == "gradescope":
        check_gradescope(text, problems)
    elif format_name == "exercism":
        check_exercism(text, problems)
    else:
        check_github(text, problems)
    for item in problems.items:
        print(f"{format_name}: {item}", file=sys.stderr)
    return 1 if problems.items else 0


if __name__ == "__main__":
    sys.exit(main())
