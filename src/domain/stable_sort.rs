//! One stable sort for the whole app: the diary's headaches, notes and periods by time, insights and report lines
//! by importance, the self-check's findings by urgency.
//!
//! Why not `slice::sort_by_key`: the standard library builds a separate copy of its sort (driftsort, about 4 KB of
//! WebAssembly) for every element type, and the app sorted a dozen types, so a phone downloaded the same algorithm
//! a dozen times. Here one merge sort, compiled once, orders positions through a comparison it is handed; the
//! per-type part only moves the items into that order. It is stable like the standard one (equal keys keep their
//! order) and O(n log n), so a ten-year diary sorts as quickly.

use std::cmp::Ordering;

/// Sorts `items` by `key`, keeping items with equal keys in their order (as `slice::sort_by_key` does).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` by `compare`, keeping items that compare equal in their order (as `slice::sort_by` does).
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    let goes_after = |a: usize, b: usize| compare(&items[a], &items[b]) == Ordering::Greater;
    merge_sort_positions(&mut order, &goes_after);
    put_in_order(items, order);
}

/// Sorts positions with a bottom-up merge sort: runs of 1, 2, 4, … merged pairwise, taking from the left run
/// unless its item goes after the right one, which keeps equal items in their order.
fn merge_sort_positions(order: &mut Vec<usize>, goes_after: &dyn Fn(usize, usize) -> bool) {
    let len = order.len();
    let mut merged = vec![0; len];
    let mut width = 1;
    while width < len {
        let mut start = 0;
        while start < len {
            let middle = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            let (mut left, mut right) = (start, middle);
            for slot in &mut merged[start..end] {
                let take_right =
                    left == middle || (right < end && goes_after(order[left], order[right]));
                if take_right {
                    *slot = order[right];
                    right += 1;
                } else {
                    *slot = order[left];
                    left += 1;
                }
            }
            start = end;
        }
        std::mem::swap(order, &mut merged);
        width *= 2;
    }
}

/// Moves `items` so that position `i` holds what was at `order[i]`, following each cycle of the permutation once.
fn put_in_order<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        // A position already holding its item (alone, or placed with an earlier cycle) points at itself, so the
        // walk below stops at once; otherwise it goes round the cycle back to `start`.
        let mut current = start;
        while order[current] != start {
            let next = order[current];
            items.swap(current, next);
            order[current] = current;
            current = next;
        }
        order[current] = current;
    }
}

#[cfg(test)]
mod tests {
    use super::{sort_by, sort_by_key};

    #[test]
    fn sort_by_key_orders_like_the_standard_stable_sort_for_every_short_list() {
        // Every list of up to 7 (key, position) pairs with keys 0..3: equal keys must keep their positions' order.
        for len in 0..=7u32 {
            for code in 0..3u32.pow(len) {
                let mut items: Vec<(u32, u32)> =
                    (0..len).map(|i| ((code / 3u32.pow(i)) % 3, i)).collect();
                let mut expected = items.clone();
                expected.sort_by_key(|item| item.0);
                sort_by_key(&mut items, |item| item.0);
                assert_eq!(items, expected);
            }
        }
    }

    #[test]
    fn sort_by_orders_long_lists_like_the_standard_stable_sort() {
        // Lengths around powers of two, with many equal keys, in a fixed pseudo-random order.
        let mut seed = 12_345u64;
        for len in [31usize, 32, 33, 100, 1_000, 3_653] {
            let mut items: Vec<(u64, usize)> = (0..len)
                .map(|position| {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    ((seed >> 33) % 50, position)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|item| std::cmp::Reverse(item.0));
            sort_by(&mut items, |a, b| b.0.cmp(&a.0));
            assert_eq!(items, expected, "length {len}");
        }
    }
}
