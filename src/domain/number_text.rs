//! Decimal numbers as the app writes them: an average severity (`6.5`), a chart's coordinates (`112.3`).
//!
//! Written by hand rather than with `format!("{value:.1}")`: Rust's float formatting carries two general
//! algorithms (Grisu with a Dragon4 fallback on big integers) and their tables, about 8 KB of WebAssembly that
//! the app would load for these few numbers. This writes exactly what `{:.0}` and `{:.1}` write for every
//! `f64` (the tests compare the two on millions of values): the exact binary value rounded to the nearest
//! digit, a tie to the even digit, a minus sign on any negative value (`-0.0` too), `NaN` and `inf`.

/// `value` with `decimals` digits after the point (0 or 1; more is written as 1): what `format!("{value:.1}")`
/// (or `{value:.0}`) writes.
pub fn fixed(value: f64, decimals: u8) -> String {
    let decimals = decimals.min(1);
    if value.is_nan() {
        return "NaN".to_string();
    }
    let sign = if value.is_sign_negative() { "-" } else { "" };
    if value.is_infinite() {
        return format!("{sign}inf");
    }
    let scaled = scaled_digits(value.abs(), decimals);
    let (whole, fraction) = if decimals == 0 {
        (scaled.as_str(), "")
    } else {
        // At least two digits, so there is a whole part before the point ("0.5", not ".5").
        let point = scaled.len() - 1;
        (&scaled[..point], &scaled[point..])
    };
    let point = if decimals == 0 { "" } else { "." };
    format!("{sign}{whole}{point}{fraction}")
}

/// The decimal digits of `magnitude × 10^decimals` rounded to a whole number, a tie to the even one, with at
/// least `decimals + 1` digits (leading zeros added).
fn scaled_digits(magnitude: f64, decimals: u8) -> String {
    let bits = magnitude.to_bits();
    let exponent_bits = ((bits >> 52) & 0x7ff) as i32;
    let fraction_bits = bits & ((1 << 52) - 1);
    // magnitude = mantissa × 2^exponent exactly.
    let (mantissa, exponent) = if exponent_bits == 0 {
        (fraction_bits, -1074)
    } else {
        (fraction_bits | (1 << 52), exponent_bits - 1075)
    };
    let scale: u64 = if decimals == 0 { 1 } else { 10 };
    // Below 2^57: both fit a u64, whose writer the app has anyway (a u128's is more code).
    let product = mantissa * scale;
    let digits = if exponent >= 0 {
        whole_digits(product, exponent.unsigned_abs())
    } else {
        let shift = exponent.unsigned_abs();
        // Below 2^-70 of a unit the value is far under half the last digit: it rounds to zero.
        let rounded = if shift > 120 {
            0
        } else {
            let (product, shift) = (u128::from(product), shift);
            let whole = product >> shift;
            let rest = product & ((1u128 << shift) - 1);
            let half = 1u128 << (shift - 1);
            let up = rest > half || (rest == half && whole % 2 == 1);
            // Under 2^57 as `product` is.
            (whole + u128::from(up)) as u64
        };
        rounded.to_string()
    };
    let wanted = usize::from(decimals) + 1;
    if digits.len() < wanted {
        format!("{}{digits}", "0".repeat(wanted - digits.len()))
    } else {
        digits
    }
}

/// The decimal digits of `value × 2^shift`, however large (an `f64` reaches about 1.8 × 10^308).
fn whole_digits(value: u64, shift: u32) -> String {
    if value.leading_zeros() > shift {
        return (value << shift).to_string();
    }
    // Least significant digit first; doubled `shift` times.
    let mut digits: Vec<u8> = value.to_string().bytes().rev().map(|b| b - b'0').collect();
    for _ in 0..shift {
        let mut carry = 0;
        for digit in &mut digits {
            let doubled = *digit * 2 + carry;
            *digit = doubled % 10;
            carry = doubled / 10;
        }
        if carry > 0 {
            digits.push(carry);
        }
    }
    digits.iter().rev().map(|d| char::from(b'0' + d)).collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn both(value: f64) {
        assert_eq!(
            fixed(value, 1),
            format!("{value:.1}"),
            "{value:e} with one decimal"
        );
        assert_eq!(
            fixed(value, 0),
            format!("{value:.0}"),
            "{value:e} with none"
        );
    }

    #[test]
    fn ties_go_to_the_even_digit_as_rust_writes_them() {
        // 6.25 and 0.25 are exact ties; 0.35 is a little under 0.35 in binary, 0.45 a little over.
        for value in [
            6.25, 0.25, 0.75, 0.35, 0.45, 2.5, 3.5, 0.5, 1.05, 9.95, 6.65,
        ] {
            both(value);
        }
        assert_eq!(fixed(6.25, 1), "6.2");
        assert_eq!(fixed(6.75, 1), "6.8");
        assert_eq!(fixed(2.5, 0), "2");
    }

    #[test]
    fn edges_are_written_as_rust_writes_them() {
        for value in [
            0.0,
            -0.0,
            -0.04,
            -0.05,
            f64::MIN_POSITIVE,
            5e-324,
            f64::MAX,
            f64::MIN,
            1e15,
            1e16 + 2.0,
            2f64.powi(64),
            2f64.powi(70) + 2f64.powi(20),
            123_456.789,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
        ] {
            both(value);
        }
    }

    #[test]
    fn every_average_of_up_to_200_severities_reads_as_before() {
        for count in 1..=200u32 {
            for total in 0..=count * 10 {
                both(f64::from(total) / f64::from(count));
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]

        #[test]
        fn any_float_reads_as_rust_writes_it(bits in any::<u64>()) {
            both(f64::from_bits(bits));
        }

        #[test]
        fn chart_sized_numbers_read_as_rust_writes_them(value in -2_000.0f64..2_000.0) {
            both(value);
        }

        #[test]
        fn numbers_near_a_tie_read_as_rust_writes_them(tenths in -20_000i64..20_000, nudge in -4i64..=4) {
            // A multiple of 0.05 (a possible tie) and the floats just around it.
            let value = (tenths as f64 * 0.05).to_bits() as i64 + nudge;
            both(f64::from_bits(value as u64));
        }
    }
}
