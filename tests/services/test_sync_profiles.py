"""Personal-data profiles: a pseudonymised or counts-only package to the central office holds
no national id, name or phone number of a teacher, student, trainee or committee member and
no sensitive field; the same person keeps the same pseudonym from package to package."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.models.enums import Level, StudyModeCode
from app.models.governance import Committee, CommitteeMember
from app.models.network import College
from app.models.site import Site as SiteRow
from app.models.students import Student
from app.models.teachers import Teacher
from app.services.sync.errors import PackageError
from app.services.sync.exporter import default_profile
from app.services.sync.tables import PERSONAL_COLUMNS, SENSITIVE_COLUMNS
from tests.services.sync_sites import (
    COLLEGE_A,
    Parts,
    Site,
    export,
    new_central,
    new_college,
    pair,
    reopen,
    rows_of,
)

PEOPLE = tuple(PERSONAL_COLUMNS)
"""teacher, student, committee_member, short_course_trainee."""

# Records added to the demo, with a sensitive text of their own and every kind of value.
SECRET_TEACHER = {
    "first_name": "ลับเฉพาะครู-ค900001",
    "last_name": "นามสกุลลับครู-ส900001",
    "national_id": "3990000099918",
    "phone": "08-90000001",
}
SECRET_STUDENT = {
    "first_name": "ลับเฉพาะนักเรียน-น900001",
    "last_name": "นามสกุลลับนักเรียน-ล900001",
    "national_id": "1990000099917",
    "special_needs": "ต้องการล่ามภาษามือระหว่างฝึกงาน",
    "sensitive_basis": "ได้รับความยินยอมโดยชัดแจ้งจากผู้ปกครอง",
}
SECRET_MEMBER = "นายกรรมการ ลับเฉพาะกรรมการ-ก900001"


@dataclass
class Packages:
    center: Site
    central: Site
    database: Path
    full: Path
    pseudonymised: Path
    pseudonymised_again: Path
    counts: Path


def _add_secret_people(center: Site) -> None:
    with center.store.transaction() as session:
        college = session.scalars(select(College).order_by(College.id)).first()
        committee = session.scalars(select(Committee).order_by(Committee.id)).first()
        assert college is not None and committee is not None
        session.add(Teacher(college_id=college.id, **SECRET_TEACHER))
        session.add(
            Student(
                college_id=college.id,
                level=Level.PVS,
                year_of_study=1,
                entry_academic_year=2569,
                study_mode=StudyModeCode.DUAL,
                equity_scholarship=True,
                **SECRET_STUDENT,
            )
        )
        session.add(
            CommitteeMember(committee_id=committee.id, full_name=SECRET_MEMBER, role="member")
        )


@pytest.fixture(scope="module")
def packages(
    demo_db_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Packages]:
    """The demo center (with a few more people) and its packages to the central office."""
    folder = tmp_path_factory.mktemp("profiles")
    database = folder / "center" / "demo.db"
    database.parent.mkdir()
    shutil.copyfile(demo_db_template, database)
    connection = sqlite3.connect(database)
    with connection:
        for statement in UNIQUE_PEOPLE:
            connection.execute(statement)
    connection.close()
    center = reopen(database, demo_db_template.parent / "home" / "keys", "center")
    central = new_central(folder / "central")
    pair(center, central)
    _add_secret_people(center)
    made = {
        name: export(center, central, folder / f"{name}.cvmpkg", everything=True, profile=profile)
        for name, profile in (
            ("full", "full"),
            ("pseudonymised", "pseudonymised"),
            ("pseudonymised_again", None),  # the default profile for the central office
            ("counts", "counts"),
        )
    }
    assert made["pseudonymised_again"].profile == "pseudonymised"
    yield Packages(
        center,
        central,
        database,
        made["full"].path,
        made["pseudonymised"].path,
        made["pseudonymised_again"].path,
        made["counts"].path,
    )
    center.close()
    central.close()


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


UNIQUE_PEOPLE = (
    "UPDATE teacher SET first_name = first_name || '-ค' || printf('%06d', id), "
    "last_name = last_name || '-ส' || printf('%06d', id), phone = printf('08-%08d', id)",
    "UPDATE student SET first_name = first_name || '-น' || printf('%06d', id), "
    "last_name = last_name || '-ล' || printf('%06d', id)",
    "UPDATE committee_member SET full_name = full_name || '-ก' || printf('%06d', id)",
    "UPDATE short_course_trainee SET full_name = full_name || '-ฝ' || printf('%06d', id)",
    "UPDATE enterprise SET contact_name = contact_name || '-ข' || printf('%06d', id), "
    "phone = printf('08-%08d', 50000000 + id) WHERE contact_name IS NOT NULL",
    "UPDATE placement SET trainer_name = trainer_name || '-ท' || printf('%06d', id) "
    "WHERE trainer_name IS NOT NULL",
    "UPDATE teacher_internship SET mentor_name = mentor_name || '-ม' || printf('%06d', id) "
    "WHERE mentor_name IS NOT NULL",
    "UPDATE internship_visit SET visitor_name = visitor_name || '-ย' || printf('%06d', id) "
    "WHERE visitor_name IS NOT NULL",
    "UPDATE student SET special_needs = 'ต้องการสื่อการเรียนอักษรเบรลล์-ว' || printf('%06d', id), "
    "sensitive_basis = 'ความยินยอมโดยชัดแจ้ง-พ' || printf('%06d', id), equity_scholarship = 1 "
    "WHERE id % 7 = 0",
)
"""The demo draws names from small pools, so enterprise trainers and mentors share names
with teachers and students; each person here gets a name no one else has (a marker), so
that finding a name in a package means finding that person's name."""
MARKER = re.compile(r"-[คสนลกฝวพขทมย]\d{6}")
PHONE = re.compile(r"08-\d{8}")
DIGITS = re.compile(r"\d{13,}")


