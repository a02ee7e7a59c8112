"""Jinja2 rendering of generated Markdown: strict, deterministic, with the project's filters."""

from __future__ import annotations

import functools
import posixpath
import re
from pathlib import Path
from typing import Any

import jinja2
import jinja2.bccache

from swadaya.text import minutes

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def md_escape(text: object) -> str:
    """Escape text so Markdown shows it as written (titles may contain '*' or '[')."""
    return _MD_SPECIAL.sub(r"\\\1", str(text))


@functools.lru_cache(maxsize=65536)
def relative(target: str, here: str) -> str:
    """A Markdown link from content page ``here`` to content path ``target``."""
    # cached: generated pages link the same few hundred targets thousands of times
    return posixpath.relpath(target, posixpath.dirname(here) or ".")


def _url(path: str, directory_urls: bool) -> str:
    stem = path[:-3] if path.endswith(".md") else path
    if not directory_urls:
        return stem + ".html"
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


@functools.lru_cache(maxsize=65536)
def page_url(target: str, here: str, directory_urls: bool = False) -> str:
    """The URL of content page ``target`` as linked from page ``here``, for raw HTML.

    Markdown links are resolved by the site generator; links inside generated HTML
    (e.g. an SVG figure) need the final URL, which depends on the URL style.
    """
    to, at = _url(target, directory_urls), _url(here, directory_urls)
    if not directory_urls:
        return posixpath.relpath(to, posixpath.dirname(at) or ".")
    rel = posixpath.relpath(to or ".", at.rstrip("/") or ".")
    return "./" if rel == "." else rel + "/"


@functools.lru_cache(maxsize=65536)
def file_url(target: str, here: str, directory_urls: bool = False) -> str:
    """The URL of a file (a PDF, an image) at site path ``target`` as linked from content
    page ``here``, for raw HTML (with directory URLs a page is one folder deeper)."""
    at = _url(here, directory_urls)
    base = at.rstrip("/") if directory_urls and at.endswith("/") else posixpath.dirname(at)
    return posixpath.relpath(target, base or ".")


class MemoryBytecode(jinja2.BytecodeCache):
    """Compiled templates kept in memory for the life of the process: ``mkdocs serve``
    rebuilds with new environments, and compiling the theme's and our templates again took
    a second of each rebuild. Jinja checks each entry against its template's source."""

    def __init__(self) -> None:
        self.store: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        """Fill ``bucket`` when this template was compiled before."""
        data = self.store.get(bucket.key)
        if data is not None:
            bucket.bytecode_from_string(data)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        """Keep a freshly compiled template."""
        self.store[bucket.key] = bucket.bytecode_to_string()


#: One cache for every environment of the process (ours and, via the plugin, the theme's).
BYTECODE = MemoryBytecode()


def environment(templates: Path) -> jinja2.Environment:
    """A Jinja2 environment over ``templates`` that fails loudly on a missing variable."""
    env = jinja2.Environment(
        bytecode_cache=BYTECODE,
        loader=jinja2.FileSystemLoader(str(templates)),
        undefined=jinja2.StrictUndefined,
        # Markdown templates escape values with md_escape; the few HTML ones (site parts
        # written as HTML to spare Python-Markdown) escape everything
        autoescape=lambda name: (name or "").endswith(".html.j2"),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md"] = md_escape
    env.filters["minutes"] = minutes
    return env


def render(env: jinja2.Environment, name: str, here: str, **context: Any) -> str:
    """Render template ``name`` for the page at content path ``here``."""
    return env.get_template(name).render(here=here, link=lambda t: relative(t, here), **context)
