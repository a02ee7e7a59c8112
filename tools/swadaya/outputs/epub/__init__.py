"""Handbooks as EPUB 3 for e-book reader apps: the same selection and edition as the PDF.

Written with our own templates and ``zipfile`` (ebooklib is AGPL-3.0); every chapter is
parsed with an HTML5 parser and written back as XHTML from an allow-list, so messy HTML in
a module still gives a valid book. Checked with EPUBCheck in the tests.
"""
