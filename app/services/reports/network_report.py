"""The network and matching report (manual activities 1.2 and 1.3).

For one fiscal year: the network colleges, the enterprises with workforce demand recorded for
the year (by province or country, industry and size), the demand against the colleges' supply
by level, the MOU/MOA agreements in force during the year, the colleges with none, and the
targets of 1.2 and 1.3 from the KPI scorecard. Counts follow the program's overview: an
agreement is in force during the year when it was signed by the year's last day and does not
end before its first day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import ColumnElement, and_, case, distinct, exists, func, or_, select
from sqlalchemy.orm import Session

from app.models.enums import EnterpriseLocation, Level
from app.models.matching import PlacementCapacity
from app.models.network import (
    Agreement,
    College,
    Enterprise,
    Subject,
    SupplyPlan,
    WorkforceDemand,
)
from app.models.reference import Province
from app.services.listing import labels
from app.services.matching import LEVEL_ORDER
from app.services.reports.catalogue import Need, ReportOptions, ReportSpec
from app.services.reports.charts import grouped_bar_chart
from app.services.reports.common import standard_cover
from app.services.reports.document import Cell, ReportDocument
from app.services.reports.targets import targets_section
from app.services.tabular.countries import country_name_th
from app.services.thai.collation import thai_sort_key
from app.services.thai.fiscal import fiscal_year_range


def _title() -> str:
    return QCoreApplication.translate(
        "NetworkReport", "Report on the enterprise database and the matching of network colleges"
    )


def _description() -> str:
    return QCoreApplication.translate(
        "NetworkReport",
        "Activities 1.2-1.3: network colleges, enterprises with workforce demand, demand "
        "against supply by level, agreements in force and colleges not yet matched.",
    )


def _live(*models: Any) -> ColumnElement[bool]:
    return and_(*(model.deleted.is_(False) for model in models))


def _level_name(level: str) -> str:
    return labels.level().get(level, level)


def _unknown() -> str:
    return QCoreApplication.translate("NetworkReport", "Not stated")


def _thai_order(rows: list[Any], key: int = 0) -> list[Any]:
    return sorted(rows, key=lambda row: thai_sort_key(str(row[key] or "")))


def _total_label() -> str:
    return QCoreApplication.translate("NetworkReport", "Total")


# -- the network colleges -----------------------------------------------------------------------
def _colleges(session: Session, document: ReportDocument) -> int:
    document.heading(QCoreApplication.translate("NetworkReport", "1. Network colleges"))
    rows = session.execute(
        select(College.name_th, College.group, College.ownership, Province.name_th)
        .outerjoin(Province, Province.code == College.province_code)
        .where(_live(College))
        .order_by(College.name_sort, College.id)
    ).all()
    if not rows:
        document.no_data(
            QCoreApplication.translate("NetworkReport", "No network college has been recorded."),
        )
        return 0
    public = sum(1 for row in rows if row[2] == "public")
    document.paragraph(
        QCoreApplication.translate(
            "NetworkReport",
            "The network has {count} colleges: {public} public and {private} private.",
        ).format(
            count=document.number(len(rows)),
            public=document.number(public),
            private=document.number(len(rows) - public),
        ),
    )
    _college_list(document, rows)
    return len(rows)


# -- enterprises with demand (1.2) --------------------------------------------------------------
@dataclass(frozen=True)
class _DemandRow:
    name: str
    place: str
    by_level: tuple[int, ...]
    total: int


def _college_list(document: ReportDocument, rows: Sequence[Any]) -> None:
    """Colleges as ``(name, group, ownership, province)`` rows: a numbered table."""
    groups = labels.college_group()
    owners = labels.ownership()
    document.table(
        [
            QCoreApplication.translate("NetworkReport", "No."),
            QCoreApplication.translate("NetworkReport", "College"),
            QCoreApplication.translate("NetworkReport", "Group"),
            QCoreApplication.translate("NetworkReport", "Ownership"),
            QCoreApplication.translate("NetworkReport", "Province"),
        ],
        [
            [number, name, groups.get(group, group), owners.get(owner, owner), province or "-"]
            for number, (name, group, owner, province) in enumerate(rows, start=1)
        ],
        widths=[0.07, 0.38, 0.23, 0.12, 0.2],
        numeric=[0],
    )


def _place(location: str, province: str | None, country: str | None) -> str:
    if location == EnterpriseLocation.ABROAD:
        return country_name_th(country) if country else _unknown()
    return province or _unknown()


def _demand_levels(session: Session, fiscal_year: int) -> list[Level]:
    found = set(
        session.scalars(
            select(WorkforceDemand.level)
            .where(WorkforceDemand.fiscal_year == fiscal_year, _live(WorkforceDemand))
            .distinct()
        )
    )
    return [level for level in LEVEL_ORDER if level in found]


def _enterprise_demand(session: Session, fiscal_year: int, levels: list[Level]) -> list[_DemandRow]:
    per_level = [
        func.sum(case((WorkforceDemand.level == level, WorkforceDemand.positions), else_=0))
        for level in levels
    ]
    rows = session.execute(
        select(
            Enterprise.name_th,
            Enterprise.location,
            Province.name_th,
            Enterprise.country_code,
            func.sum(WorkforceDemand.positions),
            *per_level,
        )
        .join(Enterprise, Enterprise.id == WorkforceDemand.enterprise_id)
        .outerjoin(Province, Province.code == Enterprise.province_code)
        .where(WorkforceDemand.fiscal_year == fiscal_year, _live(WorkforceDemand))
        .group_by(Enterprise.id)
        .order_by(Enterprise.name_sort, Enterprise.id)
    ).all()
    return [
        _DemandRow(
            name=row[0],
            place=_place(row[1], row[2], row[3]),
            by_level=tuple(int(value or 0) for value in row[5:]),
            total=int(row[4] or 0),
        )
        for row in rows
    ]


def _grouped(
    session: Session, fiscal_year: int, *columns: Any
) -> list[tuple[tuple[Any, ...], int, int]]:
    """(key columns, enterprises, positions) of the year's demand grouped by ``columns``."""
    rows = session.execute(
        select(
            *columns,
            func.count(distinct(WorkforceDemand.enterprise_id)),
            func.sum(WorkforceDemand.positions),
        )
        .join(Enterprise, Enterprise.id == WorkforceDemand.enterprise_id)
        .outerjoin(Province, Province.code == Enterprise.province_code)
        .where(WorkforceDemand.fiscal_year == fiscal_year, _live(WorkforceDemand))
        .group_by(*columns)
    ).all()
    width = len(columns)
    return [(tuple(row[:width]), int(row[width]), int(row[width + 1] or 0)) for row in rows]


