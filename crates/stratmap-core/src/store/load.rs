//! Reading a file back: identity checks first, then every row checked against the model's rules,
//! so a damaged or hand-edited file is reported, never trusted.

use std::io::Read;
use std::path::Path;

use rusqlite::Connection;
use uuid::Uuid;

use super::schema::{APPLICATION_ID, LATEST_VERSION};
use super::{area_rows, canvas_row, initiative_rows, live_rows, offsite_rows, storage};
use crate::error::{Error, Result};
use crate::model::{Assessment, Document, Draft, Initiative, LiveSession, Participant, Voting};

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// Refuses what is not a SQLite file before SQLite touches it.
pub fn check_header(path: &Path) -> Result<()> {
    let shown = path.display().to_string();
    let mut file = std::fs::File::open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Error::NotFound {
            path: shown.clone(),
        },
        _ => Error::io(path, &e),
    })?;
    if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        return Err(Error::Io {
            path: shown,
            message: "is a folder, not a canvas file".to_string(),
        });
    }
    let mut header = [0u8; 100];
    let mut read = 0;
    while read < header.len() {
        match file.read(&mut header[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(e) => return Err(Error::io(path, &e)),
        }
    }
    if read < 16 || &header[..16] != SQLITE_MAGIC {
        return Err(Error::NotSqlite { path: shown });
    }
    if read < header.len() {
        return Err(Error::Corrupt {
            path: shown,
            detail: "the file is cut short".to_string(),
        });
    }
    Ok(())
}

/// Checks that the database is a Stratmap canvas this version can read.
pub fn check_identity(conn: &Connection, shown: &str) -> Result<()> {
    let app_id: i32 = conn
        .pragma_query_value(None, "application_id", |row| row.get(0))
        .map_err(|e| storage(shown, e))?;
    if app_id != APPLICATION_ID {
        return Err(Error::ForeignDatabase {
            path: shown.to_string(),
        });
    }
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |row| row.get(0))
        .map_err(|e| storage(shown, e))?;
    if version > LATEST_VERSION {
        return Err(Error::NewerVersion {
            path: shown.to_string(),
            found: version,
            supported: LATEST_VERSION,
        });
    }
    if version < 1 {
        return Err(Error::Corrupt {
            path: shown.to_string(),
            detail: "it is marked as a canvas but has no tables".to_string(),
        });
    }
    Ok(())
}

/// Loads and checks the whole document.
pub fn document(conn: &Connection, shown: &str) -> Result<Document> {
    let corrupt = |detail: String| Error::Corrupt {
        path: shown.to_string(),
        detail,
    };
    let read_failed = |e: rusqlite::Error| match storage(shown, e) {
        Error::Storage(message) => corrupt(message),
        other => other,
    };
    let (canvas_id, mut canvas) = canvas_row::read(conn)
        .map_err(read_failed)?
        .ok_or_else(|| corrupt("the canvas row is missing".to_string()))?;
    canvas.id = parse_id(&canvas_id, "canvas").map_err(corrupt)?;

    let mut areas = Vec::new();
    for (id, mut area) in area_rows::read_all(conn).map_err(read_failed)? {
        area.id = parse_id(&id, "area").map_err(corrupt)?;
        areas.push(area);
    }

    let mut initiatives: Vec<Initiative> = Vec::new();
    for stored in initiative_rows::read_all(conn).map_err(read_failed)? {
        let mut initiative = stored.initiative;
        initiative.id = parse_id(&stored.id, "initiative").map_err(corrupt)?;
        initiative.area_id = parse_id(&stored.area_id, "area").map_err(corrupt)?;
        initiative.status = stored
            .status
            .parse()
            .map_err(|e: Error| corrupt(e.to_string()))?;
        initiative.tags = serde_json::from_str(&stored.tags)
            .map_err(|e| corrupt(format!("initiative {} has unreadable tags: {e}", stored.id)))?;
        initiatives.push(initiative);
    }
    let (assessments, voting) = offsite(conn, shown)?;
    let live = live(conn, shown)?;
    Document::new(canvas, areas, initiatives)
        .and_then(|doc| doc.with_offsite(assessments, voting))
        .and_then(|doc| doc.with_live(live))
        .map_err(|e| corrupt(format!("stored data breaks a rule: {e}")))
}

