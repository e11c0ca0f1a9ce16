//! A small map kept as a list sorted by key: counts per trigger or medicine class, summaries per medicine name.
//!
//! Why not `BTreeMap`: its code (inserting with splits, walking, dropping) is compiled again for every key and value
//! type, 2–3 KB of WebAssembly each, for maps that hold a few dozen entries at most. This finds a key by binary
//! search and inserts into the list, and gives its entries in key order as `BTreeMap` does. Inserting in the
//! middle moves the later entries, so it is for small maps only; the export's table of every day keeps a
//! `BTreeMap`.

/// A map from `K` to `V` with its entries in key order (see the module's notes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortedMap<K, V> {
    entries: Vec<(K, V)>,
}

impl<K: Ord, V> SortedMap<K, V> {
    /// The empty map.
    pub const fn new() -> Self {
        SortedMap {
            entries: Vec::new(),
        }
    }

    /// The value for `key`, made by `make` first if the map has none.
    pub fn entry_or_insert_with(&mut self, key: K, make: impl FnOnce() -> V) -> &mut V {
        let at = match self.entries.binary_search_by(|(k, _)| k.cmp(&key)) {
            Ok(at) => at,
            Err(at) => {
                self.entries.insert(at, (key, make()));
                at
            }
        };
        &mut self.entries[at].1
    }

    /// The value for `key`, a default one first if the map has none.
    pub fn entry_or_default(&mut self, key: K) -> &mut V
    where
        V: Default,
    {
        self.entry_or_insert_with(key, V::default)
    }

    /// The value for `key`, if any.
    pub fn get(&self, key: &K) -> Option<&V> {
        self.entries
            .binary_search_by(|(k, _)| k.cmp(key))
            .ok()
            .map(|at| &self.entries[at].1)
    }

    /// How many keys the map holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the map holds nothing.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    /// The values in key order.
    pub fn into_values(self) -> impl Iterator<Item = V> {
        self.entries.into_iter().map(|(_, v)| v)
    }
}

impl<K: Ord, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K, V> IntoIterator for SortedMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    proptest! {
        /// The same counting on a `SortedMap` and a `BTreeMap` gives the same entries in the same order.
        #[test]
        fn a_sorted_map_counts_as_a_btree_map_does(keys in prop::collection::vec("[a-d]{0,2}", 0..40), probe in "[a-d]{0,2}") {
            let mut map: SortedMap<String, u32> = SortedMap::new();
            let mut reference = BTreeMap::new();
            for key in &keys {
                *map.entry_or_default(key.clone()) += 1u32;
                *reference.entry(key.clone()).or_default() += 1u32;
            }
            prop_assert_eq!(map.len(), reference.len());
            prop_assert_eq!(map.is_empty(), reference.is_empty());
            prop_assert_eq!(map.get(&probe), reference.get(&probe));
            prop_assert_eq!(map.iter().collect::<Vec<_>>(), reference.iter().collect::<Vec<_>>());
            prop_assert_eq!(map.clone().into_values().collect::<Vec<_>>(), reference.clone().into_values().collect::<Vec<_>>());
            prop_assert_eq!(map.into_iter().collect::<Vec<_>>(), reference.into_iter().collect::<Vec<_>>());
        }

        /// A value is made only for a key the map does not hold yet.
        #[test]
        fn a_value_is_made_once_per_key(keys in prop::collection::vec(0u8..6, 0..20)) {
            let mut map = SortedMap::new();
            let mut made = 0;
            for key in keys {
                map.entry_or_insert_with(key, || { made += 1; made });
            }
            prop_assert_eq!(made, map.len());
        }
    }
}
