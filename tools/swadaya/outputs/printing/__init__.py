"""Print outputs: handbooks, session plans, guide cards and workshop agendas as PDF (WeasyPrint).

Slow, so they are their own commands (``swadaya handbook``/``plan``/``card``/``workshop``/``pdf``),
never a side effect of rendering a page. Reads the same catalog as the site, and nothing of
the site: what both show is in :mod:`swadaya.outputs.decorate`.
"""
