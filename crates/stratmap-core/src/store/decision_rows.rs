//! The `decision` table: the decision log, appended to in each change's transaction.

use rusqlite::{Connection, OptionalExtension, params};
use uuid::Uuid;

use crate::decisions::{Decision, NewDecision};

/// Consecutive moves of one card within this many seconds, with no reason given in between,
/// read as one move in the log (ten arrow-key nudges are one decision, not ten).
const MERGE_WINDOW_SECONDS: i64 = 120;

/// Appends the entries of one change made at `at`; gives the number of the change they are
/// logged as (a move folded into the one before it is that one's), none when there are none.
pub fn append(
    conn: &Connection,
    entries: &[NewDecision],
    at: &str,
) -> rusqlite::Result<Option<i32>> {
    if entries.is_empty() {
        return Ok(None);
    }
    if let [only] = entries
        && let Some(change) = merge_into_last(conn, only, at)?
    {
        return Ok(Some(change));
    }
    // Cached statements: this runs in every change's transaction.
    let change: i32 = conn
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
    Ok(Some(change))
}

/// Folds a plain move into the newest entry when that entry moved the same card, recently,
/// to where this move starts, and nobody has given it a reason yet; gives that entry's change.
fn merge_into_last(
    conn: &Connection,
    entry: &NewDecision,
    at: &str,
) -> rusqlite::Result<Option<i32>> {
    if entry.kind != "move" || entry.action.ends_with("(undo)") || entry.action.ends_with("(redo)")
    {
        return Ok(None);
    }
    let last = conn
        .prepare_cached(
            "SELECT seq, at, initiative_id, area_id, kind, reason, from_position, to_position,
                    (SELECT COUNT(*) FROM decision d2 WHERE d2.change_id = d.change_id),
                    change_id
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
                row.get::<_, i32>(9)?,
            ))
        })
        .optional()?;
    let Some((seq, last_at, initiative, area, kind, reason, from, to, count, change)) = last else {
        return Ok(None);
    };
    let same_card = initiative == entry.initiative_id.map(|id| id.to_string())
        && area == entry.area_id.map(|id| id.to_string());
    let continues = to == entry.from_position && kind == "move" && count == 1;
    if !(same_card && continues && reason.is_empty() && within_window(&last_at, at)) {
        return Ok(None);
    }
    let (Some(from), Some(to)) = (from, entry.to_position) else {
        return Ok(None);
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
    Ok(Some(change))
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

/// Sets the reason of every entry of change number `change`; returns how many entries it named.
pub fn explain(conn: &Connection, change: i32, reason: &str) -> rusqlite::Result<usize> {
    conn.execute(
        "UPDATE decision SET reason = ?1 WHERE change_id = ?2",
        params![reason, change],
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
