//! Facts about the usual attack and its frequency, read from the answers as three-valued logic and shared by
//! the disorder rules (ICHD-3 1.1, 1.3, 2.x, 8.2), plus plain phrases that describe the answers back.

use super::answers::{
    Answers, HeadacheHistory, LightAndSound, PainQuality, PainSide, Quantity, Severity, Sickness,
};
use super::logic::Tri;
use super::questions::DurationBand;
use crate::domain::letter_case::lower_letter;

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

/// ICHD-3 1.1 D1 (nausea): from this build's one sickness answer, else an earlier build's separate answer.
pub(crate) fn nausea(a: &Answers) -> Tri {
    match a.attack.sickness {
        Some(Sickness::Vomits | Sickness::FeelsSick | Sickness::SlightlyQueasy) => Tri::Yes,
        Some(Sickness::Neither) => Tri::No,
        Some(Sickness::NotSure) => Tri::Unknown,
        None => Tri::reply(a.attack.nausea),
    }
}

/// ICHD-3 1.1 D1 (vomiting).
pub(crate) fn vomiting(a: &Answers) -> Tri {
    match a.attack.sickness {
        Some(Sickness::Vomits) => Tri::Yes,
        Some(Sickness::FeelsSick | Sickness::SlightlyQueasy | Sickness::Neither) => Tri::No,
        Some(Sickness::NotSure) => Tri::Unknown,
        None => Tri::reply(a.attack.vomiting),
    }
}

/// Whether the nausea is only mild (meaningful only with nausea).
fn nausea_only_mild(a: &Answers) -> Tri {
    match a.attack.sickness {
        Some(Sickness::SlightlyQueasy) => Tri::Yes,
        Some(Sickness::Vomits | Sickness::FeelsSick) => Tri::No,
        Some(Sickness::Neither | Sickness::NotSure) => Tri::Unknown,
        None => Tri::reply(a.attack.nausea_mild),
    }
}

/// ICHD-3 1.1 D2 (photophobia).
pub(crate) fn light(a: &Answers) -> Tri {
    match a.attack.light_and_sound {
        Some(LightAndSound::Both | LightAndSound::LightOnly) => Tri::Yes,
        Some(LightAndSound::SoundOnly | LightAndSound::Neither) => Tri::No,
        Some(LightAndSound::NotSure) => Tri::Unknown,
        None => Tri::reply(a.attack.light),
    }
}

/// ICHD-3 1.1 D2 (phonophobia).
pub(crate) fn sound(a: &Answers) -> Tri {
    match a.attack.light_and_sound {
        Some(LightAndSound::Both | LightAndSound::SoundOnly) => Tri::Yes,
        Some(LightAndSound::LightOnly | LightAndSound::Neither) => Tri::No,
        Some(LightAndSound::NotSure) => Tri::Unknown,
        None => Tri::reply(a.attack.sound),
    }
}

/// ICHD-3 2.3 D1: mild nausea (nausea, and only mild).
pub(crate) fn mild_nausea(a: &Answers) -> Tri {
    nausea(a).and(nausea_only_mild(a))
}

/// ICHD-3 2.3 D2: moderate or severe nausea (nausea, and not only mild).
pub(crate) fn stronger_nausea(a: &Answers) -> Tri {
    nausea(a).and(nausea_only_mild(a).not())
}

/// Whether light and sound can still change any result once sickness is known. They cannot when the person feels
/// more than mildly sick or vomits: ICHD-3 1.1 D is then met whatever light and sound do, and 2.1–2.3 D are
/// missed (2.1/2.2 allow no nausea; 2.3 only mild nausea and no vomiting). The question is then not asked, and an
/// unasked question never lowers a result's confidence.
pub(crate) fn light_and_sound_matter(a: &Answers) -> bool {
    !(vomiting(a) == Tri::Yes || stronger_nausea(a) == Tri::Yes)
}

/// The light and sound facts that count as inputs: none when they cannot matter (see [`light_and_sound_matter`]).
pub(crate) fn light_and_sound_inputs(a: &Answers) -> Vec<Tri> {
    if light_and_sound_matter(a) {
        vec![light(a), sound(a)]
    } else {
        Vec::new()
    }
}

/// Under 18 years old (ICHD-3 1.1 note: attacks may last 2–72 hours in children and adolescents).
pub(crate) fn under_eighteen(a: &Answers) -> Tri {
    Tri::number(a.about.age, |age| age < 18)
}

/// Usual attack count at least `n` (ICHD-3 1.1 A, 2.1 A). A first-ever headache is one attack: settled by the
/// history answer, so the count is not asked.
pub(crate) fn attacks_at_least(a: &Answers, n: u32) -> Tri {
    if a.warning.history == Some(HeadacheHistory::FirstEver) {
        return Tri::from_bool(1 >= n);
    }
    Tri::number(a.attack.count, |count| count >= n)
}

/// The usual attack length as a span of minutes: one band, or from the usual band to the longest one when the
/// person said some last longer. `None` when not known (unanswered, or "not sure" for either end).
fn attack_span(a: &Answers) -> Option<(u32, u32)> {
    let usual = a.attack.minutes.and_then(Quantity::known)?;
    match a.attack.minutes_longest {
        Some(Quantity::Known(longest)) if longest > usual => Some((usual, longest)),
        Some(Quantity::NotSure) => None,
        _ => Some((usual, usual)),
    }
}

/// A test of the usual attack length, read over the whole span conservatively: met only if every length band in
/// the span meets it, missed only if none does, unclear otherwise. Band edges are ICHD-3 edges, so testing one
/// length per band is exact.
pub(crate) fn attack_minutes(a: &Answers, test: impl Fn(u32) -> bool) -> Tri {
    attack_minutes_fact(a, |minutes| Tri::from_bool(test(minutes)))
}

/// [`attack_minutes`] for a test that may itself be unclear (ICHD-3 1.1 B between 2 and 4 hours depends on age).
pub(crate) fn attack_minutes_fact(a: &Answers, test: impl Fn(u32) -> Tri) -> Tri {
    let Some((shortest, longest)) = attack_span(a) else {
        return Tri::Unknown;
    };
    let low = DurationBand::containing(shortest);
    let high = DurationBand::containing(longest);
    let facts: Vec<Tri> = DurationBand::ALL
        .into_iter()
        .filter(|band| *band >= low && *band <= high)
        .map(|band| {
            let minutes = if band == low {
                shortest
            } else if band == high {
                longest
            } else {
                band.representative_minutes()
            };
            test(minutes)
        })
        .collect();
    if facts.iter().all(|fact| *fact == Tri::Yes) {
        Tri::Yes
    } else if facts.iter().all(|fact| *fact == Tri::No) {
        Tri::No
    } else {
        Tri::Unknown
    }
}

/// Whether the person gave a span of lengths rather than one.
pub(crate) fn attack_length_varies(a: &Answers) -> bool {
    attack_span(a).is_some_and(|(shortest, longest)| {
        DurationBand::containing(shortest) != DurationBand::containing(longest)
    })
}

/// Describes the usual attack length back to the person: "4 hours to 3 days", or "from 2 to 3 hours up to 4
/// hours to 3 days" when it varies.
pub(crate) fn describe_attack_length(a: &Answers) -> String {
    match attack_span(a) {
        Some((shortest, longest)) if attack_length_varies(a) => format!(
            "from {} up to {}",
            lower_first(DurationBand::containing(shortest).plain_label()),
            lower_first(DurationBand::containing(longest).plain_label())
        ),
        _ => describe_minutes(a.attack.minutes),
    }
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
        Some(first) => std::iter::once(lower_letter(first)).chain(chars).collect(),
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
