//! The `live_session`, `live_participant` and `live_draft` tables: the live session, written
//! row by row as it changes (a draft's move writes that draft only).

use rusqlite::{Connection, OptionalExtension, params};

use crate::model::{Draft, LiveSession, Participant};

pub fn write_session(conn: &Connection, session: Option<&LiveSession>) -> rusqlite::Result<()> {
    match session {
        None => {
            conn.execute("DELETE FROM live_session", [])?;
        }
        Some(s) => {
            conn.prepare_cached(
                "INSERT INTO live_session (singleton, participants_secret, facilitator_secret,
                                           phase, lobby_open, port, serving_on)
                 VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (singleton) DO UPDATE SET
                     participants_secret = excluded.participants_secret,
                     facilitator_secret = excluded.facilitator_secret, phase = excluded.phase,
                     lobby_open = excluded.lobby_open, port = excluded.port,
                     serving_on = excluded.serving_on",
            )?
            .execute(params![
                s.participants_secret,
                s.facilitator_secret,
                s.settings.phase.as_str(),
                s.settings.lobby_open,
                s.settings.port,
                s.settings.serving_on.map(|ip| ip.to_string()),
            ])?;
        }
    }
    Ok(())
}

pub fn upsert_participant(conn: &Connection, p: &Participant) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO live_participant (id, name, token, joined_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (id) DO UPDATE SET
             name = excluded.name, token = excluded.token, joined_at = excluded.joined_at",
    )?
    .execute(params![p.id.to_string(), p.name, p.token, p.joined_at])?;
    Ok(())
}

pub fn delete_participant(conn: &Connection, id: &str) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM live_participant WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

pub fn upsert_draft(conn: &Connection, d: &Draft) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO live_draft (id, participant_id, area_id, title, position, lane_offset)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (id) DO UPDATE SET
             participant_id = excluded.participant_id, area_id = excluded.area_id,
             title = excluded.title, position = excluded.position,
             lane_offset = excluded.lane_offset",
    )?
    .execute(params![
        d.id.to_string(),
        d.participant.to_string(),
        d.area_id.to_string(),
        d.title,
        d.position,
        d.lane_offset,
    ])?;
    Ok(())
}

pub fn delete_draft(conn: &Connection, id: &str) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM live_draft WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

/// The stored session as text, for the loader to check: `(participants secret, facilitator
/// secret, phase, lobby open, port, serving on)`.
pub type StoredSession = (String, String, String, bool, Option<i64>, Option<String>);

/// `with_serving`: the file is of version 4 or later (earlier ones have no `serving_on`).
pub fn read_session(
    conn: &Connection,
    with_serving: bool,
) -> rusqlite::Result<Option<StoredSession>> {
    let serving = if with_serving { "serving_on" } else { "NULL" };
    conn.query_row(
        &format!(
            "SELECT participants_secret, facilitator_secret, phase, lobby_open, port, {serving}
             FROM live_session WHERE singleton = 1"
        ),
        [],
        |row| {
            Ok((
                row.get(0)?,
                row.get(1)?,
                row.get(2)?,
                row.get(3)?,
                row.get(4)?,
                row.get(5)?,
            ))
        },
    )
    .optional()
}

/// `(id, name, token, joined_at)` in the order they joined.
pub fn read_participants(conn: &Connection) -> rusqlite::Result<Vec<[String; 4]>> {
    let mut stmt =
        conn.prepare("SELECT id, name, token, joined_at FROM live_participant ORDER BY rowid")?;
    let rows = stmt.query_map([], |row| {
        Ok([row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?])
    })?;
    rows.collect()
}

/// `([id, participant id, area id, title], position, lane offset)` in the order they were made.
pub fn read_drafts(conn: &Connection) -> rusqlite::Result<Vec<([String; 4], f64, f64)>> {
    let mut stmt = conn.prepare(
        "SELECT id, participant_id, area_id, title, position, lane_offset
         FROM live_draft ORDER BY rowid",
    )?;
    let rows = stmt.query_map([], |row| {
        Ok((
            [row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?],
            row.get(4)?,
            row.get(5)?,
        ))
    })?;
    rows.collect()
}
