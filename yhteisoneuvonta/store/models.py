"""ORM models. Every synced record carries a UUID, times, a version counter and a tombstone.

``version`` is a counter bumped by each edit on the device that owns the record: sync
compares versions, never clocks. ``change_seq`` is a local, monotonic change number: the
next bundle holds every record whose ``change_seq`` is above the last exported one.
"""
from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .types import UtcDateTime


def new_id() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON, datetime: UtcDateTime}


class Setting(Base):
    """Local key/value settings: role, adviser code, home sites, language, device id."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Counter(Base):
    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class ReferenceSet(Base):
    """One version of the reference data (sites, taxonomies, forms, instruments) as a whole."""

    __tablename__ = "reference_sets"
    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    loaded_at: Mapped[datetime]
    source: Mapped[str] = mapped_column(String(200))
    payload: Mapped[dict[str, Any]]


class Synced:
    """Columns shared by every record that travels in bundles."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    device_id: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(Integer, default=1)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    change_seq: Mapped[int] = mapped_column(Integer, index=True, default=0)
    site_id: Mapped[str] = mapped_column(String(64), index=True)


class DeskSession(Synced, Base):
    __tablename__ = "desk_sessions"
    __table_args__ = (Index("ix_desk_sessions_site_time", "site_id", "starts_at"),)
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime | None]
    advisers: Mapped[list[Any]] = mapped_column(default=list)
    partners: Mapped[list[Any]] = mapped_column(default=list)
    professionals: Mapped[list[Any]] = mapped_column(default=list)
    note: Mapped[str | None] = mapped_column(Text)
    pii_confirmations: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Encounter(Synced, Base):
    __tablename__ = "encounters"
    __table_args__ = (Index("ix_encounters_site_time", "site_id", "occurred_at"),)
    session_id: Mapped[str | None] = mapped_column(ForeignKey("desk_sessions.id"), index=True)
    occurred_at: Mapped[datetime] = mapped_column(index=True)
    minutes: Mapped[int]
    channel: Mapped[str] = mapped_column(String(32), default="walk_in")
    language: Mapped[str] = mapped_column(String(16), default="fi")
    topics: Mapped[list[Any]] = mapped_column(default=list)
    help_kinds: Mapped[list[Any]] = mapped_column(default=list)
    involvement: Mapped[str] = mapped_column(String(32), default="none")
    professional_roles: Mapped[list[Any]] = mapped_column(default=list)
    referrals: Mapped[list[Any]] = mapped_column(default=list)
    barriers: Mapped[list[Any]] = mapped_column(default=list)
    outcome: Mapped[str | None] = mapped_column(String(32))
    age_band: Mapped[str] = mapped_column(String(32), default="not_asked")
    visit_kind: Mapped[str] = mapped_column(String(32), default="not_asked")
    note: Mapped[str | None] = mapped_column(Text)
    pii_confirmations: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class FormHelp(Synced, Base):
    __tablename__ = "form_helps"
    __table_args__ = (Index("ix_form_helps_site_time", "site_id", "occurred_at"),)
    encounter_id: Mapped[str | None] = mapped_column(ForeignKey("encounters.id"), index=True)
    occurred_at: Mapped[datetime] = mapped_column(index=True)
    form_id: Mapped[str] = mapped_column(String(64))
    medium: Mapped[str] = mapped_column(String(16), default="online")
    status: Mapped[str] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Text)
    pii_confirmations: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class GroupSession(Synced, Base):
    __tablename__ = "group_sessions"
    __table_args__ = (Index("ix_group_sessions_site_time", "site_id", "starts_at"),)
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime]
    organisers: Mapped[list[Any]] = mapped_column(default=list)
    facilitators: Mapped[list[Any]] = mapped_column(default=list)
    headcount_total: Mapped[int]
    headcount_split: Mapped[dict[str, Any]] = mapped_column(default=dict)
    topics: Mapped[list[Any]] = mapped_column(default=list)
    summary: Mapped[str | None] = mapped_column(Text)
    proposals: Mapped[list[Any]] = mapped_column(default=list)
    pii_confirmations: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Observation(Synced, Base):
    __tablename__ = "observations"
    __table_args__ = (Index("ix_observations_site_time", "site_id", "observed_at"),)
    observed_at: Mapped[datetime] = mapped_column(index=True)
    theme: Mapped[str] = mapped_column(String(64))
    barriers: Mapped[list[Any]] = mapped_column(default=list)
    text: Mapped[str] = mapped_column(Text)
    times_seen: Mapped[int] = mapped_column(Integer, default=1)
    pii_confirmations: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class InstrumentAnswer(Synced, Base):
    __tablename__ = "instrument_answers"
    __table_args__ = (Index("ix_instrument_answers_site_time", "site_id", "answered_at"),)
    instrument_id: Mapped[str] = mapped_column(String(64))
    encounter_id: Mapped[str | None] = mapped_column(ForeignKey("encounters.id"), index=True)
    answered_at: Mapped[datetime] = mapped_column(index=True)
    answers: Mapped[dict[str, Any]] = mapped_column(default=dict)


SYNCED_MODELS: tuple[type[Synced], ...] = (
    DeskSession, Encounter, FormHelp, GroupSession, Observation, InstrumentAnswer,
)
RECORD_TYPES: dict[str, type[Synced]] = {m.__tablename__: m for m in SYNCED_MODELS}


class Draft(Base):
    """An unsaved form, kept so that a crash never loses what was typed. Never synced."""

    __tablename__ = "drafts"
    kind: Mapped[str] = mapped_column(String(64), primary_key=True)
    payload: Mapped[dict[str, Any]]
    saved_at: Mapped[datetime]


# --- sync bookkeeping (adviser side) -------------------------------------------------
class ExportedBundle(Base):
    __tablename__ = "exported_bundles"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    hash: Mapped[str | None] = mapped_column(String(128))
    prev_hash: Mapped[str | None] = mapped_column(String(128))
    created_at: Mapped[datetime]
    from_change: Mapped[int]
    to_change: Mapped[int]
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    path: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16), default="reserved")
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)


# --- coordinator side ------------------------------------------------------------------
class Device(Base):
    __tablename__ = "devices"
    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    public_key: Mapped[str] = mapped_column(Text)
    adviser_code: Mapped[str | None] = mapped_column(String(64))
    sites: Mapped[list[Any]] = mapped_column(default=list)
    enrolled_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]


class ImportedBundle(Base):
    __tablename__ = "imported_bundles"
    __table_args__ = (UniqueConstraint("device_id", "seq", "hash"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str | None] = mapped_column(String(64), index=True)
    seq: Mapped[int | None]
    hash: Mapped[str] = mapped_column(String(128))
    prev_hash: Mapped[str | None] = mapped_column(String(128))
    imported_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(16))  # imported | refused | duplicate | fork
    reason: Mapped[str | None] = mapped_column(Text)
    filename: Mapped[str | None] = mapped_column(Text)
    manifest: Mapped[dict[str, Any]] = mapped_column(default=dict)


class MunicipalityInfo(Base):
    """Coordinator-edited facts of the per-municipality page."""

    __tablename__ = "municipality_info"
    municipality_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    follow_up: Mapped[str | None] = mapped_column(Text)
    schedule: Mapped[str | None] = mapped_column(Text)
    responsible: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime]
