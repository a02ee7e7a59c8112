"""``make serve`` with content errors: the preview goes on and every page shows the problems.

A one-off build still stops at an error, and its pages carry nothing of the preview's.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from integration.test_serve_incremental import Server, copy_project
from support.projects import FIXTURES, REPO, make_project
from swadaya.outputs.site.preview import STATUS_FILE

pytestmark = pytest.mark.slow

MODULE = "content/modules/kaderisasi/kdr-03-mendampingi-kelompok.md"
PAGE = "modules/kaderisasi/kdr-03-mendampingi-kelompok.html"
NOT_TEXT = "content/modules/kaderisasi/kdr-99-rusak.md"


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Path]:
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    yield copy_project(tmp_path / "project")


def status(site: Path) -> dict[str, Any]:
    return dict(json.loads((site / STATUS_FILE).read_text("utf-8")))


def break_content(root: Path) -> str:
    """An unknown level in a module, and a Markdown file that is not UTF-8; the module's
    text as it was."""
    module = root / MODULE
    good = module.read_text("utf-8")
    assert "\nlevel: menengah\n" in good
    module.write_text(good.replace("\nlevel: menengah\n", "\nlevel: sedang-sedang\n"), "utf-8")
    (root / NOT_TEXT).write_bytes(b"---\nid: KDR-99\n---\n\xff\xfe rusak\n")
    return good


def test_the_preview_shows_the_problems_and_goes_on(project: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    server = Server(project, site)
    try:
        assert status(site) == {"title": "", "errors": 0, "lines": []}
        page = (site / PAGE).read_text("utf-8")
        assert STATUS_FILE in page  # each page asks for the status: a save may change it

        good = break_content(project)
        server.build()  # no exception: a preview is not stopped by the content
        found = status(site)
        assert found["errors"] == 2
        assert found["title"].startswith("Pemeriksaan isi: 2 kesalahan")
        lines = "\n".join(found["lines"])
        assert f"{MODULE}:" in lines and "[S003]" in lines and "sedang-sedang" in lines
        assert f"{NOT_TEXT}:" in lines and "[F001]" in lines
        assert "petunjuk:" in lines  # as `swadaya check` prints them, hints included
        # the module with the bad level is still shown; the file that is not text is left out
        assert "sedang-sedang" in (site / PAGE).read_text("utf-8")
        assert not (site / "modules/kaderisasi/kdr-99-rusak.html").exists()

        (project / MODULE).write_text(good, "utf-8")
        (project / NOT_TEXT).unlink()
        server.build()
        assert status(site) == {"title": "", "errors": 0, "lines": []}
    finally:
        server.stop()


def test_a_one_off_build_still_stops_and_carries_nothing_of_the_preview(
        project: Path, tmp_path: Path) -> None:
    build = [sys.executable, "-m", "mkdocs", "build", "-q", "-d"]
    clean = subprocess.run([*build, str(tmp_path / "clean")], cwd=project,
                           capture_output=True, text=True, check=False)
    assert clean.returncode == 0, clean.stderr
    assert not (tmp_path / "clean" / STATUS_FILE).exists()
    assert STATUS_FILE not in (tmp_path / "clean" / PAGE).read_text("utf-8")

    break_content(project)
    broken = subprocess.run([*build, str(tmp_path / "broken")], cwd=project,
                            capture_output=True, text=True, check=False)
    assert broken.returncode != 0
    assert "[S003]" in broken.stderr and "Traceback" not in broken.stderr


def test_the_problems_show_at_the_top_of_a_page_on_a_phone(project: Path, tmp_path: Path,
                                                           browser: Any) -> None:
    from support.browser import serve

    site = tmp_path / "site"
    break_content(project)
    server = Server(project, site)
    try:
        with serve(site) as base:
            page = browser.new_page(viewport={"width": 360, "height": 740})
            page.goto(base + PAGE)
            box = page.locator(".sw-pemeriksaan[role=alert]")
            box.wait_for(timeout=15000)
            text = box.inner_text()
            assert "2 kesalahan" in text and "[S003]" in text and "[F001]" in text
            # the first thing in the page's content, and no sideways scrolling for it
            assert page.evaluate("document.querySelector('.md-content__inner')"
                                 ".firstElementChild.classList.contains('sw-pemeriksaan')")
            assert page.evaluate("document.documentElement.scrollWidth") <= 360
            if os.environ.get("SWADAYA_SCREENSHOTS"):
                page.screenshot(path=os.environ["SWADAYA_SCREENSHOTS"] + "/preview.png")
            # a clean preview shows nothing
            (project / MODULE).write_text((project / MODULE).read_text("utf-8").replace(
                "\nlevel: sedang-sedang\n", "\nlevel: menengah\n"), "utf-8")
            (project / NOT_TEXT).unlink()
            server.build()
            page.goto(base + PAGE)
            page.wait_for_load_state("load")
            time.sleep(1)  # the status is fetched after load
            assert page.locator(".sw-pemeriksaan").count() == 0
            page.close()
    finally:
        server.stop()


CASES = sorted(p for p in (FIXTURES / "bad").iterdir() if p.is_dir())


def _problem(line: str) -> str:
    """A diagnostic's first line without its level (a strict check prints warnings as
    errors; the preview shows each at its own level)."""
    return re.sub(r": (?:error|warning) \[", ": [", line.split("\n", 1)[0])


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_bad_input_is_previewed_with_its_problems(case: Path, tmp_path: Path) -> None:
    """The bad-input catalogue under ``make serve``: no crash, and the page shows what a
    check reports (tests/golden/fixtures/bad/*/expected.txt)."""
    root = make_project(tmp_path, case / "content")
    config = (REPO / "mkdocs.yml").read_text("utf-8").split("\nnav:")[0]
    (root / "mkdocs.yml").write_text(
        config + "\nnav:\n  - Beranda: index.md\n  - Modul: swadaya:modules\n", "utf-8")
    server = Server(root, tmp_path / "site")
    try:
        shown = {_problem(line) for line in status(tmp_path / "site")["lines"]}
    finally:
        server.stop()
    expected = {_problem(x) for x in (case / "expected.txt").read_text("utf-8").splitlines()
                if x.strip()}
    assert shown == expected
