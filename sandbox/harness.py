"""autograde's sandbox harness: imports a submission once, then runs each test in a fork.

It only *observes*. It is started by the C++ parent (src/sandbox/session.cc) as

    python3 -S -s -B -P harness.py PROTOCOL_VERSION MODULE_FILE ENTRY...

and talks to it over two inherited pipes (protocol v1, src/protocol/):

  fd 3  requests, parent -> harness: 4-byte little-endian length + marshal of
        {'test': int, 'kind': 'call' | 'code', 'source': str, 'setup': str}
  fd 4  records, harness -> parent: 4-byte little-endian length + a Python literal dict
        (UTF-8), e.g. {'kind': 'result', 'test': 3, 'outcome': 'returned', 'value': (1, 2)};
        first 'started' (before the import), then 'ready' or 'import_failed', then for
        each test one 'result' and one 'exit'

stdout and stderr are the candidate's: the parent reads and bounds them. The harness
itself never prints.

Trust: everything here runs after the candidate's module starts importing, so the
candidate may rewrite any of it. Nothing here decides a verdict, knows an expected value
or enforces a limit; the parent validates every record it receives.
"""

import builtins
import marshal
import os
import sys

REQUEST_FD = 3
RECORD_FD = 4
PROTOCOL_VERSION = "1"
MODULE_NAME = "solution"
MAX_DEPTH = 100              # nesting of a reported value
MAX_VALUE_CHARS = 1 << 20    # a reported value's literal text
MAX_MESSAGE_CHARS = 4096     # an exception message or traceback
OPAQUE = object()            # marks a value that is not a builtin
# The builtin classes by id, taken before the submission runs: only these are named bare
# ("ValueError"). A class that merely calls itself ValueError, or claims the module
# 'builtins', or was put into the builtins module later, is named by its module.
BUILTIN_NAMES = {id(value): value.__qualname__ for value in vars(builtins).values() if type(value) is type}


# --- records -----------------------------------------------------------------------

def send(record):
    """Writes one record (a dict of builtins) to the record pipe."""
    payload = literal(record).encode("utf-8", "surrogatepass")
    data = len(payload).to_bytes(4, "little") + payload
    view = memoryview(data)
    while view:
        view = view[os.write(RECORD_FD, view):]


def receive():
    """The next request, or None when the parent closed the pipe."""
    header = read_exactly(4)
    if header is None:
        return None
    return marshal.loads(read_exactly(int.from_bytes(header, "little")) or b"")


def read_exactly(count):
    chunks = []
    while count:
        chunk = os.read(REQUEST_FD, count)
        if not chunk:
            return None
        chunks.append(chunk)
        count -= len(chunk)
    return b"".join(chunks)


# --- values, by exact builtin type only --------------------------------------------

class Unreportable(Exception):
    """The value cannot be reported (too deep, too large, recursive)."""


def literal(value):
    """The Python literal text of `value`, built from exact builtin types only.

    Never calls a method of the value: `type(x) is list`, not isinstance, and the
    builtin reprs, so a candidate's __eq__, __repr__ or __iter__ never runs here.
    Anything else becomes <'TypeName'>, an opaque value.
    """
    out = []
    write_literal(value, out, 0, set())
    text = "".join(out)
    if len(text) > MAX_VALUE_CHARS:
        raise Unreportable("the value is too large to report (over 1 MiB as text)")
    return text


SCALAR_REPR = {
    type(None): lambda v: "None",
    bool: lambda v: "True" if v else "False",
    int: int.__repr__,
    float: float.__repr__,
    str: str.__repr__,
    bytes: bytes.__repr__,
}
BRACKETS = {list: ("[", "]"), tuple: ("(", ")"), set: ("{", "}"), frozenset: ("frozenset({", "})")}


def write_literal(value, out, depth, active):
    kind = type(value)
    scalar = SCALAR_REPR.get(kind)
    if scalar is not None:
        out.append(scalar(value))
        return
    if kind not in BRACKETS and kind is not dict:
        out.append("<" + str.__repr__(type_name(kind)) + ">")
        return
    if depth >= MAX_DEPTH:
        raise Unreportable("the value is nested deeper than %d levels" % MAX_DEPTH)
    if id(value) in active:
        raise Unreportable("the value contains itself (a recursive %s)" % kind.__name__)
    active.add(id(value))
    if kind is dict:
        write_dict(value, out, depth, active)
    else:
        write_collection(kind, value, out, depth, active)
    active.discard(id(value))
    if len(out) > MAX_VALUE_CHARS:
        raise Unreportable("the value is too large to report")


def write_collection(kind, value, out, depth, active):
    items = list(kind.__iter__(value))
    if not items and kind in (set, frozenset):
        out.append(kind.__name__ + "()")
        return
    opening, closing = BRACKETS[kind]
    out.append(opening)
    for index, item in enumerate(items):
        if index:
            out.append(", ")
        write_literal(item, out, depth + 1, active)
    if kind is tuple and len(items) == 1:
        out.append(",")
    out.append(closing)


def write_dict(value, out, depth, active):
    out.append("{")
    for index, (key, item) in enumerate(list(dict.items(value))):
        if index:
            out.append(", ")
        write_literal(key, out, depth + 1, active)
        out.append(": ")
        write_literal(item, out, depth + 1, active)
    out.append("}")


