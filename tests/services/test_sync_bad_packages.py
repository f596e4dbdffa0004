"""Every bad package of issue 6 is refused with a message that fits, and nothing is written.

Each case alters a real package (made once per module) and offers it to a private copy of
the recipient's database; the whole database, dumped as SQL text, must be the same after.
"""

from __future__ import annotations

import json
import re
import shutil
import struct
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from app.models.curriculum import CompetencyUnit
from app.models.enums import CollegeGroupCode, Level, Ownership, StudyModeCode
from app.models.network import Center, College, Enterprise
from app.models.students import Student
from app.models.teachers import Teacher
from app.services.store import head_revision
from app.services.sync import trust
from app.services.sync.errors import PackageError
from app.services.sync.labels import table_label
from app.services.sync.package_file import MANIFEST, SIGNATURE
from tests.services.sync_sites import (
    COLLEGE_A,
    COLLEGE_B,
    Parts,
    Site,
    apply,
    copy_site,
    dump_row,
    enrol,
    export,
    new_center,
    new_central,
    new_college,
    pair,
    preview,
    rows_of,
    sqlite_dump,
)

TEACHERS = "data/teacher.jsonl"
THAI = re.compile("[\u0e01-\u0e5b]")


@pytest.fixture(autouse=True)
def thai(thai_messages: None) -> None:
    """Refusals are read in Thai, as the program shows them."""


def _text(source: str) -> str:
    return QCoreApplication.translate("Package", source)


NOT_A_PACKAGE = "The file is not a package or it is damaged (cut short or corrupt)."
ZIP_BOMB = "The package holds a file far larger than its packed size allows (a so-called zip bomb)."
OUTSIDE = "The package holds a file with a path outside the package."
TWICE = "The package holds the same file twice."
UNEXPECTED = "The package holds a file a package never has."
NO_MANIFEST = "The package has no signed manifest."
MANIFEST_DAMAGED = "The manifest of the package is damaged."
WRONG_SIGNATURE = (
    "The signature of the package is wrong: it was not made by the site it names, or it was "
    "altered on the way."
)
UNKNOWN_SENDER = (
    "The package comes from a site whose key was never enrolled here. Enrol its key first "
    "(Sites and keys), after checking its fingerprint."
)
REVOKED = "The key of the site that sent the package was revoked."
ALTERED = "A file in the package does not match its manifest: it was altered."
ROW_COUNT = "A file in the package has more or fewer rows than its manifest says."
LISTED = (
    "The files in the package are not the ones its manifest lists (a file is missing or one "
    "was added)."
)
NEWER_FORMAT = (
    "The package was made by a newer version of the program. Update the program, then open "
    "the package again."
)
OTHER_SITE = "The package was made for another site, not for this one."
RECORD_DAMAGED = "A record in the package is damaged: the package cannot be used."
CLASH = (
    "The package holds a record that clashes with one here that must be unique (for example "
    "the same certificate number on two results) or that refers to a record missing here. "
    "Nothing was imported; correct the record at either site and send a new package."
)


def _schema_message(theirs: str) -> str:
    return _text(
        "The package was made by a program with another database version "
        "({theirs}; here {ours}). Both sites must run the same version."
    ).format(theirs=theirs, ours=head_revision())


def _foreign_rows(count: int, table: str) -> str:
    return _text(
        "{count} records of {table} belong to a college the sending site does not hold; the "
        "package is refused."
    ).format(count=count, table=table_label(table))


@dataclass
class Network:
    """Closed template databases and the real packages made between them."""

    folder: Path
    center: Site
    college_a: Site
    college_b: Site
    stranger: Site
    central: Site
    from_a: Path
    """College station A to the center: teachers, students, an enterprise, a unit."""
    center_to_b: Path
    from_stranger: Path
    """From a college station the center never enrolled."""
    foreign_college: Path
    """The center to the central office, with a college of another center's network."""
    college_b_uuid: str


