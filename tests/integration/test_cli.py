"""The command line as an author uses it: exit codes, formats, scaffolding, no rewriting."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from swadaya.cli import main
from swadaya.commands.new import ScaffoldError, next_id, scaffold, slug
from swadaya.diagnostics import LANG_ENV
from swadaya.project import Project


def run(root: Path, *args: str, lang: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real console entry point in ``root`` (``lang``: $SWADAYA_LANG, else unset)."""
    env = {k: v for k, v in os.environ.items() if k != LANG_ENV}
    if lang:
        env[LANG_ENV] = lang
    return subprocess.run([sys.executable, "-m", "swadaya", *args], cwd=root,
                          capture_output=True, text=True, check=False, env=env)


def tree_hash(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        digest.update(path.relative_to(folder).as_posix().encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def break_module(root: Path) -> Path:
    bad = root / "content" / "modules" / "penyadaran" / "pny-02-rusak.md"
    text = (root / "content/modules/penyadaran/pny-01-dasar.md").read_text(encoding="utf-8")
    bad.write_text(text.replace("PNY-01", "PNY-02").replace("area: penyadaran",
                                                           "area: organising")
                   .replace("reviewed: 2026-11-01", "reviewed: 2026-11-01\nsumary: x"),
                   encoding="utf-8")
    return bad


def test_clean_project_exits_zero(project: Path) -> None:
    result = run(project, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 kesalahan, 0 peringatan" in result.stdout
    assert "0 errors, 0 warnings" in run(project, "check", "--lang", "en").stdout


def test_errors_exit_one_with_compiler_lines(project: Path) -> None:
    break_module(project)
    result = run(project, "check")
    assert result.returncode == 1
    assert ("content/modules/penyadaran/pny-02-rusak.md:5:7: error [S003] area 'organising' "
            "bukan arah program yang dikenal (maksud Anda 'pengorganisasian'?)") in result.stdout
    assert "    petunjuk: id yang dikenal di kosakata 'areas': penyadaran" in result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("how", ["option", "option-first", "environment"])
def test_english_on_request(project: Path, how: str) -> None:
    break_module(project)
    result = {"option": lambda: run(project, "check", "--lang", "en"),
              "option-first": lambda: run(project, "--lang", "en", "check"),
              "environment": lambda: run(project, "check", lang="en")}[how]()
    assert result.returncode == 1
    assert ("content/modules/penyadaran/pny-02-rusak.md:5:7: error [S003] area 'organising' "
            "is not a known area (did you mean 'pengorganisasian'?)") in result.stdout
    assert "    hint: known areas: penyadaran" in result.stdout


def test_the_option_wins_over_the_environment(project: Path) -> None:
    break_module(project)
    assert "bukan arah program" in run(project, "check", "--lang", "id", lang="en").stdout


def test_in_process_runs_leave_the_environment_alone(
        project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    monkeypatch.delenv(LANG_ENV, raising=False)
    assert main(["check", "--lang", "en"]) == 0
    assert "0 errors" in capsys.readouterr().out
    assert LANG_ENV not in os.environ


def test_warning_fails_only_when_strict(project: Path) -> None:
    bad = project / "content" / "index.md"
    bad.write_text(bad.read_text(encoding="utf-8") + "\n![](gambar.png)\n", encoding="utf-8")
    (project / "content" / "gambar.png").write_bytes(b"\x89PNG")
    assert run(project, "check").returncode == 0
    strict = run(project, "check", "--strict")
    assert strict.returncode == 1
    assert "content/index.md:5:1: error [L004] gambar 'gambar.png' tidak punya teks pengganti" \
        in strict.stdout


def test_json_format(project: Path) -> None:
    break_module(project)
    result = run(project, "check", "--format", "json")
    rows = json.loads(result.stdout)
    assert {r["code"] for r in rows} == {"S003", "S004", "R005"} or \
        {r["code"] for r in rows} >= {"S003", "S004"}
    s003 = next(r for r in rows if r["code"] == "S003")
    assert (s003["line"], s003["col"], s003["level"]) == (5, 7, "error")
    assert "bukan arah program yang dikenal" in s003["message"]
    assert s003["hint"].startswith("id yang dikenal di kosakata 'areas':")
    assert "swadaya check:" in result.stderr
    english = json.loads(run(project, "check", "--format", "json", "--lang", "en").stdout)
    assert [(r["code"], r["line"], r["col"]) for r in english] == \
        [(r["code"], r["line"], r["col"]) for r in rows]
    assert "is not a known area" in next(r for r in english if r["code"] == "S003")["message"]


def test_paths_filter_reports(project: Path) -> None:
    break_module(project)
    only_index = run(project, "check", "content/index.md")
    assert only_index.returncode == 0
    folder = run(project, "check", "content/modules")
    assert folder.returncode == 1


def test_outside_a_project_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    result = run(tmp_path, "check")
    assert result.returncode == 2
    assert "no Swadaya project" in result.stderr and "Traceback" not in result.stderr


def test_new_uses_next_free_id_and_never_overwrites(project: Path) -> None:
    today = dt.date(2026, 11, 27)
    path = scaffold(Project(project), "penyadaran", "Kalender Musim", today)
    assert path.name == "pny-02-kalender-musim.md"
    assert "id: PNY-02" in path.read_text(encoding="utf-8")
    assert run(project, "check").returncode == 0  # the scaffold is valid...
    strict = run(project, "check", "--strict")  # ...but its placeholders must be replaced
    assert strict.returncode == 1 and "[K004] teks contoh belum diganti" in strict.stdout
    second = scaffold(Project(project), "penyadaran", "Kalender Musim", today)
    assert second.name == "pny-03-kalender-musim.md"
    before = path.read_bytes()
    (project / "content/modules/penyadaran/pny-04-kalender-musim.md").write_text("x")
    with pytest.raises(ScaffoldError, match="already exists"):
        scaffold(Project(project), "penyadaran", "Kalender Musim", today)
    assert path.read_bytes() == before


def test_new_unknown_area(project: Path) -> None:
    result = run(project, "new", "organising", "Judul")
    assert result.returncode == 2
    assert "did you mean 'pengorganisasian'" in result.stderr


def test_next_id_and_slug() -> None:
    assert next_id("ORG", {"ORG-01", "ORG-07", "PNY-09"}) == "ORG-08"
    assert next_id("KDR", set()) == "KDR-01"
    assert slug("Memilih Kader: Musyawarah & Mufakat!") == "memilih-kader-musyawarah-mufakat"


def test_check_and_schema_leave_content_untouched(project: Path) -> None:
    break_module(project)
    before = tree_hash(project / "content")
    run(project, "check")
    run(project, "check", "--format", "json")
    run(project, "schema")
    assert tree_hash(project / "content") == before


def test_main_returns_code(project: Path, monkeypatch: pytest.MonkeyPatch,
                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(project)
    assert main(["check"]) == 0
    assert main(["schema"]) == 0
    assert '"title": "Swadaya module front matter"' in capsys.readouterr().out