def _breakdown(
    document: ReportDocument,
    title: str,
    first_header: str,
    rows: list[tuple[str, int, int]],
) -> None:
    if not rows:
        return
    document.heading(title, 2)
    document.table(
        [
            first_header,
            QCoreApplication.translate("NetworkReport", "Enterprises"),
            QCoreApplication.translate("NetworkReport", "Positions demanded"),
        ],
        [list(row) for row in rows],
        widths=[0.56, 0.22, 0.22],
        numeric=[1, 2],
        total=[_total_label(), sum(row[1] for row in rows), sum(row[2] for row in rows)],
    )


def _merge(rows: list[tuple[int, str, int, int]]) -> list[tuple[str, int, int]]:
    """``(group, label, enterprises, positions)`` rows with the same label added up, by group
    (0 first), then in Thai order; "not stated" last."""
    merged: dict[tuple[int, str], list[int]] = {}
    unknown = _unknown()
    for group, label, enterprises, positions in rows:
        entry = merged.setdefault((9 if label == unknown else group, label), [0, 0])
        entry[0] += enterprises
        entry[1] += positions
    ordered = sorted(merged, key=lambda key: (key[0], thai_sort_key(key[1])))
    return [(key[1], merged[key][0], merged[key][1]) for key in ordered]


def _enterprises(session: Session, document: ReportDocument, fiscal_year: int) -> None:
    document.heading(
        QCoreApplication.translate(
            "NetworkReport", "2. Enterprises with workforce demand for the year (1.2)"
        ),
    )
    enterprises, demanding, positions = session.execute(
        select(
            select(func.count()).select_from(Enterprise).where(_live(Enterprise)).scalar_subquery(),
            func.count(distinct(WorkforceDemand.enterprise_id)),
            func.sum(WorkforceDemand.positions),
        ).where(WorkforceDemand.fiscal_year == fiscal_year, _live(WorkforceDemand))
    ).one()
    if not demanding:
        document.no_data(
            QCoreApplication.translate(
                "NetworkReport", "No enterprise has recorded workforce demand for this year."
            ),
        )
        return
    abroad = int(
        session.scalar(
            select(func.count(distinct(WorkforceDemand.enterprise_id)))
            .join(Enterprise, Enterprise.id == WorkforceDemand.enterprise_id)
            .where(
                WorkforceDemand.fiscal_year == fiscal_year,
                _live(WorkforceDemand),
                Enterprise.location == EnterpriseLocation.ABROAD,
            )
        )
        or 0
    )
    document.figures(
        [
            (
                QCoreApplication.translate("NetworkReport", "Enterprises in the database"),
                document.number(enterprises),
            ),
            (
                QCoreApplication.translate(
                    "NetworkReport", "Enterprises with workforce demand for the year"
                ),
                document.number(demanding),
            ),
            (
                QCoreApplication.translate("NetworkReport", "of them in Thailand"),
                document.number(int(demanding) - abroad),
            ),
            (
                QCoreApplication.translate("NetworkReport", "of them abroad"),
                document.number(abroad),
            ),
            (
                QCoreApplication.translate("NetworkReport", "Positions demanded (people)"),
                document.number(positions or 0),
            ),
        ],
    )
    abroad_label = QCoreApplication.translate("NetworkReport", "{country} (abroad)")
    by_place = [
        (
            (1, abroad_label.format(country=country_name_th(country)))
            if location == EnterpriseLocation.ABROAD and country
            else (0, _place(location, province, country))
        )
        + (count, wanted)
        for (location, province, country), count, wanted in _grouped(
            session, fiscal_year, Enterprise.location, Province.name_th, Enterprise.country_code
        )
    ]
    _breakdown(
        document,
        QCoreApplication.translate("NetworkReport", "2.1 By province or country"),
        QCoreApplication.translate("NetworkReport", "Province or country"),
        _merge(by_place),
    )
    by_industry = [
        (0, industry or _unknown(), count, wanted)
        for (industry,), count, wanted in _grouped(session, fiscal_year, Enterprise.industry)
    ]
    if any(row[1] != _unknown() for row in by_industry):
        _breakdown(
            document,
            QCoreApplication.translate("NetworkReport", "2.2 By industry"),
            QCoreApplication.translate("NetworkReport", "Industry"),
            _merge(by_industry),
        )
    sizes = labels.size()
    by_size = {
        size: (count, wanted)
        for (size,), count, wanted in _grouped(session, fiscal_year, Enterprise.size)
    }
    if any(size is not None for size in by_size):
        size_rows = [(sizes[size], *by_size[size]) for size in sizes if size in by_size]
        if None in by_size:
            size_rows.append((_unknown(), *by_size[None]))
        _breakdown(
            document,
            QCoreApplication.translate("NetworkReport", "2.3 By size"),
            QCoreApplication.translate("NetworkReport", "Size"),
            size_rows,
        )
    levels = _demand_levels(session, fiscal_year)
    rows = _enterprise_demand(session, fiscal_year, levels)
    document.heading(
        QCoreApplication.translate("NetworkReport", "2.4 Enterprises and their demand by level"),
        2,
    )
    document.note(QCoreApplication.translate("NetworkReport", "Unit: people"))
    document.table(
        [
            QCoreApplication.translate("NetworkReport", "No."),
            QCoreApplication.translate("NetworkReport", "Enterprise"),
            QCoreApplication.translate("NetworkReport", "Province or country"),
            *(_level_name(level) for level in levels),
            _total_label(),
        ],
        [
            [number, row.name, row.place, *row.by_level, row.total]
            for number, row in enumerate(rows, start=1)
        ],
        widths=[0.06, 0.69 - 0.075 * len(levels), 0.16, *([0.075] * len(levels)), 0.09],
        numeric=[0, *range(3, 4 + len(levels))],
        total=[
            "",
            _total_label(),
            "",
            *(sum(row.by_level[index] for row in rows) for index in range(len(levels))),
            sum(row.total for row in rows),
        ],
    )