@pytest.fixture(scope="module")
def network(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Network]:
    folder = tmp_path_factory.mktemp("bad-packages")
    center = new_center(folder / "center")
    college_a = new_college(folder / "a", COLLEGE_A, "a")
    college_b = new_college(folder / "b", COLLEGE_B, "b")
    stranger = new_college(folder / "x", "วิทยาลัยที่ไม่ได้ลงทะเบียน", "x")
    central = new_central(folder / "central")
    pair(center, college_a)
    pair(center, college_b)
    pair(center, central)
    enrol(stranger, center)

    with college_b.store.transaction() as session:
        session.add(Teacher(college_id=college_b.college_id(), first_name="บี", last_name="หนึ่ง"))
    from_b = export(college_b, center, folder / "from-b.cvmpkg").path
    apply(center, from_b)

    college_id = college_a.college_id()
    with college_a.store.transaction() as session:
        for number in range(3):
            session.add(
                Teacher(
                    college_id=college_id,
                    first_name=f"ครู{number}",
                    last_name="ทดสอบ",
                    national_id=None,
                )
            )
        for number in range(2):
            session.add(
                Student(
                    college_id=college_id,
                    first_name=f"นักเรียน{number}",
                    last_name="ทดสอบ",
                    level=Level.PVC,
                    year_of_study=1,
                    entry_academic_year=2568,
                    study_mode=StudyModeCode.FORMAL,
                )
            )
        session.add(Enterprise(name_th="บริษัท ทดสอบ จำกัด", location="domestic"))
        session.add(CompetencyUnit(code="UNIT-CLASH", title="หน่วยทดสอบ", tpqi_level=3))
    from_a = export(college_a, center, folder / "from-a.cvmpkg").path
    center_to_b = export(center, college_b, folder / "center-to-b.cvmpkg", everything=True).path
    from_stranger = export(stranger, center, folder / "from-x.cvmpkg").path

    # A copy of the center (same identity and key) that holds a college of center 12.
    center.close()
    other = copy_site(center, folder / "center-copy")
    with other.store.transaction() as session:
        center_12 = session.scalars(select(Center).where(Center.seq == 12)).one()
        session.add(
            College(
                name_th="วิทยาลัยของศูนย์อื่น",
                ownership=Ownership.PUBLIC,
                group=CollegeGroupCode.STANDARD,
                center_id=center_12.id,
            )
        )
    foreign_college = export(
        other, central, folder / "foreign.cvmpkg", profile="full", everything=True
    ).path
    with college_b.store.session() as session:
        college_b_uuid = session.scalars(
            select(College.uuid).where(College.name_th == COLLEGE_B)
        ).one()
    for site in (other, college_a, college_b, stranger, central):
        site.close()
    yield Network(
        folder,
        center,
        college_a,
        college_b,
        stranger,
        central,
        from_a,
        center_to_b,
        from_stranger,
        foreign_college,
        college_b_uuid,
    )


@pytest.fixture
def center(network: Network, tmp_path: Path) -> Iterator[Site]:
    site = copy_site(network.center, tmp_path / "center")
    yield site
    site.close()


def _refused(site: Site, package: Path, *messages: str) -> str:
    """Offer ``package`` to ``site`` (preview, then import): both refuse with one of
    ``messages`` and the database stays exactly as it was. Returns the message."""
    before = sqlite_dump(site.path)
    expected = [_text(message) for message in messages]
    with pytest.raises(PackageError) as preview_refusal:
        preview(site, package)
    with pytest.raises(PackageError) as refusal:
        apply(site, package)
    assert refusal.value.message in expected
    assert THAI.search(refusal.value.message), "the refusal is not in Thai"
    assert preview_refusal.value.message == refusal.value.message
    assert sqlite_dump(site.path) == before
    return refusal.value.message


def _altered(network: Network, tmp_path: Path, change: Callable[[Parts], None]) -> Path:
    tmp_path.mkdir(exist_ok=True)
    parts = Parts.read(network.from_a)
    change(parts)
    return parts.write(tmp_path / "altered.cvmpkg")


def _resigned(network: Network, tmp_path: Path, change: Callable[[Parts], None]) -> Path:
    def change_and_sign(parts: Parts) -> None:
        change(parts)
        parts.sign_with(network.college_a)

    return _altered(network, tmp_path, change_and_sign)


