"""The MkDocs adapter: a thin layer over the core (catalog, checks, generated pages)."""
