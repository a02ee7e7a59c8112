"""Diagnostics as data: every problem the checker finds, printed like a compiler.

A diagnostic carries a code from :data:`CODES`. The registry holds, for every code, its
title and fix (the author guide's table) and the messages the checks print, each in
Indonesian and English with ``{named}`` fields: a call site names a message and passes its
fields (``make(path, 7, 3, "W004", "day_over", day=1, ...)``), and the words are chosen
when the diagnostic is printed, in the reader's language (``--lang``, ``SWADAYA_LANG``,
Indonesian by default). Codes, levels and ``path:line:col`` are the same in both.

Why this file is long: it is the one place where every text an author reads from the
checker is written, in both languages side by side, so that a translator, the author
guide and the tests all read the same registry.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import string
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Literal

#: The languages of messages; Indonesian is the authors' language and the default.
Lang = Literal["id", "en"]
LANGUAGES: tuple[Lang, ...] = ("id", "en")
LANG_ENV = "SWADAYA_LANG"


def language(choice: str | None = None) -> Lang:
    """The language of messages: ``choice`` (``--lang``), else ``$SWADAYA_LANG``, else
    Indonesian. ``en_US.UTF-8``-style values count by their first part."""
    for value in (choice, os.environ.get(LANG_ENV)):
        if value:
            first = value.strip().lower().replace("-", "_").split("_")[0].split(".")[0]
            if first == "en":
                return "en"
            if first == "id":
                return "id"
    return "id"


class Level(StrEnum):
    """How bad a problem is: errors fail the check, warnings only under ``--strict``.

    The words ``error`` and ``warning`` stay English in both languages: editors and CI
    problem matchers look for them.
    """

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Text:
    """A text for authors in Indonesian and English; ``{name}`` marks a field the call site
    fills, ``{{`` and ``}}`` a literal brace. Both languages must use the same fields."""

    id: str
    en: str

    def __post_init__(self) -> None:
        if fields_of(self.id) != fields_of(self.en):
            raise ValueError(f"fields differ between {self.id!r} and {self.en!r}")

    @property
    def fields(self) -> frozenset[str]:
        """The names of the fields the text needs."""
        return fields_of(self.en)

    def get(self, lang: Lang) -> str:
        """The template in one language."""
        return self.id if lang == "id" else self.en

    def plain(self, lang: Lang) -> str:
        """A text without fields, as a reader sees it (``{{`` becomes ``{``)."""
        return Phrase(self).render(lang)


@functools.cache  # asked at every diagnostic made (thousands in a check), of a few texts
def fields_of(template: str) -> frozenset[str]:
    """The field names of a ``str.format`` template."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


@dataclass(frozen=True)
class Number:
    """A measured figure in a message, written as each language writes decimals
    (12,5 in Indonesian, 12.5 in English)."""

    value: float
    places: int = 1

    def render(self, lang: Lang) -> str:
        """The figure with ``places`` decimals."""
        text = f"{self.value:.{self.places}f}"
        return text.replace(".", ",") if lang == "id" else text


@dataclass(frozen=True)
class Phrase:
    """A text with its fields filled in, rendered in a language only when it is read.

    A field's value is words that need no translation (ids, whole numbers, paths), a
    phrase, or a :class:`Number`.
    """

    text: Text
    values: tuple[tuple[str, object], ...] = ()

    def render(self, lang: Lang) -> str:
        """The words in ``lang``; a field that is itself a phrase is rendered in ``lang`` too."""
        values = {k: v.render(lang) if isinstance(v, Phrase | Number) else v
                  for k, v in self.values}
        return self.text.get(lang).format_map(values)

    def __lt__(self, other: Phrase) -> bool:  # diagnostics sort by their words last
        return self.render("en") < other.render("en")


def _phrase(text: Text, given: dict[str, object], where: str) -> Phrase:
    missing = text.fields - set(given)
    if missing:
        raise KeyError(f"{where}: missing fields {sorted(missing)} for {text.en!r}")
    return Phrase(text, tuple(sorted((k, v) for k, v in given.items() if k in text.fields)))


@dataclass(frozen=True)
class Code:
    """A documented diagnostic code: its default level, what it means, how to fix it, and
    the messages the checks print for it (``""`` is its one message, if it has one)."""

    code: str
    level: Level
    title: Text
    fix: Text
    messages: dict[str, Text] = field(default_factory=dict, compare=False)

    def say(self, key: str = "", /, **values: object) -> Phrase:
        """Message ``key`` of this code with its fields filled in."""
        if key not in self.messages:
            raise KeyError(f"{self.code} has no message {key!r}")
        return _phrase(self.messages[key], values, self.code)


def _code(code: str, level: Level, title: Text, fix: Text, message: Text | None = None, /,
          **variants: Text) -> Code:
    messages = dict(variants)
    if message is not None:
        messages[""] = message
    return Code(code, level, title, fix, messages)


T, E, W = Text, Level.ERROR, Level.WARNING

#: Every diagnostic code the checker can emit. The author guide is generated from this.
CODES: dict[str, Code] = {c.code: c for c in (
    # F: the file itself
    _code("F001", E, T("Berkas bukan UTF-8", "File is not valid UTF-8"),
          T("Simpan berkas sebagai UTF-8 di editor Anda (di VS Code: 'Save with Encoding' → "
            "UTF-8).",
            "Save the file as UTF-8 in your editor (in VS Code: 'Save with Encoding' → UTF-8)."),
          T("bita 0x{byte} bukan UTF-8", "byte 0x{byte} is not valid UTF-8")),
    _code("F002", W, T("Berkas diawali tanda BOM", "File starts with a byte-order mark (BOM)"),
          T("Simpan berkas sebagai UTF-8 tanpa BOM; sebagian alat menampilkan tanda itu sebagai "
            "huruf aneh.",
            "Save the file as UTF-8 without BOM; some tools show the mark as stray characters."),
          T("berkas diawali tanda BOM UTF-8", "file starts with a UTF-8 byte-order mark")),
    _code("F003", E, T("Berkas kosong", "File is empty"),
          T("Tulis front matter dan isinya, atau hapus berkas ini.",
            "Write the front matter and body, or delete the file."),
          T("berkas ini kosong", "file is empty")),
    _code("F004", E, T("Berkas terlalu besar", "File is too large"),
          T("Pecah isinya menjadi beberapa modul; satu berkas modul sebaiknya di bawah 1 MB.",
            "Split the content into several modules; a module file should stay under 1 MB."),
          T("berkas ini {size} bita; batasnya {limit} bita",
            "file is {size} bytes; the limit is {limit}")),
    _code("F005", E, T("Jalur keluar dari folder isi", "Path leaves the content folder"),
          T("Simpan setiap berkas (dan tujuan symlink) di dalam content/; salin berkasnya ke sana.",
            "Keep every file (and symlink target) inside content/; copy the file in instead."),
          file=T("symlink menunjuk ke luar folder isi ({target})",
                 "symlink points outside the content folder ({target})"),
          folder=T("folder symlink menunjuk ke luar folder isi",
                   "symlinked folder points outside the content folder")),
    _code("F006", E, T("Berkas tidak bisa dibaca", "File cannot be read"),
          T("Periksa izin baca berkas ini.", "Check the file's permissions."),
          T("berkas tidak bisa dibaca: {reason}", "cannot read file: {reason}")),
    # Y: YAML and front matter
    _code("Y001", E, T("Front matter tidak ada", "Front matter missing"),
          T("Awali modul dengan baris '---', lalu kolom-kolom YAML, lalu baris '---' penutup.",
            "Start the module with a line '---', the YAML fields, and a closing '---'."),
          T("modul ini tidak punya front matter", "module has no front matter")),
    _code("Y002", E, T("Front matter tidak ditutup", "Front matter not closed"),
          T("Tambahkan baris berisi '---' saja setelah kolom front matter yang terakhir.",
            "Add a line with only '---' after the last front-matter field."),
          T("front matter dibuka dengan '---' tetapi tidak pernah ditutup",
            "front matter starts with '---' but is never closed")),
    _code("Y003", E, T("Kesalahan tulis YAML", "YAML syntax error"),
          T("Perbaiki YAML di baris yang ditunjuk: menjorok dengan spasi, dan beri tanda kutip "
            "pada teks yang memuat ': '.",
            "Fix the YAML at the line shown: indent with spaces, quote text containing ': '."),
          T("YAML salah tulis: {problem}", "YAML syntax error: {problem}"),
          unclosed_list=T("YAML salah tulis: '[' tidak pernah ditutup ({problem} di baris {line})",
                          "YAML syntax error: '[' is never closed ({problem} on line {line})"),
          unclosed_mapping=T("YAML salah tulis: '{{' tidak pernah ditutup ({problem} di baris "
                             "{line})",
                             "YAML syntax error: '{{' is never closed ({problem} on line "
                             "{line})"),
          unclosed_quote=T("YAML salah tulis: tanda kutip tidak pernah ditutup ({problem} di "
                           "baris {line})",
                           "YAML syntax error: a quote is never closed ({problem} on line "
                           "{line})"),
          control=T("karakter kendali U+{char} tidak boleh ada di YAML",
                    "control character U+{char} is not allowed in YAML"),
          key=T("kunci harus berupa teks biasa, bukan daftar atau pasangan",
                "a key must be plain text, not a list or mapping"),
          value=T("nilai '{value}' tidak bisa dibaca: {reason}",
                  "value '{value}' cannot be read: {reason}")),
    _code("Y004", E, T("Front matter bukan baris 'kolom: nilai'", "Front matter is not a mapping"),
          T("Tulis front matter sebagai baris 'kolom: nilai', bukan daftar atau teks biasa.",
            "Write the front matter as 'field: value' lines, not as a list or plain text."),
          T("front matter harus berupa baris 'kolom: nilai', bukan {got}",
            "front matter must be 'field: value' lines, got {got}")),
    _code("Y005", E, T("Kunci ganda di YAML", "Duplicate key in YAML"),
          T("Simpan salah satu dari dua isian itu dan hapus yang lain.",
            "Keep one of the two entries and delete the other."),
          T("kunci '{key}' ditulis dua kali (pertama di baris {first})",
            "duplicate key '{key}' (first written on line {first})")),
    _code("Y006", E, T("Anchor, alias dan tag YAML tidak boleh dipakai",
                       "YAML anchors, aliases and tags are not allowed"),
          T("Tulis nilainya lengkap; '&nama', '*nama' dan '!tag' tidak diterima.",
            "Write the values out in full; '&name', '*name' and '!tag' are not accepted."),
          alias=T("anchor dan alias YAML ('&nama', '*nama') tidak boleh dipakai",
                  "YAML anchors and aliases ('&name', '*name') are not allowed"),
          tag=T("tag YAML '{tag}' tidak boleh dipakai", "YAML tag '{tag}' is not allowed")),
    _code("Y007", E, T("Karakter tab di YAML", "Tab character in YAML"),
          T("Menjoroklah dengan spasi saja, jangan dengan tab.",
            "Indent YAML with spaces only, never tabs."),
          T("ada karakter tab di YAML", "tab character in YAML"),
          indent=T("karakter tab dipakai untuk menjorok", "tab character used for indentation")),
    # S: schema of a module
    _code("S001", E, T("Kolom wajib tidak ada", "Required field missing"),
          T("Tambahkan kolom itu ke front matter; artinya ada di panduan penulis.",
            "Add the field to the front matter; see the author guide for its meaning."),
          T("kolom wajib '{name}' tidak ada", "required field '{name}' is missing"),
          session=T("modul 'sesi' perlu '{name}'", "a 'sesi' module needs '{name}'"),
          session_hint=T("Sesi pelatihan perlu agenda berwaktu dan kompetensi yang bisa diamati "
                         "warga.",
                         "A training session needs a timed agenda and the competencies a "
                         "community can observe.")),
    _code("S002", E, T("Isi kolom salah jenis", "Field has the wrong type"),
          T("Beri nilai dengan jenis yang disebut panduan penulis (teks, bilangan bulat, daftar, "
            "tanggal).",
            "Give the value the type the author guide names (text, whole number, list, date)."),
          T("'{name}' harus berupa {expected}, bukan {got}",
            "'{name}' must be {expected}, got {got}"),
          other=T("'{name}': {detail}", "'{name}': {detail}")),
    _code("S003", E, T("Istilah tidak ada di kosakata", "Unknown vocabulary term"),
          T("Pakai salah satu id di content/taxonomy.yml (lihat saran 'maksud Anda').",
            "Use one of the ids listed in content/taxonomy.yml (see the did-you-mean)."),
          T("{name} '{value}' bukan {kind} yang dikenal{guess}",
            "{name} '{value}' is not a known {kind}{guess}"),
          nested=T("{name} '{value}' di {parent} bukan {kind} yang dikenal{guess}",
                   "{parent} {name} '{value}' is not a known {kind}{guess}"),
          known=T("id yang dikenal di kosakata '{vocabulary}': {known} (content/taxonomy.yml)",
                  "known {vocabulary}: {known} (content/taxonomy.yml)")),
    _code("S004", W, T("Kolom front matter tidak dikenal", "Unknown front-matter field"),
          T("Hapus kolom itu atau perbaiki ejaannya (lihat saran 'maksud Anda').",
            "Remove the field or fix its spelling (see the did-you-mean)."),
          T("kolom '{key}' tidak dikenal{guess}", "unknown field '{key}'{guess}"),
          nested=T("kolom '{key}' di {parent} tidak dikenal{guess}",
                   "unknown {parent} field '{key}'{guess}")),
    _code("S005", E, T("Id modul tidak sah", "Invalid module id"),
          T("Tulis id sebagai awalan area, tanda hubung, lalu dua atau tiga angka, misalnya "
            "ORG-02.",
            "Write the id as the area prefix, a dash and two or three digits, e.g. ORG-02."),
          T("id '{value}' tidak berbentuk AREA-NN (misalnya ORG-02)",
            "id '{value}' is not of the form AREA-NN (e.g. ORG-02)")),
    _code("S006", E, T("Id modul dipakai dua kali", "Duplicate module id"),
          T("Beri salah satu modul nomor berikutnya yang masih kosong di areanya.",
            "Give one of the modules the next free id of its area."),
          T("id {id} sudah dipakai oleh {other}", "id {id} is already used by {other}")),
    _code("S007", E, T("Nilai di luar batas", "Value out of range"),
          T("Pakai jumlah menit yang positif dan teks yang tidak kosong; lihat panduan penulis.",
            "Use a positive number of minutes and a non-empty text; see the author guide."),
          empty=T("'{name}' tidak boleh kosong", "'{name}' must not be empty"),
          above=T("'{name}' harus lebih dari {bound}, bukan {got}",
                  "'{name}' must be greater than {bound}, got {got}"),
          at_most=T("'{name}' paling banyak {bound}, bukan {got}",
                    "'{name}' must be at most {bound}, got {got}")),
    _code("S008", W, T("Ringkasan terlalu panjang", "Summary is too long"),
          T("Tulis ringkasan dalam satu atau dua kalimat (paling banyak 300 huruf).",
            "Keep the summary to one or two sentences (at most 300 characters)."),
          T("ringkasan ini {length} huruf (paling banyak {limit})",
            "summary has {length} characters (at most {limit})")),
    _code("S009", E, T("Daftar kosong", "Empty list"),
          T("Isi paling sedikit satu; daftar kosong tidak memberi tahu pembaca apa pun.",
            "Give at least one entry; an empty list tells a reader nothing."),
          T("'{name}' perlu paling sedikit satu isian", "'{name}' needs at least one entry")),
    _code("S010", W, T("Tanggal tinjauan di masa depan", "Review date in the future"),
          T("Tulis tanggal modul ini terakhir ditinjau.",
            "Write the date the module was last reviewed."),
          T("tanggal tinjauan {date} masih di masa depan",
            "reviewed date {date} is in the future")),
    # R: relations between modules
    _code("R001", E, T("Prasyarat tidak ada", "Prerequisite does not exist"),
          T("Pakai id modul yang ada, atau buat modul itu lebih dulu.",
            "Use the id of an existing module, or create that module first."),
          T("prasyarat '{id}' bukan id modul mana pun{guess}",
            "prerequisite '{id}' is not the id of any module{guess}")),
    _code("R002", E, T("Prasyarat berputar", "Prerequisite cycle"),
          T("Hapus satu prasyarat supaya rantainya punya awal.",
            "Remove one prerequisite so the chain has a start."),
          T("prasyarat berputar: {cycle} (masing-masing memerlukan yang berikutnya)",
            "prerequisite cycle: {cycle} (each needs the next)")),
    _code("R003", E, T("Modul menjadi prasyarat dirinya sendiri",
                       "Module lists itself as prerequisite"),
          T("Hapus id modul itu sendiri dari prerequisites.",
            "Remove its own id from prerequisites."),
          T("modul {id} mencantumkan dirinya sendiri sebagai prasyarat",
            "module {id} lists itself as a prerequisite")),
    _code("R004", E, T("Jumlah menit agenda tidak sama dengan durasi",
                       "Agenda does not add up to the duration"),
          T("Samakan jumlah menit agenda dengan 'duration', atau perbaiki 'duration'.",
            "Make the agenda minutes add up to 'duration', or correct 'duration'."),
          T("jumlah menit agenda {total}, tetapi duration {duration} ({sum} = {total})",
            "agenda minutes add up to {total}, but duration is {duration} ({sum} = {total})")),
    _code("R005", W, T("Awalan id tidak cocok dengan area", "Id prefix does not match the area"),
          T("Pakai awalan area itu (content/taxonomy.yml) atau pindahkan modul ke area yang "
            "benar.",
            "Use the area's prefix (content/taxonomy.yml) or move the module to the right area."),
          T("id '{id}' berawalan {prefix}, tetapi area '{area}' memakai {expected}",
            "id '{id}' has prefix {prefix}, but area '{area}' uses {expected}")),
    # L: links, images, HTML in the body
    _code("L001", E, T("Tautan rusak", "Broken link"),
          T("Arahkan tautan ke halaman yang ada (jalur relatif dari berkas ini).",
            "Point the link at an existing page (path relative to this file)."),
          absolute=T("tautan mutlak '{url}': tulis jalurnya relatif dari halaman ini",
                     "absolute link '{url}': write the path relative to this page"),
          missing=T("tujuan tautan '{target}' tidak ada (dicari: {resolved} di folder isi)",
                    "link target '{target}' does not exist (looked for {resolved} in the "
                    "content folder)")),
    _code("L002", E, T("Jangkar rusak", "Broken anchor"),
          T("Pakai jangkar judul bagian yang ada: huruf kecil, spasi menjadi '-', tanda baca "
            "dibuang.",
            "Use the anchor of an existing heading: lowercase, spaces as '-', punctuation "
            "dropped."),
          here=T("tidak ada judul bagian berjangkar '#{anchor}' di halaman ini",
                 "no heading with anchor '#{anchor}' on this page"),
          there=T("'{target}' tidak punya judul bagian berjangkar '#{anchor}'",
                  "'{target}' has no heading with anchor '#{anchor}'")),
    _code("L003", E, T("Gambar tidak ada", "Image not found"),
          T("Simpan gambar di dalam content/ dan perbaiki jalurnya.",
            "Put the image inside content/ and fix its path."),
          T("gambar '{target}' tidak ada (dicari: {resolved} di folder isi)",
            "image '{target}' does not exist (looked for {resolved} in the content folder)")),
    _code("L004", W, T("Gambar tanpa teks pengganti", "Image without alt text"),
          T("Jelaskan gambarnya di antara kurung siku: ![Peta desa hasil diskusi](peta.png).",
            "Describe the image in the brackets: ![Peta desa hasil diskusi](peta.png)."),
          T("gambar '{url}' tidak punya teks pengganti", "image '{url}' has no alt text")),
    _code("L005", E, T("Tautan keluar dari folder isi", "Link leaves the content folder"),
          T("Tautkan hanya ke halaman dan berkas di dalam content/.",
            "Link only to pages and files inside content/."),
          outside=T("'{url}' menunjuk ke luar folder isi",
                    "'{url}' points outside the content folder"),
          scheme=T("tautan ke '{url}' memakai skema yang tidak bisa diikuti situs",
                   "link to '{url}' uses a scheme the site cannot follow")),
    _code("L006", E, T("Kode modul di teks tidak menunjuk modul mana pun",
                       "Module id in the text names no module"),
          T("Perbaiki kode itu (lihat saran 'maksud Anda') atau hapus; setiap kode modul yang "
            "dilihat pembaca harus membawanya ke sebuah modul.",
            "Correct the id (see the did-you-mean) or remove it; every module id a reader sees "
            "must lead to a module."),
          T("'{id}' bukan id modul mana pun{guess}", "'{id}' is not the id of any module{guess}")),
    _code("L007", W, T("Modul disebut tanpa tautan", "Module mentioned without a link"),
          T("Jadikan kode itu tautan ke modulnya: "
            "[ORG-05](../pengorganisasian/org-05-diagram-venn.md).",
            "Make the id a link to the module: "
            "[ORG-05](../pengorganisasian/org-05-diagram-venn.md)."),
          T("{id} disebut tanpa tautan", "{id} is mentioned without a link to it"),
          link=T("tulis sebagai tautan: [{id}]({target})", "write it as a link: [{id}]({target})")),
    _code("L008", E, T("Teks tautan menyebut modul lain daripada tujuannya",
                       "Link text names one module, the link goes to another"),
          T("Arahkan tautan ke modul yang disebut teksnya, atau ubah teksnya.",
            "Point the link at the module its text names, or change the text."),
          T("teks tautan menyebut {id}, tetapi tautannya menuju {target}",
            "the link text says {id} but the link goes to {target}")),
    _code("H001", E, T("HTML tidak aman", "Unsafe HTML"),
          T("Hapus <script>, <iframe>, <object>, <embed> dan atribut on…=.",
            "Remove <script>, <iframe>, <object>, <embed> and on…= handlers."),
          tag=T("HTML <{tag}> tidak boleh ada di isi",
                "raw HTML <{tag}> is not allowed in content"),
          handler=T("atribut '{attribute}=' tidak boleh ada di isi",
                    "event handler attribute '{attribute}=' is not allowed in content")),
    _code("H002", E, T("Tautan javascript:", "javascript: URL"),
          T("Tautkan ke halaman atau alamat web, jangan ke 'javascript:'.",
            "Link to a page or a web address, never to 'javascript:'."),
          T("tautan ke alamat 'javascript:'", "link to a 'javascript:' URL")),
    # T: data files (taxonomy) and markers
    _code("T001", E, T("Berkas taksonomi tidak sah", "Taxonomy file is invalid"),
          T("Perbaiki content/taxonomy.yml: setiap kosakata memetakan id ke "
            "{{id: label, en: label}}.",
            "Fix content/taxonomy.yml: each vocabulary maps ids to {{id: label, en: label}}."),
          shape=T("taksonomi harus berupa kumpulan kosakata", "the taxonomy must be a mapping "
                  "of vocabularies"),
          missing=T("kosakata '{name}' tidak ada atau kosong",
                    "vocabulary '{name}' is missing or empty"),
          labels=T("istilah '{term}' perlu label Indonesia 'id' dan label Inggris 'en'",
                   "term '{term}' needs an Indonesian label 'id' and an English label 'en'"),
          extra=T("istilah '{term}' punya isian yang tidak dikenal: {keys} (koma di label tanpa "
                  "tanda kutip memecah label itu: beri tanda kutip)",
                  "term '{term}' has unknown entries: {keys} (a comma in an unquoted label "
                  "splits it: quote the label)"),
          prefix=T("area '{key}' perlu 'prefix' dari huruf kapital, misalnya ORG",
                   "area '{key}' needs a 'prefix' of capital letters, e.g. ORG"),
          grade=T("'grade' peserta '{key}' harus bilangan bulat 1 sampai 17, bukan {got}",
                  "audience '{key}': 'grade' must be a whole number from 1 to 17, got {got}"),
          unknown=T("kosakata '{name}' tidak dikenal", "unknown vocabulary '{name}'")),
    _code("T002", E, T("Penanda swadaya salah tulis", "Invalid swadaya marker"),
          T("Tulis '<!-- swadaya:modules KUNCI=NILAI -->' (KUNCI salah satu dari area, stage, "
            "component, approach, audience, level, type; NILAI sebuah id dari taksonomi); "
            "'<!-- swadaya:indicators [ID...] [view=table|links] -->'; "
            "'<!-- swadaya:instrument NAMA [view=full|signs|candidates|tally] -->'; atau "
            "'<!-- swadaya:abaikan KODE alasan -->' untuk mendiamkan satu peringatan.",
            "Write '<!-- swadaya:modules KEY=VALUE -->' with KEY one of area, stage, component, "
            "approach, audience, level, type and VALUE an id from the taxonomy; "
            "'<!-- swadaya:indicators [ID...] [view=table|links] -->'; "
            "'<!-- swadaya:instrument NAME [view=full|signs|candidates|tally] -->'; or "
            "'<!-- swadaya:abaikan CODE reason -->' to silence a warning."),
          name=T("penanda 'swadaya:{name}' tidak dikenal (yang ada: {known})",
                 "unknown marker 'swadaya:{name}' (the markers are {known})"),
          pairs=T("argumen penanda '{args}' bukan pasangan KUNCI=NILAI",
                  "marker arguments '{args}' are not KEY=VALUE pairs"),
          key=T("kunci penanda '{key}' tidak dikenal (pakai salah satu dari {keys})",
                "unknown marker key '{key}' (use one of {keys})"),
          value=T("'{value}' bukan {kind} yang dikenal{guess}",
                  "'{value}' is not a known {kind}{guess}"),
          args=T("argumen penanda '{args}' bukan nama atau pilihan KUNCI=NILAI",
                 "marker arguments '{args}' are not names and KEY=VALUE options"),
          option=T("pilihan '{option}' tidak dikenal (pilihan yang ada hanya 'view')",
                   "unknown option '{option}' (the only option is 'view')"),
          view=T("view '{view}' tidak dikenal (pakai salah satu dari {views})",
                 "view '{view}' is not one of {views}"),
          ignore_code=T("'swadaya:{name}' perlu kode peringatan (misalnya K001), lalu alasannya",
                        "'swadaya:{name}' needs a warning code (e.g. K001), then the reason"),
          ignore_unknown=T("'{code}' bukan kode pemeriksa yang dikenal",
                           "'{code}' is not a known diagnostic code"),
          ignore_error=T("{code} adalah kesalahan (error), bukan peringatan: kesalahan harus "
                         "diperbaiki, tidak bisa didiamkan",
                         "{code} is an error, not a warning: errors must be fixed, they cannot "
                         "be silenced"),
          ignore_reason=T("tulis alasannya setelah kode: mengapa {code} didiamkan di sini",
                          "write the reason after the code: why {code} is silenced here")),
    # I, N: group health indicators, assessment instruments
    _code("I001", E, T("Berkas indikator tidak sah", "Invalid indicator file"),
          T("content/pemantauan/indikator.yml: title, modules (baseline, monthly, review) dan "
            "indicators; setiap indikator berisi name, question, count, records, recorder, "
            "frequency, direction (naik, turun, tetap), target, lights (hijau, kuning, merah), "
            "reviewed_at (daftar tahap) dan columns (label, kind, dan formula untuk persen).",
            "content/pemantauan/indikator.yml: title, modules (baseline, monthly, review) and "
            "indicators, each with name, question, count, records, recorder, frequency, "
            "direction (naik, turun, tetap), target, lights (hijau, kuning, merah), reviewed_at "
            "(stages) and columns (label, kind, formula for a percent)."),
          shape=T("berkas indikator perlu 'title' dan 'indicators' (id: kolom-kolomnya)",
                  "the indicator file needs 'title' and 'indicators' (id: its fields)"),
          unknown=T("kunci '{key}' tidak dikenal", "unknown key '{key}'"),
          modules=T("'modules' harus memasangkan {roles} dengan id modul",
                    "'modules' must map {roles} to module ids"),
          role=T("peran '{role}' tidak dikenal (pakai {roles})",
                 "unknown role '{role}' (use {roles})"),
          module=T("modul '{id}' tidak ada{guess}", "module '{id}' does not exist{guess}"),
          indicator=T("indikator '{key}' harus berisi baris-baris 'kolom: nilai'",
                      "indicator '{key}' must be a mapping of its fields"),
          field=T("kolom '{name}' di '{key}' tidak dikenal{guess}",
                  "unknown field '{name}' in '{key}'{guess}"),
          text=T("'{key}' perlu '{name}' (teks)", "'{key}' needs '{name}' (text)"),
          direction=T("'direction' dari '{key}' harus salah satu dari {choices}",
                      "'direction' of '{key}' must be one of {choices}"),
          lights=T("'lights' dari '{key}' harus memberi teks untuk {lights}",
                   "'lights' of '{key}' must give text for {lights}"),
          reviewed_at=T("'{key}' perlu 'reviewed_at': daftar tahap",
                        "'{key}' needs 'reviewed_at': a list of stages"),
          stage=T("'{stage}' bukan tahap yang dikenal{guess}",
                  "'{stage}' is not a known stage{guess}"),
          notes=T("'notes' dari '{key}' harus berupa daftar teks",
                  "'notes' of '{key}' must be a list of text"),
          columns=T("'{key}' perlu 'columns': kolom-kolom formulir",
                    "'{key}' needs 'columns': the columns of the forms"),
          column=T("kolom ke-{n} dari '{key}' perlu 'label' dan 'kind' ({kinds}){guess}",
                   "column {n} of '{key}' needs 'label' and 'kind' ({kinds}){guess}"),
          formula=T("kolom persen ke-{n} dari '{key}' perlu 'formula' dari kolom-kolom lain",
                    "percent column {n} of '{key}' needs a 'formula' from the other columns")),
    _code("I002", E, T("Indikator tidak dikenal di penanda", "Unknown indicator in a marker"),
          T("Pakai id indikator dari content/pemantauan/indikator.yml (lihat saran "
            "'maksud Anda').",
            "Use an indicator id of content/pemantauan/indikator.yml (see the did-you-mean)."),
          T("'{id}' bukan indikator{guess}", "'{id}' is not an indicator{guess}"),
          none=T("belum ada indikator (content/pemantauan/indikator.yml)",
                 "no indicators are defined (content/pemantauan/indikator.yml)")),
    _code("N001", E, T("Alat penilaian tidak sah", "Invalid assessment instrument"),
          T("content/penilaian/NAMA.yml: title, signs (id: name, choosing, assessing), scale "
            "(warna: label, meaning, counts), conclusion (langkah-langkah) dan scorers (acara: "
            "module, who).",
            "content/penilaian/NAME.yml: title, signs (id: name, choosing, assessing), scale "
            "(colour: label, meaning, counts), conclusion (steps) and scorers (occasion: module, "
            "who)."),
          shape=T("alat penilaian perlu 'title', 'signs' dan 'scale'",
                  "an instrument needs 'title', 'signs' and 'scale'"),
          unknown=T("kunci '{key}' tidak dikenal{guess}", "unknown key '{key}'{guess}"),
          text=T("'{name}' harus berupa teks", "'{name}' must be text"),
          conclusion=T("'conclusion' harus berupa daftar langkah (teks)",
                       "'conclusion' must be a list of steps (text)"),
          sign=T("tanda '{key}' perlu {keys} (teks)", "sign '{key}' needs {keys} (text)"),
          sign_field=T("kolom '{name}' di tanda '{key}' tidak dikenal{guess}",
                       "unknown field '{name}' in sign '{key}'{guess}"),
          colour=T("warna '{key}' perlu label, meaning (teks) dan counts (true atau false)",
                   "colour '{key}' needs label, meaning (text) and counts (true or false)"),
          vote=T("paling sedikit satu warna harus dihitung sebagai suara",
                 "at least one colour must count as a vote"),
          scorers=T("'scorers' harus memasangkan setiap acara dengan modul dan penilainya",
                    "'scorers' must map an occasion to its module and who"),
          scorer=T("penilai '{key}' perlu 'module' dan 'who'",
                   "scorer '{key}' needs 'module' and 'who'"),
          module=T("modul '{id}' tidak ada{guess}", "module '{id}' does not exist{guess}")),
    _code("N002", E, T("Alat penilaian tidak dikenal di penanda",
                       "Unknown assessment instrument in a marker"),
          T("Sebut alat penilaian dari content/penilaian/ dengan nama berkasnya (lihat saran "
            "'maksud Anda').",
            "Name an instrument of content/penilaian/ by its file name (see the did-you-mean)."),
          T("'{name}' bukan alat penilaian di content/penilaian/{guess}",
            "'{name}' is not an instrument of content/penilaian/{guess}"),
          one=T("sebut satu alat penilaian, misalnya 'swadaya:instrument tanda-kader'",
                "name one instrument, e.g. 'swadaya:instrument tanda-kader'")),
    # K: plain language (keterbacaan) of module pages
    _code("K001", W, T("Kalimat terlalu panjang", "Sentence too long"),
          T("Pecah kalimat itu menjadi dua atau tiga kalimat pendek: satu kalimat, satu gagasan. "
            "Daftar panjang lebih mudah dibaca sebagai butir-butir. Kalau kalimat itu memang harus "
            "utuh, tulis alasannya di atasnya: <!-- swadaya:abaikan K001 alasannya -->.",
            "Split the sentence into two or three short ones: one sentence, one idea. A long "
            "list reads better as bullet points. If the sentence must stay whole, say why above "
            "it: <!-- swadaya:abaikan K001 the reason -->."),
          T("kalimat ini {words} kata (paling banyak {limit}): \"{start} …\"",
            "this sentence has {words} words (at most {limit}): \"{start} …\"")),
    _code("K002", W, T("Halaman lebih sulit daripada target pesertanya",
                       "Page harder than its audience's target"),
          T("Perpendek kalimat yang panjang dan ganti kata panjang dengan kata sehari-hari. "
            "Target setiap peserta ada di content/taxonomy.yml ('grade' di audiences); angka "
            "setiap modul ada di halaman Keterbacaan panduan penulis.",
            "Shorten long sentences and use everyday words for long ones. Each audience's "
            "target is in content/taxonomy.yml ('grade' under audiences); every module's "
            "figures are on the author guide's Keterbacaan page."),
          T("perkiraan tingkat baca kelas {grade}, di atas target kelas {target} untuk peserta "
            "'{audience}' ({per_sentence} kata per kalimat, {long_words}% kata bersuku kata "
            "empat atau lebih)",
            "estimated reading grade {grade}, above the target of grade {target} for audience "
            "'{audience}' ({per_sentence} words per sentence, {long_words}% words of four "
            "syllables or more)")),
    _code("K003", W, T("Singkatan atau istilah asing tanpa entri glosarium",
                       "Abbreviation or foreign term without a glossary entry"),
          T("Tambahkan istilah itu ke content/glosarium.yml (dengan 'long' untuk singkatan), atau "
            "jelaskan saat pertama dipakai di halaman: 'NIB (Nomor Induk Berusaha)', "
            "'*self-declare* (pernyataan mandiri)'.",
            "Add the term to content/glosarium.yml (with 'long' for an abbreviation), or explain "
            "it where the page first uses it: 'NIB (Nomor Induk Berusaha)', "
            "'*self-declare* (pernyataan mandiri)'."),
          abbreviation=T("singkatan '{term}' tidak ada di glosarium dan tidak dijelaskan di "
                         "halaman ini",
                         "abbreviation '{term}' is not in the glossary nor explained on this "
                         "page"),
          foreign=T("istilah asing '{term}' tidak ada di glosarium dan tidak dijelaskan di "
                    "halaman ini",
                    "foreign term '{term}' is not in the glossary nor explained on this page")),
    _code("K004", W, T("Teks contoh dari swadaya new belum diganti",
                       "Placeholder text left from swadaya new"),
          T("Ganti teks contoh dengan isi modul yang sebenarnya, atau hapus barisnya.",
            "Replace the placeholder with the module's real text, or delete the line."),
          T("teks contoh belum diganti: \"{text}\"", "placeholder not replaced: \"{text}\"")),
    # M: technical guides (type: panduan)
    _code("M001", E, T("Panduan tanpa catatan keselamatan", "Guide without safety notes"),
          T("Tambahkan 'safety': apa yang bisa melukai saat membuat atau memakai alat, dan cara "
            "menghindarinya.",
            "Add 'safety': what can hurt while building or using it, and how to avoid it."),
          T("modul 'panduan' harus menjelaskan cara tetap aman ('safety')",
            "a 'panduan' must say how to stay safe ('safety')")),
    _code("M002", E, T("Panduan tanpa perawatan", "Guide without maintenance"),
          T("Tambahkan 'maintenance': setiap tugas dengan selang waktunya, misalnya "
            "{{task: ..., interval: ...}}.",
            "Add 'maintenance': each task with its interval, e.g. {{task: ..., interval: ...}}."),
          T("modul 'panduan' harus menjelaskan cara merawat hasilnya ('maintenance')",
            "a 'panduan' must say how to maintain what was built ('maintenance')")),
    _code("M003", E, T("Panduan belum lengkap", "Guide incomplete"),
          T("Panduan perlu bill_of_materials dan sources.",
            "A guide needs a bill_of_materials and sources."),
          materials=T("modul 'panduan' perlu 'bill_of_materials'",
                      "a 'panduan' needs a 'bill_of_materials'"),
          sources=T("modul 'panduan' perlu 'sources' untuk angka-angka teknisnya",
                    "a 'panduan' needs 'sources' for its technical figures")),
    _code("M004", W, T("Harga sudah lama", "Prices are stale"),
          T("Periksa harga di pasar setempat, lalu perbarui unit_cost dan as_of di "
            "content/harga/ (di daftar harga bahan atau di daftar wilayah yang disebut).",
            "Check the prices at a local market and update unit_cost and as_of in "
            "content/harga/ (the materials list or the regional list named)."),
          region=T("harga wilayah {region} diperiksa {age} hari lalu ({date}); lebih dari "
                   "{limit} hari",
                   "prices of {region} were checked {age} days ago ({date}); older than "
                   "{limit} days"),
          item=T("harga '{id}' diperiksa {age} hari lalu ({date}); lebih dari {limit} hari",
                 "prices of '{id}' were checked {age} days ago ({date}); older than {limit} "
                 "days"),
          items=T("harga {count} isian diperiksa {age} hari lalu ({date}); lebih dari {limit} "
                  "hari",
                  "prices of {count} entries were checked {age} days ago ({date}); older than "
                  "{limit} days")),
    _code("M005", E, T("Bahan tercantum dua kali", "Material listed twice"),
          T("Gabungkan kedua baris itu dan jumlahkan banyaknya.",
            "Merge the two lines and add up the quantities."),
          T("bahan '{item}' tercantum dua kali (juga di bahan ke-{other})",
            "material '{item}' is listed twice (also item {other})")),
    _code("M006", E, T("Berkas harga tidak sah", "Invalid price file"),
          T("content/harga/bahan.yml: as_of (tanggal) dan materials (id: {{name, unit, "
            "unit_cost, source}}), boleh juga wages dan transport; daftar wilayah: region, as_of "
            "dan prices (id: rupiah).",
            "content/harga/bahan.yml: as_of (a date) and materials (id: {{name, unit, unit_cost, "
            "source}}), optional wages and transport; a regional list: region, as_of and prices "
            "(id: rupiah)."),
          shape=T("daftar harga wilayah perlu 'region' (teks), 'as_of' (tanggal) dan 'prices'",
                  "a price list needs 'region' (text), 'as_of' (a date) and 'prices'"),
          unknown=T("kolom '{key}' tidak dikenal", "unknown field '{key}'"),
          price=T("harga '{item}' harus bilangan bulat rupiah lebih dari 0",
                  "price of '{item}' must be a whole number of rupiah greater than 0"),
          list_shape=T("daftar harga bahan perlu 'as_of' (tanggal) dan 'materials'",
                       "the materials list needs 'as_of' (a date) and 'materials'"),
          part=T("bagian '{key}' tidak dikenal{guess}", "unknown part '{key}'{guess}"),
          part_shape=T("isi '{part}' harus baris-baris 'id: kolom-kolomnya'",
                       "'{part}' must be a mapping of id to its fields"),
          twice=T("id '{id}' dipakai dua kali (juga di '{kind}')",
                  "id '{id}' is used twice (also in '{kind}')"),
          id=T("id '{key}' hanya boleh huruf kecil, angka dan tanda hubung, misalnya "
               "semen-portland-50kg",
               "id '{key}' must be lowercase letters, digits and dashes, e.g. "
               "semen-portland-50kg"),
          entry=T("'{key}' harus berisi name, unit_cost dan source",
                  "'{key}' must be a mapping with name, unit_cost and source"),
          entry_unknown=T("kolom '{name}' di '{key}' tidak dikenal{guess}",
                          "unknown field '{name}' in '{key}'{guess}"),
          name=T("'{key}' perlu 'name' (teks)", "'{key}' needs a 'name' (text)"),
          cost=T("'{key}' perlu 'unit_cost': rupiah bulat lebih dari 0",
                 "'{key}' needs 'unit_cost': whole rupiah greater than 0"),
          source=T("'source' dari '{key}' harus berupa teks", "'source' of '{key}' must be text"),
          unit=T("satuan '{unit}' dari '{key}' tidak dikenal{guess}",
                 "unit '{unit}' of '{key}' is not a known unit{guess}"),
          unit_hint=T("pakai id dari 'units' di content/taxonomy.yml",
                      "use an id of 'units' in content/taxonomy.yml"),
          date=T("'as_of' dari '{key}' harus tanggal seperti 2026-11-01",
                 "'as_of' of '{key}' must be a date like 2026-11-01")),
    _code("M007", W, T("Harga wilayah untuk id yang tidak dikenal",
                       "Regional price for an unknown id"),
          T("Tulis id persis seperti di content/harga/bahan.yml (lihat saran 'maksud Anda').",
            "Use an id of content/harga/bahan.yml exactly (see the did-you-mean)."),
          T("'{item}' bukan id di daftar harga bahan{guess}",
            "'{item}' is not an id of the materials list{guess}")),
    _code("M008", E, T("Id bahan, upah atau angkutan tidak dikenal",
                       "Unknown material, wage or transport id"),
          T("Pakai id dari content/harga/bahan.yml (lihat saran 'maksud Anda'), atau tambahkan "
            "bahannya sekali di sana, dengan satuan, harga, tanggal dan sumbernya.",
            "Use an id of content/harga/bahan.yml (see the did-you-mean), or add the material "
            "there once, with its unit, price, date and source."),
          T("{word} '{id}' tidak ada di daftar harga bahan{guess}",
            "unknown {word} '{id}'{guess}"),
          hint=T("pakai id dari {file}, atau tambahkan {word} itu di sana",
                 "use an id from {file}, or add the {word} there"),
          kind=T("'{id}' adalah {kind} di {file}, bukan {word}",
                 "'{id}' is a {kind} in {file}, not a {word}"),
          no_list=T("panduan {id} menyebut bahan, tetapi daftar harga bahan tidak ada ({file})",
                    "guide {id} names materials, but there is no materials list ({file})")),
    _code("M009", E, T("Satuan berbeda dengan daftar harga bahan",
                       "Unit does not match the materials list"),
          T("Tulis banyaknya dalam satuan daftar harga bahan (misalnya 4 meter, bukan 1 batang), "
            "atau masukkan bentuk yang lain sebagai bahan tersendiri.",
            "Write the quantity in the unit of the materials list (e.g. 4 meter instead of "
            "1 batang), or list the other form as a material of its own."),
          T("satuan '{unit}' untuk '{id}' berbeda dengan daftar harga bahan: di sana harganya "
            "per '{listed}'",
            "unit '{unit}' of '{id}' does not match the materials list, which prices it per "
            "'{listed}'"),
          hint=T("tulis banyaknya dalam '{listed}', atau masukkan bentuk yang lain sebagai bahan "
                 "tersendiri",
                 "write the quantity in '{listed}', or list the other form as a material of its "
                 "own")),
    _code("M010", W, T("Panduan memberi harga sendiri tanpa alasan",
                       "A guide's own price without a reason"),
          T("Hapus 'unit_cost' supaya harga dari daftar harga bahan yang dipakai, atau tambahkan "
            "'price_reason': mengapa bahan di panduan ini harganya lain.",
            "Remove 'unit_cost' so the list's price counts, or add 'price_reason' saying why "
            "this guide's material costs something else."),
          T("panduan ini memberi harga sendiri untuk '{id}' ({own}; di daftar harga {listed}) "
            "tanpa 'price_reason'",
            "the guide sets its own price for '{id}' ({own}; the list says {listed}) without a "
            "'price_reason'")),
    _code("M011", E, T("Bahan tercantum dua kali di daftar harga bahan",
                       "Material listed twice in the materials list"),
          T("Simpan satu isian dengan satu harga, lalu arahkan panduan ke id-nya; bahan yang sama "
            "harus sama harganya di setiap panduan.",
            "Keep one entry with one price and point the guides at its id; the same material "
            "must cost the same in every guide."),
          T("'{name}' tercantum dua kali: '{first}' (baris {line}, {first_cost}) dan '{id}' "
            "({cost})",
            "'{name}' is listed twice: '{first}' (line {line}, {first_cost}) and '{id}' "
            "({cost})")),
    # C, G, P: worked examples, glossary, learning paths
    _code("C001", E, T("Masukan blok 'hitung' tidak sah",
                       "Invalid worked-example ('hitung') input"),
          T("Tulis setiap masukan blok sebagai angka biasa (tanpa tanda kutip, tanpa titik), "
            "misalnya 'pokok: 1000000'; masukan setiap jenis ada di panduan penulis.",
            "Give every input of the block as a plain number (no quotes, no dots), e.g. "
            "'pokok: 1000000'; see the author guide for the inputs of each kind."),
          shape=T("blok 'hitung' berisi baris 'nama: nilai'",
                  "a 'hitung' block holds 'name: value' lines"),
          kind=T("'jenis: {kind}' bukan jenis contoh hitungan (pakai {kinds}){guess}",
                 "'jenis: {kind}' is not a kind of worked example (use {kinds}){guess}"),
          missing=T("'{name}' tidak ada (masukannya: {inputs})",
                    "'{name}' is missing ({inputs} are the inputs)"),
          unknown=T("masukan '{name}' tidak dikenal{guess}", "unknown input '{name}'{guess}"),
          number=T("'{name}' harus angka tanpa tanda kutip atau titik, misalnya 1000000",
                   "'{name}' must be a number without quotes or dots, e.g. 1000000"),
          above=T("'{name}' harus lebih dari {bound}", "'{name}' must be greater than {bound}"),
          at_least=T("'{name}' paling sedikit {bound}", "'{name}' must be at least {bound}"),
          at_most=T("'{name}' paling banyak {bound}", "'{name}' must be at most {bound}"),
          choice=T("'{name}' harus salah satu dari {choices}", "'{name}' must be one of {choices}"),
          other=T("'{name}': {detail}", "'{name}': {detail}"),
          price=T("harga_jual harus lebih tinggi dari biaya_variabel; kalau tidak, usaha ini "
                  "tidak pernah balik modal",
                  "harga_jual must be higher than biaya_variabel, or the business never breaks "
                  "even")),
    _code("G001", E, T("Entri glosarium tidak sah", "Invalid glossary entry"),
          T("Isi setiap entri dengan 'term', 'en' dan 'definition' (dan 'long' untuk singkatan; "
            "'synonyms' berupa daftar seperti [cicilan] untuk kata lain yang dianggap sama oleh "
            "pencarian).",
            "Give each entry 'term', 'en' and 'definition' (and 'long' for abbreviations; "
            "'synonyms' is a list such as [cicilan] for other words search should treat "
            "as the term)."),
          shape=T("glosarium harus berupa daftar istilah", "the glossary must be a list of terms"),
          entry=T("setiap entri glosarium berisi term, en dan definition",
                  "each glossary entry is a mapping with term, en and definition"),
          missing=T("'{key}' tidak ada", "'{key}' is missing"),
          unknown=T("kunci '{key}' tidak dikenal", "unknown key '{key}'"),
          text=T("'{key}' harus berupa teks", "'{key}' must be text"),
          texts=T("'{key}' harus berupa daftar teks", "'{key}' must be a list of text"),
          long=T("definisi '{term}' {length} huruf (paling banyak {limit})",
                 "definition of '{term}' has {length} characters (at most {limit})")),
    _code("G002", E, T("Istilah glosarium ganda", "Duplicate glossary term"),
          T("Gabungkan kedua entri menjadi satu.", "Merge the two entries into one."),
          T("istilah '{term}' sudah ada di baris {line}",
            "term '{term}' is already defined on line {line}")),
    _code("P001", E, T("Jalur belajar tidak sah", "Invalid learning path"),
          T("Tulis 'title' dan 'levels'; setiap tingkat berisi 'level' (dasar, menengah, lanjut) "
            "dan 'modules' (daftar id).",
            "Write 'title' and 'levels', each level with 'level' (dasar, menengah, lanjut) "
            "and 'modules' (a list of ids)."),
          shape=T("jalur belajar perlu 'title' dan daftar 'levels'",
                  "a learning path needs 'title' and a list of 'levels'"),
          unknown=T("kunci '{key}' tidak dikenal", "unknown key '{key}'"),
          level=T("setiap tingkat perlu 'level' (salah satu dari {levels}) dan daftar 'modules'",
                  "each level needs 'level' (one of {levels}) and a list of 'modules'")),
    _code("P002", E, T("Modul tidak dikenal di jalur belajar", "Unknown module on a learning path"),
          T("Pakai id modul yang ada.", "Use the id of an existing module."),
          T("modul '{id}' tidak ada", "module '{id}' does not exist")),
    _code("P003", E, T("Prasyarat tidak lebih awal di jalur belajar",
                       "Prerequisite not earlier on the path"),
          T("Taruh prasyaratnya lebih awal di jalur, atau tambahkan.",
            "Put the prerequisite earlier on the path, or add it."),
          T("{id} memerlukan {prerequisite}, yang tidak ada lebih awal di jalur",
            "{id} needs {prerequisite}, which is not earlier on the path")),
    _code("P004", E, T("Modul dua kali di jalur belajar", "Module twice on a learning path"),
          T("Simpan modul itu di satu tempat saja.", "Keep the module in one place only."),
          T("modul {id} sudah ada di jalur ini", "module {id} is already on the path")),
    _code("P005", W, T("Tingkat modul berbeda dengan tingkat di jalur",
                       "Module level differs from the path level"),
          T("Pindahkan modul ke tingkat yang disebut kolom 'level'-nya, atau ubah kolom itu.",
            "Move the module to the level its 'level' field names, or change that field."),
          T("{id} adalah modul '{level}' tetapi ditaruh di tingkat '{placed}'",
            "{id} is a '{level}' module placed in the '{placed}' level")),
    _code("B001", E, T("Berkas buku pegangan tidak sah", "Invalid handbook file"),
          T("Tulis title, edition (kader atau fasilitator), paper (A4 atau A5), dan 'modules' "
            "atau 'select'.",
            "Write title, edition (kader or fasilitator), paper (A4 or A5) and either "
            "'modules' or 'select'."),
          shape=T("berkas buku pegangan berisi baris 'kolom: nilai'",
                  "a handbook file holds 'field: value' lines"),
          unknown=T("kolom '{key}' tidak dikenal", "unknown field '{key}'"),
          text=T("'{name}' tidak ada atau bukan teks", "'{name}' is missing or not text"),
          edition=T("edition harus salah satu dari {choices}", "edition must be one of {choices}"),
          paper=T("paper harus salah satu dari {choices}", "paper must be one of {choices}"),
          either=T("isi salah satu: 'modules' (daftar id) atau 'select' (misalnya "
                   "{{level: dasar}}), jangan keduanya",
                   "give either 'modules' (a list of ids) or 'select' (e.g. {{level: dasar}}), "
                   "not both"),
          modules=T("'modules' harus berupa daftar id", "'modules' must be a list of ids"),
          select=T("'select' perlu kunci dari {keys}", "'select' needs keys among {keys}"),
          choice=T("select {key}: '{value}' bukan salah satu dari {choices}",
                   "select {key}: '{value}' is not one of {choices}")),
    _code("B002", E, T("Modul tidak dikenal atau berulang di buku pegangan",
                       "Unknown or repeated module in a handbook"),
          T("Pakai id modul yang ada, sekali saja.", "Use the id of an existing module, once."),
          missing=T("modul '{id}' tidak ada", "module '{id}' does not exist"),
          twice=T("modul {id} tercantum dua kali", "module {id} is listed twice")),
    _code("B003", E, T("Pilihan buku pegangan tidak cocok dengan modul mana pun",
                       "Handbook selection matches no module"),
          T("Longgarkan pilihannya, atau sebutkan modulnya satu per satu dengan id.",
            "Loosen the selection or list the modules by id."),
          T("pilihan ini tidak cocok dengan modul mana pun", "this selection matches no module")),
    _code("B004", E, T("PDF merujuk berkas di luar proyek",
                       "PDF refers to a file outside the project"),
          T("Pakai gambar dan berkas di dalam content/; alamat internet dan berkas sistem ditolak.",
            "Use images and files inside content/; remote URLs and system files are refused."),
          T("menolak menyisipkan {url}", "refused to embed {url}")),
    # W: workshops (content/lokakarya/*.yml)
    _code("W001", E, T("Berkas lokakarya tidak sah", "Invalid workshop file"),
          T("Tulis 'title', 'start' (\"08:30\"), 'day_length' (menit) atau 'end' (\"16:00\"), "
            "'days' (daftar hari, setiap hari daftar id modul), lalu boleh 'place' dan 'breaks' "
            "({{at: \"10:00\", minutes: 15, name: Rehat kopi}}) di dalam jam hari itu.",
            "Write 'title', 'start' (\"08:30\"), either 'day_length' (minutes) or 'end' "
            "(\"16:00\"), 'days' (a list of module-id lists) and optional 'place' and 'breaks' "
            "({{at: \"10:00\", minutes: 15, name: Rehat kopi}}) inside the day."),
          shape=T("berkas lokakarya berisi baris 'kolom: nilai', bukan {got}",
                  "a workshop file holds 'field: value' lines, got {got}"),
          title=T("'title' tidak ada atau bukan teks", "'title' is missing or not text"),
          place=T("'place' harus berupa teks", "'place' must be text"),
          unknown=T("kunci '{name}' tidak dikenal{guess}", "unknown key '{name}'{guess}"),
          unknown_in_break=T("kunci '{name}' di jeda tidak dikenal{guess}",
                             "unknown key '{name}' in a break{guess}"),
          comma=T(" (koma mengakhiri nilai di dalam {{ }}: beri tanda kutip pada teks yang "
                  "memuat koma)",
                  " (a comma ends a value inside {{ }}: put text with commas in quotes)"),
          clock=T("'{name}' {text} bukan jam (00:00 sampai 23:59)",
                  "'{name}' {text} is not a time of day (00:00 to 23:59)"),
          time=T("'{name}' harus jam yang ditulis JJ:MM, misalnya \"08:30\", bukan {got}",
                 "'{name}' must be a time written HH:MM, e.g. \"08:30\", got {got}"),
          minutes=T("'{name}' harus bilangan bulat menit lebih dari 0, bukan {got}",
                    "'{name}' must be a whole number of minutes above 0, got {got}"),
          start=T("'start' tidak ada: jam mulai setiap hari, misalnya \"08:30\"",
                  "'start' is missing: the daily start time, e.g. \"08:30\""),
          both=T("isi 'day_length' (menit) atau 'end' (jam), jangan keduanya",
                 "give either 'day_length' (minutes) or 'end' (a time), not both"),
          neither=T("isi 'day_length' (menit dari jam mulai) atau 'end' (jam) untuk akhir setiap "
                    "hari",
                    "give 'day_length' (minutes from the start) or 'end' (a time) for the end "
                    "of each day"),
          order=T("'end' {end} tidak lebih lambat dari 'start' {start}",
                  "'end' {end} is not after 'start' {start}"),
          midnight=T("hari ini akan berakhir lewat tengah malam ({start} + {length} menit)",
                     "the day would end after midnight ({start} + {length} minutes)"),
          breaks=T("'breaks' harus berupa daftar {{at: \"10:00\", minutes: 15, name: ...}}",
                   "'breaks' must be a list of {{at: \"10:00\", minutes: 15, name: ...}}"),
          break_shape=T("jeda perlu 'at', 'minutes' dan 'name', bukan {got}",
                        "a break needs 'at', 'minutes' and 'name', got {got}"),
          break_missing=T("jeda perlu {keys}", "a break needs {keys}"),
          break_name=T("'name' sebuah jeda harus berupa teks", "a break's 'name' must be text"),
          break_outside=T("jeda {start}–{end} di luar jam hari itu ({day_start}–{day_end})",
                          "break {start}–{end} is outside the day ({day_start}–{day_end})"),
          break_overlap=T("jeda pukul {at} dimulai sebelum jeda pukul {before} selesai ({end})",
                          "break at {at} starts before the break at {before} ends ({end})"),
          days=T("'days' harus berupa daftar hari, setiap hari daftar id modul, misalnya "
                 "- [PNY-01, ORG-01]",
                 "'days' must be a list of days, each a list of module ids, e.g. "
                 "- [PNY-01, ORG-01]"),
          day=T("hari {day} harus berupa daftar id modul yang tidak kosong, misalnya "
                "[PNY-01, ORG-01]",
                "day {day} must be a non-empty list of module ids, e.g. [PNY-01, ORG-01]"),
          module=T("tulis setiap modul dengan id-nya, misalnya PNY-01, bukan {got}",
                   "write each module as its id, e.g. PNY-01, got {got}")),
    _code("W002", E, T("Modul tidak dikenal di lokakarya", "Unknown module in a workshop"),
          T("Pakai id modul yang ada (lihat saran 'maksud Anda').",
            "Use the id of an existing module (see the did-you-mean)."),
          T("modul '{id}' tidak ada{guess}", "module '{id}' does not exist{guess}")),
    _code("W003", E, T("Prasyarat tidak lebih awal di lokakarya",
                       "Prerequisite not earlier in the workshop"),
          T("Pindahkan prasyaratnya ke tempat yang lebih awal di lokakarya, atau tambahkan.",
            "Move the prerequisite to an earlier place in the workshop, or add it."),
          absent=T("{id} memerlukan {prerequisite}, yang tidak ada di lokakarya",
                   "{id} needs {prerequisite}, which is not in the workshop"),
          later=T("{id} memerlukan {prerequisite}, yang baru datang kemudian, pada hari {day}",
                  "{id} needs {prerequisite}, which comes later, on day {day}")),
    _code("W004", E, T("Hari lokakarya melewati jam selesai", "Workshop day runs past its end"),
          T("Pindahkan satu modul ke hari lain, persingkat jeda, atau mulai lebih pagi atau "
            "selesai lebih sore.",
            "Move a module to another day, shorten a break, or start earlier or end later."),
          T("hari {day} selesai pukul {end}, {over} menit lewat dari {limit}",
            "day {day} ends at {end}, {over} minutes after {limit}")),
    _code("W005", E, T("Modul dua kali di lokakarya", "Module twice in a workshop"),
          T("Simpan modul itu di satu hari saja.", "Keep the module on one day only."),
          T("modul {id} sudah ada di lokakarya (hari {day})",
            "module {id} is already in the workshop (day {day})")),
)}

#: Words shared by many messages: a did-you-mean, a value named in words, a count.
PHRASES: dict[str, Text] = {
    "did_you_mean": T(" (maksud Anda '{guess}'?)", " (did you mean '{guess}'?)"),
    # a YAML value named in words an author knows (never a Python type name)
    "nothing": T("kosong", "nothing (an empty value)"),
    "yes_no": T("nilai ya/tidak '{value}'", "yes/no value '{value}'"),
    "number": T("angka {value}", "number {value}"),
    "text": T("teks '{value}'", "text '{value}'"),
    "date": T("tanggal {value}", "date {value}"),
    "list": T("sebuah daftar", "a list"),
    "mapping": T("baris-baris 'kunci: nilai'", "a mapping"),
    "key_value": T("baris-baris 'kunci: nilai'", "a 'key: value' mapping"),
    "other": T("nilai jenis lain", "a value of another kind"),
    "empty": T("kosong", "nothing"),
    # what a field must be (S002)
    "expect_text": T("teks", "text"),
    "expect_number": T("bilangan bulat", "a whole number"),
    "expect_list": T("daftar", "a list"),
    "expect_date": T("tanggal seperti 2026-11-01 (tanpa tanda kutip)",
                     "a date like 2026-11-01 (without quotes)"),
    "expect_mapping": T("baris-baris 'kolom: nilai'", "a mapping of 'field: value' lines"),
    # what the YAML reader found, in words (the reader's own words when we have none)
    "yaml_colon": T("ada titik dua (':') yang tidak boleh di sini; beri tanda kutip pada teks "
                    "yang memuat ': '",
                    "a colon (':') is not allowed here; quote text that contains ': '"),
    "yaml_indent": T("jorok baris ini tidak cocok dengan baris di atasnya",
                     "the indentation does not match the lines above"),
    "yaml_char": T("karakter '{char}' tidak boleh mengawali nilai; beri tanda kutip pada nilainya",
                   "character '{char}' cannot start a value; quote the value"),
    "yaml_end": T("berkas berakhir sebelum itu", "the file ends before that"),
    "yaml_flow": T("kurang ',' atau '{closer}'", "expected ',' or '{closer}'"),
    # one term of each vocabulary: "'x' is not a known approach"
    "areas": T("arah program", "area"), "stages": T("tahap", "stage"),
    "components": T("komponen", "component"), "approaches": T("pendekatan", "approach"),
    "audiences": T("peserta", "audience"), "levels": T("tingkat", "level"),
    "types": T("jenis modul", "type"), "methods": T("metode", "method"),
    "difficulties": T("tingkat kesulitan", "difficulty"), "units": T("satuan", "unit"),
    # the kinds of the materials list (M008)
    "bahan": T("bahan", "material"), "upah": T("upah", "wage"),
    "angkutan": T("ongkos angkut", "transport rate"),
    # the check's summary and the site build's failure
    "hint": T("petunjuk", "hint"),
    "pages": T("{n} halaman", "{n} pages"), "page": T("{n} halaman", "{n} page"),
    "modules": T("{n} modul", "{n} modules"), "module": T("{n} modul", "{n} module"),
    "errors": T("{n} kesalahan", "{n} errors"), "error": T("{n} kesalahan", "{n} error"),
    "warnings": T("{n} peringatan", "{n} warnings"), "warning": T("{n} peringatan", "{n} warning"),
    "summary": T("swadaya check: {pages}, {modules}, {errors}, {warnings} ({seconds} detik)",
                 "swadaya check: {pages}, {modules}, {errors}, {warnings} ({seconds} s)"),
    "preview_problems": T("Pemeriksaan isi: {errors}, {warnings}. Perbaiki di berkas dan baris "
                          "yang disebut; halaman ini diperbarui setiap kali berkas disimpan. "
                          "'make site' menolak isi ini sampai bersih.",
                          "Content check: {errors}, {warnings}. Fix them at the file and line "
                          "named; this page updates each time a file is saved. 'make site' "
                          "refuses this content until it is clean."),
    "watching": T("swadaya check: mengawasi {folder}; setiap kali berkas disimpan, isi "
                  "diperiksa lagi. Tekan Ctrl+C untuk berhenti.",
                  "swadaya check: watching {folder}; each time a file is saved, the content "
                  "is checked again. Press Ctrl+C to stop."),
    "watch_stopped": T("swadaya check: berhenti mengawasi", "swadaya check: stopped watching"),
    "build_failed": T("swadaya: {errors} di isi; jalankan 'swadaya check'",
                      "swadaya: {errors} in the content; run 'swadaya check'"),
}


def common(key: str, /, **values: object) -> Phrase:
    """A shared phrase of :data:`PHRASES` with its fields filled in."""
    return _phrase(PHRASES[key], values, key)


def describe(value: object) -> Phrase:
    """Name a YAML value in words an author knows (never a Python type name)."""
    if value is None:
        return common("nothing")
    if isinstance(value, bool):
        return common("yes_no", value=str(value).lower())
    if isinstance(value, int | float):
        return common("number", value=value)
    if isinstance(value, str):
        short = value if len(value) <= 40 else value[:37] + "..."
        return common("text", value=short)
    if isinstance(value, dt.date):
        return common("date", value=value.isoformat())
    if isinstance(value, list):
        return common("list")
    if isinstance(value, dict):
        return common("mapping")
    return common("other")


def counted(n: int, one: str, many: str) -> Phrase:
    """``"1 error"`` / ``"3 errors"`` (``"3 kesalahan"``): a count with its noun."""
    return common(one if n == 1 else many, n=n)


def suggestion(guess: str | None) -> Phrase | str:
    """``" (did you mean 'x'?)"`` for a guess, ``""`` for none: the tail of a message."""
    return common("did_you_mean", guess=guess) if guess else ""


def say(code: str, key: str = "", /, **values: object) -> Phrase:
    """Message ``key`` of ``code`` with its fields: for a problem found below the checks
    (a YAML or Markdown reader) that becomes a diagnostic later."""
    return CODES[code].say(key, **values)


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem at one place in one file; its words are rendered when it is read."""

    path: str
    line: int
    col: int
    code: str
    said: Phrase
    level: Level = field(default=Level.ERROR, compare=False)
    advice: Phrase | None = field(default=None, compare=False)

    def message(self, lang: Lang | None = None) -> str:
        """The message in ``lang`` (default: :func:`language`)."""
        return self.said.render(lang or language())

    def hint(self, lang: Lang | None = None) -> str:
        """The hint in ``lang``: the code's fix unless the call site gave a better one."""
        advice = self.advice or Phrase(CODES[self.code].fix)
        return advice.render(lang or language())

    def format(self, level: Level | None = None, lang: Lang | None = None) -> str:
        """Render as ``path:line:col: level [CODE] message`` plus an indented hint."""
        lang = lang or language()
        lvl = (level or self.level).value
        text = f"{self.path}:{self.line}:{self.col}: {lvl} [{self.code}] {self.message(lang)}"
        hint = self.hint(lang)
        if hint:
            text += f"\n    {common('hint').render(lang)}: {hint}"
        return text


def make(path: Path | str, line: int, col: int, code: str, key: str | Phrase = "", /,
         hint: str | None = None, **values: object) -> Diagnostic:
    """A diagnostic of ``code`` at a place: message ``key`` of the code's registry entry
    (or a phrase made earlier with :func:`say`) with its fields, level from the registry;
    ``hint`` names another message of the code to show instead of its fix."""
    spec = CODES[code]
    said = key if isinstance(key, Phrase) else spec.say(key, **values)
    advice = spec.say(hint, **values) if hint is not None else None
    return Diagnostic(str(path), max(line, 1), max(col, 1), code, said, spec.level, advice)


@dataclass
class Report:
    """Diagnostics collected over a whole check, sorted for stable output."""

    items: list[Diagnostic] = field(default_factory=list)

    def add(self, diagnostic: Diagnostic) -> None:
        """Record one diagnostic."""
        self.items.append(diagnostic)

    def extend(self, diagnostics: Iterable[Diagnostic]) -> None:
        """Record several diagnostics."""
        self.items.extend(diagnostics)

    def sorted(self) -> list[Diagnostic]:
        """The diagnostics in path, line, column order, duplicates removed."""
        return sorted(set(self.items))

    def count(self, level: Level, strict: bool = False) -> int:
        """How many diagnostics count at ``level`` (warnings count as errors when strict)."""
        return sum(1 for d in self.items if effective_level(d, strict) is level)

    def failed(self, strict: bool = False) -> bool:
        """True when the check must exit non-zero."""
        return self.count(Level.ERROR, strict) > 0


def effective_level(diagnostic: Diagnostic, strict: bool) -> Level:
    """Warnings become errors under ``--strict``."""
    return Level.ERROR if strict else diagnostic.level


def to_json(diagnostics: Iterable[Diagnostic], strict: bool = False,
            lang: Lang | None = None) -> str:
    """Diagnostics as a JSON array for editors and other tools, in ``lang``."""
    lang = lang or language()
    rows = [{"path": d.path, "line": d.line, "col": d.col, "code": d.code,
             "message": d.message(lang), "level": effective_level(d, strict).value,
             "hint": d.hint(lang)} for d in diagnostics]
    return json.dumps(rows, ensure_ascii=False, indent=2)
