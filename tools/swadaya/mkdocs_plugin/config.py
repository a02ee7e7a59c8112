"""Configuration schema of the ``swadaya`` MkDocs plugin."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c

from swadaya.project import DOWNLOADS_DIR


class SwadayaConfig(base.Config):
    """Options under ``plugins: - swadaya:`` in mkdocs.yml."""

    #: Turn the plugin off without removing it (e.g. to compare with a plain build).
    enabled = c.Type(bool, default=True)
    #: Jinja2 templates folder, relative to mkdocs.yml.
    templates = c.Type(str, default="templates")
    #: Folder of rendered PDFs (by ``swadaya pdf --all``), relative to mkdocs.yml; they are
    #: published under ``unduh/`` and listed on the downloads page.
    downloads = c.Type(str, default=DOWNLOADS_DIR)
    #: Replace nav entries named ``swadaya:modules`` / ``swadaya:indexes`` with generated ones.
    generate_nav = c.Type(bool, default=True)
    #: Which build this is: ``site`` (hosted or file://) or ``zim`` (packed for Kiwix: the
    #: ZIM cannot list itself among the downloads). ``SWADAYA_VARIANT`` overrides it.
    variant = c.Choice(("site", "zim"), default="site")
    #: Indonesian search: stemmer, glossary phrases and ranking in Material's search. False
    #: leaves Material's stock search (used to measure the difference).
    search = c.Type(bool, default=True)
