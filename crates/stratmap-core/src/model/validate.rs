//! Input rules shared by every way data enters the core (operations, CSV, JSON, loaded files).
//! Nothing is clamped or trimmed: a value is either accepted as given or refused with a reason.

use crate::error::{Error, Result};

pub const AXIS_MIN: f64 = -100.0;
pub const AXIS_MAX: f64 = 100.0;
pub const TITLE_MAX: usize = 200;
pub const NOTES_MAX: usize = 10_000;
pub const NAME_MAX: usize = 80;
pub const OWNER_MAX: usize = 100;
pub const TAG_MAX: usize = 40;
pub const POLE_MAX: usize = 500;
/// Why a card moved, kept short enough to read in the decision log and the PDF.
pub const REASON_MAX: usize = 200;

/// The longest text each kind of field takes, in characters (Unicode scalar values), so a front
/// end can count against the core's own limits instead of a copy of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TextLimits {
    /// An initiative's title, the canvas's title and subtitle.
    pub title: u32,
    pub notes: u32,
    /// Area names, axis labels, participant names.
    pub name: u32,
    pub owner: u32,
    pub tag: u32,
    pub pole: u32,
    /// The reason given for a move.
    pub reason: u32,
}

pub const TEXT_LIMITS: TextLimits = TextLimits {
    title: TITLE_MAX as u32,
    notes: NOTES_MAX as u32,
    name: NAME_MAX as u32,
    owner: OWNER_MAX as u32,
    tag: TAG_MAX as u32,
    pole: POLE_MAX as u32,
    reason: REASON_MAX as u32,
};

/// A place on the axis: finite, −100..=100.
pub fn axis_value(field: &'static str, value: f64) -> Result<f64> {
    in_range(field, value, AXIS_MIN, AXIS_MAX)
}

pub fn in_range(field: &'static str, value: f64, min: f64, max: f64) -> Result<f64> {
    if !value.is_finite() {
        return Err(Error::NotFinite {
            field,
            value: value.to_string(),
        });
    }
    if value < min || value > max {
        return Err(Error::OutOfRange {
            field,
            value,
            min,
            max,
        });
    }
    Ok(value)
}

/// Parses user text such as "-35" or "12.5" into an axis value.
pub fn parse_axis_value(field: &'static str, text: &str) -> Result<f64> {
    let value: f64 = text.trim().parse().map_err(|_| Error::NotANumber {
        field,
        value: text.to_string(),
    })?;
    axis_value(field, value)
}

pub fn lane_offset(value: f64) -> Result<f64> {
    in_range("lane offset", value, 0.0, 1.0)
}

pub fn impact(value: i32) -> Result<i32> {
    if (1..=3).contains(&value) {
        Ok(value)
    } else {
        Err(Error::OutOfRange {
            field: "impact",
            value: value.into(),
            min: 1.0,
            max: 3.0,
        })
    }
}

pub fn votes(value: i32) -> Result<i32> {
    if value >= 0 {
        Ok(value)
    } else {
        Err(Error::OutOfRange {
            field: "votes",
            value: value.into(),
            min: 0.0,
            max: f64::from(i32::MAX),
        })
    }
}

/// A one-line label: not blank, no control characters, at most `max` characters.
pub fn label(field: &'static str, text: &str, max: usize) -> Result<()> {
    if text.trim().is_empty() {
        return Err(Error::Empty { field });
    }
    optional_line(field, text, max)
}

/// A one-line text that may be empty (owner, subtitle).
pub fn optional_line(field: &'static str, text: &str, max: usize) -> Result<()> {
    length(field, text, max)?;
    if let Some(c) = text.chars().find(|c| c.is_control()) {
        return Err(Error::ControlCharacter {
            field,
            code: u32::from(c),
        });
    }
    Ok(())
}

/// Multi-line text: line breaks and tabs are fine, other control characters are not.
pub fn multiline(field: &'static str, text: &str, max: usize) -> Result<()> {
    length(field, text, max)?;
    if let Some(c) = text
        .chars()
        .find(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(Error::ControlCharacter {
            field,
            code: u32::from(c),
        });
    }
    Ok(())
}

