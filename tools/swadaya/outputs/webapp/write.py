"""Write the web app into a built site: icons, manifest, scripts, offline page, save
control, the list of files (simpan.json) and, last, the versioned service worker."""

from __future__ import annotations

import json
import posixpath
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import jinja2

from swadaya.outputs.icon import icon_png
from swadaya.outputs.webapp import (
    CONTROL_MARK,
    CONTROL_SCRIPT,
    ICONS,
    LIST,
    MANIFEST,
    NOTICE_SCRIPT,
    OFFLINE_PAGE,
    WORKER,
)
from swadaya.outputs.webapp.inventory import Inventory, take_inventory
from swadaya.text import size_text


@dataclass(frozen=True)
class AppInfo:
    """What the manifest and the offline page say about the site."""

    name: str
    description: str
    theme_colour: str = "#e8f5e9"  # the header's pale green (--sw-kepala in swadaya.css)
    background_colour: str = "#ffffff"


def script(name: str) -> str:
    """One of the web app's scripts (``sw.js``, ``simpan.js``, ``baru.js``, ``daftar.js``)."""
    return resources.files("swadaya.outputs.webapp").joinpath("js", name).read_text("utf-8")


def registration_script() -> str:
    """The few hundred bytes every page carries: register the worker, and load the update
    notice when a new version waits."""
    return script("daftar.js").strip()


def manifest(info: AppInfo) -> str:
    """The web app manifest (JSON); addresses are relative to it, at the site root."""
    data = {
        "id": "./",
        "name": info.name,
        "short_name": info.name[:12],
        "description": info.description,
        "lang": "id",
        "dir": "ltr",
        "start_url": "./index.html",
        "scope": "./",
        "display": "standalone",
        "background_color": info.background_colour,
        "theme_color": info.theme_colour,
        "icons": [{"src": path, "sizes": f"{size}x{size}", "type": "image/png",
                   "purpose": purpose}
                  for path, (size, purpose) in ICONS.items() if size != 180],
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _templates(folder: Path) -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(folder)),
                              undefined=jinja2.StrictUndefined, autoescape=True,
                              trim_blocks=True, lstrip_blocks=True)


@dataclass(frozen=True)
class _DownloadChoice:
    key: str
    label: str
    files: tuple[object, ...]
    size: str


def _control(env: jinja2.Environment, inventory: Inventory, page: str) -> str:
    """The save control's HTML for ``page``, with the sizes of this build."""
    choices = [_DownloadChoice(g.key, g.label, g.files, size_text(g.transfer))
               for g in inventory.downloads]
    return env.get_template("simpan.html.j2").render(
        size=size_text(inventory.site.transfer), downloads=choices,
        script=posixpath.relpath(CONTROL_SCRIPT, posixpath.dirname(page) or "."))


def write_webapp(site: Path, templates: Path, info: AppInfo,
                 control_pages: tuple[str, ...] = ("index.html",)) -> Inventory:
    """Add the web app to the site MkDocs wrote in ``site``; ``templates`` holds
    ``webapp/*.j2``. Returns what a reader can keep (with the version)."""
    env = _templates(templates / "webapp")
    for path, (size, purpose) in ICONS.items():
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_bytes(icon_png(size, purpose))
    (site / MANIFEST).write_text(manifest(info), encoding="utf-8")
    (site / CONTROL_SCRIPT).write_text(script("simpan.js"), encoding="utf-8")
    (site / NOTICE_SCRIPT).write_text(script("baru.js"), encoding="utf-8")
    (site / OFFLINE_PAGE).write_text(
        env.get_template("luring.html.j2").render(site_name=info.name,
                                                  theme_colour=info.theme_colour),
        encoding="utf-8")
    # The control shows sizes, and is part of what it sizes: the sizes are taken first,
    # then the control goes in, then the final list (the control moves them by bytes).
    first = take_inventory(site, OFFLINE_PAGE)
    for page in control_pages:
        html_path = site / page
        text = html_path.read_text("utf-8")
        if CONTROL_MARK in text:
            html_path.write_text(text.replace(CONTROL_MARK, _control(env, first, page)),
                                 encoding="utf-8")
    inventory = take_inventory(site, OFFLINE_PAGE)
    (site / LIST).write_text(inventory.listing(), encoding="utf-8")
    worker = script("sw.js").replace("__VERSION__", inventory.version)
    (site / WORKER).write_text(worker, encoding="utf-8")
    return inventory
