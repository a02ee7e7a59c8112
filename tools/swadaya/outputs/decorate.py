"""What every written page gets before it is rendered, on the site and in print alike.

Module-list markers become lists of modules and ``hitung`` blocks become their computed
tables. The site adds its own parts on top (:mod:`swadaya.outputs.site.pages`); print
uses this directly, so a handbook shows the same lists and numbers as the site.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from swadaya.model import routes
from swadaya.model.catalog import Catalog
from swadaya.model.module import ModuleMeta
from swadaya.model.routes import index_path
from swadaya.model.selection import parse_criteria
from swadaya.outputs.render import environment, render
from swadaya.outputs.worked_examples import expand_blocks
from swadaya.source.markdown_scan import MARKER_LINE, in_fenced_code


class Decorator:
    """Renders the generated parts of written pages from one catalog and its templates."""

    def __init__(self, catalog: Catalog, templates: Path) -> None:
        self.catalog = catalog
        self.env: jinja2.Environment = environment(templates)

    def render(self, name: str, here: str, **context: object) -> str:
        """Render template ``name`` for the page at content path ``here``, with the
        catalog, taxonomy, link helpers and routes (PDF names) every template may use."""
        return render(self.env, name, here, catalog=self.catalog, tax=self.catalog.taxonomy,
                      path_of=self.catalog.module_paths.__getitem__, index_path=index_path,
                      routes=routes, **context)

    def module_list(self, modules: list[ModuleMeta], here: str) -> str:
        """A Markdown list of modules with level, duration and summary."""
        return self.render("module_list.md.j2", here, modules=modules)

    def expand_markers(self, markdown: str, here: str) -> str:
        """Replace each ``<!-- swadaya:modules ... -->`` line by the list it asks for."""
        lines = markdown.split("\n")
        for index, code in enumerate(in_fenced_code(lines)):
            match = None if code else MARKER_LINE.fullmatch(lines[index])
            criteria = parse_criteria(match.group("args")) if match else None
            if criteria:  # a malformed marker is a diagnostic (T002) and stays as a comment
                lines[index] = self.module_list(self.catalog.select(criteria), here)
        return "\n".join(lines)

    def decorate(self, markdown: str, here: str) -> str:
        """Module lists, then worked examples."""
        return expand_blocks(self.expand_markers(markdown, here))
