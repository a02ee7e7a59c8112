"""Plain-language figures of a page: sentence length, syllables, and a Fry-graph grade.

Syllables are counted by Indonesian vowel nuclei: every vowel or vowel group is one
syllable, with ``ai``, ``au``, ``oi`` and ``ei`` read as one (*pan-tai*, *ka-lau*). Numbers
and initialisms count one syllable per symbol, as in Fry's rules (*KSM* is *ka-es-em*).

The grade is an **estimate**: Fry's readability graph (Fry 1977, "Fry's Readability Graph:
Clarifications, Validity, and Extension to Level 17", *Journal of Reading* 21(3), 242–252)
as adapted for Indonesian by Harjasujana and Mulyati (1996/1997, *Membaca 2*, Jakarta:
Depdikbud): the syllables of 100 words are multiplied by 0.6, because Indonesian words are
longer than English ones, and read off the graph with the sentences of 100 words. The
adaptation reads the grade as a range of one grade either side. Fry takes three samples of
100 words; we use the whole page, scaled to 100 words. The grade lines below are the lines
of Fry's extended graph (grades 1 to 17), in its own axes: syllables per 100 words from
108 to 182, and sentences per 100 words on its uneven scale from 2.0 to 25.0.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass

from swadaya.model.module import ModuleMeta
from swadaya.model.taxonomy import Taxonomy
from swadaya.source.prose import Sentence, sentences

#: The factor of the Indonesian adaptation (Harjasujana & Mulyati).
INDONESIAN_SYLLABLE_FACTOR = 0.6
#: Figures count the share of sentences over these lengths (in words).
LONG_SENTENCE, VERY_LONG_SENTENCE = 20, 25
#: A word of this many syllables or more counts as a long word.
LONG_WORD_SYLLABLES = 4
#: A sentence of more words than this gets a warning (K001). Figures count the shares over
#: 20 and 25; 30 is where a reader with primary schooling loses the thread, and what our
#: content can be held to without burying authors in warnings.
SENTENCE_LIMIT = 30

_VOWEL = re.compile("[aeiouàáâäèéêëìíîïòóôöùúûü]")
_DIPHTHONG = re.compile("ai|au|oi|ei")
class _Counted(dict[str, int]):
    """Syllables of every word met so far: pages repeat their words, and a dict lookup in C
    keeps the check a blink at a thousand modules."""

    def __missing__(self, word: str) -> int:
        count = self[word] = _syllables(word)
        return count


_KNOWN = _Counted()
#: The sentences axis of Fry's graph: these values are evenly spaced on the printed graph.
_SENTENCE_TICKS = [2.0, 2.5, 3.0, 3.3, 3.5, 3.6, 3.7, 3.8, 4.0, 4.2, 4.3, 4.5, 4.8, 5.0, 5.2,
                   5.6, 5.9, 6.3, 6.7, 7.1, 7.7, 8.3, 9.1, 10.0, 11.1, 12.5, 14.3, 16.7, 20.0,
                   25.0]
#: The line above each grade from 1 to 16, as two points (syllables, sentences per 100 words).
_GRADE_LINES = [
    ((109.0, 10.0), (132.2, 23.0)), ((109.0, 7.9), (140.2, 23.0)),
    ((109.0, 6.5), (142.0, 18.0)), ((109.55, 5.8), (144.3, 14.3)),
    ((109.55, 5.15), (146.0, 12.5)), ((112.0, 4.2), (149.0, 11.2)),
    ((120.0, 3.58), (153.0, 9.1)), ((127.0, 3.2), (157.0, 8.6)),
    ((137.2, 3.1), (159.5, 8.2)), ((144.1, 2.5), (164.0, 7.6)),
    ((149.0, 2.5), (168.0, 7.2)), ((155.5, 2.4), (170.2, 7.1)),
    ((162.0, 2.4), (172.2, 7.0)), ((168.5, 2.4), (174.2, 6.8)),
    ((173.8, 2.4), (176.2, 6.8)), ((179.0, 2.4), (180.2, 6.8)),
]


def syllables(word: str) -> int:
    """Syllables of one word by vowel nuclei; a number or an initialism, one per symbol."""
    return _KNOWN[word]


def _syllables(word: str) -> int:
    if word[:1].isdigit():
        return max(1, sum(c.isdigit() for c in word))
    if word.isupper() and sum(c.isalpha() for c in word) > 1:
        return sum(c.isalpha() for c in word)
    # a diphthong is one nucleus; pairs are taken left to right, so "eia" is ei-a
    return max(len(_VOWEL.findall(_DIPHTHONG.sub("a", word.lower()))), 1)


def _position(sentences100: float) -> float:
    """Where a number of sentences per 100 words sits on the graph's uneven axis."""
    value = min(max(sentences100, _SENTENCE_TICKS[0]), _SENTENCE_TICKS[-1])
    i = min(bisect.bisect_right(_SENTENCE_TICKS, value) - 1, len(_SENTENCE_TICKS) - 2)
    low, high = _SENTENCE_TICKS[i], _SENTENCE_TICKS[i + 1]
    return i + (value - low) / (high - low)


