# Resource: fills /tmp with one growing file and many small ones (the host's /tmp, unless
# /tmp is private and size-limited).
# verdict: wrong_answer|error
def add(a, b):
    written = 0
    try:
        with open("/tmp/agx-fill", "wb") as sink:
            for _ in range(64):
                sink.write(b"z" * (4 << 20))
                written += 4 << 20
    except OSError:
        pass
    try:
        for index in range(100000):
            open("/tmp/agx-small-%d" % index, "w").close()
    except OSError:
        pass
    return -written
