"""Reference lists preloaded into every database (never synced: identical everywhere)."""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Province(Base):
    __tablename__ = "province"

    code: Mapped[str] = mapped_column(String(2), primary_key=True)
    name_th: Mapped[str] = mapped_column(String(60), unique=True)
    name_en: Mapped[str] = mapped_column(String(60))
    region: Mapped[str] = mapped_column(String(16), index=True)


class NameTitle(Base):
    __tablename__ = "name_title"

    code: Mapped[str] = mapped_column(String(24), primary_key=True)
    th: Mapped[str] = mapped_column(String(60), unique=True)
    en: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(16))


class StudyLevel(Base):
    __tablename__ = "study_level"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    th: Mapped[str] = mapped_column(String(60))
    en: Mapped[str] = mapped_column(String(60))
    sort_order: Mapped[int] = mapped_column(Integer)


class StudyMode(Base):
    __tablename__ = "study_mode"

    code: Mapped[str] = mapped_column(String(12), primary_key=True)
    th: Mapped[str] = mapped_column(String(60))
    en: Mapped[str] = mapped_column(String(60))
    sort_order: Mapped[int] = mapped_column(Integer)


class CollegeGroup(Base):
    __tablename__ = "college_group"

    code: Mapped[str] = mapped_column(String(12), primary_key=True)
    th: Mapped[str] = mapped_column(String(120))
    en: Mapped[str] = mapped_column(String(120))
    sort_order: Mapped[int] = mapped_column(Integer)
