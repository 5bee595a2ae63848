//! The `canvas` table: one row, the title block.

use rusqlite::{Connection, OptionalExtension, params};

use crate::model::Canvas;

pub fn write(conn: &Connection, canvas: &Canvas) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO canvas (singleton, id, title, subtitle, offsite_date, axis_left, axis_right,
                             created_at, updated_at)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (singleton) DO UPDATE SET
             id = excluded.id, title = excluded.title, subtitle = excluded.subtitle,
             offsite_date = excluded.offsite_date, axis_left = excluded.axis_left,
             axis_right = excluded.axis_right, created_at = excluded.created_at,
             updated_at = excluded.updated_at",
    )?
    .execute(params![
        canvas.id.to_string(),
        canvas.title,
        canvas.subtitle,
        canvas.offsite_date,
        canvas.axis_left,
        canvas.axis_right,
        canvas.created_at,
        canvas.updated_at,
    ])?;
    Ok(())
}

pub fn touch(conn: &Connection, updated_at: &str) -> rusqlite::Result<()> {
    conn.prepare_cached("UPDATE canvas SET updated_at = ?1")?
        .execute([updated_at])?;
    Ok(())
}

/// The canvas row, or `None` when the table is empty. Ids come back as text for the loader to check.
pub fn read(conn: &Connection) -> rusqlite::Result<Option<(String, Canvas)>> {
    conn.query_row(
        "SELECT id, title, subtitle, offsite_date, axis_left, axis_right, created_at, updated_at
         FROM canvas",
        [],
        |row| {
            Ok((
                row.get::<_, String>(0)?,
                Canvas {
                    id: uuid::Uuid::nil(),
                    title: row.get(1)?,
                    subtitle: row.get(2)?,
                    offsite_date: row.get(3)?,
                    axis_left: row.get(4)?,
                    axis_right: row.get(5)?,
                    created_at: row.get(6)?,
                    updated_at: row.get(7)?,
                },
            ))
        },
    )
    .optional()
}
