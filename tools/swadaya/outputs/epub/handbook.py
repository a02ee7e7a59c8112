"""A handbook (``content/buku/*.yml``) as an EPUB 3 publication.

Same modules, order and edition as its PDF: a generated cover, how to use the book, one
chapter per module (card, body, maintenance), the terms used, the self-check and the
community's assessment sheet. Links between modules of the book stay links; images of the
modules are carried inside the book; nothing remote, no scripts.
"""

from __future__ import annotations

import textwrap
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from swadaya.model.catalog import Catalog
from swadaya.model.handbook import Handbook
from swadaya.outputs.drawings import without_paint_order
from swadaya.outputs.epub.package import MEDIA_TYPES, Entry, Publication, write_epub
from swadaya.outputs.epub.xhtml import XHTML, body_xhtml, serialize
from swadaya.outputs.handbook_parts import HandbookParts
from swadaya.outputs.markup import inline_bold
from swadaya.outputs.stamp import catalog_date
from swadaya.project import Project
from swadaya.text import date_id, minutes, quantity_text, rupiah

EPUB_TEMPLATES = "epub"
PRINT_TEMPLATES = "print"  # the module card macro is shared with print
#: Identifiers stay the same from one edition of a book to the next.
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "swadaya:buku")


class EpubError(Exception):
    """A book could not be made; nothing was written."""


@dataclass
class _Toc:
    title: str
    href: str
    sections: list[dict[str, str]] = field(default_factory=list)


def chapter_file(module_id: str) -> str:
    """The file of a module's chapter inside the book."""
    return f"m-{module_id.lower()}.xhtml"


class EpubWriter:
    """Builds the EPUBs of the handbooks of one catalog."""

    def __init__(self, project: Project, catalog: Catalog) -> None:
        self.project = project
        self.catalog = catalog
        self.parts = HandbookParts(project, catalog)
        self.date = catalog_date(catalog)
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader([str(project.templates / EPUB_TEMPLATES),
                                            str(project.templates / PRINT_TEMPLATES)]),
            undefined=jinja2.StrictUndefined, autoescape=True, trim_blocks=True,
            lstrip_blocks=True)
        self.env.filters["minutes"] = minutes
        self.env.filters["rupiah"] = rupiah
        self.env.filters["bold"] = inline_bold

    def _common(self) -> dict[str, Any]:
        return {"tax": self.catalog.taxonomy, "date": self.date, "cost": self.parts.cost,
                "qty": quantity_text, "date_id": date_id, "instrument": self.parts.instrument()}

    def _chapter(self, title: str, fragment: str) -> tuple[bytes, ET.Element]:
        body = body_xhtml(fragment)
        page = self.env.get_template("chapter.xhtml.j2").render(title=title,
                                                                body=serialize(body))
        return page.encode("utf-8"), body

    def publication(self, book: Handbook) -> Publication:
        """Every file of the book except the package document."""
        pub = Publication()
        facilitator = book.edition == "fasilitator"
        modules = [self.catalog.modules[m] for m in book.modules]
        ids = set(book.modules)
        images: dict[str, str] = {}  # content path → path in the book

        def image_for(target: str) -> str:
            if target not in images:
                source = (self.project.content / target).resolve()
                extension = target.rsplit(".", 1)[-1].lower()
                if not source.is_relative_to(self.project.content.resolve()) \
                        or not source.is_file() or extension not in MEDIA_TYPES:
                    raise EpubError(f"image {target} cannot go into an e-book")
                images[target] = f"gambar/{len(images) + 1:03d}.{extension}"
            return images[target]

        def anchor_for(target: str) -> str | None:
            mid = self.parts.module_for(target, ids)
            return chapter_file(mid) if mid else None

        cover = self._cover(book, len(modules))
        pub.add(Entry("sampul-gambar", "sampul.svg", cover, "cover-image"))
        front, _ = self._chapter(book.title, self.env.get_template("front.html.j2").render(
            book=book, facilitator=facilitator, **self._common()))
        pub.add(Entry("sampul", "sampul.xhtml", front, in_spine=True))
        toc: list[_Toc] = [_Toc("Cara memakai buku ini", "sampul.xhtml#cara-memakai")]
        for m in modules:
            body = self.parts.module_html(m.id, book.edition, anchor_for, image_for)
            data, tree = self._chapter(f"{m.id} · {m.title}", self.env.get_template(
                "module.html.j2").render(m=m, body=Markup(body),
                                         facilitator=facilitator, **self._common()))
            href = chapter_file(m.id)
            pub.add(Entry(href.removesuffix(".xhtml"), href, data, in_spine=True))
            toc.append(_Toc(f"{m.id} · {m.title}", href, [
                {"title": "".join(h.itertext()).strip(), "href": f"{href}#{h.get('id')}"}
                for h in tree.iter(f"{{{XHTML}}}h2") if h.get("id")]))
        back = [("istilah", "Daftar istilah", bool(self.parts.glossary_used(book.modules))),
                ("periksa-diri", "Periksa diri kader", True),
                ("penilaian", "Lembar penilaian kader oleh masyarakat",
                 bool(self.parts.competencies(modules)))]
        for part, title, wanted in back:
            if not wanted:
                continue
            data, _ = self._chapter(title, self.env.get_template("back.html.j2").render(
                part=part, modules=modules, glossary=self.parts.glossary_used(book.modules),
                competencies=self.parts.competencies(modules), **self._common()))
            pub.add(Entry(part, f"{part}.xhtml", data, in_spine=True))
            toc.append(_Toc(title, f"{part}.xhtml"))
        nav = self.env.get_template("nav.xhtml.j2").render(
            toc=toc, first=chapter_file(modules[0].id) if modules else "sampul.xhtml")
        pub.add(Entry("nav", "nav.xhtml", nav.encode("utf-8"), "nav"))
        pub.add(Entry("gaya", "style.css",
                      (self.project.templates / EPUB_TEMPLATES / "style.css").read_bytes()))
        for number, (target, href) in enumerate(sorted(images.items(), key=lambda i: i[1])):
            data = (self.project.content / target).read_bytes()
            if target.endswith(".svg"):  # e-readers of SVG 1.1 do not know paint-order
                data = without_paint_order(data.decode("utf-8", "replace")).encode("utf-8")
            pub.add(Entry(f"gambar-{number + 1:03d}", href, data))
        return pub

    def _cover(self, book: Handbook, count: int) -> bytes:
        return self.env.get_template("cover.svg.j2").render(
            title=book.title, title_lines=textwrap.wrap(book.title, 20)[:4],
            subtitle_lines=textwrap.wrap(book.subtitle, 32)[:2], edition=book.edition,
            modules=count, date=self.date.strftime("%d-%m-%Y")).encode("utf-8")

    def package_document(self, book: Handbook, pub: Publication) -> str:
        """The OPF: metadata, manifest and spine."""
        title = book.title + (f": {book.subtitle}" if book.subtitle else "")
        return self.env.get_template("content.opf.j2").render(
            identifier=f"urn:uuid:{uuid.uuid5(_NAMESPACE, book.key)}", title=title,
            date=self.date.date().isoformat(),
            modified=self.date.strftime("%Y-%m-%dT%H:%M:%SZ"), items=pub.entries,
            spine=pub.spine)

    def write(self, book: Handbook, target: Path) -> int:
        """Write the book's EPUB to ``target``; its size in bytes."""
        pub = self.publication(book)
        container = (self.project.templates / EPUB_TEMPLATES / "container.xml").read_text("utf-8")
        return write_epub(target, self.package_document(book, pub), pub, container, self.date)
