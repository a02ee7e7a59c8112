"""The accessibility rewrites of Markdown's and Material's HTML (outputs/site/access.py)."""

from __future__ import annotations

import markdown

from swadaya.outputs.site.access import label_task_lists, name_search_dialog, plain_text


def _tasks(text: str) -> str:
    """HTML exactly as the site's pymdownx.tasklist settings write it."""
    return markdown.markdown(text, extensions=["pymdownx.tasklist", "abbr"],
                             extension_configs={"pymdownx.tasklist": {"custom_checkbox": True}})


def test_each_checkbox_is_named_by_its_item() -> None:
    html = label_task_lists(_tasks(
        '- [ ] Kas dihitung **bersama** & dicatat\n'
        '- [x] Ketua berkata "cukup" di <abbr title="rapat">RAT</abbr>\n'))
    assert 'aria-label="Kas dihitung bersama &amp; dicatat"' in html
    assert 'aria-label="Ketua berkata &quot;cukup&quot; di RAT"' in html
    assert html.count("aria-label=") == 2
    assert label_task_lists(html) == html  # named once, even when run twice


def test_a_nested_list_does_not_leak_into_the_name() -> None:
    html = label_task_lists(_tasks("- [ ] Induk\n    - [ ] Anak\n"))
    assert 'aria-label="Induk"' in html and 'aria-label="Anak"' in html


def test_other_html_is_left_alone() -> None:
    html = "<ul><li>Biasa</li></ul><p>teks</p>"
    assert label_task_lists(html) == html


def test_search_dialog_gets_a_name_once() -> None:
    page = ('<div class="md-search" data-md-component="search" role="dialog">'
            '<label class="md-search__overlay" for="__search"></label></div>')
    named = name_search_dialog(page)
    assert 'role="dialog" aria-label="Pencarian">' in named
    assert name_search_dialog(named) == named
    assert name_search_dialog("<p>tanpa pencarian</p>") == "<p>tanpa pencarian</p>"


def test_plain_text() -> None:
    assert plain_text(" <b>Satu</b>\n  dua &amp; <i>tiga</i> ") == "Satu dua & tiga"
