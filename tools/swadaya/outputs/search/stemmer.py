"""Indonesian stemming: Snowball's Indonesian algorithm, with nasal-prefix readings.

Snowball (Tala's algorithm, https://snowballstem.org/algorithms/indonesian/stemmer.html) removes
``meN-``/``peN-`` by deleting it, so *menabung* becomes *abung* while *tabungan* becomes *tabung*:
the two never meet. Indonesian nasal prefixes replace the first consonant of a root beginning
with t, k, p or s (tabung → menabung, kirim → mengirim, pilih → memilih, simpan → menyimpan) and
keep roots beginning with n, m, ny or a vowel (nilai → menilai, makan → memakan). Without a
dictionary a stemmer cannot know which happened, so :func:`stems` follows Snowball step by step
and, at the first-order prefix, continues with every reading of the root: Snowball's own first,
then the restored roots. The index holds all readings of a word and a query asks for all
readings of its words, so *menabung*, *tabungan*, *ditabung* and *penabung* share *tabung*.

This is a plain port written from the published algorithm. :func:`snowball_stem` (the first
reading) is tested against the ``snowballstemmer`` package, and ``js/stemmer.js`` (the same code
in JavaScript, run by the browser for both the index and the query) is tested against
:func:`stems` on several thousand words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

VOWELS = frozenset("aeiou")

# First-order prefixes, longest first; the kind decides which suffixes may follow (Snowball's
# "prefix" register: 1 for di-/me-/ter-, 3 for ke-/pe-).
_FIRST_ORDER: tuple[tuple[str, int], ...] = (
    ("meng", 1), ("peng", 3),
    ("mem", 1), ("men", 1), ("pem", 3), ("pen", 3), ("ter", 1),
    ("di", 1), ("ke", 3), ("me", 1),
)

# Root onsets a nasal may stand for, after Snowball's own reading. "meng" + vowel: Snowball
# deletes (ambil), we add k (kirim); "men": t (tulis), n (nilai); "mem": Snowball p (pukul),
# we add m (makan); "meny": Snowball s (sapu), we add ny (nyanyi).
_NASAL_ONSETS: dict[str, tuple[str, ...]] = {
    "meng": ("k",), "peng": ("k",),
    "men": ("t", "n"), "pen": ("t", "n"),
    "mem": ("m",), "pem": ("m",),
    "meny": ("ny",), "peny": ("ny",),
}


# First-order prefixes that are also how many roots begin, when no nasal follows.
_ROOT_MAY_START_WITH_PREFIX = re.compile(r"^(?:di|ke|ter|me(?![mn]))")
_SECOND_ORDER = re.compile(r"^(?:pe|be)")
_NASAL_PREFIX = re.compile(r"^(?:pe|me)[nm]")
_PER_BER_VOWEL = re.compile(r"^(?:per|ber)[aeiou]")


class Reading(NamedTuple):
    """A word after its first-order prefix: the rest, the prefix kind, and where the root starts."""

    word: str
    kind: int
    start: int


def _vowel_at(word: str, index: int) -> bool:
    return index < len(word) and word[index] in VOWELS


def _count_vowels(word: str) -> int:
    return sum(1 for char in word if char in VOWELS)


def _first_order_readings(word: str) -> list[Reading]:
    """Readings of a word without its first-order prefix; empty when it has none."""
    for prefix, kind in _FIRST_ORDER:
        if not word.startswith(prefix):
            continue
        size = len(prefix)
        readings: list[Reading] = []
        nasal = prefix
        if prefix in ("men", "pen") and word[size:size + 1] == "y" and _vowel_at(word, size + 1):
            readings.append(Reading("s" + word[size + 1:], kind, 1))
            nasal, size = prefix + "y", size + 1
        elif prefix in ("mem", "pem") and _vowel_at(word, size):
            readings.append(Reading("p" + word[size:], kind, 1))
        else:
            readings.append(Reading(word[size:], kind, 0))
        rest = word[size:]
        if nasal in _NASAL_ONSETS and _vowel_at(rest, 0) and _count_vowels(rest) >= 2:
            for onset in _NASAL_ONSETS[nasal]:
                readings.append(Reading(onset + rest, kind, len(onset)))
        return readings
    return []


def _remove_suffix(word: str, kind: int, start: int) -> str | None:
    """Remove -kan, -an or -i as Snowball allows after a prefix of this kind; None if not."""
    if word.endswith("an") and len(word) - 2 >= start:
        cut = len(word) - 2
        if kind not in (2, 3) and cut - 1 >= start and word[cut - 1] == "k":
            return word[:cut - 1]
        if kind == 1:
            return None
        return word[:cut]
    if word.endswith("i") and len(word) - 1 >= start:
        cut = len(word) - 1
        if kind > 2:
            return None
        if cut - 1 >= start and word[cut - 1] == "s":
            return None
        return word[:cut]
    return None


def _remove_second_order(word: str, start: int) -> tuple[str, int | None] | None:
    """Remove be-/ber-/bel(ajar)/pe-/per-/pel(ajar) at ``start``; the new kind may be None."""
    head = word[start:start + 2]
    after = word[start + 2:start + 3]
    if head == "pe":
        if after == "r":
            return word[:start] + word[start + 3:], 2
        if after == "l" and word[start + 3:start + 7] == "ajar":
            return word[:start] + word[start + 3:], None
        return word[:start] + word[start + 2:], 2
    if head == "be":
        if after == "r":
            return word[:start] + word[start + 3:], 4
        if after == "l" and word[start + 3:start + 7] == "ajar":
            return word[:start] + word[start + 3:], 4
        if after and after not in VOWELS and word[start + 3:start + 5] == "er":
            return word[:start] + word[start + 2:], 4
    return None


def _after_first_order(reading: Reading, measure: int) -> str:
    word = reading.word
    if measure > 2:
        cut = _remove_suffix(word, reading.kind, reading.start)
        if cut is not None:
            word, measure = cut, measure - 1
            if measure > 2:
                second = _remove_second_order(word, reading.start)
                if second is not None:
                    word = second[0]
    return word


def _without_first_order(word: str, measure: int) -> str:
    """Snowball's path for a word with no first-order prefix: be-/pe- forms, then a suffix."""
    kind = 0
    second = _remove_second_order(word, 0)
    if second is not None:
        word, measure = second[0], measure - 1
        kind = second[1] if second[1] is not None else kind
    if measure > 2:
        cut = _remove_suffix(word, kind, 0)
        if cut is not None:
            word = cut
    return word


