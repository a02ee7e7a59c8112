"""Numbers, money, times and sizes written the way Indonesian readers write them.

One place for every formatting rule, so a rupiah amount, a duration or a file size reads
the same in a page, a PDF and the terminal: Rp 1.250.000, 2,5%, 2 jam 30 menit, 08:30,
1,2 MB.
"""

from __future__ import annotations

import datetime as dt
import re
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


def decimal(value: float, places: int = 1) -> str:
    """10.44 → '10,4': a measured figure with a fixed number of decimals, Indonesian comma."""
    return f"{value:.{places}f}".replace(".", ",")


def percent(value: Decimal | float | int, places: int = 2) -> str:
    """2.5 → '2,5%'; 2 → '2%'; at most ``places`` decimals, trailing zeros dropped."""
    text = f"{Decimal(str(value)):.{places}f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") + "%"


def quantity_text(value: float) -> str:
    """2.0 → '2', 0.5 → '0,5' (decimal comma)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember")


def date_id(value: dt.date | None) -> str:
    """2026-11-01 → '1 November 2026'."""
    if value is None:
        return "-"
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def minutes(value: int) -> str:
    """'90 menit' or '2 jam 30 menit', the way a facilitator says it."""
    hours, rest = divmod(int(value), 60)
    if not hours:
        return f"{rest} menit"
    return f"{hours} jam" + (f" {rest} menit" if rest else "")


def clock(value: int) -> str:
    """Minutes since midnight as ``HH:MM`` (hours past 23 are kept, e.g. ``24:10``)."""
    return f"{value // 60:02d}:{value % 60:02d}"


#: A time of day as an author writes it: ``8:30`` or ``08:30``.
TIME = re.compile(r"([0-9]{1,2}):([0-9]{2})")


def parse_clock(text: str) -> int | None:
    """``"8:30"`` or ``"08:30"`` as minutes since midnight; None unless a time of day."""
    match = TIME.fullmatch(text.strip())
    if not match:
        return None
    hours, mins = int(match[1]), int(match[2])
    return hours * 60 + mins if hours < 24 and mins < 60 else None


def size_text(size: int) -> str:
    """A file size in bytes as '412 KB' or '1,2 MB', the Indonesian way."""
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1024))} KB"
