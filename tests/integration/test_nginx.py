"""The village-server recipe (server/nginx-swadaya.conf) in Debian's nginx on 127.0.0.1:
precompressed files sent as they are, cache headers, MIME types, downloads."""

from __future__ import annotations

import gzip
import os
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from email.message import Message
from pathlib import Path

import pytest

from support.nginx import Running, nginx, nginx_missing
from support.webapp import build_hosted, small_project


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Running, Path]]:
    why = nginx_missing()
    if why:
        if os.environ.get("SWADAYA_REQUIRE_BROWSER") == "1":
            pytest.fail(f"SWADAYA_REQUIRE_BROWSER=1 but {why}")
        pytest.skip(why)
    root = tmp_path_factory.mktemp("nginx")
    site = build_hosted(small_project(root / "p"), root / "site")
    with nginx(site, root / "nginx") as running:
        yield running, site


def get(base: str, path: str, gzip_ok: bool = True, extra: dict[str, str] | None = None,
        ) -> tuple[int, Message, bytes]:
    headers = {"Accept-Encoding": "gzip"} if gzip_ok else {}
    request = urllib.request.Request(base + path, headers=headers | (extra or {}))
    try:
        with urllib.request.urlopen(request) as answer:
            return answer.status, answer.headers, answer.read()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.headers, error.read()


def test_pages_are_sent_precompressed(server: tuple[Running, Path]) -> None:
    running, site = server
    for path in ("index.html", "search/search_index.json", "sw.js", "simpan.json",
                 "assets/javascripts/bundle." + _hashed(site, "js"), "manifest.webmanifest"):
        status, headers, body = get(running.base, path)
        assert status == 200, path
        assert headers["Content-Encoding"] == "gzip", path
        assert headers["Vary"] == "Accept-Encoding", path
        # the copy the build wrote, byte for byte: no compression work per request
        assert body == (site / f"{path}.gz").read_bytes(), path
        assert int(headers["Content-Length"]) == (site / f"{path}.gz").stat().st_size
    status, headers, body = get(running.base, "index.html", gzip_ok=False)
    assert headers["Content-Encoding"] is None and body == (site / "index.html").read_bytes()


def test_first_visit_is_light(server: tuple[Running, Path]) -> None:
    """The home page and what it loads, as nginx sends them: a quarter of their size."""
    running, site = server
    home = (site / "index.html").read_text("utf-8")
    parts = ["index.html", "assets/stylesheets/main." + _hashed(site, "css"),
             "assets/javascripts/bundle." + _hashed(site, "js"),
             "assets/stylesheets/palette." + _hashed(site, "css", "palette")]
    assert all(p.split("/")[-1] in home for p in parts)
    sent = sum(len(get(running.base, p)[2]) for p in parts)
    size = sum((site / p).stat().st_size for p in parts)
    assert sent < size / 3.5
    assert sent < 80_000


def test_cache_headers(server: tuple[Running, Path]) -> None:
    running, site = server
    css = "assets/stylesheets/main." + _hashed(site, "css")
    assert get(running.base, css)[1]["Cache-Control"] == "public, max-age=31536000, immutable"
    for path in ("index.html", "sw.js", "simpan.json", "assets/simpan.js",
                 "modules/penyadaran/pny-01-dasar.html"):
        assert get(running.base, path)[1]["Cache-Control"] == "no-cache", path
    # an unchanged page asked again costs a few hundred bytes
    status, headers, _ = get(running.base, "index.html")
    status, _, body = get(running.base, "index.html", extra={"If-None-Match": headers["ETag"]})
    assert status == 304 and body == b""


def test_types(server: tuple[Running, Path]) -> None:
    running, _ = server
    types = {
        "index.html": "text/html; charset=utf-8",
        "sw.js": "application/javascript; charset=utf-8",
        "manifest.webmanifest": "application/manifest+json; charset=utf-8",
        "simpan.json": "application/json; charset=utf-8",
        "assets/images/ikon-192.png": "image/png",
        "unduh/buku/kader-dasar.epub": "application/epub+zip",
        "unduh/buku/kader-dasar.pdf": "application/pdf",
        "unduh/swadaya_id_all_2026-11.zim": "application/octet-stream",
    }
    for path, expected in types.items():
        status, headers, _ = get(running.base, path)
        assert status == 200 and headers["Content-Type"] == expected, path
        assert headers["X-Content-Type-Options"] == "nosniff", path


def test_zim_downloads_and_resumes(server: tuple[Running, Path]) -> None:
    running, site = server
    path = "unduh/swadaya_id_all_2026-11.zim"
    _, headers, body = get(running.base, path)
    assert headers["Content-Disposition"] == "attachment"
    assert body == (site / path).read_bytes()
    status, headers, rest = get(running.base, path, extra={"Range": "bytes=1000-"})
    assert status == 206 and rest == body[1000:]


def test_missing_page_gets_the_site_404(server: tuple[Running, Path]) -> None:
    running, site = server
    status, _, body = get(running.base, "tidak-ada.html")
    assert status == 404
    assert gzip.decompress(body) == (site / "404.html").read_bytes()


def test_access_log_counts_bytes(server: tuple[Running, Path]) -> None:
    running, site = server
    before = len(running.sent())
    get(running.base, "index.html")
    # nginx logs a request after answering it: an earlier test's line may land after
    # ``before`` was counted, so look for this request's own line
    deadline = time.monotonic() + 5
    while True:
        rows = [r for r in running.sent()[before:] if r[2].startswith("GET /index.html ")]
        if rows or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    [(status, total, _)] = rows
    assert status == 200
    assert total > (site / "index.html.gz").stat().st_size  # body and headers


def _hashed(site: Path, kind: str, name: str = "") -> str:
    """The hashed file name of Material's bundle or a style sheet, after its first dot."""
    folder = site / "assets" / ("javascripts" if kind == "js" else "stylesheets")
    name = name or ("bundle" if kind == "js" else "main")
    [found] = folder.glob(f"{name}.*.min.{kind}")
    return found.name.split(".", 1)[1]
