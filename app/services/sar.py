"""Self-assessment reports (SAR) of the network colleges (manual 7.1).

The center keeps its own list of indicators (code, standard, title, weight, scale and an
optional scoring rule: how a college earns each score). Each
network college sends one SAR per fiscal year: the day it was received and a score per
indicator (0 up to the indicator's scale; an indicator may be left unscored). Only received
SARs count: for the missing list, the weighted totals and the analysis across the network.

The weighted total of a college is ``sum(weight * score / scale)`` over the scored
indicators, out of the sum of the weights of every indicator of the center (an indicator
left unscored adds nothing, so a short SAR never looks better than a full one).

Every write goes through the ORM, so the sync hook stamps it; deleting makes tombstones.
The tables are small (a few dozen indicators, about a hundred colleges a year), so the
analysis reads the year's scores once and computes in Python.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication
from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from app.models.network import College
from app.models.quality import Indicator, IndicatorScore, SelfAssessment
from app.services.records.common import (
    column_length,
    field_error,
    length_errors,
    no_center_error,
    required,
    site_center_id,
    written_date,
)
from app.services.records.spec import Choice, InvalidRecord
from app.services.records.teachers import network_colleges
from app.services.store import Store
from app.services.thai.digits import to_arabic_digits
from app.services.validation import FieldError

MIN_FISCAL_YEAR = 2500
MAX_FISCAL_YEAR = 2700
MAX_WEIGHT = Decimal("9999.99")
MAX_SCALE = 100
MAX_SCORING_RULE = 2000
"""The most characters of an indicator's scoring rule (a few lines per score)."""
WEAKEST = 3
"""How many of the weakest indicators the analysis names."""
SCORE_FIELD = "score:{indicator_id}"
"""The field name of an indicator's score on the SAR form."""

_LIMITS = {
    "code": column_length(Indicator, "code", 20),
    "standard": column_length(Indicator, "standard", 250),
    "title": column_length(Indicator, "title", 300),
    "scoring_rule": column_length(Indicator, "scoring_rule", MAX_SCORING_RULE),
}


# -- indicators ----------------------------------------------------------------------------
@dataclass(frozen=True)
class IndicatorRow:
    """An indicator of the center as listed; ``scores`` counts its recorded scores."""

    record_id: int
    code: str
    standard: str
    title: str
    weight: Decimal
    max_score: int
    scores: int = 0
    scoring_rule: str = ""
    """How a college earns each score ("" when the center wrote none)."""


@dataclass
class IndicatorInput:
    code: str = ""
    standard: str = ""
    title: str = ""
    weight: Decimal = Decimal("1")
    max_score: int = 5
    scoring_rule: str = ""


def indicator_label(name: str) -> str:
    """The translated label of a field of the indicator form."""
    texts = {
        "code": QCoreApplication.translate("Sar", "Code"),
        "standard": QCoreApplication.translate("Sar", "Standard"),
        "title": QCoreApplication.translate("Sar", "Indicator"),
        "weight": QCoreApplication.translate("Sar", "Weight"),
        "max_score": QCoreApplication.translate("Sar", "Scale (highest score)"),
        "scoring_rule": QCoreApplication.translate("Sar", "Scoring rule"),
    }
    return texts[name]


def _code_key(code: str) -> tuple[tuple[int, int | str], ...]:
    """Order codes as people number them: 1.2 before 1.10."""
    parts = code.replace("-", ".").split(".")
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in parts)


def _center_filter(session: Session) -> list[ColumnElement[bool]]:
    center_id = site_center_id(session)
    return [] if center_id is None else [Indicator.center_id == center_id]


