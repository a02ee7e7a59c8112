"""``swadaya build``: build the site into a temporary folder, then swap it in atomically.

A build that fails or is killed leaves the previous ``site/`` whole: MkDocs writes into
``.site-build-*`` beside it, and only a finished build is exchanged with the old one.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

from swadaya.commands.staging import mkdocs_build, staging_folder, swap_in
from swadaya.project import Project


class _Steps:
    """Prints how long each step of the build took (``bench/bench_site.py`` reads them)."""

    def __init__(self) -> None:
        self.last = time.perf_counter()

    def step(self, name: str) -> None:
        now = time.perf_counter()
        print(f"swadaya build: step {name}: {now - self.last:.1f} s", flush=True)
        self.last = now


def run_build(project: Project, site: Path, strict: bool = True, pdf: bool = True,
              zim: bool = True) -> int:
    """Render the PDFs, the EPUBs and the ZIM, run ``mkdocs build`` into a fresh temporary
    folder, swap it in.

    PDFs go to build/unduh first (unchanged ones are skipped), then the ZIM (packed from a
    build of its own, which cannot list the ZIM itself), so the site publishes them with
    their sizes; a failure at any step leaves the previous site whole. Without the optional
    ``libzim`` package the ZIM is skipped with a note.
    """
    clock = _Steps()
    if pdf:
        from swadaya.commands.epub import run_epub
        from swadaya.commands.pdf import run_all

        code = run_all(project, None)
        clock.step("PDFs")
        code = code or run_epub(project, [], True, None, quiet=True)
        clock.step("EPUBs")
        if code != 0:
            print(f"swadaya build: PDFs or EPUBs failed; the previous {site.name}/ is "
                  "unchanged", file=sys.stderr)
            return code
    site = site.absolute()
    if zim:
        from swadaya.commands.zim import run_zim, zim_available

        if zim_available():
            code = run_zim(project, strict=strict, site_folder=site)
            clock.step("ZIM (its own site build, then packing)")
            if code != 0:
                print(f"swadaya build: ZIM failed; the previous {site.name}/ is unchanged",
                      file=sys.stderr)
                return code
        else:
            print("swadaya build: no ZIM (the optional 'libzim' package is not installed; "
                  "pip install -e '.[zim]')", file=sys.stderr)
    staging = staging_folder(site)
    code = mkdocs_build(project, staging, strict)
    clock.step("site")
    if code != 0:
        shutil.rmtree(staging, ignore_errors=True)
        print(f"swadaya build: failed; the previous {site.name}/ is unchanged",
              file=sys.stderr)
        return code or 1
    swap_in(staging, site)
    print(f"swadaya build: site written to {site}")
    return 0
