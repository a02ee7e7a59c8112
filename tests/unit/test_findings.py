"""Findings kept as plain data, and pages read on every core."""

from __future__ import annotations

import multiprocessing
import os

import pytest

from swadaya.checks.findings import PARALLEL_FROM, Finding, Findings, read_all
from swadaya.diagnostics import Number, make


def test_a_finding_comes_back_from_its_stored_form() -> None:
    found = Findings()
    found.add(3, 1, "K002", grade=9, target=7, audience="kader", per_sentence=Number(12.25),
              long_words=14)
    found.add(5, 2, "K003", "abbreviation", term="NIB")
    back = [Finding.from_stored(f.stored()) for f in found]
    assert back == list(found)
    assert [make("a.md", f.line, f.col, f.code, f.key, **f.fields).format() for f in back] == \
        [make("a.md", f.line, f.col, f.code, f.key, **f.fields).format() for f in found]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_many_pages_are_read_on_every_core_with_the_same_result(
        jobs: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SWADAYA_JOBS", jobs)
    ids = [f"M-{n:04d}" for n in range(PARALLEL_FROM * 2)]
    # with two processes, each waits at its first page until the other has started: else one
    # could take both halves before the other starts (the test failed so, once in a while)
    both = multiprocessing.get_context("fork").Barrier(2) if jobs == "2" else None
    started: set[int] = set()

    def read(i: str) -> tuple[str, int]:
        if both is not None and os.getpid() not in started:
            started.add(os.getpid())
            both.wait(timeout=30)
        return i.lower(), os.getpid()

    got = read_all(ids, read)
    assert sorted(got) == sorted(ids)
    assert all(value[0] == i.lower() for i, value in got.items())
    processes = {value[1] for value in got.values()}
    assert len(processes) == int(jobs)
    assert (os.getpid() in processes) == (jobs == "1")


def test_few_pages_are_read_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SWADAYA_JOBS", "2")
    got = read_all(["A", "B"], lambda i: os.getpid())
    assert set(got.values()) == {os.getpid()}
