"""A way out of an ageing toolchain: the same site builds under ProperDocs.

MkDocs 1.6.1 is its last release and Material 9.x is in maintenance until 2027-05-05.
ProperDocs (a maintained MkDocs fork, BSD-2-Clause) reads ``mkdocs.yml`` and runs the
``mkdocs.plugins`` entry points, so our plugin and Material run unchanged under it. This
test builds the real content with it and compares every file with the MkDocs build.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from support.projects import REPO

GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): GENERATOR.sub(b"", p.read_bytes())
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_properdocs_builds_the_same_site(real_site: Path, tmp_path: Path) -> None:
    out = tmp_path / "properdocs-site"
    properdocs = Path(sys.executable).parent / "properdocs"
    result = subprocess.run(
        [str(properdocs), "build", "--strict", "-f", str(REPO / "mkdocs.yml"), "-d", str(out)],
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, capture_output=True, text=True,
        check=False)
    assert result.returncode == 0, result.stderr
    ours, theirs = _files(real_site), _files(out)
    assert sorted(ours) == sorted(theirs)
    different = [name for name in ours if ours[name] != theirs[name]]
    assert different == [], different[:5]
    # the only difference is the generator's name, and it is there to be removed
    assert b"ProperDocs" in (out / "index.html").read_bytes()