#: The grade lines on the graph's own axes (syllables, place on the sentences axis).
_LINES = [((x1, _position(s1)), (x2, _position(s2))) for (x1, s1), (x2, s2) in _GRADE_LINES]


def fry_grade(syllables100: float, sentences100: float) -> int:
    """The grade (1 to 17) of a point of Fry's graph: one plus the grade lines it lies past.

    A point in the graph's corners (very long sentences or very long words, where Fry
    calls the result invalid) gets the grade of the bands extended to it.
    """
    x = min(max(syllables100, 108.0), 182.0)
    y = _position(sentences100)
    return 1 + sum(x > x1 + (y - y1) * (x2 - x1) / (y2 - y1) for (x1, y1), (x2, y2) in _LINES)


@dataclass(frozen=True)
class Figures:
    """The plain-language figures of one page."""

    words: int
    sentences: int
    syllables: int
    long_words: int
    over_20: int
    over_25: int

    @property
    def words_per_sentence(self) -> float:
        """Mean words per sentence."""
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def share_over_20(self) -> float:
        """Share of sentences over 20 words (0 to 1)."""
        return self.over_20 / self.sentences if self.sentences else 0.0

    @property
    def share_over_25(self) -> float:
        """Share of sentences over 25 words (0 to 1)."""
        return self.over_25 / self.sentences if self.sentences else 0.0

    @property
    def syllables_per_word(self) -> float:
        """Mean syllables per word."""
        return self.syllables / self.words if self.words else 0.0

    @property
    def share_long_words(self) -> float:
        """Share of words of four syllables or more (0 to 1)."""
        return self.long_words / self.words if self.words else 0.0

    @property
    def fry_syllables(self) -> float:
        """Syllables per 100 words, times the Indonesian factor: the graph's x."""
        return 100 * self.syllables_per_word * INDONESIAN_SYLLABLE_FACTOR

    @property
    def fry_sentences(self) -> float:
        """Sentences per 100 words: the graph's y."""
        return 100 * self.sentences / self.words if self.words else 0.0

    @functools.cached_property
    def grade(self) -> int:
        """The estimated Fry grade (1 to 17); 0 for a page without running text."""
        return fry_grade(self.fry_syllables, self.fry_sentences) if self.words else 0


def figures(found: list[Sentence]) -> Figures:
    """The figures of a page's sentences (see :func:`swadaya.source.prose.sentences`)."""
    lengths = [len(s.words) for s in found]
    # one pass over every word, in C (map, sum): a page has thousands of words
    counts = list(map(_KNOWN.__getitem__, itertools.chain.from_iterable(s.words for s in found)))
    return Figures(len(counts), len(found), sum(counts),
                   sum(map(LONG_WORD_SYLLABLES.__le__, counts)),
                   sum(map(LONG_SENTENCE.__lt__, lengths)),
                   sum(map(VERY_LONG_SENTENCE.__lt__, lengths)))


def page_figures(body: str) -> Figures:
    """The figures of a page body."""
    return figures(sentences(body))


@dataclass(frozen=True)
class Target:
    """The reading grade a module should not pass, and the audience that sets it."""

    grade: int
    audience: str
    index: int  # where the audience is in the module's ``audience`` list


def target(module: ModuleMeta, taxonomy: Taxonomy) -> Target | None:
    """The strictest target grade among the module's audiences (``grade`` in the taxonomy's
    audiences), or None when none of them has one."""
    terms = taxonomy.terms("audiences")
    found = [Target(g, key, i) for i, key in enumerate(module.audience)
             if key in terms and (g := terms[key].grade) is not None]
    return min(found, key=lambda t: (t.grade, t.index)) if found else None
