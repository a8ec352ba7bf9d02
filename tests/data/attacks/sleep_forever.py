# Resource: sleeps far past the time limit, using no CPU (wall clock).
# verdict: time_limit
import time


def add(a, b):
    time.sleep(1000)
