"""Demo teaching-media contest entries of work-based learning (manual 6.1).

The step draws from its own seeded RNG, so adding it leaves every other demo row as it was.
"""

from __future__ import annotations

import random

from app.models.teachers import MediaContestEntry
from app.services.demo.context import DemoContext

SEED = 61
CONTESTS = (
    "การประกวดสื่อการสอนการเรียนรู้ในสถานประกอบการ (WBL) ระดับจังหวัด",
    "การประกวดนวัตกรรมสื่อการสอนอาชีวศึกษาระบบทวิภาคี ระดับภาค",
    "การประกวดสื่อการเรียนการสอนดิจิทัล ศูนย์ CVM",
)
TITLES = (
    "ชุดฝึกการเขียนโปรแกรม PLC สำหรับสายการผลิต",
    "สื่อวีดิทัศน์การบำรุงรักษาแขนกลอุตสาหกรรม",
    "ชุดสาธิตระบบนิวแมติกส์ไฟฟ้า",
    "บทเรียนออนไลน์ความปลอดภัยในโรงงาน",
    "ชุดฝึกเซนเซอร์และระบบควบคุมอัตโนมัติ",
    "แบบจำลองสายพานลำเลียงพร้อมระบบคัดแยก",
    "คู่มือการฝึกงานในสถานประกอบการแบบดิจิทัล",
    "ชุดฝึกหุ่นยนต์เคลื่อนที่อัตโนมัติ",
)
RESULTS = (
    "รางวัลชนะเลิศ",
    "รางวัลรองชนะเลิศอันดับ 1",
    "รางวัลรองชนะเลิศอันดับ 2",
    "รางวัลชมเชย",
    "เหรียญทอง",
    "เหรียญเงิน",
)
RESULT_SHARE = 0.7
"""Entries of a year already judged that have a result."""


def build_media_contests(ctx: DemoContext) -> None:
    """A few contest entries each fiscal year of the demo window, of random network colleges
    and (mostly) one of their teachers; the current year's entries are not all judged yet."""
    rng = random.Random(SEED)
    if not ctx.colleges:
        return
    for fy in ctx.window.fiscal_years:
        if ctx.window.past_part(fy) is None:
            continue
        count = max(3, round(12 * ctx.scale))
        entered: set[tuple[int, str, str]] = set()
        judged = RESULT_SHARE * ctx.window.elapsed_share(fy)
        for _ in range(count):
            college = ctx.colleges[rng.randrange(len(ctx.colleges))]
            contest = CONTESTS[rng.randrange(len(CONTESTS))]
            title = TITLES[rng.randrange(len(TITLES))]
            if (college.id, contest, title) in entered:
                continue
            entered.add((college.id, contest, title))
            teachers = college.teacher_ids
            teacher_id = teachers[rng.randrange(len(teachers))] if teachers else None
            if rng.random() < 0.15:
                teacher_id = None
            result = RESULTS[rng.randrange(len(RESULTS))] if rng.random() < judged else None
            ctx.writer.add(
                MediaContestEntry,
                {
                    "college_id": college.id,
                    "teacher_id": teacher_id,
                    "fiscal_year": fy,
                    "contest": contest,
                    "title": title,
                    "result": result,
                },
            )
