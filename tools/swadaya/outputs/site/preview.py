"""The live preview (``make serve``) shows the content check's problems on every page.

A one-off build stops at a content error; a preview would then keep showing the last good
site with nothing on the page to say why a save changed nothing. So under ``mkdocs serve``
the build goes on, and each build writes :data:`STATUS_FILE` with the problems; a small
script on every page (``templates/overrides/main.html``) reads it and puts them at the top
of the page. The file, not the pages, carries them: under ``serve --dirty`` most pages are
not rendered again after a save.
"""

from __future__ import annotations

import json
from pathlib import Path

from swadaya.diagnostics import Lang, Level, Report, common, counted
from swadaya.outputs.atomic import write_text

#: Beside ``index.html`` of the served site.
STATUS_FILE = "swadaya-pemeriksaan.json"
#: More lines than this are cut (the terminal and ``swadaya check`` have them all).
MOST = 50


def preview_status(report: Report, lang: Lang) -> dict[str, object]:
    """What the page shows: a title with the counts, and each problem as ``swadaya check``
    prints it (errors first); no lines when the content is clean."""
    found = report.sorted()
    errors = [d for d in found if d.level is Level.ERROR]
    warnings = [d for d in found if d.level is not Level.ERROR]
    lines = [d.format(lang=lang) for d in [*errors, *warnings]]
    title = common("preview_problems", errors=counted(len(errors), "error", "errors"),
                   warnings=counted(len(warnings), "warning", "warnings")).render(lang)
    return {"title": title if lines else "", "errors": len(errors),
            "lines": lines[:MOST] + (["…"] if len(lines) > MOST else [])}


def write_preview_status(site: Path, status: dict[str, object]) -> None:
    """Write the status file into the built ``site`` (whole, atomically)."""
    write_text(site / STATUS_FILE, json.dumps(status, ensure_ascii=False, indent=1))
