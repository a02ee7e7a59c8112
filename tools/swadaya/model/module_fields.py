"""Reading one module's front matter into the model: schema, unknown keys, vocabularies.

What the schema cannot express (sums, dates, a guide's parts) is checked later, on the
model, by :mod:`swadaya.checks.fields`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ValidationError

from swadaya.diagnostics import Diagnostic, make
from swadaya.model.hints import did_you_mean, suggestion
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

_EXPECTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "list_type": "a list",
    "date_type": "a date like 2026-11-01 (without quotes)",
    "date_parsing": "a date like 2026-11-01 (without quotes)",
    "model_type": "a mapping of 'field: value' lines",
    "dict_type": "a mapping of 'field: value' lines",
}

def describe(value: Any) -> str:
    """Name a YAML value in words an author knows (never a Python type name)."""
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return f"yes/no value '{str(value).lower()}'"
    if isinstance(value, int | float):
        return f"number {value}"
    if isinstance(value, str):
        short = value if len(value) <= 40 else value[:37] + "..."
        return f"text '{short}'"
    if isinstance(value, dt.date):
        return f"date {value.isoformat()}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return "a value of another kind"


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
                              "S001", f"required field '{name}' is missing"))
            continue
        line, col = doc.where(path)
        at = (line, col)
        got = describe(err.get("input"))
        if kind in _EXPECTED:
            found.append(make(shown, *at, "S002", f"'{name}' must be {_EXPECTED[kind]}, "
                                                  f"got {got}"))
        elif kind == "string_pattern_mismatch" and path == ("id",):
            found.append(make(shown, *at, "S005", f"id '{err.get('input')}' is not of the form "
                                                  "AREA-NN (e.g. ORG-02)"))
        elif kind == "too_short" and isinstance(err.get("input"), list):
            found.append(make(shown, *at, "S009", f"'{name}' needs at least one entry"))
        elif kind == "string_too_short":
            found.append(make(shown, *at, "S007", f"'{name}' must not be empty"))
        elif kind in ("greater_than", "less_than_equal"):
            limit = err.get("ctx", {})
            number = limit.get("gt", limit.get("le"))
            if isinstance(number, float) and number.is_integer():
                number = int(number)  # "greater than 0", not "0.0"
            bound = f"greater than {number}" if "gt" in limit else f"at most {number}"
            found.append(make(shown, *at, "S007", f"'{name}' must be {bound}, got {got}"))
        else:  # a pydantic rule we have no author wording for yet: keep its own message
            found.append(make(shown, *at, "S002", f"'{name}': {err['msg']}"))
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


def _unknown(key: str, known: list[str], what: str, at: tuple[int, int],
             shown: str) -> Diagnostic:
    guess = did_you_mean(key, known)
    hint = f"did you mean '{guess}'?" if guess else None
    return make(shown, *at, "S004", f"unknown {what} '{key}'" + suggestion(guess), hint)


def _unknown_keys(data: dict[str, Any], doc: YamlDoc, shown: str) -> list[Diagnostic]:
    known = list(ModuleMeta.model_fields)
    found = [_unknown(key, known, "field", doc.key_where((key,)), shown)
             for key in data if key not in known]
    for name, i, item in _items(data):
        item_known = list(NESTED[name].model_fields)
        what = f"{name.replace('_', ' ')} field"
        found += [_unknown(key, item_known, what, doc.key_where((name, i, key)), shown)
                  for key in item if key not in item_known]
    return found


def _vocabulary(data: dict[str, Any], doc: YamlDoc, taxonomy: Taxonomy,
                shown: str) -> list[Diagnostic]:
    found = []

    def check(value: Any, vocabulary: str, path: YamlPath, what: str) -> None:
        if not isinstance(value, str) or not taxonomy.terms(vocabulary):
            return  # wrong types are reported by the schema check
        if value in taxonomy.terms(vocabulary):
            return
        line, col = doc.where(path)
        guess = taxonomy.suggest(vocabulary, value)
        message = f"{what} '{value}' is not a known {taxonomy.singular(vocabulary)}"
        if guess:
            message += f" (did you mean '{guess}'?)"
        known = ", ".join(taxonomy.terms(vocabulary))
        found.append(make(shown, line, col, "S003", message,
                          f"known {vocabulary}: {known} (content/taxonomy.yml)"))

    for name, vocabulary in vocabulary_fields(ModuleMeta).items():
        value = data.get(name)
        if isinstance(value, list):
            for i, item in enumerate(value):
                check(item, vocabulary, (name, i), name)
        else:
            check(value, vocabulary, (name,), name)
    for name, i, item in _items(data):
        for field, vocabulary in vocabulary_fields(NESTED[name]).items():
            what = "agenda method" if name == "agenda" else f"{name.replace('_', ' ')} {field}"
            check(item.get(field), vocabulary, (name, i, field), what)
    return found


def read_module_fields(data: Any, doc: YamlDoc, taxonomy: Taxonomy, shown: str
                       ) -> tuple[ModuleMeta | None, list[Diagnostic]]:
    """Validate one module's front matter against the model.

    Positions in ``doc`` are lines of the file, so diagnostics point into it.
    Returns the model when the schema holds (other problems may still be reported).
    """
    if not isinstance(data, dict):
        return None, [make(shown, doc.first_line, 1, "Y004",
                           f"front matter must be 'field: value' lines, got {describe(data)}")]
    found = _unknown_keys(data, doc, shown)
    found += _vocabulary(data, doc, taxonomy, shown)
    try:
        meta = ModuleMeta.model_validate(data)
    except ValidationError as exc:
        return None, found + _schema_diagnostics(exc, doc, shown)
    return meta, found

