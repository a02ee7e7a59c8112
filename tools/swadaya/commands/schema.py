"""``swadaya schema``: the JSON Schema of a module's front matter, from the model."""

from __future__ import annotations

import json
import sys
from typing import Any

from swadaya.model.load import TAXONOMY_FILE
from swadaya.model.module import ModuleMeta
from swadaya.model.taxonomy import Taxonomy, load_taxonomy
from swadaya.project import Project


def _add_enums(node: Any, taxonomy: Taxonomy | None) -> None:
    if isinstance(node, dict):
        vocabulary = node.get("x-vocabulary")
        if vocabulary and taxonomy is not None:
            terms = list(taxonomy.terms(vocabulary))
            target = node["items"] if node.get("type") == "array" else node
            target["enum"] = terms
        for value in node.values():
            _add_enums(value, taxonomy)
    elif isinstance(node, list):
        for value in node:
            _add_enums(value, taxonomy)


def module_schema(taxonomy: Taxonomy | None = None) -> dict[str, Any]:
    """The JSON Schema of module front matter; vocabulary fields get the taxonomy's ids."""
    schema = ModuleMeta.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Swadaya module front matter"
    _add_enums(schema, taxonomy)
    return schema


def schema_text(taxonomy: Taxonomy | None = None) -> str:
    """The schema as stable, pretty JSON."""
    return json.dumps(module_schema(taxonomy), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def run_schema(project: Project) -> int:
    """CLI: ``swadaya schema``: print the schema with this project's vocabularies."""
    taxonomy, _ = load_taxonomy(project.content / TAXONOMY_FILE, TAXONOMY_FILE)
    sys.stdout.write(schema_text(taxonomy))
    return 0
