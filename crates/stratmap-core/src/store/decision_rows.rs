//! The `decision` table: the decision log, appended to in each change's transaction.

use rusqlite::{Connection, OptionalExtension, params};
use uuid::Uuid;

use crate::decisions::{Decision, NewDecision};

/// Consecutive moves of one card within this many seconds, with no reason given in between,
/// read as one move in the log (ten arrow-key nudges are one decision, not ten).
const MERGE_WINDOW_SECONDS: i64 = 120;

/// Appends the entries of one change made at `at`.
pub fn append(conn: &Connection, entries: &[NewDecision], at: &str) -> rusqlite::Result<()> {
    if entries.is_empty() {
        return Ok(());
    }
    if let [only] = entries
        && merge_into_last(conn, only, at)?
    {
        return Ok(());
    }
    // Cached statements: this runs in every change's transaction.
    let change: i64 = conn
        .prepare_cached("SELECT COALESCE(MAX(change_id), 0) + 1 FROM decision")?
        .query_row([], |row| row.get(0))?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO decision (change_id, at, initiative_id, area_id, subject, kind, action,
                               from_position, to_position, reason)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, '')",
    )?;
    for e in entries {
        insert.execute(params![
            change,
            at,
            e.initiative_id.map(|id| id.to_string()),
            e.area_id.map(|id| id.to_string()),
            e.subject,
            e.kind,
            e.action,
            e.from_position,
            e.to_position,
        ])?;
    }
    Ok(())
}

/// Folds a plain move into the newest entry when that entry moved the same card, recently,
/// to where this move starts, and nobody has given it a reason yet.
fn merge_into_last(conn: &Connection, entry: &NewDecision, at: &str) -> rusqlite::Result<bool> {
    if entry.kind != "move" || entry.action.ends_with("(undo)") || entry.action.ends_with("(redo)")
    {
        return Ok(false);
    }
    let last = conn
        .prepare_cached(
            "SELECT seq, at, initiative_id, area_id, kind, reason, from_position, to_position,
                    (SELECT COUNT(*) FROM decision d2 WHERE d2.change_id = d.change_id)
             FROM decision d ORDER BY seq DESC LIMIT 1",
        )?
        .query_row([], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, Option<String>>(2)?,
                row.get::<_, Option<String>>(3)?,
                row.get::<_, String>(4)?,
                row.get::<_, String>(5)?,
                row.get::<_, Option<f64>>(6)?,
                row.get::<_, Option<f64>>(7)?,
                row.get::<_, i64>(8)?,
            ))
        })
        .optional()?;
    let Some((seq, last_at, initiative, area, kind, reason, from, to, count)) = last else {
        return Ok(false);
    };
    let same_card = initiative == entry.initiative_id.map(|id| id.to_string())
        && area == entry.area_id.map(|id| id.to_string());
    let continues = to == entry.from_position && kind == "move" && count == 1;
    if !(same_card && continues && reason.is_empty() && within_window(&last_at, at)) {
        return Ok(false);
    }
    let (Some(from), Some(to)) = (from, entry.to_position) else {
        return Ok(false);
    };
    let action = format!(
        "moved from {} to {}",
        crate::decisions::signed(from),
        crate::decisions::signed(to)
    );
    conn.prepare_cached(
        "UPDATE decision SET at = ?1, to_position = ?2, action = ?3 WHERE seq = ?4",
    )?
    .execute(params![at, to, action, seq])?;
    Ok(true)
}

fn within_window(earlier: &str, later: &str) -> bool {
    use time::OffsetDateTime;
    use time::format_description::well_known::Rfc3339;
    match (
        OffsetDateTime::parse(earlier, &Rfc3339),
        OffsetDateTime::parse(later, &Rfc3339),
    ) {
        (Ok(a), Ok(b)) => (b - a).whole_seconds().abs() <= MERGE_WINDOW_SECONDS,
        _ => false,
    }
}

/// Sets the reason of every entry of the newest change; returns how many entries it named.
pub fn explain_last(conn: &Connection, reason: &str) -> rusqlite::Result<usize> {
    conn.execute(
        "UPDATE decision SET reason = ?1 WHERE change_id = (SELECT MAX(change_id) FROM decision)",
        [reason],
    )
}

/// The log, oldest first; only one initiative's entries when `initiative` is given.
pub fn read(conn: &Connection, initiative: Option<Uuid>) -> rusqlite::Result<Vec<Decision>> {
    let mut stmt = conn.prepare(
        "SELECT change_id, at, initiative_id, area_id, subject, kind, action, from_position,
                to_position, reason
         FROM decision WHERE ?1 IS NULL OR initiative_id = ?1 ORDER BY seq",
    )?;
    let rows = stmt.query_map([initiative.map(|id| id.to_string())], |row| {
        let id = |text: Option<String>| text.and_then(|t| Uuid::parse_str(&t).ok());
        Ok(Decision {
            change: row.get(0)?,
            at: row.get(1)?,
            initiative_id: id(row.get(2)?),
            area_id: id(row.get(3)?),
            subject: row.get(4)?,
            kind: row.get(5)?,
            action: row.get(6)?,
            from_position: row.get(7)?,
            to_position: row.get(8)?,
            reason: row.get(9)?,
        })
    })?;
    rows.collect()
}
