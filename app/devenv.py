"""Set up the program's own virtual environment, then run the program or the test suite.

Standard library only: this is the first thing a fresh machine runs.

    python3 -m app.devenv run [program arguments]
    python3 -m app.devenv test [pytest arguments]
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".cvm-installed"


def _venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def _wanted_stamp(extra: str) -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    return f"{digest}:{extra}"


def _installed_extras() -> set[str]:
    if not STAMP.exists():
        return set()
    return set(STAMP.read_text(encoding="utf-8").split())


def ensure_environment(extra: str = "") -> Path:
    """Create .venv and install the project (with an optional extra) when pyproject changed."""
    if sys.version_info < (3, 11):  # noqa: UP036  (this file runs before anything is installed)
        sys.exit("CVM Director needs Python 3.11 or newer / ต้องใช้ Python 3.11 ขึ้นไป")
    python = _venv_python()
    if not python.exists():
        print("Creating the virtual environment in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    wanted = _wanted_stamp(extra)
    if wanted not in _installed_extras():
        target = f".[{extra}]" if extra else "."
        print(f"Installing CVM Director and its pinned dependencies ({target}) ...", flush=True)
        subprocess.run(
            [
                str(python),
                "-m",
                "pip",
                "install",
                "--disable-pip-version-check",
                "-q",
                "-e",
                target,
            ],
            cwd=ROOT,
            check=True,
        )
        kept = {s for s in _installed_extras() if s.split(":")[0] == wanted.split(":")[0]}
        STAMP.write_text(" ".join(sorted(kept | {wanted})), encoding="utf-8")
    return python


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test"}:
        print(__doc__)
        return 2
    verb, rest = argv[0], argv[1:]
    if verb == "run":
        python = ensure_environment()
        return subprocess.call([str(python), str(ROOT / "main.py"), *rest], cwd=ROOT)
    python = ensure_environment("test")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
