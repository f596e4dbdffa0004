"""Where the program's bundled resource files live."""

from __future__ import annotations

from pathlib import Path

_REFERENCE_DIR = Path(__file__).resolve().parents[2] / "resources" / "reference"


def reference_path(name: str) -> Path:
    """Return the path of ``resources/reference/<name>`` in the repository.

    ``name`` is a plain file name such as ``"provinces.csv"``; anything that would leave
    the reference folder is refused.
    """
    if not name or Path(name).name != name or name in {".", ".."}:
        raise ValueError(f"not a plain reference file name: {name!r}")
    return _REFERENCE_DIR / name
