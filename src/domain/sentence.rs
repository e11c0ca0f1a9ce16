//! Small helpers for the sentences the app writes.

/// `text` with its first letter a capital, to start a sentence: "stress" → "Stress".
///
/// Only an ASCII letter is raised. Everything this capitalises is the app's own words (a label, a count, a
/// message), which start with an ASCII letter, or with a symbol such as the β of "β-blockers" that must stay as
/// it is (Unicode's capital Β would read as a B). Raising any letter would also bring Unicode's case tables
/// (about 12 KB) into the WebAssembly for nothing.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => {
            let mut out = String::with_capacity(text.len());
            out.push(first.to_ascii_uppercase());
            out.push_str(chars.as_str());
            out
        }
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_ascii_letter_is_raised_and_nothing_else() {
        assert_eq!(capitalised("stress"), "Stress");
        assert_eq!(capitalised("two of these"), "Two of these");
        assert_eq!(capitalised("Already"), "Already");
        assert_eq!(capitalised("β-blockers"), "β-blockers");
        assert_eq!(capitalised("1 day"), "1 day");
        assert_eq!(capitalised(""), "");
    }
}
