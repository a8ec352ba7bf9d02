#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "grading/tamper_scan.h"

using autograde::ReviewNote;
using autograde::scan_for_tampering;

namespace {

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return std::move(text).str();
}

// "LINE: note" per note, one per line: what a reviewer reads.
std::string notes_of(std::string_view source) {
    std::string out;
    for (const ReviewNote& note : scan_for_tampering(source)) out += std::to_string(note.line) + ": " + note.note + "\n";
    return out;
}

}  // namespace

TEST_CASE("Every shipped solution, starter and wrong solution gets no review note", "[tamper]") {
    // Honest code, right or wrong, is never flagged: these are 80-odd real answers.
    const std::filesystem::path exercises = std::filesystem::path(AUTOGRADE_TEST_DATA) / ".." / ".." / "exercises";
    int files = 0;
    for (const auto& exercise : std::filesystem::directory_iterator(exercises)) {
        if (!exercise.is_directory()) continue;
        std::vector<std::filesystem::path> paths = {exercise.path() / "solution.py", exercise.path() / "starter.py"};
        for (const auto& wrong : std::filesystem::directory_iterator(exercise.path() / "wrong")) paths.push_back(wrong.path());
        for (const auto& path : paths) {
            INFO(path.string());
            CHECK(notes_of(read_file(path)).empty());
            ++files;
        }
    }
    CHECK(files > 60);
}

TEST_CASE("Replacing standard-library functions at import is noted with its line", "[tamper]") {
    const std::string source =
        "import builtins, threading, time\n"
        "def parallel_map(func, items, workers=4):\n"
        "    return [func(x) for x in items]\n"
        "time.sleep = lambda s: None\n"
        "threading.Barrier = object\n"
        "builtins.max = lambda *a: 4\n";
    CHECK(notes_of(source) ==
          "1: imports builtins, which reaches into the interpreter the tests run in\n"
          "4: assigns time.sleep: changing an imported module or class also changes what the tests use\n"
          "5: assigns threading.Barrier: changing an imported module or class also changes what the tests use\n"
          "6: assigns builtins.max: changing an imported module or class also changes what the tests use\n");
}

TEST_CASE("Aliases, from-imports, setattr, vars and __dict__ are followed", "[tamper]") {
    CHECK(notes_of("import time as t\nt.monotonic = lambda: 0\n") ==
          "2: assigns t.monotonic: changing an imported module or class also changes what the tests use\n");
    CHECK(notes_of("from threading import Thread\nThread.start = Thread.run\n") ==
          "2: assigns Thread.start: changing an imported module or class also changes what the tests use\n");
    CHECK(notes_of("import time\nsetattr(time, 'sleep', print)\n") ==
          "2: setattr on time: changing an imported module or class also changes what the tests use\n");
    CHECK(notes_of("import time\nvars(time)['sleep'] = print\n") ==
          "2: writes into vars(time): changing an imported module also changes what the tests use\n");
    CHECK(notes_of("import time\ntime.__dict__['sleep'] = print\n") ==
          "2: assigns time.__dict__: changing an imported module or class also changes what the tests use\n");
    CHECK(notes_of("import sys\nsys.modules['time'] = None\n") ==
          "2: changes sys.modules: replacing a module also changes what the tests import\n");
}

TEST_CASE("Stack walking, protocol descriptors, /proc and __builtins__ are noted", "[tamper]") {
    CHECK(notes_of("import sys\nframe = sys._getframe(1)\nsecret = frame.f_back.f_locals\n") ==
          "2: uses _getframe: reading stack frames or live objects reaches the grader's own data\n"
          "3: uses f_back: reading stack frames or live objects reaches the grader's own data\n");
    CHECK(notes_of("import os\nos.write(4, b'forged')\n") == "2: uses descriptor 4, one of the grader's protocol pipes\n");
    CHECK(notes_of("data = open('/proc/self/maps').read()\n") ==
          "1: names a /proc path: a submission has no need to read process information\n");
    CHECK(notes_of("__builtins__['len'] = lambda x: 0\n") ==
          "1: uses __builtins__: changing built-in functions also changes what the tests use\n");
    CHECK(notes_of("import ctypes\n") == "1: imports ctypes, which reaches into the interpreter the tests run in\n");
    CHECK(notes_of("from inspect import currentframe\nf = currentframe()\n") ==
          "1: imports inspect, which reaches into the interpreter the tests run in\n"
          "2: uses currentframe: reading stack frames or live objects reaches the grader's own data\n");
}

