# Crashes with a real signal: dereferences NULL through ctypes (SIGSEGV in the test's process).
import ctypes


def add(a, b):
    return ctypes.c_char.from_address(8).value