# -- demand against supply (1.3) ----------------------------------------------------------------
@dataclass(frozen=True)
class _LevelBalance:
    subject: str
    level: str
    demanded: int
    intake: int
    graduates: int
    seats: int

    @property
    def gap(self) -> int:
        """Planned intake minus positions demanded (negative: fewer places than demand)."""
        return self.intake - self.demanded


def _balance(session: Session, fiscal_year: int) -> list[_LevelBalance]:
    demand = dict(
        ((subject, level), int(total or 0))
        for subject, level, total in session.execute(
            select(
                WorkforceDemand.subject_id,
                WorkforceDemand.level,
                func.sum(WorkforceDemand.positions),
            )
            .where(WorkforceDemand.fiscal_year == fiscal_year, _live(WorkforceDemand))
            .group_by(WorkforceDemand.subject_id, WorkforceDemand.level)
        )
    )
    supply = {
        (subject, level): (int(intake or 0), int(graduates or 0))
        for subject, level, intake, graduates in session.execute(
            select(
                SupplyPlan.subject_id,
                SupplyPlan.level,
                func.sum(SupplyPlan.planned_intake),
                func.sum(SupplyPlan.expected_graduates),
            )
            .where(SupplyPlan.fiscal_year == fiscal_year, _live(SupplyPlan))
            .group_by(SupplyPlan.subject_id, SupplyPlan.level)
        )
    }
    seats = dict(
        ((subject, level), int(total or 0))
        for subject, level, total in session.execute(
            select(
                PlacementCapacity.subject_id,
                PlacementCapacity.level,
                func.sum(PlacementCapacity.seats),
            )
            .where(PlacementCapacity.fiscal_year == fiscal_year, _live(PlacementCapacity))
            .group_by(PlacementCapacity.subject_id, PlacementCapacity.level)
        )
    )
    keys = set(demand) | set(supply) | set(seats)
    if not keys:
        return []
    names: dict[int, str] = {
        subject_id: name
        for subject_id, name in session.execute(
            select(Subject.id, Subject.name_th).where(Subject.id.in_({k[0] for k in keys}))
        )
    }
    rank = {level.value: index for index, level in enumerate(LEVEL_ORDER)}
    ordered = sorted(
        keys,
        key=lambda key: (thai_sort_key(names.get(key[0], "")), rank.get(key[1], 99), key[1]),
    )
    return [
        _LevelBalance(
            subject=names.get(key[0], "-"),
            level=key[1],
            demanded=demand.get(key, 0),
            intake=supply.get(key, (0, 0))[0],
            graduates=supply.get(key, (0, 0))[1],
            seats=seats.get(key, 0),
        )
        for key in ordered
    ]


