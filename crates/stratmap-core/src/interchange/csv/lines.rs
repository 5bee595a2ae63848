//! Where each record of an imported CSV is: the line a text editor shows and the row a
//! spreadsheet shows. Counted here from the bytes, not taken from the csv crate, whose line for
//! a record is where the previous one ended: one too few in a CRLF file (Excel's) and wrong after
//! blank lines.

use crate::error::CsvPlace;

/// Line breaks in `bytes`: `\r\n`, `\n` or a lone `\r`, each counted once.
fn breaks(bytes: &[u8]) -> u64 {
    let mut n = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            n += 1;
        }
    }
    n
}

/// Walks the records of `body` in order, telling where each starts.
pub(super) struct Lines<'a> {
    body: &'a [u8],
    /// Lines taken off before `body` (an Excel `sep=` line): they count as lines, not rows.
    skipped: u64,
    /// `body[..counted]` holds `lines` line breaks.
    counted: usize,
    lines: u64,
    /// Line breaks inside the cells of the records so far: a spreadsheet shows each record as
    /// one row however many lines it spans.
    inner: u64,
}

impl<'a> Lines<'a> {
    pub(super) fn new(body: &'a str, skipped: u64) -> Lines<'a> {
        Lines {
            body: body.as_bytes(),
            skipped,
            counted: 0,
            lines: 0,
            inner: 0,
        }
    }

    /// Where `record` is. Records must come in order.
    pub(super) fn place(&mut self, record: &csv::StringRecord) -> CsvPlace {
        let from = record
            .position()
            .and_then(|p| usize::try_from(p.byte()).ok())
            .unwrap_or(self.counted)
            .clamp(self.counted, self.body.len());
        // The record starts after the blank lines and the previous record's '\n' left before it.
        let start = self.body[from..]
            .iter()
            .position(|b| !matches!(b, b'\r' | b'\n'))
            .map_or(self.body.len(), |n| from + n);
        self.lines += breaks(&self.body[self.counted..start]);
        self.counted = start;
        let line = self.lines + 1;
        let place = CsvPlace {
            line: line + self.skipped,
            row: line - self.inner,
        };
        self.inner += record.iter().map(|c| breaks(c.as_bytes())).sum::<u64>();
        place
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(text: &str, skipped: u64) -> Vec<(u64, u64)> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let mut lines = Lines::new(text, skipped);
        reader
            .records()
            .map(|r| {
                let place = lines.place(&r.expect("record"));
                (place.line, place.row)
            })
            .collect()
    }

    #[test]
    fn lines_and_rows_are_counted_alike_for_every_line_ending() {
        for end in ["\n", "\r\n", "\r"] {
            let text = ["h", "a", "b"].join(end) + end;
            assert_eq!(places(&text, 0), [(1, 1), (2, 2), (3, 3)], "{end:?}");
            let blank = ["h", "", "a"].join(end);
            assert_eq!(places(&blank, 0), [(1, 1), (3, 3)], "{end:?}");
            let multi = format!("h{end}\"x{end}y{end}z\"{end}b{end}");
            assert_eq!(places(&multi, 0), [(1, 1), (2, 2), (5, 3)], "{end:?}");
        }
        assert_eq!(places("h\na\n", 1), [(2, 1), (3, 2)]);
    }
}
