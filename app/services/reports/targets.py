"""The targets of the KPI scorecard in a report: status names, goal and value texts, a
table of results and the section "targets of these activities for the year".

Every report that shows targets (annual, network, teachers, certification, placements,
meetings) writes them through here, so a status reads the same everywhere and always equals
the scorecard's.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from app.services.kpi.scorecard import KpiStatus, TargetResult, scorecard
from app.services.reports.document import Cell, ReportDocument
from app.services.thai.fiscal import fiscal_year_range

Wanted = Callable[[TargetResult], bool] | Collection[str]
"""Which targets: a test of each result, or the activity codes ("1.2", "5.1" ...)."""


def today() -> date:
    """The day the statuses are judged on (a function, so tests can fix it)."""
    return date.today()


def status_label(status: KpiStatus) -> str:
    return {
        KpiStatus.MET: QCoreApplication.translate("ReportTargets", "Met"),
        KpiStatus.AT_RISK: QCoreApplication.translate("ReportTargets", "At risk"),
        KpiStatus.NOT_MET: QCoreApplication.translate("ReportTargets", "Not met"),
        KpiStatus.NO_DATA: QCoreApplication.translate("ReportTargets", "No data"),
    }[status]


def status_counts(results: Iterable[TargetResult]) -> dict[KpiStatus, int]:
    counts = dict.fromkeys(KpiStatus, 0)
    for result in results:
        counts[result.status] += 1
    return counts


def goal_text(document: ReportDocument, result: TargetResult) -> str:
    """ "At least 2", "At most 5 percent", or "carried out and recorded" (a target met by a
    record); "(adjusted)" when the center changed the goal."""
    if result.op == "exists":
        goal = QCoreApplication.translate("ReportTargets", "Done and recorded")
    else:
        value = document.number(result.goal, 0 if float(result.goal).is_integer() else 1)
        at_most = result.op == "<="
        if result.unit == "percent":
            pattern = (
                QCoreApplication.translate("ReportTargets", "At most {value} percent")
                if at_most
                else QCoreApplication.translate("ReportTargets", "At least {value} percent")
            )
        else:
            pattern = (
                QCoreApplication.translate("ReportTargets", "At most {value}")
                if at_most
                else QCoreApplication.translate("ReportTargets", "At least {value}")
            )
        goal = pattern.format(value=value)
    if result.overridden:
        return QCoreApplication.translate("ReportTargets", "{goal} (adjusted)").format(goal=goal)
    return goal


def value_text(document: ReportDocument, result: TargetResult) -> str:
    """The value reached: a count, a percent with its "x of y", or done / not done."""
    value = result.value
    if value is None:
        return QCoreApplication.translate("ReportTargets", "No data")
    counted = result.numerator is not None and bool(result.denominator)
    if result.unit == "flag":
        if counted:
            return QCoreApplication.translate("ReportTargets", "{count} of {total}").format(
                count=document.number(result.numerator), total=document.number(result.denominator)
            )
        return (
            QCoreApplication.translate("ReportTargets", "Done")
            if value >= 1
            else QCoreApplication.translate("ReportTargets", "Not done")
        )
    if result.unit == "percent":
        if counted:
            return QCoreApplication.translate(
                "ReportTargets", "{percent} ({count} of {total})"
            ).format(
                percent=document.percent(value),
                count=document.number(result.numerator),
                total=document.number(result.denominator),
            )
        return document.percent(value)
    return document.number(value, 0 if float(value).is_integer() else 1)


def targets_table(document: ReportDocument, results: Sequence[TargetResult]) -> None:
    """Each of ``results`` (in the order given) with its goal, value and status."""
    if not results:
        document.no_data()
        return
    rows: list[list[Cell]] = [
        [
            result.activity,
            result.title,
            goal_text(document, result),
            value_text(document, result),
            status_label(result.status),
        ]
        for result in results
    ]
    document.table(
        [
            QCoreApplication.translate("ReportTargets", "Activity"),
            QCoreApplication.translate("ReportTargets", "Target"),
            QCoreApplication.translate("ReportTargets", "Goal"),
            QCoreApplication.translate("ReportTargets", "Result"),
            QCoreApplication.translate("ReportTargets", "Status"),
        ],
        rows,
        widths=[0.11, 0.37, 0.18, 0.18, 0.16],
    )


def judged_on_note(document: ReportDocument, fiscal_year: int, day: date) -> None:
    """When the statuses were judged (and, for a year not over yet, what "at risk" means)."""
    if day > fiscal_year_range(fiscal_year)[1]:
        text = QCoreApplication.translate("ReportTargets", "Status as of {day}.")
    else:
        text = QCoreApplication.translate(
            "ReportTargets",
            "Status as of {day}. In a fiscal year not yet over, a target not yet reached "
            "whose value is on pace for the goal is at risk.",
        )
    document.note(text.format(day=document.date(day)))


def no_data_note(document: ReportDocument, results: Iterable[TargetResult]) -> None:
    """What "no data" means, when a target of ``results`` has it."""
    if any(result.status is KpiStatus.NO_DATA for result in results):
        document.note(
            QCoreApplication.translate(
                "ReportTargets",
                "No data: nothing this target counts was recorded for the year, or the "
                "program does not hold what the target asks for (check the documents).",
            )
        )


def targets_section(
    session: Session,
    document: ReportDocument,
    fiscal_year: int,
    wanted: Wanted,
    *,
    day: date | None = None,
) -> list[TargetResult]:
    """The ``wanted`` targets of the network for the year judged on ``day`` (default:
    :func:`today`): their table, how many are met, the day judged and what "no data"
    means. Returns the results shown."""
    day = today() if day is None else day
    test = wanted if callable(wanted) else _in_activities(wanted)
    results = [
        result for result in scorecard(session, fiscal_year, today=day).results if test(result)
    ]
    if not results:
        document.no_data()
        return results
    targets_table(document, results)
    met = sum(1 for result in results if result.status is KpiStatus.MET)
    document.paragraph(
        QCoreApplication.translate("ReportTargets", "Targets met: {met} of {count}.").format(
            met=document.number(met), count=document.number(len(results))
        )
    )
    judged_on_note(document, fiscal_year, day)
    no_data_note(document, results)
    return results


def _in_activities(codes: Collection[str]) -> Callable[[TargetResult], bool]:
    wanted = frozenset(codes)
    return lambda result: result.activity in wanted
