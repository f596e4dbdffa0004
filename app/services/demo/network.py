"""The network: colleges, enterprises, workforce demand, supply plans and MOU/MOA agreements."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TypeVar

from app.models.enums import (
    AgreementKind,
    CollegeGroupCode,
    EnterpriseLocation,
    EnterpriseSize,
    Level,
    Ownership,
)
from app.models.network import Agreement, College, Enterprise, SupplyPlan, WorkforceDemand
from app.services.demo import names, texts
from app.services.demo.context import CollegeInfo, DemoContext

# Provinces of the network and their weight: the east (EEC) first, then the central
# region, then a few further away.
PROVINCE_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("20", 10),
    ("21", 7),
    ("24", 5),
    ("22", 2),
    ("25", 2),
    ("27", 1),
    ("23", 1),
    ("10", 4),
    ("11", 3),
    ("12", 2),
    ("13", 2),
    ("14", 2),
    ("19", 1),
    ("74", 1),
    ("73", 1),
    ("26", 1),
    ("30", 1.5),
    ("40", 1),
    ("50", 1),
    ("65", 0.8),
    ("90", 0.8),
    ("84", 0.5),
    ("70", 0.5),
    ("60", 0.5),
)
AREA_CODES: dict[str, str] = {
    "10": "2",
    "11": "2",
    "12": "2",
    "13": "2",
    "74": "34",
    "73": "34",
    "14": "35",
    "19": "36",
    "26": "37",
    "25": "37",
    "27": "37",
    "22": "39",
    "23": "39",
    "30": "44",
    "40": "43",
    "50": "53",
    "65": "55",
    "60": "56",
    "90": "74",
    "84": "77",
    "70": "32",
}
T = TypeVar("T")

HOST_PROVINCE = "20"
BANGKOK = "10"
ABROAD_COUNTRIES: tuple[tuple[str, float], ...] = (
    ("JP", 40),
    ("DE", 20),
    ("KR", 15),
    ("TW", 15),
    ("SG", 5),
    ("AU", 5),
)
SIZES: tuple[tuple[EnterpriseSize, float], ...] = (
    (EnterpriseSize.MICRO, 10),
    (EnterpriseSize.SMALL, 25),
    (EnterpriseSize.MEDIUM, 35),
    (EnterpriseSize.LARGE, 30),
)
POSITIONS_BY_SIZE: dict[EnterpriseSize, tuple[int, int]] = {
    EnterpriseSize.MICRO: (1, 3),
    EnterpriseSize.SMALL: (2, 6),
    EnterpriseSize.MEDIUM: (3, 15),
    EnterpriseSize.LARGE: (5, 40),
}
BASE_INTAKE: dict[Level, int] = {Level.PVC: 60, Level.PVS: 45, Level.BTECH: 25}


def weighted(ctx: DemoContext, options: tuple[tuple[T, float], ...]) -> T:
    values = [value for value, _ in options]
    weights = [weight for _, weight in options]
    return ctx.rng.choices(values, weights)[0]


def phone_for(ctx: DemoContext, province_code: str) -> str:
    """A landline number in E.164 form (Bangkok numbers have 8 digits, others 8 with area)."""
    area = AREA_CODES.get(province_code, "38")
    digits = 8 - len(area)
    return f"+66{area}{ctx.rng.randrange(10 ** (digits - 1), 10**digits)}"


def _group_and_ownership(ctx: DemoContext, index: int) -> tuple[CollegeGroupCode, Ownership]:
    forced = (CollegeGroupCode.EXCELLENT, CollegeGroupCode.EXPERT, CollegeGroupCode.STANDARD)
    if index < len(forced):
        return forced[index], Ownership.PUBLIC if index < 2 else Ownership.PRIVATE
    if ctx.chance(0.35):
        group = CollegeGroupCode.EXPERT if ctx.chance(0.3) else CollegeGroupCode.STANDARD
        return group, Ownership.PRIVATE
    group = weighted(
        ctx,
        (
            (CollegeGroupCode.CVM, 0.06),
            (CollegeGroupCode.EXCELLENT, 0.24),
            (CollegeGroupCode.EXPERT, 0.3),
            (CollegeGroupCode.STANDARD, 0.4),
        ),
    )
    return group, Ownership.PUBLIC


def _levels(ctx: DemoContext, group: CollegeGroupCode) -> tuple[Level, ...]:
    levels = [Level.PVC]
    if ctx.chance(0.9):
        levels.append(Level.PVS)
    strong = group in (CollegeGroupCode.CVM, CollegeGroupCode.EXCELLENT)
    if ctx.chance(0.5 if strong else 0.1):
        levels.append(Level.BTECH)
    if ctx.chance(0.7):
        levels.append(Level.SHORT)
    return tuple(levels)


def host_college_info(ctx: DemoContext, name_th: str) -> CollegeInfo:
    return CollegeInfo(
        id=ctx.host_college_id,
        name_th=name_th,
        group=CollegeGroupCode.CVM,
        ownership=Ownership.PUBLIC,
        province_code=HOST_PROVINCE,
        levels=(Level.PVC, Level.PVS, Level.BTECH, Level.SHORT),
        offers_dual=True,
        weight=2.5,
        index=0,
    )


def _address(ctx: DemoContext, place_th: str, province: str) -> str:
    number = ctx.rng.randint(1, 299)
    if province == BANGKOK:
        return f"{number} ถนน{place_th} แขวง{place_th} {ctx.province_names[province]}"
    village = ctx.rng.randint(1, 12)
    return f"{number} หมู่ {village} ตำบล{place_th} จังหวัด{ctx.province_names[province]}"


def build_colleges(ctx: DemoContext) -> None:
    """The network colleges besides the host (already in ``ctx.colleges``)."""
    places = names.place_names(ctx.rng)
    count = ctx.scaled(39, minimum=7)
    provinces = tuple(code for code, _ in PROVINCE_WEIGHTS)
    weights = tuple(weight for _, weight in PROVINCE_WEIGHTS)
    for index in range(count):
        group, ownership = _group_and_ownership(ctx, index)
        province = ctx.rng.choices(provinces, weights)[0]
        place_th, place_en = places[index % len(places)]
        suffix = "" if index < len(places) else f" {index // len(places) + 1}"
        kinds = (
            names.PUBLIC_COLLEGE_KINDS
            if ownership is Ownership.PUBLIC
            else names.PRIVATE_COLLEGE_KINDS
        )
        kind_th, kind_en = ctx.pick(kinds)
        name_th = f"{kind_th}{place_th}{suffix}"
        levels = _levels(ctx, group)
        offers_dual = ctx.chance(0.8)
        college_id = ctx.writer.add(
            College,
            {
                "name_th": name_th,
                "name_en": kind_en.format(place=place_en) + suffix,
                "code": f"{province}{1 if ownership is Ownership.PUBLIC else 2}{index + 1:05d}",
                "ownership": ownership.value,
                "group": group.value,
                "province_code": province,
                "center_id": ctx.center_id,
                "teaches_pvc": Level.PVC in levels,
                "teaches_pvs": Level.PVS in levels,
                "teaches_btech": Level.BTECH in levels,
                "teaches_short": Level.SHORT in levels,
                "offers_formal": True,
                "offers_nonformal": ctx.chance(0.15),
                "offers_dual": offers_dual,
                "address": _address(ctx, place_th, province),
                "phone": phone_for(ctx, province),
            },
        )
        weight = ctx.rng.lognormvariate(0, 0.45) * (0.7 if ownership is Ownership.PRIVATE else 1)
        ctx.colleges.append(
            CollegeInfo(
                college_id,
                name_th,
                group,
                ownership,
                province,
                levels,
                offers_dual,
                weight,
                index + 1,
            )
        )


def _domestic_name(
    ctx: DemoContext, stem: tuple[str, str, str], size: EnterpriseSize, suffix: str
) -> tuple[str, str]:
    stem_th, stem_en = stem[0] + suffix, stem[1] + suffix
    if size is EnterpriseSize.LARGE and ctx.chance(0.25):
        return f"บริษัท {stem_th} จำกัด (มหาชน)", f"{stem_en} Public Company Limited"
    if size is EnterpriseSize.MICRO and ctx.chance(0.6):
        return f"ห้างหุ้นส่วนจำกัด {stem_th}", f"{stem_en} Limited Partnership"
    return f"บริษัท {stem_th} จำกัด", f"{stem_en} Co., Ltd."


def build_enterprises(ctx: DemoContext) -> None:
    count = ctx.scaled(300, minimum=30)
    abroad = max(2, round(count * 0.07))
    stems = names.company_names(ctx.rng)
    provinces = tuple(code for code, _ in PROVINCE_WEIGHTS)
    weights = tuple(
        weight * (3 if code in ("20", "21", "24") else 1) for code, weight in PROVINCE_WEIGHTS
    )
    for index in range(count - abroad):
        stem = stems[index % len(stems)]
        suffix = "" if index < len(stems) else f" {index // len(stems) + 1}"
        size = weighted(ctx, SIZES)
        name_th, name_en = _domestic_name(ctx, stem, size, suffix)
        province = ctx.rng.choices(provinces, weights)[0]
        _, first, last = names.person(ctx.rng)
        enterprise_id = ctx.writer.add(
            Enterprise,
            {
                "name_th": name_th,
                "name_en": name_en,
                "location": EnterpriseLocation.DOMESTIC.value,
                "country_code": "TH",
                "province_code": province,
                "industry": stem[2],
                "size": size.value,
                "contact_name": f"{first} {last}",
                "phone": phone_for(ctx, province),
                "email": f"hr{index + 1:05d}@example.com",
            },
        )
        ctx.domestic_enterprise_ids.append(enterprise_id)
        ctx.enterprise_names.append(name_th)
        ctx.enterprise_sizes[enterprise_id] = size
    trades = names.COMPANY_TRADES
    for index in range(abroad):
        country = weighted(ctx, ABROAD_COUNTRIES)
        abroad_stem = ctx.pick(names.ABROAD_STEMS[country])
        trade = trades[index % len(trades)]
        name_en = names.ABROAD_FORMS[country].format(stem=abroad_stem, trade=trade[1])
        if index >= len(trades):
            name_en = f"{name_en} ({index // len(trades) + 1})"
        size = EnterpriseSize.LARGE if ctx.chance(0.7) else EnterpriseSize.MEDIUM
        enterprise_id = ctx.writer.add(
            Enterprise,
            {
                "name_th": f"{name_en} ({names.ABROAD_COUNTRY_TH[country]})",
                "name_en": name_en,
                "location": EnterpriseLocation.ABROAD.value,
                "country_code": country,
                "province_code": None,
                "industry": trade[2],
                "size": size.value,
                "contact_name": None,
                "phone": None,
                "email": f"global{index + 1:04d}@example.com",
            },
        )
        ctx.abroad_enterprise_ids.append(enterprise_id)
        ctx.enterprise_sizes[enterprise_id] = size


def build_demand(ctx: DemoContext) -> None:
    """Workforce demand per enterprise and fiscal year (most enterprises report every year)."""
    levels = ((Level.PVS, 50.0), (Level.PVC, 35.0), (Level.BTECH, 15.0))
    for enterprise_id in ctx.enterprise_ids:
        low, high = POSITIONS_BY_SIZE[ctx.enterprise_sizes[enterprise_id]]
        for fy in ctx.window.fiscal_years:
            if not ctx.chance(0.85):
                continue
            chosen = {weighted(ctx, levels) for _ in range(ctx.rng.randint(1, 2))}
            for level in sorted(chosen):
                ctx.writer.add(
                    WorkforceDemand,
                    {
                        "enterprise_id": enterprise_id,
                        "subject_id": ctx.subject_id,
                        "level": level.value,
                        "fiscal_year": fy,
                        "positions": ctx.rng.randint(low, high),
                        "note": ctx.pick(texts.DEMAND_NOTES) if ctx.chance(0.2) else None,
                    },
                )


def build_supply(ctx: DemoContext) -> None:
    for college in ctx.colleges:
        for level in college.levels:
            if level is Level.SHORT:
                continue
            base = BASE_INTAKE[level] * college.weight
            for fy in ctx.window.fiscal_years:
                intake = max(10, round(base * ctx.rng.uniform(0.85, 1.2)))
                ctx.writer.add(
                    SupplyPlan,
                    {
                        "college_id": college.id,
                        "subject_id": ctx.subject_id,
                        "level": level.value,
                        "fiscal_year": fy,
                        "planned_intake": intake,
                        "expected_graduates": round(intake * ctx.rng.uniform(0.7, 0.9)),
                    },
                )


def _add_years(day: date, years: int) -> date:
    return date(day.year + years, day.month, min(day.day, 28))


def build_agreements(ctx: DemoContext) -> None:
    """MOU/MOA with partner enterprises: some expired, some expiring within three months."""
    first, today = ctx.window.first_day, ctx.today
    for college in ctx.colleges:
        partners = (
            ctx.rng.randint(8, 14)
            if college.group is CollegeGroupCode.CVM
            else (ctx.rng.randint(3, 8))
        )
        chosen = ctx.rng.sample(
            ctx.domestic_enterprise_ids, min(partners, len(ctx.domestic_enterprise_ids))
        )
        college.partner_ids = list(chosen)
        strong = college.group in (CollegeGroupCode.CVM, CollegeGroupCode.EXCELLENT)
        if strong and ctx.abroad_enterprise_ids and ctx.chance(0.5):
            chosen.append(ctx.pick(ctx.abroad_enterprise_ids))
        for number, enterprise_id in enumerate(chosen):
            signed = ctx.day_between(first, today - timedelta(days=20))
            if number == 0:
                expires = _add_years(signed, 5)
            elif ctx.chance(0.07):
                expires = today + timedelta(days=ctx.rng.randint(10, 90))
            else:
                expires = _add_years(signed, ctx.rng.randint(1, 5)) - timedelta(days=1)
            ctx.writer.add(
                Agreement,
                {
                    "kind": (AgreementKind.MOA if ctx.chance(0.5) else AgreementKind.MOU).value,
                    "college_id": college.id,
                    "enterprise_id": enterprise_id,
                    "signed_on": signed,
                    "expires_on": max(expires, signed + timedelta(days=30)),
                    "scope": ctx.pick(texts.AGREEMENT_SCOPES),
                    "dual_system": college.offers_dual and ctx.chance(0.6),
                },
            )
