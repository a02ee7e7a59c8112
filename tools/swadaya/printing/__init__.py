"""Print outputs: handbooks, session plans and workshop agendas as PDF (WeasyPrint).

Slow, so it is its own command (``swadaya handbook``/``plan``/``workshop``/``pdf``), never a
side effect of rendering a page. Reads the same catalog as the site.
"""
