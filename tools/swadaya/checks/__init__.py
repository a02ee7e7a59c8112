"""The checks across a loaded catalog: ``run_checks(catalog) → Report``.

Split by job: each module's fields, guides' costs against the price lists, relations
between modules, page bodies (links, images, HTML, markers), worked-example inputs, plain
language. Problems found while reading files are already in the catalog's report; these add
to it. Last, the warnings an author silenced with a ``swadaya:abaikan`` marker are taken out.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from swadaya.checks.bodies import check_bodies
from swadaya.checks.calcs import check_calcs
from swadaya.checks.costs import PRICE_AGE_DAYS, check_costs
from swadaya.checks.fields import check_fields
from swadaya.checks.readability import check_readability
from swadaya.checks.relations import check_relations
from swadaya.checks.suppress import apply_silences
from swadaya.diagnostics import Report
from swadaya.model.catalog import Catalog
from swadaya.model.load import read_content
from swadaya.source.cache import FileCache


def run_checks(catalog: Catalog, today: dt.date | None = None,
               price_age_days: int = PRICE_AGE_DAYS, files: FileCache | None = None) -> Report:
    """Run every check on ``catalog``; returns its report, which now holds all problems.

    ``today`` is the date review and price dates are judged against (default: today).
    ``files``: a cache where the plain-language check keeps each page's findings (the one
    check that reads every sentence; the rest run afresh).
    """
    today = today or dt.date.today()
    check_fields(catalog, today)
    check_costs(catalog, today, price_age_days)
    check_relations(catalog)
    check_bodies(catalog)
    check_calcs(catalog)
    check_readability(catalog, files)
    apply_silences(catalog)
    return catalog.report


def load_checked(root: Path, display_root: Path | None = None, today: dt.date | None = None,
                 price_age_days: int = PRICE_AGE_DAYS, cache: Path | None = None) -> Catalog:
    """Load the content under ``root`` and run every check: what each command starts with.

    ``cache``: the folder of the parse cache (see :func:`~swadaya.model.load.load_content`);
    it also keeps each page's plain-language findings, by the page's text and the glossary.
    The checks across files are never cached.
    """
    files = FileCache(cache)
    catalog = read_content(root, display_root, files)
    run_checks(catalog, today, price_age_days, files)
    files.save()
    return catalog
