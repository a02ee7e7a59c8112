"""Numbers the Indonesian way: Rp 1.250.000, 2,5%, and rupiah rounding."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal


def rupiah_round(value: Decimal) -> int:
    """Round to a whole rupiah, halves up (as a cashier does)."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def thousands(value: int) -> str:
    """1250000 → '1.250.000' (dot as the thousands separator)."""
    sign = "-" if value < 0 else ""
    return sign + f"{abs(value):,}".replace(",", ".")


def rupiah(value: int) -> str:
    """1250000 → 'Rp 1.250.000'; a loss keeps its minus before the number: 'Rp -50.000'."""
    return f"Rp {thousands(value)}"


def percent(value: Decimal | float | int, places: int = 2) -> str:
    """2.5 → '2,5%'; 2 → '2%'; at most ``places`` decimals, trailing zeros dropped."""
    text = f"{Decimal(str(value)):.{places}f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") + "%"


_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember")


def date_id(value: dt.date | None) -> str:
    """2026-11-01 → '1 November 2026'."""
    if value is None:
        return "-"
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"
