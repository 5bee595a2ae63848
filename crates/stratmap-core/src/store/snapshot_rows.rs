//! The `snapshot` table: named frozen states, each stored as JSON.

use rusqlite::{Connection, OptionalExtension, params};

pub fn insert(conn: &Connection, name: &str, taken_at: &str, state: &str) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO snapshot (name, taken_at, state) VALUES (?1, ?2, ?3)",
        params![name, taken_at, state],
    )?;
    Ok(())
}

pub fn exists(conn: &Connection, name: &str) -> rusqlite::Result<bool> {
    conn.query_row("SELECT 1 FROM snapshot WHERE name = ?1", [name], |_| Ok(()))
        .optional()
        .map(|found| found.is_some())
}

/// `(name, taken_at)` of every snapshot, oldest first.
pub fn list(conn: &Connection) -> rusqlite::Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare("SELECT name, taken_at FROM snapshot ORDER BY taken_at, name")?;
    let rows = stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
    rows.collect()
}

/// `(taken_at, state)` of the named snapshot.
pub fn read(conn: &Connection, name: &str) -> rusqlite::Result<Option<(String, String)>> {
    conn.query_row(
        "SELECT taken_at, state FROM snapshot WHERE name = ?1",
        [name],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )
    .optional()
}
