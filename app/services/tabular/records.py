"""What each kind of row means in the database: references, defaults, natural keys, models.

A handler is made over a session and loads what it needs once (names of existing records,
keys of existing rows), so checking a row costs dictionary look-ups only.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.base import SyncedBase
from app.models.enums import CollegeGroupCode, EnterpriseLocation, Level, StudyModeCode
from app.models.network import Agreement, Center, College, Enterprise, Subject, WorkforceDemand
from app.services.site_identity import local_site
from app.services.tabular.columns import TableKind, table_module
from app.services.tabular.countries import THAILAND
from app.services.tabular.values import name_key

DEFAULT_LEVELS = frozenset({Level.PVC, Level.PVS, Level.SHORT})
DEFAULT_MODES = frozenset({StudyModeCode.FORMAL, StudyModeCode.DUAL})

Problem = tuple[str, str]
"""(field, translated reason)"""


@dataclass(frozen=True)
class SiteContext:
    """What this installation adds to imported rows: its center and that center's subject."""

    center_id: int | None
    subject_id: int | None


def site_context(session: Session) -> SiteContext:
    site = local_site(session)
    if site is None or site.center_uuid is None:
        return SiteContext(None, None)
    row = session.execute(
        select(Center.id, Center.subject_id).where(Center.uuid == site.center_uuid)
    ).first()
    return SiteContext(None, None) if row is None else SiteContext(row[0], row[1])


class NameIndex:
    """Live records by name (and code): spaces, case and Thai digits do not matter."""

    def __init__(self, key: Callable[[str], str] = name_key) -> None:
        self._ids: dict[str, list[int]] = {}
        self._key = key

    def add(self, text: str | None, record_id: int) -> None:
        if text:
            ids = self._ids.setdefault(self._key(text), [])
            if record_id not in ids:
                ids.append(record_id)

    def find(self, text: str) -> list[int]:
        return self._ids.get(self._key(text), [])


class CollegeIndex:
    """Live colleges found by code, or by Thai or English name, with the center of each."""

    def __init__(self, session: Session) -> None:
        self.names = NameIndex()
        self.codes = NameIndex()
        self.center_of: dict[int, int | None] = {}
        for record_id, name_th, name_en, code, center_id in session.execute(
            select(College.id, College.name_th, College.name_en, College.code, College.center_id)
            .where(College.deleted.is_(False))
        ):  # fmt: skip
            self.names.add(name_th, record_id)
            self.names.add(name_en, record_id)
            self.codes.add(code, record_id)
            self.center_of[record_id] = center_id

    def find(self, text: str) -> list[int]:
        """The colleges ``text`` names: by code first, else by name."""
        return self.codes.find(text) or self.names.find(text)

    def resolve(self, text: str, network: int | None = None) -> int | str:
        """The one college ``text`` names, or why there is none (a translated message).

        With ``network`` (a center id) the college must belong to that center.
        """
        ids = self.find(text)
        if len(ids) > 1:
            return QCoreApplication.translate(
                "Import", "{count} colleges have this name. Write the college code instead."
            ).format(count=len(ids))
        if not ids:
            return QCoreApplication.translate(
                "Import",
                "No college with this name or code is in the database. Import the colleges first.",
            )
        if network is not None and self.center_of[ids[0]] != network:
            return QCoreApplication.translate(
                "Import", "This college is not in this center's network."
            )
        return ids[0]


def subject_key(text: str) -> str:
    """Subjects are found with or without their "สาขาวิชา" prefix."""
    key = name_key(text)
    for prefix in ("สาขาวิชา", "สาขา"):
        if key.startswith(prefix) and len(key) > len(prefix):
            return key.removeprefix(prefix)
    return key


class Records(ABC):
    """The rules of one kind of row."""

    kind: TableKind

    def __init__(self, session: Session) -> None:
        self.session = session
        self.site = site_context(session)
        self.existing: set[Hashable] = set()
        self.load()

    @abstractmethod
    def load(self) -> None:
        """Read the keys of existing records (and the names rows refer to)."""

    @abstractmethod
    def resolve(self, values: dict[str, Any]) -> list[Problem]:
        """Apply defaults and look up references in place; return the problems found."""

    @abstractmethod
    def keys(self, values: dict[str, Any]) -> tuple[Hashable, ...]:
        """The natural keys of a resolved row: a row sharing any of them is a duplicate."""

    @abstractmethod
    def build(self, values: dict[str, Any]) -> SyncedBase:
        """The new record of a resolved row."""


