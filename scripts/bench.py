"""autograde's benchmark: every figure is a ratio against a baseline measured in this run.

One submission, end to end (issue 3):
  (a) bare interpreter start: /usr/bin/python3 -I -S -c pass
  (b) pytest on the same tests, one pytest process per submission (the usual way)
  (c) autograde submit EXERCISE solution.py --format json
Target: (c) <= 1.5 x (a) + 2 ms per test, and (b) / (c) >= 15.

Sandbox tiers (issue 5): the same submission with --sandbox none --unsafe-local, B and
strict (tier A); each tier's cost is its difference from none. Target: A adds <= 10 ms.

Batch throughput (issue 6): --batch N submissions of the exercise (half its solution, half
its wrong solutions) graded by `autograde grade --no-cache -j CORES`, against (a) one bare
interpreter start per submission and (b) one pytest process per submission, both with the
same parallelism. Targets: >= 100 submissions/s and >= 20 x pytest.

Both also report the floor of the design on this machine: the harness must fork once per
test (state, crashes and hangs of one test never reach the next), so no grader built this
way can beat one interpreter start plus one bare fork, exit and wait per test ("fork
floor"); on a VM where fork is costly that floor, not autograde's own work, bounds it.

Each command runs --runs times, interleaved so that a busy moment hurts all alike;
the median is reported. Run it on a quiet machine: the ratios hold on a busy one, the
absolute times do not.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

import yaml  # Debian's python3-yaml, installed by scripts/setup (only the benchmark uses it)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AUTOGRADE = os.path.join(ROOT, "build", "autograde")
PYTHON = "/usr/bin/python3"


def median_ms(commands, runs):
    """{name: median wall time in ms} of running each command `runs` times, interleaved."""
    samples = {name: [] for name in commands}
    for _ in range(runs):
        for name, argv in commands.items():
            start = time.perf_counter()
            done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            samples[name].append((time.perf_counter() - start) * 1000)
            if done.returncode not in (0, 1):
                sys.exit("bench: %s failed (exit %d): %s" % (name, done.returncode, done.stderr.decode()[-500:]))
    return {name: statistics.median(values) for name, values in samples.items()}


def fork_floor_command(tests):
    """An interpreter that starts, forks `tests` children one after another, each exiting at
    once, and waits for each: the least any fork-per-test grader can cost."""
    return [PYTHON, "-I", "-S", "-c",
            "import os\nfor _ in range(%d):\n    pid = os.fork()\n    if pid == 0:\n        os._exit(0)\n"
            "    os.waitpid(pid, 0)" % tests]


def pytest_file(exercise, solution_dir):
    """The exercise's tests as one pytest module, written the way a course would: each
    test imports the solution and asserts on the result with ==."""
    lines = ["import sys", "sys.path.insert(0, %r)" % solution_dir, "import pytest",
             "from solution import *", ""]
    setup = exercise.get("setup", "")
    for index, test in enumerate(exercise["tests"]):
        lines.append("def test_%d():" % index)
        body = [setup] if setup else []
        if "call" in test:
            body.append("result = " + test["call"])
        else:
            body.append(test["code"])
        if "raises" in test:
            body = ["with pytest.raises(%s):" % test["raises"].split(".")[-1]] + \
                   ["    " + line for chunk in body for line in chunk.splitlines()]
        else:
            body.append("assert result == (%s)" % str(test["expect"]))
        lines += ["    " + line for chunk in body for line in chunk.splitlines()] + [""]
    return "\n".join(lines)


def bench_one_submission(exercise_id, runs):
    exercise_dir = os.path.join(ROOT, "exercises", exercise_id)
    with open(os.path.join(exercise_dir, "exercise.yaml")) as source:
        exercise = yaml.safe_load(source)
    tests = len(exercise["tests"])
    work = tempfile.mkdtemp(prefix="autograde-bench-")
    with open(os.path.join(exercise_dir, "solution.py")) as source, \
            open(os.path.join(work, "solution.py"), "w") as copy:
        copy.write(source.read())
    with open(os.path.join(work, "test_solution.py"), "w") as test_file:
        test_file.write(pytest_file(exercise, work))

    medians = median_ms({
        "bare": [PYTHON, "-I", "-S", "-c", "pass"],
        "floor": fork_floor_command(tests),
        "pytest": [PYTHON, "-B", "-m", "pytest", "-q", "-p", "no:cacheprovider", os.path.join(work, "test_solution.py")],
        "autograde": [AUTOGRADE, "submit", exercise_dir, os.path.join(exercise_dir, "solution.py"), "--format", "json"],
    }, runs)
    bare, pytest, ours = medians["bare"], medians["pytest"], medians["autograde"]
    budget = 1.5 * bare + 2.0 * tests
    speedup = pytest / ours
    print("One submission of %s (%d tests), median of %d runs" % (exercise_id, tests, runs))
    print("  (a) bare interpreter start        %8.1f ms" % bare)
    print("  (b) pytest, one process           %8.1f ms" % pytest)
    print("  fork floor: start + %2d bare forks %8.1f ms" % (tests, medians["floor"]))
    print("  (c) autograde submit              %8.1f ms   %.2f x the fork floor" % (ours, ours / medians["floor"]))
    print("  (c) / (a)                         %8.2f    budget 1.5 x (a) + 2 ms x %d = %.1f ms: %s"
          % (ours / bare, tests, budget, "met" if ours <= budget else "NOT met"))
    print("  (b) / (c)                         %8.2f x  target >= 15 x: %s"
          % (speedup, "met" if speedup >= 15 else "NOT met"))
    return ours <= budget and speedup >= 15


def bench_tiers(exercise_id, runs):
    exercise_dir = os.path.join(ROOT, "exercises", exercise_id)
    base = [AUTOGRADE, "submit", exercise_dir, os.path.join(exercise_dir, "solution.py"), "--format", "json"]
    medians = median_ms({
        "none": base + ["--sandbox", "none", "--unsafe-local"],
        "B": base + ["--sandbox", "B"],
        "A": base + ["--sandbox", "strict"],
    }, runs)
    print("Sandbox tiers, one submission of %s, median of %d runs" % (exercise_id, runs))
    print("  no sandbox (--unsafe-local)       %8.1f ms" % medians["none"])
    for tier in ("B", "A"):
        extra = medians[tier] - medians["none"]
        verdict = "" if tier == "B" else "   target <= 10 ms: %s" % ("met" if extra <= 10 else "NOT met")
        print("  tier %s                            %8.1f ms  (+%.1f ms)%s" % (tier, medians[tier], extra, verdict))
    return medians["A"] - medians["none"] <= 10


def parallel_seconds(commands, jobs):
    """Wall time of running every argv in `commands`, `jobs` at a time."""
    start = time.perf_counter()
    running = []
    for argv in commands:
        while len(running) >= jobs:
            running.pop(0).wait()
        running.append(subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    for process in running:
        process.wait()
    return time.perf_counter() - start


def bench_batch(exercise_id, count):
    exercise_dir = os.path.join(ROOT, "exercises", exercise_id)
    with open(os.path.join(exercise_dir, "exercise.yaml")) as source:
        exercise = yaml.safe_load(source)
    sources = [os.path.join(exercise_dir, "solution.py")]
    wrong_dir = os.path.join(exercise_dir, "wrong")
    sources += [os.path.join(wrong_dir, name) for name in sorted(os.listdir(wrong_dir))]
    work = tempfile.mkdtemp(prefix="autograde-batch-bench-")
    submissions, pytest_runs = os.path.join(work, "submissions"), []
    os.mkdir(submissions)
    for index in range(count):
        source = sources[0] if index % 2 == 0 else sources[1 + index % (len(sources) - 1)]
        with open(source) as original:
            text = original.read()
        with open(os.path.join(submissions, "candidate%04d.py" % index), "w") as copy:
            copy.write(text)
        folder = os.path.join(work, "pytest%04d" % index)
        os.mkdir(folder)
        with open(os.path.join(folder, "solution.py"), "w") as copy:
            copy.write(text)
        with open(os.path.join(folder, "test_solution.py"), "w") as test_file:
            test_file.write(pytest_file(exercise, folder))
        pytest_runs.append([PYTHON, "-B", "-m", "pytest", "-q", "-p", "no:cacheprovider",
                            os.path.join(folder, "test_solution.py")])
    jobs = os.cpu_count()
    bare = parallel_seconds([[PYTHON, "-I", "-S", "-c", "pass"]] * count, jobs)
    floor = parallel_seconds([fork_floor_command(len(exercise["tests"]))] * count, jobs)
    floor_serial = parallel_seconds([fork_floor_command(len(exercise["tests"]))] * count, 1)
    pytest = parallel_seconds(pytest_runs, jobs)
    ours = parallel_seconds([[AUTOGRADE, "grade", exercise_dir, submissions, "--no-cache", "-j", str(jobs),
                              "--cache", os.path.join(work, "cache")]], 1)
    rate = count / ours
    print("Batch of %d submissions of %s, %d at a time" % (count, exercise_id, jobs))
    print("  (a) bare starts                   %8.1f submissions/s" % (count / bare))
    print("  (b) pytest, a process each        %8.1f submissions/s" % (count / pytest))
    print("  fork floor, a process each        %8.1f submissions/s   (the most a fork-per-test grader can do here)"
          % (count / floor))
    print("  fork floor, one at a time         %8.1f submissions/s   (%.2f x from %d jobs: how fork scales here)"
          % (count / floor_serial, floor_serial / floor, jobs))
    print("  (c) autograde grade               %8.1f submissions/s   target >= 100/s: %s"
          % (rate, "met" if rate >= 100 else "NOT met"))
    print("  (c) / (b)                         %8.2f x              target >= 20 x: %s"
          % (pytest / ours, "met" if pytest / ours >= 20 else "NOT met"))
    return rate >= 100 and pytest / ours >= 20


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15, help="runs of each command (default 15)")
    parser.add_argument("--exercise", default="01-list-vs-tuple", help="exercise folder name")
    parser.add_argument("--batch", type=int, default=60, help="submissions in the batch benchmark (default 60)")
    options = parser.parse_args()
    if not os.access(AUTOGRADE, os.X_OK):
        sys.exit("bench: build/autograde is missing; run scripts/build")
    load = os.getloadavg()[0]
    print("load average %.2f on %d cores%s" % (load, os.cpu_count(), " (busy: absolute times are high)" if load > 1 else ""))
    met = bench_one_submission(options.exercise, options.runs)
    met = bench_tiers(options.exercise, options.runs) and met
    met = bench_batch(options.exercise, options.batch) and met
    sys.exit(0 if met else 1)


if __name__ == "__main__":
    main()
