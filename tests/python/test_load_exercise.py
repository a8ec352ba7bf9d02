"""autograde.load_exercise and what an Exercise shows (hidden tests: name and weight only)."""
import pathlib

import pytest

import autograde
from support import EXERCISES, GOOD_EXERCISES, REPO, SECRET_MARKERS, TINY


def test_an_exercise_loads_from_its_folder_given_as_str_or_path():
    by_str = autograde.load_exercise(str(TINY))
    by_path = autograde.load_exercise(TINY)
    by_yaml = autograde.load_exercise(TINY / "exercise.yaml")
    assert by_str.id == by_path.id == by_yaml.id == "tiny"
    assert by_path.dir == TINY


@pytest.mark.parametrize("name", ["01-list-vs-tuple", "01", "1", "list-vs-tuple"])
def test_a_shipped_exercise_loads_by_id_number_or_slug(name):
    exercise = autograde.load_exercise(name)
    assert exercise.id == "01-list-vs-tuple"
    assert exercise.title == "Freeze nested data"
    assert exercise.dir == EXERCISES / "01-list-vs-tuple"


def test_an_id_is_looked_up_in_the_exercises_dir_given():
    exercise = autograde.load_exercise("tiny", exercises_dir=REPO / "tests" / "data" / "exercises")
    assert exercise.id == "tiny"
    assert autograde.load_exercise("tiny", str(REPO / "tests" / "data" / "exercises")).id == "tiny"


def test_an_exercise_shows_its_question_answer_task_entry_and_limits(tiny):
    assert tiny.title == "Add two numbers"
    assert tiny.question == "How does Python handle integers that do not fit in 64 bits?"
    assert tiny.answer == "They grow as needed; int has arbitrary precision."
    assert tiny.task == "Write add(a, b) that returns a + b."
    assert tiny.entry == ["add"]
    assert tiny.setup == ""
    assert (tiny.limits.time_ms, tiny.limits.memory_bytes, tiny.limits.output_bytes) == (2000, 128 << 20, 4 << 10)
    assert tiny.max_score == 7
    assert repr(tiny) == "<Exercise tiny 'Add two numbers': 5 tests (2 hidden), max score 7>"
    assert repr(tiny.limits) == "<Limits time 2000 ms, memory 134217728 bytes, output 4096 bytes>"


def test_visible_tests_show_their_call_or_code_and_the_repr_of_the_expected_value(tiny):
    first, _, snippet = tiny.tests[:3]
    assert (first.name, first.visibility, first.hidden, first.weight) == ("adds small numbers", "visible", False, 1)
    assert (first.kind, first.call, first.code, first.expected) == ("call", "add(1, 2)", None, "3")
    assert (first.raises, first.match, first.unordered, first.approx) == (None, None, False, None)
    assert (first.time_limit_ms, first.output_limit) == (2000, 4096)
    assert (snippet.kind, snippet.call, snippet.expected) == ("code", None, "[0, 2, 4]")
    assert snippet.code == "result = [add(x, x) for x in range(3)]\n"
    assert repr(first) == "<ExerciseTest 'adds small numbers' visible: add(1, 2) -> 3>"


def test_hidden_tests_show_only_their_name_and_weight(tiny):
    hidden = [test for test in tiny.tests if test.hidden]
    assert [(test.name, test.weight, test.visibility) for test in hidden] == [
        ("adds big numbers", 2, "hidden"), ("adds the secret pair", 2, "hidden")]
    for test in hidden:
        for attribute in ("kind", "call", "code", "expected", "raises", "match", "unordered", "approx",
                          "time_limit_ms", "output_limit"):
            assert getattr(test, attribute) is None, attribute
    assert repr(hidden[0]) == "<ExerciseTest 'adds big numbers' hidden weight 2>"


def test_no_hidden_call_or_expected_value_is_reachable_from_an_exercise(tiny):
    seen = [repr(tiny), repr(tiny.tests), repr(tiny.limits)]
    for test in tiny.tests:
        seen += [repr(getattr(test, name)) for name in dir(test) if not name.startswith("__")]
    seen += [repr(getattr(tiny, name)) for name in dir(tiny) if not name.startswith("__")]
    for marker in SECRET_MARKERS:
        assert not any(marker in text for text in seen), marker


def test_raises_match_approx_and_unordered_are_shown_for_visible_tests():
    exercise = autograde.load_exercise(GOOD_EXERCISES / "01-everything")
    tests = {test.name: test for test in exercise.tests}
    assert exercise.entry == ["mean", "uniq"]
    assert exercise.setup == "import math\n"
    assert tests["mean of two"].approx is not None and tests["mean of two"].expected == "1.5"
    assert tests["mean with an absolute tolerance"].approx[0] == pytest.approx(0.001)
    nothing = tests["mean of nothing"]
    assert (nothing.expected, nothing.raises, nothing.match) == (None, "statistics.StatisticsError", "^mean requires")
    assert (nothing.time_limit_ms, nothing.output_limit) == (5000, 1024)
    assert tests["uniq in any order"].unordered is None  # hidden: not even that


def test_an_exercise_is_read_only_and_made_only_by_load_exercise(tiny):
    with pytest.raises(AttributeError):
        tiny.title = "changed"
    with pytest.raises(TypeError):
        autograde.Exercise()


def test_the_default_exercises_dir_is_the_repositorys():
    assert pathlib.Path(autograde.default_exercises_dir()) == EXERCISES
