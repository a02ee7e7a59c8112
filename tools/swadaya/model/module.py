"""The module model: the front matter of a training module, declared once.

The checker validates against it, ``swadaya schema`` prints its JSON Schema, the
MkDocs plugin and every template read it, and the author guide's field table is
generated from the descriptions below. Field names are a contract: other outputs
(handbooks, session plans, search) depend on them.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

#: A module id: the area's prefix, a dash, two or three digits.
ID_PATTERN = r"^[A-Z]{3}-[0-9]{2,3}$"


def vocab(name: str, description: str, **kwargs: Any) -> Any:
    """A field whose values must be ids from vocabulary ``name`` of the taxonomy."""
    return Field(description=description, json_schema_extra={"x-vocabulary": name}, **kwargs)


class AgendaItem(BaseModel):
    """One timed step of the facilitator's plan."""

    model_config = ConfigDict(strict=True, extra="ignore", defer_build=True,
                              json_schema_extra={"additionalProperties": False})

    step: str = Field(min_length=1, description="Nama langkah, mis. 'Pembukaan dan perkenalan'.")
    minutes: int = Field(gt=0, description="Lama langkah dalam menit (bilangan bulat > 0).")
    method: str = vocab("methods", "Metode langkah; id dari kosakata `methods`.")


class BomItem(BaseModel):
    """One line of a guide's bill of materials."""

    model_config = ConfigDict(strict=True, extra="ignore", defer_build=True,
                              json_schema_extra={"additionalProperties": False})

    item: str = Field(min_length=1, description="Nama bahan, unik dalam satu panduan.")
    quantity: float = Field(gt=0, description="Jumlah (boleh pecahan, mis. 0.5), > 0.")
    unit: str = vocab("units", "Satuan; id dari kosakata `units`.")
    unit_cost: int = Field(gt=0, description="Harga satuan dalam rupiah (bilangan bulat > 0).")
    substitute: str = Field(default="", description="Pengganti lokal (boleh kosong).")
    source: str = Field(default="", description="Tempat membeli atau mendapatkan.")


class MaintenanceTask(BaseModel):
    """One recurring maintenance task of a guide."""

    model_config = ConfigDict(strict=True, extra="ignore", defer_build=True,
                              json_schema_extra={"additionalProperties": False})

    task: str = Field(min_length=1, description="Apa yang dikerjakan.")
    interval: str = Field(min_length=1, description="Seberapa sering, mis. 'setiap bulan'.")