def type_name(kind):
    """The name of a class, without running a metaclass's code: bare for a builtin class
    ('ValueError'), 'module.qualname' for every other ('solution.Foo')."""
    builtin = BUILTIN_NAMES.get(id(kind))
    if builtin is not None:
        return builtin
    try:
        name = type.__dict__["__qualname__"].__get__(kind)
        module = type.__dict__["__module__"].__get__(kind)
    except Exception:
        return "?"
    name = name if type(name) is str else "?"
    module = module if type(module) is str else "?"
    return module + "." + name


def safe_text(compute):
    """str of something the candidate controls, bounded; '?' when it misbehaves."""
    try:
        text = compute()
    except BaseException:
        return "?"
    if type(text) is not str:
        return "?"
    return text[:MAX_MESSAGE_CHARS]


def exception_fields(error):
    kind = type(error)
    return {
        "type": type_name(kind),
        "bases": [type_name(base) for base in kind.__mro__],
        "message": safe_text(lambda: str(error)),
    }


# --- importing the submission ------------------------------------------------------

def import_submission(path, entry):
    """Executes the submission as module 'solution'. Returns it, or None after
    reporting why it could not be used."""
    with open(path, "rb") as source_file:
        source = source_file.read()
    try:
        code = compile(source, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as error:
        send(syntax_error_record(error))
        return None
    module = type(sys)(MODULE_NAME)
    module.__file__ = path
    sys.modules[MODULE_NAME] = module
    try:
        exec(code, module.__dict__)
    except BaseException as error:  # SystemExit and KeyboardInterrupt included
        record = {"kind": "import_failed", "status": "import_error"}
        record.update(exception_fields(error))
        record["traceback"] = candidate_traceback(error, path)
        send(record)
        return None
    missing = [name for name in entry if name not in module.__dict__]
    if missing:
        send({"kind": "import_failed", "status": "missing_entry", "names": missing})
        return None
    return module


def syntax_error_record(error):
    record = {"kind": "import_failed", "status": "syntax_error",
              "type": type_name(type(error)), "message": safe_text(lambda: str(error))}
    if isinstance(error, SyntaxError):
        record["message"] = safe_text(lambda: error.msg)
        record["line"] = error.lineno if type(error.lineno) is int else 0
        record["column"] = error.offset if type(error.offset) is int else 0
        record["text"] = (error.text or "").rstrip("\n")[:MAX_MESSAGE_CHARS]
    return record


def candidate_traceback(error, path):
    """The traceback frames that are in the submission's own file, innermost last."""
    import traceback
    try:
        frames = traceback.extract_tb(error.__traceback__)
        own = [frame for frame in frames if frame.filename == path]
        text = "".join(traceback.format_list(own))
    except BaseException:
        return ""
    return text[-MAX_MESSAGE_CHARS:]


# --- running one test, in a fork ---------------------------------------------------

def run_test(module, request, compiled, streams):
    """In the forked child: runs the test and reports what it observed. Never returns."""
    try:
        record = {"kind": "result", "test": request["test"]}
        record.update(observe(module, request, compiled))
        flush(streams)
        try:
            send(record)
        except Unreportable as error:
            send(unreportable_record(request, str(error)))
        except BaseException as error:  # e.g. a thread mutated the value meanwhile
            send(unreportable_record(request, "the value could not be read: " + type_name(type(error))))
    finally:
        os._exit(0)


def unreportable_record(request, reason):
    return {"kind": "result", "test": request["test"], "outcome": "unreportable", "reason": reason}


def compile_request(request):
    """The request's setup and test code, compiled before the fork (the child then only
    runs them, touching fewer pages). A SyntaxError is reported as the test's outcome."""
    setup = request["setup"]
    mode = "eval" if request["kind"] == "call" else "exec"
    return (compile(setup, "<setup>", "exec", dont_inherit=True) if setup else None,
            compile(request["source"], "<test>", mode, dont_inherit=True))


def observe(module, request, compiled):
    namespace = dict(module.__dict__)
    try:
        if isinstance(compiled, BaseException):
            raise compiled
        setup, test = compiled
        if setup is not None:
            exec(setup, namespace)
        if request["kind"] == "call":
            value = eval(test, namespace)
        else:
            exec(test, namespace)
            if "result" not in namespace:
                return {"outcome": "no_result"}
            value = namespace["result"]
    except BaseException as error:
        fields = {"outcome": "raised"}
        fields.update(exception_fields(error))
        return fields
    return {"outcome": "returned", "value": value}


def flush(streams):
    for stream in streams + [sys.stdout, sys.stderr]:
        try:
            stream.flush()
        except BaseException:
            pass


def exit_record(test, status):
    if os.WIFSIGNALED(status):
        return {"kind": "exit", "test": test, "how": "signaled", "code": os.WTERMSIG(status)}
    return {"kind": "exit", "test": test, "how": "exited", "code": os.WEXITSTATUS(status)}


def serve(module):
    streams = [sys.stdout, sys.stderr]
    while True:
        request = receive()
        if request is None:
            return
        try:
            compiled = compile_request(request)
        except BaseException as error:  # SyntaxError in the test's own code
            compiled = error
        flush(streams)
        pid = os.fork()
        if pid == 0:
            run_test(module, request, compiled, streams)
        _, status = os.waitpid(pid, 0)
        send(exit_record(request["test"], status))


def main():
    if len(sys.argv) < 3 or sys.argv[1] != PROTOCOL_VERSION:
        os._exit(2)
    sys.set_int_max_str_digits(0)
    path, entry = sys.argv[2], sys.argv[3:]
    sys.argv = [path]
    send({"kind": "started"})  # the import's time limit starts now, not at exec
    module = import_submission(path, entry)
    if module is None:
        return
    flush([])
    send({"kind": "ready"})
    serve(module)


if __name__ == "__main__":
    main()
