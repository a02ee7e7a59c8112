"""What a reader can keep of a built site: files by group, their sizes and hashes, the version.

Read from the files MkDocs wrote (never from the catalog alone), so whatever a page links
to is in: the search index, figures, vendored scripts, the PDFs published beside it.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from dataclasses import dataclass
from pathlib import Path

from swadaya.model.routes import DOWNLOADS_URL
from swadaya.outputs.compress import transfer_size
from swadaya.outputs.webapp import LIST, WORKER

#: The site's own folders that hold search and theme scripts.
SEARCH_INDEX = "search/search_index.json"
LUNR = "assets/javascripts/lunr/"
#: Never saved: source maps, copies for file:// and for web servers, the sitemap for
#: search engines, the server's own error page, the worker and its list (fetched by it).
_SKIP_SUFFIXES = (".map", ".gz", ".br")
_SKIP = frozenset({"search/search_index.js", "sitemap.xml", "404.html", WORKER, LIST})
#: Downloads, by group: (key, label, folders under unduh/ or "" for its top, suffix).
DOWNLOAD_GROUPS = (
    ("buku-pdf", "Buku pegangan (PDF)", ("buku",), ".pdf"),
    ("buku-epub", "Buku pegangan (EPUB)", ("buku",), ".epub"),
    ("lembar-pdf", "Rencana sesi, kartu panduan dan agenda lokakarya (PDF)",
     ("rencana", "kartu", "lokakarya"), ".pdf"),
    ("zim", "Seluruh situs untuk aplikasi Kiwix (ZIM)", ("",), ".zim"),
)
_DOWNLOAD_SUFFIXES = (".pdf", ".epub", ".zim")
_TITLE = re.compile(r"<title>(.*?)</title>", re.S)


@dataclass(frozen=True)
class SiteFile:
    """One file a reader can keep."""

    path: str  # relative to the site root, with "/"
    size: int  # bytes on disk (and in the browser's cache)
    transfer: int  # bytes over the network from a server that gzips text
    digest: str  # the first 16 hex digits of its SHA-256

    def row(self) -> list[object]:
        """As listed in simpan.json: [path, size, transfer, hash]."""
        return [self.path, self.size, self.transfer, self.digest]


@dataclass(frozen=True)
class Group:
    """Files the reader keeps or leaves together."""

    key: str
    label: str
    files: tuple[SiteFile, ...]

    @property
    def transfer(self) -> int:
        """Bytes to download for the whole group."""
        return sum(f.transfer for f in self.files)


@dataclass(frozen=True)
class Inventory:
    """The site's files a reader can keep, and its version."""

    site: Group  # pages, search, images, styles and scripts: "save the whole site"
    downloads: tuple[Group, ...]  # each a separate choice
    shell: tuple[str, ...]  # kept on the first visit: what every page needs, and home
    titles: dict[str, str]  # page → its title, for the offline page

    @property
    def version(self) -> str:
        """A hash of every file's path and content: changes when anything published does."""
        hasher = hashlib.sha256()
        for group in (self.site, *self.downloads):
            for f in group.files:
                hasher.update(f"{f.path}\0{f.digest}\n".encode())
        return hasher.hexdigest()[:16]

    def listing(self) -> str:
        """simpan.json: the version, the shell, every group with its files, page titles."""
        data = {
            "versi": self.version,
            "inti": list(self.shell),
            "situs": {"kunci": self.site.key, "judul": self.site.label,
                      "berkas": [f.row() for f in self.site.files]},
            "unduhan": [{"kunci": g.key, "judul": g.label, "berkas": [f.row() for f in g.files]}
                        for g in self.downloads],
            "judul": self.titles,
        }
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _lunr_files(site: Path) -> set[str]:
    """The lunr files Material's search worker loads for the index's languages (the same
    rule as its ``setupSearchLanguages``); the others (30 languages) are never fetched."""
    index = site / SEARCH_INDEX
    if not index.is_file():
        return set()
    languages = json.loads(index.read_text("utf-8")).get("config", {}).get("lang", ["en"])
    needed: set[str] = set()
    for lang in languages:
        if lang == "ja":
            needed.add("tinyseg.js")
        elif lang in ("hi", "th"):
            needed.add("wordcut.js")
        if lang != "en":
            needed.add(f"min/lunr.{lang}.min.js")
    if len(languages) > 1:
        needed.add("min/lunr.multi.min.js")
    if needed:
        needed.add("min/lunr.stemmer.support.min.js")
    return {LUNR + name for name in needed}


def _download_group(rel: str) -> str:
    """The key of the group a file under unduh/ belongs to."""
    folder, _, name = rel.rpartition("/")
    for key, _, folders, suffix in DOWNLOAD_GROUPS:
        if folder in folders and name.endswith(suffix):
            return key
    return "lain"


def _file(site: Path, path: Path) -> SiteFile:
    data = path.read_bytes()
    return SiteFile(path.relative_to(site).as_posix(), len(data), transfer_size(data, path),
                    hashlib.sha256(data).hexdigest()[:16])


def _is_shell(rel: str) -> bool:
    """What every page needs to look right and search, and the pages shown first."""
    return rel.endswith((".css", ".js", ".webmanifest")) or rel in (
        "index.html", "assets/images/favicon.png")


def take_inventory(site: Path, offline_page: str) -> Inventory:
    """The files of a built site, grouped; ``offline_page`` joins the shell."""
    lunr = _lunr_files(site)
    site_files: list[SiteFile] = []
    downloads: dict[str, list[SiteFile]] = {}
    titles: dict[str, str] = {}
    for path in sorted(site.rglob("*")):
        rel = path.relative_to(site).as_posix()
        if (not path.is_file() or "." not in path.name or path.name.startswith(".")
                or rel.endswith(_SKIP_SUFFIXES) or rel in _SKIP
                or (rel.startswith(LUNR) and rel not in lunr)):
            continue
        if rel.startswith(DOWNLOADS_URL + "/") and rel.endswith(_DOWNLOAD_SUFFIXES):
            inner = rel[len(DOWNLOADS_URL) + 1:]
            downloads.setdefault(_download_group(inner), []).append(_file(site, path))
            continue
        site_files.append(_file(site, path))
        if rel.endswith(".html") and rel != offline_page:
            found = _TITLE.search(path.read_text("utf-8", errors="replace"))
            titles[rel] = _plain(found[1]) if found else rel
    labels = {key: label for key, label, _, _ in DOWNLOAD_GROUPS} | {
        "lain": "Berkas unduhan lain"}
    groups = tuple(Group(key, labels[key], tuple(downloads[key]))
                   for key in [*labels] if downloads.get(key))
    shell = tuple(f.path for f in site_files if _is_shell(f.path) or f.path == offline_page)
    return Inventory(Group("situs", "Seluruh situs", tuple(site_files)), groups, shell, titles)


def _plain(title: str) -> str:
    """A page title without the site name and HTML entities MkDocs writes."""
    text = html.unescape(" ".join(title.split()))
    return text.rsplit(" - ", 1)[0] if " - " in text else text
