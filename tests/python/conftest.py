"""Fixtures for the tests of the `autograde` Python module (helpers live in support.py)."""
import pytest

import autograde
from support import EXERCISES, TINY


@pytest.fixture(scope="session")
def tiny():
    return autograde.load_exercise(TINY)


@pytest.fixture(scope="session")
def list_vs_tuple():
    return autograde.load_exercise(EXERCISES / "01-list-vs-tuple")
