# Resource: ignores SIGTERM, SIGINT and SIGHUP, then sleeps (only SIGKILL ends it).
# verdict: time_limit
import signal
import time


def add(a, b):
    for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(number, signal.SIG_IGN)
    time.sleep(1000)
