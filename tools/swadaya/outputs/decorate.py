"""What every written page gets before it is rendered, on the site and in print alike.

Markers become lists of modules, indicator tables or an assessment instrument, and
``hitung`` blocks become their computed tables. The site adds its own parts on top
(:mod:`swadaya.outputs.site.pages`); print uses this directly, so a handbook shows the same
lists and numbers as the site.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import jinja2

from swadaya.model import routes
from swadaya.model.catalog import Catalog
from swadaya.model.markers import MARKERS, split_args
from swadaya.model.module import ModuleMeta
from swadaya.model.routes import index_path
from swadaya.model.selection import parse_criteria
from swadaya.outputs.held import HeldBlocks
from swadaya.outputs.render import environment, file_url, page_url, render
from swadaya.outputs.worked_examples import expand_blocks
from swadaya.source.markdown_scan import MARKER_LINE, in_fenced_code


class Decorator:
    """Renders the generated parts of written pages from one catalog and its templates."""

    def __init__(self, catalog: Catalog, templates: Path,
                 directory_urls: bool | None = None) -> None:
        """``directory_urls`` is None in print, whose Markdown lists of modules have links
        print rewrites itself; on the site it is the site's URL style, and lists of modules
        are written as HTML with final URLs, which Python-Markdown passes through untouched
        (it was most of the cost of an index page at a thousand modules)."""
        self.catalog = catalog
        self.env: jinja2.Environment = environment(templates)
        self.directory_urls = directory_urls
        #: On the site, generated lists of modules are left out of the search index: each
        #: module is found on its own page, and the copies made the index a fifth larger
        #: (bytes a reader pays for before the first result). Print has no search.
        self.search_hints = False
        #: On the site, the HTML parts search leaves out are held out of the Markdown
        #: (see :mod:`swadaya.outputs.held`); the plugin splices them into finished pages.
        self.held: HeldBlocks | None = None
        self.env.filters["held"] = self.hold

    def hold(self, html: str) -> str:
        """A placeholder for ``html`` when this site build holds the parts search skips
        (the template filter ``held``); else ``html`` itself."""
        if self.held is None or not self.search_hints:
            return html
        return self.held.hold(html)

    def render(self, name: str, here: str, **context: object) -> str:
        """Render template ``name`` for the page at content path ``here``, with the
        catalog, taxonomy, link helpers and routes (PDF names) every template may use."""
        context.setdefault("search_hints", self.search_hints)
        return render(self.env, name, here, catalog=self.catalog, tax=self.catalog.taxonomy,
                      path_of=self.catalog.module_paths.__getitem__, index_path=index_path,
                      routes=routes, **context)

    def module_list(self, modules: list[ModuleMeta], here: str) -> str:
        """A list of modules with level, duration and summary (HTML on the site, Markdown in
        print)."""
        if self.directory_urls is None:
            return self.render("module_list.md.j2", here, modules=modules)
        return self.hold(self.render("module_list.html.j2", here, modules=modules,
                                     **self.urls(here)))

    def urls(self, here: str) -> dict[str, Callable[[str], str]]:
        """``url`` (a content page) and ``file_url`` (a file) as linked from ``here``, for
        the site's HTML templates."""
        style = bool(self.directory_urls)
        return {"url": lambda target: page_url(target, here, style),
                "file_url": lambda target: file_url(target, here, style)}

    def expand_markers(self, markdown: str, here: str) -> str:
        """Replace each marker line by what it asks for: a list of modules, indicators, an
        assessment instrument. A marker with a problem is a diagnostic (T002, I002, N002)
        and stays as a comment."""
        lines = markdown.split("\n")
        for index, code in enumerate(in_fenced_code(lines)):
            match = None if code else MARKER_LINE.fullmatch(lines[index])
            if match:
                expanded = self.marker(match.group("name"), match.group("args"), here)
                if expanded is not None:
                    lines[index] = expanded
        return "\n".join(lines)

    def marker(self, name: str, args: str, here: str) -> str | None:
        """The Markdown one marker stands for, or None when it asks for nothing known."""
        if name == "modules":
            criteria = parse_criteria(args)
            return self.module_list(self.catalog.select(criteria), here) if criteria else None
        parsed = split_args(args)
        if parsed is None or name not in MARKERS:
            return None
        if name == "indicators" and self.catalog.indicators:
            known = self.catalog.indicators.indicators
            chosen = [known[w] for w in parsed.words if w in known] if parsed.words \
                else list(known.values())
            return self.render("indicators_block.md.j2", here, indicators=chosen,
                               view=parsed.view(name), page=routes.MONITORING_PAGE)
        instrument = self.catalog.instruments.get(parsed.words[0]) if parsed.words else None
        if name == "instrument" and instrument is not None:
            return self.render("instrument_block.md.j2", here, i=instrument,
                               view=parsed.view(name))
        return None

    def decorate(self, markdown: str, here: str) -> str:
        """Markers, then worked examples."""
        return expand_blocks(self.expand_markers(markdown, here))
