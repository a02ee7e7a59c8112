"""A hosted copy of the site for the web app's tests: built with an https ``site_url``,
served on 127.0.0.1 (a secure context, so the service worker runs) by a server that can
drop connections on purpose and counts what it sent."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from support.projects import REPO, make_project
from swadaya.commands.build import run_build
from swadaya.project import Project

#: The address a hosted copy is built for; served on 127.0.0.1, the paths are relative.
SITE_URL = "https://swadaya.example.org/"


@contextmanager
def environment(**values: str | None) -> Iterator[None]:
    """Set (or, with None, unset) environment variables for the duration."""
    old = {name: os.environ.get(name) for name in values}
    try:
        for name, value in values.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        yield
    finally:
        for name, value in old.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def fake_downloads(root: Path) -> None:
    """Small stand-ins for a handbook's PDF and EPUB and the ZIM under build/unduh (the
    real ones take minutes to render): enough for the save control to offer them."""
    books = root / "build" / "unduh" / "buku"
    books.mkdir(parents=True)
    pdf = b"%PDF-1.4\n" + bytes(range(256)) * 1_200 + b"\n%%EOF\n"  # 300 KB, does not pack
    (books / "kader-dasar.pdf").write_bytes(pdf)
    (books / "kader-dasar.epub").write_bytes(b"PK" + b"1" * 20_000)
    (root / "build" / "unduh" / "swadaya_id_all_2026-11.zim").write_bytes(b"ZIM" * 30_000)


def copy_repository(root: Path, downloads: bool = True) -> Path:
    """The real content, templates and mkdocs.yml in ``root`` (with ``fake_downloads``)."""
    shutil.copytree(REPO / "content", root / "content")
    shutil.copytree(REPO / "templates", root / "templates")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    if downloads:
        fake_downloads(root)
    return root


def small_project(root: Path, downloads: bool = True) -> Path:
    """The small fixture tree with the real mkdocs.yml (without its nav): builds in
    seconds."""
    make_project(root)
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:")[0]
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    if downloads:
        fake_downloads(root)
    return root


def build_hosted(root: Path, site: Path, site_url: str = SITE_URL) -> Path:
    """Build the project in ``root`` as a hosted copy into ``site`` (no PDFs, no ZIM)."""
    with environment(SWADAYA_SITE_URL=site_url, SWADAYA_VARIANT=None):
        code = run_build(Project(root), site, pdf=False, zim=False)
    assert code == 0, "the hosted build failed"
    return site


class _Handler(http.server.SimpleHTTPRequestHandler):
    server: FlakyServer

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        path = self.path.split("?")[0].lstrip("/")
        limit = self.server.drop_after
        if limit is not None and sum(self.server.sent.values()) >= limit:
            self.server.dropping = True
        if self.server.dropping and path.endswith(self.server.drop_suffixes):
            self.close_connection = True  # a dropped connection: no answer at all
            self.server.dropped[path] += 1
            return
        self.server.sent[path] += 1
        super().do_GET()


class FlakyServer(http.server.ThreadingHTTPServer):
    """Serves a folder; ``dropping`` makes it hang up on requests for some file types."""

    daemon_threads = True

    def __init__(self, folder: Path) -> None:
        super().__init__(("127.0.0.1", 0), functools.partial(_Handler, directory=str(folder)))
        self.sent: Counter[str] = Counter()
        self.dropped: Counter[str] = Counter()
        self.dropping = False
        #: Start dropping once this many files were sent (the connection fails half-way).
        self.drop_after: int | None = None
        self.drop_suffixes: tuple[str, ...] = (".html", ".svg", ".json", ".png")

    def restore(self) -> None:
        """The connection is back."""
        self.drop_after = None
        self.dropping = False

    @property
    def base(self) -> str:
        """The served site's base URL."""
        return f"http://127.0.0.1:{self.server_address[1]}/"


@contextmanager
def flaky_server(folder: Path) -> Iterator[FlakyServer]:
    """A ``FlakyServer`` running in a thread until the block ends."""
    server = FlakyServer(folder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
