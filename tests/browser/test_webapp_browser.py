"""The installable offline site in Chromium: install, save, read without a connection, a
connection dropped half-way, an update. The real content, built as a hosted copy and
served on 127.0.0.1 (a secure context, so the service worker runs).

"Offline" is made twice over: the server is stopped and ``context.set_offline(True)``
(Playwright's offline switch does not reach a service worker's own requests:
microsoft/playwright#2311). Screenshots at 360×740 go to test-results/.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from support.browser import ARGS, CHROMIUM
from support.site import is_local, search
from support.webapp import build_hosted, copy_repository, flaky_server

pytestmark = pytest.mark.browser

SHOTS = Path(os.environ.get("SWADAYA_SCREENSHOTS", "test-results"))
PHONE = {"width": 360, "height": 740}
BUTTON = ".sw-simpan__tombol"
STATUS = ".sw-simpan__status"
#: Pages the reader has never opened before going offline.
NEVER_OPENED = ("modules/penghidupan-berkelanjutan/phb-01-menabung-bersama.html",
                "modules/kaderisasi/kdr-01-memilih-kader.html",
                "modules/pengorganisasian/org-01-membentuk-kelompok.html")
GUIDE = "modules/teknologi-tepat-guna/ttg-15-pompa-tali.html"
PHB01 = NEVER_OPENED[0]


@pytest.fixture(scope="module")
def hosted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hosted")
    return build_hosted(copy_repository(root / "p"), root / "site")


def _ready(page: Any) -> None:
    """Wait until the worker is active, controls the page and the control is ready."""
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    page.wait_for_function("!!navigator.serviceWorker.controller")
    page.locator("#simpan[data-siap]").wait_for()


def _status(page: Any, starts: str, timeout: int = 60_000) -> str:
    page.wait_for_function(
        f"document.querySelector('{STATUS}').textContent.startsWith({starts!r})",
        timeout=timeout)
    return str(page.locator(STATUS).inner_text())


def _kept(page: Any) -> list[str]:
    """What the worker's cache holds, relative to the site."""
    return list(page.evaluate("""async () => {
      const scope = new URL(".", __md_scope).href;
      const names = (await caches.keys()).filter((n) => n.startsWith("swadaya " + scope));
      const keys = names.length === 1 ? await (await caches.open(names[0])).keys() : [];
      return names.length === 1 ? keys.map((r) => r.url.replace(scope, "")) : names;
    }"""))


def _shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"webapp-{name}.png"))


@pytest.fixture
def phone(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport=PHONE)
    try:
        yield context
    finally:
        context.close()


def test_installable(browser: Any, hosted: Path) -> None:
    """Chromium's own installability check passes (it needs a profile on disk: incognito
    windows never install), the manifest has no errors, the worker takes the page."""
    with flaky_server(hosted) as server, tempfile.TemporaryDirectory() as profile:
        context = browser.browser_type.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), args=ARGS, viewport=PHONE)
        try:
            page = context.new_page()
            page.goto(server.base + "index.html")
            _ready(page)
            cdp = context.new_cdp_session(page)
            manifest = cdp.send("Page.getAppManifest")
            assert manifest["errors"] == [] and manifest["url"].endswith("manifest.webmanifest")
            assert cdp.send("Page.getInstallabilityErrors")["installabilityErrors"] == []
            for size in (192, 512):
                icon = page.evaluate(f"""new Promise((resolve) => {{
                  const img = new Image(); img.onload = () => resolve(img.naturalWidth);
                  img.src = "assets/images/ikon-{size}.png"; }})""")
                assert icon == size
        finally:
            context.close()


def test_save_then_read_without_a_connection(phone: Any, hosted: Path) -> None:
    page = phone.new_page()
    requests: list[str] = []
    phone.on("request", lambda r: requests.append(r.url))
    with flaky_server(hosted) as server:
        base = server.base
        page.goto(base + "index.html")
        _ready(page)
        button = page.locator(BUTTON)
        assert button.inner_text().startswith("Simpan untuk dibaca tanpa internet (≈ ")
        page.locator("#simpan").scroll_into_view_if_needed()
        _shot(page, "control")
        button.click()
        _status(page, "Menyimpan")
        assert button.inner_text() == "Sedang menyimpan…"
        page.locator("#simpan").evaluate("box => box.scrollIntoView({block: 'end'})")
        _shot(page, "progress")
        done = _status(page, "Tersimpan di HP ini")
        page.locator("#simpan").evaluate("box => box.scrollIntoView({block: 'end'})")
        _shot(page, "saved")
        assert "halaman, pencarian" in done and "Ruang terpakai" in done
        assert button.is_disabled() and page.locator(".sw-simpan__hapus").is_visible()
    phone.set_offline(True)
    for path in (*NEVER_OPENED, GUIDE, "panduan/index.html", "index.html"):
        answer = page.goto(base + path)
        assert answer is not None and answer.ok, path
        assert page.locator("article h1").count() == 1, path
    page.goto(base + GUIDE)
    assert "Pompa Tali" in page.title()
    page.goto(base + "index.html")
    results = search(page, "menabung", found=True)
    first = page.locator(".md-search-result__item").first.inner_text()
    assert "Menabung Bersama" in first, results[:300]
    page.goto(base + "modules/tidak-ada.html")
    assert page.locator("h1").inner_text() == "Halaman ini belum tersimpan"
    page.locator("#daftar li").first.wait_for()
    assert page.locator("#daftar li").count() > 100  # every saved page, to go on reading
    _shot(page, "offline-page")
    page.locator("#daftar a", has_text="Pompa Tali").first.click()
    page.wait_for_url("**/" + GUIDE)  # the new page, not the old one's load state
    assert [r for r in requests if not is_local(r)] == []


