"""The forms of plans (manual 2.1-2.2): a five-year or annual plan, a project of a plan, and
a progress update of a project's activity.

Rules (``app.services.plans``): a five-year plan covers at most five fiscal years, an annual
plan one; an annual plan's project links only to a project of a five-year plan whose period
contains the annual plan's year (checked from both sides: the project, and a plan whose
years are edited); a project's period does not end before it starts and lies inside its
plan's fiscal years; a budget is baht, zero or more.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.enums import PlanKind, WorkStatus
from app.models.planning import Plan, PlanActivity, Project
from app.services import plans
from app.services.listing import labels
from app.services.records.common import (
    CENTER_FIELD,
    column_length,
    field_error,
    length_errors,
    no_center_error,
    optional,
    required,
    site_center_id,
    written_date,
)
from app.services.records.meeting import record_center
from app.services.records.network import date_hint
from app.services.records.spec import Choice, FieldSpec, FieldWidget, RecordKind, RecordSpec
from app.services.records.teachers import network_colleges
from app.services.thai.dates import format_thai_date
from app.services.thai.fiscal import current_fiscal_year, fiscal_year_range
from app.services.validation import FieldError

MIN_FISCAL_YEAR = 2500
MAX_FISCAL_YEAR = 2700
MAX_BUDGET = Decimal("999999999999.99")
"""The most a budget column (14 digits, 2 after the point) holds."""
TEXT_LIMIT = 4000
"""The longest target, output or evidence accepted (the columns themselves have no limit)."""

_PLAN_LIMITS = {"title": column_length(Plan, "title", 250)}
_PROJECT_LIMITS = {
    "title": column_length(Project, "title", 250),
    "target": TEXT_LIMIT,
    "output": TEXT_LIMIT,
}
_ACTIVITY_LIMITS = {
    "title": column_length(PlanActivity, "title", 250),
    "evidence": TEXT_LIMIT,
}


@dataclass
class PlanInput:
    """A plan as typed; years are B.E. fiscal years, dates day/month/B.E. year."""

    kind: str = PlanKind.ANNUAL.value
    title: str = ""
    first_fy: int = 0
    last_fy: int = 0
    approved_on: str = ""
    sent_on: str = ""


@dataclass
class ProjectInput:
    """A project of a plan as chosen and typed; ``budget`` is baht as written."""

    plan_id: int | None = None
    five_year_project_id: int | None = None
    title: str = ""
    target: str = ""
    output: str = ""
    starts_on: str = ""
    ends_on: str = ""
    budget: str = ""
    responsible_college_id: int | None = None
    status: str = WorkStatus.PLANNED.value


@dataclass
class PlanActivityInput:
    """A progress update of a project's activity; ``done_on`` only when it is done."""

    project_id: int | None = None
    title: str = ""
    due_on: str = ""
    status: str = WorkStatus.PLANNED.value
    done_on: str = ""
    evidence: str = ""


def plan_label(field: str) -> str:
    """The translated label of a field of the plan, project and activity forms."""
    texts = {
        "kind": QCoreApplication.translate("Records", "Kind of plan"),
        "title": QCoreApplication.translate("Records", "Title"),
        "first_fy": QCoreApplication.translate("Records", "First fiscal year (B.E.)"),
        "last_fy": QCoreApplication.translate("Records", "Last fiscal year (B.E.)"),
        "approved_on": QCoreApplication.translate("Records", "Approved on"),
        "sent_on": QCoreApplication.translate("Records", "Sent on"),
        "plan_id": QCoreApplication.translate("Records", "Plan"),
        "five_year_project_id": QCoreApplication.translate(
            "Records", "Project of the five-year plan (optional)"
        ),
        "target": QCoreApplication.translate("Records", "Target"),
        "output": QCoreApplication.translate("Records", "Output"),
        "starts_on": QCoreApplication.translate("Records", "Starts on"),
        "ends_on": QCoreApplication.translate("Records", "Ends on"),
        "budget": QCoreApplication.translate("Records", "Budget (baht)"),
        "responsible_college_id": QCoreApplication.translate("Records", "Responsible college"),
        "status": QCoreApplication.translate("Records", "Progress"),
        "project_id": QCoreApplication.translate("Records", "Project"),
        "due_on": QCoreApplication.translate("Records", "Due on"),
        "done_on": QCoreApplication.translate("Records", "Done on"),
        "evidence": QCoreApplication.translate("Records", "Evidence"),
        CENTER_FIELD: QCoreApplication.translate("Records", "CVM center"),
    }
    return texts[field]


