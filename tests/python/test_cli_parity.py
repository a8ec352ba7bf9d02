"""The Python module and the CLI give the same reports and the same error messages.

How the JSON comparison is made honest:
- Only the "time_ms" values are normalised (to 0), in both texts alike: they are wall-clock
  measurements and differ between any two runs, of the CLI as much as of Python. Every
  other byte — keys, order, numbers, messages, whitespace, the final newline — must match.
- The Python side runs in a fresh interpreter that, like the CLI (cli/main.cc), has made
  itself a child subreaper first. The report states honestly whether orphans are reaped
  ("subreaper" under tier B), and that is a property of the process, not of the bindings:
  an in-process Result says "subreaper: only the command-line tool reaps orphans" there,
  and the module does not make a notebook's kernel a subreaper (the core would then kill
  the kernel's other children as orphans). Same process state, same bytes.
- Both get the same path string (relative to the repository, from the same working
  directory), since the report names the submission as the user gave it.
- A submission that prints to both stdout and stderr is left out: the core reads the two
  pipes as data arrives, so their interleaving in "output" can differ between any two
  runs. PRINTS below writes to stdout only.
"""
import re

import pytest

import autograde
from support import BAD_EXERCISES, PRINTS, run_cli, run_python, without_times

PYTHON_SUBMIT = """
    import ctypes, sys
    import autograde
    PR_SET_CHILD_SUBREAPER = 36
    if ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        sys.exit("prctl(PR_SET_CHILD_SUBREAPER) failed")
    exercise = autograde.load_exercise(sys.argv[1])
    result = autograde.submit(exercise, sys.argv[2], sandbox=sys.argv[3])
    sys.stdout.write(result.to_json() if sys.argv[4] == "json" else result.report(sys.argv[4]))
"""

SUBMISSIONS = [
    ("tests/data/exercises/tiny", "tests/data/submissions/tiny/correct.py"),
    ("tests/data/exercises/tiny", "tests/data/submissions/tiny/wrong.py"),
    ("tests/data/exercises/tiny", "tests/data/submissions/tiny/syntax_error.py"),
    ("tests/data/exercises/tiny", "tests/data/submissions/tiny/missing_entry.py"),
    ("01-list-vs-tuple", "exercises/01-list-vs-tuple/solution.py"),
    ("01-list-vs-tuple", "exercises/01-list-vs-tuple/wrong/freezes_in_place.py"),
]


def python_report(exercise, submission, sandbox="best", report_format="json"):
    ran = run_python(PYTHON_SUBMIT, exercise, submission, sandbox, report_format)
    assert ran.returncode == 0, ran.stderr
    return ran.stdout


@pytest.mark.parametrize("exercise, submission", SUBMISSIONS)
def test_the_json_of_python_and_cli_is_byte_identical_but_for_the_times(exercise, submission):
    cli = run_cli("submit", exercise, submission, "--format", "json")
    assert cli.returncode in (0, 1), cli.stderr
    python = python_report(exercise, submission)
    assert '"time_ms"' in cli.stdout  # the normalisation has something to do, and does only that
    assert without_times(python) == without_times(cli.stdout)


@pytest.fixture
def prints(tmp_path):
    path = tmp_path / "prints.py"
    path.write_text(PRINTS)
    return path


def test_the_json_is_byte_identical_for_a_submission_that_prints_and_raises(prints):
    exercise = "tests/data/exercises/tiny"
    cli = run_cli("submit", exercise, prints, "--format", "json")
    python = python_report(exercise, prints)
    assert "adding 1 and 2" in python
    assert without_times(python) == without_times(cli.stdout)


def test_the_json_is_byte_identical_under_tier_b_too(prints):
    exercise, submission = "tests/data/exercises/tiny", prints
    cli = run_cli("submit", exercise, submission, "--format", "json", "--sandbox", "B")
    python = python_report(exercise, submission, sandbox="B")
    assert '"tier": "B"' in python
    assert without_times(python) == without_times(cli.stdout)


def test_the_text_report_matches_the_clis_but_for_the_times(prints):
    exercise, submission = "tests/data/exercises/tiny", prints
    cli = run_cli("submit", exercise, submission, "--color", "never")
    python = python_report(exercise, submission, report_format="text")
    # The text report right-aligns "6.8 ms" in a column, and pads a hidden test's line (which
    # shows no time) to that column's width: normalise the times and every run of padding.
    times = re.compile(r" +\d+(\.\d+)? ms\b")
    assert times.search(cli.stdout)

    def normalised(text):
        return re.sub(r" {2,}", "  ", times.sub(" T ms", text))

    assert normalised(python) == normalised(cli.stdout)


def test_an_invalid_exercise_has_the_clis_message():
    path = "tests/data/bad-exercises/many-errors.yaml"
    cli = run_cli("submit", path, "tests/data/submissions/tiny/correct.py")
    assert cli.returncode == 2
    with pytest.raises(autograde.ExerciseError) as caught:
        autograde.load_exercise(BAD_EXERCISES / "many-errors.yaml")
    message = str(caught.value).replace(str(BAD_EXERCISES / "many-errors.yaml"), path)
    for diagnostic in caught.value.diagnostics:  # each diagnostic, as the CLI prints it
        assert str(diagnostic).replace(str(BAD_EXERCISES / "many-errors.yaml"), path) in cli.stderr
    assert cli.stderr == message + "\n"


def test_an_unknown_exercise_and_a_missing_submission_have_the_clis_messages(tiny):
    cli = run_cli("submit", "99", "x.py")
    with pytest.raises(autograde.ExerciseError) as unknown:
        autograde.load_exercise("99")
    assert cli.stderr == str(unknown.value) + "\n"

    cli = run_cli("submit", "tests/data/exercises/tiny", "no/such/file.py")
    assert cli.returncode == 2
    ran = run_python("""
        import sys, autograde
        try:
            autograde.submit(autograde.load_exercise("tests/data/exercises/tiny"), "no/such/file.py")
        except autograde.SubmissionError as error:
            print(error)
    """)
    assert cli.stderr == ran.stdout