def test_tap_at_once_on_a_first_visit(phone: Any, hosted: Path) -> None:
    """A reader who taps before the worker has finished installing still gets the copy."""
    page = phone.new_page()
    with flaky_server(hosted) as server:
        page.goto(server.base + "index.html", wait_until="domcontentloaded")
        page.locator(f"{BUTTON}:enabled").click()
        assert "halaman, pencarian" in _status(page, "Tersimpan di HP ini")


def test_dropped_connection_resumes(phone: Any, hosted: Path) -> None:
    page = phone.new_page()
    with flaky_server(hosted) as server:
        page.goto(server.base + "index.html")
        _ready(page)
        server.drop_after = sum(server.sent.values()) + 40  # half-way through the save
        page.locator(BUTTON).click()
        text = _status(page, "Koneksi terputus")
        page.locator("#simpan").evaluate("box => box.scrollIntoView({block: 'end'})")
        _shot(page, "dropped")
        kept_before = set(_kept(page))
        listing = page.evaluate("fetch('simpan.json').then((r) => r.json())")
        site_files = {f[0] for f in listing["situs"]["berkas"]}
        saved = len(site_files & kept_before)
        assert f"{saved} dari {len(site_files)} berkas sudah tersimpan" in text
        assert 40 <= saved < len(site_files)
        assert page.locator(BUTTON).inner_text().startswith("Lanjutkan menyimpan")
        # on a reload the half-saved copy is still whole, and says so
        page.reload()
        _ready(page)
        assert _status(page, "Belum selesai").startswith(f"Belum selesai: {saved} dari")
        server.restore()
        sent_before = dict(server.sent)
        page.locator(BUTTON).click()
        _status(page, "Tersimpan di HP ini")
        again = [p for p in site_files & kept_before
                 if server.sent[p] > sent_before.get(p, 0)]
        assert again == []  # only what was missing was fetched
        assert site_files <= set(_kept(page))


def test_downloads_are_a_separate_choice_and_remove(phone: Any, hosted: Path) -> None:
    page = phone.new_page()
    page.on("dialog", lambda dialog: dialog.accept())
    with flaky_server(hosted) as server:
        page.goto(server.base + "index.html")
        _ready(page)
        page.locator(".sw-simpan__unduhan summary").click()
        label = page.locator("label", has_text="Buku pegangan (PDF)")
        assert "1 berkas, 300 KB" in label.inner_text()  # 307,217 bytes
        before = page.locator(BUTTON).inner_text()
        label.locator("input").check()
        page.wait_for_function(  # the size now includes the PDF
            f"document.querySelector('{BUTTON}').textContent !== {before!r}")
        page.locator(BUTTON).click()
        assert "Buku pegangan (PDF)" in _status(page, "Tersimpan di HP ini")
        assert "unduh/buku/kader-dasar.pdf" in _kept(page)
        assert "unduh/buku/kader-dasar.epub" not in _kept(page)
        page.locator(".sw-simpan__hapus").click()
        _status(page, "Salinan sudah dihapus")
        listing = page.evaluate("fetch('simpan.json').then((r) => r.json())")
        assert sorted(_kept(page)) == sorted([*listing["inti"], "simpan.json"])
    page.goto("about:blank")


def test_update_notice_then_new_text(phone: Any, tmp_path: Path) -> None:
    root = copy_repository(tmp_path / "p", downloads=False)
    site = build_hosted(root, tmp_path / "site")
    page = phone.new_page()
    with flaky_server(site) as server:
        base = server.base
        page.goto(base + "index.html")
        _ready(page)
        page.locator(BUTTON).click()
        _status(page, "Tersimpan di HP ini")
        module = root / "content" / PHB01.replace(".html", ".md")
        text = module.read_text("utf-8")
        intro = text.index("\n\n", text.index("\n---", 3) + 4)
        module.write_text(text[:intro] + "\n\nKalimat baru untuk uji pembaruan." +
                          text[intro:], "utf-8")
        build_hosted(root, site)
        server.sent.clear()
        page.goto(base + PHB01)
        notice = page.locator("#sw-baru")
        notice.wait_for(timeout=30_000)
        assert notice.inner_text().startswith("Versi baru bahan Swadaya sudah siap.")
        assert "Kalimat baru" not in page.locator("article").inner_text()  # the saved text
        _shot(page, "update")
        # the new version fetched only what changed, not the whole saved site again
        assert PHB01 in server.sent and "search/search_index.json" in server.sent
        assert len([p for p in server.sent if p.endswith(".html")]) <= 3
        notice.get_by_role("button", name="Perbarui").click()
        page.wait_for_function(
            "document.body.innerText.includes('Kalimat baru untuk uji pembaruan')")
        names = page.evaluate("caches.keys()")
        assert len(names) == 1  # the old version's cache is gone
    phone.set_offline(True)
    page.goto(base + PHB01)
    assert "Kalimat baru untuk uji pembaruan" in page.locator("article").inner_text()
    page.goto(base + "index.html")
    assert _status(page, "Tersimpan di HP ini")  # the saved copy is whole in the new version