/// The file's schema version (`user_version`). A file opened for reading only keeps its own
/// version, so readers must not expect the newest tables.
pub fn schema_version(conn: &Connection, shown: &str) -> Result<i64> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
        .map_err(|e| storage(shown, e))
}

/// The self-assessments and the voting round; a version-1 file (opened for reading only, so
/// not migrated) has neither.
fn offsite(conn: &Connection, shown: &str) -> Result<(Vec<Assessment>, Option<Voting>)> {
    let corrupt = |detail: String| Error::Corrupt {
        path: shown.to_string(),
        detail,
    };
    if schema_version(conn, shown)? < 2 {
        return Ok((Vec::new(), None));
    }
    let mut assessments = Vec::new();
    let rows = offsite_rows::read_assessments(conn).map_err(|e| storage(shown, e))?;
    for (participant, answers, answered_at) in rows {
        let answers = serde_json::from_str(&answers).map_err(|e| {
            corrupt(format!(
                "the answers of {participant:?} are unreadable: {e}"
            ))
        })?;
        assessments.push(Assessment {
            participant,
            answers,
            answered_at,
        });
    }
    let voting = match offsite_rows::read_voting(conn).map_err(|e| storage(shown, e))? {
        None => None,
        Some((allowance, revealed, ballots)) => Some(Voting {
            allowance,
            revealed,
            ballots: serde_json::from_str(&ballots)
                .map_err(|e| corrupt(format!("the voting ballots are unreadable: {e}")))?,
        }),
    };
    Ok((assessments, voting))
}

/// The live session, if one runs; files before version 3 have none.
fn live(conn: &Connection, shown: &str) -> Result<Option<LiveSession>> {
    let corrupt = |detail: String| Error::Corrupt {
        path: shown.to_string(),
        detail,
    };
    let version = schema_version(conn, shown)?;
    if version < 3 {
        return Ok(None);
    }
    let Some((participants_secret, facilitator_secret, phase, lobby_open, port, serving_on)) =
        live_rows::read_session(conn, version >= 4).map_err(|e| storage(shown, e))?
    else {
        return Ok(None);
    };
    let mut session = LiveSession::new(participants_secret, facilitator_secret);
    session.settings.phase = phase.parse().map_err(|e: Error| corrupt(e.to_string()))?;
    session.settings.lobby_open = lobby_open;
    session.settings.port = match port {
        None => None,
        Some(p) => Some(
            u16::try_from(p)
                .map_err(|_| corrupt(format!("the live session's port {p} is not a port")))?,
        ),
    };
    session.settings.serving_on = match serving_on {
        None => None,
        Some(address) => Some(address.parse().map_err(|_| {
            corrupt(format!(
                "the live session's address {address:?} is not a network address"
            ))
        })?),
    };
    for [id, name, token, joined_at] in
        live_rows::read_participants(conn).map_err(|e| storage(shown, e))?
    {
        session.participants.push(Participant {
            id: parse_id(&id, "participant").map_err(corrupt)?,
            name,
            token,
            joined_at,
        });
    }
    for ([id, participant, area_id, title], position, lane_offset) in
        live_rows::read_drafts(conn).map_err(|e| storage(shown, e))?
    {
        let draft = Draft {
            id: parse_id(&id, "draft").map_err(corrupt)?,
            participant: parse_id(&participant, "participant").map_err(corrupt)?,
            area_id: parse_id(&area_id, "area").map_err(corrupt)?,
            title,
            position,
            lane_offset,
        };
        if session.drafts.insert(draft.id, draft).is_some() {
            return Err(corrupt(format!("draft {id} is stored twice")));
        }
    }
    Ok(Some(session))
}

fn parse_id(text: &str, what: &str) -> std::result::Result<Uuid, String> {
    Uuid::parse_str(text).map_err(|_| format!("{what} id {text:?} is not a valid id"))
}
