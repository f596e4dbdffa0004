"""Translated names of the coded values the lists show (ownership, level, status ...).

Functions, not constants: they are called when a list is drawn, so they follow a language
switch.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.models.enums import (
    AgreementKind,
    CollegeGroupCode,
    CommitteeKind,
    EnterpriseLocation,
    EnterpriseSize,
    Level,
    MeetingKind,
    MemberRole,
    Ownership,
    PlacementMode,
)
from app.services.listing.query import AgreementStatus


def ownership() -> dict[str, str]:
    return {
        Ownership.PUBLIC: QCoreApplication.translate("Lists", "Public"),
        Ownership.PRIVATE: QCoreApplication.translate("Lists", "Private"),
    }


def college_group() -> dict[str, str]:
    return {
        CollegeGroupCode.CVM: QCoreApplication.translate("Lists", "CVM center (host college)"),
        CollegeGroupCode.EXCELLENT: QCoreApplication.translate("Lists", "Excellent Center group"),
        CollegeGroupCode.EXPERT: QCoreApplication.translate("Lists", "Expert group"),
        CollegeGroupCode.STANDARD: QCoreApplication.translate("Lists", "Standard group"),
    }


def location() -> dict[str, str]:
    return {
        EnterpriseLocation.DOMESTIC: QCoreApplication.translate("Lists", "In Thailand"),
        EnterpriseLocation.ABROAD: QCoreApplication.translate("Lists", "Abroad"),
    }


def size() -> dict[str, str]:
    return {
        EnterpriseSize.MICRO: QCoreApplication.translate("Lists", "Micro"),
        EnterpriseSize.SMALL: QCoreApplication.translate("Lists", "Small"),
        EnterpriseSize.MEDIUM: QCoreApplication.translate("Lists", "Medium"),
        EnterpriseSize.LARGE: QCoreApplication.translate("Lists", "Large"),
    }


def level() -> dict[str, str]:
    return {
        Level.PVC: QCoreApplication.translate("Lists", "Vocational Certificate"),
        Level.PVS: QCoreApplication.translate("Lists", "Higher Vocational Certificate"),
        Level.BTECH: QCoreApplication.translate("Lists", "Bachelor of Technology"),
        Level.SHORT: QCoreApplication.translate("Lists", "Short course"),
    }


def agreement_kind() -> dict[str, str]:
    return {
        AgreementKind.MOU: QCoreApplication.translate("Lists", "MOU"),
        AgreementKind.MOA: QCoreApplication.translate("Lists", "MOA"),
    }


def agreement_status() -> dict[str, str]:
    return {
        AgreementStatus.ACTIVE: QCoreApplication.translate("Lists", "In force"),
        AgreementStatus.EXPIRING: QCoreApplication.translate("Lists", "Expires within 90 days"),
        AgreementStatus.EXPIRED: QCoreApplication.translate("Lists", "Expired"),
        AgreementStatus.PENDING: QCoreApplication.translate("Lists", "Not yet in force"),
    }


def placement_mode() -> dict[str, str]:
    return {
        PlacementMode.INTERNSHIP: QCoreApplication.translate("Lists", "Internship"),
        PlacementMode.DUAL: QCoreApplication.translate("Lists", "Dual vocational training"),
        PlacementMode.WBL: QCoreApplication.translate("Lists", "Work-based learning (WBL)"),
    }


def committee_kind() -> dict[str, str]:
    return {
        CommitteeKind.ADVISORY: QCoreApplication.translate("Lists", "Advisory committee"),
        CommitteeKind.EXECUTIVE: QCoreApplication.translate("Lists", "Executive committee"),
    }


def member_role() -> dict[str, str]:
    return {
        MemberRole.CHAIR: QCoreApplication.translate("Lists", "Chair"),
        MemberRole.VICE_CHAIR: QCoreApplication.translate("Lists", "Vice chair"),
        MemberRole.MEMBER: QCoreApplication.translate("Lists", "Member"),
        MemberRole.SECRETARY: QCoreApplication.translate("Lists", "Member and secretary"),
    }


def meeting_kind() -> dict[str, str]:
    return {
        MeetingKind.EXECUTIVE: QCoreApplication.translate("Lists", "Center executive committee"),
        MeetingKind.DIRECTORS: QCoreApplication.translate("Lists", "Network college directors"),
        MeetingKind.ENTERPRISES: QCoreApplication.translate("Lists", "Enterprises"),
        MeetingKind.ADVISORY: QCoreApplication.translate("Lists", "Advisory committee"),
    }


def flag() -> dict[str, str]:
    """Labels of a yes/no column, keyed "1" and "0"."""
    return {
        "1": QCoreApplication.translate("Lists", "Yes"),
        "0": QCoreApplication.translate("Lists", "No"),
    }