def _balance_chart(document: ReportDocument, rows: list[_LevelBalance]) -> None:
    """Demand, planned intake and expected graduates per level (every subject added up)."""
    levels = [level.value for level in LEVEL_ORDER if any(row.level == level for row in rows)]

    def per_level(value: str) -> list[float]:
        return [
            float(sum(getattr(row, value) for row in rows if row.level == level))
            for level in levels
        ]

    png = grouped_bar_chart(
        [_level_name(level) for level in levels],
        [
            (
                QCoreApplication.translate("NetworkReport", "Positions demanded"),
                per_level("demanded"),
            ),
            (QCoreApplication.translate("NetworkReport", "Planned intake"), per_level("intake")),
            (
                QCoreApplication.translate("NetworkReport", "Expected graduates"),
                per_level("graduates"),
            ),
        ],
        thai_digits=document.thai_digits,
        horizontal=False,
    )
    document.chart(
        png,
        width_share=0.8,
        caption=QCoreApplication.translate(
            "NetworkReport",
            "Figure 1 Workforce demand against the planned intake and expected graduates "
            "of the network, by level",
        ),
    )


def _demand_supply(session: Session, document: ReportDocument, fiscal_year: int) -> None:
    document.heading(
        QCoreApplication.translate(
            "NetworkReport", "3. Workforce demand against the network's supply by level (1.3)"
        ),
    )
    rows = _balance(session, fiscal_year)
    if not rows:
        document.no_data(
            QCoreApplication.translate(
                "NetworkReport",
                "Neither workforce demand nor planned intake has been recorded for this year.",
            ),
        )
        return
    document.paragraph(
        QCoreApplication.translate(
            "NetworkReport",
            "Positions the enterprises demand for the year against the planned intake and "
            "expected graduates of the network colleges, and the placement seats enterprises "
            "have recorded for the colleges (matching).",
        ),
    )
    document.note(QCoreApplication.translate("NetworkReport", "Unit: people"))
    several = len({row.subject for row in rows}) > 1
    subject_header = [QCoreApplication.translate("NetworkReport", "Excellent subject")]
    headers = [
        *(subject_header if several else []),
        QCoreApplication.translate("NetworkReport", "Level"),
        QCoreApplication.translate("NetworkReport", "Positions demanded"),
        QCoreApplication.translate("NetworkReport", "Planned intake"),
        QCoreApplication.translate("NetworkReport", "Expected graduates"),
        QCoreApplication.translate("NetworkReport", "Seats matched"),
        QCoreApplication.translate("NetworkReport", "Intake minus demand"),
    ]
    body: list[list[Cell]] = [
        [
            *([row.subject] if several else []),
            _level_name(row.level),
            row.demanded,
            row.intake,
            row.graduates,
            row.seats,
            row.gap,
        ]
        for row in rows
    ]
    total: list[Cell] = [
        *([""] if several else []),
        _total_label(),
        sum(row.demanded for row in rows),
        sum(row.intake for row in rows),
        sum(row.graduates for row in rows),
        sum(row.seats for row in rows),
        sum(row.gap for row in rows),
    ]
    first = 1 if several else 0
    numeric = [first + column for column in range(1, 6)]
    widths = (
        [0.24, 0.12, 0.13, 0.12, 0.13, 0.13, 0.13]
        if several
        else [0.2, 0.16, 0.16, 0.16, 0.16, 0.16]
    )
    document.table(headers, body, widths=widths, numeric=numeric, total=total)
    short = [row for row in rows if row.gap < 0]
    if short:
        document.paragraph(
            QCoreApplication.translate(
                "NetworkReport",
                "Levels where the planned intake is below the demand: {levels}",
            ).format(
                levels=", ".join(
                    f"{_level_name(row.level)} ({row.subject})"
                    if several
                    else _level_name(row.level)
                    for row in short
                )
            ),
        )
    else:
        document.paragraph(
            QCoreApplication.translate(
                "NetworkReport", "The planned intake covers the demand at every level."
            ),
        )
    _balance_chart(document, rows)


