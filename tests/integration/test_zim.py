"""The ZIM for Kiwix: libzim's own check, zimcheck, kiwix-serve, and Kiwix's search.

Debian bookworm's zimcheck 3.1.3 cannot check libzim-9 files with ``-I`` (it reports the
title index as outside the file) and aborts with ``-E`` (openzim/zim-tools#484; official
Kiwix ZIMs fail the same way), so every other check is run.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from support.kiwix import kiwix_serve, need
from support.projects import REPO

libzim_reader = pytest.importorskip("libzim.reader")
from swadaya.outputs.site.downloads import PENDING_SIZE  # noqa: E402
from swadaya.outputs.zim.metadata import ZimMetadata  # noqa: E402
from swadaya.outputs.zim.pack import ZimError, pack_site, site_files  # noqa: E402
from swadaya.text import size_text  # noqa: E402

ZIMCHECK_FLAGS = ["-0", "-C", "-M", "-F", "-P", "-R", "-U", "-X", "-L"]


@pytest.fixture(scope="module")
def zim(real_site: Path) -> Path:
    """The ZIM that ``swadaya build`` wrote beside the PDFs (real_site ran it)."""
    [found] = sorted((REPO / "build" / "unduh").glob("swadaya_id_all_*.zim"))
    return found


def _small_site(root: Path, pages: dict[str, str]) -> Path:
    for path, text in pages.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(f"<!doctype html><html lang='id'><head><meta charset='utf-8'>"
                                 f"<title>{path} - Swadaya</title></head><body>{text}</body>"
                                 "</html>", "utf-8")
    return root


def test_libzim_checks_the_file_and_its_metadata(zim: Path) -> None:
    archive = libzim_reader.Archive(str(zim))
    assert archive.check()
    meta = {k: bytes(archive.get_metadata(k)).decode() for k in archive.metadata_keys
            if not k.startswith("Illustration")}
    for key in ("Name", "Title", "Description", "LongDescription", "Language", "Creator",
                "Publisher", "Date", "Tags", "License", "Source"):
        assert meta.get(key), key
    assert meta["Language"] == "ind" and meta["Name"] == "swadaya_id_all"
    assert len(meta["Title"]) <= 30 and len(meta["Description"]) <= 80
    assert zim.name == f"swadaya_id_all_{meta['Date'][:7]}.zim"
    icon = bytes(archive.get_illustration_item(48).content)
    assert icon.startswith(b"\x89PNG") and icon[16:24] == (48).to_bytes(4, "big") * 2
    assert archive.has_fulltext_index and archive.has_title_index
    assert archive.main_entry.get_item().path == "index.html"


def test_every_page_goes_in_and_nothing_points_elsewhere(zim: Path, real_site: Path) -> None:
    archive = libzim_reader.Archive(str(zim))
    html = [p for p, _ in site_files(real_site) if p.endswith(".html")]
    assert archive.article_count == len(html) - 1  # 404.html is not an article
    for path in ("modules/penghidupan-berkelanjutan/phb-01-menabung-bersama.html",
                 "search/search_index.json", "assets/javascripts/lunr/min/lunr.id.min.js",
                 "unduh/buku/kader-dasar.pdf", "glosarium.html"):
        assert archive.has_entry_by_path(path), path
    epub = "unduh/buku/kader-dasar.epub"  # stored as it is (a zip already): same bytes back
    assert bytes(archive.get_entry_by_path(epub).get_item().content) == \
        (real_site / epub).read_bytes()
    downloads = bytes(archive.get_entry_by_path("buku/index.html").get_item().content)
    assert b".zim" not in downloads  # the ZIM cannot hold itself
    for path in html:
        text = bytes(archive.get_entry_by_path(path).get_item().content).decode()
        assert "unpkg.com" not in text and "serviceWorker" not in text, path


def test_the_site_built_beside_it_publishes_this_zim(zim: Path, real_site: Path) -> None:
    """The site is built while the ZIM is packed: it lists and carries the finished file."""
    assert (real_site / "unduh" / zim.name).read_bytes() == zim.read_bytes()
    size = size_text(zim.stat().st_size)
    assert f"Unduh berkas ZIM ({size})" in (real_site / "buku/index.html").read_text("utf-8")
    for path in real_site.rglob("*"):
        if path.is_file() and path.suffix != ".zim":
            assert PENDING_SIZE.encode() not in path.read_bytes(), path


def test_zimcheck_passes(zim: Path) -> None:
    result = subprocess.run([need("zimcheck"), *ZIMCHECK_FLAGS, str(zim)], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Overall Test Status: Pass" in result.stdout


def test_same_site_same_bytes(real_site: Path, tmp_path: Path) -> None:
    meta = ZimMetadata(dt.date(2026, 11, 29))
    one = pack_site(real_site, tmp_path / "a.zim", meta).path.read_bytes()
    two = pack_site(real_site, tmp_path / "b.zim", meta).path.read_bytes()
    assert one == two
    assert libzim_reader.Archive(str(tmp_path / "a.zim")).check()


@pytest.mark.parametrize("problem", ["no main page", "title too long", "fails while writing"])
def test_a_failed_pack_leaves_nothing(tmp_path: Path, problem: str,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    site = _small_site(tmp_path / "site", {"index.html": "isi"})
    meta, match = ZimMetadata(dt.date(2026, 11, 29)), "disk full"
    if problem == "no main page":
        (site / "index.html").rename(site / "lain.html")
        match = "no index.html"
    elif problem == "title too long":
        meta, match = ZimMetadata(dt.date(2026, 11, 29), title="S" * 31), "Title has 31"
    else:
        def fail(target: Path, seed: bytes) -> None:
            raise ZimError("disk full")
        monkeypatch.setattr("swadaya.outputs.zim.pack._stable_ids", fail)
    out = tmp_path / "out"
    out.mkdir()
    (out / "lama.zim").write_bytes(b"the previous ZIM")
    with pytest.raises(ZimError, match=match):
        pack_site(site, out / "lama.zim", meta)
    assert [p.name for p in out.iterdir()] == ["lama.zim"]
    assert (out / "lama.zim").read_bytes() == b"the previous ZIM"


def test_kiwix_search_finds_inflected_words(tmp_path: Path) -> None:
    site = _small_site(tmp_path / "site", {
        "index.html": "<p>Beranda.</p>",
        "modul/kader.html": "<p>Kader membantu warga memberdayakan kelompoknya sendiri.</p>",
        "modul/pompa.html": "<p>Pompa air tanpa listrik.</p>",
    })
    zim = pack_site(site, tmp_path / "uji_id_all_2026-11.zim",
                    ZimMetadata(dt.date(2026, 11, 29), name="uji_id_all")).path
    with kiwix_serve(zim) as base:
        root = base.rsplit("/", 2)[0]
        query = urllib.parse.urlencode({"content": zim.stem, "pattern": "pemberdayaan"})
        results = urllib.request.urlopen(f"{root}/search?{query}", timeout=10).read().decode()
    assert "modul/kader.html" in results and "modul/pompa.html" not in results


def test_kiwix_serves_the_real_zim(zim: Path) -> None:
    with kiwix_serve(zim) as base:
        page = urllib.request.urlopen(base + "index.html", timeout=10).read().decode()
        assert "<title>" in page
        root = base.rsplit("/", 2)[0]
        query = urllib.parse.urlencode({"content": zim.stem, "pattern": "menabung"})
        results = urllib.request.urlopen(f"{root}/search?{query}", timeout=10).read().decode()
    assert re.search(r"phb-01-menabung-bersama\.html", results)


@pytest.mark.browser
def test_in_chromium_inside_kiwix(zim: Path, browser: Any, tmp_path: Path) -> None:
    from support.site import open_page, search

    with kiwix_serve(zim) as base:
        page, _ = open_page(browser, base + "index.html", width=360, height=740)
        page.screenshot(path=str(tmp_path / "home.png"))
        page.goto(base + "indeks/area/penghidupan-berkelanjutan.html")
        page.locator("article a[href*='phb-01-menabung-bersama']").first.click()
        # waits for the new page (a load-state wait could return for the old one)
        page.wait_for_url("**/phb-01-menabung-bersama.html")
        assert page.locator("h1").first.inner_text().strip()
        page.screenshot(path=str(tmp_path / "zim-module-360.png"))
        text = search(page, "menabung", found=True)
        assert "PHB-01" in text or "Menabung" in text
        page.close()
