"""Reading the author's files: text, front matter, safe YAML, data files, a Markdown scan.

The only layer that touches content on disk; it knows nothing of modules or pages.
"""