# -- agreements (1.3) ---------------------------------------------------------------------------
def _in_force_during(fiscal_year: int) -> ColumnElement[bool]:
    first, last = fiscal_year_range(fiscal_year)
    return and_(
        Agreement.signed_on <= last,
        or_(Agreement.expires_on.is_(None), Agreement.expires_on >= first),
        _live(Agreement),
    )


def _agreements(session: Session, document: ReportDocument, fiscal_year: int) -> None:
    document.heading(
        QCoreApplication.translate(
            "NetworkReport", "4. MOU/MOA agreements in force during the year (1.3)"
        ),
    )
    rows = session.execute(
        select(
            College.name_th,
            Enterprise.name_th,
            Agreement.kind,
            Agreement.signed_on,
            Agreement.expires_on,
            Agreement.dual_system,
        )
        .join(College, College.id == Agreement.college_id)
        .join(Enterprise, Enterprise.id == Agreement.enterprise_id)
        .where(_in_force_during(fiscal_year))
        .order_by(College.name_sort, Enterprise.name_sort, Agreement.signed_on, Agreement.id)
    ).all()
    if not rows:
        document.no_data(
            QCoreApplication.translate(
                "NetworkReport", "No MOU or MOA agreement was in force during this year."
            ),
        )
        return
    kinds = labels.agreement_kind()
    mou = sum(1 for row in rows if row[2] == "mou")
    dual = sum(1 for row in rows if row[5])
    document.paragraph(
        QCoreApplication.translate(
            "NetworkReport",
            "{count} agreements were in force during the year: {mou} MOU and {moa} MOA; "
            "{dual} of them cover dual vocational training.",
        ).format(
            count=document.number(len(rows)),
            mou=document.number(mou),
            moa=document.number(len(rows) - mou),
            dual=document.number(dual),
        ),
    )
    no_end = QCoreApplication.translate("NetworkReport", "No end date")
    yes = QCoreApplication.translate("NetworkReport", "Yes")
    document.table(
        [
            QCoreApplication.translate("NetworkReport", "No."),
            QCoreApplication.translate("NetworkReport", "College"),
            QCoreApplication.translate("NetworkReport", "Enterprise"),
            QCoreApplication.translate("NetworkReport", "Type"),
            QCoreApplication.translate("NetworkReport", "Signed on"),
            QCoreApplication.translate("NetworkReport", "Ends on"),
            QCoreApplication.translate("NetworkReport", "Dual system"),
        ],
        [
            [
                number,
                college,
                enterprise,
                kinds.get(kind, kind),
                document.date(signed, "short"),
                document.date(expires, "short") if expires else no_end,
                yes if dual_system else "-",
            ]
            for number, (college, enterprise, kind, signed, expires, dual_system) in enumerate(
                rows, start=1
            )
        ],
        widths=[0.06, 0.22, 0.25, 0.09, 0.14, 0.14, 0.1],
        numeric=[0],
    )


