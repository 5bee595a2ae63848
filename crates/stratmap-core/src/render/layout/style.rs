//! Colours and number formats shared by the picture and the PDF summary.

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub const WHITE: Rgb = Rgb(0xFF, 0xFF, 0xFF);
    /// Headings and card titles.
    pub const INK: Rgb = Rgb(0x11, 0x18, 0x27);
    /// Secondary text.
    pub const MUTED: Rgb = Rgb(0x4B, 0x55, 0x63);
    /// Quiet text: pole descriptions, tick labels.
    pub const QUIET: Rgb = Rgb(0x6B, 0x72, 0x80);
    /// Axis line and ticks.
    pub const AXIS: Rgb = Rgb(0x37, 0x41, 0x51);
    /// Grid lines through the lanes.
    pub const GRID: Rgb = Rgb(0xE5, 0xE7, 0xEB);
    /// The balanced (0) grid line.
    pub const GRID_CENTRE: Rgb = Rgb(0xC4, 0xC9, 0xD1);

    /// Parses `#rrggbb` (the model only admits that form); anything else is grey.
    pub fn parse(text: &str) -> Rgb {
        let hex = |range: std::ops::Range<usize>| {
            text.get(range).and_then(|h| u8::from_str_radix(h, 16).ok())
        };
        match (
            text.starts_with('#') && text.len() == 7,
            hex(1..3),
            hex(3..5),
            hex(5..7),
        ) {
            (true, Some(r), Some(g), Some(b)) => Rgb(r, g, b),
            _ => Rgb(0x80, 0x80, 0x80),
        }
    }

    /// This colour mixed with white: `amount` 0 = white, 1 = this colour.
    pub fn tint(self, amount: f32) -> Rgb {
        self.mix(Rgb::WHITE, amount)
    }

    /// This colour mixed with black: `amount` 0 = black, 1 = this colour.
    pub fn shade(self, amount: f32) -> Rgb {
        self.mix(Rgb(0, 0, 0), amount)
    }

    fn mix(self, other: Rgb, amount: f32) -> Rgb {
        let a = amount.clamp(0.0, 1.0);
        let channel = |c: u8, o: u8| (f32::from(c) * a + f32::from(o) * (1.0 - a)).round() as u8;
        Rgb(
            channel(self.0, other.0),
            channel(self.1, other.1),
            channel(self.2, other.2),
        )
    }

    pub fn hex(self) -> String {
        format!("#{:02X}{:02X}{:02X}", self.0, self.1, self.2)
    }
}

/// An axis value as people read it: "+40", "−12.5", "0" (the core's one formatter).
pub use crate::model::figures::display_position as format_axis_value;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_values_read_naturally() {
        assert_eq!(format_axis_value(40.0), "+40");
        assert_eq!(format_axis_value(-12.54), "\u{2212}12.5");
        assert_eq!(format_axis_value(-0.01), "0");
        assert_eq!(format_axis_value(100.0), "+100");
    }

    #[test]
    fn colours_parse_and_tint() {
        assert_eq!(Rgb::parse("#5B5BD6"), Rgb(0x5B, 0x5B, 0xD6));
        assert_eq!(Rgb::parse("nope"), Rgb(0x80, 0x80, 0x80));
        assert_eq!(Rgb(0, 0, 0).tint(0.0), Rgb::WHITE);
        assert_eq!(Rgb(10, 20, 30).tint(1.0), Rgb(10, 20, 30));
    }
}
