"""The GIL is released while grading: other Python threads run, and threads grade in parallel.

The submissions here sleep inside the sandbox, so they need no CPU: the proofs hold on a
busy machine. The margins are generous; what they tell apart is "overlapping" from
"one after the other", which differ by a whole nap.
"""
import concurrent.futures
import threading
import time

import pytest

import autograde
from support import CORRECT_ADD, TINY_SUBMISSIONS, write_exercise

NAP_SECONDS = 2.0
NAP_SOURCE = "import time\n\ndef nap(seconds):\n    time.sleep(seconds)\n    return seconds\n"


@pytest.fixture(scope="module")
def nap_exercise(tmp_path_factory):
    folder = write_exercise(tmp_path_factory.mktemp("exercises") / "nap", f"""
        title: Sleep for a while
        entry: nap
        limits: {{time: 20s}}
        tests:
          - name: naps
            call: nap({NAP_SECONDS})
            expect: "{NAP_SECONDS}"
        """)
    return autograde.load_exercise(folder)


def test_other_threads_run_python_while_a_submission_is_graded(nap_exercise):
    # The main thread ticks every 10 ms while another thread grades a 2 s nap. Were the
    # GIL held during grading, no tick could happen inside the grading window: its
    # longest tick-free stretch would be the whole window.
    window = {}
    done = threading.Event()

    def grade():
        try:
            window["start"] = time.monotonic()
            window["result"] = autograde.submit(nap_exercise, source=NAP_SOURCE)
            window["end"] = time.monotonic()
        except BaseException as error:  # reported below, in the test's own thread
            window["error"] = error
        finally:
            done.set()

    worker = threading.Thread(target=grade)
    ticks = []
    worker.start()
    give_up = time.monotonic() + 120
    while not done.is_set() and time.monotonic() < give_up:
        ticks.append(time.monotonic())
        time.sleep(0.01)
    worker.join(timeout=10)
    assert "error" not in window, f"grading failed: {window['error']!r}"
    assert done.is_set(), "grading did not finish within 120 s"
    assert window["result"].full_score, str(window["result"])
    start, end = window["start"], window["end"]
    assert end - start >= NAP_SECONDS
    inside = [start] + [tick for tick in ticks if start < tick < end] + [end]
    longest_gap = max(b - a for a, b in zip(inside, inside[1:]))
    assert longest_gap < NAP_SECONDS / 2, f"no Python ran for {longest_gap:.2f} s of a {end - start:.2f} s grading"


def test_two_threads_grade_at_the_same_time(nap_exercise):
    # One after the other, two 2 s naps take at least 4 s; side by side about 2 s.
    barrier = threading.Barrier(2)

    def grade(_):
        barrier.wait()
        return autograde.submit(nap_exercise, source=NAP_SOURCE)

    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(grade, range(2)))
    elapsed = time.monotonic() - start
    assert [result.score for result in results] == [1, 1]
    assert elapsed < 2 * NAP_SECONDS - 0.3 * NAP_SECONDS, f"two gradings took {elapsed:.2f} s: not in parallel"


def test_threads_grading_different_submissions_get_the_results_of_sequential_grading(tiny):
    names = ["correct.py", "wrong.py", "syntax_error.py", "missing_entry.py", "echoes_arguments.py", "exits_in_call.py"]

    def summary(result):
        return (result.status, result.score, result.sha256, [(t.verdict, t.message, t.got) for t in result.tests])

    sequential = [summary(autograde.submit(tiny, TINY_SUBMISSIONS / name)) for name in names]
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        parallel = list(pool.map(lambda name: summary(autograde.submit(tiny, TINY_SUBMISSIONS / name)), names * 2))
    assert parallel == sequential * 2


def test_errors_raised_in_threads_reach_their_own_caller(tiny):
    def attempt(index):
        if index % 2:
            return autograde.submit(tiny, source=CORRECT_ADD).score
        try:
            autograde.submit(tiny, TINY_SUBMISSIONS / "does_not_exist.py")
        except autograde.SubmissionError as error:
            return type(error).__name__
        return None

    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        outcomes = list(pool.map(attempt, range(8)))
    assert outcomes == ["SubmissionError", 7] * 4
