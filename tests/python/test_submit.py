"""autograde.submit and what a Result shows."""
import hashlib
import json

import pytest

import autograde
from support import CORRECT_ADD, EXERCISES, PRINTS, SECRET_MARKERS, TINY_SUBMISSIONS


def test_a_correct_file_scores_full_marks(tiny):
    result = autograde.submit(tiny, TINY_SUBMISSIONS / "correct.py")
    assert (result.status, result.score, result.max_score, result.full_score) == ("graded", 7, 7, True)
    assert [test.verdict for test in result.tests] == ["passed"] * 5
    assert (result.passed, result.failed, result.message) == (5, 0, "")
    assert result.exercise == "tiny" and result.title == "Add two numbers"
    assert result.submission == str(TINY_SUBMISSIONS / "correct.py")
    assert repr(result) == "<Result tiny graded 7/7>"


def test_a_wrong_file_is_graded_below_full_marks_and_says_why(tiny):
    result = autograde.submit(tiny, path=str(TINY_SUBMISSIONS / "wrong.py"))
    assert (result.status, result.score, result.full_score) == ("graded", 0, False)
    first = result.tests[0]
    assert (first.name, first.verdict, first.passed, first.weight) == ("adds small numbers", "wrong_answer", False, 1)
    assert (first.call, first.expected, first.got) == ("add(1, 2)", "3", "-1")
    assert first.message == "expected 3, got -1"
    assert first.time_ms > 0
    assert repr(first) == "<TestResult 'adds small numbers' wrong_answer 0/1>"


def test_source_text_is_graded_without_a_file_and_reported_as_source(tiny):
    result = autograde.submit(tiny, source=CORRECT_ADD)
    assert (result.status, result.score) == ("graded", 7)
    assert result.submission == "<source>"
    assert result.sha256 == hashlib.sha256(CORRECT_ADD.encode()).hexdigest()


def test_source_and_path_of_the_same_code_give_the_same_result(tiny, tmp_path):
    path = tmp_path / "prints.py"
    path.write_text(PRINTS)
    from_file = autograde.submit(tiny, path)
    from_text = autograde.submit(tiny, source=path.read_text())
    from_bytes = autograde.submit(tiny, source=path.read_bytes())
    for result in (from_text, from_bytes):
        assert result.sha256 == from_file.sha256
        assert [(t.verdict, t.got, t.output) for t in result.tests] == [(t.verdict, t.got, t.output) for t in from_file.tests]


def test_a_syntax_error_is_a_status_with_the_compilers_message(tiny):
    result = autograde.submit(tiny, source="def add(a, b)\n    return a + b\n")
    assert result.status == "syntax_error"
    assert result.message.startswith("<source>:1:14: SyntaxError: expected ':'")
    assert [test.verdict for test in result.tests] == ["not_run"] * 5
    assert repr(result) == "<Result tiny syntax_error 0/7>"


@pytest.mark.parametrize("name, status", [("missing_entry.py", "missing_entry"), ("import_error.py", "import_error")])
def test_a_submission_that_does_not_import_is_a_status_not_an_exception(tiny, name, status):
    result = autograde.submit(tiny, TINY_SUBMISSIONS / name)
    assert (result.status, result.score) == (status, 0)
    assert result.message


def test_a_candidate_that_crashes_or_floods_gets_verdicts_not_exceptions(tiny):
    crashed = autograde.submit(tiny, TINY_SUBMISSIONS / "exits_in_call.py")
    assert {test.verdict for test in crashed.tests} == {"crashed"}
    flood = autograde.submit(tiny, TINY_SUBMISSIONS / "print_flood.py")
    assert {test.verdict for test in flood.tests} == {"output_limit"}


def test_hidden_test_results_hold_no_call_expected_value_output_or_detail(tiny):
    # echoes_arguments prints its arguments and puts them in an exception for the hidden tests.
    result = autograde.submit(tiny, TINY_SUBMISSIONS / "echoes_arguments.py")
    hidden = [test for test in result.tests if test.hidden]
    assert [(test.name, test.visibility, test.verdict) for test in hidden] == [
        ("adds big numbers", "hidden", "error"), ("adds the secret pair", "hidden", "error")]
    for test in hidden:
        assert (test.call, test.expected, test.got, test.output) == (None, None, None, None)
    visible = result.tests[0]
    assert visible.output == "called with 1 2\ncalled with 1 2\n"
    texts = [result.to_json(), str(result), result.report("text", verbose=True), repr(result), repr(result.tests)]
    texts += [repr(getattr(test, name)) for test in hidden for name in dir(test) if not name.startswith("__")]
    for marker in SECRET_MARKERS:
        assert not any(marker in text for text in texts), marker


def test_to_json_is_the_reports_json_and_matches_the_attributes(tiny):
    result = autograde.submit(tiny, TINY_SUBMISSIONS / "wrong.py")
    text = result.to_json()
    assert text.endswith("}\n")
    report = json.loads(text)
    assert report["status"] == result.status and report["score"] == result.score
    assert report["sha256"] == result.sha256 and report["submission"] == result.submission
    assert [t["verdict"] for t in report["tests"]] == [t.verdict for t in result.tests]
    assert [t["visibility"] for t in report["tests"]] == [t.visibility for t in result.tests]
    assert report["sandbox"] == {"tier": result.sandbox.tier, "layers": result.sandbox.layers,
                                 "missing": result.sandbox.missing}
    assert result.report("json") == text


def test_str_is_the_text_report_and_report_takes_the_clis_formats(tiny):
    result = autograde.submit(tiny, TINY_SUBMISSIONS / "correct.py")
    assert str(result) == result.report() == result.report("text")
    assert str(result).startswith("tiny  Add two numbers\n")
    assert "\x1b[" in result.report("text", color=True) and "\x1b[" not in str(result)
    assert "add(1, 2)" in result.report("text", verbose=True)
    with pytest.raises(ValueError, match="unknown report format 'yaml' \\(formats: 'text', 'json'"):
        result.report("yaml")


def test_the_result_says_which_sandbox_layers_were_in_force(tiny):
    sandbox = autograde.submit(tiny, source=CORRECT_ADD).sandbox
    assert sandbox.tier in ("A", "B")
    assert "rlimits" in sandbox.layers
    assert all(isinstance(item, str) and ":" in item for item in sandbox.missing)
    assert repr(sandbox) == f"<Sandbox tier {sandbox.tier}: {len(sandbox.layers)} layers, {len(sandbox.missing)} missing>"


def test_tier_b_can_be_asked_for_by_name(tiny):
    result = autograde.submit(tiny, source=CORRECT_ADD, sandbox="B")
    assert (result.sandbox.tier, result.score) == ("B", 7)
    assert "namespaces: not used (tier B was asked for)" in result.sandbox.missing


def test_no_sandbox_needs_unsafe_local_and_says_so_in_the_result(tiny):
    result = autograde.submit(tiny, source=CORRECT_ADD, sandbox="none", unsafe_local=True)
    assert (result.sandbox.tier, result.score) == ("none", 7)
    assert any(item.startswith("EVERY LAYER") for item in result.sandbox.missing)


def test_a_shipped_reference_solution_scores_full_marks(list_vs_tuple):
    result = autograde.submit(list_vs_tuple, EXERCISES / "01-list-vs-tuple" / "solution.py")
    assert (result.status, result.score, result.max_score) == ("graded", 30, 30)
    assert repr(result) == "<Result 01-list-vs-tuple graded 30/30>"
