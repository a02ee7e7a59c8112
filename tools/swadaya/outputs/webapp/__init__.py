"""The installable offline site: web app manifest, service worker, save control, icons.

Made only for a hosted copy of the site: when ``site_url`` is an ``https://`` address (or
``http://`` on this machine's own loopback address, which browsers also treat as secure,
for tests and benchmarks). Service workers do not run from ``file://`` or from
``http://192.168.x.x``, and Kiwix readers do not run them, so the ``file://`` build and the
ZIM variant get none of this. Everything is written after MkDocs has written the site
(``write_webapp``), from the files it wrote, so the list of files to save is complete.
"""

from __future__ import annotations

from urllib.parse import urlparse

from swadaya.outputs.icon import Purpose

#: Files of the web app, relative to the site root. The worker sits at the root so its
#: scope is the whole site.
WORKER = "sw.js"
MANIFEST = "manifest.webmanifest"
LIST = "simpan.json"
OFFLINE_PAGE = "luring.html"
CONTROL_SCRIPT = "assets/simpan.js"
NOTICE_SCRIPT = "assets/baru.js"
#: Path → (size, purpose) of the icons, drawn by ``outputs/icon.py``.
ICONS: dict[str, tuple[int, Purpose]] = {
    "assets/images/ikon-192.png": (192, "any"),
    "assets/images/ikon-512.png": (512, "any"),
    "assets/images/ikon-maskable-512.png": (512, "maskable"),
    "assets/images/ikon-180.png": (180, "maskable"),  # apple-touch-icon: iOS rounds it
}
#: Where the save control goes in the home page, until its sizes are known.
CONTROL_MARK = "<!-- swadaya:simpan -->"

_LOOPBACK = ("127.0.0.1", "localhost", "::1")


def installable(site_url: str | None, variant: str = "site", serving: bool = False) -> bool:
    """True when the build gets the web app: a hosted ``site`` build whose address a
    browser treats as secure (``https://``, or ``http://`` on the loopback address), and
    not ``mkdocs serve`` (a live preview must not be cached)."""
    if not site_url or variant != "site" or serving:
        return False
    url = urlparse(site_url)
    return url.scheme == "https" or (url.scheme == "http" and url.hostname in _LOOPBACK)


def served(site_url: str | None, variant: str = "site", serving: bool = False) -> bool:
    """True when the build is for a web server (``site_url`` set): it gets precompressed
    ``.gz`` files beside its text files. The ``file://`` build and the ZIM do not."""
    return bool(site_url) and variant == "site" and not serving