def test_the_good_package_is_accepted(network: Network, center: Site, tmp_path: Path) -> None:
    """The packages the cases below alter are good ones, and so are their copies written
    again (same manifest bytes, so the original signature holds) or signed again."""
    rewritten = _altered(network, tmp_path / "rewritten", lambda parts: None)
    assert preview(center, rewritten).tables["teacher"].new == 3
    unchanged = _resigned(network, tmp_path, lambda parts: None)
    summary = apply(center, unchanged)
    assert summary.applied
    assert summary.tables["teacher"].new == 3
    assert summary.tables["student"].new == 2


# -- the file itself ------------------------------------------------------------------------
def test_truncated_zip(network: Network, center: Site, tmp_path: Path) -> None:
    data = network.from_a.read_bytes()
    for keep in (len(data) // 2, len(data) - 30, 10):
        cut = tmp_path / f"cut-{keep}.cvmpkg"
        cut.write_bytes(data[:keep])
        _refused(center, cut, NOT_A_PACKAGE)


def test_corrupt_bytes(network: Network, center: Site, tmp_path: Path) -> None:
    noise = tmp_path / "noise.cvmpkg"
    noise.write_bytes(bytes(range(256)) * 64)
    _refused(center, noise, NOT_A_PACKAGE)
    empty = tmp_path / "empty.cvmpkg"
    empty.write_bytes(b"")
    _refused(center, empty, NOT_A_PACKAGE)


def _raw_data_offset(path: Path, name: str) -> tuple[int, int]:
    """Where a member's packed bytes start in the zip file, and how many there are."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    data = path.read_bytes()
    name_length, extra_length = struct.unpack(
        "<HH", data[info.header_offset + 26 : info.header_offset + 30]
    )
    return info.header_offset + 30 + name_length + extra_length, info.compress_size


@pytest.mark.parametrize("member", [TEACHERS, MANIFEST, SIGNATURE])
def test_a_flipped_byte_in_the_packed_bytes(
    network: Network, center: Site, tmp_path: Path, member: str
) -> None:
    """A flipped bit of packed (deflated) bytes either leaves every unpacked byte as it
    was (say, the "last block" bit of a stream that ends anyway) or the package is refused."""
    start, size = _raw_data_offset(network.from_a, member)
    original = _unpacked(network.from_a)
    refused = 0
    for offset in range(0, size, max(1, size // 17)):
        data = bytearray(network.from_a.read_bytes())
        data[start + offset] ^= 0x01
        flipped = tmp_path / f"flipped-{offset}.cvmpkg"
        flipped.write_bytes(bytes(data))
        if _unpacked(flipped) == original:
            continue
        refused += 1
        _refused(center, flipped, NOT_A_PACKAGE, ALTERED, MANIFEST_DAMAGED, WRONG_SIGNATURE)
    assert refused >= 10


def _unpacked(path: Path) -> dict[str, bytes] | None:
    """Every member as it unpacks, or None when the zip cannot be read back."""
    try:
        with zipfile.ZipFile(path) as archive:
            return {name: archive.read(name) for name in archive.namelist()}
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error):
        return None


def test_zip_bomb_by_ratio(network: Network, center: Site, tmp_path: Path) -> None:
    def bomb(parts: Parts) -> None:
        parts.set_lines(TEACHERS, [b"\0" * (64 << 20)])
        parts.sign_with(network.college_a)

    _refused(center, _altered(network, tmp_path, bomb), ZIP_BOMB)


def _declare_size(path: Path, name: str, size: int) -> None:
    """Make the zip's central directory claim ``size`` bytes for member ``name``."""
    data = bytearray(path.read_bytes())
    encoded = name.encode()
    position = 0
    while True:
        position = data.index(b"PK\x01\x02", position)
        name_length = struct.unpack("<H", data[position + 28 : position + 30])[0]
        if bytes(data[position + 46 : position + 46 + name_length]) == encoded:
            break
        position += 4
    data[position + 24 : position + 28] = struct.pack("<I", size)
    path.write_bytes(bytes(data))


def test_zip_bomb_by_declared_size(network: Network, center: Site, tmp_path: Path) -> None:
    for size in (0xF000_0000, 5 << 20):
        package = shutil.copyfile(network.from_a, tmp_path / f"declared-{size}.cvmpkg")
        _declare_size(package, TEACHERS, size)
        _refused(center, package, ZIP_BOMB)


def test_a_member_that_unpacks_larger_than_declared(
    network: Network, center: Site, tmp_path: Path
) -> None:
    package = shutil.copyfile(network.from_a, tmp_path / "small.cvmpkg")
    _declare_size(package, TEACHERS, 10)
    _refused(center, package, NOT_A_PACKAGE, ALTERED)


def _with_member(network: Network, tmp_path: Path, name: str, data: bytes = b"{}\n") -> Path:
    parts = Parts.read(network.from_a)
    path = parts.write(tmp_path / "extra.cvmpkg")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile warns of a duplicate name
        with zipfile.ZipFile(path, "a") as archive:
            archive.writestr(zipfile.ZipInfo(name), data)
    return path


@pytest.mark.parametrize(
    "name",
    [
        "../data/teacher.jsonl",
        "data/../../teacher.jsonl",
        "/etc/cron.d/job",
        "\\windows\\system32\\x.dll",
        "C:/Users/Public/x.jsonl",
        "data\\teacher.jsonl",
    ],
)
def test_members_outside_the_package(
    network: Network, center: Site, tmp_path: Path, name: str
) -> None:
    _refused(center, _with_member(network, tmp_path, name), OUTSIDE)


@pytest.mark.parametrize("name", [TEACHERS, MANIFEST, SIGNATURE])
def test_duplicate_members(network: Network, center: Site, tmp_path: Path, name: str) -> None:
    _refused(center, _with_member(network, tmp_path, name), TWICE)


@pytest.mark.parametrize(
    "name", ["readme.txt", "data/no_such_table.jsonl", "data/teacher.json", "data/", "site.pem"]
)
def test_unexpected_members(network: Network, center: Site, tmp_path: Path, name: str) -> None:
    _refused(center, _with_member(network, tmp_path, name), UNEXPECTED)


def test_a_listed_member_is_missing(network: Network, center: Site, tmp_path: Path) -> None:
    def drop(parts: Parts) -> None:
        del parts.data[TEACHERS]
        parts.sign_with(network.college_a)

    _refused(center, _altered(network, tmp_path, drop), LISTED)


def test_an_unlisted_table_member(network: Network, center: Site, tmp_path: Path) -> None:
    """A data file of a real table that the signed manifest does not list."""
    _refused(center, _with_member(network, tmp_path, "data/subject.jsonl"), LISTED)


# -- signature and sender -----------------------------------------------------------------
def test_missing_signature(network: Network, center: Site, tmp_path: Path) -> None:
    parts = Parts.read(network.from_a)
    path = tmp_path / "unsigned.cvmpkg"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.data.items():
            archive.writestr(name, data)
        archive.writestr(MANIFEST, parts.manifest_bytes())
    _refused(center, path, NO_MANIFEST)


def test_missing_manifest(network: Network, center: Site, tmp_path: Path) -> None:
    parts = Parts.read(network.from_a)
    path = tmp_path / "no-manifest.cvmpkg"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.data.items():
            archive.writestr(name, data)
        archive.writestr(SIGNATURE, parts.signature)
    _refused(center, path, NO_MANIFEST)


def test_signature_by_another_key(network: Network, center: Site, tmp_path: Path) -> None:
    def sign_as_b(parts: Parts) -> None:
        parts.sign_with(network.college_b)

    _refused(center, _altered(network, tmp_path, sign_as_b), WRONG_SIGNATURE)


def test_signature_of_another_package(network: Network, center: Site, tmp_path: Path) -> None:
    other = Parts.read(network.from_stranger).signature

    def swap(parts: Parts) -> None:
        parts.signature = other

    _refused(center, _altered(network, tmp_path, swap), WRONG_SIGNATURE)


def test_signature_that_is_not_hex(network: Network, center: Site, tmp_path: Path) -> None:
    def garble(parts: Parts) -> None:
        parts.signature = b"not a signature \xff"

    _refused(center, _altered(network, tmp_path, garble), WRONG_SIGNATURE)


def test_unknown_sender(network: Network, center: Site) -> None:
    _refused(center, network.from_stranger, UNKNOWN_SENDER)


def test_revoked_sender(network: Network, center: Site) -> None:
    with center.store.transaction() as session:
        trust.revoke(session, network.college_a.uuid)
    _refused(center, network.from_a, REVOKED)


def test_a_sender_that_names_another_key(network: Network, center: Site, tmp_path: Path) -> None:
    def other_key(parts: Parts) -> None:
        parts.manifest["sender"]["key_id"] = "0" * 16
        parts.sign_with(network.college_a)

    _refused(
        center,
        _altered(network, tmp_path, other_key),
        "The package was signed with another key than the one enrolled for its sender.",
    )


# -- a flipped byte in each kind of file --------------------------------------------------
def _flip(data: bytes, position: int) -> bytes:
    changed = bytearray(data)
    changed[position] ^= 0x01
    return bytes(changed)


def test_flipped_byte_in_the_manifest(network: Network, center: Site, tmp_path: Path) -> None:
    parts = Parts.read(network.from_a)
    original = parts.manifest_bytes()
    digit = original.index(b'"created_at": "') + len(b'"created_at": "') + 3
    cases = {
        digit: WRONG_SIGNATURE,  # still a valid manifest, so only the signature tells
        0: MANIFEST_DAMAGED,  # no longer JSON
    }
    for position, message in cases.items():
        path = parts.write(
            tmp_path / f"manifest-{position}.cvmpkg", manifest=_flip(original, position)
        )
        _refused(center, path, message)
    for position in range(1, len(original), max(1, len(original) // 23)):
        path = parts.write(
            tmp_path / f"manifest-{position}.cvmpkg", manifest=_flip(original, position)
        )
        _refused(center, path, WRONG_SIGNATURE, MANIFEST_DAMAGED, UNKNOWN_SENDER, ALTERED, LISTED)


def test_flipped_byte_in_the_signature(network: Network, center: Site, tmp_path: Path) -> None:
    parts = Parts.read(network.from_a)
    original = parts.signature
    for position in (0, len(original) // 2, len(original) - 1):
        parts.signature = _flip(original, position)
        _refused(center, parts.write(tmp_path / f"sig-{position}.cvmpkg"), WRONG_SIGNATURE)


@pytest.mark.parametrize("member", [TEACHERS, "data/student.jsonl", "data/college.jsonl"])
def test_flipped_byte_in_a_data_file(
    network: Network, center: Site, tmp_path: Path, member: str
) -> None:
    parts = Parts.read(network.from_a)
    original = parts.data[member]
    for position in (0, len(original) // 3, len(original) - 1):
        parts.data[member] = _flip(original, position)
        _refused(center, parts.write(tmp_path / f"data-{position}.cvmpkg"), ALTERED)


# -- rows missing or added ----------------------------------------------------------------
@pytest.mark.parametrize("delta", [-1, 1])
def test_manifest_row_count_differs_re_signed(
    network: Network, center: Site, tmp_path: Path, delta: int
) -> None:
    def recount(parts: Parts) -> None:
        parts.entry(TEACHERS)["rows"] += delta

    _refused(center, _resigned(network, tmp_path, recount), ROW_COUNT)


def test_a_row_removed_after_signing(network: Network, center: Site, tmp_path: Path) -> None:
    def remove(parts: Parts) -> None:
        parts.data[TEACHERS] = b"".join(parts.lines(TEACHERS)[:-1])

    _refused(center, _altered(network, tmp_path, remove), ALTERED)


def test_a_row_added_after_signing(network: Network, center: Site, tmp_path: Path) -> None:
    def add(parts: Parts) -> None:
        lines = parts.lines(TEACHERS)
        parts.data[TEACHERS] = b"".join([*lines, lines[0]])

    _refused(center, _altered(network, tmp_path, add), ALTERED)


@pytest.mark.parametrize("change", ["remove", "add"])
def test_rows_changed_with_new_hashes_but_old_count(
    network: Network, center: Site, tmp_path: Path, change: str
) -> None:
    """Hash and size match the altered data; only the signed row count tells."""

    def alter(parts: Parts) -> None:
        lines = parts.lines(TEACHERS)
        changed = lines[:-1] if change == "remove" else [*lines, lines[0]]
        parts.set_lines(TEACHERS, changed, count_rows=False)

    _refused(center, _resigned(network, tmp_path, alter), ROW_COUNT)


def test_a_row_without_its_line_end(network: Network, center: Site, tmp_path: Path) -> None:
    def join(parts: Parts) -> None:
        lines = parts.lines(TEACHERS)
        parts.set_lines(TEACHERS, [lines[0].rstrip(b"\n") + lines[1], *lines[2:]], count_rows=False)

    _refused(center, _resigned(network, tmp_path, join), ROW_COUNT, RECORD_DAMAGED)


# -- versions and recipient -----------------------------------------------------------------
@pytest.mark.parametrize("schema", ["9999", "0001", ""])
def test_another_schema_version_re_signed(
    network: Network, center: Site, tmp_path: Path, schema: str
) -> None:
    def reschema(parts: Parts) -> None:
        parts.manifest["schema"] = schema

    before = sqlite_dump(center.path)
    package = _resigned(network, tmp_path, reschema)
    with pytest.raises(PackageError) as refusal:
        apply(center, package)
    assert refusal.value.message == _schema_message(schema)
    assert sqlite_dump(center.path) == before


def test_a_newer_package_format_re_signed(network: Network, center: Site, tmp_path: Path) -> None:
    def newer(parts: Parts) -> None:
        parts.manifest["format_version"] += 1

    _refused(center, _resigned(network, tmp_path, newer), NEWER_FORMAT)


def test_a_package_meant_for_another_site(network: Network, tmp_path: Path) -> None:
    college_a = copy_site(network.college_a, tmp_path / "a")
    try:
        _refused(college_a, network.center_to_b, OTHER_SITE)
    finally:
        college_a.close()


def test_an_already_imported_package_writes_nothing(network: Network, center: Site) -> None:
    apply(center, network.from_a)
    before = sqlite_dump(center.path)
    summary = apply(center, network.from_a)
    assert summary.already_imported_at is not None
    assert not summary.applied
    assert sqlite_dump(center.path) == before


# -- rows the sender may not send -------------------------------------------------------------
def test_a_college_station_sending_a_teacher_of_another_college(
    network: Network, center: Site, tmp_path: Path
) -> None:
    def move(parts: Parts) -> None:
        rows = rows_of(parts, "teacher")
        rows[1]["college_id"] = network.college_b_uuid
        parts.set_lines(TEACHERS, [dump_row(row) for row in rows])

    package = _resigned(network, tmp_path, move)
    before = sqlite_dump(center.path)
    summary = preview(center, package)
    assert summary.refused
    assert summary.tables["teacher"].rejected == 1
    with pytest.raises(PackageError) as refusal:
        apply(center, package)
    assert _foreign_rows(1, "teacher") in refusal.value.message
    assert sqlite_dump(center.path) == before


def test_a_college_station_sending_its_teacher_to_an_unknown_college(
    network: Network, center: Site, tmp_path: Path
) -> None:
    def move(parts: Parts) -> None:
        rows = rows_of(parts, "teacher")
        rows[0]["college_id"] = "00000000-0000-4000-8000-000000000000"
        parts.set_lines(TEACHERS, [dump_row(row) for row in rows])

    before = sqlite_dump(center.path)
    with pytest.raises(PackageError) as refusal:
        apply(center, _resigned(network, tmp_path, move))
    assert _foreign_rows(1, "teacher") in refusal.value.message
    assert sqlite_dump(center.path) == before


def test_a_center_sending_a_college_of_another_center(network: Network, tmp_path: Path) -> None:
    central = copy_site(network.central, tmp_path / "central")
    try:
        before = sqlite_dump(central.path)
        with pytest.raises(PackageError) as refusal:
            apply(central, network.foreign_college)
        assert _foreign_rows(1, "college") in refusal.value.message
        assert sqlite_dump(central.path) == before
    finally:
        central.close()


# -- damaged records ------------------------------------------------------------------------
def _replace_teacher(network: Network, tmp_path: Path, line: bytes) -> Path:

    def damage(parts: Parts) -> None:
        lines = parts.lines(TEACHERS)
        lines[1] = line
        parts.set_lines(TEACHERS, lines)

    return _resigned(network, tmp_path, damage)


def _teacher_with(network: Network, **values: object) -> bytes:
    row = rows_of(Parts.read(network.from_a), "teacher")[1]
    row.update(values)
    return dump_row(row)


def test_a_damaged_json_line(network: Network, center: Site, tmp_path: Path) -> None:
    for number, line in enumerate(
        [b'{"uuid": "broken\n', b"\xff\xfe\n", b"[1, 2, 3]\n", b"null\n", b"\n"]
    ):
        package = _replace_teacher(network, tmp_path / str(number), line)
        _refused(center, package, RECORD_DAMAGED)


def test_a_record_with_a_missing_or_an_extra_column(
    network: Network, center: Site, tmp_path: Path
) -> None:
    row = json.loads(_teacher_with(network))
    del row["last_name"]
    _refused(center, _replace_teacher(network, tmp_path / "missing", dump_row(row)), RECORD_DAMAGED)
    extra = _teacher_with(network, salary=1)
    _refused(center, _replace_teacher(network, tmp_path / "extra", extra), RECORD_DAMAGED)


@pytest.mark.parametrize(
    "values",
    [
        {"uuid": 5},
        {"uuid": "too-short"},
        {"version_vector": [1]},
        {"version_vector": {"site": -1}},
        {"version_vector": {"site": "1"}},
        {"hlc": "yesterday"},
        {"modified_by_site": None},
        {"college_id": ["a list"]},
        {"college_id": {"an": "object"}},
        {"subject_id": 7},
        {"position": {"an": "object"}},
        {"position": ["a", "list"]},
        {"deleted": "yes"},
    ],
    ids=lambda values: "-".join(f"{key}={value!r}" for key, value in values.items()),
)
def test_a_record_with_values_of_the_wrong_kind(
    network: Network, center: Site, tmp_path: Path, values: dict[str, object]
) -> None:
    line = _teacher_with(network, **values)
    _refused(center, _replace_teacher(network, tmp_path, line), RECORD_DAMAGED)


@pytest.mark.parametrize(
    "values", [{"first_name": None}, {"college_id": None}], ids=["no-name", "no-college"]
)
def test_a_record_breaking_the_schema(
    network: Network, center: Site, tmp_path: Path, values: dict[str, object]
) -> None:
    line = _teacher_with(network, **values)
    _refused(center, _replace_teacher(network, tmp_path, line), RECORD_DAMAGED, CLASH)


def test_a_record_breaking_a_check_constraint(
    network: Network, center: Site, tmp_path: Path
) -> None:
    def damage(parts: Parts) -> None:
        rows = rows_of(parts, "student")
        rows[0]["level"] = "doctorate"
        parts.set_lines("data/student.jsonl", [dump_row(row) for row in rows])

    _refused(center, _resigned(network, tmp_path, damage), RECORD_DAMAGED, CLASH)


def test_a_record_that_clashes_with_a_unique_one_here(network: Network, center: Site) -> None:
    with center.store.transaction() as session:
        session.add(CompetencyUnit(code="UNIT-CLASH", title="หน่วยของศูนย์", tpqi_level=2))
    _refused(center, network.from_a, CLASH)


def test_a_record_referring_to_a_missing_reference_entry(
    network: Network, center: Site, tmp_path: Path
) -> None:
    """A reference list value (a name title) that does not exist here is refused by the
    preview too, not only when the import commits."""
    line = _teacher_with(network, title_code="no-such-title")
    _refused(center, _replace_teacher(network, tmp_path, line), CLASH, RECORD_DAMAGED)
