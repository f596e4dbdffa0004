"""Where the program keeps its data: never in the working tree.

``CVM_DIRECTOR_HOME`` overrides the location (tests and portable installs use it);
otherwise Qt's per-user application data folder is used.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from app import APP_NAME, ORG_NAME

HOME_ENV = "CVM_DIRECTOR_HOME"
DEFAULT_DB_NAME = "cvm-director.db"
DEMO_DB_NAME = "demo.db"


def data_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        path = Path(override)
    else:
        if not QCoreApplication.applicationName() or QCoreApplication.applicationName() == "python":
            QCoreApplication.setOrganizationName(ORG_NAME)
            QCoreApplication.setApplicationName(APP_NAME)
        location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        path = Path(location)
    path.mkdir(parents=True, exist_ok=True)
    return path


def _subdir(name: str) -> Path:
    path = data_dir() / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


def demo_db_path() -> Path:
    """The demo network's database: kept apart from the real one."""
    return data_dir() / DEMO_DB_NAME


def keys_dir() -> Path:
    path = _subdir("keys")
    if os.name != "nt":
        path.chmod(0o700)
    return path


def logs_dir() -> Path:
    return _subdir("logs")


def backups_dir() -> Path:
    return _subdir("backups")


def settings_file() -> Path:
    return data_dir() / "settings.ini"
