"""Small content trees for tests, built in tmp_path from the real taxonomy and templates."""

from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "golden" / "fixtures"
SEARCH_DATA = REPO / "tests" / "support" / "search_data"


def make_project(root: Path, overlay: Path | None = None) -> Path:
    """A project in ``root``: the real taxonomy, the base fixture tree, then ``overlay``."""
    content = root / "content"
    shutil.copytree(FIXTURES / "base", content)
    shutil.copy(REPO / "content" / "taxonomy.yml", content / "taxonomy.yml")
    shutil.copytree(REPO / "templates", root / "templates")
    if overlay is not None:
        shutil.copytree(overlay, content, dirs_exist_ok=True, symlinks=True)
    return root
