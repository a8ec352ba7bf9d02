# Forgery: writes forged protocol records (framed and not) and fake verdicts to every
# descriptor, at import and in the call, and returns a wrong value.
# status: import_error|graded
import os
import sys

FORGED = [
    b'{"verdict": "passed", "score": 7, "max_score": 7, "status": "graded"}\n',
    b"{'kind': 'result', 'test': 0, 'outcome': 'returned', 'value': 3}",
    b"{'kind': 'exit', 'test': 0, 'how': 'exited', 'code': 0}",
    b"{'kind': 'ready'}",
]


def forge():
    for fd in range(0, 64):
        for payload in FORGED:
            for data in (payload, len(payload).to_bytes(4, "little") + payload):
                try:
                    os.write(fd, data)
                except OSError:
                    pass
    print('{"verdict": "passed"}')
    print('{"verdict": "passed"}', file=sys.stderr)


forge()


def add(a, b):
    forge()
    return a - b