def _unmatched(session: Session, document: ReportDocument, fiscal_year: int, colleges: int) -> None:
    document.heading(
        QCoreApplication.translate(
            "NetworkReport", "5. Network colleges not yet matched with an enterprise"
        ),
    )
    if colleges == 0:
        document.no_data(
            QCoreApplication.translate("NetworkReport", "No network college has been recorded."),
        )
        return
    agreed = exists().where(Agreement.college_id == College.id, _in_force_during(fiscal_year))
    rows = session.execute(
        select(College.name_th, College.group, College.ownership, Province.name_th)
        .outerjoin(Province, Province.code == College.province_code)
        .where(_live(College), ~agreed)
        .order_by(College.name_sort, College.id)
    ).all()
    matched = colleges - len(rows)
    document.paragraph(
        QCoreApplication.translate(
            "NetworkReport",
            "{matched} of {total} network colleges ({percent}) had an MOU or MOA in force "
            "during the year.",
        ).format(
            matched=document.number(matched),
            total=document.number(colleges),
            percent=document.percent(100.0 * matched / colleges),
        ),
    )
    if not rows:
        document.paragraph(
            QCoreApplication.translate(
                "NetworkReport", "Every network college had an agreement in force."
            ),
        )
        return
    document.paragraph(
        QCoreApplication.translate(
            "NetworkReport", "The colleges below had no agreement in force during the year:"
        ),
    )
    _college_list(document, rows)


# -- the report ---------------------------------------------------------------------------------
def _summary(session: Session, document: ReportDocument, fiscal_year: int) -> None:
    document.heading(QCoreApplication.translate("NetworkReport", "Summary"))
    colleges = int(
        session.scalar(select(func.count()).select_from(College).where(_live(College))) or 0
    )
    demanding, positions = session.execute(
        select(
            func.count(distinct(WorkforceDemand.enterprise_id)),
            func.sum(WorkforceDemand.positions),
        ).where(WorkforceDemand.fiscal_year == fiscal_year, _live(WorkforceDemand))
    ).one()
    intake = session.scalar(
        select(func.sum(SupplyPlan.planned_intake)).where(
            SupplyPlan.fiscal_year == fiscal_year, _live(SupplyPlan)
        )
    )
    agreements = int(
        session.scalar(
            select(func.count()).select_from(Agreement).where(_in_force_during(fiscal_year))
        )
        or 0
    )
    matched = int(
        session.scalar(
            select(func.count(distinct(Agreement.college_id)))
            .join(College, College.id == Agreement.college_id)
            .where(_in_force_during(fiscal_year), _live(College))
        )
        or 0
    )
    document.figures(
        [
            (
                QCoreApplication.translate("NetworkReport", "Network colleges"),
                document.number(colleges),
            ),
            (
                QCoreApplication.translate(
                    "NetworkReport", "Enterprises with workforce demand for the year"
                ),
                document.number(demanding or 0),
            ),
            (
                QCoreApplication.translate("NetworkReport", "Positions demanded (people)"),
                document.number(positions or 0),
            ),
            (
                QCoreApplication.translate(
                    "NetworkReport", "Planned intake of the network colleges (people)"
                ),
                document.number(intake or 0),
            ),
            (
                QCoreApplication.translate(
                    "NetworkReport", "MOU/MOA agreements in force during the year"
                ),
                document.number(agreements),
            ),
            (
                QCoreApplication.translate(
                    "NetworkReport", "Network colleges with an agreement in force"
                ),
                QCoreApplication.translate("NetworkReport", "{count} of {total}").format(
                    count=document.number(matched), total=document.number(colleges)
                ),
            ),
        ],
    )


def build_network_report(
    session: Session, options: ReportOptions, document: ReportDocument
) -> None:
    """Fill ``document`` with the network and matching report of ``options.fiscal_year``."""
    year = options.fiscal_year
    standard_cover(session, document, year)
    _summary(session, document, year)
    colleges = _colleges(session, document)
    _enterprises(session, document, year)
    _demand_supply(session, document, year)
    _agreements(session, document, year)
    _unmatched(session, document, year, colleges)
    document.heading(
        QCoreApplication.translate("NetworkReport", "6. Targets of activities 1.2 and 1.3"),
    )
    targets_section(session, document, year, ("1.2", "1.3"))


REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec(
        name="network",
        title=_title,
        build=build_network_report,
        needs=frozenset({Need.FISCAL_YEAR}),
        description=_description,
    ),
)