fn length(field: &'static str, text: &str, max: usize) -> Result<()> {
    let len = text.chars().count();
    if len > max {
        return Err(Error::TooLong { field, len, max });
    }
    Ok(())
}

/// `#rrggbb`, as the renderer and the UI both take it.
pub fn colour(text: &str) -> Result<()> {
    let ok = text.len() == 7
        && text.starts_with('#')
        && text[1..].chars().all(|c| c.is_ascii_hexdigit());
    if ok {
        Ok(())
    } else {
        Err(Error::Invalid {
            field: "colour",
            reason: format!("{text:?} is not a #rrggbb colour"),
        })
    }
}

/// An offsite date as `YYYY-MM-DD`.
pub fn date(text: &str) -> Result<()> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(text, format)
        .map(|_| ())
        .map_err(|_| Error::Invalid {
            field: "offsite date",
            reason: format!("{text:?} is not a date written as YYYY-MM-DD"),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_values_outside_or_not_finite_are_refused() {
        assert_eq!(axis_value("position", -100.0).ok(), Some(-100.0));
        assert_eq!(axis_value("position", 100.0).ok(), Some(100.0));
        for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 100.001, -100.5] {
            assert!(axis_value("position", bad).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn parsing_names_the_bad_text() {
        let err = parse_axis_value("position", "abc").unwrap_err();
        assert_eq!(err.to_string(), "position is not a number: \"abc\"");
        let err = parse_axis_value("target", "NaN").unwrap_err();
        assert!(err.to_string().contains("finite"), "{err}");
        assert_eq!(parse_axis_value("position", " -35.5 ").ok(), Some(-35.5));
    }

    #[test]
    fn a_refusal_names_its_field_and_other_errors_none() {
        let long = "x".repeat(TITLE_MAX + 1);
        assert_eq!(
            label("owner", &long, OWNER_MAX).unwrap_err().field(),
            Some("owner")
        );
        assert_eq!(
            label("title", " ", TITLE_MAX).unwrap_err().field(),
            Some("title")
        );
        let pos = axis_value("target", f64::NAN).unwrap_err();
        assert_eq!(pos.field(), Some("target"));
        assert_eq!(Error::NoVoting.field(), None);
    }

    #[test]
    fn labels_refuse_blank_long_and_control_characters() {
        assert!(label("title", "Loyalty programme", TITLE_MAX).is_ok());
        assert!(matches!(
            label("title", "  ", TITLE_MAX),
            Err(Error::Empty { .. })
        ));
        let long = "x".repeat(TITLE_MAX + 1);
        assert!(matches!(
            label("title", &long, TITLE_MAX),
            Err(Error::TooLong { len: 201, .. })
        ));
        assert!(label("title", &"é".repeat(TITLE_MAX), TITLE_MAX).is_ok());
        assert!(matches!(
            label("title", "a\u{7}b", TITLE_MAX),
            Err(Error::ControlCharacter { code: 7, .. })
        ));
        assert!(label("title", "line\nbreak", TITLE_MAX).is_err());
        assert!(multiline("notes", "line\nbreak\ttab", NOTES_MAX).is_ok());
        assert!(multiline("notes", "nul\0", NOTES_MAX).is_err());
    }

    #[test]
    fn colours_and_dates() {
        assert!(colour("#1a2B3c").is_ok());
        assert!(colour("red").is_err());
        assert!(colour("#12345").is_err());
        assert!(date("2026-11-27").is_ok());
        assert!(date("2026-02-30").is_err());
        assert!(date("27/11/2026").is_err());
    }

    #[test]
    fn impact_and_votes() {
        assert!(impact(1).is_ok() && impact(3).is_ok());
        assert!(impact(0).is_err() && impact(4).is_err());
        assert!(votes(0).is_ok() && votes(-1).is_err());
    }
}
