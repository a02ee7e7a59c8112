"""``swadaya new AREA "Title"``: scaffold a module with the next free id; never overwrite."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

from swadaya.model.load import MODULES_DIR, load_content
from swadaya.outputs.render import environment
from swadaya.project import Project


class ScaffoldError(Exception):
    """The scaffold cannot be written (unknown area, file exists)."""


def slug(title: str, limit: int = 40) -> str:
    """A short ASCII file-name slug of a title."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return words[:limit].rstrip("-") or "modul"


def next_id(prefix: str, taken: set[str]) -> str:
    """The next free id for an area prefix: one above the highest number in use."""
    numbers = [int(t.split("-")[1]) for t in taken
               if re.fullmatch(rf"{prefix}-\d+", t)]
    return f"{prefix}-{max(numbers, default=0) + 1:02d}"


def scaffold(project: Project, area: str, title: str, today: dt.date | None = None) -> Path:
    """Write a new module file and return its path."""
    catalog = load_content(project.content)
    tax = catalog.taxonomy
    term = tax.terms("areas").get(area)
    if term is None:
        guess = tax.suggest("areas", area)
        raise ScaffoldError(f"'{area}' is not a known area"
                            + (f" (did you mean '{guess}'?)" if guess else "")
                            + f"; known areas: {', '.join(tax.terms('areas'))}")
    if not title.strip():
        raise ScaffoldError("the title must not be empty")
    # ids written in any page count as taken, even in a module that fails its checks
    taken = {str(p.meta.get("id")) for p in catalog.pages.values() if p.meta.get("id")}
    module_id = next_id(term.prefix, taken)
    folder = project.content / MODULES_DIR / area
    path = folder / f"{module_id.lower()}-{slug(title)}.md"
    text = environment(project.templates).get_template("module_new.md.j2").render(
        id=module_id, title=title.strip().replace('"', "'"), area=area,
        stage=next(iter(tax.terms("stages"))), component=next(iter(tax.terms("components"))),
        today=(today or dt.date.today()).isoformat())
    folder.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("x", encoding="utf-8") as handle:  # 'x': never overwrite
            handle.write(text)
    except FileExistsError:
        raise ScaffoldError(f"{path} already exists; nothing was written") from None
    return path