def _error(field: str, message: str, **values: object) -> FieldError:
    return field_error(field, message, plan_label, **values)


def _dates(data: Any, fields: tuple[str, ...], errors: list[FieldError]) -> dict[str, date]:
    """The dates typed in ``fields`` (empty ones left out); a bad one adds its problem."""
    found: dict[str, date] = {}
    for field in fields:
        text = getattr(data, field)
        if not text.strip():
            continue
        try:
            found[field] = written_date(text, field, plan_label)
        except FieldError as error:
            errors.append(error)
    return found


def _choice_error(field: str, value: str, codes: type[Any]) -> list[FieldError]:
    if value in {code.value for code in codes}:
        return []
    message = QCoreApplication.translate("Records", "{label}: choose one of the options offered.")
    return [_error(field, message)]


def _year_errors(field: str, year: int) -> list[FieldError]:
    if MIN_FISCAL_YEAR <= year <= MAX_FISCAL_YEAR:
        return []
    message = QCoreApplication.translate(
        "Records", "{label} must be a Buddhist Era year from {first} to {last}."
    )
    return [_error(field, message, first=MIN_FISCAL_YEAR, last=MAX_FISCAL_YEAR)]


def _live(session: Session, model: Any, record_id: int | None) -> Any:
    row = None if record_id is None else session.get(model, record_id)
    return None if row is None or row.deleted else row


# -- plans -------------------------------------------------------------------------------------
def _last_fy(data: PlanInput) -> int:
    """An annual plan's last year is its first (the form greys the last year out)."""
    return data.first_fy if data.kind == PlanKind.ANNUAL.value else data.last_fy


def validate_plan(
    session: Session, data: PlanInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors = length_errors(data, _PLAN_LIMITS, plan_label)
    if record_center(session, Plan, record_id) is None:
        errors.append(no_center_error())
    errors += _choice_error("kind", data.kind, PlanKind)
    if not data.title.strip():
        errors.append(required("title", plan_label))
    last_fy = _last_fy(data)
    errors += _year_errors("first_fy", data.first_fy)
    if data.kind == PlanKind.FIVE_YEAR.value:
        errors += _year_errors("last_fy", last_fy)
    dates = _dates(data, ("approved_on", "sent_on"), errors)
    if "approved_on" in dates and "sent_on" in dates and dates["sent_on"] < dates["approved_on"]:
        message = QCoreApplication.translate("Records", "{label}: a plan is sent after approval.")
        errors.append(_error("sent_on", message))
    if errors:
        return errors
    kind = PlanKind(data.kind)
    problem = plans.period_problem(kind, data.first_fy, last_fy)
    if problem is not None:
        errors.append(_error("last_fy" if kind is PlanKind.FIVE_YEAR else "first_fy", problem))
        return errors
    if record_id is not None:
        errors += _linked_plan_errors(session, record_id, kind, data.first_fy, last_fy)
    return errors


def _linked_plan_errors(
    session: Session, plan_id: int, kind: PlanKind, first_fy: int, last_fy: int
) -> list[FieldError]:
    """An edited plan's years must keep containing the years of the plans linked to it."""
    stored = session.get(Plan, plan_id)
    if stored is not None and stored.kind is not kind and _has_projects(session, plan_id):
        message = QCoreApplication.translate(
            "Records", "{label}: a plan with projects keeps its kind; make a new plan instead."
        )
        return [_error("kind", message)]
    if kind is PlanKind.FIVE_YEAR:
        if plans.annual_years_outside(session, plan_id, first_fy, last_fy):
            message = QCoreApplication.translate(
                "Records",
                "{label}: annual plans linked to this plan fall outside this period; a plan "
                "period must contain the fiscal year of every annual plan linked to it.",
            )
            return [_error("last_fy", message)]
    elif plans.links_outside(session, plan_id, first_fy):
        message = QCoreApplication.translate(
            "Records",
            "{label}: projects of this plan link to a five-year plan whose period does not "
            "contain this fiscal year.",
        )
        return [_error("first_fy", message)]
    return []


def _has_projects(session: Session, plan_id: int) -> bool:
    return (
        session.scalar(
            select(Project.id).where(Project.plan_id == plan_id, Project.deleted.is_(False))
        )
        is not None
    )


def _fill_plan(session: Session, row: Any, data: PlanInput) -> None:
    row.kind = PlanKind(data.kind)
    row.title = data.title.strip()
    row.first_fy = data.first_fy
    row.last_fy = _last_fy(data)
    row.approved_on = _optional_date(data.approved_on, "approved_on")
    row.sent_on = _optional_date(data.sent_on, "sent_on")
    if row.id is None:  # a new plan is this installation's center's; an edit keeps its own
        row.center_id = site_center_id(session)


def _optional_date(text: str, field: str) -> date | None:
    return written_date(text, field, plan_label) if text.strip() else None


def _date_text(day: date | None) -> str:
    return "" if day is None else format_thai_date(day, "numeric")


def _load_plan(_session: Session, row: Any) -> PlanInput:
    return PlanInput(
        kind=PlanKind(row.kind).value,
        title=row.title,
        first_fy=row.first_fy,
        last_fy=row.last_fy,
        approved_on=_date_text(row.approved_on),
        sent_on=_date_text(row.sent_on),
    )


def _blank_plan(_session: Session) -> PlanInput:
    year = current_fiscal_year()
    return PlanInput(first_fy=year, last_fy=year)


def _year_field(name: str, **extra: Any) -> FieldSpec:
    return FieldSpec(
        name, FieldWidget.NUMBER, minimum=MIN_FISCAL_YEAR, maximum=MAX_FISCAL_YEAR, **extra
    )


PLAN = RecordSpec(
    kind=RecordKind.PLAN,
    model=Plan,
    columns=("center_id", "kind", "title", "first_fy", "last_fy", "approved_on", "sent_on"),
    fields=(
        FieldSpec("kind", FieldWidget.CHOICE, options=labels.plan_kind),
        FieldSpec("title", max_length=_PLAN_LIMITS["title"]),
        _year_field("first_fy"),
        _year_field("last_fy", enabled_when=("kind", frozenset({PlanKind.FIVE_YEAR.value}))),
        FieldSpec("approved_on", FieldWidget.DATE, hint=date_hint),
        FieldSpec("sent_on", FieldWidget.DATE, hint=date_hint),
    ),
    label=plan_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New plan"),
        QCoreApplication.translate("Records", "Edit plan"),
    ),
    blank=_blank_plan,
    load=_load_plan,
    validate=validate_plan,
    fill=_fill_plan,
)


