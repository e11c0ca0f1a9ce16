//! ICHD-3 (2018) tension-type headache: 2.1 infrequent (< 1 day a month), 2.2 frequent (1–14 days a month for
//! > 3 months) and 2.3 chronic (≥ 15 days a month for > 3 months). The frequency band picks the subtype.

use super::answers::{Answers, Quantity};
use super::features::{
    accompaniment_answers, attack_length_varies, attack_minutes, attacks_at_least, both_sides,
    describe_attack_length, describe_days, describe_months, frequent_for_over_three_months,
    headache_days_at_least, light, light_and_sound_inputs, mild_nausea, mild_or_moderate, nausea,
    not_sure_about, pressing, sound, stronger_nausea, vomiting, worse_with_activity,
};
use super::findings::{explain_at_least, Check, Evaluation, Pattern};
use super::logic::{any_unknown, Tri};

/// ICHD-3 2.1 A / 2.2 A: at least 10 episodes.
pub const TENSION_MIN_EPISODES: u32 = 10;
/// ICHD-3 2.1 B: at least 30 minutes.
pub const TENSION_MIN_MINUTES: u32 = 30;
/// ICHD-3 2.1 B: at most 7 days.
pub const TENSION_MAX_MINUTES: u32 = 7 * 24 * 60;
/// ICHD-3 2.2 A: at most 14 days a month (15 or more is chronic, 2.3).
pub const FREQUENT_MAX_DAYS: u32 = 14;
/// ICHD-3 2.3 A: at least 15 days a month.
pub const CHRONIC_TENSION_MIN_DAYS: u32 = 15;

