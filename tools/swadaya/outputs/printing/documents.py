"""The HTML of each print output, from the catalog and the Jinja2 templates in templates/print/."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from types import SimpleNamespace
from typing import Any

import jinja2
from markupsafe import Markup

from swadaya.model.catalog import Catalog
from swadaya.model.handbook import Handbook
from swadaya.model.module import ModuleMeta
from swadaya.model.workshop import Workshop
from swadaya.outputs.drawings import drawing_named
from swadaya.outputs.handbook_parts import HandbookParts
from swadaya.outputs.markup import (
    Converter,
    drop_facilitator_notes,
    inline_bold,
    rewrite_links,
)
from swadaya.outputs.stamp import catalog_date
from swadaya.project import Project
from swadaya.source.markdown_scan import in_fenced_code
from swadaya.text import clock, date_id, minutes, quantity_text, rupiah

PRINT_TEMPLATES = "print"
#: Rows of the cadre's roll-up sheet: one per group a cadre accompanies.
ROLLUP_GROUPS = 10
#: Rows of a day's attendance sheet: what fits one A4 page.
ATTENDANCE_ROWS = 20


@dataclass(frozen=True)
class PlanRow:
    """One row of a timed agenda: clock times, step, method, minutes."""

    start: str
    end: str
    step: str
    method: str
    minutes: int


def _section(markdown: str, title: str) -> str:
    """The text under ``## title`` up to the next level-2 heading (empty when absent)."""
    lines = markdown.split("\n")
    code = in_fenced_code(lines)
    out: list[str] = []
    inside = False
    for line, in_code in zip(lines, code, strict=True):
        if not in_code and line.startswith("## "):
            inside = line[3:].strip().lower() == title.lower()
            continue
        if inside:
            out.append(line)
    return "\n".join(out)


_STEP = re.compile(r"^###\s+(?:Langkah\s+\d+\s*[:.]\s*)?(?P<title>.+?)\s*$")
_IMAGE = re.compile(r"!\[[^\]]*\]\(([^)]*)\)")
#: The room a card's second page has for a drawing, in mm (A4 less its margins; the height
#: leaves the steps, safety and maintenance on the page).
CARD_DRAWING_MM = (182.0, 62.0)
_MD_MARKS = re.compile(r"\*\*|__|`")


def _shorten(text: str, limit: int = 260) -> str:
    """The first sentences of ``text`` that fit in ``limit`` characters."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    end = max(cut.rfind(". "), cut.rfind("; "))
    return (cut[: end + 1] if end > limit // 3 else cut.rsplit(" ", 1)[0] + " …").strip()


def _first_block(lines: list[str]) -> str:
    """The first paragraph or list of ``lines`` that is text (not an image, admonition,
    table or HTML), joined into one line without list markers."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    for block in blocks:
        if block and not block[0].startswith(("!", "|", "<")):
            return " ".join(re.sub(r"^(?:\d+\.|[-*])\s+", "", x) for x in block)
    return ""


def condense_steps(section: str) -> tuple[list[tuple[str, str]], str | None]:
    """A card-sized version of a guide's steps: (title, first paragraph) per ``###`` step,
    or the items of a numbered list; plus the section's first image (Markdown), if any.

    The card is two pages; the full steps stay in the guide and the handbook.
    """
    image_match = _IMAGE.search(section)
    image = image_match.group(0) if image_match else None
    steps: list[tuple[str, list[str]]] = []
    numbered: list[str] = []
    for line in section.split("\n"):
        heading = _STEP.match(line)
        if heading:
            steps.append((heading.group("title"), []))
        elif steps:
            steps[-1][1].append(line)
        elif re.match(r"^\d+\.\s+", line.strip()):
            numbered.append(re.sub(r"^\d+\.\s+", "", line.strip()))
    if steps:
        pairs = [(title, _first_block(body)) for title, body in steps]
    else:
        pairs = [(_shorten(item, 120), "") for item in numbered]
    return [(_MD_MARKS.sub("", t), _shorten(_MD_MARKS.sub("", text), 200))
            for t, text in pairs], image


