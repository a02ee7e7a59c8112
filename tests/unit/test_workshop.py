"""Workshops (content/lokakarya/*.yml): a day-by-day timetable and its checks (W001–W005)."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.projects import REPO
from swadaya.checks import load_checked as load_catalog
from swadaya.model.catalog import Catalog
from swadaya.model.workshop import Day, Workshop
from swadaya.model.workshop_file import load_workshops
from swadaya.text import clock, parse_clock


def write(root: Path, rel: str, text: str) -> None:
    path = root / "content" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def module(root: Path, module_id: str, area: str, duration: int,
           agenda: tuple[tuple[str, int, str], ...] = (),
           prerequisites: tuple[str, ...] = ()) -> None:
    """A valid module; without agenda it is an 'alat' (one block of its duration)."""
    lines = ["---", f"id: {module_id}", f"title: Modul {module_id}",
             f"type: {'sesi' if agenda else 'alat'}", f"area: {area}",
             "stages: [kajian-partisipatif]", "components: [kapasitas-sdm]",
             "audience: [kader]", "level: dasar", f"duration: {duration}",
             "summary: Modul uji.", "objectives:", "  - Menjelaskan sesuatu.",
             f"prerequisites: [{', '.join(prerequisites)}]"]
    if agenda:
        lines += ["agenda:", *(f"  - {{step: {s}, minutes: {m}, method: {k}}}"
                               for s, m, k in agenda),
                  "competencies:", "  - Kader dapat melakukannya."]
    lines += ["reviewed: 2026-11-01", "---", "", "Isi modul.", ""]
    write(root, f"modules/{area}/{module_id.lower()}.md", "\n".join(lines))


@pytest.fixture
def modules(project: Path) -> Path:
    """The base tree (PNY-01: Pembukaan 10 + Pemetaan 50) plus three more modules.

    ORG-01: 30 + 45 minutes, needs PNY-01. ORG-02: no agenda, 90 minutes, needs ORG-01.
    KDR-01: 40 + 80 minutes, no prerequisites.
    """
    module(project, "ORG-01", "pengorganisasian", 75,
           (("Curah gagasan", 30, "curah-pendapat"), ("Pleno", 45, "diskusi-pleno")),
           ("PNY-01",))
    module(project, "ORG-02", "pengorganisasian", 90, prerequisites=("ORG-01",))
    module(project, "KDR-01", "kaderisasi", 120,
           (("Ceramah", 40, "ceramah-singkat"), ("Praktik", 80, "praktik")))
    assert load_catalog(project / "content").report.sorted() == []
    return project


def load(root: Path) -> tuple[Catalog, list[Workshop], list[tuple[str, str, int, int, str]]]:
    catalog = load_catalog(root / "content", display_root=root)
    workshops, problems = load_workshops(catalog.root, lambda rel: f"content/{rel}",
                                         catalog.modules)
    found = [(d.path.rsplit("/", 1)[-1], d.code, d.line, d.col, d.message("en"))
             for d in sorted(problems)]
    return catalog, workshops, found


def table(day: Day) -> list[tuple[str, str, str, str | None, str | None]]:
    return [(s.times, s.kind, s.title, s.module_id, s.method) for s in day.slots]


def test_clock() -> None:
    assert [clock(0), clock(510), clock(1450)] == ["00:00", "08:30", "24:10"]
    assert [parse_clock("8:30"), parse_clock(" 08:30 "), parse_clock("23:59")] == [510, 510,
                                                                                  1439]
    assert [parse_clock(t) for t in ("24:00", "09:75", "0830", "8.30", "8:30:00")] == [None] * 5


def test_schedule_by_hand(modules: Path) -> None:
    write(modules, "lokakarya/dasar.yml", """\
title: Pelatihan Kader Tingkat Dasar
place: Balai Desa Sukamaju
start: "08:30"
end: "14:00"
breaks:
  - {at: "12:00", minutes: 60, name: "Istirahat, salat dan makan siang"}
  - {at: "10:00", minutes: 15, name: Rehat kopi}
days:
  - [PNY-01, ORG-01]
  - [KDR-01, ORG-02]
