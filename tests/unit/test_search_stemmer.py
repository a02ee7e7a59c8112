"""The Indonesian stemmer: our port against Snowball's own, and the browser twin against it."""

from __future__ import annotations

import json
from typing import Any

import pytest
import snowballstemmer

from support.projects import REPO, SEARCH_DATA
from swadaya.outputs.search.stemmer import snowball_stem, stems

WORDS = [w for w in (SEARCH_DATA / "words.txt").read_text("utf-8").splitlines()
         if w and not w.startswith("#")]
SCRIPT = REPO / "tools/swadaya/outputs/search/js/stemmer.js"


def test_the_shared_word_list_is_several_thousand_words() -> None:
    assert len(WORDS) >= 5000
    assert len(set(WORDS)) == len(WORDS)


def test_our_port_is_snowballs_indonesian_stemmer() -> None:
    reference = snowballstemmer.stemmer("indonesian")
    differ = [(w, reference.stemWord(w), snowball_stem(w)) for w in WORDS
              if reference.stemWord(w) != snowball_stem(w)]
    assert differ == []


@pytest.mark.parametrize(("word", "stem"), [
    # Nasal prefixes: the restored root is among the readings.
    ("menabung", "tabung"), ("penabung", "tabung"), ("menulis", "tulis"),
    ("mengirim", "kirim"), ("memilih", "pilih"), ("menyimpan", "simpan"),
    ("menanam", "tanam"), ("penanaman", "tanam"), ("memakan", "makan"),
    ("menyanyi", "nyanyi"), ("mengolah", "olah"), ("mengeringkan", "kering"),
    ("pengelolaan", "kelola"), ("penerima", "terima"),
    # Snowball alone gets these.
    ("tabungan", "tabung"), ("ditabung", "tabung"), ("pengorganisasian", "organisasi"),
    ("bermusyawarah", "musyawarah"), ("pendampingan", "damping"), ("pelajaran", "ajar"),
    ("belajar", "ajar"), ("bekerja", "kerja"), ("pekerjaan", "kerja"),
    # di-/ke-/ter- that begin a root.
    ("kelompok", "kelompok"), ("terima", "terima"), ("diskusi", "diskusi"),
])
def test_readings_meet_at_the_root(word: str, stem: str) -> None:
    assert stem in stems(word)


def test_derived_words_share_a_stem_with_their_root() -> None:
    families = [("tabung", "menabung", "tabungan", "ditabung", "penabung"),
                ("tulis", "menulis", "tulisan", "ditulis", "penulis"),
                ("kelompok", "kelompoknya", "berkelompok", "pengelompokan"),
                ("kering", "pengering", "pengeringan", "mengeringkan"),
                ("kelola", "mengelola", "pengelolaan")]
    for family in families:
        shared = set(stems(family[0]))
        for word in family[1:]:
            assert shared & set(stems(word)), (family[0], word, stems(word))


def test_snowballs_reading_comes_first() -> None:
    assert stems("menabung")[0] == snowball_stem("menabung") == "abung"
    assert stems("kader") == ("kader",)  # two vowels: never touched


@pytest.fixture(scope="module")
def script_page(browser: Any) -> Any:
    page = browser.new_page()
    page.set_content("<html><body></body></html>")
    page.add_script_tag(content=SCRIPT.read_text("utf-8"))
    yield page
    page.close()


@pytest.mark.browser
def test_the_browser_stemmer_is_the_python_one(script_page: Any) -> None:
    browser_stems = script_page.evaluate(
        "(words) => words.map((w) => self.swadayaSearch.stems(w))", WORDS)
    differ = [(w, list(stems(w)), b) for w, b in zip(WORDS, browser_stems, strict=True)
              if list(stems(w)) != b]
    assert differ == [], json.dumps(differ[:20], ensure_ascii=False)
