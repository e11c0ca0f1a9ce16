//! A set of one of the diary's small lists of choices: a headache's symptoms, where it hurts and how, its
//! triggers and aura, a day's medicine classes, a treatment's kinds.
//!
//! Why not `BTreeSet`: every element type gets its own copy of the B-tree's code (inserting, removing with
//! rebalancing, cloning, dropping, walking), about 3 KB of WebAssembly each, for sets that hold at most a few
//! dozen known values. Here a set is one word of bits, one per value in the type's list, and behaves as the
//! `BTreeSet` it replaces: values come out in the type's order, a value is held once, an empty set is empty. It is
//! stored and sent exactly as before (a list in that order), so every saved diary and backup reads unchanged.

use std::fmt;
use std::marker::PhantomData;

/// A kind of value an [`EnumSet`] holds: all its values, in the type's own order (at most 64).
pub trait Choice: Copy + Ord + 'static {
    /// Every value, in the order `Ord` gives (the tests check each list is complete and in order).
    const IN_ORDER: &'static [Self];
}

/// A set of `T` values (see the module's notes).
pub struct EnumSet<T> {
    bits: u64,
    of: PhantomData<T>,
}

impl<T: Choice> EnumSet<T> {
    /// The empty set.
    pub const fn new() -> Self {
        EnumSet {
            bits: 0,
            of: PhantomData,
        }
    }

    fn bit(value: &T) -> u64 {
        // Every value is in the list (the tests check each type's list against its `ALL`), so the fallback is
        // never used; it only keeps the shift inside a u64.
        let position = T::IN_ORDER.iter().position(|v| v == value);
        debug_assert!(
            position.is_some(),
            "a value missing from its type's IN_ORDER"
        );
        1 << position.unwrap_or(63)
    }

    /// Adds `value`; `false` if it was already there.
    pub fn insert(&mut self, value: T) -> bool {
        let bit = Self::bit(&value);
        let added = self.bits & bit == 0;
        self.bits |= bit;
        added
    }

    /// Takes `value` out; `false` if it was not there.
    pub fn remove(&mut self, value: &T) -> bool {
        let bit = Self::bit(value);
        let held = self.bits & bit != 0;
        self.bits &= !bit;
        held
    }

    /// Whether `value` is in the set.
    pub fn contains(&self, value: &T) -> bool {
        self.bits & Self::bit(value) != 0
    }

    /// How many values the set holds.
    pub fn len(&self) -> usize {
        self.bits.count_ones() as usize
    }

    /// Whether the set holds nothing.
    pub fn is_empty(&self) -> bool {
        self.bits == 0
    }

    /// The values, in the type's order.
    pub fn iter(&self) -> Iter<T> {
        Iter {
            bits: self.bits,
            next: 0,
            of: PhantomData,
        }
    }

    /// The first value in the type's order, if any.
    pub fn first(&self) -> Option<&'static T> {
        self.iter().next()
    }

    /// Whether the two sets have no value in common.
    pub fn is_disjoint(&self, other: &Self) -> bool {
        self.bits & other.bits == 0
    }

    /// Keeps only the values `keep` says yes to.
    pub fn retain(&mut self, mut keep: impl FnMut(&T) -> bool) {
        for value in T::IN_ORDER {
            if !keep(value) {
                self.remove(value);
            }
        }
    }
}

impl<T: Choice> Default for EnumSet<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T> Clone for EnumSet<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for EnumSet<T> {}

impl<T> PartialEq for EnumSet<T> {
    fn eq(&self, other: &Self) -> bool {
        self.bits == other.bits
    }
}

impl<T> Eq for EnumSet<T> {}

impl<T: Choice + fmt::Debug> fmt::Debug for EnumSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<T: Choice> FromIterator<T> for EnumSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(values: I) -> Self {
        let mut set = Self::new();
        set.extend(values);
        set
    }
}

impl<T: Choice> Extend<T> for EnumSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, values: I) {
        for value in values {
            self.insert(value);
        }
    }
}

impl<T: Choice, const N: usize> From<[T; N]> for EnumSet<T> {
    fn from(values: [T; N]) -> Self {
        values.into_iter().collect()
    }
}

/// The values of an [`EnumSet`], in the type's order.
#[derive(Clone)]
pub struct Iter<T> {
    bits: u64,
    next: usize,
    of: PhantomData<T>,
}

impl<T: Choice> Iterator for Iter<T> {
    type Item = &'static T;
    fn next(&mut self) -> Option<&'static T> {
        while self.next < T::IN_ORDER.len() {
            let position = self.next;
            self.next += 1;
            if self.bits & (1 << position) != 0 {
                return T::IN_ORDER.get(position);
            }
        }
        None
    }
}

impl<T: Choice> IntoIterator for &EnumSet<T> {
    type Item = &'static T;
    type IntoIter = Iter<T>;
    fn into_iter(self) -> Iter<T> {
        self.iter()
    }
}

impl<T: Choice> IntoIterator for EnumSet<T> {
    type Item = T;
    type IntoIter = std::iter::Copied<Iter<T>>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter().copied()
    }
}

