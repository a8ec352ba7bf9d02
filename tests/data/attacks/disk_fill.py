# Resource: fills its working directory with files just under the file-size limit (tier A:
# a size-limited tmpfs; tier B: RLIMIT_FSIZE per file, the host's disk; capped at 128 MiB).
# verdict: wrong_answer|error
def add(a, b):
    written = 0
    for index in range(8):
        try:
            with open("agx-disk-%d" % index, "wb") as sink:
                for _ in range(4):
                    sink.write(b"d" * (4 << 20))
                    written += 4 << 20
        except OSError:
            pass
    return -written
