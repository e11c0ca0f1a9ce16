//! ICHD-3 (2018) 8.2 Medication-overuse headache: headache on ≥ 15 days a month (A) and regular overuse of acute
//! medicine for > 3 months (B), counted in days a month per class: simple analgesics together ≥ 15 (8.2.3);
//! triptans, ergots, opioids, combination analgesics ≥ 10 each (8.2.1–8.2.5); several classes, none overused
//! alone, ≥ 10 days in total (8.2.6).

use crate::domain::stable_sort::sort_by_key;

use super::answers::{Answers, MedicineAnswers, Quantity, Reply};
use super::features::{
    describe_days, describe_months, headache_days_at_least, MORE_THAN_THREE_MONTHS,
};
use super::findings::{join, Check, Evaluation, Pattern, Subtype};
use super::logic::Tri;

/// ICHD-3 8.2 A: at least 15 headache days a month.
pub const OVERUSE_MIN_HEADACHE_DAYS: u32 = 15;
/// ICHD-3 8.2.3: simple analgesics (paracetamol, aspirin and other NSAIDs, one class) on at least 15 days a month.
pub const SIMPLE_ANALGESIC_MIN_DAYS: u32 = 15;
/// ICHD-3 8.2.1, 8.2.2, 8.2.4, 8.2.5: ergots, triptans, opioids or combination analgesics on at least 10 days.
pub const SPECIFIC_MEDICINE_MIN_DAYS: u32 = 10;
/// ICHD-3 8.2.6: several classes, none overused alone, on at least 10 days a month in total.
pub const MULTIPLE_CLASSES_MIN_DAYS: u32 = 10;

/// The 8.2 check plus what the advice needs to know.
#[derive(Debug, Clone)]
pub(crate) struct OveruseCheck {
    pub(crate) evaluation: Evaluation,
    /// Whether codeine or another opioid is involved (opioid days given, or "yes" to codeine), may be ("not
    /// sure"), or not: the advice not to stop abruptly is worded for each, so "not sure" is never told as fact.
    pub(crate) opioid_involved: Tri,
    /// Medicine days are over a class limit, whatever the headache days.
    pub(crate) medicine_over_limit: Tri,
    /// The ICHD-3 8.2 sub-codes the class days tell (8.2.1–8.2.6).
    pub(crate) subtypes: Vec<Subtype>,
}

/// The 8.2 sub-codes: each class known to be over its own limit has its code (ICHD-3 codes each overused class:
/// 8.2.1 ergots, 8.2.2 triptans, 8.2.3 simple analgesics, 8.2.4 opioids, 8.2.5 combination analgesics). When no
/// class is over its own limit but the days together are (10 or more, and not all simple analgesics), it is 8.2.6,
/// multiple classes not individually overused: distinct from 8.2.5, which is one tablet with several medicines.
/// With a class left "not sure", 8.2.6 is not given: ICHD-3 keeps that case apart (8.2.7, unverified overuse).
fn subtypes(a: &Answers) -> Vec<Subtype> {
    let mut found: Vec<Subtype> = over_own_limit(a).map(|(class, _)| class.subtype).collect();
    // In code order (8.2.1 first), as a doctor reads them.
    sort_by_key(&mut found, |subtype| *subtype);
    let classes = class_days(a);
    let every_class_known = classes
        .iter()
        .all(|q| matches!(q, Some(Quantity::Known(_))));
    let classes_used = classes
        .iter()
        .filter(|q| matches!(q, Some(Quantity::Known(1..))))
        .count();
    if found.is_empty() && every_class_known && classes_used >= 2 && over_limit(a) == Tri::Yes {
        found.push(Subtype::MultipleClasses);
    }
    found
}

/// One class of acute medicine as ICHD-3 8.2 counts it: its days a month, its own limit, its plain name and the
/// sub-code it gives when overused on its own.
struct MedicineClass {
    days: fn(&MedicineAnswers) -> Option<Quantity>,
    limit: u32,
    name: &'static str,
    subtype: Subtype,
}