def indicators(session: Session) -> list[IndicatorRow]:
    """The live indicators of this center, by code, with how many scores each has."""
    used = (
        select(IndicatorScore.indicator_id, func.count().label("scores"))
        .join(SelfAssessment, SelfAssessment.id == IndicatorScore.self_assessment_id)
        .where(IndicatorScore.deleted.is_(False), SelfAssessment.deleted.is_(False))
        .group_by(IndicatorScore.indicator_id)
        .subquery()
    )
    query = (
        select(Indicator, func.coalesce(used.c.scores, 0))
        .outerjoin(used, used.c.indicator_id == Indicator.id)
        .where(Indicator.deleted.is_(False), *_center_filter(session))
    )
    rows = [
        IndicatorRow(
            row.id,
            row.code,
            row.standard,
            row.title,
            row.weight,
            row.max_score,
            int(scores),
            row.scoring_rule or "",
        )
        for row, scores in session.execute(query)
    ]
    return sorted(rows, key=lambda row: (_code_key(row.code), row.record_id))


def _indicator_error(name: str, message: str, **values: object) -> FieldError:
    return field_error(name, message, indicator_label, **values)


def _number_errors(
    session: Session, data: IndicatorInput, record_id: int | None
) -> list[FieldError]:
    errors = []
    weight = data.weight
    if not weight.is_finite() or weight <= 0 or weight > MAX_WEIGHT:
        message = QCoreApplication.translate(
            "Sar", "{label} must be more than 0 and at most {most}."
        )
        errors.append(_indicator_error("weight", message, most=MAX_WEIGHT))
    elif weight != weight.quantize(Decimal("0.01")):
        message = QCoreApplication.translate("Sar", "{label}: at most two decimal places.")
        errors.append(_indicator_error("weight", message))
    if not 1 <= data.max_score <= MAX_SCALE:
        message = QCoreApplication.translate("Sar", "{label} must be from 1 to {most}.")
        errors.append(_indicator_error("max_score", message, most=MAX_SCALE))
    elif record_id is not None:
        highest = session.scalar(
            select(func.max(IndicatorScore.score))
            .join(SelfAssessment, SelfAssessment.id == IndicatorScore.self_assessment_id)
            .where(
                IndicatorScore.indicator_id == record_id,
                IndicatorScore.deleted.is_(False),
                SelfAssessment.deleted.is_(False),
            )
        )
        if highest is not None and Decimal(highest) > data.max_score:
            message = QCoreApplication.translate(
                "Sar",
                "{label}: some reports already give this indicator a higher score; "
                "correct those scores first.",
            )
            errors.append(_indicator_error("max_score", message))
    return errors


