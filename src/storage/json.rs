//! A small JSON reader and writer for the self-check's stored document (`self_check_codec.rs`).
//!
//! Why not `serde_json`: the self-check build (`check/`) is what a clinic's visitor downloads on a phone, and
//! `serde_json` with the derived code of every stored type was a fifth of its WebAssembly. This reads and writes
//! the very same text (RFC 8259, written compactly and escaped as `serde_json` escapes), without generic code per
//! type. Tests hold the two to the same output (`tests/proptest_self_check_codec.rs`).

use std::borrow::Cow;
use std::fmt::Write as _;

/// Why text that stops part way is refused: a truncated file is told apart from one that is not JSON.
pub const ENDS_EARLY: &str = "the text ends before the data does";

/// Why a text holding half of a character (a `\ud800` escape without its pair) is refused wherever it stands:
/// Rust text cannot hold it, and no build ever wrote one (serde would skip it in a part it ignores).
pub const HALF_A_CHARACTER: &str = "half of a character in a text";

/// A JSON value. Numbers keep their text, so an integer is read exactly as written and never through a float.
/// Names, texts and numbers read from text borrow it where they can (a text with no escape in it): reading a
/// ten-year diary then allocates for the lists, not for each of its hundred thousand names and values.
#[derive(Debug, Clone, PartialEq)]
pub enum Json<'a> {
    Null,
    Bool(bool),
    Number(Cow<'a, str>),
    String(Cow<'a, str>),
    Array(Vec<Json<'a>>),
    /// Fields in the order they were written.
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
}

/// How deep arrays and objects may nest, as `serde_json` allows: deeper text is refused, not a stack overflow.
const MAX_DEPTH: usize = 128;

impl<'a> Json<'a> {
    /// Reads JSON text. The error says in plain words what is wrong and where.
    pub fn parse(text: &'a str) -> Result<Json<'a>, String> {
        let mut reader = Reader { text, at: 0 };
        reader.skip_space();
        let value = reader.value(0)?;
        reader.skip_space();
        if reader.at < text.len() {
            return Err(reader.problem("there is more text after the end of the data"));
        }
        Ok(value)
    }

    /// The value as compact JSON text.
    pub fn to_text(&self) -> String {
        let mut text = String::new();
        self.write(&mut text);
        text
    }

    /// Appends the value as compact JSON text to `out`.
    pub(crate) fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(true) => out.push_str("true"),
            Json::Bool(false) => out.push_str("false"),
            Json::Number(number) => out.push_str(number),
            Json::String(text) => write_string(text, out),
            Json::Array(items) => {
                out.push('[');
                for (at, item) in items.iter().enumerate() {
                    if at > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Json::Object(fields) => {
                out.push('{');
                for (at, (name, value)) in fields.iter().enumerate() {
                    if at > 0 {
                        out.push(',');
                    }
                    write_string(name, out);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }

    /// The same value owning all its text.
    pub fn into_owned(self) -> Json<'static> {
        match self {
            Json::Null => Json::Null,
            Json::Bool(value) => Json::Bool(value),
            Json::Number(number) => Json::Number(Cow::Owned(number.into_owned())),
            Json::String(text) => Json::String(Cow::Owned(text.into_owned())),
            Json::Array(items) => Json::Array(items.into_iter().map(Json::into_owned).collect()),
            Json::Object(fields) => Json::Object(
                fields
                    .into_iter()
                    .map(|(name, value)| (Cow::Owned(name.into_owned()), value.into_owned()))
                    .collect(),
            ),
        }
    }

    /// The field called `name` of an object (`None` for a missing field or a value that is not an object).
    pub fn field(&self, name: &str) -> Option<&Json<'a>> {
        match self {
            Json::Object(fields) => fields
                .iter()
                .find(|(field, _)| field == name)
                .map(|(_, value)| value),
            _ => None,
        }
    }
}

/// A string as `serde_json` writes it: quotes and backslashes escaped, control characters as `\n`, `\t`, … or
/// `\u00XX`, everything else as it is.
pub(crate) fn write_string(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' => {
                write!(out, "\\u{:04x}", u32::from(c)).expect("writing to a String");
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

struct Reader<'a> {
    text: &'a str,
    /// A byte offset; always on a character boundary, as it only ever stops at ASCII bytes or a string's end.
    at: usize,
}

impl<'a> Reader<'a> {
    /// What is wrong with the text, in the words `parser_words` gives serde's refusals: a person needs to know the
    /// text is broken, not a position in it.
    fn problem(&self, what: &str) -> String {
        format!("a character is out of place, so the text is not valid JSON: {what}")
    }

    fn ends_early(&self) -> String {
        ENDS_EARLY.to_string()
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    fn expect(&mut self, byte: u8, what: &str) -> Result<(), String> {
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.unexpected(what))
        }
    }

    fn unexpected(&self, wanted: &str) -> String {
        match self.peek() {
            None => self.ends_early(),
            Some(_) => self.problem(&format!("{wanted} belongs here")),
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json<'a>, String> {
        if depth > MAX_DEPTH {
            return Err(self.problem("the data is nested too deeply"));
        }
        match self.peek() {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Json::String),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.unexpected("a value")),
        }
    }

    fn literal(&mut self, word: &str, value: Json<'a>) -> Result<Json<'a>, String> {
        if self.text[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.problem("an unknown word"))
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at - start
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, kept as text.
    fn number(&mut self) -> Result<Json<'a>, String> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.unexpected("a digit")),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return Err(self.unexpected("a digit"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err(self.unexpected("a digit"));
            }
        }
        Ok(Json::Number(Cow::Borrowed(&self.text[start..self.at])))
    }

    fn string(&mut self) -> Result<Cow<'a, str>, String> {
        self.expect(b'"', "a quoted name")?;
        let text = self.text;
        // The usual case: no escape before the closing quote, so the text is borrowed as it stands.
        let start = self.at;
        if let Some(run) = text.as_bytes()[start..]
            .iter()
            .position(|&byte| byte == b'"' || byte == b'\\' || byte < b' ')
        {
            if text.as_bytes()[start + run] == b'"' {
                self.at = start + run + 1;
                return Ok(Cow::Borrowed(&text[start..start + run]));
            }
        }
        let mut out = String::new();
        loop {
            let rest = &text.as_bytes()[self.at..];
            let run = rest
                .iter()
                .position(|&byte| byte == b'"' || byte == b'\\' || byte < b' ')
                .ok_or_else(|| {
                    self.at = text.len();
                    self.ends_early()
                })?;
            out.push_str(&text[self.at..self.at + run]);
            self.at += run;
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(Cow::Owned(out));
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escaped = self.peek();
                    self.at += 1;
                    match escaped {
                        Some(b'"') => out.push('"'),
                        Some(b'\\') => out.push('\\'),
                        Some(b'/') => out.push('/'),
                        Some(b'b') => out.push('\u{8}'),
                        Some(b'f') => out.push('\u{c}'),
                        Some(b'n') => out.push('\n'),
                        Some(b'r') => out.push('\r'),
                        Some(b't') => out.push('\t'),
                        Some(b'u') => out.push(self.unicode_escape()?),
                        _ => {
                            self.at -= 1;
                            return Err(self.problem("an unknown escape in a text"));
                        }
                    }
                }
                _ => return Err(self.problem("a control character inside a text")),
            }
        }
    }

    /// After `\u`: four hex digits, and for a surrogate pair the `\uXXXX` of its second half.
    fn unicode_escape(&mut self) -> Result<char, String> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if !self.text[self.at..].starts_with("\\u") {
                    return Err(self.problem(HALF_A_CHARACTER));
                }
                self.at += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.problem(HALF_A_CHARACTER));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(self.problem(HALF_A_CHARACTER)),
            code => code,
        };
        char::from_u32(code).ok_or_else(|| self.problem("an impossible character in a text"))
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self
            .text
            .get(self.at..self.at + 4)
            .filter(|digits| digits.bytes().all(|byte| byte.is_ascii_hexdigit()))
            .ok_or_else(|| self.problem("an unfinished \\u escape in a text"))?;
        self.at += 4;
        u32::from_str_radix(digits, 16).map_err(|_| self.problem("an unfinished \\u escape"))
    }

    fn array(&mut self, depth: usize) -> Result<Json<'a>, String> {
        self.expect(b'[', "[")?;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Json::Array(items));
        }
        loop {
            self.skip_space();
            items.push(self.value(depth + 1)?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Json::Array(items));
                }
                _ => return Err(self.unexpected("a comma or ]")),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json<'a>, String> {
        self.expect(b'{', "{")?;
        let mut fields = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Json::Object(fields));
        }
        loop {
            self.skip_space();
            let name = self.string()?;
            self.skip_space();
            self.expect(b':', "a colon")?;
            self.skip_space();
            let value = self.value(depth + 1)?;
            fields.push((name, value));
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Json::Object(fields));
                }
                _ => return Err(self.unexpected("a comma or }")),
            }
        }
    }
}
