//! The decision log as CSV: one row per entry, oldest first, text cells escaped like the
//! initiatives' export.

use super::escape_cell;
use crate::decisions::Decision;

/// The log as a CSV table (a header, then one row per entry, oldest first). Text cells are
/// escaped so a spreadsheet never runs them as formulas.
pub fn decision_log(log: &[Decision]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let header = [
        "when", "change", "subject", "kind", "action", "from", "to", "reason",
    ];
    let mut rows: Vec<[String; 8]> = Vec::with_capacity(log.len());
    for d in log {
        let number = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
        rows.push([
            d.at.clone(),
            d.change.to_string(),
            escape_cell(&d.subject),
            d.kind.clone(),
            escape_cell(&d.action),
            number(d.from_position),
            number(d.to_position),
            escape_cell(&d.reason),
        ]);
    }
    // Writing to memory cannot fail.
    let _ = writer.write_record(header);
    for row in &rows {
        let _ = writer.write_record(row);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_csv_escapes_formula_like_text() {
        let decision = Decision {
            change: 3,
            at: "2026-11-27T10:00:00Z".to_string(),
            initiative_id: None,
            area_id: None,
            subject: "=HYPERLINK(\"http://x\")".to_string(),
            kind: "move".to_string(),
            action: "moved from -40 to +20".to_string(),
            from_position: Some(-40.0),
            to_position: Some(20.0),
            reason: "@boss said so, \"obviously\"".to_string(),
        };
        let text = decision_log(&[decision]);
        let mut lines = text.lines();
        assert_eq!(
            lines.next(),
            Some("when,change,subject,kind,action,from,to,reason")
        );
        assert_eq!(
            lines.next(),
            Some(
                "2026-11-27T10:00:00Z,3,\"'=HYPERLINK(\"\"http://x\"\")\",move,\
                 moved from -40 to +20,-40,20,\"'@boss said so, \"\"obviously\"\"\""
            )
        );
    }
}