# -- projects ----------------------------------------------------------------------------------
def read_budget(text: str) -> Decimal | None:
    """Baht as written ("1,500,000" or "2500.50"); None when empty; raises ValueError."""
    cleaned = text.replace(",", "").replace(" ", "").strip()
    if not cleaned:
        return None
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError("not a number") from None
    if not amount.is_finite() or amount < 0 or amount > MAX_BUDGET:
        raise ValueError("out of range")
    if amount != amount.quantize(Decimal("0.01")):
        raise ValueError("more than two decimals")
    return amount.quantize(Decimal("0.01"))


def _budget_errors(text: str) -> list[FieldError]:
    try:
        read_budget(text)
    except ValueError:
        message = QCoreApplication.translate(
            "Records",
            "{label}: write an amount of baht of zero or more, with at most two decimals, "
            "for example 150,000 or 2,500.50.",
        )
        return [_error("budget", message)]
    return []


def _period_errors(plan: Plan, dates: dict[str, date]) -> list[FieldError]:
    starts, ends = dates.get("starts_on"), dates.get("ends_on")
    if starts is not None and ends is not None and ends < starts:
        message = QCoreApplication.translate(
            "Records", "{label}: the period ends before it starts."
        )
        return [_error("ends_on", message)]
    first, last = fiscal_year_range(plan.first_fy)[0], fiscal_year_range(plan.last_fy)[1]
    message = QCoreApplication.translate(
        "Records", "{label}: the date lies outside the fiscal years of the plan."
    )
    return [_error(field, message) for field, day in dates.items() if not first <= day <= last]


def _link_errors(session: Session, plan: Plan, data: ProjectInput) -> list[FieldError]:
    if data.five_year_project_id is None:
        return []
    if plan.kind is not PlanKind.ANNUAL:
        message = QCoreApplication.translate(
            "Records",
            "{label}: only a project of an annual action plan links to the five-year plan.",
        )
        return [_error("five_year_project_id", message)]
    five_year = plans.five_year_plan_of(session, data.five_year_project_id)
    if five_year is None:
        message = QCoreApplication.translate(
            "Records", "{label}: choose a recorded project of a five-year plan."
        )
        return [_error("five_year_project_id", message)]
    if not plans.contains(five_year, plan.first_fy):
        message = QCoreApplication.translate(
            "Records",
            "{label}: the period of that five-year plan does not contain the fiscal year of "
            "this annual plan.",
        )
        return [_error("five_year_project_id", message)]
    return []


