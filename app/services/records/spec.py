"""What a record form is made of: its fields, how it loads, checks and writes one record.

Each kind of record a person edits by hand describes itself once as a :class:`RecordSpec`;
the one form widget and the one save/delete/undo path work from that description.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from app.models.base import SyncedBase
from app.services.validation import FieldError


class RecordKind(StrEnum):
    ENTERPRISE = "enterprise"
    DEMAND = "demand"
    AGREEMENT = "agreement"
    COLLEGE = "college"
    MEETING = "meeting"
    COMMITTEE = "committee"
    COMMITTEE_MEMBER = "committee_member"
    PLACEMENT_CAPACITY = "placement_capacity"
    # teachers workspace
    TEACHER = "teacher"
    SKILL_GAP = "skill_gap"
    TRAINING_COURSE = "training_course"
    TRAINING_RUN = "training_run"
    ENROLLMENT = "enrollment"
    TEACHER_INTERNSHIP = "teacher_internship"
    DAILY_LOG = "daily_log"
    INTERNSHIP_VISIT = "internship_visit"
    INTERNSHIP_INCIDENT = "internship_incident"
    CURRICULUM = "curriculum"
    COMPETENCY_UNIT = "competency_unit"
    CURRICULUM_UNIT = "curriculum_unit"
    SHORT_COURSE = "short_course"
    SHORT_COURSE_RUN = "short_course_run"
    SHORT_COURSE_TRAINEE = "short_course_trainee"
    CERTIFICATION_CENTER = "certification_center"
    ASSESSMENT_ROUND = "assessment_round"
    CERTIFICATION = "certification"
    # placements workspace
    STUDENT = "student"
    SAFETY_BRIEFING = "safety_briefing"
    PLACEMENT = "placement"
    SUPERVISION_VISIT = "supervision_visit"
    INCIDENT = "incident"
    MEDIA_CONTEST_ENTRY = "media_contest_entry"
    # plans, knowledge bank, policy recommendations
    PLAN = "plan"
    PROJECT = "project"
    PLAN_ACTIVITY = "plan_activity"
    KNOWLEDGE_BANK_COMPONENT = "knowledge_bank_component"
    POLICY_RECOMMENDATION = "policy_recommendation"


class FieldWidget(StrEnum):
    """How a field is typed or chosen; the form picks its widget from this."""

    TEXT = "text"
    """One line of text (``str``)."""
    LONG_TEXT = "long_text"
    """Several lines of text (``str``)."""
    CHOICE = "choice"
    """One of fixed codes (``str``); ``FieldSpec.options`` gives their translated names."""
    RECORD = "record"
    """One of the records ``RecordSpec.choices`` lists under the field name (``int | None``)."""
    NUMBER = "number"
    """A whole number from ``minimum`` to ``maximum`` (``int``)."""
    CHECK = "check"
    """Yes or no (``bool``)."""
    DATE = "date"
    """A date written day/month/B.E. year (``str``)."""
    FILE = "file"
    """A path to a file on this computer, typed or picked (``str``)."""


@dataclass(frozen=True)
class Choice:
    """A record a form offers in a drop-down list."""

    record_id: int
    name: str


@dataclass(frozen=True)
class RecordLookup:
    """How a RECORD field over a big table finds its records as the person types.

    The form then opens with only a first handful of choices (and the stored one);
    ``search(session, text, limit)`` finds records by any part of their name and
    ``by_id(session, record_id)`` names the stored one.
    """

    search: Callable[[Session, str, int], list[Choice]]
    by_id: Callable[[Session, int], Choice | None]


@dataclass(frozen=True)
class FieldSpec:
    """One field of a form: the input attribute ``name`` and how it is entered."""

    name: str
    widget: FieldWidget = FieldWidget.TEXT
    options: Callable[[], dict[str, str]] | None = None
    """CHOICE: code -> translated name, in the order offered."""
    minimum: int = 0
    maximum: int = 1_000_000
    hint: Callable[[], str] | None = None
    """A translated hint shown in an empty text field."""
    max_length: int = 250
    lookup: RecordLookup | None = None
    """RECORD over a table too big to list whole: search it while typing."""
    enabled_when: tuple[str, frozenset[str]] | None = None
    """(CHOICE field, its codes): the field applies only while that field holds one of the
    codes; otherwise the form greys it out and the record's rules ignore it."""


@dataclass(frozen=True)
class FormData:
    """What a form opens with: the values and the records its drop-down lists offer."""

    data: Any
    choices: dict[str, list[Choice]] = field(default_factory=dict)


class InvalidRecord(FieldError):
    """A record that cannot be saved; ``errors`` holds every problem, the first is the field."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(errors[0].field, errors[0].message)
        self.errors = list(errors)

    def __reduce__(self) -> tuple[type[InvalidRecord], tuple[list[FieldError]]]:  # type: ignore[override]
        return (type(self), (self.errors,))


@dataclass(frozen=True)
class RecordSpec:
    """One kind of record a person adds, edits and deletes by hand.

    ``data`` values are plain dataclasses (the "input") whose attributes are the field
    names. ``blank(session)`` is a new record's input, ``load(session, row)`` a stored one's;
    ``validate(session, data, record_id)`` returns every problem (empty: it can be saved);
    ``fill(session, row, data)`` writes valid input into the ORM row. ``columns`` are the
    row's stored columns that undo puts back.
    """

    kind: RecordKind
    model: type[SyncedBase]
    columns: tuple[str, ...]
    fields: tuple[FieldSpec, ...]
    label: Callable[[str], str]
    titles: Callable[[], tuple[str, str]]
    """The form's window title when adding and when editing."""
    blank: Callable[[Session], Any]
    load: Callable[[Session, Any], Any]
    validate: Callable[[Session, Any, int | None], list[FieldError]]
    fill: Callable[[Session, Any, Any], None]
    choices: Callable[[Session], dict[str, list[Choice]]] = lambda _session: {}

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(spec.name for spec in self.fields)