def validate_indicator(
    session: Session, data: IndicatorInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty: it can be saved); ``record_id`` is the edited one."""
    center_id = site_center_id(session)
    if center_id is None:
        return [no_center_error()]
    errors = length_errors(data, _LIMITS, indicator_label)
    for name in ("code", "standard", "title"):
        if not getattr(data, name).strip():
            errors.append(required(name, indicator_label))
    errors += _number_errors(session, data, record_id)
    if data.code.strip():
        same = session.scalars(
            select(Indicator.id).where(
                Indicator.deleted.is_(False),
                Indicator.center_id == center_id,
                func.lower(func.trim(Indicator.code)) == data.code.strip().lower(),
            )
        )
        if any(row_id != record_id for row_id in same):
            message = QCoreApplication.translate(
                "Sar", "{label}: another indicator already has this code."
            )
            errors.append(_indicator_error("code", message))
    return errors


def _live(session: Session, model: type[Indicator] | type[SelfAssessment], row_id: int) -> object:
    row = session.get(model, row_id)
    if row is None or row.deleted:
        raise FieldError(
            "record", QCoreApplication.translate("Sar", "This record no longer exists.")
        )
    return row


def load_indicator(session: Session, record_id: int) -> IndicatorInput:
    row = _live(session, Indicator, record_id)
    assert isinstance(row, Indicator)
    return IndicatorInput(
        row.code,
        row.standard,
        row.title,
        Decimal(row.weight),
        row.max_score,
        row.scoring_rule or "",
    )


def save_indicator(store: Store, data: IndicatorInput, record_id: int | None = None) -> int:
    """Add (or with ``record_id`` change) an indicator; raises InvalidRecord."""
    with store.transaction() as session:
        errors = validate_indicator(session, data, record_id)
        if errors:
            raise InvalidRecord(errors)
        if record_id is None:
            row = Indicator(center_id=site_center_id(session))
        else:
            found = _live(session, Indicator, record_id)
            assert isinstance(found, Indicator)
            row = found
        row.code = data.code.strip()
        row.standard = data.standard.strip()
        row.title = data.title.strip()
        row.weight = data.weight
        row.max_score = data.max_score
        row.scoring_rule = _rule_text(data.scoring_rule)
        session.add(row)
        session.flush()
        return row.id


def _rule_text(text: str) -> str | None:
    """The rule as stored: Windows line ends made plain, outer blank space dropped."""
    cleaned = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return cleaned or None


def delete_indicator(store: Store, record_id: int) -> None:
    """Delete an indicator and its scores in every report (they become tombstones)."""
    with store.transaction() as session:
        row = _live(session, Indicator, record_id)
        scores = session.scalars(
            select(IndicatorScore).where(
                IndicatorScore.indicator_id == record_id, IndicatorScore.deleted.is_(False)
            )
        )
        for score in scores:
            session.delete(score)
        session.delete(row)


# -- one SAR -------------------------------------------------------------------------------
@dataclass
class SarInput:
    """A SAR as typed: ``received_on`` day/month/B.E. year; ``scores`` maps an indicator id to
    the typed score ("" = not scored)."""

    college_id: int | None = None
    fiscal_year: int = 0
    received_on: str = ""
    scores: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SarForm:
    """What the SAR form opens with: the input, the colleges offered and the indicators."""

    data: SarInput
    colleges: list[Choice]
    indicators: list[IndicatorRow]


def sar_label(name: str) -> str:
    texts = {
        "college_id": QCoreApplication.translate("Sar", "College"),
        "fiscal_year": QCoreApplication.translate("Sar", "Fiscal year (B.E.)"),
        "received_on": QCoreApplication.translate("Sar", "Received on"),
    }
    return texts[name]


def score_field(indicator_id: int) -> str:
    return SCORE_FIELD.format(indicator_id=indicator_id)


def _plain(value: Decimal) -> str:
    """2.50 -> "2.5", 4.00 -> "4"."""
    return f"{value.normalize():f}"


def open_sar(
    session: Session, sar_id: int | None, college_id: int | None = None, fiscal_year: int = 0
) -> SarForm:
    """The form of a stored SAR, or of a new one of ``college_id`` for ``fiscal_year``."""
    if sar_id is None:
        data = SarInput(college_id=college_id, fiscal_year=fiscal_year)
    else:
        row = _live(session, SelfAssessment, sar_id)
        assert isinstance(row, SelfAssessment)
        received = row.received_on
        data = SarInput(
            college_id=row.college_id,
            fiscal_year=row.fiscal_year,
            received_on="" if received is None else _typed_date(received),
            scores={
                score.indicator_id: _plain(Decimal(score.score))
                for score in _scores_of(session, sar_id)
            },
        )
    return SarForm(data, network_colleges(session), indicators(session))


def _typed_date(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year + 543}"


def _scores_of(session: Session, sar_id: int) -> list[IndicatorScore]:
    return list(
        session.scalars(
            select(IndicatorScore).where(
                IndicatorScore.self_assessment_id == sar_id, IndicatorScore.deleted.is_(False)
            )
        )
    )


def _college_errors(session: Session, college_id: int | None) -> list[FieldError]:
    college = None if college_id is None else session.get(College, college_id)
    center_id = site_center_id(session)
    if (
        college is None
        or college.deleted
        or (center_id is not None and college.center_id != center_id)
    ):
        message = QCoreApplication.translate(
            "Sar", "{label}: choose a college of this CVM center's network."
        )
        return [field_error("college_id", message, sar_label)]
    return []


def _score_errors(
    data: SarInput, scale: dict[int, IndicatorRow]
) -> tuple[list[FieldError], dict[int, Decimal]]:
    errors: list[FieldError] = []
    scores: dict[int, Decimal] = {}
    for indicator_id, text in data.scores.items():
        name = score_field(indicator_id)
        indicator = scale.get(indicator_id)
        if indicator is None:
            message = QCoreApplication.translate(
                "Sar", "An indicator of this report was deleted; open the report again."
            )
            errors.append(FieldError(name, message))
            continue
        cleaned = to_arabic_digits(text).strip().replace(",", ".")
        if not cleaned:
            continue
        label = QCoreApplication.translate("Sar", "Score of indicator {code}").format(
            code=indicator.code
        )
        try:
            value = Decimal(cleaned)
        except InvalidOperation:
            value = Decimal("NaN")
        if not value.is_finite():
            message = QCoreApplication.translate("Sar", "{label}: write a number.")
            errors.append(FieldError(name, message.format(label=label)))
        elif not 0 <= value <= indicator.max_score:
            message = QCoreApplication.translate(
                "Sar", "{label} must be from 0 to {most} (the scale of this indicator)."
            )
            errors.append(FieldError(name, message.format(label=label, most=indicator.max_score)))
        elif value != value.quantize(Decimal("0.01")):
            message = QCoreApplication.translate("Sar", "{label}: at most two decimal places.")
            errors.append(FieldError(name, message.format(label=label)))
        else:
            scores[indicator_id] = value
    return errors, scores


def _checked_sar(
    session: Session, data: SarInput, sar_id: int | None, today: date
) -> tuple[list[FieldError], date | None, dict[int, Decimal]]:
    errors = _college_errors(session, data.college_id)
    if not MIN_FISCAL_YEAR <= data.fiscal_year <= MAX_FISCAL_YEAR:
        message = QCoreApplication.translate(
            "Sar", "{label} must be a Buddhist Era year from {first} to {last}."
        )
        errors.append(
            field_error(
                "fiscal_year", message, sar_label, first=MIN_FISCAL_YEAR, last=MAX_FISCAL_YEAR
            )
        )
    received: date | None = None
    try:
        received = written_date(data.received_on, "received_on", sar_label)
    except FieldError as error:
        errors.append(error)
    if received is not None and received > today:
        message = QCoreApplication.translate("Sar", "{label} cannot be a day still to come.")
        errors.append(field_error("received_on", message, sar_label))
    score_errors, scores = _score_errors(data, {row.record_id: row for row in indicators(session)})
    errors += score_errors
    if not errors:
        same = session.scalars(
            select(SelfAssessment.id).where(
                SelfAssessment.deleted.is_(False),
                SelfAssessment.college_id == data.college_id,
                SelfAssessment.fiscal_year == data.fiscal_year,
            )
        )
        if any(row_id != sar_id for row_id in same):
            message = QCoreApplication.translate(
                "Sar",
                "{label}: this college already has a report for this fiscal year; "
                "edit that report instead.",
            )
            errors.append(field_error("college_id", message, sar_label))
    return errors, received, scores


def validate_sar(
    session: Session, data: SarInput, sar_id: int | None = None, today: date | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty: it can be saved); ``sar_id`` is the edited report."""
    return _checked_sar(session, data, sar_id, today or date.today())[0]