fn c_items(a: &Answers) -> [(Tri, &'static str); 4] {
    [
        (both_sides(a), "on both sides"),
        (pressing(a), "pressing or tight"),
        (mild_or_moderate(a), "mild or moderate"),
        (
            worse_with_activity(a).not(),
            "not worse with everyday activity",
        ),
    ]
}

fn c_check(set: Pattern, a: &Answers) -> Check {
    let items = c_items(a);
    let facts = items.map(|(fact, _)| fact);
    let c = Tri::at_least(2, &facts);
    Check::new(
        set,
        'C',
        c,
        any_unknown(&facts),
        explain_at_least(c, 2, &items),
    )
}

/// Checks ICHD-3 2.1 or 2.2 (chosen by headache days: 0 means < 1 a month). `None` when headache days are known to
/// be 15 or more, which is the chronic band. When days are unknown, 2.2 is checked with criterion A unclear.
pub(crate) fn episodic(a: &Answers) -> Option<(Pattern, Evaluation)> {
    let infrequent = match a.frequency.headache_days {
        Some(Quantity::Known(days)) if days >= CHRONIC_TENSION_MIN_DAYS => return None,
        Some(Quantity::Known(0)) => true,
        _ => false,
    };
    let set = if infrequent {
        Pattern::InfrequentTensionType
    } else {
        Pattern::FrequentTensionType
    };

    let episodes = attacks_at_least(a, TENSION_MIN_EPISODES);
    let band = if infrequent {
        Tri::Yes
    } else {
        Tri::number(a.frequency.headache_days, |days| {
            (1..=FREQUENT_MAX_DAYS).contains(&days)
        })
        .and(frequent_for_over_three_months(a))
    };
    let a_fact = episodes.and(band);
    let days = describe_days(a.frequency.headache_days);
    let months = describe_months(a.frequency.months);
    let a_text = match (episodes, band) {
        (Tri::Yes, Tri::Yes) if infrequent => {
            "You have had 10 or more of these headaches, on less than 1 day a month.".to_string()
        }
        (Tri::Yes, Tri::Yes) => format!("You have had 10 or more of these headaches, on {days} for {months}."),
        (Tri::No, _) => "You have had fewer than 10 of these headaches; at least 10 are needed.".to_string(),
        (_, Tri::No) => format!(
            "You have headaches on {days} for {months}; this type needs 1 to 14 days a month for more than 3 months."
        ),
        _ => format!(
            "You were not sure how many of these headaches you have had, or how often (you said {days} for \
             {months}); at least 10 are needed."
        ),
    };
    let a_unsure = episodes.is_unknown() || band.is_unknown();

    let duration = attack_minutes(a, |m| {
        (TENSION_MIN_MINUTES..=TENSION_MAX_MINUTES).contains(&m)
    });
    let length = describe_attack_length(a);
    let b_text = match duration {
        Tri::Yes => format!(
            "Your usual headache lasts {length}, which fits this type (30 minutes to 7 days)."
        ),
        Tri::No => format!("A usual headache lasts {length}; this type lasts 30 minutes to 7 days."),
        Tri::Unknown if attack_length_varies(a) => format!(
            "Your headaches last {length}, and only some of that fits this type (30 minutes to 7 days)."
        ),
        Tri::Unknown => "You were not sure how long a usual headache lasts; this type lasts 30 minutes to 7 days."
            .to_string(),
    };

    let mut d_inputs = vec![nausea(a), vomiting(a)];
    d_inputs.extend(light_and_sound_inputs(a));
    let d = nausea(a)
        .not()
        .and(vomiting(a).not())
        .and(Tri::at_most(1, &[light(a), sound(a)]));
    let d_text = match d {
        Tri::Yes => "You do not feel sick or vomit, and at most one of light or sound bothers you."
            .to_string(),
        Tri::No if nausea(a).or(vomiting(a)) == Tri::Yes => {
            "You feel sick or vomit with the headache, which does not fit this type.".to_string()
        }
        Tri::No => "Both light and sound bother you, which does not fit this type.".to_string(),
        Tri::Unknown => format!(
            "{}; this type has no nausea and at most one of light or sound sensitivity.",
            not_sure_about(&accompaniment_answers(a))
        ),
    };

    Some((
        set,
        Evaluation {
            checks: vec![
                Check::new(set, 'A', a_fact, a_unsure, a_text),
                Check::new(set, 'B', duration, duration.is_unknown(), b_text),
                c_check(set, a),
                Check::new(set, 'D', d, any_unknown(&d_inputs), d_text),
            ],
        },
    ))
}

/// Checks ICHD-3 2.3 Chronic tension-type headache. `None` when headache days are known to be under 15.
pub(crate) fn chronic(a: &Answers) -> Option<Evaluation> {
    let frequent = headache_days_at_least(a, CHRONIC_TENSION_MIN_DAYS);
    if frequent == Tri::No {
        return None;
    }
    let set = Pattern::ChronicTensionType;
    let a_fact = frequent.and(frequent_for_over_three_months(a));
    let days = describe_days(a.frequency.headache_days);
    let months = describe_months(a.frequency.months);
    let a_text = match a_fact {
        Tri::Yes => format!("You have headaches on {days}, and have done for {months}."),
        Tri::No => format!(
            "You have had headaches on {days} for {months}; this needs 15 or more days a month for more than \
             3 months."
        ),
        Tri::Unknown => format!(
            "You have headaches on {days}, for {months}; it was not clear whether that is 15 or more days a month \
             for more than 3 months."
        ),
    };

    // "Hours to days, or unremitting": read as at least 30 minutes with no upper limit, the episodic lower edge.
    let duration = attack_minutes(a, |m| m >= TENSION_MIN_MINUTES);
    let length = describe_attack_length(a);
    let b_text = match duration {
        Tri::Yes => format!("A usual headache lasts {length}."),
        Tri::No => format!(
            "A usual headache lasts {length}; this type lasts hours to days, or does not stop."
        ),
        Tri::Unknown if attack_length_varies(a) => format!(
            "Your headaches last {length}, and only some of that is long enough for this type."
        ),
        Tri::Unknown => "You were not sure how long a usual headache lasts.".to_string(),
    };

    let mut d_inputs = vec![nausea(a), vomiting(a)];
    d_inputs.extend(light_and_sound_inputs(a));
    let d = Tri::at_most(1, &[light(a), sound(a), mild_nausea(a)])
        .and(stronger_nausea(a).not())
        .and(vomiting(a).not());
    let d_text = match d {
        Tri::Yes => "At most one of light, sound or mild nausea bothers you, and you do not vomit.".to_string(),
        Tri::No if vomiting(a).or(stronger_nausea(a)) == Tri::Yes => {
            "You vomit or feel more than mildly sick with the headache, which does not fit this type.".to_string()
        }
        Tri::No => "More than one of light, sound or mild nausea bothers you, which does not fit this type.".to_string(),
        Tri::Unknown => {
            let mut answers = accompaniment_answers(a).to_vec();
            // Asked only after a "yes" to feeling sick.
            if nausea(a) == Tri::Yes {
                answers.push((mild_nausea(a), "whether the sickness is only mild"));
            }
            format!(
                "{}; this type allows at most one of light sensitivity, sound sensitivity or mild nausea.",
                not_sure_about(&answers)
            )
        }
    };
    // Whether the nausea is mild is only relevant when nausea was "yes".
    let d_unsure = any_unknown(&d_inputs) || (nausea(a) == Tri::Yes && mild_nausea(a).is_unknown());

    Some(Evaluation {
        checks: vec![
            Check::new(set, 'A', a_fact, a_fact.is_unknown(), a_text),
            Check::new(set, 'B', duration, duration.is_unknown(), b_text),
            c_check(set, a),
            Check::new(set, 'D', d, d_unsure, d_text),
        ],
    })
}
