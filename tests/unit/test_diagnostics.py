"""The code registry speaks both languages: every title, fix and message in Indonesian and
English, with the same fields; diagnostics render in the language asked for."""

from __future__ import annotations

import json
import re

import pytest

from swadaya.diagnostics import (
    CODES,
    LANG_ENV,
    PHRASES,
    Diagnostic,
    Lang,
    Phrase,
    Text,
    common,
    language,
    make,
    say,
    to_json,
)

ALL_TEXTS = ([(f"{c.code} title", c.title) for c in CODES.values()]
             + [(f"{c.code} fix", c.fix) for c in CODES.values()]
             + [(f"{c.code} message {k!r}", t) for c in CODES.values()
                for k, t in c.messages.items()]
             + [(f"phrase {k!r}", t) for k, t in PHRASES.items()])


def _words(template: str) -> str:
    """A template without its fields: what is left to translate."""
    return re.sub(r"\{[^{}]*\}", "", template)


@pytest.mark.parametrize(("where", "text"), ALL_TEXTS, ids=[w for w, _ in ALL_TEXTS])
def test_every_text_is_in_both_languages(where: str, text: Text) -> None:
    assert text.id.strip() and text.en.strip(), f"{where} misses a language"
    assert text.fields == frozenset(f for f in re.findall(r"(?<!\{)\{(\w+)\}", text.id))
    if re.search(r"[a-z]{3,}", _words(text.en)) and not where.startswith("phrase 'yaml_"):
        # the Indonesian slot holds Indonesian, not a copy of the English
        assert text.id != text.en, f"{where} is not translated"


@pytest.mark.parametrize(("where", "text"), ALL_TEXTS, ids=[w for w, _ in ALL_TEXTS])
def test_every_text_renders_in_both_languages(where: str, text: Text) -> None:
    phrase = Phrase(text, tuple((name, "X") for name in sorted(text.fields)))
    for lang in ("id", "en"):
        assert phrase.render(lang).strip()


def test_every_code_has_a_message() -> None:
    assert [c.code for c in CODES.values() if not c.messages] == []


def test_a_text_with_different_fields_is_refused() -> None:
    with pytest.raises(ValueError, match="fields differ"):
        Text("modul {id} tidak ada", "module {module} does not exist")


def test_a_missing_field_or_message_fails_at_the_call_site() -> None:
    with pytest.raises(KeyError, match="missing fields"):
        make("a.md", 1, 1, "R001", id="PNY-09")  # 'guess' forgotten
    with pytest.raises(KeyError, match="no message"):
        make("a.md", 1, 1, "R001", "typo", id="PNY-09", guess="")


def test_a_diagnostic_renders_in_the_language_asked_for() -> None:
    d = make("content/a.md", 7, 3, "R001", id="PNY-09",
             guess=common("did_you_mean", guess="PNY-01"))
    assert d.format(lang="id") == (
        "content/a.md:7:3: error [R001] prasyarat 'PNY-09' bukan id modul mana pun (maksud "
        "Anda 'PNY-01'?)\n    petunjuk: Pakai id modul yang ada, atau buat modul itu lebih dulu.")
    assert d.format(lang="en") == (
        "content/a.md:7:3: error [R001] prerequisite 'PNY-09' is not the id of any module (did "
        "you mean 'PNY-01'?)\n    hint: Use the id of an existing module, or create that "
        "module first.")


def test_a_hint_of_the_call_site_replaces_the_fix() -> None:
    d = make("a.md", 3, 1, "L007", hint="link", id="PNY-01", target="pny-01.md")
    assert d.hint("id") == "tulis sebagai tautan: [PNY-01](pny-01.md)"
    assert d.hint("en") == "write it as a link: [PNY-01](pny-01.md)"


def test_literal_braces_stay_braces() -> None:
    assert "{at: \"10:00\"" in CODES["W001"].fix.plain("id")
    assert "{{" not in CODES["W001"].fix.plain("en")


@pytest.mark.parametrize(("choice", "env", "expected"), [
    (None, None, "id"), (None, "en", "en"), (None, "en_US.UTF-8", "en"), ("id", "en", "id"),
    ("en", None, "en"), (None, "fr", "id"), (None, "", "id"),
])
def test_language_choice(choice: str | None, env: str | None, expected: Lang,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    if env is None:
        monkeypatch.delenv(LANG_ENV, raising=False)
    else:
        monkeypatch.setenv(LANG_ENV, env)
    assert language(choice) == expected


def test_default_language_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    d = make("a.md", 1, 1, "F003")
    assert d.message() == "berkas ini kosong"
    monkeypatch.setenv(LANG_ENV, "en")
    assert d.message() == "file is empty"


def test_json_follows_the_language() -> None:
    d = make("a.md", 2, 5, "S010", date="2999-01-01")
    row, = json.loads(to_json([d], lang="id"))
    assert row == {"path": "a.md", "line": 2, "col": 5, "code": "S010",
                   "message": "tanggal tinjauan 2999-01-01 masih di masa depan",
                   "level": "warning", "hint": "Tulis tanggal modul ini terakhir ditinjau."}
    row, = json.loads(to_json([d], strict=True, lang="en"))
    assert (row["message"], row["level"]) == ("reviewed date 2999-01-01 is in the future", "error")


def test_diagnostics_sort_and_deduplicate() -> None:
    a = make("a.md", 2, 1, "F003")
    b = make("a.md", 1, 1, "G001", "missing", key="en")
    c = make("a.md", 1, 1, "G001", "missing", key="definition")
    ordered: list[Diagnostic] = sorted({a, b, c, make("a.md", 2, 1, "F003")})
    assert ordered == [c, b, a]


def test_a_phrase_made_early_becomes_the_message() -> None:
    said = say("H001", "tag", tag="script")
    assert make("a.md", 4, 1, "H001", said).message("en") == \
        "raw HTML <script> is not allowed in content"