""")
    catalog, workshops, found = load(modules)
    assert found == []
    [workshop] = workshops
    assert (workshop.key, workshop.source, workshop.place) == ("dasar", "lokakarya/dasar.yml",
                                                               "Balai Desa Sukamaju")
    assert (workshop.start, workshop.end_limit_minutes, workshop.day_length) == (510, 840, 330)
    assert [b.at for b in workshop.breaks] == [600, 720]  # sorted by time
    one, two = workshop.schedule(catalog.modules)
    # the coffee break comes due exactly when ORG-01's first step ends: taken on time;
    # the day is over at 11:00, before lunch is due, so lunch is not taken
    assert table(one) == [
        ("08:30–08:40", "step", "Pembukaan", "PNY-01", "pembukaan"),
        ("08:40–09:30", "step", "Pemetaan", "PNY-01", "pemetaan"),
        ("09:30–10:00", "step", "Curah gagasan", "ORG-01", "curah-pendapat"),
        ("10:00–10:15", "break", "Rehat kopi", None, None),
        ("10:15–11:00", "step", "Pleno", "ORG-01", "diskusi-pleno"),
    ]
    # both breaks fall inside a step and are taken right after it; ORG-02 has no agenda,
    # so it is one block titled by the module
    assert table(two) == [
        ("08:30–09:10", "step", "Ceramah", "KDR-01", "ceramah-singkat"),
        ("09:10–10:30", "step", "Praktik", "KDR-01", "praktik"),
        ("10:30–10:45", "break", "Rehat kopi", None, None),
        ("10:45–12:15", "step", "Modul ORG-02", "ORG-02", None),
        ("12:15–13:15", "break", "Istirahat, salat dan makan siang", None, None),
    ]
    assert [(d.number, clock(d.end), d.overflow) for d in (one, two)] == [(1, "11:00", 0),
                                                                         (2, "13:15", 0)]
    assert workshop.schedule(catalog.modules) == [one, two]  # pure: same data, same timetable


def test_break_inside_a_step_is_taken_after_it(modules: Path) -> None:
    write(modules, "lokakarya/a.yml", """\
title: Uji
start: "09:00"
day_length: 180
breaks:
  - {at: "09:20", minutes: 10, name: Rehat}
  - {at: "09:50", minutes: 5, name: Peregangan}
days:
  - [PNY-01, ORG-01]
""")
    catalog, [workshop], found = load(modules)
    assert found == []
    [day] = workshop.schedule(catalog.modules)
    # both breaks come due during Pemetaan (09:10–10:00); it is never split, so both
    # follow it, back to back, before ORG-01 starts
    assert [(s.times, s.title) for s in day.slots] == [
        ("09:00–09:10", "Pembukaan"),
        ("09:10–10:00", "Pemetaan"),
        ("10:00–10:10", "Rehat"),
        ("10:10–10:15", "Peregangan"),
        ("10:15–10:45", "Curah gagasan"),
        ("10:45–11:30", "Pleno"),
    ]
    assert (day.end, day.end_limit, day.overflow) == (690, 720, 0)


@pytest.mark.parametrize(("start", "at"), [
    ("8:30", "10:00"),            # YAML 1.1 reads these as the numbers 510 and 600
    ("08:30", "10:00"),           # a leading zero makes plain text
    ('"8:30"', '"10:00"'),
    ('"08:30"', "'10:00'"),
])
def test_quoted_and_unquoted_times_agree(modules: Path, start: str, at: str) -> None:
    # '&' in the title sends the file through the pure-Python composer, the plain title
    # through libyaml: both must read times the same way
    for name, title in (("a", "Uji"), ("b", "Uji & latihan")):
        write(modules, f"lokakarya/{name}.yml",
              f"title: {title}\nstart: {start}\nend: 16:00\n"
              f"breaks:\n  - {{at: {at}, minutes: 15, name: Rehat}}\n"
              f"  - at: {at.replace('10', '12')}\n    minutes: 60\n    name: Makan\n"
              "days:\n  - [PNY-01]\n")
    _, workshops, found = load(modules)
    assert found == []
    for workshop in workshops:
        assert (workshop.start, workshop.end_limit_minutes) == (510, 960)
        assert [(b.at, b.minutes) for b in workshop.breaks] == [(600, 15), (720, 60)]


def test_unusable_times(modules: Path) -> None:
    body = "end: 16:00\ndays:\n  - [PNY-01]\n"
    for name, start in (("a", "25:00"), ("b", '"25:00"'), ("c", "8"), ("d", "8.30"),
                        ("e", "pagi"), ("f", "09:75"), ("g", "[8, 30]")):
        write(modules, f"lokakarya/{name}.yml", f"title: Uji\nstart: {start}\n{body}")
    write(modules, "lokakarya/h.yml", "title: Uji\nstart: 10:00\nend: 9:00\ndays: [[PNY-01]]\n")
    _, workshops, found = load(modules)
    assert workshops == []
    assert found == [
        ("a.yml", "W001", 2, 8, "'start' 25:00 is not a time of day (00:00 to 23:59)"),
        ("b.yml", "W001", 2, 8, "'start' 25:00 is not a time of day (00:00 to 23:59)"),
        ("c.yml", "W001", 2, 8, "'start' must be a time written HH:MM, e.g. \"08:30\", got 8"),
        ("d.yml", "W001", 2, 8,
         "'start' must be a time written HH:MM, e.g. \"08:30\", got 8.30"),
        ("e.yml", "W001", 2, 8,
         "'start' must be a time written HH:MM, e.g. \"08:30\", got 'pagi'"),
        ("f.yml", "W001", 2, 8, "'start' 09:75 is not a time of day (00:00 to 23:59)"),
        ("g.yml", "W001", 2, 8,
         "'start' must be a time written HH:MM, e.g. \"08:30\", got a list"),
        ("h.yml", "W001", 3, 6, "'end' 09:00 is not after 'start' 10:00"),
    ]


def test_invalid_workshop_files(modules: Path) -> None:
    write(modules, "lokakarya/a.yml", """\