def _prefix_and_suffix(word: str, measure: int) -> list[str]:
    readings = _first_order_readings(word)
    if not readings:
        found = [_without_first_order(word, measure)]
        if _SECOND_ORDER.match(word) and found[0] != word:
            # pe-/be- also begin roots (peringkat, pesan, beras): the word as a root too.
            found.append(_suffix_only(word, measure))
        return found
    found = [_after_first_order(reading, measure - 1) for reading in readings]
    if _ROOT_MAY_START_WITH_PREFIX.match(word):
        # di-, ke-, ter-, me- before a consonant also begin roots (dinas, kelompok, terima,
        # metode): read the word once more as if nothing were a prefix.
        found.append(_without_first_order(word, measure))
    rest = word[2:]
    if word.startswith("ke") and _NASAL_PREFIX.match(rest):
        # ke-...-an around peN- (kepengurusan, kepemimpinan): read what follows ke- whole.
        found.extend(_analyse(rest))
    return found


def _suffix_only(word: str, measure: int) -> str:
    """The word as a root: only a suffix removed, as Snowball does with no prefix."""
    if measure > 2:
        cut = _remove_suffix(word, 0, 0)
        if cut is not None:
            return cut
    return word


def _analyse(word: str) -> list[str]:
    found = _snowball_readings(word)
    if word.endswith("kan") and len(word) > 4 and word[-4] in VOWELS:
        # The k of -kan may be the root's own (masakan, tindakan, pemasukan): -an alone.
        found.extend(_analyse(word[:-2]))
    if _PER_BER_VOWEL.match(word):
        # per-/ber- before a vowel may be pe-/be- before a root in r (perawatan, berencana).
        found.extend(_analyse(word[2:]))
    return list(dict.fromkeys(found))


def _snowball_readings(word: str) -> list[str]:
    measure = _count_vowels(word)
    if measure <= 2:
        return [word]
    found: list[str] = []
    whole: tuple[str, int] | None = None
    for endings in (("kah", "lah", "pun"), ("nya", "ku", "mu")):
        for ending in endings:
            if word.endswith(ending):
                if endings[0] == "kah" and measure - 1 <= 2:
                    # -lah/-kah/-pun that would end the analysis is more often part of the root
                    # (olah, masalah, sekolah): also read the word with it kept.
                    whole = (word, measure)
                word, measure = word[:-len(ending)], measure - 1
                break
        if measure <= 2:
            found.append(word)
            break
    else:
        found.extend(_prefix_and_suffix(word, measure))
    if whole is not None:
        found.extend(_prefix_and_suffix(*whole))
    return list(dict.fromkeys(found))


def snowball_stem(word: str) -> str:
    """Snowball's Indonesian stem of a lower-case word (the first reading of :func:`stems`)."""
    return _analyse(word)[0]


@lru_cache(maxsize=65536)
def stems(word: str) -> tuple[str, ...]:
    """Every stem of a lower-case word: Snowball's first, then those of restored nasal roots."""
    return tuple(_analyse(word))
