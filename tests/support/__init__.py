"""Test harnesses and helpers: fixture projects, the real site, a browser, search quality."""