def halves(steps: list[tuple[str, str]]) -> int:
    """Where to cut a card's steps into two side-by-side lists of about the same height:
    the number of steps in the first (by text length, each step also costing a line).

    The card prints them as two lists, not as CSS columns: WeasyPrint balances columns by
    laying them out again and again, nearly half of a card's render time.
    """
    weights = [len(title) + len(text) + 60 for title, text in steps]
    total, done = sum(weights), 0
    for count, weight in enumerate(weights):
        if done + weight / 2 > total / 2:
            return max(count, 1) if len(steps) > 1 else len(steps)
        done += weight
    return len(steps)


class Printer:
    """Builds the HTML of handbooks, session plans and workshop agendas."""

    def __init__(self, project: Project, catalog: Catalog) -> None:
        self.project = project
        self.catalog = catalog
        self.parts = HandbookParts(project, catalog)
        self.converter: Converter = self.parts.converter
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(project.templates / PRINT_TEMPLATES)),
            undefined=jinja2.StrictUndefined, autoescape=True, trim_blocks=True,
            lstrip_blocks=True)
        self.env.filters["minutes"] = minutes
        self.env.filters["rupiah"] = rupiah
        self.env.filters["bold"] = inline_bold
        # the newest review date: fixed by the sources, unlike the clock
        self.date = catalog_date(catalog)

    @property
    def stylesheet(self) -> Path:
        """The print stylesheet."""
        return self.project.templates / PRINT_TEMPLATES / "print.css"

    @property
    def allowed(self) -> list[Path]:
        """Folders a PDF may read from: the content and the print templates."""
        return [self.project.content, self.project.templates / PRINT_TEMPLATES]

    def _common(self) -> dict[str, Any]:
        return {"tax": self.catalog.taxonomy, "date": self.date,
                "css": self.stylesheet.as_uri(), "cost": self.parts.cost, "qty": quantity_text,
                "date_id": date_id, "instrument": self.parts.instrument()}

    def module_html(self, module_id: str, edition: str, in_document: set[str]) -> Markup:
        """A module's body as HTML for print; links to modules in the same PDF stay links."""
        def anchor(target: str) -> str | None:
            mid = self.parts.module_for(target, in_document)
            return f"#m-{mid}" if mid else None

        def image(target: str) -> str:
            return (self.project.content / target).resolve().as_uri()

        return Markup(self.parts.module_html(module_id, edition, anchor, image))

    def handbook(self, book: Handbook) -> str:
        """The whole handbook as one HTML document."""
        modules = [self.catalog.modules[m] for m in book.modules]
        ids = set(book.modules)
        bodies = {m.id: self.module_html(m.id, book.edition, ids) for m in modules}
        competencies = self.parts.competencies(modules)
        return self.env.get_template("handbook.html.j2").render(
            book=book, modules=modules, bodies=bodies,
            glossary=self.parts.glossary_used(book.modules),
            competencies=competencies, facilitator=book.edition == "fasilitator",
            **self._common())

    def plan_rows(self, module: ModuleMeta, start: int) -> list[PlanRow]:
        """The module's agenda with running clock times from ``start``."""
        rows = []
        now = start
        steps = module.agenda or []
        if not steps:
            return [PlanRow(clock(now), clock(now + module.duration), module.title, "",
                            module.duration)]
        for step in steps:
            label = self.catalog.taxonomy.label("methods", step.method)
            rows.append(PlanRow(clock(now), clock(now + step.minutes), step.step, label,
                                step.minutes))
            now += step.minutes
        return rows

    def plan(self, module_id: str, start: int) -> str:
        """A one-page session plan for a facilitator."""
        module = self.catalog.modules[module_id]
        return self.env.get_template("plan.html.j2").render(
            m=module, rows=self.plan_rows(module, start), **self._common())

    def card(self, module_id: str) -> str:
        """A guide's two-page card: materials and tools; steps, safety and maintenance."""
        module = self.catalog.modules[module_id]
        page = self.catalog.page_of(module_id)
        section = _section(drop_facilitator_notes(page.body), "Langkah membuat")
        steps, image = condense_steps(section)
        figure = ""
        match = _IMAGE.search(image or "")  # condense_steps' image: its src
        drawing = drawing_named(self.project.content / PurePosixPath(page.path).parent,
                                match.group(1)) if match else None
        # a drawing whose words would print too small to read is left to the guide
        if match and (drawing is None or drawing.fits(*CARD_DRAWING_MM)):
            html = self.converter.convert(match.group(0))
            if drawing:  # as wide as its words need, no wider: the page is full
                html = html.replace("<img ", f'<img style="width: {drawing.print_width():.1f}mm;'
                                    ' max-height: none" ', 1)
            figure = rewrite_links(html, page.path, lambda _: None,
                                   lambda target: (self.project.content / target).resolve()
                                   .as_uri())
        books = [b.title for b in self.catalog.handbooks if module_id in b.modules]
        return self.env.get_template("card.html.j2").render(
            m=module, costing=self.parts.cost(module), steps=steps, cut=halves(steps),
            figure=Markup(figure), books=books,
            **self._common())

    def monthly_form(self) -> str:
        """The group's monthly record of the health indicators: a row per month."""
        return self._form("lembar_bulanan.html.j2")

    def rollup_form(self, groups: int = ROLLUP_GROUPS) -> str:
        """The cadre's roll-up of several groups: a row per group."""
        return self._form("rekap_kader.html.j2", groups=groups)

    def _form(self, template: str, **extra: object) -> str:
        indicators = self.catalog.indicators
        assert indicators, "forms are made only when indicators are defined"
        return self.env.get_template(template).render(
            s=indicators, indicators=list(indicators.indicators.values()), **extra,
            **self._common())

    def record_book(self, path_key: str) -> str:
        """A cadre's record of competencies (A5): every competency of the modules on the
        learning path, grouped by level, with date, observer and sign-off."""
        path = next(p for p in self.catalog.learning_paths if p.key == path_key)
        levels = []
        for level in path.levels:
            items = [(self.catalog.modules[m], self.catalog.modules[m].competencies)
                     for m in level.modules if self.catalog.modules[m].competencies]
            if items:
                levels.append((level.level, level.title, items))
        # named after the path's file: jalur/kader.yml gives "Buku Catatan Kader"
        return self.env.get_template("catatan_kader.html.j2").render(
            title=f"Buku Catatan {path.key.replace('-', ' ').title()}", path=path, levels=levels,
            count=sum(len(c) for _, _, items in levels for _, c in items),
            modules_count=sum(len(items) for _, _, items in levels),
            **self._common())

    def workshop(self, workshop: Workshop) -> str:
        """A multi-day workshop agenda."""
        return self.env.get_template("workshop.html.j2").render(
            w=workshop, days=workshop.schedule(self.catalog.modules), clock=clock, **self._common())

    def workshop_materials(self, workshop: Workshop) -> str:
        """Every material of the workshop's modules once, with the sessions that need it."""
        return self.env.get_template("bahan_lokakarya.html.j2").render(
            w=workshop, materials=workshop.materials(self.catalog.modules), **self._common())

    def attendance(self, workshop: Workshop, rows: int = ATTENDANCE_ROWS) -> str:
        """The attendance sheet (daftar hadir): one page per day, gender and signature."""
        days = [SimpleNamespace(number=n, modules=ids)
                for n, ids in enumerate(workshop.days, start=1)]
        return self.env.get_template("daftar_hadir.html.j2").render(
            w=workshop, days=days, rows=rows, **self._common())