title: Uji
tempat: Balai
catatan:
start: 25:00
day_lenght: 450
days:
  - [PNY-01]
  - []
""")
    write(modules, "lokakarya/b.yml", """\
title: Uji
start: "08:30"
end: "16:00"
breaks:
  - {at: "07:00", minutes: 15, name: Terlalu pagi}
  - {at: "12:00", minutes: 60, name: Istirahat, salat dan makan siang}
  - {at: "15:50", minutes: 15, name: Rehat sore}
  - {at: "10:00", minutes: -5, name: Rehat}
  - {at: "10:00", name: Rehat}
  - {at: "12:30", minutes: 10, name: Bertumpuk}
days:
  - [PNY-01]
""")
    write(modules, "lokakarya/c.yml", "title: Uji\nstart: '08:30'\nday_length: 450\n"
                                      "end: '16:00'\ndays: [[PNY-01]]\n")
    write(modules, "lokakarya/d.yml", "# tanpa akhir hari\ntitle: Uji\nstart: '08:30'\n"
                                      "days: [[PNY-01]]\n")
    write(modules, "lokakarya/e.yml", "- PNY-01\n- ORG-01\n")
    write(modules, "lokakarya/f.yml", "start: '08:30'\nday_length: 0\ndays: []\n")
    write(modules, "lokakarya/g.yml", "title: Uji\nstart: '20:00'\nday_length: 300\n"
                                      "days: [[PNY-01]]\n")
    _, workshops, found = load(modules)
    assert [w.key for w in workshops] == ["b"]
    assert [(b.name, clock(b.at)) for b in workshops[0].breaks] == [
        ("Istirahat", "12:00"), ("Bertumpuk", "12:30")]
    assert found == [
        ("a.yml", "W001", 1, 1, "give 'day_length' (minutes from the start) or 'end' (a time) "
                                "for the end of each day"),
        ("a.yml", "W001", 2, 1, "unknown key 'tempat'"),
        ("a.yml", "W001", 3, 1, "unknown key 'catatan'"),  # no comma hint outside { }
        ("a.yml", "W001", 4, 8, "'start' 25:00 is not a time of day (00:00 to 23:59)"),
        ("a.yml", "W001", 5, 1, "unknown key 'day_lenght' (did you mean 'day_length'?)"),
        ("a.yml", "W001", 8, 5, "day 2 must be a non-empty list of module ids, "
                                "e.g. [PNY-01, ORG-01]"),
        ("b.yml", "W001", 5, 10, "break 07:00–07:15 is outside the day (08:30–16:00)"),
        ("b.yml", "W001", 6, 49, "unknown key 'salat dan makan siang' in a break (a comma "
                                 "ends a value inside { }: put text with commas in quotes)"),
        ("b.yml", "W001", 7, 10, "break 15:50–16:05 is outside the day (08:30–16:00)"),
        ("b.yml", "W001", 8, 28, "'minutes' must be a whole number of minutes above 0, "
                                 "got -5"),
        ("b.yml", "W001", 9, 5, "a break needs 'minutes'"),
        ("b.yml", "W001", 10, 10, "break at 12:30 starts before the break at 12:00 ends "
                                  "(13:00)"),
        ("c.yml", "W001", 4, 1, "give either 'day_length' (minutes) or 'end' (a time), "
                                "not both"),
        ("d.yml", "W001", 2, 1, "give 'day_length' (minutes from the start) or 'end' (a time) "
                                "for the end of each day"),
        ("e.yml", "W001", 1, 1, "a workshop file holds 'field: value' lines, got a list"),
        ("f.yml", "W001", 1, 1, "'title' is missing or not text"),
        ("f.yml", "W001", 2, 13, "'day_length' must be a whole number of minutes above 0, "
                                 "got 0"),
        ("f.yml", "W001", 3, 7, "'days' must be a list of days, each a list of module ids, "
                                "e.g. - [PNY-01, ORG-01]"),
        ("g.yml", "W001", 3, 13, "the day would end after midnight (20:00 + 300 minutes)"),
    ]


def test_unknown_module(modules: Path) -> None:
    write(modules, "lokakarya/a.yml", """\
