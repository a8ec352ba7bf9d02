# Resource: floods stdout and stderr, bypassing Python's buffers (the output cap).
# verdict: output_limit
import os


def add(a, b):
    chunk = b"flood " * 1000
    while True:
        os.write(1, chunk)
        os.write(2, chunk)
