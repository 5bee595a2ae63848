//! The `area` table.

use rusqlite::{Connection, params};

use crate::model::Area;

pub fn upsert(conn: &Connection, area: &Area) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO area (id, name, sort_order, colour, product_pole, customer_pole, target)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (id) DO UPDATE SET
             name = excluded.name, sort_order = excluded.sort_order, colour = excluded.colour,
             product_pole = excluded.product_pole, customer_pole = excluded.customer_pole,
             target = excluded.target",
    )?
    .execute(params![
        area.id.to_string(),
        area.name,
        area.order,
        area.colour,
        area.product_pole,
        area.customer_pole,
        area.target,
    ])?;
    Ok(())
}

pub fn delete(conn: &Connection, id: &str) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM area WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

/// All areas with their ids as stored text, for the loader to check.
pub fn read_all(conn: &Connection) -> rusqlite::Result<Vec<(String, Area)>> {
    let mut stmt = conn.prepare(
        "SELECT id, name, sort_order, colour, product_pole, customer_pole, target
         FROM area ORDER BY sort_order, id",
    )?;
    let rows = stmt.query_map([], |row| {
        Ok((
            row.get::<_, String>(0)?,
            Area {
                id: uuid::Uuid::nil(),
                name: row.get(1)?,
                order: row.get(2)?,
                colour: row.get(3)?,
                product_pole: row.get(4)?,
                customer_pole: row.get(5)?,
                target: row.get(6)?,
            },
        ))
    })?;
    rows.collect()
}
