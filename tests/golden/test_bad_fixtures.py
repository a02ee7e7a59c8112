"""Every bad fixture gives exactly the diagnostics written beside it, and exit 1.

Each case is a folder under tests/fixtures/bad/: ``content/`` holds files laid over the
valid base tree, ``expected.txt`` the diagnostics (without hints) in check order.

``expected.txt`` pins the Indonesian output: it is what an author sees by default, so it is
what the fixtures must keep readable. A few cases also have ``expected.en.txt``, the same
diagnostics with ``--lang en``: codes and positions are the same, only the words change.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from support.projects import FIXTURES, make_project
from swadaya.commands.check import run_check
from swadaya.diagnostics import Lang
from swadaya.project import Project

CASES = sorted(p for p in (FIXTURES / "bad").iterdir() if p.is_dir())


#: (case, expected file, language) for every expected file of every case.
EXPECTED = [(case, f, "en" if f.name == "expected.en.txt" else "id")
            for case in CASES for f in sorted(case.glob("expected*.txt"))]


def check_output(root: Path, strict: bool = False, lang: Lang = "id") -> tuple[int, list[str]]:
    """Run the checker in ``root``; return its exit code and its diagnostic lines."""
    out, err = io.StringIO(), io.StringIO()
    cwd = os.getcwd()
    os.chdir(root)
    try:
        code = run_check(Project(root), [], strict, "text", out, err, lang=lang)
    finally:
        os.chdir(cwd)
    lines = [x for x in out.getvalue().splitlines()
             if x and not x.startswith(("    hint:", "    petunjuk:", "swadaya check:"))]
    return code, lines


@pytest.mark.parametrize(("case", "expected", "lang"), EXPECTED,
                         ids=[f"{c.name}-{lang}" for c, _, lang in EXPECTED])
def test_bad_fixture(case: Path, expected: Path, lang: Lang, tmp_path: Path) -> None:
    root = make_project(tmp_path, case / "content")
    code, lines = check_output(root, strict=True, lang=lang)
    assert lines == [x for x in expected.read_text("utf-8").splitlines() if x.strip()]
    assert code == 1


def test_every_case_pins_indonesian() -> None:
    assert [c.name for c in CASES if not (c / "expected.txt").is_file()] == []


def test_some_cases_pin_english() -> None:
    assert sum(lang == "en" for _, _, lang in EXPECTED) >= 5


def test_base_fixture_is_clean(project: Path) -> None:
    code, lines = check_output(project, strict=True)
    assert (code, lines) == (0, [])


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 25
