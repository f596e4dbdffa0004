"""Student placements (manual 6.1-6.2): the lifecycle, the safety gate, enterprise capacity,
overlapping dates and placing a whole class at once.

The lifecycle is planned -> confirmed -> in progress -> completed; any state not ended may
become withdrawn (with a reason); nothing leaves completed or withdrawn. A placement may
start (in progress) only when the student's safety training and orientation were recorded on
or before its first day. The seats of an enterprise are the sum of its ``PlacementCapacity``
for the fiscal year (of the start day) and mode; none recorded means no limit. Withdrawn
placements take no seat and overlap nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from itertools import cycle, islice

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session

from app.models.enums import BriefingKind, Level, PlacementMode, PlacementStatus
from app.models.matching import PlacementCapacity
from app.models.network import Enterprise
from app.models.students import Placement, Student
from app.services.records.students import missing_briefings as missing_briefings
from app.services.store import Store
from app.services.thai.dates import format_thai_date
from app.services.thai.fiscal import fiscal_year_of, fiscal_year_range

S = PlacementStatus
TRANSITIONS: dict[PlacementStatus, frozenset[PlacementStatus]] = {
    S.PLANNED: frozenset({S.CONFIRMED, S.WITHDRAWN}),
    S.CONFIRMED: frozenset({S.IN_PROGRESS, S.WITHDRAWN}),
    S.IN_PROGRESS: frozenset({S.COMPLETED, S.WITHDRAWN}),
    S.COMPLETED: frozenset(),
    S.WITHDRAWN: frozenset(),
}
"""The statuses each status may move to (staying where it is is always allowed)."""
STARTED = frozenset({S.IN_PROGRESS, S.COMPLETED})
"""Statuses a placement reaches only through the safety gate."""


class PlacementRefused(ValueError):
    """A change a placement's rules refuse; the message (translated) names the conflict."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _day(day: date) -> str:
    return format_thai_date(day, "numeric")


# -- the lifecycle -------------------------------------------------------------------------------
def status_name(status: PlacementStatus) -> str:
    from app.services.listing import labels

    return labels.placement_status()[PlacementStatus(status)]


def transition_refusal(
    current: PlacementStatus, to: PlacementStatus, reason: str | None = None
) -> str | None:
    """Why ``current`` may not become ``to`` (None: it may); withdrawing needs a reason."""
    current, to = PlacementStatus(current), PlacementStatus(to)
    if to is not current and to not in TRANSITIONS[current]:
        if current in (S.COMPLETED, S.WITHDRAWN):
            message = QCoreApplication.translate(
                "Placements", "A placement that is {current} cannot be changed to another status."
            )
        else:
            message = QCoreApplication.translate(
                "Placements", "A placement that is {current} cannot move to {to}."
            )
        return message.format(current=status_name(current), to=status_name(to))
    if to is S.WITHDRAWN and not (reason or "").strip():
        return QCoreApplication.translate(
            "Placements", "Give the reason the placement is withdrawn."
        )
    return None


# -- the safety gate -----------------------------------------------------------------------------
def safety_refusal(missing: list[BriefingKind]) -> str | None:
    """The message naming exactly what the student still needs (None: nothing)."""
    if not missing:
        return None
    if len(missing) == 2:
        return QCoreApplication.translate(
            "Placements",
            "The placement cannot start: the student's occupational safety training and "
            "orientation on rights and the complaint channel are not recorded on or before "
            "the start day.",
        )
    if missing[0] is BriefingKind.SAFETY_TRAINING:
        return QCoreApplication.translate(
            "Placements",
            "The placement cannot start: the student's occupational safety training is not "
            "recorded on or before the start day.",
        )
    return QCoreApplication.translate(
        "Placements",
        "The placement cannot start: the student's orientation on rights and the complaint "
        "channel is not recorded on or before the start day.",
    )


