"""Words and separators shared by the search index, the query and the glossary phrases."""

from __future__ import annotations

import re

#: Where the search splits text into words (Material's ``search.separator``): white space,
#: hyphens and dashes, punctuation, slashes (AD/ART → ad, art), the middle dot of our cards,
#: and full stops that are not decimal points (Rp 1.250.000 stays one token).
SEPARATOR = r"[\s\-–—·,:;!?=\[\]()\"“”'‘’/]+|\.(?!\d)"

#: What a word is made of (a regular-expression class, the same in Python and JavaScript):
#: digits, a–z and the Latin letters with accents. Anything else at a word's edges is trimmed.
LETTERS = r"0-9a-z\u00c0-\u024f"

_EDGE = re.compile(f"^[^{LETTERS}]+|[^{LETTERS}]+$")

#: Function words left out of the index and ignored in a query with other words. Only words
#: nobody searches for on their own: "cara", "bisa" in a title, numbers and negations stay.
_STOPWORD_TEXT = """
    yang dan di ke dari untuk dengan ini itu pada dalam adalah ialah atau akan juga oleh
    sebagai karena agar supaya bila jika kalau apabila saat ketika para tersebut sudah telah
    bahwa yaitu yakni namun tetapi tapi lalu kemudian maka serta hingga sehingga
    se nya pun lah kah apa siapa bagaimana mengapa kapan dimana
    saya kami kita anda kamu mereka dia ia beliau
    sangat hanya masih belum antara tentang bagi kepada secara
"""
STOPWORDS: frozenset[str] = frozenset(_STOPWORD_TEXT.split())


def tokenize(text: str) -> list[str]:
    """Lower-case words of a text, split and trimmed as the search index splits them."""
    words = (_EDGE.sub("", part) for part in re.split(SEPARATOR, text.lower()))
    return [word for word in words if word]
