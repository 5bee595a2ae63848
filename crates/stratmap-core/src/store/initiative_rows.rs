//! The `initiative` table.

use rusqlite::{Connection, params};

use crate::model::Initiative;

pub fn upsert(conn: &Connection, i: &Initiative) -> rusqlite::Result<()> {
    let tags = serde_json::to_string(&i.tags).unwrap_or_else(|_| "[]".to_string());
    conn.prepare_cached(
        "INSERT INTO initiative (id, area_id, title, notes, position, target, lane_offset, owner,
                                 status, impact, tags, votes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
         ON CONFLICT (id) DO UPDATE SET
             area_id = excluded.area_id, title = excluded.title, notes = excluded.notes,
             position = excluded.position, target = excluded.target,
             lane_offset = excluded.lane_offset, owner = excluded.owner, status = excluded.status,
             impact = excluded.impact, tags = excluded.tags, votes = excluded.votes",
    )?
    .execute(params![
        i.id.to_string(),
        i.area_id.to_string(),
        i.title,
        i.notes,
        i.position,
        i.target,
        i.lane_offset,
        i.owner,
        i.status.as_str(),
        i.impact,
        tags,
        i.votes,
    ])?;
    Ok(())
}

pub fn delete(conn: &Connection, id: &str) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM initiative WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

/// One stored row, as text where the loader must check the value.
pub struct StoredInitiative {
    pub id: String,
    pub area_id: String,
    pub status: String,
    pub tags: String,
    pub initiative: Initiative,
}

pub fn read_all(conn: &Connection) -> rusqlite::Result<Vec<StoredInitiative>> {
    let mut stmt = conn.prepare(
        "SELECT id, area_id, title, notes, position, target, lane_offset, owner, status, impact,
                tags, votes
         FROM initiative ORDER BY rowid",
    )?;
    let rows = stmt.query_map([], |row| {
        Ok(StoredInitiative {
            id: row.get(0)?,
            area_id: row.get(1)?,
            status: row.get(8)?,
            tags: row.get(10)?,
            initiative: Initiative {
                id: uuid::Uuid::nil(),
                area_id: uuid::Uuid::nil(),
                title: row.get(2)?,
                notes: row.get(3)?,
                position: row.get(4)?,
                target: row.get(5)?,
                lane_offset: row.get(6)?,
                owner: row.get(7)?,
                status: crate::model::Status::Idea,
                impact: row.get(9)?,
                tags: Vec::new(),
                votes: row.get(11)?,
            },
        })
    })?;
    rows.collect()
}
