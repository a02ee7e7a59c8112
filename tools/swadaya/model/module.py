"""The module model: the front matter of a training module, declared once.

The checker validates against it, ``swadaya schema`` prints its JSON Schema, the
MkDocs plugin and every template read it, and the author guide's field table is
generated from the descriptions below. Field names are a contract: other outputs
(handbooks, session plans, search) depend on them.
"""

from __future__ import annotations

import datetime as dt
import functools
import typing
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

#: A module id: the area's prefix, a dash, two or three digits.
ID_PATTERN = r"^[A-Z]{3}-[0-9]{2,3}$"
#: An id in the materials list: lowercase words joined by dashes (``semen-portland-50kg``).
MATERIAL_ID = r"^[a-z0-9]+(-[a-z0-9]+)*$"


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
    """One line of a guide's bill of materials: a material of the materials list, by id."""

    model_config = ConfigDict(strict=True, extra="ignore", defer_build=True,
                              json_schema_extra={"additionalProperties": False})

    material: str = Field(json_schema_extra={"pattern": MATERIAL_ID},
                          description="Id bahan di daftar harga `content/harga/bahan.yml`, "
                                      "mis. `semen-portland-50kg`; unik dalam satu panduan.")
    quantity: float = Field(gt=0, description="Jumlah (boleh pecahan, mis. 0.5), > 0, dalam "
                                              "satuan bahan di daftar harga.")
    unit: str | None = vocab("units", "Satuan, boleh tidak ditulis; bila ditulis harus sama "
                             "dengan satuan bahan di daftar harga.", default=None)
    note: str = Field(default="", description="Keterangan untuk panduan ini, mis. 'untuk "
                                              "pipa mulut lubang'.")
    substitute: str = Field(default="", description="Pengganti lokal (boleh kosong).")
    unit_cost: int | None = Field(default=None, gt=0, description="Harga sendiri panduan ini, "
                                  "hanya bila bahannya memang berbeda; wajib dengan "
                                  "`price_reason`. Menggantikan harga daftar dan wilayah.")
    price_reason: str = Field(default="", description="Alasan harga sendiri (`unit_cost`).")


class LabourItem(BaseModel):
    """One line of a guide's labour: a kind of work, its wage and how many person-days."""

    model_config = ConfigDict(strict=True, extra="ignore",
                              json_schema_extra={"additionalProperties": False})

    work: str = Field(min_length=1,
                      description="Pekerjaan, mis. 'Membangun kubah dan plester'.")
    wage: str = Field(json_schema_extra={"pattern": MATERIAL_ID},
                      description="Id upah di bagian `wages` daftar harga, mis. `tukang` atau "
                                  "`pekerja`.")
    person_days: float = Field(gt=0, description="Hari orang kerja (HOK): jumlah orang × hari "
                                                 "kerja 8 jam.")


class TransportItem(BaseModel):
    """One line of a guide's transport: what is carried, by what, how many trips."""

    model_config = ConfigDict(strict=True, extra="ignore",
                              json_schema_extra={"additionalProperties": False})

    what: str = Field(min_length=1, description="Apa yang diangkut, dari mana ke mana.")
    vehicle: str = Field(json_schema_extra={"pattern": MATERIAL_ID},
                         description="Id angkutan di bagian `transport` daftar harga, mis. "
                                     "`pikap`.")
    trips: float = Field(gt=0, description="Berapa kali jalan (rit).")


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
        default_factory=list, description="Panduan: daftar bahan (`material`, `quantity`, "
        "`unit`, `note`, `substitute`; harga sendiri `unit_cost` dengan `price_reason`). Harga "
        "diambil dari daftar harga. Wajib untuk `panduan`.")
    labour: list[LabourItem] = Field(
        default_factory=list, description="Panduan: tenaga kerja (`work`, `wage`, "
        "`person_days`), dihitung dengan upah harian daftar harga atau wilayah.")
    transport: list[TransportItem] = Field(
        default_factory=list, description="Panduan: angkutan bahan (`what`, `vehicle`, "
        "`trips`), dihitung dengan ongkos per rit daftar harga atau wilayah.")
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
    sources: list[str] = Field(default_factory=list,
                               description="Panduan: sumber angka teknis. Wajib untuk `panduan`.")


def rebuilt(dump: dict[str, Any]) -> ModuleMeta:
    """A module from the ``model_dump()`` of one that passed validation, without validating
    again: what the parse cache keeps (its entries are checksummed and tied to this code,
    so a dump in it was made here). Nested items become their models too."""
    values = dict(dump)
    for name, model in _nested_lists().items():
        values[name] = [model.model_construct(**item) for item in values.get(name) or []]
    return ModuleMeta.model_construct(**values)


@functools.cache
def _nested_lists() -> dict[str, type[BaseModel]]:
    """Field name → model, for every ``list[SomeModel]`` field of a module: found from the
    annotations, so a new kind of nested line cannot be forgotten here."""
    found: dict[str, type[BaseModel]] = {}
    for name, info in ModuleMeta.model_fields.items():
        args = typing.get_args(info.annotation)
        if (typing.get_origin(info.annotation) is list and len(args) == 1
                and isinstance(args[0], type) and issubclass(args[0], BaseModel)):
            found[name] = args[0]
    return found


@functools.cache  # asked for every module on every check
def vocabulary_fields(model: type[BaseModel] = ModuleMeta) -> dict[str, str]:
    """Field name → vocabulary name, for every field that takes taxonomy ids."""
    found = {}
    for name, info in model.model_fields.items():
        extra = info.json_schema_extra
        if isinstance(extra, dict) and "x-vocabulary" in extra:
            found[name] = str(extra["x-vocabulary"])
    return found
