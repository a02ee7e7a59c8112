"""The ZIM listed while it is being packed: the mark in the pages, then the size in its place."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from swadaya.outputs.site.downloads import PENDING_SIZE, Downloads
from swadaya.outputs.site.pending import NotMade, wait_and_fill
from swadaya.text import size_text


def _site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    (site / "buku").mkdir(parents=True)
    (site / "buku/index.html").write_text(f"<a>Unduh berkas ZIM ({PENDING_SIZE})</a>", "utf-8")
    (site / "search").mkdir()
    (site / "search/search_index.json").write_text(
        f'{{"docs": [{{"text": "ZIM ({PENDING_SIZE})"}}]}}', "utf-8")
    (site / "index.html").write_text("<p>tidak ada</p>", "utf-8")
    (site / "gambar.png").write_bytes(b"\x89PNG" + PENDING_SIZE.encode())  # not text: kept
    return site


def test_the_size_goes_in_once_the_file_is_ready(tmp_path: Path) -> None:
    site = _site(tmp_path)
    source = tmp_path / "build/swadaya.zim"
    source.parent.mkdir()
    source.write_bytes(b"z" * 150_000)
    changed = wait_and_fill(site, source, "unduh/swadaya.zim", io.StringIO("ready\n"))
    assert changed == 2
    assert (site / "unduh/swadaya.zim").read_bytes() == source.read_bytes()
    size = size_text(150_000)
    assert f"ZIM ({size})" in (site / "buku/index.html").read_text("utf-8")
    assert f"ZIM ({size})" in (site / "search/search_index.json").read_text("utf-8")
    assert (site / "index.html").read_text("utf-8") == "<p>tidak ada</p>"
    assert (site / "gambar.png").read_bytes().endswith(PENDING_SIZE.encode())


@pytest.mark.parametrize("said", ["failed\n", "", "siap\n"])
def test_no_ready_no_fill(tmp_path: Path, said: str) -> None:
    """Told the ZIM failed, or the process that would tell is gone (end of input)."""
    site = _site(tmp_path)
    source = tmp_path / "swadaya.zim"
    source.write_bytes(b"z")
    with pytest.raises(NotMade, match="the ZIM was not made"):
        wait_and_fill(site, source, "unduh/swadaya.zim", io.StringIO(said))
    assert not (site / "unduh").exists()
    assert PENDING_SIZE in (site / "buku/index.html").read_text("utf-8")


def test_ready_but_missing(tmp_path: Path) -> None:
    with pytest.raises(NotMade, match="missing"):
        wait_and_fill(_site(tmp_path), tmp_path / "nowhere.zim", "unduh/x.zim",
                      io.StringIO("ready\n"))


def test_downloads_list_the_file_to_come(tmp_path: Path) -> None:
    folder = tmp_path / "unduh"
    (folder / "buku").mkdir(parents=True)
    (folder / "buku/a.pdf").write_bytes(b"%PDF" * 100)
    (folder / "swadaya_id_all_2026-10.zim").write_bytes(b"old")  # last month's
    found = Downloads.scan(folder, pending="swadaya_id_all_2026-11.zim")  # every kind
    zim = found.zim()
    assert zim is not None and zim.rel == "swadaya_id_all_2026-11.zim"
    assert zim.size_text == PENDING_SIZE
    assert list(found.files) == ["buku/a.pdf"]  # nothing to copy for the ZIM yet
    assert found.entry("buku/a.pdf") is not None
    assert Downloads.scan(tmp_path / "none", pending="x.zim").zim() is not None
    assert Downloads.scan(folder, (".pdf",)).zim() is None
