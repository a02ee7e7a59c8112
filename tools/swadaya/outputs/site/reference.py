"""The author guide's field tables, generated from the model (never a Python type name)."""

from __future__ import annotations

from pydantic import BaseModel

from swadaya.model.module import vocabulary_fields

#: Nested list fields → what the author guide calls a list of them.
_LIST_KINDS = {"AgendaItem": "daftar langkah", "BomItem": "daftar bahan",
               "LabourItem": "daftar tenaga kerja", "TransportItem": "daftar angkutan",
               "MaintenanceTask": "daftar pekerjaan"}


def _kind(annotation: object) -> str:
    """How the author guide names a field's type (never a Python type name)."""
    text = str(annotation)
    for name, kind in _LIST_KINDS.items():
        if name in text:
            return kind
    if text.startswith("list"):
        return "daftar teks"
    for marker, kind in (("date", "tanggal"), ("float", "angka"), ("int", "bilangan bulat")):
        if marker in text:
            return kind
    return "teks"


def field_rows(model: type[BaseModel]) -> list[dict[str, object]]:
    """One row per field for the author guide: name, kind, required, vocabulary, meaning."""
    vocab = vocabulary_fields(model)
    return [{"name": name, "kind": _kind(info.annotation), "required": info.is_required(),
             "vocabulary": vocab.get(name, ""), "description": info.description or ""}
            for name, info in model.model_fields.items()]
