"""Every bad fixture gives exactly the diagnostics written beside it, and exit 1.

Each case is a folder under tests/fixtures/bad/: ``content/`` holds files laid over the
valid base tree, ``expected.txt`` the diagnostics (without hints) in check order.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from support.projects import FIXTURES, make_project
from swadaya.commands.check import run_check
from swadaya.project import Project

CASES = sorted(p for p in (FIXTURES / "bad").iterdir() if p.is_dir())


def check_output(root: Path, strict: bool = False) -> tuple[int, list[str]]:
    """Run the checker in ``root``; return its exit code and its diagnostic lines."""
    out, err = io.StringIO(), io.StringIO()
    cwd = os.getcwd()
    os.chdir(root)
    try:
        code = run_check(Project(root), [], strict, "text", out, err)
    finally:
        os.chdir(cwd)
    lines = [x for x in out.getvalue().splitlines()
             if x and not x.startswith(("    hint:", "swadaya check:"))]
    return code, lines


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_fixture(case: Path, tmp_path: Path) -> None:
    root = make_project(tmp_path, case / "content")
    expected = (case / "expected.txt").read_text(encoding="utf-8").splitlines()
    code, lines = check_output(root, strict=True)
    assert lines == [x for x in expected if x.strip()]
    assert code == 1


def test_base_fixture_is_clean(project: Path) -> None:
    code, lines = check_output(project, strict=True)
    assert (code, lines) == (0, [])


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 25