/// Every class, in the order the explanation names them.
const CLASSES: [MedicineClass; 5] = [
    MedicineClass {
        days: |m| m.simple_days,
        limit: SIMPLE_ANALGESIC_MIN_DAYS,
        name: "simple painkillers",
        subtype: Subtype::SimpleAnalgesicOveruse,
    },
    MedicineClass {
        days: |m| m.triptan_days,
        limit: SPECIFIC_MEDICINE_MIN_DAYS,
        name: "triptans",
        subtype: Subtype::TriptanOveruse,
    },
    MedicineClass {
        days: |m| m.ergot_days,
        limit: SPECIFIC_MEDICINE_MIN_DAYS,
        name: "ergots",
        subtype: Subtype::ErgotamineOveruse,
    },
    MedicineClass {
        days: |m| m.opioid_days,
        limit: SPECIFIC_MEDICINE_MIN_DAYS,
        name: "opioids",
        subtype: Subtype::OpioidOveruse,
    },
    MedicineClass {
        days: |m| m.combination_days,
        limit: SPECIFIC_MEDICINE_MIN_DAYS,
        name: "combined painkillers",
        subtype: Subtype::CombinationAnalgesicOveruse,
    },
];

/// Days a month of each class, in [`CLASSES`]' order.
fn class_days(a: &Answers) -> [Option<Quantity>; 5] {
    CLASSES.map(|class| (class.days)(&a.medicines))
}

