"""The parse cache: same results as a fresh parse, only changed files parsed again, a
damaged or foreign cache ignored, relations across files still checked."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from support.projects import FIXTURES, REPO, make_project
from swadaya.checks import load_checked
from swadaya.model import load as load_module
from swadaya.model.catalog import Catalog
from swadaya.source.cache import FileCache

CASES = sorted(p for p in (FIXTURES / "bad").iterdir() if p.is_dir())
MODULE = "modules/penyadaran/pny-01-dasar.md"


def outcome(catalog: Catalog) -> tuple[list[str], list[object], list[object]]:
    """What a check shows and what outputs read: diagnostics, modules, page metadata."""
    return ([d.format() for d in catalog.report.sorted()],
            [m.model_dump() for m in catalog.modules.values()],
            [(p.path, p.meta, p.scan, p.body, p.body_line) for p in catalog.pages.values()])


def check(root: Path, cache: bool = True) -> Catalog:
    return load_checked(root / "content", display_root=root,
                        cache=root / ".swadaya-cache" if cache else None)


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The content paths parsed (not taken from the cache) since the test began."""
    seen: list[str] = []
    real = load_module._parse_page

    def counting(rel: str, *args: object, **kwargs: object) -> object:
        seen.append(rel)
        return real(rel, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(load_module, "_parse_page", counting)
    return seen


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_cached_check_equals_fresh_check(case: Path, tmp_path: Path) -> None:
    root = make_project(tmp_path, case / "content")
    fresh = outcome(check(root, cache=False))
    assert outcome(check(root)) == fresh  # cold: parses and fills the cache
    assert outcome(check(root)) == fresh  # warm: from the cache


def test_positions_from_the_cache_are_the_file_positions(tmp_path: Path) -> None:
    root = make_project(tmp_path, FIXTURES / "bad" / "unknown-stage" / "content")
    fresh = check(root, cache=False)
    check(root)
    warm = check(root)
    for rel, page in warm.pages.items():
        if page.doc is not None:
            assert fresh.pages[rel].doc is not None
            assert page.doc.where(("stages", 0)) == fresh.pages[rel].doc.where(("stages", 0))
            assert page.doc.key_where(("title",)) == fresh.pages[rel].doc.key_where(("title",))


def test_only_the_edited_file_is_parsed_again(tmp_path: Path, parses: list[str]) -> None:
    root = make_project(tmp_path)
    check(root)
    assert MODULE in parses
    parses.clear()
    check(root)
    assert parses == []
    module = root / "content" / MODULE
    module.write_text(module.read_text("utf-8").replace("Modul Dasar", "Modul Pertama"),
                      encoding="utf-8")
    catalog = check(root)
    assert parses == [MODULE]
    assert catalog.modules["PNY-01"].title == "Modul Pertama"


def test_relations_across_files_are_checked_on_cached_files(tmp_path: Path,
                                                            parses: list[str]) -> None:
    root = make_project(tmp_path)
    other = root / "content" / "modules" / "penyadaran" / "pny-02-lanjut.md"
    text = (root / "content" / MODULE).read_text("utf-8")
    other.write_text(text.replace("PNY-01", "PNY-02").replace("prerequisites: []",
                                                              "prerequisites: [PNY-01]"),
                     encoding="utf-8")
    assert not check(root).report.failed()
    (root / "content" / MODULE).unlink()  # PNY-02's file is unchanged, and cached
    parses.clear()
    catalog = check(root)
    assert parses == []
    codes = [(d.path, d.code) for d in catalog.report.sorted()]
    assert any(path.endswith("pny-02-lanjut.md") and d_code.startswith("R")
               for path, d_code in codes), codes


def test_taxonomy_change_invalidates_module_parses(tmp_path: Path, parses: list[str]) -> None:
    root = make_project(tmp_path)
    check(root)
    taxonomy = root / "content" / "taxonomy.yml"
    taxonomy.write_text(taxonomy.read_text("utf-8").replace("kajian-partisipatif",
                                                            "kajian-bersama"),
                        encoding="utf-8")
    parses.clear()
    catalog = check(root)
    assert MODULE in parses
    assert any(d.code == "S003" for d in catalog.report.items)


def cache_file(root: Path) -> Path:
    (found,) = (root / ".swadaya-cache").glob("files-*.json")
    return found


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty", "header-only"])
def test_a_corrupt_cache_is_ignored_and_rebuilt(tmp_path: Path, parses: list[str],
                                                damage: str) -> None:
    root = make_project(tmp_path)
    fresh = outcome(check(root, cache=False))
    check(root)
    path = cache_file(root)
    data = path.read_bytes()
    damaged = {"truncate": data[: len(data) // 2], "empty": b"",
               "flip": data[:-10] + bytes([data[-10] ^ 0x20]) + data[-9:],
               "garbage": b"\x00\xff not json at all\n\tmore",
               "header-only": data.split(b"\n", 1)[0]}[damage]
    path.write_bytes(damaged)
    parses.clear()
    assert outcome(check(root)) == fresh
    assert MODULE in parses  # nothing was taken from the damaged file
    assert FileCache(root / ".swadaya-cache")._old  # rewritten whole, and ours again


def test_a_foreign_cache_is_not_trusted(tmp_path: Path, parses: list[str]) -> None:
    """A cache from another version of the tool (another fingerprint) is not read, even
    when its checksum holds and its entries claim a module is no module."""
    root = make_project(tmp_path)
    fresh = outcome(check(root, cache=False))
    assert fresh[1]  # the fixture has modules
    check(root)
    path = cache_file(root)
    header, body = path.read_bytes().split(b"\n", 1)
    lines = []
    for line in body.decode().split("\n"):
        key, entry, beside = line.split("\t", 2)
        value = json.loads(entry)
        if isinstance(value, dict) and value.get("module") is not None:
            value["module"] = None  # a lie: no module
        lines.append(f"{key}\t{json.dumps(value)}\t{beside}")
    lying = "\n".join(lines).encode()
    head = json.loads(header)
    head["tool"] = "0" * 64
    head["sha256"] = hashlib.sha256(lying).hexdigest()
    path.write_bytes(json.dumps(head).encode() + b"\n" + lying)
    parses.clear()
    assert outcome(check(root)) == fresh
    assert MODULE in parses


def test_a_file_with_problems_is_not_kept(tmp_path: Path, parses: list[str]) -> None:
    """Diagnostics are never stored (their words depend on the language asked for): a
    page whose reading found a problem is parsed on every run, and says it in either
    language."""
    root = make_project(tmp_path, FIXTURES / "bad" / "unknown-stage" / "content")
    broken = "modules/pengorganisasian/org-01-kelompok.md"  # the fixture's unknown stage
    check(root)
    parses.clear()
    warm = check(root)
    assert parses == [broken]  # the other pages came from the cache
    problems = [d for d in warm.report.sorted() if d.path.endswith(broken)]
    assert problems
    assert {d.message("en") for d in problems} != {d.message("id") for d in problems}


def test_entries_of_the_wrong_shape_are_parsed_again(tmp_path: Path, parses: list[str]) -> None:
    root = make_project(tmp_path)
    fresh = outcome(check(root, cache=False))
    check(root)
    cache = FileCache(root / ".swadaya-cache")
    for key in list(cache._old):
        cache._old[key] = '{"scan": 5}'
    cache._new = dict(cache._old)
    cache._old = {}
    cache.save()
    parses.clear()
    assert outcome(check(root)) == fresh
    assert MODULE in parses


def test_the_cache_folder_is_ignored_by_git() -> None:
    assert ".swadaya-cache/" in (REPO / ".gitignore").read_text("utf-8").split()


def test_no_cache_folder_writes_nothing(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    check(root, cache=False)
    assert not (root / ".swadaya-cache").exists()
    shutil.rmtree(root / "content")


@pytest.fixture
def readings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The module pages the plain-language check read (not taken from the cache)."""
    from swadaya.checks import readability

    seen: list[str] = []
    real = readability._page_findings

    def counting(catalog: Catalog, page: object, *args: object) -> object:
        seen.append(page.path)  # type: ignore[attr-defined]
        return real(catalog, page, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(readability, "_page_findings", counting)
    return seen


def test_plain_language_findings_are_kept_by_page_and_glossary(tmp_path: Path,
                                                               readings: list[str]) -> None:
    """The check that reads every sentence reads only changed pages; its warnings and the
    figures of the report page are the same from the cache, in either language."""
    root = make_project(tmp_path)
    module = root / "content" / MODULE
    long = " ".join(["kata"] * 31) + "."
    module.write_text(module.read_text("utf-8").replace("\n## ", f"\n{long} Pakai KTP.\n\n## ", 1),
                      encoding="utf-8")
    fresh = check(root, cache=False)
    found = [d.format() for d in fresh.report.sorted() if d.code.startswith("K")]
    assert {"K001", "K003"} <= {d.code for d in fresh.report.items}
    check(root)
    readings.clear()
    warm = check(root)
    assert readings == []
    assert [d.format() for d in warm.report.sorted() if d.code.startswith("K")] == found
    assert warm.figures == fresh.figures and warm.figures["PNY-01"].words > 31
    assert {d.message("en") for d in warm.report.items if d.code == "K001"} != \
        {d.message("id") for d in warm.report.items if d.code == "K001"}
    (root / "content" / "glosarium.yml").write_text(
        "- term: KTP\n  long: Kartu Tanda Penduduk\n  en: identity card\n"
        "  definition: Kartu tanda penduduk.\n", encoding="utf-8")
    after = check(root)
    assert MODULE in readings  # a new glossary word: pages are read again
    assert "K003" not in {d.code for d in after.report.items}
