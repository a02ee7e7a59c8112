"""Which Indonesian stemmer for search: Snowball alone, ours (Snowball + readings), Sastrawi.

Measured on our content and on hand-made word families drawn from it:
- families: does each derived word meet its root (share a stem)? Search needs exactly that.
- apart: pairs of different words that must not meet (a false match puts a wrong page up).
- vocabulary: distinct stems over every word of content/.
- speed (µs per word, Python) and what the browser would have to download to run it.

Run: ``.venv/bin/python bench/bench_stemmers.py`` (needs the dev extra: PySastrawi,
snowballstemmer).
"""

from __future__ import annotations

import gzip
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import snowballstemmer  # noqa: E402
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory  # noqa: E402

from swadaya.outputs.search import stemmer as ours  # noqa: E402

FAMILIES = """
tabung: menabung tabungan ditabung penabung tabungannya
tulis: menulis tulisan ditulis penulis menuliskan
kirim: mengirim kiriman dikirim pengirim pengiriman
pilih: memilih pilihan dipilih pemilihan
simpan: menyimpan simpanan disimpan penyimpanan
tanam: menanam tanaman ditanam penanaman
olah: mengolah olahan pengolahan diolah
pinjam: meminjam pinjaman dipinjam peminjam
pompa: memompa dipompa pemompaan
saring: menyaring saringan penyaringan disaring
kering: mengeringkan pengering pengeringan dikeringkan
rawat: merawat perawatan dirawat
pelihara: memelihara pemeliharaan dipelihara
damping: mendampingi pendampingan pendamping didampingi
kelola: mengelola pengelolaan dikelola pengelola
urus: mengurus pengurus kepengurusan pengurusan
organisasi: pengorganisasian berorganisasi mengorganisasi
sadar: penyadaran kesadaran menyadari
daya: pemberdayaan berdaya memberdayakan
kelompok: kelompoknya berkelompok pengelompokan
musyawarah: bermusyawarah permusyawaratan
catat: mencatat catatan pencatatan dicatat
hitung: menghitung hitungan perhitungan dihitung
nilai: menilai penilaian dinilai
kaji: mengkaji kajian pengkajian
latih: melatih pelatihan pelatih dilatih
ajar: belajar pelajaran mempelajari pengajar
kerja: bekerja pekerjaan dikerjakan
terima: menerima penerima penerimaan diterima
pasar: memasarkan pemasaran dipasarkan
masak: memasak masakan dimasak
peringkat: pemeringkatan
bayar: membayar pembayaran dibayar
pupuk: memupuk pemupukan
kompos: pengomposan dikomposkan
serah: menyerahkan penyerahan diserahkan
putus: memutuskan keputusan diputuskan
sepakat: menyepakati kesepakatan disepakati
rencana: merencanakan perencanaan direncanakan
"""

APART = """
pasar pasak
makan pakan
tanam tanah
kader kadar
sapu sapi
tani tanya
kelola lola
tabung abung
tulis ulis
kirim irim
"""


def families() -> list[tuple[str, list[str]]]:
    out = []
    for line in FAMILIES.strip().splitlines():
        root, words = line.split(":")
        out.append((root.strip(), words.split()))
    return out


def main() -> int:
    snowball = snowballstemmer.stemmer("indonesian")
    sastrawi = StemmerFactory().create_stemmer()
    stemmers: dict[str, Callable[[str], set[str]]] = {
        "Snowball": lambda w: {snowball.stemWord(w)},
        "ours (Snowball + readings)": lambda w: set(ours.stems(w)),
        "Sastrawi (dictionary)": lambda w: {sastrawi.stem(w)},
    }
    vocabulary = sorted({w for p in (ROOT / "content").rglob("*.md")
                         for w in re.findall(r"[a-z]+", p.read_text("utf-8").lower())})
    pairs = [(root, word) for root, words in families() for word in words]
    apart = [tuple(line.split()) for line in APART.strip().splitlines()]
    print(f"Stemmers on our content: {len(pairs)} root/derived pairs in {len(families())} "
          f"families, {len(apart)} pairs that must stay apart, {len(vocabulary)} words")
    for name, stem in stemmers.items():
        met = sum(1 for root, word in pairs if stem(root) & stem(word))
        merged = sum(1 for a, b in apart if stem(a) & stem(b))
        misses = [f"{word}→{'/'.join(sorted(stem(word)))}" for root, word in pairs
                  if not stem(root) & stem(word)]
        started = time.perf_counter()
        stems = set()
        for word in vocabulary:
            stems |= stem(word)
        speed = (time.perf_counter() - started) / len(vocabulary) * 1e6
        print(f"  {name}")
        print(f"    derived word meets its root: {met}/{len(pairs)} ({met / len(pairs):.0%})")
        print(f"    different words that meet:   {merged}/{len(apart)}")
        print(f"    distinct stems over content: {len(stems)}; {speed:.0f} µs per word")
        print(f"    misses: {', '.join(misses[:12])}{' …' if len(misses) > 12 else ''}")
    script = (ROOT / "tools/swadaya/search/js/stemmer.js").read_bytes()
    import Sastrawi
    dictionary = (Path(Sastrawi.__file__).parent / "Stemmer/data/kata-dasar.txt").read_bytes()
    print("  To run in the browser (index and query must use the same stemmer):")
    print(f"    ours: js/stemmer.js {len(script) / 1024:.0f} KB "
          f"({len(gzip.compress(script)) / 1024:.0f} KB gzip), no dictionary")
    print(f"    Sastrawi: its root-word dictionary alone {len(dictionary) / 1024:.0f} KB "
          f"({len(gzip.compress(dictionary)) / 1024:.0f} KB gzip), plus a JavaScript port")
    return 0


if __name__ == "__main__":
    sys.exit(main())
