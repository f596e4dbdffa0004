"""CVM Director: open the program, or run a headless verb (demo, site, info).

python main.py [--db PATH]            open the program (on its own database by default)
python main.py demo --db PATH [--scale N]
python main.py site init --kind center --center N --db PATH
python main.py info --db PATH
python main.py report --list | report NAME --fy YEAR --out FILE --db PATH
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

VERBS = ("demo", "site", "info", "import", "export", "package", "consolidate", "kpi", "report")


def main(argv: list[str]) -> int:
    if argv and argv[0] in VERBS:
        from app.cli import run

        return run(argv)
    parser = argparse.ArgumentParser(prog="main.py", description="CVM Director")
    parser.add_argument("--db", type=Path, help="database file to open")
    args, qt_args = parser.parse_known_args(argv)
    from app.views.app_main import run_gui

    exit_code: int = run_gui(args.db, [sys.argv[0], *qt_args])
    return exit_code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
