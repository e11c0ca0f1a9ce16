//! Colours as the clinic configures them, and the WCAG 2.x contrast arithmetic that decides whether
//! a colour keeps text readable. Pure, so a clinic's colour is checked by `cargo test` before it ships.

/// An sRGB colour written `#rrggbb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb {
    pub red: u8,
    pub green: u8,
    pub blue: u8,
}

impl Rgb {
    /// Reads `#rrggbb` (case-insensitive). Short forms and names are refused, so what the clinic
    /// wrote is exactly what is checked and shown.
    pub fn parse_hex(text: &str) -> Option<Rgb> {
        let hex = text.trim().strip_prefix('#')?;
        if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let byte = |at: usize| u8::from_str_radix(&hex[at..at + 2], 16).ok();
        Some(Rgb {
            red: byte(0)?,
            green: byte(2)?,
            blue: byte(4)?,
        })
    }

    /// Relative luminance, WCAG 2.2 definition ("relative luminance", with the sRGB transfer
    /// function; 0.04045 is the IEC 61966-2-1 threshold).
    pub fn relative_luminance(self) -> f64 {
        let linear = |channel: u8| {
            let c = f64::from(channel) / 255.0;
            if c <= 0.040_45 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.red) + 0.7152 * linear(self.green) + 0.0722 * linear(self.blue)
    }

    /// The contrast ratio between two colours, from 1 to 21 (WCAG 2.2 "contrast ratio").
    pub fn contrast_with(self, other: Rgb) -> f64 {
        let (a, b) = (self.relative_luminance(), other.relative_luminance());
        let (light, dark) = if a >= b { (a, b) } else { (b, a) };
        (light + 0.05) / (dark + 0.05)
    }

    /// The colour as `#rrggbb`, for CSS.
    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.red, self.green, self.blue)
    }
}

/// WCAG 2.2 success criterion 1.4.3 (AA): normal-size text needs at least 4.5:1.
pub const AA_TEXT: f64 = 4.5;

#[cfg(test)]
mod tests {
    use super::*;

    fn rgb(text: &str) -> Rgb {
        Rgb::parse_hex(text).expect("valid colour")
    }

    #[test]
    fn parse_hex_reads_six_digit_colours_only() {
        assert_eq!(
            Rgb::parse_hex("#2C5a85"),
            Some(Rgb {
                red: 0x2c,
                green: 0x5a,
                blue: 0x85
            })
        );
        for bad in [
            "2c5a85",
            "#fff",
            "#2c5a8",
            "#2c5a85ff",
            "blue",
            "#gg0000",
            "",
        ] {
            assert_eq!(Rgb::parse_hex(bad), None, "{bad}");
        }
    }

    #[test]
    fn contrast_of_black_on_white_is_21_and_of_a_colour_with_itself_is_1() {
        assert!((rgb("#000000").contrast_with(rgb("#ffffff")) - 21.0).abs() < 1e-9);
        assert!((rgb("#2c5a85").contrast_with(rgb("#2c5a85")) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn contrast_matches_published_values() {
        // #767676 on white is the well-known lightest grey that passes AA: 4.54:1.
        let grey = rgb("#767676").contrast_with(rgb("#ffffff"));
        assert!((grey - 4.54).abs() < 0.01, "{grey}");
        // #777777 just fails: 4.48:1.
        assert!(rgb("#777777").contrast_with(rgb("#ffffff")) < AA_TEXT);
    }
}
