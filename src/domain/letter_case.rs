//! Lower case for comparing what a person typed: "Ibuprofen" and "ibuprofen" are one medicine, "Stress" and
//! "stress" one trigger, "Ölgeruch" and "ölgeruch" one smell.
//!
//! Why not `str::to_lowercase`: it carries Unicode's whole case tables (about 6 KB raw, 3.5 KB gzip of
//! WebAssembly) for every script there is. Here the letters a diary is likely to be kept in are lowered by
//! their Unicode simple lower-case mappings: ASCII, Latin-1, Latin Extended-A (Polish, Czech, Turkish,
//! Hungarian, …), Greek and Cyrillic. Letters of other scripts are compared as typed (most have no case).

/// `letter` in lower case (its Unicode simple lower-case mapping) where it is one of the letters above, and
/// as it is otherwise. Greek final ς becomes σ, so a word compares the same wherever it ends.
pub fn lower_letter(letter: char) -> char {
    let code = u32::from(letter);
    let lowered = match code {
        0x41..=0x5A => code + 32,
        // À–Þ without ×.
        0xC0..=0xDE if code != 0xD7 => code + 32,
        // İ (Turkish dotted capital I) lowers to a plain i.
        0x130 => 0x69,
        // Latin Extended-A: capital then small, in pairs from an even code (Ā ā … Ķ ķ, Ŋ ŋ … Ŷ ŷ) or from an
        // odd one (Ĺ ĺ … Ň ň, Ź ź … Ž ž); Ÿ's small letter is ÿ in Latin-1.
        0x100..=0x137 | 0x14A..=0x177 if code % 2 == 0 => code + 1,
        0x139..=0x148 | 0x179..=0x17E if code % 2 == 1 => code + 1,
        0x178 => 0xFF,
        // Greek capitals with a tonos, the plain capitals Α–Ϋ (0x3A2 is unassigned), and final ς.
        0x386 => 0x3AC,
        0x388..=0x38A => code + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => code + 63,
        0x391..=0x3AB if code != 0x3A2 => code + 32,
        0x3C2 => 0x3C3,
        // Cyrillic: Ѐ–Џ, А–Я, then the capital-small pairs of the historic and non-Russian letters.
        0x400..=0x40F => code + 80,
        0x410..=0x42F => code + 32,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if code % 2 == 0 => code + 1,
        0x4C0 => 0x4CF,
        0x4C1..=0x4CE if code % 2 == 1 => code + 1,
        _ => code,
    };
    char::from_u32(lowered).unwrap_or(letter)
}

/// `text` with every letter lowered by [`lower_letter`]: the key two names are compared by.
pub fn fold_case(text: &str) -> String {
    text.chars().map(lower_letter).collect()
}

/// Whether two names are the same but for the case of their letters.
pub fn same_but_case(a: &str, b: &str) -> bool {
    a.chars().map(lower_letter).eq(b.chars().map(lower_letter))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every letter this lowers agrees with the standard library's full Unicode mapping (apart from final ς,
    /// which is folded to σ on purpose), and every other character is left alone.
    #[test]
    fn agrees_with_unicode_wherever_it_lowers_a_letter() {
        let mut lowered = 0;
        for code in 0..=0x52F_u32 {
            let Some(letter) = char::from_u32(code) else {
                continue;
            };
            let ours = lower_letter(letter);
            if ours == letter {
                continue;
            }
            lowered += 1;
            if letter == 'ς' {
                assert_eq!(ours, 'σ');
                continue;
            }
            let theirs: String = letter.to_lowercase().collect();
            let theirs = if letter == 'İ' {
                "i".to_string()
            } else {
                theirs
            };
            assert_eq!(ours.to_string(), theirs, "U+{code:04X} {letter}");
        }
        // A–Z 26, Latin-1 30, Extended-A 63, Greek 34, Cyrillic 148: a wrong range would change the count.
        assert_eq!(lowered, 301);
    }

    /// Every capital of the covered blocks that Unicode lowers to one letter is lowered here too.
    #[test]
    fn leaves_out_no_capital_of_the_covered_blocks() {
        for code in (0x41..=0x17F_u32).chain(0x370..=0x3FF).chain(0x400..=0x52F) {
            let Some(letter) = char::from_u32(code) else {
                continue;
            };
            let mut theirs = letter.to_lowercase();
            let (Some(single), None) = (theirs.next(), theirs.next()) else {
                continue;
            };
            // Greek's archaic and symbol capitals (Ͱ, Ϗ, Ϙ, Ϻ, …) are left as typed.
            let archaic =
                (0x370..=0x377).contains(&code) || code == 0x37F || (0x3CF..=0x3FF).contains(&code);
            if single != letter && !archaic {
                assert_eq!(lower_letter(letter), single, "U+{code:04X} {letter}");
            }
        }
    }

    #[test]
    fn names_compare_the_same_but_for_case() {
        assert_eq!(fold_case("Ibuprofen 400"), "ibuprofen 400");
        assert!(same_but_case("Ölgeruch", "ölgeruch"));
        assert!(same_but_case("ŻÓŁĆ", "żółć"));
        assert!(same_but_case("СТРЕСС", "стресс"));
        assert!(same_but_case("ΟΔΟΣ", "οδος"));
        assert!(!same_but_case("stress", "stresses"));
        assert!(!same_but_case("wine", "wind"));
        // Other scripts are compared as typed.
        assert!(same_but_case("頭痛", "頭痛"));
        assert_eq!(fold_case("ԱՐԵՎ"), "ԱՐԵՎ");
    }
}
