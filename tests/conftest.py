"""Shared pytest fixtures: projects in tmp_path, the real site built once, a browser.

Helpers live in ``tests/support/`` (importable as ``support``); tests are split by kind
into ``unit/``, ``golden/``, ``integration/`` and ``browser/``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from support.projects import make_project


@pytest.fixture(autouse=True)
def _messages_in_indonesian(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts with the default language of messages (Indonesian), whatever
    $SWADAYA_LANG the developer has set; a test that wants English asks for it."""
    monkeypatch.delenv("SWADAYA_LANG", raising=False)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A valid small project in tmp_path."""
    return make_project(tmp_path)


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's content built once per test session."""
    from support.site import build_real_site

    return build_real_site(tmp_path_factory.mktemp("real") / "site")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium under Playwright (never ``playwright install``). Skips where
    /usr/bin/chromium is missing, unless SWADAYA_REQUIRE_BROWSER=1 (set by CI)."""
    from support.browser import CHROMIUM, chromium

    if not CHROMIUM.exists():
        if os.environ.get("SWADAYA_REQUIRE_BROWSER") == "1":
            pytest.fail("SWADAYA_REQUIRE_BROWSER=1 but /usr/bin/chromium is missing")
        pytest.skip("Debian's chromium is not installed")
    with chromium() as launched:
        yield launched


@pytest.fixture(scope="module")
def file_site(real_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the site, as on a USB stick, opened with file://."""
    copy = tmp_path_factory.mktemp("usb") / "swadaya"
    shutil.copytree(real_site, copy)
    return copy


@pytest.fixture(params=["served", "file"])
def base_url(request: pytest.FixtureRequest, real_site: Path, file_site: Path
             ) -> Iterator[str]:
    """The real site twice: served on 127.0.0.1, and from a file:// copy."""
    from support.site import serve

    if request.param == "file":
        yield file_site.as_uri() + "/"
    else:
        with serve(real_site) as url:
            yield url
