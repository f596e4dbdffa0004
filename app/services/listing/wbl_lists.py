"""The list of teaching-media contest entries of work-based learning (manual 6.1).

A small table (a few entries per college a year): searched with LIKE on the contest and the
title, newest fiscal year first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from app.models.network import College
from app.models.teachers import MediaContestEntry, Teacher
from app.services.listing.kinds import equals, table_of
from app.services.listing.query import ListKind, Sort
from app.services.listing.spec import Column, Display, Join, ListSpec

ENTRY = table_of(MediaContestEntry)
COLLEGE = table_of(College)
TEACHER = table_of(Teacher)


def _media_contest_entries() -> ListSpec:
    return ListSpec(
        kind=ListKind.MEDIA_CONTEST_ENTRIES,
        table=ENTRY,
        columns=(
            Column(
                "fiscal_year",
                lambda: QCoreApplication.translate("Lists", "Fiscal year"),
                ENTRY.c.fiscal_year,
                Display.YEAR,
                sort=ENTRY.c.fiscal_year,
                keyset=True,
            ),
            Column(
                "contest",
                lambda: QCoreApplication.translate("Lists", "Contest"),
                ENTRY.c.contest,
                sort=ENTRY.c.contest,
            ),
            Column(
                "title",
                lambda: QCoreApplication.translate("Lists", "Title of the media"),
                ENTRY.c.title,
                sort=ENTRY.c.title,
            ),
            Column(
                "college",
                lambda: QCoreApplication.translate("Lists", "College"),
                COLLEGE.c.name_th,
                sort=COLLEGE.c.name_sort,
            ),
            Column(
                "teacher",
                lambda: QCoreApplication.translate("Lists", "Teacher"),
                TEACHER.c.first_name + " " + TEACHER.c.last_name,
                sort=TEACHER.c.name_sort,
            ),
            Column(
                "result",
                lambda: QCoreApplication.translate("Lists", "Result"),
                ENTRY.c.result,
                sort=ENTRY.c.result,
            ),
        ),
        default_sort=Sort("fiscal_year", descending=True),
        joins=(
            Join(COLLEGE, COLLEGE.c.id == ENTRY.c.college_id, outer=False),
            Join(TEACHER, TEACHER.c.id == ENTRY.c.teacher_id),
        ),
        filters={
            "fiscal_year": equals(ENTRY.c.fiscal_year),
            "college_id": equals(ENTRY.c.college_id),
            "teacher_id": equals(ENTRY.c.teacher_id),
        },
        search_like=(ENTRY.c.contest, ENTRY.c.title),
    )


BUILDERS: dict[ListKind, Callable[[], ListSpec]] = {
    ListKind.MEDIA_CONTEST_ENTRIES: _media_contest_entries,
}