def validate_project(
    session: Session, data: ProjectInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors = length_errors(data, _PROJECT_LIMITS, plan_label)
    plan = _live(session, Plan, data.plan_id)
    if plan is None:
        message = QCoreApplication.translate("Records", "{label}: choose a recorded plan.")
        errors.append(_error("plan_id", message))
    if not data.title.strip():
        errors.append(required("title", plan_label))
    errors += _choice_error("status", data.status, WorkStatus)
    errors += _budget_errors(data.budget)
    college_id = data.responsible_college_id
    if college_id is not None and college_id not in {
        c.record_id for c in network_colleges(session)
    }:
        message = QCoreApplication.translate(
            "Records", "{label}: choose a college of this CVM center's network."
        )
        errors.append(_error("responsible_college_id", message))
    dates = _dates(data, ("starts_on", "ends_on"), errors)
    if plan is not None:
        errors += _period_errors(plan, dates)
        errors += _link_errors(session, plan, data)
    return errors


def _fill_project(_session: Session, row: Any, data: ProjectInput) -> None:
    row.plan_id = data.plan_id
    row.five_year_project_id = data.five_year_project_id
    row.title = data.title.strip()
    row.target = optional(data.target)
    row.output = optional(data.output)
    row.starts_on = _optional_date(data.starts_on, "starts_on")
    row.ends_on = _optional_date(data.ends_on, "ends_on")
    row.budget = read_budget(data.budget)
    row.responsible_college_id = data.responsible_college_id
    row.status = WorkStatus(data.status)


def budget_text(amount: Decimal | None) -> str:
    """A stored budget as the form shows it: 150,000 or 2,500.50."""
    if amount is None:
        return ""
    amount = Decimal(amount).quantize(Decimal("0.01"))
    return f"{amount:,.0f}" if amount == amount.to_integral_value() else f"{amount:,.2f}"


def _load_project(_session: Session, row: Any) -> ProjectInput:
    return ProjectInput(
        plan_id=row.plan_id,
        five_year_project_id=row.five_year_project_id,
        title=row.title,
        target=row.target or "",
        output=row.output or "",
        starts_on=_date_text(row.starts_on),
        ends_on=_date_text(row.ends_on),
        budget=budget_text(row.budget),
        responsible_college_id=row.responsible_college_id,
        status=WorkStatus(row.status).value,
    )


def plan_choices(session: Session, kind: PlanKind | None = None) -> list[Choice]:
    """Live plans (of ``kind``), newest first, named "title (first-last)"."""
    query = select(Plan.id, Plan.title, Plan.first_fy, Plan.last_fy).where(Plan.deleted.is_(False))
    if kind is not None:
        query = query.where(Plan.kind == kind)
    rows = session.execute(query.order_by(Plan.first_fy.desc(), Plan.kind, Plan.id))
    return [Choice(row_id, _named(title, first, last)) for row_id, title, first, last in rows]


def _named(title: str, first: int, last: int) -> str:
    years = str(first) if first == last else f"{first}-{last}"
    return f"{title} ({years})"


def project_choices(session: Session, kind: PlanKind | None = None) -> list[Choice]:
    """Live projects of live plans (of ``kind``), newest plan first, by title."""
    query = (
        select(Project.id, Project.title, Plan.first_fy, Plan.last_fy)
        .join(Plan, Plan.id == Project.plan_id)
        .where(Project.deleted.is_(False), Plan.deleted.is_(False))
    )
    if kind is not None:
        query = query.where(Plan.kind == kind)
    rows = session.execute(query.order_by(Plan.first_fy.desc(), Project.title, Project.id))
    return [Choice(row_id, _named(title, first, last)) for row_id, title, first, last in rows]


def _blank_project(session: Session) -> ProjectInput:
    annual = plan_choices(session, PlanKind.ANNUAL)
    return ProjectInput(plan_id=annual[0].record_id if annual else None)


PROJECT = RecordSpec(
    kind=RecordKind.PROJECT,
    model=Project,
    columns=(
        "plan_id",
        "five_year_project_id",
        "title",
        "target",
        "output",
        "starts_on",
        "ends_on",
        "budget",
        "responsible_college_id",
        "status",
    ),
    fields=(
        FieldSpec("plan_id", FieldWidget.RECORD),
        FieldSpec("five_year_project_id", FieldWidget.RECORD),
        FieldSpec("title", max_length=_PROJECT_LIMITS["title"]),
        FieldSpec("target", FieldWidget.LONG_TEXT, max_length=TEXT_LIMIT),
        FieldSpec("output", FieldWidget.LONG_TEXT, max_length=TEXT_LIMIT),
        FieldSpec("starts_on", FieldWidget.DATE, hint=date_hint),
        FieldSpec("ends_on", FieldWidget.DATE, hint=date_hint),
        FieldSpec(
            "budget",
            hint=lambda: QCoreApplication.translate("Records", "baht, for example 150,000"),
        ),
        FieldSpec("responsible_college_id", FieldWidget.RECORD),
        FieldSpec("status", FieldWidget.CHOICE, options=labels.work_status),
    ),
    label=plan_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New plan project"),
        QCoreApplication.translate("Records", "Edit plan project"),
    ),
    blank=_blank_project,
    load=_load_project,
    validate=validate_project,
    fill=_fill_project,
    choices=lambda session: {
        "plan_id": plan_choices(session),
        "five_year_project_id": project_choices(session, PlanKind.FIVE_YEAR),
        "responsible_college_id": network_colleges(session),
    },
)


