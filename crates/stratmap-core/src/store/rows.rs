//! Writing what an applied op touched: exactly those rows, plus its decision-log entries. Runs
//! inside the caller's transaction (or savepoint).

use rusqlite::Connection;

use super::{area_rows, canvas_row, decision_rows, initiative_rows, live_rows, offsite_rows};
use crate::decisions::NewDecision;
use crate::model::Document;
use crate::ops::Touched;

/// Gives the number of the decision-log change the entries are logged as (none without entries).
pub fn write(
    conn: &Connection,
    doc: &Document,
    touched: &Touched,
    decisions: &[NewDecision],
) -> rusqlite::Result<Option<i32>> {
    if touched.canvas {
        canvas_row::write(conn, &doc.canvas)?;
    } else {
        canvas_row::touch(conn, &doc.canvas.updated_at)?;
    }
    let mut gone_areas = Vec::new();
    for id in &touched.areas {
        match doc.area(*id) {
            Ok(area) => area_rows::upsert(conn, area)?,
            Err(_) => gone_areas.push(id.to_string()),
        }
    }
    for id in &touched.initiatives {
        match doc.initiative(*id) {
            Ok(initiative) => initiative_rows::upsert(conn, initiative)?,
            Err(_) => initiative_rows::delete(conn, &id.to_string())?,
        }
    }
    for id in &gone_areas {
        area_rows::delete(conn, id)?;
    }
    if touched.assessments {
        offsite_rows::write_assessments(conn, doc.assessments())?;
    }
    if touched.voting {
        offsite_rows::write_voting(conn, doc.voting())?;
    }
    write_live(conn, doc, touched)?;
    decision_rows::append(conn, decisions, &doc.canvas.updated_at)
}

/// Writes the live session's rows an op touched; a row whose thing is gone is deleted.
pub fn write_live(conn: &Connection, doc: &Document, touched: &Touched) -> rusqlite::Result<()> {
    let session = doc.live();
    if touched.live_session {
        live_rows::write_session(conn, session)?;
    }
    for id in &touched.participants {
        match session.and_then(|s| s.participant(*id)) {
            Some(p) => live_rows::upsert_participant(conn, p)?,
            None => live_rows::delete_participant(conn, &id.to_string())?,
        }
    }
    for id in &touched.drafts {
        match session.and_then(|s| s.drafts.get(id)) {
            Some(d) => live_rows::upsert_draft(conn, d)?,
            None => live_rows::delete_draft(conn, &id.to_string())?,
        }
    }
    Ok(())
}