@dataclass(frozen=True)
class Personal:
    """Every value that must not leave in a pseudonymised or counts-only package."""

    marked: dict[str, frozenset[str]]
    """Names and sensitive texts by their marker."""
    numbers: frozenset[str]
    """National ids and phone numbers."""
    sensitive: frozenset[str]
    """Sensitive texts (those of the demo's students are marked too)."""

    def leaks(self, data: bytes) -> set[str]:
        """The values found anywhere in ``data``."""
        content = data.decode("utf-8", errors="replace")
        found = {
            value
            for marker in set(MARKER.findall(content))
            for value in self.marked.get(marker, ())
            if value in content
        }
        found |= self.numbers & set(PHONE.findall(content))
        for run in DIGITS.findall(content):
            found |= self.numbers & {run[i : i + 13] for i in range(len(run) - 12)}
        found |= {value for value in self.sensitive if value in content}
        return found

    @property
    def every(self) -> set[str]:
        return set().union(*self.marked.values()) | self.numbers | self.sensitive


def _personal(center: Site) -> Personal:
    marked: dict[str, set[str]] = {}
    numbers: set[str] = set()
    sensitive: set[str] = set()

    def add(value: str) -> None:
        marker = MARKER.search(value)
        if marker is None:
            sensitive.add(value)
        else:
            marked.setdefault(marker.group(), set()).add(value)

    with center.store.session() as session:
        connection = session.connection()
        for table, columns in PERSONAL_COLUMNS.items():
            for record in connection.execute(text(f"SELECT {', '.join(columns)} FROM {table}")):
                for column, value in zip(columns, record, strict=True):
                    if not value:
                        continue
                    if column in ("national_id", "phone"):
                        numbers.add(value)
                    else:
                        assert MARKER.search(value), (table, column)
                        add(value)
        for table, columns in SENSITIVE_COLUMNS.items():
            for column in columns:
                query = text(f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL")
                for (value,) in connection.execute(query):
                    if isinstance(value, str) and value.strip():
                        add(value)
    return Personal(
        {marker: frozenset(values) for marker, values in marked.items()},
        frozenset(numbers),
        frozenset(sensitive),
    )


@pytest.fixture(scope="module")
def personal(packages: Packages) -> Personal:
    found = _personal(packages.center)
    assert len(found.marked) > 1000 and len(found.numbers) > 1000 and len(found.sensitive) == 2
    return found


def _leaks(path: Path, personal: Personal) -> dict[str, set[str]]:
    """Personal values found in each member of the package (bytes as stored, unpacked)."""
    found = {name: personal.leaks(data) for name, data in _members(path).items()}
    return {name: values for name, values in found.items() if values}


def test_the_full_package_holds_them(packages: Packages, personal: Personal) -> None:
    """The search finds what it looks for: the full package holds every kind of value."""
    content = b"".join(_members(packages.full).values()).decode()
    secrets = [*SECRET_TEACHER.values(), *SECRET_STUDENT.values(), SECRET_MEMBER]
    assert [value for value in secrets if value not in content] == []
    leaked = set().union(*_leaks(packages.full, personal).values())
    assert leaked == personal.every


@pytest.mark.parametrize("profile", ["pseudonymised", "pseudonymised_again", "counts"])
def test_no_personal_value_leaves(packages: Packages, personal: Personal, profile: str) -> None:
    package = getattr(packages, profile)
    content = b"".join(_members(package).values()).decode()
    secrets = [*SECRET_TEACHER.values(), *SECRET_STUDENT.values(), SECRET_MEMBER]
    assert [value for value in secrets if value in content] == []
    assert _leaks(package, personal) == {}


def test_no_sensitive_field_leaves(packages: Packages) -> None:
    parts = Parts.read(packages.pseudonymised)
    students = rows_of(parts, "student")
    assert len(students) > 100
    for column in SENSITIVE_COLUMNS["student"]:
        assert {row[column] for row in students} == {None}, column
    full_students = rows_of(Parts.read(packages.full), "student")
    assert any(row["equity_scholarship"] for row in full_students)


def test_counts_only_holds_counts_and_nothing_else(packages: Packages) -> None:
    members = _members(packages.counts)
    assert set(members) == {"manifest.json", "manifest.sig", "data/counts.jsonl"}
    for line in members["data/counts.jsonl"].splitlines():
        assert set(json.loads(line)) == {"table", "college_uuid", "rows"}


def _pseudonyms(path: Path) -> dict[tuple[str, str], dict[str, object]]:
    parts = Parts.read(path)
    return {
        (table, row["uuid"]): {column: row[column] for column in PERSONAL_COLUMNS[table]}
        for table in PEOPLE
        if f"data/{table}.jsonl" in parts.data
        for row in rows_of(parts, table)
    }


def test_the_same_person_gets_the_same_pseudonym_in_two_packages(packages: Packages) -> None:
    first = _pseudonyms(packages.pseudonymised)
    second = _pseudonyms(packages.pseudonymised_again)
    assert {table for table, _uuid in first} == set(PEOPLE)
    assert first == second
    # ... and different people different pseudonyms.
    teachers = [values for (table, _uuid), values in first.items() if table == "teacher"]
    names = [values["first_name"] for values in teachers]
    assert len(set(names)) == len(names)
    ids = [values["national_id"] for values in teachers if values["national_id"]]
    assert len(set(ids)) == len(ids) > 10


def test_a_pseudonymised_row_keeps_its_sort_key_consistent(packages: Packages) -> None:
    """A sort key made from a name is made again from the pseudonym, never left as it was."""
    full = {row["uuid"]: row for row in rows_of(Parts.read(packages.full), "teacher")}
    for row in rows_of(Parts.read(packages.pseudonymised), "teacher"):
        assert row["name_sort"] != full[row["uuid"]]["name_sort"]


def test_only_the_central_office_gets_a_reduced_profile(packages: Packages, tmp_path: Path) -> None:
    college = new_college(tmp_path / "a", COLLEGE_A, "a")
    try:
        pair(packages.center, college)
        for profile in ("pseudonymised", "counts"):
            with pytest.raises(PackageError):
                export(packages.center, college, tmp_path / f"{profile}.cvmpkg", profile=profile)
            assert not (tmp_path / f"{profile}.cvmpkg").exists()
        with packages.center.store.session() as session:
            peer = session.scalars(select(SiteRow).where(SiteRow.uuid == college.uuid)).one()
            assert default_profile(peer) == "full"
    finally:
        college.close()