# -- progress of activities --------------------------------------------------------------------
def validate_activity(
    session: Session, data: PlanActivityInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors = length_errors(data, _ACTIVITY_LIMITS, plan_label)
    if _live(session, Project, data.project_id) is None:
        message = QCoreApplication.translate("Records", "{label}: choose a recorded project.")
        errors.append(_error("project_id", message))
    if not data.title.strip():
        errors.append(required("title", plan_label))
    errors += _choice_error("status", data.status, WorkStatus)
    done = data.status == WorkStatus.DONE.value
    dates = _dates(data, ("due_on", "done_on") if done else ("due_on",), errors)
    if done and not data.done_on.strip():
        message = QCoreApplication.translate(
            "Records", "{label} is required for an activity that is done."
        )
        errors.append(_error("done_on", message))
    if "done_on" in dates and dates["done_on"] > date.today():
        message = QCoreApplication.translate("Records", "{label} cannot be a day still to come.")
        errors.append(_error("done_on", message))
    return errors


def _fill_activity(_session: Session, row: Any, data: PlanActivityInput) -> None:
    row.project_id = data.project_id
    row.title = data.title.strip()
    row.due_on = _optional_date(data.due_on, "due_on")
    row.status = WorkStatus(data.status)
    done = row.status is WorkStatus.DONE
    row.done_on = _optional_date(data.done_on, "done_on") if done else None
    row.evidence = optional(data.evidence)


def _load_activity(_session: Session, row: Any) -> PlanActivityInput:
    return PlanActivityInput(
        project_id=row.project_id,
        title=row.title,
        due_on=_date_text(row.due_on),
        status=WorkStatus(row.status).value,
        done_on=_date_text(row.done_on),
        evidence=row.evidence or "",
    )


PLAN_ACTIVITY = RecordSpec(
    kind=RecordKind.PLAN_ACTIVITY,
    model=PlanActivity,
    columns=("project_id", "title", "due_on", "done_on", "status", "evidence"),
    fields=(
        FieldSpec("project_id", FieldWidget.RECORD),
        FieldSpec("title", max_length=_ACTIVITY_LIMITS["title"]),
        FieldSpec("due_on", FieldWidget.DATE, hint=date_hint),
        FieldSpec("status", FieldWidget.CHOICE, options=labels.work_status),
        FieldSpec(
            "done_on",
            FieldWidget.DATE,
            hint=date_hint,
            enabled_when=("status", frozenset({WorkStatus.DONE.value})),
        ),
        FieldSpec("evidence", FieldWidget.LONG_TEXT, max_length=TEXT_LIMIT),
    ),
    label=plan_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New progress update"),
        QCoreApplication.translate("Records", "Edit progress update"),
    ),
    blank=lambda session: PlanActivityInput(
        project_id=next((c.record_id for c in project_choices(session, PlanKind.ANNUAL)), None)
    ),
    load=_load_activity,
    validate=validate_activity,
    fill=_fill_activity,
    choices=lambda session: {"project_id": project_choices(session)},
)

SPECS: dict[RecordKind, RecordSpec] = {spec.kind: spec for spec in (PLAN, PROJECT, PLAN_ACTIVITY)}
