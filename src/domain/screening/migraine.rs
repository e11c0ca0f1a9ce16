//! ICHD-3 (2018) migraine criteria: 1.1 migraine without aura, 1.2 migraine with aura (≥ 3 of 6 in C, final
//! text), 1.3 chronic migraine. Each function checks every criterion against the answers; choosing what to show
//! (including 1.5 probable migraine) is `assessment`'s job.

use super::answers::{Answers, Quantity, Reply};
use super::features::{
    accompaniment_answers, attack_length_varies, attack_minutes_fact, attacks_at_least,
    describe_attack_length, describe_days, describe_months, frequent_for_over_three_months,
    headache_days_at_least, light, light_and_sound_inputs, light_and_sound_matter,
    moderate_or_severe, nausea, not_sure_about, one_sided, sound, throbbing, under_eighteen,
    vomiting, worse_with_activity,
};
use super::findings::{explain_at_least, join, Check, Evaluation, Pattern};
use super::logic::{any_unknown, Tri};

/// ICHD-3 1.1 A: at least 5 attacks.
pub const MIGRAINE_MIN_ATTACKS: u32 = 5;
/// ICHD-3 1.1 B: at least 4 hours (240 minutes) untreated, from age 18.
pub const MIGRAINE_MIN_MINUTES: u32 = 4 * 60;
/// ICHD-3 1.1 B note: at least 2 hours under 18.
pub const MIGRAINE_MIN_MINUTES_UNDER_18: u32 = 2 * 60;
/// ICHD-3 1.1 B: at most 72 hours.
pub const MIGRAINE_MAX_MINUTES: u32 = 72 * 60;
/// ICHD-3 1.2 A: at least 2 attacks with aura.
pub const AURA_MIN_ATTACKS: u32 = 2;
/// ICHD-3 1.2 C (2018): at least 3 of the 6 characteristics.
pub const AURA_MIN_CHARACTERISTICS: usize = 3;
/// ICHD-3 1.3 A: at least 15 headache days a month.
pub const CHRONIC_MIN_DAYS: u32 = 15;
/// ICHD-3 1.3 C: at least 8 migraine days a month.
pub const CHRONIC_MIGRAINE_MIN_MIGRAINE_DAYS: u32 = 8;

/// ICHD-3 1.1 B: 4–72 h untreated, 2–72 h under 18. Age only matters between 2 and 4 hours.
/// Read over the whole span when attack lengths vary (see `attack_minutes`).
pub(crate) fn duration_fits(a: &Answers) -> Tri {
    attack_minutes_fact(a, |m| {
        if !(MIGRAINE_MIN_MINUTES_UNDER_18..=MIGRAINE_MAX_MINUTES).contains(&m) {
            Tri::No
        } else if m >= MIGRAINE_MIN_MINUTES {
            Tri::Yes
        } else {
            under_eighteen(a)
        }
    })
}