def _live(model: type[SyncedBase]) -> Any:
    return model.deleted.is_(False)


class CollegeRecords(Records):
    kind = TableKind.COLLEGES

    def load(self) -> None:
        for name, code in self.session.execute(
            select(College.name_th, College.code).where(_live(College))
        ):
            self.existing.add(("name", name_key(name)))
            if code:
                self.existing.add(("code", name_key(code)))

    def resolve(self, values: dict[str, Any]) -> list[Problem]:
        values.setdefault("group", CollegeGroupCode.STANDARD)
        if values.get("levels") is None:
            values["levels"] = set(DEFAULT_LEVELS)
        if values.get("modes") is None:
            values["modes"] = set(DEFAULT_MODES)
        return []

    def keys(self, values: dict[str, Any]) -> tuple[Hashable, ...]:
        name = ("name", name_key(values["name_th"]))
        code = values.get("code")
        return (name, ("code", name_key(code))) if code else (name,)

    def build(self, values: dict[str, Any]) -> SyncedBase:
        levels, modes = values["levels"], values["modes"]
        return College(
            name_th=values["name_th"],
            name_en=values.get("name_en"),
            code=values.get("code"),
            ownership=values["ownership"],
            group=values["group"],
            province_code=values.get("province_code"),
            center_id=self.site.center_id,
            teaches_pvc=Level.PVC in levels,
            teaches_pvs=Level.PVS in levels,
            teaches_btech=Level.BTECH in levels,
            teaches_short=Level.SHORT in levels,
            offers_formal=StudyModeCode.FORMAL in modes,
            offers_nonformal=StudyModeCode.NONFORMAL in modes,
            offers_dual=StudyModeCode.DUAL in modes,
            address=values.get("address"),
            phone=values.get("phone"),
        )


class EnterpriseRecords(Records):
    kind = TableKind.ENTERPRISES

    def load(self) -> None:
        names = self.session.scalars(select(Enterprise.name_th).where(_live(Enterprise)))
        self.existing.update(name_key(name) for name in names)

    def resolve(self, values: dict[str, Any]) -> list[Problem]:
        problems: list[Problem] = []
        country = values.get("country_code")
        location = values.get("location")
        if location is None:
            abroad = country is not None and country != THAILAND
            location = EnterpriseLocation.ABROAD if abroad else EnterpriseLocation.DOMESTIC
        if location is EnterpriseLocation.DOMESTIC:
            if country not in (None, THAILAND):
                message = QCoreApplication.translate(
                    "Import", "An enterprise in Thailand cannot have another country."
                )
                problems.append(("country_code", message))
            country = THAILAND
        else:
            if country in (None, THAILAND):
                message = QCoreApplication.translate(
                    "Import", "Write the country of an enterprise abroad."
                )
                problems.append(("country_code", message))
            if values.get("province_code"):
                message = QCoreApplication.translate(
                    "Import", "A province is only for an enterprise in Thailand."
                )
                problems.append(("province_code", message))
        values["location"], values["country_code"] = location, country
        return problems

    def keys(self, values: dict[str, Any]) -> tuple[Hashable, ...]:
        return (name_key(values["name_th"]),)

    def build(self, values: dict[str, Any]) -> SyncedBase:
        return Enterprise(
            name_th=values["name_th"],
            name_en=values.get("name_en"),
            location=values["location"],
            country_code=values["country_code"],
            province_code=values.get("province_code"),
            industry=values.get("industry"),
            size=values.get("size"),
            contact_name=values.get("contact_name"),
            phone=values.get("phone"),
            email=values.get("email"),
        )


def _enterprise_index(session: Session) -> NameIndex:
    index = NameIndex()
    rows = session.execute(
        select(Enterprise.id, Enterprise.name_th, Enterprise.name_en).where(_live(Enterprise))
    )
    for record_id, name_th, name_en in rows:
        index.add(name_th, record_id)
        index.add(name_en, record_id)
    return index


