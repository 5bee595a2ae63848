//! The file format: SQLite's application-file pattern. `application_id` marks the file as ours,
//! `user_version` is the schema version; migrations only ever add, and run in one transaction.

use rusqlite_migration::{M, Migrations};

/// "STRM" in ASCII: what `PRAGMA application_id` holds in every Stratmap file.
pub const APPLICATION_ID: i32 = 0x5354_524D;

/// The newest schema version this build reads and writes.
pub const LATEST_VERSION: i64 = 4;

const V1: &str = "
CREATE TABLE canvas (
    singleton    INTEGER PRIMARY KEY CHECK (singleton = 1),
    id           TEXT NOT NULL,
    title        TEXT NOT NULL,
    subtitle     TEXT NOT NULL,
    offsite_date TEXT,
    axis_left    TEXT NOT NULL,
    axis_right   TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE TABLE area (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    sort_order    INTEGER NOT NULL,
    colour        TEXT NOT NULL,
    product_pole  TEXT NOT NULL,
    customer_pole TEXT NOT NULL,
    target        REAL
);
CREATE TABLE initiative (
    id          TEXT PRIMARY KEY,
    area_id     TEXT NOT NULL REFERENCES area(id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    notes       TEXT NOT NULL,
    position    REAL NOT NULL,
    target      REAL,
    lane_offset REAL NOT NULL,
    owner       TEXT NOT NULL,
    status      TEXT NOT NULL,
    impact      INTEGER NOT NULL,
    tags        TEXT NOT NULL,
    votes       INTEGER NOT NULL
);
CREATE INDEX initiative_by_area ON initiative(area_id);
CREATE TABLE snapshot (
    name     TEXT PRIMARY KEY,
    taken_at TEXT NOT NULL,
    state    TEXT NOT NULL
);
";

/// Version 2: the offsite tools (self-assessment, dot voting) and the decision log.
const V2: &str = "
CREATE TABLE assessment (
    participant TEXT PRIMARY KEY COLLATE NOCASE,
    answers     TEXT NOT NULL,
    answered_at TEXT NOT NULL
);
CREATE TABLE voting (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    allowance INTEGER NOT NULL,
    revealed  INTEGER NOT NULL,
    ballots   TEXT NOT NULL
);
CREATE TABLE decision (
    seq           INTEGER PRIMARY KEY,
    change_id     INTEGER NOT NULL,
    at            TEXT NOT NULL,
    initiative_id TEXT,
    area_id       TEXT,
    subject       TEXT NOT NULL,
    kind          TEXT NOT NULL,
    action        TEXT NOT NULL,
    from_position REAL,
    to_position   REAL,
    reason        TEXT NOT NULL
);
CREATE INDEX decision_by_initiative ON decision(initiative_id);
CREATE INDEX decision_by_change ON decision(change_id);
";

/// Version 3: the live session (its secrets and phase, who joined, their private drafts).
const V3: &str = "
CREATE TABLE live_session (
    singleton           INTEGER PRIMARY KEY CHECK (singleton = 1),
    participants_secret TEXT NOT NULL,
    facilitator_secret  TEXT NOT NULL,
    phase               TEXT NOT NULL,
    lobby_open          INTEGER NOT NULL,
    port                INTEGER
);
CREATE TABLE live_participant (
    id        TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    token     TEXT NOT NULL,
    joined_at TEXT NOT NULL
);
CREATE TABLE live_draft (
    id             TEXT PRIMARY KEY,
    participant_id TEXT NOT NULL,
    area_id        TEXT NOT NULL,
    title          TEXT NOT NULL,
    position       REAL NOT NULL,
    lane_offset    REAL NOT NULL
);
";

/// Version 4: the address a live session is being served on, so that a host that died resumes.
const V4: &str = "ALTER TABLE live_session ADD COLUMN serving_on TEXT;";

pub fn migrations() -> Migrations<'static> {
    Migrations::new(vec![M::up(V1), M::up(V2), M::up(V3), M::up(V4)])
}