def _sar_row(session: Session, data: SarInput, sar_id: int | None) -> SelfAssessment:
    if sar_id is not None:
        row = _live(session, SelfAssessment, sar_id)
        assert isinstance(row, SelfAssessment)
        return row
    # One row per college and year, tombstones included: a deleted report is taken back.
    gone = session.scalar(
        select(SelfAssessment).where(
            SelfAssessment.college_id == data.college_id,
            SelfAssessment.fiscal_year == data.fiscal_year,
        )
    )
    if gone is not None:
        gone.deleted = False
        return gone
    return SelfAssessment(college_id=data.college_id, fiscal_year=data.fiscal_year)


def save_sar(
    store: Store, data: SarInput, sar_id: int | None = None, today: date | None = None
) -> int:
    """Add (or with ``sar_id`` change) a college's SAR with its scores; raises InvalidRecord."""
    from app.services.sync.stations import check_station_scope

    with store.transaction() as session:
        errors, received, scores = _checked_sar(session, data, sar_id, today or date.today())
        if errors:
            raise InvalidRecord(errors)
        row = _sar_row(session, data, sar_id)
        assert data.college_id is not None
        row.college_id = data.college_id
        row.fiscal_year = data.fiscal_year
        row.received_on = received
        session.add(row)
        session.flush()
        check_station_scope(session, row)
        stored = {score.indicator_id: score for score in _scores_of(session, row.id)}
        for indicator_id, score in stored.items():
            if indicator_id not in scores:
                session.delete(score)
        for indicator_id, value in scores.items():
            kept = stored.get(indicator_id)
            if kept is None:
                session.add(
                    IndicatorScore(
                        self_assessment_id=row.id, indicator_id=indicator_id, score=value
                    )
                )
            elif Decimal(kept.score) != value:
                kept.score = value
        session.flush()
        return row.id


