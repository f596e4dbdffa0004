"""The package file (``.cvmpkg``): a zip of ``manifest.json``, ``manifest.sig`` (Ed25519
over the manifest's bytes) and ``data/<table>.jsonl``.

Reading never extracts: members are read as streams against an allow-list, with limits on
their number, size and compression ratio, and every byte is checked against the signed
manifest before a row is used.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.services.sync.errors import PackageError
from app.services.sync.tables import table_names

FORMAT = "cvmpkg"
FORMAT_VERSION = 1
SUFFIX = ".cvmpkg"
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
COUNTS_MEMBER = "data/counts.jsonl"
MAX_MEMBERS = 200
MAX_MANIFEST_BYTES = 1 << 20
MAX_MEMBER_BYTES = 2 << 30
MAX_TOTAL_BYTES = 8 << 30
MAX_RATIO = 200
"""Uncompressed size over compressed size above which a member is taken for a zip bomb
(JSON lines of records compress about 5-20 times)."""
READ_CHUNK = 1 << 16
_MEMBER = re.compile(r"data/([a-z_]{1,64})\.jsonl")

PROFILES = ("full", "pseudonymised", "counts")


@dataclass(frozen=True)
class FileEntry:
    name: str
    sha256: str
    bytes: int
    rows: int


@dataclass
class Manifest:
    package_uuid: str
    schema: str
    sender: dict[str, Any]
    recipient: str
    created_at: str
    created_hlc: str
    profile: str
    since_seq: int
    through_seq: int
    ack_seq: int
    files: list[FileEntry] = field(default_factory=list)

    def to_bytes(self) -> bytes:
        payload = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "package_uuid": self.package_uuid,
            "schema": self.schema,
            "sender": self.sender,
            "recipient": self.recipient,
            "created_at": self.created_at,
            "created_hlc": self.created_hlc,
            "profile": self.profile,
            "since_seq": self.since_seq,
            "through_seq": self.through_seq,
            "ack_seq": self.ack_seq,
            "files": [vars(entry) for entry in self.files],
        }
        return json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True).encode()

    @property
    def rows(self) -> int:
        return sum(entry.rows for entry in self.files)


def member_table(name: str) -> str | None:
    """The table of a data member name (``data/teacher.jsonl``), else None."""
    match = _MEMBER.fullmatch(name)
    return match.group(1) if match else None


class PackageWriter:
    """Writes a package to ``<path>.part`` and moves it into place only when complete."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.partial = path.with_name(path.name + ".part")
        self._zip = zipfile.ZipFile(self.partial, "w", zipfile.ZIP_DEFLATED, compresslevel=5)
        self.files: list[FileEntry] = []

    def write_lines(self, name: str, lines: Iterator[bytes]) -> FileEntry:
        digest = hashlib.sha256()
        size = rows = 0
        with self._zip.open(name, "w", force_zip64=True) as member:
            for line in lines:
                member.write(line)
                digest.update(line)
                size += len(line)
                rows += 1
        entry = FileEntry(name, digest.hexdigest(), size, rows)
        self.files.append(entry)
        return entry

    def finish(self, manifest: Manifest, sign: Callable[[bytes], bytes]) -> None:
        manifest.files = list(self.files)
        data = manifest.to_bytes()
        self._zip.writestr(MANIFEST, data)
        self._zip.writestr(SIGNATURE, sign(data).hex())
        self._zip.close()
        os.replace(self.partial, self.path)

    def abandon(self) -> None:
        self._zip.close()
        self.partial.unlink(missing_ok=True)


