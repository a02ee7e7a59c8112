"""Every diagnostic code in the registry is produced by at least one test.

A code counts when a golden fixture expects it (``[CODE]`` in an ``expected.txt``) or a test
names it (``"S003"``, ``"2:1 M001 …"``, ``[B004]`` in a test file). A code nothing
produces is a promise to authors that no test keeps.
"""

from __future__ import annotations

import re
from pathlib import Path

from support.projects import FIXTURES, REPO
from swadaya.diagnostics import CODES

HERE = Path(__file__).resolve()


def produced_codes() -> set[str]:
    """Codes named in golden expectations and in test files (this one excepted)."""
    found: set[str] = set()
    for expected in FIXTURES.rglob("expected.txt"):
        found |= set(re.findall(r"\[([A-Z]\d{3})\]", expected.read_text("utf-8")))
    for test in (REPO / "tests").rglob("test_*.py"):
        if test.resolve() != HERE:
            text = re.sub(r"#\s*noqa:[^\n]*", "", test.read_text("utf-8"))  # ruff's codes
            found |= set(re.findall(r"\b([A-Z]\d{3})\b", text))
    return found


def test_every_code_is_produced_by_a_test() -> None:
    assert sorted(set(CODES) - produced_codes()) == []


def test_the_scan_sees_only_real_codes() -> None:
    # a typo in a test ("X999") would otherwise count for nothing and hide nothing
    assert produced_codes() <= set(CODES)