fn c_items(a: &Answers) -> [(Tri, &'static str); 4] {
    [
        (one_sided(a), "one-sided"),
        (throbbing(a), "throbbing"),
        (moderate_or_severe(a), "moderate or severe"),
        (worse_with_activity(a), "worse with everyday activity"),
    ]
}

/// ICHD-3 1.1 C: at least 2 of the 4 pain characteristics.
pub(crate) fn characteristics_fit(a: &Answers) -> Tri {
    Tri::at_least(2, &c_items(a).map(|(fact, _)| fact))
}

/// ICHD-3 1.1 D: nausea and/or vomiting, or photophobia **and** phonophobia together (light alone is not enough).
pub(crate) fn accompaniments_fit(a: &Answers) -> Tri {
    nausea(a).or(vomiting(a)).or(light(a).and(sound(a)))
}

/// Checks ICHD-3 1.1 Migraine without aura, criteria A–D, against the usual attack.
pub(crate) fn without_aura(a: &Answers) -> Evaluation {
    let set = Pattern::MigraineWithoutAura;

    let attacks = attacks_at_least(a, MIGRAINE_MIN_ATTACKS);
    let a_text = match attacks {
        Tri::Yes => "You have had 5 or more headaches like this.".to_string(),
        Tri::No => "You have had fewer than 5 headaches like this so far; at least 5 are needed."
            .to_string(),
        Tri::Unknown => {
            "You were not sure how many headaches like this you have had; at least 5 are needed."
                .to_string()
        }
    };

    let duration = duration_fits(a);
    let length = describe_attack_length(a);
    let short_teen =
        matches!(a.attack.minutes, Some(Quantity::Known(m)) if m < MIGRAINE_MIN_MINUTES);
    let varies = attack_length_varies(a);
    let b_text = match duration {
        Tri::Yes if short_teen => {
            format!("A usual headache lasts {length}; under 18, attacks of 2 hours to 3 days count.")
        }
        Tri::Yes => format!(
            "Your usual headache lasts {length}, which is how long a migraine attack lasts without treatment."
        ),
        Tri::No => format!(
            "A usual headache lasts {length}; this needs 4 hours to 3 days untreated (2 hours to 3 days under 18)."
        ),
        Tri::Unknown if varies => format!(
            "Your headaches last {length}. Migraine attacks last 4 hours to 3 days untreated (2 hours to 3 days \
             under 18), so only some of yours fit; a diary of how long each one lasts will tell."
        ),
        Tri::Unknown => format!(
            "A usual headache lasts {length}, and it was not clear whether that fits 4 hours to 3 days \
             (2 hours to 3 days under 18)."
        ),
    };
    let b_unsure = duration.is_unknown() || a.attack.minutes == Some(Quantity::NotSure);

    let items = c_items(a);
    let c = characteristics_fit(a);
    let c_text = explain_at_least(c, 2, &items);

    let d = accompaniments_fit(a);
    let d_text = explain_accompaniments(a, d);
    let mut d_inputs = vec![nausea(a), vomiting(a)];
    d_inputs.extend(light_and_sound_inputs(a));

    Evaluation {
        checks: vec![
            Check::new(set, 'A', attacks, attacks.is_unknown(), a_text),
            Check::new(set, 'B', duration, b_unsure, b_text),
            Check::new(
                set,
                'C',
                c,
                any_unknown(&items.map(|(fact, _)| fact)),
                c_text,
            ),
            Check::new(set, 'D', d, any_unknown(&d_inputs), d_text),
        ],
    }
}

fn explain_accompaniments(a: &Answers, d: Tri) -> String {
    let sick = nausea(a).or(vomiting(a));
    match d {
        Tri::Yes if sick == Tri::Yes => {
            let unsure = if light_and_sound_matter(a) {
                not_sure_about(&[
                    (light(a), "whether light bothers you"),
                    (sound(a), "whether sound bothers you"),
                ])
            } else {
                String::new()
            };
            if unsure.is_empty() {
                "You feel sick or vomit during the headache.".to_string()
            } else {
                format!(
                    "You feel sick or vomit during the headache. {unsure}; with it, this would be a stronger match."
                )
            }
        }
        Tri::Yes => "Both light and sound bother you during the headache.".to_string(),
        Tri::No => match (light(a), sound(a)) {
            (Tri::Yes, _) => "Light bothers you but sound does not, and you do not feel sick. Light on its own is \
                              not enough: this needs feeling sick or vomiting, or both light and sound together."
                .to_string(),
            (_, Tri::Yes) => "Sound bothers you but light does not, and you do not feel sick. Sound on its own is \
                              not enough: this needs feeling sick or vomiting, or both light and sound together."
                .to_string(),
            _ => "You do not feel sick and are not bothered by light and sound; one of these is needed.".to_string(),
        },
        Tri::Unknown => format!(
            "{}; this needs feeling sick or vomiting, or both light and sound together.",
            not_sure_about(&accompaniment_answers(a))
        ),
    }
}

fn aura_kinds(a: &Answers) -> [(Tri, &'static str); 3] {
    [
        (Tri::reply(a.aura.visual), "sight"),
        (Tri::reply(a.aura.sensory), "feeling"),
        (Tri::reply(a.aura.speech), "speech"),
    ]
}

fn aura_characteristics(a: &Answers) -> [(Tri, &'static str); 6] {
    [
        (
            Tri::reply(a.aura.spreads),
            "a change that spreads slowly over 5 minutes or more",
        ),
        (
            Tri::reply(a.aura.succession),
            "two or more changes one after another",
        ),
        (
            Tri::reply(a.aura.lasts_5_to_60),
            "each change lasting 5 minutes to an hour",
        ),
        (Tri::reply(a.aura.one_sided), "a change on one side only"),
        (
            Tri::reply(a.aura.positive),
            "something added, like flicker or pins and needles",
        ),
        (
            Tri::reply(a.aura.headache_within_60),
            "headache during the changes or within an hour",
        ),
    ]
}

/// ICHD-3 1.2 B: fully reversible visual, sensory and/or speech aura (typical aura, 1.2.1; motor symptoms are
/// never counted here, they are a warning sign).
pub(crate) fn aura_symptoms_fit(a: &Answers) -> Tri {
    Tri::any(&aura_kinds(a).map(|(fact, _)| fact)).and(Tri::reply(a.aura.fully_reversible))
}

/// ICHD-3 1.2 C: at least 3 of the 6 characteristics.
pub(crate) fn aura_characteristics_fit(a: &Answers) -> Tri {
    Tri::at_least(
        AURA_MIN_CHARACTERISTICS,
        &aura_characteristics(a).map(|(fact, _)| fact),
    )
}

/// Checks ICHD-3 1.2 Migraine with aura, criteria A–C. `None` when the person said they have no aura at all.
pub(crate) fn with_aura(a: &Answers) -> Option<Evaluation> {
    if a.aura.any == Some(Reply::No) {
        return None;
    }
    let set = Pattern::MigraineWithAura;
    let gate_unsure = a.aura.any != Some(Reply::Yes);

    let attacks = Tri::number(a.aura.count, |count| count >= AURA_MIN_ATTACKS);
    let a_text = match attacks {
        Tri::Yes => "You have had these changes at least twice.".to_string(),
        Tri::No => {
            "You have had these changes once so far; at least 2 times are needed.".to_string()
        }
        Tri::Unknown => {
            "You were not sure how many times you have had these changes; at least 2 are needed."
                .to_string()
        }
    };

    let kinds = aura_kinds(a);
    let named: Vec<&str> = kinds
        .iter()
        .filter(|(fact, _)| *fact == Tri::Yes)
        .map(|(_, name)| *name)
        .collect();
    let reversible = Tri::reply(a.aura.fully_reversible);
    let b = aura_symptoms_fit(a);
    let b_text = match b {
        Tri::Yes => format!("The changes affect your {} and always pass completely.", join(&named)),
        Tri::No if reversible == Tri::No => {
            "Your changes do not always pass completely; a migraine aura always does, so please mention this to \
             a doctor."
                .to_string()
        }
        Tri::No => "You did not describe changes in sight, feeling or speech.".to_string(),
        Tri::Unknown => {
            "You were not sure which changes you get, or whether they always pass completely.".to_string()
        }
    };
    let b_inputs = [kinds[0].0, kinds[1].0, kinds[2].0, reversible];

    let characteristics = aura_characteristics(a);
    let c = aura_characteristics_fit(a);
    let c_text = explain_at_least(c, AURA_MIN_CHARACTERISTICS, &characteristics);

    Some(Evaluation {
        checks: vec![
            Check::new(
                set,
                'A',
                attacks,
                attacks.is_unknown() || gate_unsure,
                a_text,
            ),
            Check::new(set, 'B', b, any_unknown(&b_inputs) || gate_unsure, b_text),
            Check::new(
                set,
                'C',
                c,
                any_unknown(&characteristics.map(|(fact, _)| fact)),
                c_text,
            ),
        ],
    })
}

/// ICHD-3 1.3 B: at least 5 attacks fulfilling 1.1 B–D and/or 1.2 B–C.
fn migraine_history(a: &Answers) -> Tri {
    let without = attacks_at_least(a, MIGRAINE_MIN_ATTACKS)
        .and(duration_fits(a))
        .and(characteristics_fit(a))
        .and(accompaniments_fit(a));
    let with = if a.aura.any == Some(Reply::No) {
        Tri::No
    } else {
        Tri::number(a.aura.count, |count| count >= MIGRAINE_MIN_ATTACKS)
            .and(aura_symptoms_fit(a))
            .and(aura_characteristics_fit(a))
    };
    without.or(with)
}

/// Checks ICHD-3 1.3 Chronic migraine, criteria A–C. `None` when headache days are known to be under 15.
pub(crate) fn chronic(a: &Answers) -> Option<Evaluation> {
    let frequent = headache_days_at_least(a, CHRONIC_MIN_DAYS);
    if frequent == Tri::No {
        return None;
    }
    let set = Pattern::ChronicMigraine;
    let long_enough = frequent_for_over_three_months(a);
    let days = describe_days(a.frequency.headache_days);
    let months = describe_months(a.frequency.months);

    let a_fact = frequent.and(long_enough);
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

    let history = migraine_history(a);
    let b_text = match history {
        Tri::Yes => "Your usual headaches have the features of migraine, and you have had at least 5 of them.".to_string(),
        Tri::No => {
            "Your usual headaches do not have the full features of migraine, or you have had fewer than 5.".to_string()
        }
        Tri::Unknown => {
            "Some answers about your usual headaches were uncertain, so a history of migraine could not be \
             confirmed."
                .to_string()
        }
    };

    let migraine_days = Tri::number(a.frequency.migraine_days, |d| {
        d >= CHRONIC_MIGRAINE_MIN_MIGRAINE_DAYS
    })
    .and(long_enough);
    let migraine_day_text = describe_days(a.frequency.migraine_days);
    let c_text = match migraine_days {
        Tri::Yes => format!("On {migraine_day_text} the headache is migraine-like; 8 or more are needed."),
        Tri::No if long_enough == Tri::No => format!(
            "The headache is migraine-like on {migraine_day_text}, but not yet for more than 3 months."
        ),
        Tri::No => format!("The headache is migraine-like on {migraine_day_text}; 8 or more are needed."),
        Tri::Unknown => format!(
            "The headache is migraine-like on {migraine_day_text}; it was not clear whether that is 8 or more for \
             more than 3 months."
        ),
    };
    let c_unsure = !matches!(a.frequency.migraine_days, Some(Quantity::Known(_)))
        || !matches!(a.frequency.months, Some(Quantity::Known(_)));

    Some(Evaluation {
        checks: vec![
            Check::new(set, 'A', a_fact, a_fact.is_unknown(), a_text),
            Check::new(set, 'B', history, history.is_unknown(), b_text),
            Check::new(set, 'C', migraine_days, c_unsure, c_text),
        ],
    })
}
