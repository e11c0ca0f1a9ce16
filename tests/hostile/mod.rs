//! Hostile inputs shared by the native property tests and the browser test: mutations of valid stored or
//! exported text (bit flips, byte inserts and deletes, truncation, splicing, duplicated keys, odd tokens, deep
//! nesting). Pure and target-independent, so proptest (native) and a seeded PRNG (wasm, where proptest is not
//! available) drive the very same mutations.
#![allow(dead_code)] // each test file uses its own subset

#[cfg(not(target_arch = "wasm32"))]
pub mod strategies;

/// Tokens a damaged or hand-edited file plausibly holds where a value or some punctuation was.
pub const TOKENS: &[&str] = &[
    "\"",
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "null",
    "true",
    "-1",
    "0",
    "99",
    "1e400",
    "-0",
    "18446744073709551616",
    "-9223372036854775809",
    "1.5",
    "\"\\ud800\"",
    "\"\\u0000\"",
    "\"\u{202e}\u{feff}\u{0301}😀\"",
    "\"2026-02-30T10:00\"",
    "\"-262143-01-01T00:00\"",
    "\"+262142-12-31T23:59\"",
    "\"-262143-01-01\"",
    "\"+262142-12-31\"",
    "\"0000-01-01T00:00\"",
    "\"2026-03-01T10:00:59.999999999\"",
    "{\"version\":99,\"data\":{}}",
    "{\"version\":0,\"data\":{}}",
    "{\"version\":1,\"data\":[]}",
];

/// One change to a text. Positions are fractions of the text's length (in 1/65536ths), so the same mutation
/// means something for any text.
#[derive(Debug, Clone)]
pub enum Mutation {
    /// Flips one bit of one byte.
    BitFlip { at: u16, bit: u8 },
    /// Inserts one byte.
    Insert { at: u16, byte: u8 },
    /// Deletes up to `len` bytes.
    Delete { at: u16, len: u8 },
    /// Cuts the text there.
    Truncate { at: u16 },
    /// Replaces up to `len` bytes with the same number of bytes taken from another text (another fixture).
    Splice { at: u16, from: u16, len: u16 },
    /// Writes one object key (with its value) twice.
    DuplicateKey { which: u16 },
    /// Puts a token from [`TOKENS`] in place of up to `len` bytes.
    Token { at: u16, token: u8, len: u8 },
    /// Inserts `depth` opening brackets (and, if `closed`, as many closing ones after them).
    Nest { at: u16, depth: u16, closed: bool },
}

fn position(len: usize, at: u16) -> usize {
    len * usize::from(at) / 65536
}

/// `text` with every mutation applied in turn; `other` is what [`Mutation::Splice`] copies from. The bytes
/// may no longer be UTF-8: callers turn them into a string the way a browser reads a file (lossily).
pub fn mutate(text: &[u8], mutations: &[Mutation], other: &[u8]) -> Vec<u8> {
    let mut bytes = text.to_vec();
    for mutation in mutations {
        apply(&mut bytes, mutation, other);
    }
    bytes
}

/// As a string, with invalid UTF-8 replaced (what `File.text()` does with the bytes of a damaged file).
pub fn mutate_to_string(text: &str, mutations: &[Mutation], other: &str) -> String {
    String::from_utf8_lossy(&mutate(text.as_bytes(), mutations, other.as_bytes())).into_owned()
}

