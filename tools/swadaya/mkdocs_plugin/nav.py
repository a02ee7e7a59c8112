"""Filling the site navigation from the catalog (modules by area, generated indexes)."""

from __future__ import annotations

from typing import Any

from swadaya.model.catalog import Catalog
from swadaya.model.routes import INDEX_HOME, INDEXES, MAP_PAGE, index_path, workshop_page

MODULES_ENTRY = "swadaya:modules"
INDEXES_ENTRY = "swadaya:indexes"
WORKSHOPS_ENTRY = "swadaya:workshops"


#: An area with more modules than this gets one sub-section per stage, so that a page
#: (which carries the menu of its own section, thanks to navigation.prune) stays light.
NAV_GROUP_LIMIT = 30


def module_sections(catalog: Catalog) -> list[Any]:
    """One section per area, its modules in order, each titled 'ID · Title'; a large area
    is split by the first stage of each module."""
    sections: list[Any] = []
    stages = catalog.taxonomy.terms("stages")
    for key, term in catalog.taxonomy.terms("areas").items():
        modules = catalog.select({"area": key})
        if len(modules) <= NAV_GROUP_LIMIT:
            items: list[Any] = [{f"{m.id} · {m.title}": catalog.module_paths[m.id]}
                                for m in modules]
        else:
            groups: dict[str, list[Any]] = {}
            for m in modules:
                first = min(m.stages, key=lambda s: list(stages).index(s) if s in stages else 99)
                groups.setdefault(first, []).append(
                    {f"{m.id} · {m.title}": catalog.module_paths[m.id]})
            items = [{stages[s].label if s in stages else s: groups[s]}
                     for s in sorted(groups, key=lambda s: list(stages).index(s)
                                     if s in stages else 99)]
        if items:
            sections.append({term.label: items})
    return sections


def index_sections(catalog: Catalog, generated: list[str]) -> list[Any]:
    """The map, the index home and one section per index vocabulary."""
    items: list[Any] = [{"Peta program": MAP_PAGE}, {"Semua indeks": INDEX_HOME}]
    for vocabulary, (_, _, heading) in INDEXES.items():
        pages = [{t.label: index_path(vocabulary, k)}
                 for k, t in catalog.taxonomy.terms(vocabulary).items()
                 if index_path(vocabulary, k) in generated]
        items.append({heading: pages})
    return items


def expand_nav(nav: list[Any], catalog: Catalog, generated: list[str]) -> list[Any]:
    """Replace the placeholder entries of mkdocs.yml's nav with generated sections."""
    out: list[Any] = []
    for item in nav:
        if isinstance(item, dict):
            (title, value), = item.items()
            if value == MODULES_ENTRY:
                out.append({title: module_sections(catalog)})
            elif value == INDEXES_ENTRY:
                out.append({title: index_sections(catalog, generated)})
            elif value == WORKSHOPS_ENTRY:
                pages = [{w.title: workshop_page(w.key)} for w in catalog.workshops]
                if pages:
                    out.append({title: pages})
            elif isinstance(value, list):
                out.append({title: expand_nav(value, catalog, generated)})
            else:
                out.append(item)
        else:
            out.append(item)
    return out
