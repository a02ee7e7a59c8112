"""Swadaya: one model of the programme's training modules, its checks and its outputs.

The core (everything outside ``swadaya.mkdocs_plugin``) never imports MkDocs, so the
content model, the checker and the generated pages survive a move to another
site generator.
"""

from __future__ import annotations

__version__ = "0.1.0"
