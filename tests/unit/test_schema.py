"""The JSON Schema is generated from the one model, and the committed copy is in sync."""

from __future__ import annotations

import json

from support.projects import REPO
from swadaya.commands.schema import module_schema, schema_text
from swadaya.model.load import TAXONOMY_FILE
from swadaya.model.module import AgendaItem, ModuleMeta, vocabulary_fields
from swadaya.model.taxonomy import load_taxonomy

CONTRACT = ["id", "title", "type", "area", "stages", "components", "audience", "level",
            "duration", "summary", "objectives", "prerequisites", "materials", "agenda",
            "competencies", "reviewed"]


def _taxonomy():  # type: ignore[no-untyped-def]
    taxonomy, problems = load_taxonomy(REPO / "content" / TAXONOMY_FILE, TAXONOMY_FILE)
    assert problems == []
    return taxonomy


def test_committed_schema_is_in_sync() -> None:
    committed = (REPO / "schema" / "module.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(_taxonomy()), "run: swadaya schema > schema/module.schema.json"


def test_contract_field_names() -> None:
    assert set(CONTRACT) <= set(ModuleMeta.model_fields)
    schema = module_schema(_taxonomy())
    assert set(CONTRACT) <= set(schema["properties"])
    assert schema["additionalProperties"] is False
    assert schema["properties"]["duration"]["type"] == "integer"
    assert schema["properties"]["reviewed"]["format"] == "date"


def test_vocabulary_fields_carry_the_taxonomy_ids() -> None:
    taxonomy = _taxonomy()
    schema = module_schema(taxonomy)
    assert schema["properties"]["area"]["enum"] == list(taxonomy.terms("areas"))
    assert schema["properties"]["stages"]["items"]["enum"] == list(taxonomy.terms("stages"))
    method = schema["$defs"]["AgendaItem"]["properties"]["method"]
    assert method["enum"] == list(taxonomy.terms("methods"))
    assert set(vocabulary_fields()) == {"type", "area", "stages", "components", "approaches",
                                        "audience", "level", "difficulty"}


def test_every_field_is_described() -> None:
    for model in (ModuleMeta, AgendaItem):
        for name, info in model.model_fields.items():
            assert info.description, f"{model.__name__}.{name} needs a description"


def test_schema_is_valid_json() -> None:
    assert json.loads(schema_text())["title"] == "Swadaya module front matter"
