//! The `assessment` and `voting` tables: the self-assessment answers and the dot-voting round.

use rusqlite::{Connection, OptionalExtension, params};

use crate::model::{Assessment, Voting};

/// Rewrites every assessment (there are a handful; one write keeps the code obvious).
pub fn write_assessments(conn: &Connection, assessments: &[Assessment]) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM assessment", [])?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO assessment (participant, answers, answered_at) VALUES (?1, ?2, ?3)",
    )?;
    for a in assessments {
        let answers = serde_json::to_string(&a.answers).unwrap_or_default();
        insert.execute(params![a.participant, answers, a.answered_at])?;
    }
    Ok(())
}

/// `(participant, answers as JSON, answered_at)` rows.
pub fn read_assessments(conn: &Connection) -> rusqlite::Result<Vec<(String, String, String)>> {
    let mut stmt =
        conn.prepare("SELECT participant, answers, answered_at FROM assessment ORDER BY rowid")?;
    let rows = stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?;
    rows.collect()
}

pub fn write_voting(conn: &Connection, voting: Option<&Voting>) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM voting", [])?;
    if let Some(v) = voting {
        let ballots = serde_json::to_string(&v.ballots).unwrap_or_default();
        conn.execute(
            "INSERT INTO voting (singleton, allowance, revealed, ballots) VALUES (1, ?1, ?2, ?3)",
            params![v.allowance, v.revealed, ballots],
        )?;
    }
    Ok(())
}

/// `(allowance, revealed, ballots as JSON)` of the round, if any.
pub fn read_voting(conn: &Connection) -> rusqlite::Result<Option<(i32, bool, String)>> {
    conn.query_row(
        "SELECT allowance, revealed, ballots FROM voting WHERE singleton = 1",
        [],
        |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
    )
    .optional()
}