class PackageReader:
    """Opens a package and checks its shape; :meth:`verify` checks signature and bytes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._zip = zipfile.ZipFile(path)
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
            raise PackageError(
                QCoreApplication.translate(
                    "Package", "The file is not a package or it is damaged (cut short or corrupt)."
                )
            ) from error
        self._infos = self._check_members(infos)
        manifest_bytes = self._read_small(MANIFEST)
        self.signature = self._read_small(SIGNATURE)
        self.manifest_bytes = manifest_bytes
        self.manifest = self._parse_manifest(manifest_bytes)
        self._check_files()

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> PackageReader:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    def _check_members(self, infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
        if len(infos) > MAX_MEMBERS:
            raise PackageError(
                QCoreApplication.translate(
                    "Package", "The package holds more files than a package can."
                )
            )
        known = table_names()
        members: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            name = info.filename
            if name.startswith(("/", "\\")) or ".." in name or "\\" in name or ":" in name:
                raise PackageError(
                    QCoreApplication.translate(
                        "Package", "The package holds a file with a path outside the package."
                    )
                )
            if name in members:
                raise PackageError(
                    QCoreApplication.translate("Package", "The package holds the same file twice.")
                )
            table = member_table(name)
            allowed = name in (MANIFEST, SIGNATURE, COUNTS_MEMBER) or (
                table is not None and table in known
            )
            if not allowed:
                raise PackageError(
                    QCoreApplication.translate(
                        "Package", "The package holds a file a package never has."
                    )
                )
            if info.file_size > MAX_MEMBER_BYTES or (
                info.file_size > READ_CHUNK
                and info.file_size > MAX_RATIO * max(info.compress_size, 1)
            ):
                raise PackageError(
                    QCoreApplication.translate(
                        "Package",
                        "The package holds a file far larger than its packed size allows "
                        "(a so-called zip bomb).",
                    )
                )
            total += info.file_size
            members[name] = info
        if total > MAX_TOTAL_BYTES:
            raise PackageError(
                QCoreApplication.translate(
                    "Package", "The package is larger than a package can be."
                )
            )
        for required in (MANIFEST, SIGNATURE):
            if required not in members:
                raise PackageError(
                    QCoreApplication.translate("Package", "The package has no signed manifest.")
                )
        return members

    def _stream(self, name: str, limit: int) -> Iterator[bytes]:
        """The member's bytes in chunks, never more than ``limit`` in all."""
        read = 0
        try:
            with self._zip.open(self._infos[name]) as member:
                while chunk := member.read(READ_CHUNK):
                    read += len(chunk)
                    if read > limit:
                        raise PackageError(
                            QCoreApplication.translate(
                                "Package", "A file in the package is larger than its manifest says."
                            )
                        )
                    yield chunk
        except PackageError:
            raise
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as error:
            raise PackageError(
                QCoreApplication.translate(
                    "Package", "The file is not a package or it is damaged (cut short or corrupt)."
                )
            ) from error

    def _read_small(self, name: str) -> bytes:
        return b"".join(self._stream(name, MAX_MANIFEST_BYTES))

    def _parse_manifest(self, data: bytes) -> Manifest:
        try:
            payload = json.loads(data)
            if not isinstance(payload, dict) or payload.get("format") != FORMAT:
                raise ValueError("format")
            version = payload.get("format_version")
            if not isinstance(version, int):
                raise ValueError("version")
            if version > FORMAT_VERSION:
                raise PackageError(
                    QCoreApplication.translate(
                        "Package",
                        "The package was made by a newer version of the program. "
                        "Update the program, then open the package again.",
                    )
                )
            files = [
                FileEntry(
                    str(item["name"]), str(item["sha256"]), int(item["bytes"]), int(item["rows"])
                )
                for item in payload["files"]
            ]
            sender = payload["sender"]
            if not isinstance(sender, dict) or not isinstance(sender.get("uuid"), str):
                raise ValueError("sender")
            manifest = Manifest(
                package_uuid=str(payload["package_uuid"]),
                schema=str(payload["schema"]),
                sender=sender,
                recipient=str(payload["recipient"]),
                created_at=str(payload["created_at"]),
                created_hlc=str(payload["created_hlc"]),
                profile=str(payload["profile"]),
                since_seq=int(payload["since_seq"]),
                through_seq=int(payload["through_seq"]),
                ack_seq=int(payload["ack_seq"]),
                files=files,
            )
        except PackageError:
            raise
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as error:
            raise PackageError(
                QCoreApplication.translate("Package", "The manifest of the package is damaged.")
            ) from error
        if manifest.profile not in PROFILES:
            raise PackageError(
                QCoreApplication.translate("Package", "The manifest of the package is damaged.")
            )
        return manifest

    def _check_files(self) -> None:
        listed = [entry.name for entry in self.manifest.files]
        data_members = {name for name in self._infos if name not in (MANIFEST, SIGNATURE)}
        if len(set(listed)) != len(listed) or set(listed) != data_members:
            raise PackageError(
                QCoreApplication.translate(
                    "Package",
                    "The files in the package are not the ones its manifest lists "
                    "(a file is missing or one was added).",
                )
            )
        for entry in self.manifest.files:
            if self._infos[entry.name].file_size != entry.bytes:
                raise PackageError(
                    QCoreApplication.translate(
                        "Package",
                        "A file in the package does not match its manifest: it was altered.",
                    )
                )

    def verify_signature(self, public_key_hex: str) -> None:
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        try:
            key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex))
            key.verify(bytes.fromhex(self.signature.decode("ascii")), self.manifest_bytes)
        except (InvalidSignature, ValueError, UnicodeDecodeError) as error:
            raise PackageError(
                QCoreApplication.translate(
                    "Package",
                    "The signature of the package is wrong: it was not made by the site it "
                    "names, or it was altered on the way.",
                )
            ) from error

    def verify_data(self, progress: Callable[[int], None] | None = None) -> None:
        """Check every data file's size, hash and row count against the manifest."""
        total = max(1, sum(entry.bytes for entry in self.manifest.files))
        done = 0
        for entry in self.manifest.files:
            digest = hashlib.sha256()
            size = newlines = 0
            last = b""
            for chunk in self._stream(entry.name, entry.bytes):
                digest.update(chunk)
                size += len(chunk)
                newlines += chunk.count(b"\n")
                last = chunk[-1:]
                done += len(chunk)
                if progress is not None:
                    progress(done * 100 // total)
            rows = newlines + (1 if size and last != b"\n" else 0)
            if size != entry.bytes or digest.hexdigest() != entry.sha256:
                raise PackageError(
                    QCoreApplication.translate(
                        "Package",
                        "A file in the package does not match its manifest: it was altered.",
                    )
                )
            if rows != entry.rows:
                raise PackageError(
                    QCoreApplication.translate(
                        "Package",
                        "A file in the package has more or fewer rows than its manifest says.",
                    )
                )

    def lines(self, name: str) -> Iterator[bytes]:
        """The lines of a data member (already verified)."""
        entry = next(item for item in self.manifest.files if item.name == name)
        buffer = b""
        for chunk in self._stream(name, entry.bytes):
            buffer += chunk
            *complete, buffer = buffer.split(b"\n")
            yield from complete
        if buffer:
            yield buffer