fn apply(bytes: &mut Vec<u8>, mutation: &Mutation, other: &[u8]) {
    let len = bytes.len();
    match *mutation {
        Mutation::BitFlip { at, bit } => {
            if len > 0 {
                let i = position(len, at).min(len - 1);
                bytes[i] ^= 1 << (bit % 8);
            }
        }
        Mutation::Insert { at, byte } => bytes.insert(position(len, at), byte),
        Mutation::Delete { at, len: n } => {
            let start = position(len, at);
            let end = (start + usize::from(n.max(1))).min(len);
            bytes.drain(start..end);
        }
        Mutation::Truncate { at } => bytes.truncate(position(len, at)),
        Mutation::Splice { at, from, len: n } => {
            if other.is_empty() {
                return;
            }
            let start = position(len, at);
            let from = position(other.len(), from);
            let n = usize::from(n % 512)
                .min(other.len() - from)
                .min(len - start);
            bytes.splice(start..start + n, other[from..from + n].iter().copied());
        }
        Mutation::DuplicateKey { which } => duplicate_key(bytes, which),
        Mutation::Token { at, token, len: n } => {
            let start = position(len, at);
            let end = (start + usize::from(n % 16)).min(len);
            let token = TOKENS[usize::from(token) % TOKENS.len()].as_bytes();
            bytes.splice(start..end, token.iter().copied());
        }
        Mutation::Nest { at, depth, closed } => {
            let start = position(len, at);
            let depth = usize::from(depth % 4096);
            let mut nest = vec![b'['; depth];
            if closed {
                nest.extend(std::iter::repeat_n(b']', depth));
            }
            bytes.splice(start..start, nest);
        }
    }
}

/// The byte offsets where an object key starts: a `"` after `{` or `,` (whitespace between), outside strings.
fn key_starts(bytes: &[u8]) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut in_string = false;
    let mut escaped = false;
    let mut last_punct = 0u8;
    for (i, &b) in bytes.iter().enumerate() {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => {
                if last_punct == b'{' || last_punct == b',' {
                    starts.push(i);
                }
                in_string = true;
                last_punct = b'"';
            }
            b' ' | b'\n' | b'\r' | b'\t' => {}
            other => last_punct = other,
        }
    }
    starts
}

/// Copies the member starting at one key (`"key": value`) and writes it again just before itself.
fn duplicate_key(bytes: &mut Vec<u8>, which: u16) {
    let starts = key_starts(bytes);
    if starts.is_empty() {
        return;
    }
    let start = starts[usize::from(which) % starts.len()];
    let mut depth = 0i32;
    let mut in_string = false;
    let mut escaped = false;
    let mut end = bytes.len();
    for (i, &b) in bytes.iter().enumerate().skip(start) {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => depth += 1,
            b'}' | b']' if depth == 0 => {
                end = i;
                break;
            }
            b'}' | b']' => depth -= 1,
            b',' if depth == 0 => {
                end = i;
                break;
            }
            _ => {}
        }
    }
    let mut member = bytes[start..end].to_vec();
    member.push(b',');
    bytes.splice(start..start, member);
}

/// A tiny deterministic PRNG (SplitMix64) for the browser test, where proptest does not run.
pub struct SplitMix(pub u64);

impl SplitMix {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn u16(&mut self) -> u16 {
        (self.next_u64() >> 48) as u16
    }

    fn u8(&mut self) -> u8 {
        (self.next_u64() >> 56) as u8
    }

    /// One to four mutations, weighted towards the small ones that keep most of the file valid (and so reach
    /// deeper into the decoder).
    pub fn mutations(&mut self) -> Vec<Mutation> {
        let count = 1 + (self.next_u64() % 4) as usize;
        (0..count)
            .map(|_| match self.next_u64() % 10 {
                0 | 1 => Mutation::BitFlip {
                    at: self.u16(),
                    bit: self.u8(),
                },
                2 => Mutation::Insert {
                    at: self.u16(),
                    byte: self.u8(),
                },
                3 => Mutation::Delete {
                    at: self.u16(),
                    len: self.u8() % 16,
                },
                4 => Mutation::Truncate { at: self.u16() },
                5 => Mutation::Splice {
                    at: self.u16(),
                    from: self.u16(),
                    len: self.u16(),
                },
                6 => Mutation::DuplicateKey { which: self.u16() },
                7 | 8 => Mutation::Token {
                    at: self.u16(),
                    token: self.u8(),
                    len: self.u8(),
                },
                _ => Mutation::Nest {
                    at: self.u16(),
                    depth: self.u16(),
                    closed: self.u8().is_multiple_of(2),
                },
            })
            .collect()
    }
}
