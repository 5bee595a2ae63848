//! How figures read in text: the one formatter of positions, stances, targets and shifts for the
//! decision log, the command line, the pictures and (checked against it by a test over shared
//! cases) the UI; and counted nouns ("1 vote", "3 votes").

/// "+20", "-40", "0", "+12.5": one decimal at most, a sign on every value but zero. Plain ASCII,
/// for text a script may read (the log, the command line).
pub fn signed_position(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded == 0.0 {
        "0".to_string()
    } else if rounded > 0.0 {
        format!("+{rounded}")
    } else {
        format!("{rounded}")
    }
}

/// The same figure with a true minus sign ("−40"), for what people read on a page or a screen.
pub fn display_position(value: f64) -> String {
    signed_position(value).replace('-', "\u{2212}")
}

/// "1 vote", "3 votes": the count with the noun that agrees with it.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_read_with_their_sign_and_one_decimal_at_most() {
        assert_eq!(signed_position(20.0), "+20");
        assert_eq!(signed_position(-40.0), "-40");
        assert_eq!(signed_position(0.04), "0");
        assert_eq!(signed_position(-0.04), "0");
        assert_eq!(signed_position(12.46), "+12.5");
        assert_eq!(signed_position(100.0), "+100");
        assert_eq!(display_position(-12.54), "\u{2212}12.5");
        assert_eq!(display_position(40.0), "+40");
    }

    #[test]
    fn a_count_agrees_with_its_noun() {
        assert_eq!(count(0, "vote", "votes"), "0 votes");
        assert_eq!(count(1, "vote", "votes"), "1 vote");
        assert_eq!(count(2, "initiative", "initiatives"), "2 initiatives");
    }
}
