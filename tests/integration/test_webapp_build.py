"""A hosted copy (``site_url`` https) gets the installable offline site and .gz copies; the
file:// build and the ZIM variant get none of it. Built from the small fixture tree."""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from pathlib import Path

import pytest

from support.webapp import SITE_URL, build_hosted, environment, small_project
from swadaya.commands.build import run_build
from swadaya.commands.mkdocs_run import mkdocs_build
from swadaya.project import Project

APP_FILES = ("sw.js", "manifest.webmanifest", "simpan.json", "luring.html",
             "assets/simpan.js", "assets/baru.js", "assets/images/ikon-192.png",
             "assets/images/ikon-512.png", "assets/images/ikon-maskable-512.png")


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return small_project(tmp_path_factory.mktemp("webapp") / "p")


@pytest.fixture(scope="module")
def hosted(project: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_hosted(project, tmp_path_factory.mktemp("hosted") / "site")


def _pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if p.name != "luring.html")


def test_hosted_copy_has_the_web_app(hosted: Path) -> None:
    for name in APP_FILES:
        assert (hosted / name).is_file(), name
    manifest = json.loads((hosted / "manifest.webmanifest").read_text("utf-8"))
    assert manifest["lang"] == "id" and manifest["display"] == "standalone"
    assert manifest["start_url"] == "./index.html" and manifest["scope"] == "./"
    assert {(i["sizes"], i["purpose"]) for i in manifest["icons"]} == {
        ("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")}
    for page in _pages(hosted):
        html = page.read_text("utf-8")
        assert 'rel="manifest"' in html and 'new URL("sw.js",u)' in html, page
        assert "#simpan" in html, page  # the header's button to the control


def test_the_control_is_on_the_home_page_only(hosted: Path) -> None:
    home = (hosted / "index.html").read_text("utf-8")
    listing = json.loads((hosted / "simpan.json").read_text("utf-8"))
    site_mb = sum(f[2] for f in listing["situs"]["berkas"]) / 1024 / 1024
    assert 'id="simpan"' in home and "<!-- swadaya:simpan -->" not in home
    button = re.search(r"Simpan untuk dibaca tanpa internet \(≈ ([\d,]+) (KB|MB)\)", home)
    assert button, "the button shows the size"
    shown = float(button[1].replace(",", ".")) / (1024 if button[2] == "KB" else 1)
    assert abs(shown - site_mb) < 0.06
    assert 'src="assets/simpan.js"' in home
    assert "Buku pegangan (PDF): 1 berkas" in home and "(ZIM): 1 berkas" in home
    others = [p for p in _pages(hosted) if p.name != "index.html"]
    assert not [p for p in others if "assets/simpan.js" in p.read_text("utf-8")]


def test_the_list_holds_the_whole_site_with_hashes(hosted: Path) -> None:
    listing = json.loads((hosted / "simpan.json").read_text("utf-8"))
    paths = {f[0] for f in listing["situs"]["berkas"]}
    pages = {p.relative_to(hosted).as_posix() for p in _pages(hosted)} - {"404.html"}
    assert pages <= paths
    assert "search/search_index.json" in paths
    assert "assets/javascripts/lunr/min/lunr.id.min.js" in paths
    assert not [p for p in paths if p.endswith((".gz", ".map")) or "lunr.de." in p]
    assert not {"sw.js", "simpan.json", "search/search_index.js", "sitemap.xml"} & paths
    assert {"index.html", "luring.html", "assets/simpan.js"} <= set(listing["inti"]) <= paths
    groups = {g["kunci"]: [f[0] for f in g["berkas"]] for g in listing["unduhan"]}
    assert groups == {"buku-pdf": ["unduh/buku/kader-dasar.pdf"],
                      "buku-epub": ["unduh/buku/kader-dasar.epub"],
                      "zim": ["unduh/swadaya_id_all_2026-11.zim"]}
    for path, size, transfer, digest in listing["situs"]["berkas"]:
        data = (hosted / path).read_bytes()
        assert size == len(data) and transfer <= size
        assert digest == hashlib.sha256(data).hexdigest()[:16], path
    worker = (hosted / "sw.js").read_text("utf-8")
    assert f'const VERSION = "{listing["versi"]}";' in worker
    assert listing["judul"]["index.html"] == "Swadaya"


def test_gz_copies_beside_text_files(hosted: Path) -> None:
    for name in ("index.html", "search/search_index.json", "sw.js", "simpan.json",
                 "manifest.webmanifest"):
        packed = hosted / f"{name}.gz"
        assert gzip.decompress(packed.read_bytes()) == (hosted / name).read_bytes(), name
    assert not list(hosted.rglob("*.map.gz")) and not list(hosted.rglob("*.png.gz"))
    assert not list(hosted.rglob("*.pdf.gz")) and not list(hosted.rglob("*.br"))


def test_same_content_same_version(project: Path, hosted: Path, tmp_path: Path) -> None:
    again = build_hosted(project, tmp_path / "again")
    first = json.loads((hosted / "simpan.json").read_text("utf-8"))["versi"]
    assert json.loads((again / "simpan.json").read_text("utf-8"))["versi"] == first
    assert (again / "index.html.gz").read_bytes() == (hosted / "index.html.gz").read_bytes()
    module = project / "content/modules/penyadaran/pny-01-dasar.md"
    text = module.read_text("utf-8")
    try:
        module.write_text(text + "\nSatu kalimat baru.\n", "utf-8")
        changed = build_hosted(project, tmp_path / "changed")
    finally:
        module.write_text(text, "utf-8")
    assert json.loads((changed / "simpan.json").read_text("utf-8"))["versi"] != first


def test_file_build_has_none_of_it(project: Path, hosted: Path, tmp_path: Path) -> None:
    with environment(SWADAYA_SITE_URL=None):
        assert run_build(Project(project), tmp_path / "usb", pdf=False, zim=False) == 0
    usb = tmp_path / "usb"
    for name in APP_FILES:
        assert not (usb / name).exists(), name
    assert not list(usb.rglob("*.gz")) or [p.name for p in usb.rglob("*.gz")] == [
        "sitemap.xml.gz"]  # MkDocs' own
    for page in _pages(usb):
        html = page.read_text("utf-8")
        assert "manifest" not in html and "serviceWorker" not in html, page
        assert "#simpan" not in html and "canonical" not in html, page


@pytest.mark.parametrize("address", [SITE_URL, "http://127.0.0.1:8000/"])
def test_zim_variant_has_none_of_it(project: Path, tmp_path: Path, address: str) -> None:
    with environment(SWADAYA_SITE_URL=address):
        assert mkdocs_build(Project(project), tmp_path / "zim", variant="zim") == 0
    zim = tmp_path / "zim"
    for name in APP_FILES:
        assert not (zim / name).exists(), name
    assert not [p for p in zim.rglob("*.gz") if p.name != "sitemap.xml.gz"]
    for page in _pages(zim):
        html = page.read_text("utf-8")
        assert "manifest" not in html and "serviceWorker" not in html, page
        assert address not in html, page  # no canonical links to a host


def test_plain_http_address_is_served_but_not_installable(project: Path,
                                                          tmp_path: Path) -> None:
    """A village server's address (http on the hall's Wi-Fi): .gz copies, no worker."""
    site = build_hosted(project, tmp_path / "lan", site_url="http://192.168.1.10/")
    assert (site / "index.html.gz").is_file()
    assert not (site / "sw.js").exists()
    assert "serviceWorker" not in (site / "index.html").read_text("utf-8")
