"""``swadaya build``: build the site into a temporary folder, then swap it in atomically.

A build that fails or is killed leaves the previous ``site/`` whole: MkDocs writes into
``.site-build-*`` beside it, and only a finished build is exchanged with the old one.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from swadaya.commands.mkdocs_run import mkdocs_build, staging_folder, start_site_beside_zim
from swadaya.outputs.site.pending import READY
from swadaya.project import Project

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step with Linux renameat2(RENAME_EXCHANGE); False if unsupported."""
    name = ctypes.util.find_library("c")
    if not name or not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return bool(result == 0)


def swap_in(new: Path, target: Path) -> None:
    """Put the finished folder ``new`` at ``target``; the old one is removed afterwards."""
    if target.exists() and _exchange(new, target):
        shutil.rmtree(new)  # ``new`` now holds the previous site
        return
    old = target.with_name(f".{target.name}-old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    new.rename(target)
    shutil.rmtree(old, ignore_errors=True)


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
    build of its own, which cannot list the ZIM itself) while the site is built beside it,
    so the site publishes them all with their sizes; a failure at any step leaves the
    previous site whole. Without the optional ``libzim`` package the ZIM is skipped with a
    note.

    First the content is checked as ``swadaya check`` does (``--strict`` unless ``strict``
    is off), its report printed: a problem stops the build before any PDF is made, where
    MkDocs would have found it after them.
    """
    from swadaya.commands.check import run_check

    if run_check(project, [], strict, "text") != 0:
        print(f"swadaya build: fix the content first; the previous {site.name}/ is unchanged",
              file=sys.stderr)
        return 1
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
    beside_zim = False
    if zim:
        from swadaya.commands.zim import zim_available

        beside_zim = zim_available()
        if not beside_zim:
            print("swadaya build: no ZIM (the optional 'libzim' package is not installed; "
                  "pip install -e '.[zim]')", file=sys.stderr)
    staging = staging_folder(site)
    try:
        if beside_zim:
            code = _site_beside_zim(project, site, staging, strict, clock)
        else:
            code = mkdocs_build(project, staging, strict)
            clock.step("site")
    except BaseException:  # Ctrl+C included: no half-built site left beside the old one
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if code != 0:
        shutil.rmtree(staging, ignore_errors=True)
        print(f"swadaya build: failed; the previous {site.name}/ is unchanged",
              file=sys.stderr)
        return code or 1
    swap_in(staging, site)
    print(f"swadaya build: site written to {site}")
    return 0


def _site_beside_zim(project: Project, site: Path, staging: Path, strict: bool,
                     clock: _Steps) -> int:
    """Build the site into ``staging`` while the ZIM is built and packed, each on a core:
    the site's build lists the ZIM to come and waits to be told it is there
    (:mod:`swadaya.outputs.site.pending`). Its messages are printed once it ends, so the
    two builds' lines do not mix."""
    from swadaya.commands.zim import run_zim

    with tempfile.TemporaryFile("w+", encoding="utf-8") as messages, \
            start_site_beside_zim(project, staging, strict, messages) as process:
        assert process.stdin is not None
        try:
            code = run_zim(project, strict=strict, site_folder=site)
        except BaseException:
            process.kill()  # and waited for on leaving the block
            raise
        clock.step("ZIM (its own site build, then packing; the site built beside it)")
        try:
            process.stdin.write((READY if code == 0 else "failed") + "\n")
            process.stdin.close()
        except BrokenPipeError:
            pass  # the site's build has already ended (it failed)
        site_code = process.wait()
        messages.seek(0)
        sys.stderr.write(messages.read())
    clock.step("site (finished once the ZIM was there)")
    if code != 0:
        print(f"swadaya build: ZIM failed; the previous {site.name}/ is unchanged",
              file=sys.stderr)
        return code
    return site_code
