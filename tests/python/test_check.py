"""autograde.check: an exercise's own solution, starter and wrong solutions, as `autograde check`."""
import pytest

import autograde
from support import TINY, TINY_SUBMISSIONS, run_cli, write_exercise

STARTER = "def add(a, b):\n    raise NotImplementedError\n"


def tiny_copy(folder, solution="correct.py", wrong=("wrong.py",)):
    files = {"solution.py": (TINY_SUBMISSIONS / solution).read_text(), "starter.py": STARTER}
    for name in wrong:
        files["wrong/" + name] = (TINY_SUBMISSIONS / name).read_text()
    return write_exercise(folder, (TINY / "exercise.yaml").read_text(), files)


def test_a_sound_exercise_checks_ok_with_every_submission_judged(tmp_path):
    folder = tiny_copy(tmp_path / "tiny", wrong=("wrong.py", "missing_entry.py"))
    check = autograde.check(autograde.load_exercise(folder), jobs=2)
    assert check.ok and check.exercise == "tiny" and check.problems == []
    assert [(s.label, s.role, s.ok) for s in check.submissions] == [
        ("solution.py", "solution", True), ("starter.py", "starter", True),
        ("wrong/missing_entry.py", "wrong", True), ("wrong/wrong.py", "wrong", True)]
    solution, starter, missing_entry, wrong = check.submissions
    assert (solution.score, solution.max_score, solution.caught_by, solution.problem) == (7, 7, [], "")
    assert starter.score == 0 and len(starter.caught_by) == 5
    assert missing_entry.result.status == "missing_entry"
    # An author's tool: hidden tests are named among the tests that caught a wrong solution.
    assert "adds the secret pair" in wrong.caught_by
    assert check.never_failing == []
    assert check.seconds > 0
    assert repr(check) == "<Check tiny ok: 4 submissions, 0 failing, 0 problems, 0 tests never failing>"
    assert repr(wrong) == "<SubmissionCheck wrong/wrong.py wrong ok 0/7>"


def test_a_wrong_reference_solution_and_missing_wrong_solutions_fail_the_check(tmp_path):
    folder = tiny_copy(tmp_path / "tiny", solution="wrong.py", wrong=())
    check = autograde.check(autograde.load_exercise(folder), jobs=1)
    assert not check.ok
    assert check.submissions[0].problem == "the reference solution does not score full marks"
    assert check.problems == ["no wrong solutions in wrong/ (each should break one rule of the task)"]
    assert run_cli("check", folder, "--jobs", "1", "--color", "never").returncode == 1


def test_tests_that_no_wrong_solution_fails_are_named(tmp_path):
    folder = tiny_copy(tmp_path / "tiny", wrong=())
    (folder / "wrong").mkdir()
    (folder / "wrong" / "big_numbers_wrong.py").write_text(
        "def add(a, b):\n    return a + b if abs(a) < 10**9 else 0\n")
    check = autograde.check(autograde.load_exercise(folder))
    assert check.ok
    assert check.never_failing == ["adds small numbers", "adds negative numbers", "adds in a code snippet",
                                   "adds the secret pair"]


def test_a_shipped_exercise_checks_ok(list_vs_tuple):
    check = autograde.check(list_vs_tuple)
    assert check.ok
    assert check.submissions[0].label == "solution.py" and check.submissions[0].score == 30
    assert all(s.role == "wrong" and s.score < 30 for s in check.submissions[2:])


def test_check_rejects_a_bad_jobs_count_or_sandbox(tiny):
    with pytest.raises(ValueError, match="jobs must be at least 1, not 0"):
        autograde.check(tiny, jobs=0)
    with pytest.raises(ValueError, match="sandbox= takes"):
        autograde.check(tiny, sandbox="tight")
