# Resource: fills /dev/shm (the host's RAM, unless it is private and size-limited).
# verdict: wrong_answer|error
import os


def add(a, b):
    written = 0
    try:
        with open("/dev/shm/agx-fill", "wb") as sink:
            for _ in range(64):
                sink.write(b"z" * (4 << 20))
                written += 4 << 20
    except OSError:
        pass
    return -written