title: Uji
start: "08:30"
day_length: 450
days:
  - [PNY-1, KDR-01]
  -
    - pny-01
    - XYZ-99
""")
    _, [workshop], found = load(modules)
    assert workshop.days == [["KDR-01"], []]  # unknown ids cannot be scheduled
    assert found == [
        ("a.yml", "W002", 5, 6, "module 'PNY-1' does not exist (did you mean 'PNY-01'?)"),
        ("a.yml", "W002", 7, 7, "module 'pny-01' does not exist (did you mean 'PNY-01'?)"),
        ("a.yml", "W002", 8, 7, "module 'XYZ-99' does not exist"),
    ]


def test_prerequisite_order(modules: Path) -> None:
    write(modules, "lokakarya/a.yml", """\
title: Uji
start: "08:30"
day_length: 450
days:
  - [KDR-01, ORG-02]
  - [ORG-01]
""")
    _, _, found = load(modules)
    assert found == [
        ("a.yml", "W003", 5, 14, "ORG-02 needs ORG-01, which comes later, on day 2"),
        ("a.yml", "W003", 6, 6, "ORG-01 needs PNY-01, which is not in the workshop"),
    ]
    # earlier on the same day is enough; 'place:' and 'breaks:' may be left empty
    write(modules, "lokakarya/a.yml", "title: Uji\nplace:\nstart: '08:30'\nday_length: 450\n"
                                      "breaks:\n  # - {at: '10:00', minutes: 15, name: Rehat}\n"
                                      "days: [[PNY-01, ORG-01, ORG-02]]\n")
    _, [workshop], found = load(modules)
    assert found == [] and (workshop.place, workshop.breaks) == ("", [])


def test_day_overflow(modules: Path) -> None:
    write(modules, "lokakarya/a.yml", """\
title: Uji
start: "08:30"
end: "10:00"
breaks:
  - {at: "09:30", minutes: 20, name: Rehat}
days:
  - [PNY-01]
  - [ORG-01]
  - [ORG-02, KDR-01]
""")
    catalog, [workshop], found = load(modules)
    # day 1 ends 09:30 exactly when the break is due: the programme is over, no break;
    # day 2 overflows only by the break taken after the last step (09:45–10:05)
    assert found == [
        ("a.yml", "W004", 8, 5, "day 2 ends at 10:05, 5 minutes after 10:00"),
        ("a.yml", "W004", 9, 5, "day 3 ends at 12:20, 140 minutes after 10:00"),
    ]
    days = workshop.schedule(catalog.modules)
    assert [(clock(d.end), d.overflow) for d in days] == [("09:30", 0), ("10:05", 5),
                                                          ("12:20", 140)]
    assert [s.times for s in days[2].slots] == ["08:30–10:00", "10:00–10:20", "10:20–11:00",
                                                "11:00–12:20"]


def test_module_twice(modules: Path) -> None:
    write(modules, "lokakarya/a.yml", """\
title: Uji
start: "08:30"
day_length: 450
days:
  - [PNY-01, ORG-01]
  - [KDR-01, PNY-01, KDR-01]
""")
    _, [workshop], found = load(modules)
    assert workshop.days == [["PNY-01", "ORG-01"], ["KDR-01"]]
    assert found == [
        ("a.yml", "W005", 6, 14, "module PNY-01 is already in the workshop (day 1)"),
        ("a.yml", "W005", 6, 22, "module KDR-01 is already in the workshop (day 2)"),
    ]


def test_real_content_workshops() -> None:
    catalog = load_catalog(REPO / "content")
    workshops, problems = load_workshops(catalog.root, lambda rel: rel, catalog.modules)
    assert [d.format() for d in problems] == []
    if (REPO / "content" / "lokakarya").is_dir():
        for workshop in workshops:
            assert all(day.slots for day in workshop.schedule(catalog.modules))
    else:
        assert workshops == []
