//! ICHD-3 (2018) 3.1 Cluster headache, criteria A–D, checked against the short eye/temple attacks the person
//! described separately from their usual headache.

use super::answers::{Answers, ClusterFrequency, Reply};
use super::features::describe_minutes;
use super::findings::{explain_at_least, Check, Evaluation, Pattern};
use super::logic::{any_unknown, Tri};

/// ICHD-3 3.1 A: at least 5 attacks.
pub const CLUSTER_MIN_ATTACKS: u32 = 5;
/// ICHD-3 3.1 B: at least 15 minutes untreated.
pub const CLUSTER_MIN_MINUTES: u32 = 15;
/// ICHD-3 3.1 B: at most 180 minutes untreated.
pub const CLUSTER_MAX_MINUTES: u32 = 180;

/// Checks ICHD-3 3.1. `None` unless the person reported (or was unsure about) short severe eye/temple attacks.
pub(crate) fn cluster(a: &Answers) -> Option<Evaluation> {
    let location = match a.attack.eye_temple_attacks {
        Some(Reply::Yes) => Tri::Yes,
        Some(Reply::NotSure) => Tri::Unknown,
        Some(Reply::No) | None => return None,
    };
    let set = Pattern::Cluster;
    let c = &a.cluster;

    let attacks = Tri::number(c.count, |count| count >= CLUSTER_MIN_ATTACKS);
    let a_text = match attacks {
        Tri::Yes => "You have had 5 or more of these attacks.".to_string(),
        Tri::No => "You have had fewer than 5 of these attacks; at least 5 are needed.".to_string(),
        Tri::Unknown => {
            "You were not sure how many of these attacks you have had; at least 5 are needed."
                .to_string()
        }
    };

    let one_sided = Tri::reply(c.one_sided);
    let severe = Tri::reply(c.severe);
    let length = Tri::number(c.minutes, |m| {
        (CLUSTER_MIN_MINUTES..=CLUSTER_MAX_MINUTES).contains(&m)
    });
    let b_inputs = [location, one_sided, severe, length];
    let b = Tri::all(&b_inputs);
    let described = describe_minutes(c.minutes);
    let b_text = match b {
        Tri::Yes => format!("The attacks are severe, on one side around the eye or temple, and last {described}."),
        Tri::No if length == Tri::No => {
            format!("The attacks last {described}; this pattern's attacks last 15 minutes to 3 hours.")
        }
        Tri::No => "The attacks are not both severe and on one side around the eye or temple.".to_string(),
        Tri::Unknown => {
            "You were not sure whether the attacks are severe, one-sided around the eye or temple, and 15 minutes \
             to 3 hours long."
                .to_string()
        }
    };

    let signs = [
        (Tri::reply(c.eye_watering_or_red), "a watering or red eye"),
        (Tri::reply(c.nose), "a blocked or runny nostril"),
        (Tri::reply(c.eyelid_swelling), "a swollen eyelid"),
        (Tri::reply(c.sweating), "a sweating forehead or face"),
        (
            Tri::reply(c.pupil_or_lid),
            "a small pupil or drooping eyelid",
        ),
        (Tri::reply(c.restless), "restlessness"),
    ];
    let sign_facts = signs.map(|(fact, _)| fact);
    let c_fact = Tri::any(&sign_facts);
    let c_text = explain_at_least(c_fact, 1, &signs);

    let frequency = match c.frequency {
        Some(ClusterFrequency::EveryOtherDayToEightADay) => Tri::Yes,
        Some(ClusterFrequency::LessThanEveryOtherDay | ClusterFrequency::MoreThanEightADay) => {
            Tri::No
        }
        Some(ClusterFrequency::NotSure) | None => Tri::Unknown,
    };
    let d_text = match c.frequency {
        Some(ClusterFrequency::EveryOtherDayToEightADay) => {
            "The attacks come between once every other day and 8 times a day.".to_string()
        }
        Some(ClusterFrequency::LessThanEveryOtherDay) => {
            "The attacks come less than once every other day; this pattern's come more often.".to_string()
        }
        Some(ClusterFrequency::MoreThanEightADay) => {
            "The attacks come more than 8 times a day, which points to a related but different condition.".to_string()
        }
        Some(ClusterFrequency::NotSure) | None => "You were not sure how often the attacks come.".to_string(),
    };

    Some(Evaluation {
        checks: vec![
            Check::new(set, 'A', attacks, attacks.is_unknown(), a_text),
            Check::new(set, 'B', b, any_unknown(&b_inputs), b_text),
            Check::new(set, 'C', c_fact, any_unknown(&sign_facts), c_text),
            Check::new(set, 'D', frequency, frequency.is_unknown(), d_text),
        ],
    })
}