def delete_sar(store: Store, sar_id: int) -> None:
    """Delete a SAR and its scores (they become tombstones)."""
    from app.services.sync.stations import check_station_scope

    with store.transaction() as session:
        row = _live(session, SelfAssessment, sar_id)
        check_station_scope(session, row)
        for score in _scores_of(session, sar_id):
            session.delete(score)
        session.delete(row)


# -- the year ------------------------------------------------------------------------------
@dataclass(frozen=True)
class CollegeSar:
    """A network college and its SAR of the year (``sar_id`` None: no report recorded)."""

    college_id: int
    name: str
    sar_id: int | None
    received_on: date | None
    weighted_total: float | None
    """Points out of :attr:`SarYear.weight_sum`; None while no report was received."""
    scored: int = 0


@dataclass(frozen=True)
class SarYear:
    fiscal_year: int
    colleges: list[CollegeSar]
    weight_sum: float
    indicators: int

    @property
    def missing(self) -> list[CollegeSar]:
        """The colleges whose SAR of the year has not been received."""
        return [college for college in self.colleges if college.received_on is None]

    @property
    def received(self) -> int:
        return len(self.colleges) - len(self.missing)


def _year_scores(session: Session, fiscal_year: int) -> dict[int, dict[int, Decimal]]:
    """college id -> indicator id -> score, of the received live SARs of the year."""
    center_id = site_center_id(session)
    query = (
        select(SelfAssessment.college_id, IndicatorScore.indicator_id, IndicatorScore.score)
        .join(IndicatorScore, IndicatorScore.self_assessment_id == SelfAssessment.id)
        .join(College, College.id == SelfAssessment.college_id)
        .join(Indicator, Indicator.id == IndicatorScore.indicator_id)
        .where(
            SelfAssessment.fiscal_year == fiscal_year,
            SelfAssessment.received_on.is_not(None),
            SelfAssessment.deleted.is_(False),
            IndicatorScore.deleted.is_(False),
            Indicator.deleted.is_(False),
            College.deleted.is_(False),
        )
    )
    if center_id is not None:
        query = query.where(College.center_id == center_id)
    found: dict[int, dict[int, Decimal]] = defaultdict(dict)
    for college_id, indicator_id, score in session.execute(query):
        found[college_id][indicator_id] = Decimal(score)
    return found


def _weighted(scores: dict[int, Decimal], by_id: dict[int, IndicatorRow]) -> float:
    return float(
        sum(
            (by_id[key].weight * value / by_id[key].max_score for key, value in scores.items()),
            Decimal(0),
        )
    )


