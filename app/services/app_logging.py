"""The program's log: a rotating UTF-8 file in ``paths.logs_dir()``.

Personal data never goes into the log (PDPA): callers log ids and counts, never names, and as
a second line of defence every formatted record is scrubbed of national id numbers, phone
numbers, e-mail addresses and SQL parameter lists (SQLAlchemy puts row values into its error
texts).
"""

from __future__ import annotations

import logging
import os
import re
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from app.services import paths

LOG_FILE_NAME = "cvm-director.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
LOGGER_NAME = "cvm"
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

_REDACTIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    # SQLAlchemy error texts: "[parameters: (...)]" and "[SQL: ...]" hold row values.
    (re.compile(r"\[parameters: .*?\](?=\s*(?:\n|\(Background|$))", re.DOTALL), "[parameters: …]"),
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"), "<email>"),
    # 13-digit national ids, with or without separators, Arabic or Thai digits.
    (re.compile(r"(?<![\d๐-๙])[\d๐-๙](?:[\s-]?[\d๐-๙]){12}(?![\d๐-๙])"), "<id>"),
    # Thai phone numbers: 0x-xxx-xxxx, +66 ..., 9-10 digits.
    (re.compile(r"(?<![\d๐-๙])(?:\+66|0)[\d๐-๙](?:[\s-]?[\d๐-๙]){7,8}(?![\d๐-๙])"), "<phone>"),
)

_handler: RotatingFileHandler | None = None


def redact(text: str) -> str:
    """Remove what looks like personal data from a log text."""
    for pattern, replacement in _REDACTIONS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFormatter(logging.Formatter):
    """Formats a record (message and traceback) and then scrubs personal data from it."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def log_file() -> Path:
    return paths.logs_dir() / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the program's log (logger ``cvm`` and its children) to the rotating file.

    Calling it again moves the log to the current ``logs_dir()`` (tests change it).
    """
    global _handler
    path = log_file()
    logger = logging.getLogger(LOGGER_NAME)
    if _handler is not None:
        if Path(_handler.baseFilename) == path.resolve():
            return path
        logger.removeHandler(_handler)
        _handler.close()
    handler = RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler.setFormatter(RedactingFormatter(_FORMAT))
    logger.addHandler(handler)
    logger.setLevel(level)
    _handler = handler
    logger.info("log opened (pid %s, Python %s)", os.getpid(), sys.version.split()[0])
    return path


def shutdown_logging() -> None:
    """Close the log file (tests; the program leaves it to the interpreter's exit)."""
    global _handler
    if _handler is not None:
        logging.getLogger(LOGGER_NAME).removeHandler(_handler)
        _handler.close()
        _handler = None


def get_logger(name: str) -> logging.Logger:
    """A child of the program's logger, e.g. ``get_logger("views.runner")``."""
    return logging.getLogger(f"{LOGGER_NAME}.{name}")


def log_exception(
    message: str,
    exc_type: type[BaseException],
    exc_value: BaseException,
    exc_tb: TracebackType | None,
) -> None:
    get_logger("errors").error(message, exc_info=(exc_type, exc_value, exc_tb))


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def install_qt_message_handler() -> None:
    """Copy Qt's own warnings into the log, then pass them on to the previous handler."""
    qt_logger = get_logger("qt")
    previous = None

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        qt_logger.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)
        if previous is not None:
            previous(kind, context, message)
        elif kind != QtMsgType.QtDebugMsg:
            sys.stderr.write(f"{message}\n")

    previous = qInstallMessageHandler(handler)
