//! `stratmap log`: the decision log as text (one change a line) or as CSV.

use std::io::Write;
use std::path::Path;

use stratmap_core::decisions::Decision;
use stratmap_core::interchange::csv::decision_log;
use stratmap_core::{Access, CanvasFile, Result};

use crate::args::parse_id;
use crate::output::{emit, write};

pub fn print(
    file: &Path,
    initiative: Option<&str>,
    csv: Option<&Path>,
    out: &mut dyn Write,
) -> Result<()> {
    let canvas = CanvasFile::open(file, Access::Read)?;
    let initiative = match initiative {
        Some(text) => {
            let id = parse_id(text)?;
            canvas.document().initiative(id)?;
            Some(id)
        }
        None => None,
    };
    let log = canvas.decisions(initiative)?;
    match csv {
        Some(target) => emit(target, decision_log(&log).as_bytes(), out),
        None => write(out, text(&log).as_bytes()),
    }
}

fn text(log: &[Decision]) -> String {
    if log.is_empty() {
        return "No changes recorded yet.\n".to_string();
    }
    let mut text = String::new();
    for d in log {
        text += &format!("{}  {}: {}", d.at, d.subject, d.action);
        if !d.reason.is_empty() {
            text += &format!("  (why: {})", d.reason);
        }
        text.push('\n');
    }
    text
}
