"""HTML fragments to XHTML an e-book reader accepts: parsed as a browser would, then kept
only what EPUB 3 allows.

Python-Markdown passes raw HTML through, so a module can hold unclosed tags, ``<br>``,
``&nbsp;`` or a bare ``&``. The HTML5 parser (tinyhtml5) repairs all of that the way a
browser does; the allow-list then drops what EPUBCheck would refuse (obsolete elements such
as ``<font>`` are unwrapped, presentational attributes such as ``align`` dropped, scripts
removed with their content).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import tinyhtml5

XHTML = "http://www.w3.org/1999/xhtml"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Elements kept (everything else is unwrapped: its text and children stay).
ELEMENTS = _words("""
    a abbr aside b blockquote br caption cite code col colgroup dd del details dfn div
    dl dt em figcaption figure footer h1 h2 h3 h4 h5 h6 header hr i img ins kbd li mark
    nav ol p pre q s samp section small span strong sub summary sup table tbody td tfoot
    th thead time tr u ul var wbr
""")
#: Elements removed with everything inside them.
DROPPED = _words("""
    script style noscript iframe object embed template form button select textarea svg
    math video audio canvas
""")
#: Attributes kept on any element, and per element.
GLOBAL_ATTRIBUTES = frozenset({"id", "class", "title", "lang", "dir", "role"})
ATTRIBUTES = {"a": {"href"}, "img": {"src", "alt", "width", "height"},
              "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan", "scope"},
              "ol": {"start", "reversed", "type"}, "time": {"datetime"}, "details": {"open"},
              "col": {"span"}, "colgroup": {"span"}, "q": {"cite"}, "blockquote": {"cite"},
              "del": {"cite", "datetime"}, "ins": {"cite", "datetime"}}
#: A ticked or empty task-list box, as text (an e-book has no form controls).
BOX, TICKED = "☐", "☑"


def _local(tag: object) -> str | None:
    if not isinstance(tag, str):
        return None  # a comment or processing instruction
    namespace, _, name = tag.rpartition("}")
    return name if namespace.lstrip("{") == XHTML else None


def _attributes(name: str, element: ET.Element) -> dict[str, str]:
    kept = {}
    allowed = ATTRIBUTES.get(name, set())
    for key, value in element.attrib.items():
        if key in GLOBAL_ATTRIBUTES or key in allowed or key.startswith("aria-"):
            if key == "href" and value.strip().lower().startswith(("javascript:", "data:")):
                continue
            kept[key] = value
    return kept


def _clean(source: ET.Element, target: ET.Element) -> None:
    """Copy the allowed content of ``source`` into ``target`` (both XHTML elements)."""
    if source.text:
        _append_text(target, source.text)
    for child in source:
        name = _local(child.tag)
        if name in DROPPED or (name is None and isinstance(child.tag, str)) \
                or "task-list-indicator" in child.get("class", ""):
            pass  # removed whole (foreign elements too: inline SVG or MathML; the drawn box
            # of a task list, which the text box below replaces)
        elif name == "input":
            ticked = "checked" in child.attrib
            _append_text(target, (TICKED if ticked else BOX) + " ")
        elif name in ELEMENTS:
            copy = ET.SubElement(target, f"{{{XHTML}}}{name}", _attributes(name, child))
            if name == "img" and "alt" not in copy.attrib:
                copy.set("alt", "")
            _clean(child, copy)
        elif name is not None:
            _clean(child, target)  # unwrapped: its content stays in place
        if child.tail:
            _append_text(target, child.tail)


def _append_text(element: ET.Element, text: str) -> None:
    children = list(element)
    if children:
        children[-1].tail = (children[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text


#: Elements whose content must be phrasing (text-level) only.
_PHRASING_ONLY = _words("""
    span b i em strong code small abbr q sub sup mark s u kbd var samp dfn cite time
""")
#: Flow (block) elements, which a phrasing-only element may not hold.
_FLOW = _words("""
    div p ul ol dl table blockquote pre h1 h2 h3 h4 h5 h6 figure details section aside
    nav header footer hr
""")
#: Items that need their list around them.
_LIST_OF = {"li": "ul", "dt": "dl", "dd": "dl"}
_PARENTS_OF = {"li": {"ul", "ol"}, "dt": {"dl"}, "dd": {"dl"}}


def _fix_nesting(element: ET.Element) -> None:
    """Repair what the HTML5 parser leaves but EPUB's content models refuse: a block inside
    a text-level element (the element becomes a ``div``) and list items outside a list (they
    are wrapped in one)."""
    name = _local(element.tag)
    children = list(element)
    if name in _PHRASING_ONLY and any(_local(c.tag) in _FLOW for c in element.iter()
                                      if c is not element):
        element.tag = f"{{{XHTML}}}div"
        name = "div"
    index = 0
    while index < len(children):
        child = children[index]
        kind = _local(child.tag) or ""
        if kind in _LIST_OF and name not in _PARENTS_OF[kind]:
            run = [child]
            while index + len(run) < len(children) and \
                    _LIST_OF.get(_local(children[index + len(run)].tag) or "") == _LIST_OF[kind]:
                run.append(children[index + len(run)])
            wrapper = ET.Element(f"{{{XHTML}}}{_LIST_OF[kind]}")
            position = list(element).index(child)
            for item in run:
                element.remove(item)
                wrapper.append(item)
            wrapper.tail, run[-1].tail = run[-1].tail, None
            element.insert(position, wrapper)
            children = list(element)
            index = position + 1
            continue
        index += 1
    for child in element:
        _fix_nesting(child)


def body_xhtml(fragment: str) -> ET.Element:
    """An XHTML ``<body>`` element holding the cleaned content of an HTML fragment."""
    document = tinyhtml5.parse(f"<!DOCTYPE html><html><body>{fragment}</body></html>")
    source = document.find(f"{{{XHTML}}}body")
    body = ET.Element(f"{{{XHTML}}}body")
    if source is not None:
        _clean(source, body)
        _fix_nesting(body)
    return body


def serialize(element: ET.Element) -> str:
    """An element as XML text (the XHTML namespace as the default one)."""
    # registered here, not once at import: another library registering its own default
    # namespace (WeasyPrint's SVG code does) removes ours, and tags came out as "ns0:p"
    ET.register_namespace("", XHTML)
    return ET.tostring(element, encoding="unicode", short_empty_elements=True)
