# Resource: allocates memory without end, touching every page (RLIMIT_AS, cgroup memory).
# verdict: memory_limit
def add(a, b):
    hoard = []
    while True:
        hoard.append(b"x" * (8 << 20))