/// Written as the list `BTreeSet` wrote (its values in order).
impl<T: Choice + serde::Serialize> serde::Serialize for EnumSet<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

/// Read from a list as `BTreeSet` read it: any order, a value given twice held once.
impl<'de, T: Choice + serde::Deserialize<'de>> serde::Deserialize<'de> for EnumSet<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Vec::<T>::deserialize(deserializer)?.into_iter().collect())
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::diary::{
        AuraKind, MedicineClass, PainLocation, PainQuality, PreventiveClass, Symptom, Trigger,
    };
    use proptest::prelude::*;
    use std::collections::BTreeSet;

    /// A list in strictly increasing order holds each value once, in the order a `BTreeSet` gives; it holds
    /// every value of the type's `ALL`.
    fn in_order<T: Choice + fmt::Debug>(all: &[T]) {
        assert_eq!(T::IN_ORDER.len(), all.len(), "{:?}", T::IN_ORDER);
        assert!(
            all.iter().all(|value| T::IN_ORDER.contains(value)),
            "{:?}",
            T::IN_ORDER
        );
        assert!(T::IN_ORDER.len() <= 64, "{:?}", T::IN_ORDER);
        assert!(
            T::IN_ORDER.windows(2).all(|pair| pair[0] < pair[1]),
            "{:?} is not in the type's order",
            T::IN_ORDER
        );
    }

    #[test]
    fn every_choice_lists_its_values_once_in_their_order() {
        in_order::<Symptom>(&Symptom::ALL);
        in_order::<PainLocation>(&PainLocation::ALL);
        in_order::<PainQuality>(&PainQuality::ALL);
        in_order::<Trigger>(&Trigger::ALL);
        in_order::<AuraKind>(&AuraKind::ALL);
        in_order::<MedicineClass>(&MedicineClass::ALL);
        in_order::<PreventiveClass>(&PreventiveClass::ALL);
    }

    #[derive(Debug, Clone)]
    enum Step {
        Insert(usize),
        Remove(usize),
        Retain(usize),
    }

    fn steps() -> impl Strategy<Value = Vec<Step>> {
        prop::collection::vec(
            prop_oneof![
                (0usize..18).prop_map(Step::Insert),
                (0usize..18).prop_map(Step::Remove),
                (0usize..18).prop_map(Step::Retain),
            ],
            0..40,
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        /// The same steps on an `EnumSet` and on the `BTreeSet` it replaces leave the same values, answer the
        /// same, and write the same JSON (so stored diaries are unchanged).
        #[test]
        fn an_enum_set_behaves_as_the_btree_set_it_replaces(steps in steps(), probe in 0usize..18) {
            let mut set = EnumSet::<Trigger>::new();
            let mut reference = BTreeSet::<Trigger>::new();
            for step in steps {
                match step {
                    Step::Insert(at) => {
                        let value = Trigger::ALL[at];
                        prop_assert_eq!(set.insert(value), reference.insert(value));
                    }
                    Step::Remove(at) => {
                        let value = Trigger::ALL[at];
                        prop_assert_eq!(set.remove(&value), reference.remove(&value));
                    }
                    Step::Retain(at) => {
                        let cut = Trigger::ALL[at];
                        set.retain(|value| *value < cut);
                        reference.retain(|value| *value < cut);
                    }
                }
                prop_assert_eq!(set.iter().copied().collect::<Vec<_>>(), reference.iter().copied().collect::<Vec<_>>());
                prop_assert_eq!(set.len(), reference.len());
                prop_assert_eq!(set.is_empty(), reference.is_empty());
                prop_assert_eq!(set.first(), reference.first());
                prop_assert_eq!(set.contains(&Trigger::ALL[probe]), reference.contains(&Trigger::ALL[probe]));
            }
            prop_assert_eq!(serde_json::to_string(&set).unwrap(), serde_json::to_string(&reference).unwrap());
            let other: EnumSet<Trigger> = [Trigger::ALL[probe]].into();
            prop_assert_eq!(set.is_disjoint(&other), reference.is_disjoint(&BTreeSet::from([Trigger::ALL[probe]])));
            prop_assert_eq!(set.into_iter().collect::<Vec<_>>(), reference.into_iter().collect::<Vec<_>>());
        }

        /// Read from any list as serde reads a `BTreeSet`: any order, repeats held once, the same refusals.
        #[test]
        fn an_enum_set_reads_any_list_as_a_btree_set_does(picks in prop::collection::vec(0usize..12, 0..20)) {
            let names: Vec<String> = picks
                .iter()
                .map(|&at| {
                    Symptom::ALL
                        .get(at)
                        .map_or_else(|| "\"not-a-symptom\"".to_string(), |s| serde_json::to_string(s).unwrap())
                })
                .collect();
            let text = format!("[{}]", names.join(","));
            let read = serde_json::from_str::<EnumSet<Symptom>>(&text).ok();
            let reference = serde_json::from_str::<BTreeSet<Symptom>>(&text).ok();
            prop_assert_eq!(
                read.map(|set| set.iter().copied().collect::<Vec<_>>()),
                reference.map(|set| set.into_iter().collect::<Vec<_>>())
            );
        }
    }
}