TEST_CASE("Code built at run time is noted, since reading the source cannot review it", "[tamper]") {
    CHECK(notes_of("getattr(__import__('ti' + 'me'), 'sleep')\n") ==
          "1: calls __import__: code built at run time cannot be reviewed by reading the source\n");
    CHECK(notes_of("exec(bytes.fromhex('...'))\n") ==
          "1: calls exec: code built at run time cannot be reviewed by reading the source\n");
    CHECK(notes_of("import re\nPATTERN = re.compile('a+')\n").empty());
    CHECK(notes_of("import time\nobject.__setattr__(time, 'sleep', print)\n") ==
          "2: __setattr__ on time: changing an imported module or class also changes what the tests use\n");
    CHECK(notes_of("class Money:\n    def __init__(self, a):\n        object.__setattr__(self, 'a', a)\n").empty());
}

TEST_CASE("Comments, strings and comparisons are not mistaken for tampering", "[tamper]") {
    CHECK(notes_of("import time\n# time.sleep = None\nx = 'time.sleep = None'\nok = time.sleep == print\n").empty());
    CHECK(notes_of("import time\ndoc = \"\"\"\ntime.sleep = None\n\"\"\"\n").empty());
    CHECK(notes_of("stack = []\nstack.append(1)\nsleep = 3\n").empty());
}

TEST_CASE("The scan stops at a bounded number of notes and survives any bytes", "[tamper]") {
    std::string many = "import time\n";
    for (int i = 0; i < 100; ++i) many += "time.x" + std::to_string(i) + " = 1\n";
    CHECK(scan_for_tampering(many).size() == autograde::k_max_review_notes);
    std::string garbage(1 << 16, '\0');
    for (std::size_t i = 0; i < garbage.size(); ++i) garbage[i] = static_cast<char>(i * 7919 % 256);
    CHECK_NOTHROW(scan_for_tampering(garbage));
    CHECK(scan_for_tampering("'unterminated\n\"\"\"also").empty());
}

TEST_CASE("Annotations and reads of the submission's own files are not mistaken for tampering", "[tamper]") {
    CHECK(notes_of("import threading\nfrom dataclasses import dataclass, field\n@dataclass\nclass C:\n"
                   "    lock: threading.Lock = field(default_factory=threading.Lock)\n"
                   "def f(x: threading.Lock = None) -> threading.Lock:\n    return x\n")
              .empty());
    CHECK(notes_of("def head(f):\n    return f.read(4)\nfrom io import BytesIO\nhead(BytesIO(b'abcd'))\n").empty());
    CHECK(notes_of("from os import write\nwrite(4, b'x')\n") == "2: uses descriptor 4, one of the grader's protocol pipes\n");
}

TEST_CASE("A long or binary source is scanned in bounded time and its notes are valid UTF-8", "[tamper]") {
    std::string huge = "import time\n" + std::string(1 << 20, ';') + "\ntime.sleep = None\n";
    const std::vector<ReviewNote> notes = scan_for_tampering(huge);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].note == "the source is longer than 256 KiB: what follows was not read for these notes");
    CHECK(notes[0].line == 2);
    const std::vector<ReviewNote> named = scan_for_tampering("import time\ntime.\xff\xfe = 1\n");
    for (const ReviewNote& note : named) CHECK(note.note.find('\xff') == std::string::npos);
}

TEST_CASE("An assignment after a block's colon is noted, and so are io.open(4) and posix.write(4)", "[tamper]") {
    CHECK(notes_of("import time\nif True: time.sleep = lambda s: None\n") ==
          "2: assigns time.sleep: changing an imported module or class also changes what the tests use\n");
    CHECK(notes_of("import time\ntry: time.monotonic = lambda: 0\nexcept Exception: pass\n") ==
          "2: assigns time.monotonic: changing an imported module or class also changes what the tests use\n");
    CHECK(notes_of("import io\nio.open(4, 'wb')\n") == "2: uses descriptor 4, one of the grader's protocol pipes\n");
    CHECK(notes_of("import posix\nposix.write(4, b'x')\n") == "2: uses descriptor 4, one of the grader's protocol pipes\n");
}
