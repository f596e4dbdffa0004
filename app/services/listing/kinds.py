"""The list kinds of the network workspace (manual activities 1.1-1.3) and their specs;
the building blocks every list module uses (``live``, ``equals``, ``in_fiscal_year`` ...),
and :func:`spec_for`, which finds any kind's spec (the other workspaces' kinds live in the
modules of :data:`MODULES`).

Thai names sort by their stored sort key (``name_sort`` ...: Thai dictionary order as plain
binary order, indexed with ``deleted``), so the usual order of a big list is an index walk.
Only columns with a cheap order are sortable on the big lists (enterprises, colleges); the
small ones (committees, members, meetings) sort on any column they show.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib import import_module
from typing import Any, cast

from PySide6.QtCore import QCoreApplication
from sqlalchemy import (
    ColumnElement,
    Date,
    Table,
    and_,
    bindparam,
    case,
    false,
    func,
    or_,
    select,
)

from app.models.governance import Committee, CommitteeMember, Meeting
from app.models.network import Agreement, College, Enterprise, WorkforceDemand
from app.models.reference import CollegeGroup, NameTitle, Province
from app.services.listing import labels
from app.services.listing.query import AgreementStatus, ListKind, Sort
from app.services.listing.spec import Column, Display, Join, ListSpec, SearchTarget
from app.services.thai.fiscal import fiscal_year_range

AS_OF = bindparam("as_of", type_=Date)
"""The day agreement statuses are judged on (``ListQuery.day()``), bound at execution."""
EXPIRING_UNTIL = bindparam("expiring_until", type_=Date)
"""The last day an agreement ending soon counts as "expiring" (``ListQuery.expiring_until``)."""

Condition = Callable[[Any], ColumnElement[bool]]


def table_of(model: type[Any]) -> Table:
    """The Core table of a model."""
    return cast(Table, model.__table__)


# Core tables, not ORM attributes: a Core select skips the ORM's row processing (a third of
# the time of a page of 200 rows).
COLLEGE = table_of(College)
ENTERPRISE = table_of(Enterprise)
DEMAND = table_of(WorkforceDemand)
AGREEMENT = table_of(Agreement)
COMMITTEE = table_of(Committee)
MEMBER = table_of(CommitteeMember)
MEETING = table_of(Meeting)
PROVINCE = table_of(Province)
COLLEGE_GROUP = table_of(CollegeGroup)
NAME_TITLE = table_of(NameTitle)


def live(table: Table) -> ColumnElement[bool]:
    """The row is not a tombstone."""
    return table.c.deleted == false()


def in_fiscal_year(column: ColumnElement[Any]) -> Condition:
    """A filter: the date ``column`` falls in the B.E. fiscal year given."""

    def condition(fiscal_year: int) -> ColumnElement[bool]:
        first, last = fiscal_year_range(fiscal_year)
        return column.between(first, last)

    return condition


def _in_region(province_column: ColumnElement[Any]) -> Condition:
    def condition(region: str) -> ColumnElement[bool]:
        codes = select(PROVINCE.c.code).where(PROVINCE.c.region == str(region))
        return province_column.in_(codes)

    return condition


def equals(column: ColumnElement[Any]) -> Condition:
    """A filter: ``column`` equals the value given."""

    def condition(value: Any) -> ColumnElement[bool]:
        return column == value  # type: ignore[no-any-return]

    return condition


def _province() -> Column:
    return Column(
        "province",
        lambda: QCoreApplication.translate("Lists", "Province"),
        PROVINCE.c.name_th,
        Display.BILINGUAL,
        expression_en=PROVINCE.c.name_en,
    )


def _province_join(province_column: ColumnElement[Any]) -> Join:
    return Join(PROVINCE, PROVINCE.c.code == province_column)


def agreement_in_force(college_id: ColumnElement[Any]) -> ColumnElement[bool]:
    """A live agreement of the college ``college_id`` is in force on ``AS_OF`` (EXISTS)."""
    return (
        select(AGREEMENT.c.id)
        .where(
            AGREEMENT.c.college_id == college_id,
            live(AGREEMENT),
            AGREEMENT.c.signed_on <= AS_OF,
            or_(AGREEMENT.c.expires_on.is_(None), AGREEMENT.c.expires_on >= AS_OF),
        )
        .exists()
    )


def _without_agreement_in_force(without: bool) -> ColumnElement[bool]:
    in_force = agreement_in_force(COLLEGE.c.id)
    return ~in_force if without else in_force


# -- colleges -------------------------------------------------------------------------------
def _colleges() -> ListSpec:
    return ListSpec(
        kind=ListKind.COLLEGES,
        table=COLLEGE,
        columns=(
            Column(
                "name",
                lambda: QCoreApplication.translate("Lists", "Name"),
                COLLEGE.c.name_th,
                sort=COLLEGE.c.name_sort,
                keyset=True,
            ),
            Column(
                "name_en",
                lambda: QCoreApplication.translate("Lists", "Name in English"),
                COLLEGE.c.name_en,
                sort=COLLEGE.c.name_en,
            ),
            Column(
                "code",
                lambda: QCoreApplication.translate("Lists", "College code"),
                COLLEGE.c.code,
                sort=COLLEGE.c.code,
            ),
            Column(
                "group",
                lambda: QCoreApplication.translate("Lists", "Group"),
                COLLEGE_GROUP.c.th,
                Display.BILINGUAL,
                sort=COLLEGE_GROUP.c.sort_order,
                expression_en=COLLEGE_GROUP.c.en,
            ),
            Column(
                "ownership",
                lambda: QCoreApplication.translate("Lists", "Ownership"),
                COLLEGE.c.ownership,
                Display.CHOICE,
                sort=COLLEGE.c.ownership,
                labels=labels.ownership,
            ),
            _province(),
            Column(
                "phone", lambda: QCoreApplication.translate("Lists", "Telephone"), COLLEGE.c.phone
            ),
        ),
        default_sort=Sort("name"),
        joins=(
            Join(COLLEGE_GROUP, COLLEGE_GROUP.c.code == COLLEGE.c.group),
            _province_join(COLLEGE.c.province_code),
        ),
        filters={
            "province_code": equals(COLLEGE.c.province_code),
            "region": _in_region(COLLEGE.c.province_code),
            "college_group": equals(COLLEGE.c.group),
            "ownership": equals(COLLEGE.c.ownership),
            "center_id": equals(COLLEGE.c.center_id),
            "without_agreement_in_force": _without_agreement_in_force,
        },
        search_targets=(
            SearchTarget(
                "college_fts", COLLEGE.c.id, (COLLEGE.c.name_th, COLLEGE.c.name_en, COLLEGE.c.code)
            ),
        ),
    )


# -- enterprises ----------------------------------------------------------------------------
_ENTERPRISE_TEXT = (
    ENTERPRISE.c.name_th,
    ENTERPRISE.c.name_en,
    ENTERPRISE.c.industry,
    ENTERPRISE.c.contact_name,
)


def _enterprises() -> ListSpec:
    return ListSpec(
        kind=ListKind.ENTERPRISES,
        table=ENTERPRISE,
        columns=(
            Column(
                "name",
                lambda: QCoreApplication.translate("Lists", "Name"),
                ENTERPRISE.c.name_th,
                sort=ENTERPRISE.c.name_sort,
                keyset=True,
            ),
            Column(
                "name_en",
                lambda: QCoreApplication.translate("Lists", "Name in English"),
                ENTERPRISE.c.name_en,
                sort=ENTERPRISE.c.name_en,
            ),
            Column(
                "location",
                lambda: QCoreApplication.translate("Lists", "Location"),
                ENTERPRISE.c.location,
                Display.CHOICE,
                labels=labels.location,
            ),
            Column(
                "country",
                lambda: QCoreApplication.translate("Lists", "Country"),
                ENTERPRISE.c.country_code,
            ),
            _province(),
            Column(
                "industry",
                lambda: QCoreApplication.translate("Lists", "Industry"),
                ENTERPRISE.c.industry,
            ),
            Column(
                "size",
                lambda: QCoreApplication.translate("Lists", "Size"),
                ENTERPRISE.c.size,
                Display.CHOICE,
                labels=labels.size,
            ),
            Column(
                "contact",
                lambda: QCoreApplication.translate("Lists", "Contact person"),
                ENTERPRISE.c.contact_name,
            ),
            Column(
                "phone",
                lambda: QCoreApplication.translate("Lists", "Telephone"),
                ENTERPRISE.c.phone,
            ),
        ),
        default_sort=Sort("name"),
        joins=(_province_join(ENTERPRISE.c.province_code),),
        filters={
            "province_code": equals(ENTERPRISE.c.province_code),
            "region": _in_region(ENTERPRISE.c.province_code),
            "location": equals(ENTERPRISE.c.location),
            "size": equals(ENTERPRISE.c.size),
        },
        search_targets=(SearchTarget("enterprise_fts", ENTERPRISE.c.id, _ENTERPRISE_TEXT),),
    )


def _enterprise_name() -> Column:
    return Column(
        "enterprise",
        lambda: QCoreApplication.translate("Lists", "Enterprise"),
        ENTERPRISE.c.name_th,
        sort=ENTERPRISE.c.name_sort,
        keyset=True,
    )


# -- workforce demand -----------------------------------------------------------------------
def _workforce_demand() -> ListSpec:
    return ListSpec(
        kind=ListKind.WORKFORCE_DEMAND,
        table=DEMAND,
        columns=(
            _enterprise_name(),
            _province(),
            Column(
                "fiscal_year",
                lambda: QCoreApplication.translate("Lists", "Fiscal year"),
                DEMAND.c.fiscal_year,
                Display.YEAR,
                sort=DEMAND.c.fiscal_year,
                keyset=True,
            ),
            Column(
                "level",
                lambda: QCoreApplication.translate("Lists", "Level"),
                DEMAND.c.level,
                Display.CHOICE,
                sort=DEMAND.c.level,
                labels=labels.level,
            ),
            Column(
                "positions",
                lambda: QCoreApplication.translate("Lists", "Positions"),
                DEMAND.c.positions,
                Display.NUMBER,
                sort=DEMAND.c.positions,
                keyset=True,
            ),
            Column(
                "note",
                lambda: QCoreApplication.translate("Lists", "Note"),
                DEMAND.c.note,
            ),
        ),
        default_sort=Sort("fiscal_year", descending=True),
        joins=(
            Join(ENTERPRISE, ENTERPRISE.c.id == DEMAND.c.enterprise_id, outer=False),
            _province_join(ENTERPRISE.c.province_code),
        ),
        filters={
            "fiscal_year": equals(DEMAND.c.fiscal_year),
            "level": equals(DEMAND.c.level),
            "enterprise_id": equals(DEMAND.c.enterprise_id),
            "province_code": equals(ENTERPRISE.c.province_code),
            "region": _in_region(ENTERPRISE.c.province_code),
            "location": equals(ENTERPRISE.c.location),
        },
        search_targets=(SearchTarget("enterprise_fts", DEMAND.c.enterprise_id, _ENTERPRISE_TEXT),),
    )


# -- agreements -----------------------------------------------------------------------------
def agreement_status_conditions() -> dict[AgreementStatus, ColumnElement[bool]]:
    """Each status as a condition on ``Agreement`` (exactly one holds for every row)."""
    signed = AGREEMENT.c.signed_on <= AS_OF
    return {
        AgreementStatus.PENDING: AGREEMENT.c.signed_on > AS_OF,
        AgreementStatus.EXPIRED: and_(signed, AGREEMENT.c.expires_on < AS_OF),
        AgreementStatus.EXPIRING: and_(
            signed, AGREEMENT.c.expires_on >= AS_OF, AGREEMENT.c.expires_on <= EXPIRING_UNTIL
        ),
        AgreementStatus.ACTIVE: and_(
            signed, or_(AGREEMENT.c.expires_on.is_(None), AGREEMENT.c.expires_on > EXPIRING_UNTIL)
        ),
    }


def _agreement_status() -> ColumnElement[str]:
    return case(
        (AGREEMENT.c.signed_on > AS_OF, AgreementStatus.PENDING.value),
        (AGREEMENT.c.expires_on < AS_OF, AgreementStatus.EXPIRED.value),
        (AGREEMENT.c.expires_on <= EXPIRING_UNTIL, AgreementStatus.EXPIRING.value),
        else_=AgreementStatus.ACTIVE.value,
    )


def _statuses(statuses: frozenset[AgreementStatus]) -> ColumnElement[bool]:
    conditions = agreement_status_conditions()
    return or_(false(), *(conditions[AgreementStatus(status)] for status in sorted(statuses)))


def _agreements() -> ListSpec:
    return ListSpec(
        kind=ListKind.AGREEMENTS,
        table=AGREEMENT,
        columns=(
            Column(
                "kind",
                lambda: QCoreApplication.translate("Lists", "Type"),
                AGREEMENT.c.kind,
                Display.CHOICE,
                sort=AGREEMENT.c.kind,
                labels=labels.agreement_kind,
            ),
            Column(
                "college",
                lambda: QCoreApplication.translate("Lists", "College"),
                COLLEGE.c.name_th,
                sort=COLLEGE.c.name_sort,
                keyset=True,
            ),
            _enterprise_name(),
            Column(
                "signed_on",
                lambda: QCoreApplication.translate("Lists", "Signed on"),
                AGREEMENT.c.signed_on,
                Display.DATE,
                sort=AGREEMENT.c.signed_on,
                keyset=True,
            ),
            Column(
                "expires_on",
                lambda: QCoreApplication.translate("Lists", "Expires on"),
                AGREEMENT.c.expires_on,
                Display.DATE,
                sort=AGREEMENT.c.expires_on,
            ),
            Column(
                "status",
                lambda: QCoreApplication.translate("Lists", "Status"),
                _agreement_status(),
                Display.CHOICE,
                labels=labels.agreement_status,
            ),
            Column(
                "dual_system",
                lambda: QCoreApplication.translate("Lists", "Dual system"),
                AGREEMENT.c.dual_system,
                Display.FLAG,
                sort=AGREEMENT.c.dual_system,
                labels=labels.flag,
            ),
        ),
        default_sort=Sort("signed_on", descending=True),
        joins=(
            Join(COLLEGE, COLLEGE.c.id == AGREEMENT.c.college_id, outer=False),
            Join(ENTERPRISE, ENTERPRISE.c.id == AGREEMENT.c.enterprise_id, outer=False),
        ),
        filters={
            "fiscal_year": in_fiscal_year(AGREEMENT.c.signed_on),
            "agreement_kind": equals(AGREEMENT.c.kind),
            "agreement_statuses": _statuses,
            "location": equals(ENTERPRISE.c.location),
            "college_id": equals(AGREEMENT.c.college_id),
            "enterprise_id": equals(AGREEMENT.c.enterprise_id),
        },
        search_targets=(
            SearchTarget("enterprise_fts", AGREEMENT.c.enterprise_id, _ENTERPRISE_TEXT),
            SearchTarget(
                "college_fts",
                AGREEMENT.c.college_id,
                (COLLEGE.c.name_th, COLLEGE.c.name_en, COLLEGE.c.code),
            ),
        ),
    )


# -- committees, members, meetings (small tables: LIKE search) -------------------------------
def _committees() -> ListSpec:
    members = (
        select(func.count())
        .where(MEMBER.c.committee_id == COMMITTEE.c.id, live(MEMBER))
        .correlate(COMMITTEE)
        .scalar_subquery()
    )
    return ListSpec(
        kind=ListKind.COMMITTEES,
        table=COMMITTEE,
        columns=(
            Column(
                "name",
                lambda: QCoreApplication.translate("Lists", "Name"),
                COMMITTEE.c.name,
                sort=COMMITTEE.c.name_sort,
                keyset=True,
            ),
            Column(
                "kind",
                lambda: QCoreApplication.translate("Lists", "Type"),
                COMMITTEE.c.kind,
                Display.CHOICE,
                sort=COMMITTEE.c.kind,
                labels=labels.committee_kind,
            ),
            Column(
                "appointed_on",
                lambda: QCoreApplication.translate("Lists", "Appointed on"),
                COMMITTEE.c.appointed_on,
                Display.DATE,
                sort=COMMITTEE.c.appointed_on,
            ),
            Column(
                "members",
                lambda: QCoreApplication.translate("Lists", "Members"),
                members,
                Display.NUMBER,
                sort=members,
            ),
        ),
        default_sort=Sort("name"),
        filters={
            "committee_kind": equals(COMMITTEE.c.kind),
            "center_id": equals(COMMITTEE.c.center_id),
        },
        search_like=(COMMITTEE.c.name,),
    )


def _committee_members() -> ListSpec:
    return ListSpec(
        kind=ListKind.COMMITTEE_MEMBERS,
        table=MEMBER,
        columns=(
            Column(
                "title",
                lambda: QCoreApplication.translate("Lists", "Name title"),
                NAME_TITLE.c.th,
                Display.BILINGUAL,
                expression_en=NAME_TITLE.c.en,
            ),
            Column(
                "full_name",
                lambda: QCoreApplication.translate("Lists", "Name"),
                MEMBER.c.full_name,
                sort=MEMBER.c.full_name_sort,
                keyset=True,
            ),
            Column(
                "role",
                lambda: QCoreApplication.translate("Lists", "Role"),
                MEMBER.c.role,
                Display.CHOICE,
                sort=MEMBER.c.role,
                labels=labels.member_role,
            ),
            Column(
                "organisation",
                lambda: QCoreApplication.translate("Lists", "Organisation"),
                MEMBER.c.organisation,
                sort=MEMBER.c.organisation,
            ),
            Column(
                "committee",
                lambda: QCoreApplication.translate("Lists", "Committee"),
                COMMITTEE.c.name,
                sort=COMMITTEE.c.name_sort,
                keyset=True,
            ),
        ),
        default_sort=Sort("full_name"),
        joins=(
            Join(COMMITTEE, COMMITTEE.c.id == MEMBER.c.committee_id, outer=False),
            Join(NAME_TITLE, NAME_TITLE.c.code == MEMBER.c.title_code),
        ),
        filters={
            "committee_id": equals(MEMBER.c.committee_id),
            "committee_kind": equals(COMMITTEE.c.kind),
            "member_role": equals(MEMBER.c.role),
            "center_id": equals(COMMITTEE.c.center_id),
        },
        search_like=(MEMBER.c.full_name, MEMBER.c.organisation),
    )


def _meetings() -> ListSpec:
    return ListSpec(
        kind=ListKind.MEETINGS,
        table=MEETING,
        columns=(
            Column(
                "held_on",
                lambda: QCoreApplication.translate("Lists", "Held on"),
                MEETING.c.held_on,
                Display.DATE,
                sort=MEETING.c.held_on,
                keyset=True,
            ),
            Column(
                "kind",
                lambda: QCoreApplication.translate("Lists", "Meeting of"),
                MEETING.c.kind,
                Display.CHOICE,
                sort=MEETING.c.kind,
                labels=labels.meeting_kind,
            ),
            Column(
                "title",
                lambda: QCoreApplication.translate("Lists", "Title"),
                MEETING.c.title,
                sort=MEETING.c.title_sort,
                keyset=True,
            ),
            Column(
                "attendees",
                lambda: QCoreApplication.translate("Lists", "Attendees"),
                MEETING.c.attendees,
                Display.NUMBER,
                sort=MEETING.c.attendees,
            ),
        ),
        default_sort=Sort("held_on", descending=True),
        filters={
            "fiscal_year": in_fiscal_year(MEETING.c.held_on),
            "meeting_kind": equals(MEETING.c.kind),
            "center_id": equals(MEETING.c.center_id),
        },
        search_like=(MEETING.c.title,),
    )


_BUILDERS: dict[ListKind, Callable[[], ListSpec]] = {
    ListKind.COLLEGES: _colleges,
    ListKind.ENTERPRISES: _enterprises,
    ListKind.WORKFORCE_DEMAND: _workforce_demand,
    ListKind.AGREEMENTS: _agreements,
    ListKind.COMMITTEES: _committees,
    ListKind.COMMITTEE_MEMBERS: _committee_members,
    ListKind.MEETINGS: _meetings,
}


MODULES: dict[ListKind, str] = {
    ListKind.TEACHERS: "app.services.listing.teacher_lists",
    ListKind.SKILL_GAPS: "app.services.listing.teacher_lists",
    ListKind.TRAINING_COURSES: "app.services.listing.training_lists",
    ListKind.TRAINING_RUNS: "app.services.listing.training_lists",
    ListKind.ENROLLMENTS: "app.services.listing.training_lists",
    ListKind.TEACHER_INTERNSHIPS: "app.services.listing.internship_lists",
    ListKind.DAILY_LOGS: "app.services.listing.internship_lists",
    ListKind.INTERNSHIP_VISITS: "app.services.listing.internship_lists",
    ListKind.INTERNSHIP_INCIDENTS: "app.services.listing.internship_lists",
    ListKind.CURRICULA: "app.services.listing.curriculum_lists",
    ListKind.COMPETENCY_UNITS: "app.services.listing.curriculum_lists",
    ListKind.CURRICULUM_UNITS: "app.services.listing.curriculum_lists",
    ListKind.SHORT_COURSES: "app.services.listing.short_course_lists",
    ListKind.SHORT_COURSE_RUNS: "app.services.listing.short_course_lists",
    ListKind.SHORT_COURSE_TRAINEES: "app.services.listing.short_course_lists",
    ListKind.CERTIFICATION_CENTERS: "app.services.listing.certification_lists",
    ListKind.ASSESSMENT_ROUNDS: "app.services.listing.certification_lists",
    ListKind.CERTIFICATIONS: "app.services.listing.certification_lists",
    ListKind.STUDENTS: "app.services.listing.student_lists",
    ListKind.SAFETY_BRIEFINGS: "app.services.listing.student_lists",
    ListKind.PLACEMENTS: "app.services.listing.placement_lists",
    ListKind.SUPERVISION_VISITS: "app.services.listing.safety_lists",
    ListKind.INCIDENTS: "app.services.listing.safety_lists",
    ListKind.MEDIA_CONTEST_ENTRIES: "app.services.listing.wbl_lists",
    ListKind.PLANS: "app.services.listing.plan_lists",
    ListKind.PROJECTS: "app.services.listing.plan_lists",
    ListKind.PLAN_ACTIVITIES: "app.services.listing.plan_lists",
    ListKind.KNOWLEDGE_BANK: "app.services.listing.quality_lists",
    ListKind.POLICY_RECOMMENDATIONS: "app.services.listing.quality_lists",
}
"""Where the other workspaces' list kinds are declared: each module defines
``BUILDERS: dict[ListKind, Callable[[], ListSpec]]`` for its kinds."""


@cache
def spec_for(kind: ListKind) -> ListSpec:
    """The spec of a list kind (built once, on first use)."""
    kind = ListKind(kind)
    if kind in _BUILDERS:
        return _BUILDERS[kind]()
    builders: dict[ListKind, Callable[[], ListSpec]] = import_module(MODULES[kind]).BUILDERS
    return builders[kind]()
