//! Facts about the usual attack and its frequency, read from the answers as three-valued logic and shared by
//! the disorder rules (ICHD-3 1.1, 1.3, 2.x, 8.2), plus plain phrases that describe the answers back.

use super::answers::{Answers, PainQuality, PainSide, Quantity, Severity};
use super::logic::Tri;
use super::questions::DurationBand;

/// ICHD-3 "> 3 months", counted in whole months: 4 or more.
pub(crate) const MORE_THAN_THREE_MONTHS: u32 = 4;

/// ICHD-3 1.1 C1: unilateral. "Sometimes one side, sometimes both" cannot be counted either way.
pub(crate) fn one_sided(a: &Answers) -> Tri {
    match a.attack.side {
        Some(PainSide::OneSide) => Tri::Yes,
        Some(PainSide::BothSides) => Tri::No,
        Some(PainSide::Varies | PainSide::NotSure) | None => Tri::Unknown,
    }
}

/// ICHD-3 2.1 C1: bilateral.
pub(crate) fn both_sides(a: &Answers) -> Tri {
    match a.attack.side {
        Some(PainSide::BothSides) => Tri::Yes,
        Some(PainSide::OneSide) => Tri::No,
        Some(PainSide::Varies | PainSide::NotSure) | None => Tri::Unknown,
    }
}

/// ICHD-3 1.1 C2: pulsating.
pub(crate) fn throbbing(a: &Answers) -> Tri {
    match a.attack.quality {
        Some(PainQuality::Throbbing) => Tri::Yes,
        Some(PainQuality::PressingOrTight | PainQuality::Other) => Tri::No,
        Some(PainQuality::NotSure) | None => Tri::Unknown,
    }
}

/// ICHD-3 2.1 C2: pressing or tightening (non-pulsating).
pub(crate) fn pressing(a: &Answers) -> Tri {
    match a.attack.quality {
        Some(PainQuality::PressingOrTight) => Tri::Yes,
        Some(PainQuality::Throbbing | PainQuality::Other) => Tri::No,
        Some(PainQuality::NotSure) | None => Tri::Unknown,
    }
}

/// ICHD-3 1.1 C3: moderate or severe.
pub(crate) fn moderate_or_severe(a: &Answers) -> Tri {
    match a.attack.severity {
        Some(Severity::Moderate | Severity::Severe) => Tri::Yes,
        Some(Severity::Mild) => Tri::No,
        Some(Severity::NotSure) | None => Tri::Unknown,
    }
}

/// ICHD-3 2.1 C3: mild or moderate.
pub(crate) fn mild_or_moderate(a: &Answers) -> Tri {
    match a.attack.severity {
        Some(Severity::Mild | Severity::Moderate) => Tri::Yes,
        Some(Severity::Severe) => Tri::No,
        Some(Severity::NotSure) | None => Tri::Unknown,
    }
}

/// ICHD-3 1.1 C4: aggravated by or causing avoidance of routine physical activity.
pub(crate) fn worse_with_activity(a: &Answers) -> Tri {
    Tri::reply(a.attack.worse_with_activity)
}

/// ICHD-3 1.1 D1 (nausea).
pub(crate) fn nausea(a: &Answers) -> Tri {
    Tri::reply(a.attack.nausea)
}

/// ICHD-3 1.1 D1 (vomiting).
pub(crate) fn vomiting(a: &Answers) -> Tri {
    Tri::reply(a.attack.vomiting)
}

/// ICHD-3 1.1 D2 (photophobia).
pub(crate) fn light(a: &Answers) -> Tri {
    Tri::reply(a.attack.light)
}

/// ICHD-3 1.1 D2 (phonophobia).
pub(crate) fn sound(a: &Answers) -> Tri {
    Tri::reply(a.attack.sound)
}

/// ICHD-3 2.3 D1: mild nausea (nausea, and only mild).
pub(crate) fn mild_nausea(a: &Answers) -> Tri {
    nausea(a).and(Tri::reply(a.attack.nausea_mild))
}

/// ICHD-3 2.3 D2: moderate or severe nausea (nausea, and not only mild).
pub(crate) fn stronger_nausea(a: &Answers) -> Tri {
    nausea(a).and(Tri::reply(a.attack.nausea_mild).not())
}

/// Under 18 years old (ICHD-3 1.1 note: attacks may last 2–72 hours in children and adolescents).
pub(crate) fn under_eighteen(a: &Answers) -> Tri {
    Tri::number(a.about.age, |age| age < 18)
}

/// Usual attack count at least `n` (ICHD-3 1.1 A, 2.1 A).
pub(crate) fn attacks_at_least(a: &Answers, n: u32) -> Tri {
    Tri::number(a.attack.count, |count| count >= n)
}

/// Headache days a month at least `n`.
pub(crate) fn headache_days_at_least(a: &Answers, n: u32) -> Tri {
    Tri::number(a.frequency.headache_days, |days| days >= n)
}

/// More than 3 months at this frequency (ICHD-3 1.3 A, 2.2 A, 2.3 A).
pub(crate) fn frequent_for_over_three_months(a: &Answers) -> Tri {
    Tri::number(a.frequency.months, |months| {
        months >= MORE_THAN_THREE_MONTHS
    })
}

/// Describes a number of minutes back to the person, e.g. "4 hours to 3 days".
pub(crate) fn describe_minutes(minutes: Option<Quantity>) -> String {
    match minutes {
        Some(Quantity::Known(m)) => lower_first(DurationBand::containing(m).plain_label()),
        Some(Quantity::NotSure) | None => "an amount of time you were not sure of".to_string(),
    }
}

/// Describes a per-month count, e.g. "20 days a month".
pub(crate) fn describe_days(days: Option<Quantity>) -> String {
    match days {
        Some(Quantity::Known(0)) => "less than 1 day a month".to_string(),
        Some(Quantity::Known(1)) => "1 day a month".to_string(),
        Some(Quantity::Known(d)) => format!("{d} days a month"),
        Some(Quantity::NotSure) | None => {
            "a number of days a month you were not sure of".to_string()
        }
    }
}

/// Describes a number of months, e.g. "6 months".
pub(crate) fn describe_months(months: Option<Quantity>) -> String {
    match months {
        Some(Quantity::Known(1)) => "1 month".to_string(),
        Some(Quantity::Known(m)) => format!("{m} months"),
        Some(Quantity::NotSure) | None => "a number of months you were not sure of".to_string(),
    }
}

/// `text` with its first letter in lower case, to go inside a sentence ("At least 5 attacks" → "at least 5
/// attacks").
pub(crate) fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "You were not sure whether light bothers you or whether you vomit": names only the answers in `items` that
/// were "not sure" (each a clause such as "whether sound bothers you"), so a sentence never calls an answer
/// uncertain that was given for sure. Empty when none was.
pub(crate) fn not_sure_about(items: &[(Tri, &str)]) -> String {
    let unsure: Vec<&str> = items
        .iter()
        .filter(|(fact, _)| fact.is_unknown())
        .map(|(_, clause)| *clause)
        .collect();
    match unsure.as_slice() {
        [] => String::new(),
        [only] => format!("You were not sure {only}"),
        [first @ .., last] => format!("You were not sure {}, or {last}", first.join(", ")),
    }
}

/// The clauses for feeling sick, vomiting, light and sound, with their answers.
pub(crate) fn accompaniment_answers(a: &Answers) -> [(Tri, &'static str); 4] {
    [
        (nausea(a), "whether you feel sick"),
        (vomiting(a), "whether you vomit"),
        (light(a), "whether light bothers you"),
        (sound(a), "whether sound bothers you"),
    ]
}
