//! A stable sort for the self-check's short lists (a handful of warning signs, patterns or 8.2 sub-codes).
//!
//! The standard library's stable sort is built for long slices: each element type gets its own copy of driftsort,
//! about 4 KB of WebAssembly apiece, which the self-check's small build (`check/`) downloads on a phone. Insertion
//! sort is a few hundred bytes, stable like the standard one, and for lists this short just as fast.

/// Sorts `items` by `key`, keeping items with equal keys in their order (as `slice::sort_by_key` does).
pub(crate) fn sort_short_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for unsorted in 1..items.len() {
        let mut at = unsorted;
        // Strictly less: an equal key stays behind the ones already placed, which keeps the sort stable.
        while at > 0 && key(&items[at]) < key(&items[at - 1]) {
            items.swap(at, at - 1);
            at -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_short_by_key;

    #[test]
    fn sorts_like_the_standard_stable_sort_for_every_short_list() {
        // Every list of up to 6 (key, position) pairs with keys 0..3: equal keys must keep their positions' order.
        for len in 0..=6u32 {
            for code in 0..3u32.pow(len) {
                let mut items: Vec<(u32, u32)> =
                    (0..len).map(|i| ((code / 3u32.pow(i)) % 3, i)).collect();
                let mut expected = items.clone();
                expected.sort_by_key(|item| item.0);
                sort_short_by_key(&mut items, |item| item.0);
                assert_eq!(items, expected);
            }
        }
    }
}
