"""MkDocs hooks: check the content, add generated pages, decorate module pages.

All the work is in the core; this file only moves data between MkDocs and it.
State lives on the instance and is reset in ``on_config`` (``mkdocs serve`` reuses
the plugin across rebuilds).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from swadaya.checks import load_checked
from swadaya.diagnostics import Level, common, counted, language
from swadaya.mkdocs_plugin.config import SwadayaConfig
from swadaya.mkdocs_plugin.drawings import DrawingSizes
from swadaya.mkdocs_plugin.finish import Finishing, finish_site
from swadaya.mkdocs_plugin.incremental import (
    DirtyNotice,
    Incremental,
    keep_compiled_templates,
    site_digest,
)
from swadaya.mkdocs_plugin.nav import expand_nav
from swadaya.mkdocs_plugin.search import release_search_entries, tune_before_written
from swadaya.model.catalog import Catalog
from swadaya.model.routes import DOWNLOADS_URL, READABILITY_PAGE
from swadaya.outputs.drawings import readable_drawings
from swadaya.outputs.held import HeldBlocks, MissingBlock
from swadaya.outputs.search.phrases import phrase_table
from swadaya.outputs.search.ranking import PageSearch, page_search
from swadaya.outputs.search.script import SCRIPT_PATH, search_script
from swadaya.outputs.site.access import label_task_lists, name_search_dialog
from swadaya.outputs.site.downloads import KINDS, WITHOUT_ZIM, Downloads
from swadaya.outputs.site.pages import SitePages
from swadaya.outputs.site.pending import PENDING_ENV
from swadaya.outputs.site.preview import STATUS_FILE, preview_status, write_preview_status
from swadaya.outputs.webapp import CONTROL_MARK, installable, served
from swadaya.outputs.webapp.write import AppInfo, registration_script
from swadaya.outputs.zim.metadata import zim_name
from swadaya.project import CACHE_DIR
from swadaya.source.cache import key_of

log = logging.getLogger("mkdocs.plugins.swadaya")


class SwadayaPlugin(BasePlugin[SwadayaConfig]):
    """Runs ``swadaya check`` during the build and adds the generated pages."""

    def __init__(self) -> None:
        self.catalog: Catalog | None = None
        self.maker: SitePages | None = None
        self.checked = False  # the catalog loaded and checked: the plugin is at work
        self.search_pages: dict[str, PageSearch] = {}
        self.serving = False  # `mkdocs serve`: a live preview, never cached by a worker
        self.app = False  # the installable offline site (manifest, service worker)
        self.served = False  # a build for a web server: precompressed copies
        self.generated: dict[str, str] = {}
        #: HTML parts held out of the Markdown until the page is finished; under
        #: ``serve --dirty`` kept across rebuilds with the generated pages that name them.
        self.held = HeldBlocks()
        self._generated_key = ""
        self.files: Files | None = None
        self.status: dict[str, object] | None = None  # serve: the check's problems to show
        self.site = ""
        self.incremental: Incremental | None = None  # serve --dirty: rebuild what changed
        self.pending: str | None = None  # the ZIM packed beside this build, under unduh/
        self.drawings = DrawingSizes()

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Note whether this is ``mkdocs serve``; under ``mkdocs serve --dirty`` keep state
        across rebuilds (MkDocs keeps a plugin that has this hook) to rebuild only the pages
        a save changed."""
        self.serving = command == "serve"
        self.incremental = Incremental() if command == "serve" and dirty else None
        if self.incremental:
            logging.getLogger("mkdocs.commands.build").addFilter(DirtyNotice())
            keep_compiled_templates()

    def on_shutdown(self) -> None:
        """The serve session is over: forget its state."""
        self.incremental = None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        """Load and check the catalog; errors stop the build, warnings count for --strict.
        Decide whether this build is hosted (``site_url``) and installable (https)."""
        self.catalog = self.maker = None
        self.checked = False
        self.search_pages = {}
        config.extra.pop("swadaya_app", None)
        config.extra.pop("swadaya_preview", None)
        self.app = self.served = False
        self.files = None
        if not self.config.enabled:
            return config
        root = Path(config.config_file_path).parent
        catalog = load_checked(Path(config.docs_dir), display_root=root, cache=root / CACHE_DIR)
        lang = language()  # $SWADAYA_LANG, as for 'swadaya check'
        errors = 0
        for diagnostic in catalog.report.sorted():
            if diagnostic.level is Level.ERROR:
                errors += 1
                log.error(diagnostic.format(lang=lang))
            else:
                log.warning(diagnostic.format(lang=lang))
        if errors and not self.serving:
            raise PluginError(common("build_failed", errors=counted(errors, "error", "errors"))
                              .render(lang))
        # a live preview goes on and shows the problems on every page (outputs/site/preview.py)
        self.status = None
        if self.serving:
            self.status = preview_status(catalog.report, lang)
            config.extra["swadaya_preview"] = {"status": STATUS_FILE}
        catalog.drop_sources()  # checked: the site reads the models, not the sources
        self.catalog = catalog
        self.checked = True
        variant = os.environ.get("SWADAYA_VARIANT") or self.config.variant
        if variant == "zim":
            config.site_url = None  # a ZIM has no address: no canonical links to a host
        # the ZIM cannot list itself; a site built beside its packing lists it to come
        self.pending = (zim_name(catalog) if variant == "site" and not self.serving
                        and os.environ.get(PENDING_ENV) else None)
        kinds = WITHOUT_ZIM if variant == "zim" else KINDS
        self.maker = SitePages(catalog, root / self.config.templates,
                               directory_urls=config.use_directory_urls,
                               downloads=Downloads.scan(root / self.config.downloads, kinds,
                                                        self.pending))
        self.maker.search_hints = self.config.search
        if not self.incremental:
            self.held = HeldBlocks()
        self.maker.decorator.held = self.held
        self.app = installable(config.site_url, variant, self.serving)
        self.served = served(config.site_url, variant, self.serving)
        self.maker.webapp = self.app
        if self.app:  # read by templates/overrides (head and header)
            config.extra["swadaya_app"] = {"script": registration_script()}
        if self.incremental:
            self.site = site_digest(
                [Path(config.config_file_path), root / self.config.templates,
                 root / self.config.downloads, Path(config.docs_dir)], Path(config.docs_dir),
                f"{variant}|{self.config.search}|{config.use_directory_urls}")
            search = config.plugins.get("material/search") or config.plugins.get("search")
            if search is not None and hasattr(search, "is_dirty"):
                # Material's own dirty merge assumes one page per rebuild; ours does it
                search.is_dirty = False
                search.search_index_prev = None
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files | None:
        """Add the generated index, map and reference pages; fill in the navigation."""
        if not (self.catalog and self.maker):
            return files
        # generated pages show the modules' front matter and the data files (in ``site``):
        # a rebuild after an edit of a module's text reuses them
        key = key_of(self.site, *(f"{p}:{self.catalog.pages[p].front_digest}"
                                  for p in self.catalog.module_paths.values()))
        if not (self.incremental and key == self._generated_key):
            self.generated = self.maker.pages()
        else:  # the readability report reads the modules' bodies, which the key leaves out
            self.generated = {**self.generated, READABILITY_PAGE: self.maker.readability()}
        self._generated_key = key
        generated = self.generated
        if self.status and self.status["errors"]:
            # a preview with errors: a file the check could not read as text is left out
            for file in [f for f in files.documentation_pages()
                         if f.src_uri not in self.catalog.pages]:
                files.remove(file)
        self.files = files
        for path, markdown in generated.items():
            files.append(File.generated(config, path, content=markdown))
        for rel, source in self.maker.downloads.files.items():
            files.append(File.generated(config, f"{DOWNLOADS_URL}/{rel}",
                                        abs_src_path=str(source)))
        if self.pending:  # a stand-in for links to point at; the ZIM is copied over it
            files.append(File.generated(config, f"{DOWNLOADS_URL}/{self.pending}",
                                        content=b""))
        if self.config.search:
            files.append(File.generated(config, SCRIPT_PATH,
                                        content=search_script(phrase_table(self.catalog.glossary))))
        if self.config.generate_nav and config.nav:
            config.nav = expand_nav(config.nav, self.catalog, list(generated))
        return files

    def on_nav(self, nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation | None:
        """Under ``serve --dirty``: mark the pages this rebuild must render."""
        if self.incremental and self.catalog:
            self.incremental.mark(files, nav, self.catalog, self.generated, self.site)
        return nav

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig,
                         files: Files) -> str | None:
        """Header card on module pages; module lists, worked examples and glossary tooltips
        on every page."""
        if not (self.catalog and self.maker):
            return markdown
        here = page.file.src_uri
        if self.config.search:
            self.search_pages[page.url] = page_search(self.catalog, here)
        markdown = self.maker.decorate(markdown, here)
        content_page = self.catalog.pages.get(here)
        module = content_page.module if content_page else None
        if module is None:
            return markdown
        return (self.maker.module_header(module, here) + markdown
                + self.maker.module_footer(module, here))

    def on_env(self, env: Environment, config: MkDocsConfig, files: Files) -> Environment:
        """Every page is converted: a one-off build lets go of the catalog and the page
        maker (what is left is writing pages, and the search index, the build's peak of
        memory). ``serve --dirty`` keeps them for its next rebuild."""
        if not self.incremental:
            self.catalog = self.maker = None
        return env

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig,
                        files: Files) -> str | None:
        """Tooltips on a term's first use; names for checklist boxes; readable drawings."""
        if not self.maker:
            return html
        # converted: MkDocs would keep the Markdown of every page until the end of the build
        # ("", not None: a page with no Markdown has no title, in every other page's menu)
        page.markdown = ""
        html = label_task_lists(self.maker.add_tooltips(html, page.file.src_uri))
        html = readable_drawings(html, self.drawings.for_page(page, files))
        if self.app and page.is_homepage:
            # the save control goes after the first paragraph; filled in on_post_build
            end = html.find("</p>")
            at = end + len("</p>") if end >= 0 else len(html)
            html = html[:at] + "\n" + CONTROL_MARK + html[at:]
        return html

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str | None:
        """Put the held HTML parts back; name Material's search dialog for screen
        readers."""
        if not self.config.enabled:
            return output
        try:
            output = self.held.splice(output)
        except MissingBlock as error:
            raise PluginError(f"swadaya: {page.file.src_uri}: {error}") from None
        # The page is finished (search read it in on_page_context): MkDocs would keep its
        # HTML to the end of the build, 27 MB at 1,000 modules, while the search index is
        # written (the build's peak). Nothing reads it after this.
        page.content = None
        return name_search_dialog(output)

    def on_post_template(self, output_content: str, template_name: str,
                         config: MkDocsConfig) -> str | None:
        """The same for the theme's own pages (404.html)."""
        return name_search_dialog(output_content) if self.config.enabled else output_content

    @event_priority(50)
    def _search_before_written(self, config: MkDocsConfig) -> None:
        """Tune Material's search index in place, before its plugin writes it (hence the
        high priority); see :mod:`swadaya.mkdocs_plugin.search`."""
        if self.checked and self.config.search and not tune_before_written(
                config, self.search_pages, self._merge_search):
            log.warning("swadaya: the search plugin is not Material's; its index is left as "
                        "it is, without the Indonesian search")

    def _merge_search(self, docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Under ``serve --dirty``, the entries of pages this rebuild skipped put back."""
        if self.incremental and self.files is not None:
            return self.incremental.merge_search(docs, self.files)
        return docs

    @event_priority(-100)
    def _after_build(self, config: MkDocsConfig) -> None:
        """After every plugin has written its files (hence the low priority): remember this
        build under ``serve --dirty``; then finish the site (mkdocs_plugin/finish.py)."""
        if not self.checked:
            return
        site = Path(config.site_dir)
        if self.status is not None:
            write_preview_status(site, self.status)
        if self.config.search:
            release_search_entries(config)
        if self.incremental and self.files is not None:
            self.incremental.finish(self.files)
            self.held.keep_only(self.generated.values())
        root = Path(config.config_file_path).parent
        finish_site(site, Finishing(
            pending=root / self.config.downloads / self.pending if self.pending else None,
            templates=root / self.config.templates if self.app else None,
            info=AppInfo(config.site_name, config.site_description or ""),
            compress=self.served))

    on_post_build = CombinedEvent(_search_before_written, _after_build)

