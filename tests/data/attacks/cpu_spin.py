# Resource: spins the CPU forever in the call (wall clock and RLIMIT_CPU).
# verdict: time_limit
def add(a, b):
    while True:
        pass