/// The classes known to be taken on at least their own limit of days, with those days.
fn over_own_limit(a: &Answers) -> impl Iterator<Item = (&'static MedicineClass, u32)> + '_ {
    CLASSES
        .iter()
        .filter_map(|class| match (class.days)(&a.medicines) {
            Some(Quantity::Known(days)) if days >= class.limit => Some((class, days)),
            _ => None,
        })
}

/// Total medicine days a month as a range: exact when the person gave it; otherwise at least the busiest class
/// and at most the sum of all classes (days may overlap), unbounded when a class is unknown.
fn total_days(a: &Answers) -> (u32, u32) {
    let m = &a.medicines;
    let classes = class_days(a);
    let busiest = classes
        .iter()
        .filter_map(|q| q.and_then(Quantity::known))
        .max()
        .unwrap_or(0);
    match m.any_days {
        // Inconsistent answers (a class on more days than "any medicine") resolve to the larger: the safe side.
        Some(Quantity::Known(total)) => {
            let total = total.max(busiest);
            (total, total)
        }
        Some(Quantity::NotSure) | None => {
            let upper = classes.iter().try_fold(0u32, |sum, q| {
                q.and_then(Quantity::known).map(|d| sum.saturating_add(d))
            });
            (busiest, upper.map_or(u32::MAX, |sum| sum.min(31)))
        }
    }
}

fn range_at_least((low, high): (u32, u32), threshold: u32) -> Tri {
    if low >= threshold {
        Tri::Yes
    } else if high < threshold {
        Tri::No
    } else {
        Tri::Unknown
    }
}

/// Which class limits are crossed, in plain words, for the explanation.
fn reasons(a: &Answers) -> Vec<String> {
    let mut reasons: Vec<String> = over_own_limit(a)
        .map(|(class, days)| {
            format!(
                "{} on {} ({} or more counts)",
                class.name,
                describe_days(Some(Quantity::Known(days))),
                class.limit
            )
        })
        .collect();
    if reasons.is_empty() {
        let (low, _) = total_days(a);
        if low >= MULTIPLE_CLASSES_MIN_DAYS {
            reasons.push(format!(
                "headache medicine on {} in all ({} or more counts when more than one kind is used)",
                describe_days(Some(Quantity::Known(low))),
                MULTIPLE_CLASSES_MIN_DAYS
            ));
        }
    }
    reasons
}

/// ICHD-3 8.2 B without the duration: medicine days over a class limit.
fn over_limit(a: &Answers) -> Tri {
    let m = &a.medicines;
    let none = |q: Option<Quantity>| Tri::number(q, |d| d == 0);
    let total = total_days(a);
    // 10–14 days in total is overuse unless it is all simple analgesics (8.2.3 needs 15): any other single class
    // is then over its own limit of 10, and a mix is 8.2.6.
    let only_simple = Tri::number(m.simple_days, |d| d > 0).and(Tri::all(&[
        none(m.triptan_days),
        none(m.ergot_days),
        none(m.opioid_days),
        none(m.combination_days),
    ]));
    let mut facts: Vec<Tri> = CLASSES
        .iter()
        .map(|class| Tri::number((class.days)(m), |d| d >= class.limit))
        .collect();
    facts.extend([
        // 15 or more days of anything crosses every limit, whether one class or several.
        range_at_least(total, SIMPLE_ANALGESIC_MIN_DAYS),
        range_at_least(total, MULTIPLE_CLASSES_MIN_DAYS).and(only_simple.not()),
    ]);
    Tri::any(&facts)
}

/// Checks ICHD-3 8.2. Criterion A follows the ICHD-3 text (≥ 15 headache days a month in someone with a headache
/// disorder, which anyone with that many headache days has); the "> 3 months" belongs to the medicine use (B).
pub(crate) fn overuse(a: &Answers) -> OveruseCheck {
    let set = Pattern::MedicationOveruse;
    let m = &a.medicines;

    let frequent = headache_days_at_least(a, OVERUSE_MIN_HEADACHE_DAYS);
    let days = describe_days(a.frequency.headache_days);
    let a_text = match frequent {
        Tri::Yes => format!("You have headaches on {days}."),
        Tri::No => format!("You have headaches on {days}; this needs 15 or more days a month."),
        Tri::Unknown => {
            "You were not sure how many days a month you have a headache; 15 or more are needed."
                .to_string()
        }
    };

    let over = over_limit(a);
    let long_enough = Tri::number(m.months, |months| months >= MORE_THAN_THREE_MONTHS);
    let b = over.and(long_enough);
    let months = describe_months(m.months);
    let crossed = reasons(a);
    let b_text = match (over, long_enough) {
        (Tri::Yes, Tri::Yes) => format!("You take {}, and have done for {months}.", join(&crossed.iter().map(String::as_str).collect::<Vec<_>>())),
        (Tri::Yes, Tri::No) => format!(
            "You take {}, but for {months} so far; more than 3 months are needed.",
            join(&crossed.iter().map(String::as_str).collect::<Vec<_>>())
        ),
        (Tri::No, _) => "Your medicine days are under the limits: 15 days a month for simple painkillers alone, \
                         10 for triptans, ergots, opioids, combined painkillers or a mix of kinds."
            .to_string(),
        _ => "You were not sure about some medicine days or how long you have taken them, so this could not be \
              checked fully."
            .to_string(),
    };
    let b_unsure = b.is_unknown()
        || [
            m.any_days,
            m.simple_days,
            m.triptan_days,
            m.ergot_days,
            m.opioid_days,
            m.combination_days,
            m.months,
        ]
        .contains(&Some(Quantity::NotSure));

    let opioid_involved = if matches!(m.opioid_days, Some(Quantity::Known(1..)))
        || m.codeine_or_opioid == Some(Reply::Yes)
    {
        Tri::Yes
    } else if m.codeine_or_opioid == Some(Reply::NotSure)
        || m.opioid_days == Some(Quantity::NotSure)
    {
        Tri::Unknown
    } else {
        Tri::No
    };

    OveruseCheck {
        evaluation: Evaluation {
            checks: vec![
                Check::new(set, 'A', frequent, frequent.is_unknown(), a_text),
                Check::new(set, 'B', b, b_unsure, b_text),
            ],
        },
        opioid_involved,
        medicine_over_limit: over,
        subtypes: subtypes(a),
    }
}