# -- overlap and capacity ------------------------------------------------------------------------
def overlapping(
    session: Session, student_id: int, starts: date, ends: date, exclude_id: int | None = None
) -> tuple[date, date] | None:
    """The dates of another live, not withdrawn placement of the student sharing a day."""
    query = select(Placement.starts_on, Placement.ends_on).where(
        Placement.student_id == student_id,
        Placement.deleted.is_(False),
        Placement.status != S.WITHDRAWN,
        Placement.starts_on <= ends,
        Placement.ends_on >= starts,
    )
    if exclude_id is not None:
        query = query.where(Placement.id != exclude_id)
    row = session.execute(query.order_by(Placement.starts_on).limit(1)).first()
    return None if row is None else (row[0], row[1])


def overlap_refusal(first: date, last: date) -> str:
    return QCoreApplication.translate(
        "Placements",
        "The student already has a placement from {first} to {last} on some of these dates; "
        "a student cannot be in two placements at once.",
    ).format(first=_day(first), last=_day(last))


def seats_of(
    session: Session, enterprise_id: int, fiscal_year: int, mode: PlacementMode
) -> int | None:
    """The seats the enterprise offers in the year and mode (None: none recorded, no limit)."""
    total = session.scalar(
        select(func.sum(PlacementCapacity.seats)).where(
            PlacementCapacity.enterprise_id == enterprise_id,
            PlacementCapacity.fiscal_year == fiscal_year,
            PlacementCapacity.mode == PlacementMode(mode),
            PlacementCapacity.deleted.is_(False),
        )
    )
    return None if total is None else int(total)


def seats_taken(
    session: Session,
    enterprise_id: int,
    fiscal_year: int,
    mode: PlacementMode,
    exclude_id: int | None = None,
) -> int:
    """Live, not withdrawn placements in the enterprise starting in the year, in the mode."""
    first, last = fiscal_year_range(fiscal_year)
    query = select(func.count()).where(
        Placement.enterprise_id == enterprise_id,
        Placement.mode == PlacementMode(mode),
        Placement.starts_on.between(first, last),
        Placement.status != S.WITHDRAWN,
        Placement.deleted.is_(False),
    )
    if exclude_id is not None:
        query = query.where(Placement.id != exclude_id)
    return int(session.scalar(query) or 0)


def seats_left(
    session: Session,
    enterprise_id: int,
    fiscal_year: int,
    mode: PlacementMode,
    exclude_id: int | None = None,
) -> int | None:
    """Seats still free (None: no limit recorded)."""
    seats = seats_of(session, enterprise_id, fiscal_year, mode)
    if seats is None:
        return None
    return seats - seats_taken(session, enterprise_id, fiscal_year, mode, exclude_id)


def full_refusal(fiscal_year: int, seats: int) -> str:
    return QCoreApplication.translate(
        "Placements",
        "The enterprise has no placement seat left in fiscal year {year} for this mode: "
        "all {seats} seats are taken.",
    ).format(year=fiscal_year, seats=seats)


# -- moving one placement ------------------------------------------------------------------------
def can_move(placement: Placement, to: PlacementStatus, reason: str | None = None) -> str | None:
    """Why ``placement`` may not move to ``to`` (None: it may)."""
    refusal = transition_refusal(placement.status, to, reason)
    if refusal is not None or PlacementStatus(to) is not S.IN_PROGRESS:
        return refusal
    session = object_session(placement)
    assert session is not None, "the placement must belong to a session"
    return safety_refusal(missing_briefings(session, placement.student_id, placement.starts_on))


def move(store: Store, placement_id: int, to: PlacementStatus, reason: str | None = None) -> None:
    """Move a placement to ``to``; raises PlacementRefused with the reason it may not."""
    with store.transaction() as session:
        placement = session.get(Placement, placement_id)
        if placement is None or placement.deleted:
            raise PlacementRefused(
                QCoreApplication.translate("Placements", "This placement no longer exists.")
            )
        refusal = can_move(placement, to, reason)
        if refusal is not None:
            raise PlacementRefused(refusal)
        placement.status = PlacementStatus(to)
        if placement.status is S.WITHDRAWN:
            placement.withdrawal_reason = (reason or "").strip()


