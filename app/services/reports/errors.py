"""Why a report could not be made, in words for the person who asked for it."""

from __future__ import annotations

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
        if isinstance(error, PermissionError):
            text = QCoreApplication.translate(
                "ReportError",
                "Cannot write {path}: the file is open in another program or the folder is "
                "read-only. Close the file or choose another folder.",
            )
        else:
            text = QCoreApplication.translate(
                "ReportError", "Cannot write {path}: {reason}. Choose another folder."
            )
        return cls(text.format(path=path, reason=error.strerror or error))