def sar_year(session: Session, fiscal_year: int) -> SarYear:
    """Every network college with its SAR of ``fiscal_year`` (received day, weighted total)."""
    rows = indicators(session)
    by_id = {row.record_id: row for row in rows}
    scores = _year_scores(session, fiscal_year)
    reports = {
        college_id: (sar_id, received)
        for sar_id, college_id, received in session.execute(
            select(SelfAssessment.id, SelfAssessment.college_id, SelfAssessment.received_on).where(
                SelfAssessment.fiscal_year == fiscal_year, SelfAssessment.deleted.is_(False)
            )
        )
    }
    colleges = []
    for college in network_colleges(session):
        sar_id, received = reports.get(college.record_id, (None, None))
        own = scores.get(college.record_id, {})
        colleges.append(
            CollegeSar(
                college.record_id,
                college.name,
                sar_id,
                received,
                None if received is None else _weighted(own, by_id),
                len(own) if received is not None else 0,
            )
        )
    weight_sum = float(sum((row.weight for row in rows), Decimal(0)))
    return SarYear(fiscal_year, colleges, weight_sum, len(rows))


def missing_colleges(session: Session, fiscal_year: int) -> list[Choice]:
    """The network colleges whose SAR of ``fiscal_year`` has not been received, by name."""
    return [
        Choice(college.college_id, college.name)
        for college in sar_year(session, fiscal_year).missing
    ]


# -- analysis ------------------------------------------------------------------------------
@dataclass(frozen=True)
class IndicatorStats:
    """One indicator across the network's received SARs of a year (None: no score)."""

    indicator_id: int
    code: str
    title: str
    max_score: int
    count: int
    minimum: float | None
    median: float | None
    mean: float | None
    maximum: float | None
    previous_mean: float | None
    """Last fiscal year's mean; None when last year has no score of it (never a false 0)."""

    @property
    def share(self) -> float | None:
        """The mean as a share of the scale (0-1)."""
        return None if self.mean is None else self.mean / self.max_score

    @property
    def change(self) -> float | None:
        """This year's mean minus last year's; None when either is missing."""
        if self.mean is None or self.previous_mean is None:
            return None
        return self.mean - self.previous_mean


@dataclass(frozen=True)
class SarAnalysis:
    fiscal_year: int
    reports: int
    """Received SARs of the year."""
    previous_reports: int
    indicators: list[IndicatorStats]
    colleges: list[CollegeSar]
    weight_sum: float

    @property
    def weakest(self) -> list[IndicatorStats]:
        """The indicators with the lowest mean as a share of their scale (scored ones only)."""
        scored = [row for row in self.indicators if row.share is not None]
        return sorted(scored, key=lambda row: (row.share, _code_key(row.code)))[:WEAKEST]


def _by_indicator(scores: dict[int, dict[int, Decimal]]) -> dict[int, list[Decimal]]:
    values: dict[int, list[Decimal]] = defaultdict(list)
    for own in scores.values():
        for indicator_id, value in own.items():
            values[indicator_id].append(value)
    return values


def _mean(values: list[Decimal]) -> float | None:
    return float(statistics.mean(values)) if values else None


def sar_analysis(session: Session, fiscal_year: int) -> SarAnalysis:
    """Per indicator: min, median, mean, max, the number of scores and the change of the mean
    from last fiscal year; the weighted total per college; the weakest indicators."""
    rows = indicators(session)
    now = _year_scores(session, fiscal_year)
    before = _year_scores(session, fiscal_year - 1)
    values = _by_indicator(now)
    previous = _by_indicator(before)
    stats = []
    for row in rows:
        own = values.get(row.record_id, [])
        stats.append(
            IndicatorStats(
                row.record_id,
                row.code,
                row.title,
                row.max_score,
                len(own),
                float(min(own)) if own else None,
                float(statistics.median(own)) if own else None,
                _mean(own),
                float(max(own)) if own else None,
                _mean(previous.get(row.record_id, [])),
            )
        )
    year = sar_year(session, fiscal_year)
    received = [college for college in year.colleges if college.received_on is not None]
    return SarAnalysis(
        fiscal_year,
        len(received),
        len(before),
        stats,
        sorted(received, key=lambda college: -(college.weighted_total or 0.0)),
        year.weight_sum,
    )
