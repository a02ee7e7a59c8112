"""The content model: one type per kind of content, their loaders, and the catalog."""
