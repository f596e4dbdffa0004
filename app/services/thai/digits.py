"""Conversion between Thai digits (๐–๙) and Arabic digits (0–9)."""

from __future__ import annotations

_ARABIC = "0123456789"
_THAI = "๐๑๒๓๔๕๖๗๘๙"
_TO_THAI = str.maketrans(_ARABIC, _THAI)
_TO_ARABIC = str.maketrans(_THAI, _ARABIC)


def to_thai_digits(text: str) -> str:
    """Replace every Arabic digit in ``text`` with the Thai digit of the same value."""
    return text.translate(_TO_THAI)


def to_arabic_digits(text: str) -> str:
    """Replace every Thai digit in ``text`` with the Arabic digit of the same value."""
    return text.translate(_TO_ARABIC)
