"""``swadaya check``: check all content, print every problem, exit 1 on errors.

``swadaya check --watch`` stays running and checks again each time a file under the content
folder is saved: a resident checker, which keeps the pages it read (and Python's imports)
between runs, so a check after an edit reads the edited file and redoes the checks across
files, not the rest.
"""

from __future__ import annotations

import signal
import sys
import threading
import time
from pathlib import Path
from typing import TextIO

from swadaya.checks import load_checked, run_checks
from swadaya.checks.costs import PRICE_AGE_DAYS
from swadaya.diagnostics import (
    Diagnostic,
    Lang,
    Level,
    Number,
    common,
    counted,
    effective_level,
    language,
    to_json,
)
from swadaya.model.catalog import Catalog
from swadaya.model.load import KeptPages, read_content
from swadaya.project import Project
from swadaya.source.cache import FileCache
from swadaya.source.files import walk_content


def _selected(diagnostic: Diagnostic, paths: list[Path]) -> bool:
    if not paths:
        return True
    where = Path(diagnostic.path).absolute()
    return any(where == p or where.is_relative_to(p) for p in paths)


def run_check(project: Project, paths: list[Path], strict: bool, fmt: str,
              out: TextIO | None = None, err: TextIO | None = None,
              price_age_days: int = PRICE_AGE_DAYS, lang: Lang | None = None) -> int:
    """Check the whole content (cross-references need all of it); report on ``paths``, in
    ``lang`` (default: ``$SWADAYA_LANG``, else Indonesian)."""
    # the streams of the moment, not of import time (tests swap sys.stdout)
    out, err = out or sys.stdout, err or sys.stderr
    started = time.perf_counter()
    catalog = load_checked(project.content, price_age_days=price_age_days,
                           cache=project.cache)
    return _report(catalog, paths, strict, fmt, out, err, lang or language(), started)


def _report(catalog: Catalog, paths: list[Path], strict: bool, fmt: str, out: TextIO,
            err: TextIO, lang: Lang, started: float) -> int:
    """Print the diagnostics on ``paths`` and the summary; 1 when one is an error."""
    wanted = [p.absolute() for p in paths]
    shown = [d for d in catalog.report.sorted() if _selected(d, wanted)]
    errors = sum(1 for d in shown if effective_level(d, strict) is Level.ERROR)
    warnings = len(shown) - errors
    elapsed = time.perf_counter() - started
    if fmt == "json":
        out.write(to_json(shown, strict, lang) + "\n")
    else:
        for d in shown:
            out.write(d.format(effective_level(d, strict), lang) + "\n")
    summary = common("summary", pages=counted(len(catalog.pages), "page", "pages"),
                     modules=counted(len(catalog.modules), "module", "modules"),
                     errors=counted(errors, "error", "errors"),
                     warnings=counted(warnings, "warning", "warnings"),
                     seconds=Number(elapsed, 2))
    (err if fmt == "json" else out).write(summary.render(lang) + "\n")
    (err if fmt == "json" else out).flush()
    return 1 if errors else 0


def _tree_state(root: Path) -> dict[str, tuple[int, int]]:
    """Every file the check reads (:func:`~swadaya.source.files.walk_content`: hidden ones,
    such as an editor's swap or lock file, left out) with its size and modification time:
    what tells a save of content from other writes."""
    state: dict[str, tuple[int, int]] = {}
    for rel, full in walk_content(root, str, []):
        try:
            found = full.stat()
        except OSError:
            continue
        state[rel] = (found.st_size, found.st_mtime_ns)
    return state


#: How long the tree must stay quiet after a change before it is checked: an editor's save
#: is often several writes (a temporary file, a rename, a backup).
SETTLE = 0.03


def watch_check(project: Project, paths: list[Path], strict: bool, fmt: str,
                out: TextIO | None = None, err: TextIO | None = None,
                price_age_days: int = PRICE_AGE_DAYS, lang: Lang | None = None,
                stop: threading.Event | None = None) -> int:
    """``swadaya check --watch``: check, then check again after every save under the content
    folder, until Ctrl+C (or ``stop`` is set); 0 when stopped.

    Between runs it keeps the file cache open (nothing is read from disk again) and the pages
    it read (:class:`~swadaya.model.load.KeptPages`); every check across files runs afresh
    on each run, as in a one-off check.
    """
    from watchdog import events
    from watchdog.observers import Observer

    out, err = out or sys.stdout, err or sys.stderr
    lang = lang or language()
    stop = stop or threading.Event()
    changed = threading.Event()
    if threading.current_thread() is threading.main_thread():
        # stopped by a process manager or a test as by Ctrl+C: cleanly, with the message
        signal.signal(signal.SIGTERM, lambda *_: stop.set())

    class _Changed(events.FileSystemEventHandler):
        def on_any_event(self, event: events.FileSystemEvent) -> None:
            changed.set()

    files = FileCache(project.cache)
    kept = KeptPages()
    observer = Observer()
    # writes only: without a filter, inotify also reports every file the check itself opens
    # and reads, and handling those events made each check a third slower
    writes = [events.FileModifiedEvent, events.FileCreatedEvent, events.FileDeletedEvent,
              events.FileMovedEvent, events.FileClosedEvent, events.DirCreatedEvent,
              events.DirDeletedEvent, events.DirMovedEvent]
    observer.schedule(_Changed(), str(project.content), recursive=True, event_filter=writes)
    observer.start()
    try:
        (err if fmt == "json" else out).write(
            common("watching", folder=str(project.content)).render(lang) + "\n")
        state: dict[str, tuple[int, int]] | None = None
        while not stop.is_set():
            now = _tree_state(project.content)
            if now != state:
                state = now
                started = time.perf_counter()
                catalog = read_content(project.content, None, files, kept)
                run_checks(catalog, price_age_days=price_age_days, files=files)
                if fmt != "json":
                    out.write("\n")
                _report(catalog, paths, strict, fmt, out, err, lang, started)
                files.save()  # after the report: the author is not kept waiting for it
                files.turn()
                kept.turn()
            while not stop.is_set() and not changed.wait(0.2):
                pass
            while changed.is_set():  # until the tree has been quiet for a moment
                changed.clear()
                time.sleep(SETTLE)
    except KeyboardInterrupt:
        pass
    finally:
        observer.stop()
        observer.join(timeout=5)
    (err if fmt == "json" else out).write(common("watch_stopped").render(lang) + "\n")
    return 0
