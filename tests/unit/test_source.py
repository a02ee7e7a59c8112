"""Reading files: encodings, BOM, newlines, front matter split with line numbers."""

from __future__ import annotations

from pathlib import Path

from swadaya.source.files import MAX_BYTES, read_text
from swadaya.source.frontmatter import split_front_matter


def test_bom_is_stripped_with_a_warning(tmp_path: Path) -> None:
    f = tmp_path / "a.md"
    f.write_bytes(b"\xef\xbb\xbf---\nid: X\n---\nisi\n")
    src = read_text(f, "a.md")
    assert src.text is not None and src.text.startswith("---")
    assert [d.code for d in src.diagnostics] == ["F002"]


def test_invalid_utf8_points_at_the_byte(tmp_path: Path) -> None:
    f = tmp_path / "a.md"
    f.write_bytes(b"baris satu\nab\xffcd\n")
    src = read_text(f, "a.md")
    assert src.text is None
    d = src.diagnostics[0]
    assert (d.code, d.line, d.col) == ("F001", 2, 3)


def test_crlf_becomes_lf(tmp_path: Path) -> None:
    f = tmp_path / "a.md"
    f.write_bytes(b"---\r\nid: X\r\n---\r\nisi\r\n")
    assert read_text(f, "a.md").text == "---\nid: X\n---\nisi\n"


def test_empty_and_huge_files(tmp_path: Path) -> None:
    empty = tmp_path / "e.md"
    empty.write_text("  \n\n", encoding="utf-8")
    assert [d.code for d in read_text(empty, "e.md").diagnostics] == ["F003"]
    huge = tmp_path / "h.md"
    with huge.open("wb") as handle:  # sparse: the limit is checked before reading
        handle.truncate(10 * 1024 * 1024)
    src = read_text(huge, "h.md")
    assert src.text is None and src.diagnostics[0].code == "F004"
    assert MAX_BYTES < 10 * 1024 * 1024


def test_split_keeps_line_numbers_and_ignores_rules_in_the_body() -> None:
    split = split_front_matter("---\nid: X\ntitle: Y\n---\nisi\n\n---\n\nlagi\n")
    assert split.yaml_text == "id: X\ntitle: Y\n"
    assert split.yaml_line == 2
    assert split.body_line == 5
    assert split.body.startswith("isi")


def test_split_without_and_unterminated() -> None:
    assert split_front_matter("# Judul\n").yaml_text is None
    broken = split_front_matter("---\nid: X\n")
    assert broken.unterminated and broken.yaml_text is None
