"""Errors become Python exceptions, with the CLI's messages; none of them ends the interpreter."""
import pytest

import autograde
from support import BAD_EXERCISES, CORRECT_ADD, REPO, TINY, run_python


def test_the_error_classes_form_one_hierarchy_under_autograde_error():
    assert issubclass(autograde.ExerciseError, autograde.Error) and issubclass(autograde.ExerciseError, ValueError)
    assert issubclass(autograde.SubmissionError, autograde.Error) and issubclass(autograde.SubmissionError, OSError)
    assert issubclass(autograde.SandboxError, autograde.Error) and issubclass(autograde.SandboxError, RuntimeError)
    assert issubclass(autograde.Error, Exception)


def test_a_broken_exercise_raises_exercise_error_with_every_diagnostic():
    path = BAD_EXERCISES / "many-errors.yaml"
    with pytest.raises(autograde.ExerciseError) as caught:
        autograde.load_exercise(path)
    error = caught.value
    assert (error.path, error.line, error.column) == (str(path), 4, 9)
    assert [(d.line, d.column) for d in error.diagnostics] == [(4, 9), (8, 5), (12, 13), (13, 13)]
    assert error.diagnostics[1].message == "unknown key 'expcet' in test 'flat list'; did you mean 'expect'?"
    assert error.diagnostics[1].source_line == '    expcet: "(1, 2)"'
    assert str(error) == "\n".join(str(d) for d in error.diagnostics)
    assert str(error).splitlines()[:3] == [
        f"{path}:4:9: error: 'limits.time' must be a duration such as 2s",
        "    4 |   time: soon",
        "      |         ^"]


def test_a_yaml_syntax_error_is_an_exercise_error_with_its_position():
    with pytest.raises(autograde.ExerciseError) as caught:
        autograde.load_exercise(BAD_EXERCISES / "yaml-syntax-error.yaml")
    assert caught.value.line is not None and caught.value.column is not None
    assert isinstance(caught.value, ValueError)


def test_an_unknown_exercise_id_names_the_ones_there_are():
    with pytest.raises(autograde.ExerciseError, match="no exercise '99' in .*01-list-vs-tuple") as caught:
        autograde.load_exercise("99")
    assert (caught.value.path, caught.value.line, caught.value.column) == (None, None, None)
    assert repr(caught.value.diagnostics[0]).startswith("<Diagnostic \"no exercise '99'")


def test_an_exercise_folder_that_does_not_exist_is_an_exercise_error(tmp_path):
    with pytest.raises(autograde.ExerciseError):
        autograde.load_exercise(tmp_path / "nothing-here")
    with pytest.raises(autograde.ExerciseError):
        autograde.load_exercise("01", exercises_dir=tmp_path)


def test_a_missing_submission_file_raises_submission_error_with_the_clis_message(tiny, tmp_path):
    missing = tmp_path / "nope.py"
    with pytest.raises(autograde.SubmissionError) as caught:
        autograde.submit(tiny, missing)
    assert str(caught.value) == f"{missing}: error: no such file"
    assert caught.value.path == str(missing)
    with pytest.raises(OSError, match="not a regular file"):
        autograde.submit(tiny, tmp_path)


@pytest.mark.parametrize("arguments", [{}, {"path": TINY / "exercise.yaml", "source": CORRECT_ADD}])
def test_submit_wants_exactly_one_of_path_and_source(tiny, arguments):
    with pytest.raises(ValueError, match="exactly one of path= .* and source="):
        autograde.submit(tiny, **arguments)


def test_an_unknown_sandbox_is_a_value_error_naming_the_known_ones(tiny):
    with pytest.raises(ValueError, match="sandbox= takes best\\|strict\\|B\\|none, not 'tight'"):
        autograde.submit(tiny, source=CORRECT_ADD, sandbox="tight")
    with pytest.raises(ValueError, match="add unsafe_local=True"):
        autograde.submit(tiny, source=CORRECT_ADD, sandbox="none")
    with pytest.raises(ValueError, match="unsafe_local=True goes only with sandbox='none'"):
        autograde.submit(tiny, source=CORRECT_ADD, unsafe_local=True)


def test_wrong_argument_types_are_type_errors(tiny):
    with pytest.raises(TypeError):
        autograde.submit("tiny", source=CORRECT_ADD)
    with pytest.raises(TypeError):
        autograde.submit(tiny, source=42)
    with pytest.raises(TypeError):
        autograde.load_exercise(None)
    with pytest.raises(TypeError):
        autograde.submit(tiny, None, CORRECT_ADD)  # source is keyword-only


def test_a_sandbox_that_cannot_start_raises_sandbox_error_and_the_interpreter_carries_on():
    # With almost no file descriptors left the sandbox cannot make its pipes: an
    # infrastructure failure. Given them back, grading works again in the same process.
    script = """
        import os, resource, sys, autograde
        exercise = autograde.load_exercise(sys.argv[1])
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        resource.setrlimit(resource.RLIMIT_NOFILE, (len(os.listdir("/proc/self/fd")) + 5, hard))
        try:
            autograde.submit(exercise, source="def add(a, b):\\n    return a + b\\n")
            print("no error")
        except autograde.SandboxError as error:
            print("SandboxError", isinstance(error, RuntimeError), str(error))
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
        print(repr(autograde.submit(exercise, source="def add(a, b):\\n    return a + b\\n")))
    """
    ran = run_python(script, TINY)
    assert ran.returncode == 0, ran.stderr
    first, second = ran.stdout.splitlines()
    assert first.startswith("SandboxError True "), first
    assert second == "<Result tiny graded 7/7>"


def test_errors_leave_the_module_usable(tiny):
    for _ in range(3):
        with pytest.raises(autograde.ExerciseError):
            autograde.load_exercise(REPO / "tests" / "data" / "bad-exercises" / "empty-file.yaml")
        with pytest.raises(autograde.SubmissionError):
            autograde.submit(tiny, "/nonexistent/submission.py")
    assert autograde.submit(tiny, source=CORRECT_ADD).full_score