class ModuleMeta(BaseModel):
    """Front matter of one module (``content/modules/**.md``)."""

    model_config = ConfigDict(strict=True, extra="ignore", defer_build=True,
                              json_schema_extra={"additionalProperties": False})

    id: str = Field(pattern=ID_PATTERN,
                    description="Kode unik dan tetap: awalan area, tanda '-', dua/tiga angka "
                                "(mis. ORG-02). Jangan diubah setelah terbit.")
    title: str = Field(min_length=1, description="Judul modul, singkat dan jelas.")
    type: str = vocab("types", "Jenis modul: `sesi` (sesi pelatihan), `panduan` (panduan "
                               "teknis) atau `alat` (alat kerja/lembar kerja).")
    area: str = vocab("areas", "Arah program tempat modul ini berada.")
    stages: list[str] = vocab("stages", "Tahap program yang dilayani modul (satu atau lebih).",
                              min_length=1)
    components: list[str] = vocab("components", "Komponen program yang didukung modul.",
                                  min_length=1)
    approaches: list[str] = vocab("approaches", "Pendekatan program yang dipakai (boleh "
                                  "kosong).", default_factory=list)
    audience: list[str] = vocab("audiences", "Untuk siapa modul ini: kader, fasilitator, "
                                "masyarakat, pengurus.", min_length=1)
    level: str = vocab("levels", "Tingkat: `dasar`, `menengah` atau `lanjut`.")
    duration: int = Field(gt=0, le=24 * 60,
                          description="Lama sesi dalam menit. Jumlah menit agenda harus sama "
                                      "dengan angka ini.")
    summary: str = Field(min_length=1, description="Satu-dua kalimat untuk daftar modul dan "
                                                   "hasil pencarian.")
    objectives: list[str] = Field(min_length=1, description="Tujuan: apa yang dapat dilakukan "
                                  "peserta sesudah sesi, diawali kata kerja.")
    prerequisites: list[str] = Field(default_factory=list,
                                     description="Id modul yang sebaiknya dipelajari lebih "
                                                 "dulu. Harus ada dan tidak boleh berputar.")
    materials: list[str] = Field(default_factory=list,
                                 description="Bahan dan alat yang perlu disiapkan.")
    agenda: list[AgendaItem] = Field(default_factory=list,
                                     description="Rencana waktu fasilitator: daftar `step`, "
                                                 "`minutes`, `method`. Wajib untuk `sesi`.")
    competencies: list[str] = Field(default_factory=list,
                                    description="Tanda kemampuan yang dapat diamati dan dinilai "
                                                "masyarakat. Wajib untuk `sesi`.")
    reviewed: dt.date = Field(description="Tanggal terakhir diperiksa, format 2026-11-01 "
                                          "(tanpa tanda kutip).")
    # --- technical guides (type: panduan) ---
    bill_of_materials: list[BomItem] = Field(
        default_factory=list, description="Panduan: daftar bahan (`item`, `quantity`, `unit`, "
        "`unit_cost`, `substitute`, `source`). Wajib untuk `panduan`.")
    tools: list[str] = Field(default_factory=list, description="Panduan: perkakas yang dipakai.")
    build_time: int | None = Field(default=None, gt=0,
                                   description="Panduan: lama membuat, dalam menit.")
    difficulty: str | None = vocab("difficulties", "Panduan: `mudah`, `sedang` atau `sulit`.",
                                   default=None)
    people: int | None = Field(default=None, gt=0,
                               description="Panduan: jumlah orang yang diperlukan.")
    capacity: str = Field(default="", description="Panduan: hasil atau manfaat, mis. "
                                                  "'40 liter air bersih per hari'.")
    lifetime: str = Field(default="", description="Panduan: umur pakai, mis. '5–10 tahun'.")
    safety: list[str] = Field(default_factory=list,
                              description="Panduan: catatan keselamatan. Wajib untuk `panduan`.")
    maintenance: list[MaintenanceTask] = Field(
        default_factory=list, description="Panduan: perawatan (`task`, `interval`). Wajib untuk "
        "`panduan`.")
    prices_as_of: dt.date | None = Field(default=None, description="Panduan: tanggal harga "
                                         "diperiksa. Wajib untuk `panduan`.")
    sources: list[str] = Field(default_factory=list,
                               description="Panduan: sumber angka teknis. Wajib untuk `panduan`.")


def rebuilt(dump: dict[str, Any]) -> ModuleMeta:
    """A module from the ``model_dump()`` of one that passed validation, without validating
    again: what the parse cache keeps (its entries are checksummed and tied to this code,
    so a dump in it was made here). Nested items become their models too."""
    nested: dict[str, type[BaseModel]] = {"agenda": AgendaItem, "bill_of_materials": BomItem,
                                          "maintenance": MaintenanceTask}
    values = dict(dump)
    for name, model in nested.items():
        values[name] = [model.model_construct(**item) for item in values.get(name) or []]
    return ModuleMeta.model_construct(**values)


@functools.cache  # asked for every module on every check
def vocabulary_fields(model: type[BaseModel] = ModuleMeta) -> dict[str, str]:
    """Field name → vocabulary name, for every field that takes taxonomy ids."""
    found = {}
    for name, info in model.model_fields.items():
        extra = info.json_schema_extra
        if isinstance(extra, dict) and "x-vocabulary" in extra:
            found[name] = str(extra["x-vocabulary"])
    return found
