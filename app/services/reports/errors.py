"""Why a report could not be made, in words for the person who asked for it."""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QCoreApplication


class ReportCancelled(Exception):
    """The person stopped the report; no file was left behind."""


class ReportError(Exception):
    """A report that could not be made or written; ``message`` is translated."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    @classmethod
    def cannot_write(cls, path: Path, error: OSError) -> ReportError:
        """Why ``path`` could not be written, in the program's language (the system's own
        reason, in English, only for rare errors)."""
        if isinstance(error, PermissionError):
            text = QCoreApplication.translate(
                "ReportError",
                "Cannot write {path}: the file is open in another program or the folder is "
                "read-only. Close the file or choose another folder.",
            )
        elif isinstance(error, FileNotFoundError | NotADirectoryError):
            text = QCoreApplication.translate(
                "ReportError",
                "Cannot write {path}: the folder does not exist. Choose another folder.",
            )
        elif isinstance(error, IsADirectoryError):
            text = QCoreApplication.translate(
                "ReportError", "Cannot write {path}: a folder has that name. Choose another name."
            )
        elif error.errno in (errno.ENOSPC, errno.EDQUOT):
            text = QCoreApplication.translate(
                "ReportError",
                "Cannot write {path}: the disk is full. Free some space or choose another folder.",
            )
        else:
            text = QCoreApplication.translate(
                "ReportError", "Cannot write {path}: {reason}. Choose another folder."
            )
        return cls(text.format(path=path, reason=error.strerror or error))
