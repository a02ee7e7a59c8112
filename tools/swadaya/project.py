"""Where a Swadaya project's parts are: content, templates, site config."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

#: Where the PDFs are written, relative to the project root (the site publishes them).
DOWNLOADS_DIR = "build/unduh"
#: The parse cache (``swadaya.source.cache``), relative to the project root; ignored by git.
CACHE_DIR = ".swadaya-cache"


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

    @property
    def cache(self) -> Path:
        """The folder of the parse cache (safe to delete at any time)."""
        return self.root / CACHE_DIR

    @property
    def downloads(self) -> Path:
        """Where PDFs are written (and where the site build picks them up)."""
        return self.root / DOWNLOADS_DIR

    def markdown_extensions(self) -> tuple[list[str], dict[str, dict[str, Any]]]:
        """The Markdown extensions and their settings, read from mkdocs.yml.

        The site generator reads them there itself; print reads them here, so a handbook
        renders Markdown exactly as the site does.
        """
        config = yaml.load(self.mkdocs_yml.read_text(encoding="utf-8"), _ConfigLoader)
        names: list[str] = []
        settings: dict[str, dict[str, Any]] = {}
        for item in config.get("markdown_extensions", []):
            if isinstance(item, dict):
                (name, options), = item.items()
                names.append(name)
                settings[name] = dict(options or {})
            else:
                names.append(str(item))
        return names, settings


class _ConfigLoader(yaml.SafeLoader):
    """The safe loader, plus MkDocs' ``!ENV`` tag (``site_url: !ENV [NAME, default]``)."""


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """``!ENV NAME`` or ``!ENV [NAME, ..., default]``: the first variable set, else the last
    item of a list as the default (as MkDocs reads it)."""
    if isinstance(node, yaml.ScalarNode):
        return os.environ.get(str(loader.construct_scalar(node)))
    items = loader.construct_sequence(node)  # type: ignore[arg-type]
    names, default = (items[:-1], items[-1]) if len(items) > 1 else (items, None)
    return next((os.environ[n] for n in names if n in os.environ), default)


_ConfigLoader.add_constructor("!ENV", _env)


def cores_wanted() -> int:
    """How many cores parallel work (PDFs, e-books, a cold check) may use: all of them, or
    ``SWADAYA_JOBS``."""
    wanted = os.environ.get("SWADAYA_JOBS", "")
    return int(wanted) if wanted.isdigit() and int(wanted) > 0 else (os.cpu_count() or 1)


def find_project(start: Path | None = None) -> Project:
    """The nearest folder at or above ``start`` that holds ``content/taxonomy.yml``."""
    here = (start or Path.cwd()).absolute()
    for folder in (here, *here.parents):
        if (folder / "content" / "taxonomy.yml").is_file():
            return Project(folder)
    raise ProjectNotFound(f"no Swadaya project at or above {here} (looked for "
                          "content/taxonomy.yml)")
