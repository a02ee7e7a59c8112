"""The last steps of a site build, once every page and the search index are written: the
ZIM packed beside it put in, then the web app's list of files and the .gz copies, which
must see the finished site."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from mkdocs.exceptions import PluginError

from swadaya.model.routes import DOWNLOADS_URL
from swadaya.outputs.compress import precompress
from swadaya.outputs.site.pending import NotMade, wait_and_fill
from swadaya.outputs.webapp.write import AppInfo, write_webapp
from swadaya.text import size_text

log = logging.getLogger("mkdocs.plugins.swadaya")


@dataclass(frozen=True)
class Finishing:
    """What a build finishes with."""

    #: The ZIM being packed beside the build: its file (at the top of the downloads).
    pending: Path | None
    #: The web app's templates for an installable site, else None.
    templates: Path | None
    info: AppInfo
    #: .gz copies beside the text files (a build for a web server).
    compress: bool


def finish_site(site: Path, how: Finishing) -> None:
    """Finish the built ``site``; a ZIM that was not made fails the build."""
    if how.pending:
        try:
            wait_and_fill(site, how.pending, f"{DOWNLOADS_URL}/{how.pending.name}", sys.stdin)
        except NotMade as problem:
            raise PluginError(f"swadaya: {problem}; the site is not finished") from None
    if how.templates:
        inventory = write_webapp(site, how.templates, how.info)
        log.info(f"swadaya: offline web app, version {inventory.version}: the whole "
                 f"site is {len(inventory.site.files)} files, "
                 f"{size_text(inventory.site.transfer)} to download")
    if how.compress:
        packed = precompress(site)
        log.info(f"swadaya: {packed.files} .gz copies ({size_text(packed.raw)} → "
                 f"{size_text(packed.packed)})")
