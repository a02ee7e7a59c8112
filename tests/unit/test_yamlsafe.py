"""The safe YAML loader: positions, and refusal of everything unsafe."""

from __future__ import annotations

import datetime as dt

import pytest

from swadaya.source.yamlsafe import YamlProblem, load


def test_values_and_positions() -> None:
    doc = load("id: ORG-01\nagenda:\n  - {step: Buka, minutes: 10}\nreviewed: 2026-11-01\n")
    assert doc.data["agenda"][0]["minutes"] == 10
    assert doc.data["reviewed"] == dt.date(2026, 11, 1)
    assert doc.where(("agenda", 0, "minutes")) == (3, 27)
    assert doc.key_where(("reviewed",)) == (4, 1)
    assert doc.where(("missing", "deeper")) == (1, 1)


BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
    for i in range(8))


@pytest.mark.parametrize(("text", "code", "line", "col"), [
    (BOMB, "Y006", 1, 4),
    ("a: 1\nb: 2\na: 3\n", "Y005", 3, 1),
    ("a: !!python/object/apply:os.system [ls]\n", "Y006", 1, 4),
    ("a:\n\t- 1\n", "Y007", 2, 1),
    ("a: [1, 2\nb: 3\n", "Y003", 1, 4),
    ("d: 2026-02-30\n", "Y003", 1, 4),
    ("? [a, b]\n: 1\n", "Y003", 1, 3),
])
def test_problems(text: str, code: str, line: int, col: int) -> None:
    with pytest.raises(YamlProblem) as info:
        load(text)
    assert (info.value.code, info.value.line, info.value.col) == (code, line, col)


def test_alias_bomb_is_refused_before_expansion() -> None:
    # 9 levels of 3 aliases would be 9 * 3**8 = 59,049 items if expanded
    with pytest.raises(YamlProblem, match="anchors and aliases"):
        load(BOMB)


def test_empty_document() -> None:
    assert load("").data is None
    assert load("# only a comment\n").data is None