# -- placing a class -----------------------------------------------------------------------------
@dataclass(frozen=True)
class ClassPlan:
    """A class (college, level, year of study, optional subject) to place in enterprises."""

    college_id: int
    level: Level
    year_of_study: int
    enterprise_ids: tuple[int, ...]
    mode: PlacementMode
    starts_on: date
    ends_on: date
    subject_id: int | None = None


@dataclass(frozen=True)
class PlannedPlacement:
    student_id: int
    student: str
    enterprise_id: int
    enterprise: str


@dataclass(frozen=True)
class SkippedStudent:
    student_id: int
    student: str
    reason: str


@dataclass
class ClassPlacement:
    """What placing a class creates and whom it skips (and why)."""

    created: list[PlannedPlacement] = field(default_factory=list)
    skipped: list[SkippedStudent] = field(default_factory=list)


def plan_class(session: Session, plan: ClassPlan) -> ClassPlacement:
    """The planned placements of ``plan`` without writing them (round-robin over the
    enterprises in the order given; a full enterprise is passed over)."""
    if plan.ends_on < plan.starts_on:
        raise PlacementRefused(
            QCoreApplication.translate("Placements", "A placement cannot end before it starts.")
        )
    if not plan.enterprise_ids:
        raise PlacementRefused(
            QCoreApplication.translate("Placements", "Choose at least one enterprise.")
        )
    year = fiscal_year_of(plan.starts_on)
    names: dict[int, str] = {
        record_id: name
        for record_id, name in session.execute(
            select(Enterprise.id, Enterprise.name_th).where(
                Enterprise.id.in_(plan.enterprise_ids), Enterprise.deleted.is_(False)
            )
        )
    }
    enterprises = [enterprise for enterprise in plan.enterprise_ids if enterprise in names]
    left = {
        enterprise: seats_left(session, enterprise, year, plan.mode) for enterprise in enterprises
    }
    query = select(Student.id, Student.first_name, Student.last_name).where(
        Student.college_id == plan.college_id,
        Student.level == Level(plan.level),
        Student.year_of_study == plan.year_of_study,
        Student.deleted.is_(False),
    )
    if plan.subject_id is not None:
        query = query.where(Student.subject_id == plan.subject_id)
    result = ClassPlacement()
    turn = 0
    for student_id, first, last in session.execute(query.order_by(Student.name_sort, Student.id)):
        name = f"{first} {last}"
        if overlapping(session, student_id, plan.starts_on, plan.ends_on) is not None:
            reason = QCoreApplication.translate(
                "Placements", "Already placed on some of these dates."
            )
            result.skipped.append(SkippedStudent(student_id, name, reason))
            continue
        order = list(islice(cycle(enterprises), turn, turn + len(enterprises)))
        chosen = next((e for e in order if left[e] is None or (left[e] or 0) > 0), None)
        if chosen is None:
            reason = QCoreApplication.translate(
                "Placements", "No enterprise chosen has a seat left."
            )
            result.skipped.append(SkippedStudent(student_id, name, reason))
            continue
        if left[chosen] is not None:
            left[chosen] = (left[chosen] or 0) - 1
        turn = enterprises.index(chosen) + 1
        result.created.append(PlannedPlacement(student_id, name, chosen, names[chosen]))
    return result


def place_class(store: Store, plan: ClassPlan) -> ClassPlacement:
    """Create the planned placements of ``plan`` in one transaction; what was created and
    what was skipped (and why)."""
    with store.transaction() as session:
        result = plan_class(session, plan)
        colleges: dict[int, int] = {
            student_id: college_id
            for student_id, college_id in session.execute(
                select(Student.id, Student.college_id).where(
                    Student.id.in_([row.student_id for row in result.created])
                )
            )
        }
        for row in result.created:
            session.add(
                Placement(
                    student_id=row.student_id,
                    college_id=colleges[row.student_id],
                    enterprise_id=row.enterprise_id,
                    mode=PlacementMode(plan.mode),
                    starts_on=plan.starts_on,
                    ends_on=plan.ends_on,
                    status=S.PLANNED,
                )
            )
    return result
