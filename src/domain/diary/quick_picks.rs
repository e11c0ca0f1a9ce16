//! What the headache form offers as one-tap chips, read from the diary: the medicines and own triggers the person
//! has used before. Queries on the model, so the form and any other view ask the diary the same way.

use super::{Diary, MedicineClass, MedicineDose};
use crate::domain::letter_case::same_but_case;
use crate::domain::stable_sort::sort_by_key;

/// A medicine offered as a one-tap chip.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuickMedicine {
    /// The name.
    pub name: String,
    /// The dose text last used (may be empty).
    pub dose: String,
    /// Its class.
    pub class: MedicineClass,
}

/// At most this many medicines from the diary are offered as chips.
pub const QUICK_MEDICINES_MAX: usize = 6;

/// Medicines the person has logged before (newest use first, each name once), or common ones while the diary has
/// none yet.
pub(super) fn quick_medicines(diary: &Diary) -> Vec<QuickMedicine> {
    let mut doses: Vec<&MedicineDose> = diary
        .attacks()
        .iter()
        .flat_map(|attack| attack.medicines.iter())
        .chain(
            diary
                .day_notes()
                .iter()
                .flat_map(|note| note.medicines.iter()),
        )
        .collect();
    sort_by_key(&mut doses, |dose| std::cmp::Reverse(dose.taken_at));
    let mut picks: Vec<QuickMedicine> = Vec::new();
    for dose in doses {
        let name = dose.name.trim();
        if name.is_empty() || picks.iter().any(|p| same_but_case(&p.name, name)) {
            continue;
        }
        picks.push(QuickMedicine {
            name: name.to_string(),
            dose: dose.dose.clone(),
            class: dose.class,
        });
        if picks.len() == QUICK_MEDICINES_MAX {
            break;
        }
    }
    if picks.is_empty() {
        picks = [
            ("Paracetamol", MedicineClass::SimpleAnalgesic),
            ("Ibuprofen", MedicineClass::SimpleAnalgesic),
            ("Aspirin", MedicineClass::SimpleAnalgesic),
            ("Sumatriptan", MedicineClass::Triptan),
        ]
        .into_iter()
        .map(|(name, class)| QuickMedicine {
            name: name.into(),
            dose: String::new(),
            class,
        })
        .collect();
    }
    picks
}

/// Own triggers the person has used before, for one-tap chips: their list first, then ones noted on attacks
/// (newest first), then `also` (what a form holds now); each once, ignoring case.
pub(super) fn known_own_triggers(diary: &Diary, also: &[String]) -> Vec<String> {
    let mut known: Vec<String> = Vec::new();
    let listed = diary.own_triggers().iter();
    let used = diary
        .attacks()
        .iter()
        .rev()
        .flat_map(|attack| attack.own_triggers.iter());
    for name in listed.chain(used).chain(also.iter()) {
        let name = name.trim();
        if !name.is_empty() && !known.iter().any(|k| same_but_case(k, name)) {
            known.push(name.to_string());
        }
    }
    known
}

impl Diary {
    /// Medicines the person has logged before (newest use first, each name once, at most
    /// [`QUICK_MEDICINES_MAX`]), or common ones while the diary has none yet.
    pub fn quick_medicines(&self) -> Vec<QuickMedicine> {
        quick_medicines(self)
    }

    /// Own triggers the person has used before, then `also`; each once, ignoring case.
    pub fn known_own_triggers(&self, also: &[String]) -> Vec<String> {
        known_own_triggers(self, also)
    }
}
