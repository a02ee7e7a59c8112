"""``make serve`` (``mkdocs serve --dirty``): after a save, only the pages whose sources,
menu or links changed are rebuilt, and the served site equals a clean build: the edited
page, its prerequisites' "next modules", the modules that need it, the index pages, the
programme map, the learning path, the menu of its section, the search index."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from support.projects import REPO
from swadaya.model.routes import READABILITY_PAGE

pytestmark = pytest.mark.slow

SERVE_URL = "http://127.0.0.1:8000/"
#: A module on the learning path with prerequisites and modules that need it.
MODULE = "modules/kaderisasi/kdr-03-mendampingi-kelompok.md"


def copy_project(root: Path) -> Path:
    shutil.copytree(REPO / "content", root / "content")
    shutil.copytree(REPO / "templates", root / "templates")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    return root


class Server:
    """What ``mkdocs serve --dirty`` does: one plugin state, rebuilds into one folder."""

    def __init__(self, root: Path, site: Path, dirty: bool = True) -> None:
        from mkdocs.config import load_config

        self.root, self.site, self.dirty = root, site, dirty
        self.config_file = str(root / "mkdocs.yml")
        config = load_config(self.config_file, site_dir=str(site))
        config.plugins.on_startup(command="serve", dirty=dirty)
        self.plugin: Any = config.plugins["swadaya"]
        self.build(config)

    def build(self, config: Any = None) -> set[str]:
        """One rebuild; the content paths it rendered."""
        from mkdocs.commands.build import build
        from mkdocs.config import load_config

        if config is None:
            config = load_config(self.config_file, site_dir=str(self.site))
        config.site_url = SERVE_URL
        cwd = os.getcwd()
        os.chdir(self.root)
        try:
            build(config, serve_url=SERVE_URL, dirty=self.dirty)
        finally:
            os.chdir(cwd)
        incremental = self.plugin.incremental
        return set(incremental.rebuilt) if incremental else set()

    def stop(self) -> None:
        self.plugin.on_shutdown()


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Path]:
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    yield copy_project(tmp_path / "project")


def outputs(site: Path) -> dict[str, bytes]:
    """Every file a reader gets, except the sitemap (it carries the build date)."""
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*"))
            if p.is_file() and p.name not in ("sitemap.xml", "sitemap.xml.gz")}


def clean_build(root: Path, site: Path) -> dict[str, bytes]:
    server = Server(root, site, dirty=False)
    server.stop()
    return outputs(site)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def differing(served: dict[str, bytes], clean: dict[str, bytes]) -> list[str]:
    return sorted(k for k in served.keys() | clean.keys() if served.get(k) != clean.get(k))


def test_a_saved_module_rebuilds_what_shows_it_and_equals_a_clean_build(
        project: Path, tmp_path: Path) -> None:
    server = Server(project, tmp_path / "served")
    try:
        assert len(server.build()) == 0  # nothing changed: nothing rebuilt
        module = project / "content" / MODULE
        title = module.read_text("utf-8").split("\ntitle: ", 1)[1].split("\n", 1)[0]
        edit(module, f"\ntitle: {title}\n", "\ntitle: Pendampingan Kelompok Baru\n")
        edit(module, "\n## ", "\nParagraf baru dari penulis.\n\n## ")
        rebuilt = server.build()
        total = len([p for p in outputs(server.site) if p.endswith(".html")])
        # the page, its neighbours in the menu, indexes, map, path: not the whole site
        assert MODULE in rebuilt
        assert "peta-program.md" in {Path(p).name for p in rebuilt} or any(
            "peta" in p for p in rebuilt)
        assert len(rebuilt) < total / 2, sorted(rebuilt)
        served = outputs(server.site)
    finally:
        server.stop()
    clean = clean_build(project, tmp_path / "clean")
    assert differing(served, clean) == []


def test_a_body_edit_rebuilds_only_that_page(project: Path, tmp_path: Path) -> None:
    server = Server(project, tmp_path / "served")
    try:
        edit(project / "content" / MODULE, "\n## ", "\nSatu kalimat lagi.\n\n## ")
        # and the readability report, which shows each module's body figures
        assert server.build() == {MODULE, READABILITY_PAGE}
        served = outputs(server.site)
    finally:
        server.stop()
    assert differing(served, clean_build(project, tmp_path / "clean")) == []


def test_new_and_deleted_modules_and_data_files(project: Path, tmp_path: Path) -> None:
    server = Server(project, tmp_path / "served")
    try:
        source = project / "content" / MODULE
        text = source.read_text("utf-8")
        new_id = "KDR-90"
        old_id = text.split("\nid: ", 1)[1].split("\n", 1)[0]
        (source.parent / "kdr-90-baru.md").write_text(
            text.replace(f"id: {old_id}", f"id: {new_id}"), encoding="utf-8")
        server.build()
        (source.parent / "kdr-90-baru.md").unlink()
        server.build()
        glossary = project / "content" / "glosarium.yml"
        edit(glossary, "definition: ", "definition: (diperbarui) ")
        rebuilt = server.build()
        assert len(rebuilt) > 10  # tooltips on every page
        served = outputs(server.site)
    finally:
        server.stop()
    assert differing(served, clean_build(project, tmp_path / "clean")) == []


def test_dropping_a_prerequisite_rebuilds_the_other_modules_next_list(
        project: Path, tmp_path: Path) -> None:
    """KDR-05 stops listing KDR-03: KDR-03's page (its "next modules") must change too,
    though its own file and its menu did not."""
    server = Server(project, tmp_path / "served")
    try:
        later = project / "content" / "modules/kaderisasi/kdr-05-menuju-kemandirian.md"
        edit(later, "prerequisites: [KDR-03]", "prerequisites: []")
        rebuilt = server.build()
        assert MODULE in rebuilt
        served = outputs(server.site)
    finally:
        server.stop()
    assert differing(served, clean_build(project, tmp_path / "clean")) == []


def test_a_title_edit_rebuilds_module_lists_not_pages_that_silence_a_warning(
        project: Path, tmp_path: Path) -> None:
    """Only a ``modules`` marker shows every module's front matter: a page whose marker is
    ``swadaya:abaikan`` (or an indicator table) is not rebuilt for another module's title.
    (At 1,000 modules with one such marker in each, a title save rebuilt every page.)"""
    silenced = "modules/teknologi-tepat-guna/ttg-02-sumber-informasi.md"
    assert "swadaya:abaikan" in (project / "content" / silenced).read_text("utf-8")
    server = Server(project, tmp_path / "served")
    try:
        module = project / "content/modules/penghidupan-berkelanjutan/phb-13-mutu-izin-pangan.md"
        title = module.read_text("utf-8").split("\ntitle: ", 1)[1].split("\n", 1)[0]
        edit(module, f"\ntitle: {title}\n", "\ntitle: Mutu dan Izin Pangan Olahan\n")
        rebuilt = server.build()
        assert "metode/arah-program.md" in rebuilt  # lists every module with its title
        assert silenced not in rebuilt
        served = outputs(server.site)
    finally:
        server.stop()
    assert differing(served, clean_build(project, tmp_path / "clean")) == []
