"""Whatever an author writes, the checker answers with diagnostics, never a traceback."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from swadaya.checks import load_checked as load_catalog

MODULE = "modules/penyadaran/pny-09-acak.md"
KEYS = ["id", "title", "type", "area", "stages", "duration", "agenda", "prerequisites",
        "reviewed", "summary", "objectives", "audience", "level", "components", "x"]
scalars = st.one_of(st.none(), st.booleans(), st.integers(-5, 500), st.text(max_size=12),
                    st.sampled_from(["PNY-01", "PNY-09", "2026-11-01", "2026-13-45",
                                     "penyadaran", "&a", "*a", "!!python/name:os.system",
                                     "[", "{", "'", '"', ": ", "\t", "---"]))
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(KEYS), inner, max_size=3)),
    max_leaves=8)
lines = st.lists(st.one_of(
    st.tuples(st.sampled_from(KEYS), values).map(lambda kv: f"{kv[0]}: {kv[1]!s}"),
    st.text(max_size=30)), max_size=12)
markdown = st.lists(st.one_of(
    st.text(max_size=40),
    st.sampled_from(["# Judul", "## Bagian", "```", "[x](y.md#z)", "![](a.png)",
                     "<script>", "<a href='javascript:x'>", "<!-- swadaya:modules a=b -->",
                     "[r]: ../../../etc/passwd", "    !!! fasilitator", "`<iframe>`"])),
    max_size=10)


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(front=lines, body=markdown, raw=st.binary(max_size=40), crlf=st.booleans())
def test_random_modules_never_crash(project: Path, front: list[str], body: list[str],
                                    raw: bytes, crlf: bool) -> None:
    text = "---\n" + "\n".join(front) + "\n---\n" + "\n".join(body) + "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    target = project / "content" / MODULE
    target.write_bytes(text.encode("utf-8", "surrogatepass") + raw)
    catalog = load_catalog(project / "content")  # must not raise
    for d in catalog.report.items:
        assert d.line >= 1 and d.col >= 1 and d.code and d.message()


def test_symlink_out_of_content_is_refused(project: Path) -> None:
    secret = project / "secret.md"
    secret.write_text("---\nid: RAHASIA\n---\n", encoding="utf-8")
    os.symlink(secret, project / "content" / "bocor.md")
    catalog = load_catalog(project / "content", display_root=project)
    found = [d for d in catalog.report.items if d.code == "F005"]
    assert [(d.path, d.line) for d in found] == [("content/bocor.md", 1)]
    assert "bocor.md" not in catalog.pages


@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(front=lines, body=markdown)
def test_random_modules_never_crash_the_build(project: Path, front: list[str],
                                              body: list[str]) -> None:
    """The site build either succeeds or stops with MkDocs' own clean error."""
    import shutil

    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    from support.projects import REPO

    config_file = project / "mkdocs.yml"
    if not config_file.exists():
        config = (REPO / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:")[0]
        config_file.write_text(config, encoding="utf-8")
    target = project / "content" / MODULE
    target.write_text("---\n" + "\n".join(front) + "\n---\n" + "\n".join(body) + "\n",
                      encoding="utf-8", errors="surrogatepass")
    site = project / "site-random"
    shutil.rmtree(site, ignore_errors=True)
    cwd = os.getcwd()
    os.chdir(project)
    try:
        build(load_config(str(config_file), site_dir=str(site)))
    except MkDocsException:
        pass  # the content had errors: a clean, reported stop
    finally:
        os.chdir(cwd)
