"""Paths and helpers shared by the tests of the `autograde` Python module.

Run with the module on the path, e.g.
    PYTHONPATH=build/python /usr/bin/python3 -B -m pytest -q -p no:cacheprovider tests/python
(ctest does this, see CMakeLists.txt). The CLI binary for the parity tests comes from
$AUTOGRADE_BINARY, else from beside the module's folder (build/autograde).
"""
import os
import pathlib
import re
import subprocess
import sys
import textwrap

import autograde

REPO = pathlib.Path(__file__).resolve().parents[2]
EXERCISES = REPO / "exercises"
TINY = REPO / "tests" / "data" / "exercises" / "tiny"
TINY_SUBMISSIONS = REPO / "tests" / "data" / "submissions" / "tiny"
BAD_EXERCISES = REPO / "tests" / "data" / "bad-exercises"
GOOD_EXERCISES = REPO / "tests" / "data" / "good-exercises"

# tiny's hidden tests carry these in their calls and expected values: they must never
# reach Python through any attribute, repr or report.
SECRET_MARKERS = ("4242424242", "7777777", "1111111", "8888888")

CORRECT_ADD = "def add(a, b):\n    return a + b\n"

# Wrong, prints (to stdout only), and raises with its arguments in the hidden tests.
PRINTS = """\
def add(a, b):
    print("adding", a, "and", b)
    if a > 1000:
        raise ValueError("secret arguments: %r %r" % (a, b))
    return a * b
"""


def cli_binary() -> pathlib.Path:
    configured = os.environ.get("AUTOGRADE_BINARY")
    if configured:
        return pathlib.Path(configured)
    return pathlib.Path(autograde.__file__).resolve().parent.parent / "autograde"


def run_cli(*args, cwd=REPO, **kwargs) -> subprocess.CompletedProcess:
    binary = cli_binary()
    assert binary.exists(), f"the autograde CLI is not at {binary} (set AUTOGRADE_BINARY)"
    return subprocess.run([str(binary), *map(str, args)], cwd=cwd, capture_output=True, text=True,
                          timeout=300, **kwargs)


def run_python(script: str, *args, cwd=REPO) -> subprocess.CompletedProcess:
    """Runs `script` in a fresh interpreter that imports the same autograde module."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(pathlib.Path(autograde.__file__).resolve().parent)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return subprocess.run([sys.executable, "-B", "-c", textwrap.dedent(script), *map(str, args)], cwd=cwd,
                          env=env, capture_output=True, text=True, timeout=300)


def without_times(report: str) -> str:
    """A JSON report with every "time_ms" value replaced by 0: the only fields that differ
    between two runs of the same submission (they are wall-clock measurements)."""
    return re.sub(r'"time_ms": -?[0-9.eE+-]+', '"time_ms": 0', report)


def write_exercise(folder: pathlib.Path, yaml_text: str, files=None) -> pathlib.Path:
    """An exercise folder under `folder`: exercise.yaml plus `files` (relative name -> text)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "exercise.yaml").write_text(textwrap.dedent(yaml_text))
    for name, text in (files or {}).items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
    return folder
