"""Outputs built from the catalog: the site, print (PDF), search, EPUB, ZIM and the offline
web app (from the built site); no MkDocs import here."""
