"""The checks across a loaded catalog: ``run_checks(catalog) → Report``.

Split by job: each module's fields, relations between modules, page bodies (links,
images, HTML, markers), worked-example inputs. Problems found while reading files are
already in the catalog's report; these add to it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from swadaya.checks.bodies import check_bodies
from swadaya.checks.calcs import check_calcs
from swadaya.checks.fields import PRICE_AGE_DAYS, check_fields
from swadaya.checks.relations import check_relations
from swadaya.diagnostics import Report
from swadaya.model.catalog import Catalog
from swadaya.model.load import load_content


def run_checks(catalog: Catalog, today: dt.date | None = None,
               price_age_days: int = PRICE_AGE_DAYS) -> Report:
    """Run every check on ``catalog``; returns its report, which now holds all problems.

    ``today`` is the date review and price dates are judged against (default: today).
    """
    check_fields(catalog, today or dt.date.today(), price_age_days)
    check_relations(catalog)
    check_bodies(catalog)
    check_calcs(catalog)
    return catalog.report


def load_checked(root: Path, display_root: Path | None = None, today: dt.date | None = None,
                 price_age_days: int = PRICE_AGE_DAYS, cache: Path | None = None) -> Catalog:
    """Load the content under ``root`` and run every check: what each command starts with.

    ``cache``: the folder of the parse cache (see :func:`load_content`); the checks across
    files are never cached.
    """
    catalog = load_content(root, display_root, cache)
    run_checks(catalog, today, price_age_days)
    return catalog
