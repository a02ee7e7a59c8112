"""Where a Swadaya project's parts are: content, templates, site config."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class ProjectNotFound(Exception):
    """No project (a folder with mkdocs.yml or content/taxonomy.yml) around the given path."""


@dataclass(frozen=True)
class Project:
    """The folders of one project, all absolute."""

    root: Path

    @property
    def content(self) -> Path:
        """The Markdown content (MkDocs docs_dir)."""
        return self.root / "content"

    @property
    def templates(self) -> Path:
        """Jinja2 templates for generated pages and scaffolds."""
        return self.root / "templates"

    @property
    def mkdocs_yml(self) -> Path:
        """The site configuration."""
        return self.root / "mkdocs.yml"


def find_project(start: Path | None = None) -> Project:
    """The nearest folder at or above ``start`` that holds ``content/taxonomy.yml``."""
    here = (start or Path.cwd()).absolute()
    for folder in (here, *here.parents):
        if (folder / "content" / "taxonomy.yml").is_file():
            return Project(folder)
    raise ProjectNotFound(f"no Swadaya project at or above {here} (looked for "
                          "content/taxonomy.yml)")
