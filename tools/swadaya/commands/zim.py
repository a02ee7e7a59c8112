"""``swadaya zim``: the whole site as one ZIM file for Kiwix, in ``build/unduh/``.

The site is built once more for the ZIM (``SWADAYA_VARIANT=zim``: its downloads page cannot
list the ZIM it is packed into), then packed; older ZIMs of the same name are removed.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import time
from pathlib import Path

from swadaya.checks import load_checked
from swadaya.commands.mkdocs_run import mkdocs_build, staging_folder
from swadaya.outputs.zim.metadata import metadata_of
from swadaya.project import Project
from swadaya.text import size_text


def zim_available() -> bool:
    """True when the optional ``libzim`` package (GPL-3.0-or-later) is installed."""
    return importlib.util.find_spec("libzim") is not None


def run_zim(project: Project, strict: bool = True, site_folder: Path | None = None,
            out: Path | None = None) -> int:
    """Build the ZIM variant of the site and pack it; 0 on success."""
    if not zim_available():
        print("swadaya zim: the optional 'libzim' package is not installed "
              "(pip install -e '.[zim]'); no ZIM was written", file=sys.stderr)
        return 2
    from swadaya.outputs.zim.pack import ZimError, pack_site

    catalog = load_checked(project.content, cache=project.cache)
    if catalog.report.failed(strict):
        for d in catalog.report.sorted():
            print(d.format(), file=sys.stderr)
        print("swadaya zim: fix the content errors first; no ZIM was written", file=sys.stderr)
        return 1
    meta = metadata_of(catalog)
    folder = out or project.downloads
    started = time.perf_counter()
    staging = staging_folder((site_folder or project.root / "site").absolute(), "zim")
    try:
        code = mkdocs_build(project, staging, strict, variant="zim")
        if code != 0:
            print("swadaya zim: the site build failed; no ZIM was written", file=sys.stderr)
            return code or 1
        try:
            packed = pack_site(staging, folder / meta.filename, meta)
        except ZimError as exc:
            print(f"swadaya zim: {exc}; no ZIM was written", file=sys.stderr)
            return 1
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    for old in folder.glob(f"{meta.name}_*.zim"):
        if old != packed.path:
            old.unlink()
    print(f"swadaya zim: {packed.path} ({size_text(packed.size)}, {packed.articles} pages, "
          f"{packed.entries} entries, {time.perf_counter() - started:.1f} s)")
    return 0