def _find_enterprise(index: NameIndex, values: dict[str, Any]) -> Problem | None:
    ids = index.find(values["enterprise"])
    if len(ids) == 1:
        values["enterprise_id"] = ids[0]
        return None
    if ids:
        message = QCoreApplication.translate(
            "Import", "{count} enterprises have this name. Give them different names first."
        ).format(count=len(ids))
    else:
        message = QCoreApplication.translate(
            "Import",
            "No enterprise with this name is in the database. Import the enterprises first.",
        )
    return ("enterprise", message)


class DemandRecords(Records):
    kind = TableKind.DEMAND

    def load(self) -> None:
        self.enterprises = _enterprise_index(self.session)
        self.subjects = NameIndex(subject_key)
        for record_id, name_th, name_en in self.session.execute(
            select(Subject.id, Subject.name_th, Subject.name_en).where(_live(Subject))
        ):
            self.subjects.add(name_th, record_id)
            self.subjects.add(name_en, record_id)
        rows = self.session.execute(
            select(
                WorkforceDemand.enterprise_id,
                WorkforceDemand.subject_id,
                WorkforceDemand.level,
                WorkforceDemand.fiscal_year,
            ).where(_live(WorkforceDemand))
        )
        self.existing.update(tuple(row) for row in rows)

    def resolve(self, values: dict[str, Any]) -> list[Problem]:
        problems: list[Problem] = []
        if (problem := _find_enterprise(self.enterprises, values)) is not None:
            problems.append(problem)
        subject = values.get("subject")
        if subject is None:
            if self.site.subject_id is None:
                message = QCoreApplication.translate("Import", "A value is required.")
                problems.append(("subject", message))
            values["subject_id"] = self.site.subject_id
        else:
            ids = self.subjects.find(subject)
            if len(ids) == 1:
                values["subject_id"] = ids[0]
            else:
                message = QCoreApplication.translate(
                    "Import", "No excellent subject has this name."
                )
                problems.append(("subject", message))
        return problems

    def keys(self, values: dict[str, Any]) -> tuple[Hashable, ...]:
        key = (values["enterprise_id"], values["subject_id"], values["level"])
        return ((*key, values["fiscal_year"]),)

    def build(self, values: dict[str, Any]) -> SyncedBase:
        return WorkforceDemand(
            enterprise_id=values["enterprise_id"],
            subject_id=values["subject_id"],
            level=values["level"],
            fiscal_year=values["fiscal_year"],
            positions=values["positions"],
            note=values.get("note"),
        )


class AgreementRecords(Records):
    kind = TableKind.AGREEMENTS

    def load(self) -> None:
        self.enterprises = _enterprise_index(self.session)
        self.colleges = CollegeIndex(self.session)
        rows = self.session.execute(
            select(
                Agreement.kind, Agreement.college_id, Agreement.enterprise_id, Agreement.signed_on
            ).where(_live(Agreement))
        )
        self.existing.update(tuple(row) for row in rows)

    def resolve(self, values: dict[str, Any]) -> list[Problem]:
        problems: list[Problem] = []
        college = self.colleges.resolve(values["college"])
        if isinstance(college, int):
            values["college_id"] = college
        else:
            problems.append(("college", college))
        if (problem := _find_enterprise(self.enterprises, values)) is not None:
            problems.append(problem)
        expires = values.get("expires_on")
        if expires is not None and expires < values["signed_on"]:
            message = QCoreApplication.translate(
                "Import", "The end date is before the signing date."
            )
            problems.append(("expires_on", message))
        values.setdefault("dual_system", False)
        return problems

    def keys(self, values: dict[str, Any]) -> tuple[Hashable, ...]:
        key = (values["kind"], values["college_id"], values["enterprise_id"])
        return ((*key, values["signed_on"]),)

    def build(self, values: dict[str, Any]) -> SyncedBase:
        return Agreement(
            kind=values["kind"],
            college_id=values["college_id"],
            enterprise_id=values["enterprise_id"],
            signed_on=values["signed_on"],
            expires_on=values.get("expires_on"),
            scope=values.get("scope"),
            dual_system=values["dual_system"],
        )


HANDLERS: dict[TableKind, type[Records]] = {
    TableKind.COLLEGES: CollegeRecords,
    TableKind.ENTERPRISES: EnterpriseRecords,
    TableKind.DEMAND: DemandRecords,
    TableKind.AGREEMENTS: AgreementRecords,
}


def records_for(kind: TableKind, session: Session) -> Records:
    handler: type[Records] = HANDLERS.get(kind) or table_module(kind).HANDLER
    return handler(session)
