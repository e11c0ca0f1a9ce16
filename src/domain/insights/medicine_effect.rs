//! How each medicine worked, as the person noted it: doses in a span, how many did not help, helped a bit or
//! took the pain away, and the median time to relief.

use super::period::DateRange;
use crate::domain::dates;
use crate::domain::diary::{Diary, MedicineClass, MedicineDose, MedicineEffect};
use crate::domain::letter_case::fold_case;
use crate::domain::sorted_map::SortedMap;
use crate::domain::stable_sort::{sort_by, sort_by_key};

/// One medicine's record (names matched ignoring case and outer spaces).
#[derive(Debug, Clone, PartialEq)]
pub struct MedicineEffectSummary {
    /// The name as first written.
    pub name: String,
    /// The class of its latest dose.
    pub class: MedicineClass,
    /// Doses taken in the span.
    pub doses: u32,
    /// "Did not help".
    pub no_relief: u32,
    /// "Helped a bit".
    pub some_relief: u32,
    /// "Took the pain away".
    pub complete_relief: u32,
    /// Not filled in.
    pub not_noted: u32,
    /// How many doses have a time to relief.
    pub timed_doses: u32,
    /// The median minutes to relief of those doses (the mean of the middle two when even).
    pub median_relief_minutes: Option<f64>,
}

impl MedicineEffectSummary {
    /// "Sumatriptan: 9 doses — took the pain away 5, helped a bit 2, did not help 1, not noted 1; typical time to
    /// relief 45 min."
    pub fn plain_sentence(&self) -> String {
        let doses = if self.doses == 1 {
            "1 dose".to_string()
        } else {
            format!("{} doses", self.doses)
        };
        let mut parts = Vec::new();
        for (count, effect) in [
            (self.complete_relief, MedicineEffect::CompleteRelief),
            (self.some_relief, MedicineEffect::SomeRelief),
            (self.no_relief, MedicineEffect::NoRelief),
            (self.not_noted, MedicineEffect::NotNoted),
        ] {
            if count > 0 {
                parts.push(format!("{} {count}", effect.label()));
            }
        }
        let relief = match self.median_relief_minutes {
            Some(minutes) => format!(
                "; typical time to relief {}",
                dates::format_duration(minutes.round() as i64)
            ),
            None => String::new(),
        };
        format!("{}: {doses} — {}{relief}.", self.name, parts.join(", "))
    }
}

fn median(mut values: Vec<u32>) -> Option<f64> {
    sort_by_key(&mut values, |value| *value);
    let mid = values.len() / 2;
    match values.len() {
        0 => None,
        n if n % 2 == 1 => values.get(mid).map(|&v| f64::from(v)),
        _ => match (values.get(mid - 1), values.get(mid)) {
            (Some(&a), Some(&b)) => Some((f64::from(a) + f64::from(b)) / 2.0),
            _ => None,
        },
    }
}

/// Every dose taken in `range` (by the day it was taken), from attacks and day notes.
pub(crate) fn doses_in(diary: &Diary, range: DateRange) -> Vec<&MedicineDose> {
    // A dose may be taken up to a day before its attack starts, so look one day further ahead.
    let ahead = range.last().succ_opt().unwrap_or(range.last());
    let attacks = diary
        .attacks_touching(range.first(), ahead)
        .iter()
        .flat_map(|attack| attack.medicines.iter());
    let notes = diary
        .day_notes_between(range.first(), range.last())
        .iter()
        .flat_map(|note| note.medicines.iter());
    attacks
        .chain(notes)
        .filter(|dose| range.contains(dose.taken_at.date()))
        .collect()
}

/// One summary per medicine taken in `range`, most doses first (ties by name).
pub fn medicine_effects(diary: &Diary, range: DateRange) -> Vec<MedicineEffectSummary> {
    let mut doses = doses_in(diary, range);
    sort_by_key(&mut doses, |dose| dose.taken_at);
    let mut by_name: SortedMap<String, (MedicineEffectSummary, Vec<u32>)> = SortedMap::new();
    for dose in doses {
        let key = fold_case(dose.name.trim());
        let (summary, minutes) = by_name.entry_or_insert_with(key, || {
            (
                MedicineEffectSummary {
                    name: dose.name.trim().to_string(),
                    class: dose.class,
                    doses: 0,
                    no_relief: 0,
                    some_relief: 0,
                    complete_relief: 0,
                    not_noted: 0,
                    timed_doses: 0,
                    median_relief_minutes: None,
                },
                Vec::new(),
            )
        });
        summary.class = dose.class;
        summary.doses += 1;
        match dose.effect {
            MedicineEffect::NoRelief => summary.no_relief += 1,
            MedicineEffect::SomeRelief => summary.some_relief += 1,
            MedicineEffect::CompleteRelief => summary.complete_relief += 1,
            MedicineEffect::NotNoted => summary.not_noted += 1,
        }
        if let Some(relief) = dose.relief_after_minutes {
            minutes.push(relief);
        }
    }
    let mut summaries: Vec<MedicineEffectSummary> = by_name
        .into_values()
        .map(|(mut summary, minutes)| {
            summary.timed_doses = u32::try_from(minutes.len()).unwrap_or(u32::MAX);
            summary.median_relief_minutes = median(minutes);
            summary
        })
        .collect();
    sort_by(&mut summaries, |a, b| {
        b.doses.cmp(&a.doses).then_with(|| a.name.cmp(&b.name))
    });
    summaries
}
