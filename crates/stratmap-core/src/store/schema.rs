//! The file format: SQLite's application-file pattern. `application_id` marks the file as ours,
//! `user_version` is the schema version; migrations only ever add, and run in one transaction.

use rusqlite_migration::{M, Migrations};

/// "STRM" in ASCII: what `PRAGMA application_id` holds in every Stratmap file.
pub const APPLICATION_ID: i32 = 0x5354_524D;

/// The newest schema version this build reads and writes.
pub const LATEST_VERSION: i64 = 1;

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

pub fn migrations() -> Migrations<'static> {
    Migrations::new(vec![M::up(V1)])
}
