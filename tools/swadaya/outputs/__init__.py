"""Outputs built from the catalog: the site, print (PDF), search; no MkDocs import here."""
