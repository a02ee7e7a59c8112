"""Reading one module's front matter into the model: schema, unknown keys, vocabularies.

What the schema cannot express (sums, dates, a guide's parts) is checked later, on the
model, by :mod:`swadaya.checks.fields`.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from swadaya.diagnostics import Diagnostic, common, describe, make, suggestion
from swadaya.model.hints import did_you_mean
from swadaya.model.module import (
    AgendaItem,
    BomItem,
    LabourItem,
    MaintenanceTask,
    ModuleMeta,
    TransportItem,
    vocabulary_fields,
)
from swadaya.model.taxonomy import Taxonomy
from swadaya.source.yamlsafe import YamlDoc, YamlPath

#: Pydantic's error kinds → what the field must be (a phrase of the registry).
_EXPECTED = {
    "string_type": "expect_text",
    "int_type": "expect_number",
    "int_parsing": "expect_number",
    "int_from_float": "expect_number",
    "list_type": "expect_list",
    "date_type": "expect_date",
    "date_parsing": "expect_date",
    "model_type": "expect_mapping",
    "dict_type": "expect_mapping",
}


def _dotted(path: YamlPath) -> str:
    out = ""
    for part in path:
        out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _schema_diagnostics(exc: ValidationError, doc: YamlDoc, shown: str) -> list[Diagnostic]:
    found = []
    for err in exc.errors():
        path: YamlPath = tuple(err["loc"])
        name = _dotted(path)
        kind = err["type"]
        if kind == "missing":
            line, col = doc.where(path[:-1]) if len(path) > 1 else (0, 1)
            found.append(make(shown, line if len(path) > 1 else doc.first_line - 1, col,
                              "S001", name=name))
            continue
        line, col = doc.where(path)
        at = (line, col)
        got = describe(err.get("input"))
        if kind in _EXPECTED:
            found.append(make(shown, *at, "S002", name=name, expected=common(_EXPECTED[kind]),
                              got=got))
        elif kind == "string_pattern_mismatch" and path == ("id",):
            found.append(make(shown, *at, "S005", value=str(err.get("input"))))
        elif kind == "too_short" and isinstance(err.get("input"), list):
            found.append(make(shown, *at, "S009", name=name))
        elif kind == "string_too_short":
            found.append(make(shown, *at, "S007", "empty", name=name))
        elif kind in ("greater_than", "less_than_equal"):
            limit = err.get("ctx", {})
            number = limit.get("gt", limit.get("le"))
            if isinstance(number, float) and number.is_integer():
                number = int(number)  # "greater than 0", not "0.0"
            found.append(make(shown, *at, "S007", "above" if "gt" in limit else "at_most",
                              name=name, bound=number, got=got))
        else:  # a pydantic rule we have no author wording for yet: keep its own message
            found.append(make(shown, *at, "S002", "other", name=name, detail=err["msg"]))
    return found


#: List fields whose items are models of their own, checked field by field.
NESTED: dict[str, type[BaseModel]] = {"agenda": AgendaItem,
                                      "bill_of_materials": BomItem,
                                      "labour": LabourItem,
                                      "transport": TransportItem,
                                      "maintenance": MaintenanceTask}


def _items(data: dict[str, Any]) -> list[tuple[str, int, dict[str, Any]]]:
    """(field, index, item) for every mapping inside a nested list field."""
    found = []
    for name in NESTED:
        value = data.get(name)
        if isinstance(value, list):
            found += [(name, i, item) for i, item in enumerate(value) if isinstance(item, dict)]
    return found


def _unknown(key: str, known: list[str], parent: str, at: tuple[int, int],
             shown: str) -> Diagnostic:
    guess = suggestion(did_you_mean(key, known))
    if parent:
        return make(shown, *at, "S004", "nested", key=key, parent=parent, guess=guess)
    return make(shown, *at, "S004", key=key, guess=guess)


def _unknown_keys(data: dict[str, Any], doc: YamlDoc, shown: str) -> list[Diagnostic]:
    known = list(ModuleMeta.model_fields)
    found = [_unknown(key, known, "", doc.key_where((key,)), shown)
             for key in data if key not in known]
    for name, i, item in _items(data):
        item_known = list(NESTED[name].model_fields)
        parent = name.replace("_", " ")
        found += [_unknown(key, item_known, parent, doc.key_where((name, i, key)), shown)
                  for key in item if key not in item_known]
    return found


def _vocabulary(data: dict[str, Any], doc: YamlDoc, taxonomy: Taxonomy,
                shown: str) -> list[Diagnostic]:
    found = []

    def check(value: Any, vocabulary: str, path: YamlPath, name: str, parent: str = "") -> None:
        if not isinstance(value, str) or not taxonomy.terms(vocabulary):
            return  # wrong types are reported by the schema check
        if value in taxonomy.terms(vocabulary):
            return
        line, col = doc.where(path)
        found.append(make(shown, line, col, "S003", "nested" if parent else "", hint="known",
                          name=name, parent=parent, value=value, kind=common(vocabulary),
                          guess=suggestion(taxonomy.suggest(vocabulary, value)),
                          vocabulary=vocabulary, known=", ".join(taxonomy.terms(vocabulary))))

    for name, vocabulary in vocabulary_fields(ModuleMeta).items():
        value = data.get(name)
        if isinstance(value, list):
            for i, item in enumerate(value):
                check(item, vocabulary, (name, i), name)
        else:
            check(value, vocabulary, (name,), name)
    for name, i, item in _items(data):
        for field, vocabulary in vocabulary_fields(NESTED[name]).items():
            check(item.get(field), vocabulary, (name, i, field), field, name.replace("_", " "))
    return found


def read_module_fields(data: Any, doc: YamlDoc, taxonomy: Taxonomy, shown: str
                       ) -> tuple[ModuleMeta | None, list[Diagnostic]]:
    """Validate one module's front matter against the model.

    Positions in ``doc`` are lines of the file, so diagnostics point into it.
    Returns the model when the schema holds (other problems may still be reported).
    """
    if not isinstance(data, dict):
        return None, [make(shown, doc.first_line, 1, "Y004", got=describe(data))]
    found = _unknown_keys(data, doc, shown)
    found += _vocabulary(data, doc, taxonomy, shown)
    try:
        meta = ModuleMeta.model_validate(data)
    except ValidationError as exc:
        return None, found + _schema_diagnostics(exc, doc, shown)
    return meta, found

