//! The vocabulary of a result: which ICHD-3 pattern an answer set fits, which criteria were met, missed or unclear
//! (each explained in the person's own terms), and how confident the fit is.

use serde::{Deserialize, Serialize};

use super::features::lower_first;
use super::logic::Tri;
use super::triage::Triage;
use crate::domain::sentence::capitalised;

/// A headache pattern the self-check can name. Codes and names are ICHD-3 (2018).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pattern {
    /// ICHD-3 8.2 Medication-overuse headache.
    MedicationOveruse,
    /// ICHD-3 1.3 Chronic migraine.
    ChronicMigraine,
    /// ICHD-3 2.3 Chronic tension-type headache.
    ChronicTensionType,
    /// ICHD-3 3.1 Cluster headache.
    Cluster,
    /// ICHD-3 1.2 Migraine with aura.
    MigraineWithAura,
    /// ICHD-3 1.1 Migraine without aura.
    MigraineWithoutAura,
    /// ICHD-3 2.1 Infrequent episodic tension-type headache.
    InfrequentTensionType,
    /// ICHD-3 2.2 Frequent episodic tension-type headache.
    FrequentTensionType,
    /// ICHD-3 1.5 Probable migraine.
    ProbableMigraine,
    /// ICHD-3 appendix A1.1.1/A1.1.2: a possible menstrual link, to be confirmed by a diary. Not a diagnosis.
    MenstrualLink,
}

impl Pattern {
    /// Every pattern, in the order results list them (the evaluation order of the self-check).
    pub const ALL: [Pattern; 10] = [
        Pattern::MedicationOveruse,
        Pattern::ChronicMigraine,
        Pattern::ChronicTensionType,
        Pattern::Cluster,
        Pattern::MigraineWithAura,
        Pattern::MigraineWithoutAura,
        Pattern::InfrequentTensionType,
        Pattern::FrequentTensionType,
        Pattern::ProbableMigraine,
        Pattern::MenstrualLink,
    ];

    /// The ICHD-3 code.
    pub fn code(self) -> &'static str {
        match self {
            Pattern::MigraineWithoutAura => "1.1",
            Pattern::MigraineWithAura => "1.2",
            Pattern::ChronicMigraine => "1.3",
            Pattern::ProbableMigraine => "1.5",
            Pattern::InfrequentTensionType => "2.1",
            Pattern::FrequentTensionType => "2.2",
            Pattern::ChronicTensionType => "2.3",
            Pattern::Cluster => "3.1",
            Pattern::MedicationOveruse => "8.2",
            Pattern::MenstrualLink => "A1.1",
        }
    }

    /// The official ICHD-3 name.
    pub fn ichd_name(self) -> &'static str {
        match self {
            Pattern::MigraineWithoutAura => "Migraine without aura",
            Pattern::MigraineWithAura => "Migraine with aura",
            Pattern::ChronicMigraine => "Chronic migraine",
            Pattern::ProbableMigraine => "Probable migraine",
            Pattern::InfrequentTensionType => "Infrequent episodic tension-type headache",
            Pattern::FrequentTensionType => "Frequent episodic tension-type headache",
            Pattern::ChronicTensionType => "Chronic tension-type headache",
            Pattern::Cluster => "Cluster headache",
            Pattern::MedicationOveruse => "Medication-overuse headache",
            Pattern::MenstrualLink => {
                "Pure menstrual migraine without aura or menstrually related migraine without aura (appendix)"
            }
        }
    }

    /// Our own plain name.
    pub fn plain_name(self) -> &'static str {
        match self {
            Pattern::MigraineWithoutAura => "Migraine",
            Pattern::MigraineWithAura => "Migraine with warning signs (aura)",
            Pattern::ChronicMigraine => "Migraine on most days",
            Pattern::ProbableMigraine => "Probably migraine",
            Pattern::InfrequentTensionType => "Occasional tension-type headache",
            Pattern::FrequentTensionType => "Frequent tension-type headache",
            Pattern::ChronicTensionType => "Tension-type headache on most days",
            Pattern::Cluster => "Cluster headache",
            Pattern::MedicationOveruse => "Headache kept going by frequent medicine use",
            Pattern::MenstrualLink => "Possible link with periods",
        }
    }

    /// One or two plain sentences on what the pattern means.
    pub fn plain_summary(self) -> &'static str {
        match self {
            Pattern::MigraineWithoutAura => {
                "Attacks of moderate to severe headache lasting hours to days, often with feeling sick or being \
                 bothered by light and sound. It is common and treatable."
            }
            Pattern::MigraineWithAura => {
                "Migraine where temporary changes in sight, feeling or speech come before or with the headache \
                 and then pass completely."
            }
            Pattern::ChronicMigraine => {
                "Headache on 15 or more days a month, with migraine features on at least 8 of them. Preventive \
                 treatment can help, so it is worth seeing a doctor."
            }
            Pattern::ProbableMigraine => {
                "Your headaches fit migraine in all but one respect. A diary often settles the question."
            }
            Pattern::InfrequentTensionType => {
                "Occasional headaches that press or tighten on both sides, usually mild to moderate, without \
                 feeling sick."
            }
            Pattern::FrequentTensionType => {
                "Pressing or tight headaches, usually mild to moderate, on 1 to 14 days a month."
            }
            Pattern::ChronicTensionType => {
                "Pressing or tight headaches on 15 or more days a month. It is worth seeing a doctor about \
                 prevention."
            }
            Pattern::Cluster => {
                "Short, very severe attacks around one eye or temple, with a watering eye or blocked nose on the \
                 same side, or restlessness. Specific treatments exist, so see a doctor."
            }
            Pattern::MedicationOveruse => {
                "Taking headache medicine on many days a month can itself keep headaches going. It usually gets \
                 better when the medicine days come down, with a doctor's help."
            }
            Pattern::MenstrualLink => {
                "Your attacks may be linked to your periods. A diary over 3 cycles can confirm it."
            }
        }
    }

    /// What the self-check cannot judge about this pattern, said with it: tension-type headache's sub-forms
    /// (ICHD-3 2.1.1/2.1.2, 2.2.1/2.2.2, 2.3.1/2.3.2) depend on tenderness of the head's muscles, which only an
    /// examination finds.
    pub fn examination_note(self) -> Option<&'static str> {
        match self {
            Pattern::InfrequentTensionType | Pattern::FrequentTensionType | Pattern::ChronicTensionType => Some(
                "Doctors split this into two forms by whether the muscles of the head and neck are tender when \
                 pressed. Only an examination can tell, so this check does not.",
            ),
            _ => None,
        }
    }

    /// The least urgent triage this pattern allows: chronic patterns, cluster and overuse need a doctor soon.
    pub fn minimum_triage(self) -> Triage {
        match self {
            Pattern::ChronicMigraine
            | Pattern::ChronicTensionType
            | Pattern::Cluster
            | Pattern::MedicationOveruse => Triage::Soon,
            _ => Triage::Routine,
        }
    }

    /// Whether this is a headache diagnosis pattern. The menstrual link is only a pointer for the diary.
    pub fn is_headache_pattern(self) -> bool {
        self != Pattern::MenstrualLink
    }

    /// Whether this belongs to the migraine family (ICHD-3 1.x).
    pub fn is_migraine(self) -> bool {
        matches!(
            self,
            Pattern::MigraineWithoutAura
                | Pattern::MigraineWithAura
                | Pattern::ChronicMigraine
                | Pattern::ProbableMigraine
        )
    }
}

/// An ICHD-3 sub-code under a pattern, when the answers tell it: the code a doctor reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Subtype {
    /// ICHD-3 1.2.1 Migraine with typical aura (visual, sensory and/or speech only), headache timing unclear.
    TypicalAura,
    /// ICHD-3 1.2.1.1 Typical aura with headache (within 60 minutes).
    TypicalAuraWithHeadache,
    /// ICHD-3 1.2.1.2 Typical aura without headache.
    TypicalAuraWithoutHeadache,
    /// ICHD-3 1.5.1 Probable migraine without aura.
    ProbableWithoutAura,
    /// ICHD-3 1.5.2 Probable migraine with aura.
    ProbableWithAura,
    /// ICHD-3 3.1.1 Episodic cluster headache.
    EpisodicCluster,
    /// ICHD-3 3.1.2 Chronic cluster headache.
    ChronicCluster,
    /// ICHD-3 8.2.1 Ergotamine-overuse headache (≥ 10 days a month).
    ErgotamineOveruse,
    /// ICHD-3 8.2.2 Triptan-overuse headache (≥ 10 days a month).
    TriptanOveruse,
    /// ICHD-3 8.2.3 Non-opioid analgesic-overuse headache (paracetamol, aspirin, other NSAIDs; ≥ 15 days a month).
    /// Its sub-forms (8.2.3.1 paracetamol, 8.2.3.2 NSAID) need the single drug, which the self-check does not ask.
    SimpleAnalgesicOveruse,
    /// ICHD-3 8.2.4 Opioid-overuse headache (≥ 10 days a month).
    OpioidOveruse,
    /// ICHD-3 8.2.5 Combination-analgesic-overuse headache (≥ 10 days a month).
    CombinationAnalgesicOveruse,
    /// ICHD-3 8.2.6 Medication-overuse headache attributed to multiple drug classes not individually overused
    /// (≥ 10 days a month in total).
    MultipleClasses,
}

impl Subtype {
    /// The ICHD-3 code.
    pub fn code(self) -> &'static str {
        match self {
            Subtype::TypicalAura => "1.2.1",
            Subtype::TypicalAuraWithHeadache => "1.2.1.1",
            Subtype::TypicalAuraWithoutHeadache => "1.2.1.2",
            Subtype::ProbableWithoutAura => "1.5.1",
            Subtype::ProbableWithAura => "1.5.2",
            Subtype::EpisodicCluster => "3.1.1",
            Subtype::ChronicCluster => "3.1.2",
            Subtype::ErgotamineOveruse => "8.2.1",
            Subtype::TriptanOveruse => "8.2.2",
            Subtype::SimpleAnalgesicOveruse => "8.2.3",
            Subtype::OpioidOveruse => "8.2.4",
            Subtype::CombinationAnalgesicOveruse => "8.2.5",
            Subtype::MultipleClasses => "8.2.6",
        }
    }

    /// The official ICHD-3 name.
    pub fn ichd_name(self) -> &'static str {
        match self {
            Subtype::TypicalAura => "Migraine with typical aura",
            Subtype::TypicalAuraWithHeadache => "Typical aura with headache",
            Subtype::TypicalAuraWithoutHeadache => "Typical aura without headache",
            Subtype::ProbableWithoutAura => "Probable migraine without aura",
            Subtype::ProbableWithAura => "Probable migraine with aura",
            Subtype::EpisodicCluster => "Episodic cluster headache",
            Subtype::ChronicCluster => "Chronic cluster headache",
            Subtype::ErgotamineOveruse => "Ergotamine-overuse headache",
            Subtype::TriptanOveruse => "Triptan-overuse headache",
            Subtype::SimpleAnalgesicOveruse => "Non-opioid analgesic-overuse headache",
            Subtype::OpioidOveruse => "Opioid-overuse headache",
            Subtype::CombinationAnalgesicOveruse => "Combination-analgesic-overuse headache",
            Subtype::MultipleClasses => {
                "Medication-overuse headache attributed to multiple drug classes not individually overused"
            }
        }
    }

    /// What the sub-code says, in one plain sentence.
    pub fn plain_meaning(self) -> &'static str {
        match self {
            Subtype::TypicalAura => {
                "Your aura is the common kind: changes in sight, feeling or speech only."
            }
            Subtype::TypicalAuraWithHeadache => {
                "Your aura is the common kind (sight, feeling or speech only), and a headache comes with it or \
                 within an hour."
            }
            Subtype::TypicalAuraWithoutHeadache => {
                "Your aura is the common kind (sight, feeling or speech only), and no headache follows within an \
                 hour."
            }
            Subtype::ProbableWithoutAura => "It is the form without aura that fits in all but one way.",
            Subtype::ProbableWithAura => "It is the form with aura that fits in all but one way.",
            Subtype::EpisodicCluster => {
                "The attacks come in bouts, with breaks of 3 months or more without them."
            }
            Subtype::ChronicCluster => {
                "The attacks have gone on for a year or more without a break of 3 months."
            }
            Subtype::ErgotamineOveruse => "Ergot medicine is taken on 10 or more days a month.",
            Subtype::TriptanOveruse => "Triptans are taken on 10 or more days a month.",
            Subtype::SimpleAnalgesicOveruse => {
                "Simple painkillers (paracetamol, aspirin, ibuprofen-type) are taken on 15 or more days a month."
            }
            Subtype::OpioidOveruse => "Opioid painkillers are taken on 10 or more days a month.",
            Subtype::CombinationAnalgesicOveruse => {
                "Combined painkillers (two or more medicines in one tablet) are taken on 10 or more days a month."
            }
            Subtype::MultipleClasses => {
                "No one kind of medicine is over its limit, but together different kinds are taken on 10 or more \
                 days a month."
            }
        }
    }
}

/// How well the answers fit a pattern, in words a person can use. `Ord` runs from least to most sure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// One criterion could not be checked (a "not sure" answer), or the finding needs a diary to confirm.
    Tentative,
    /// Every criterion is met but some answers were "not sure"; or a probable pattern.
    Moderate,
    /// Every criterion is met by definite answers.
    Strong,
}

impl Confidence {
    /// The word to show.
    pub fn plain_word(self) -> &'static str {
        match self {
            Confidence::Tentative => "Tentative",
            Confidence::Moderate => "Moderate",
            Confidence::Strong => "Strong",
        }
    }

    /// What the word means here.
    pub fn plain_meaning(self) -> &'static str {
        match self {
            Confidence::Tentative => {
                "Something could not be checked from your answers, so treat this as a possibility to look into."
            }
            Confidence::Moderate => "It fits, but some answers were uncertain or one feature is missing.",
            Confidence::Strong => "Your answers fit this pattern's criteria clearly.",
        }
    }
}

/// One ICHD-3 criterion as it applied to this person.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Criterion {
    /// The criteria set it belongs to (for probable migraine this is 1.1 or 1.2, whose criteria it uses).
    pub set: Pattern,
    /// The criterion letter, e.g. 'B'.
    pub letter: char,
    /// What was met, missed or unclear, in the person's terms.
    pub explanation: String,
}

impl Criterion {
    /// The ICHD-3 reference, e.g. "1.1 B".
    pub fn code(&self) -> String {
        format!("{} {}", self.set.code(), self.letter)
    }

    /// What the criterion requires, in plain words.
    pub fn requirement(&self) -> &'static str {
        match (self.set, self.letter) {
            (Pattern::MigraineWithoutAura, 'A') => "At least 5 attacks",
            (Pattern::MigraineWithoutAura, 'B') => "Attacks last 4 to 72 hours untreated (2 to 72 hours under 18)",
            (Pattern::MigraineWithoutAura, 'C') => {
                "At least 2 of: one-sided, throbbing, moderate or severe, worse with or avoiding everyday activity"
            }
            (Pattern::MigraineWithoutAura, 'D') => "Feeling sick or vomiting, or being bothered by both light and sound",
            (Pattern::MigraineWithAura, 'A') => "At least 2 attacks with aura",
            (Pattern::MigraineWithAura, 'B') => "Changes in sight, feeling and/or speech that pass completely",
            (Pattern::MigraineWithAura, 'C') => "At least 3 of the 6 typical aura features",
            (Pattern::ChronicMigraine, 'A') => "Headache on 15 or more days a month for more than 3 months",
            (Pattern::ChronicMigraine, 'B') => "A history of at least 5 migraine attacks",
            (Pattern::ChronicMigraine, 'C') => "Migraine-like headache on 8 or more days a month for more than 3 months",
            (Pattern::InfrequentTensionType, 'A') => "At least 10 episodes, on less than 1 day a month",
            (Pattern::FrequentTensionType, 'A') => {
                "At least 10 episodes, on 1 to 14 days a month for more than 3 months"
            }
            (Pattern::ChronicTensionType, 'A') => "Headache on 15 or more days a month for more than 3 months",
            (Pattern::InfrequentTensionType | Pattern::FrequentTensionType, 'B') => "Lasting 30 minutes to 7 days",
            (Pattern::ChronicTensionType, 'B') => "Lasting hours to days, or not stopping",
            (Pattern::InfrequentTensionType | Pattern::FrequentTensionType | Pattern::ChronicTensionType, 'C') => {
                "At least 2 of: both sides, pressing or tight, mild or moderate, not worse with everyday activity"
            }
            (Pattern::InfrequentTensionType | Pattern::FrequentTensionType, 'D') => {
                "No nausea or vomiting, and at most one of light or sound sensitivity"
            }
            (Pattern::ChronicTensionType, 'D') => {
                "At most one of light sensitivity, sound sensitivity or mild nausea; no stronger nausea, no vomiting"
            }
            (Pattern::Cluster, 'A') => "At least 5 attacks",
            (Pattern::Cluster, 'B') => "Severe one-sided pain around the eye or temple lasting 15 to 180 minutes",
            (Pattern::Cluster, 'C') => "Same-side eye or nose signs, and/or restlessness",
            (Pattern::Cluster, 'D') => "From one attack every other day to 8 a day",
            (Pattern::MedicationOveruse, 'A') => "Headache on 15 or more days a month",
            (Pattern::MedicationOveruse, 'B') => {
                "Headache medicine on 10 or more days a month (15 for simple painkillers) for more than 3 months"
            }
            (Pattern::MenstrualLink, 'A') => "Attacks start from 2 days before to 3 days after a period begins",
            (Pattern::MenstrualLink, 'B') => "Confirmed by a diary over at least 3 cycles",
            _ => "",
        }
    }
}

/// A pattern that fits, with the reasons.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PatternFinding {
    /// The pattern.
    pub pattern: Pattern,
    /// Criteria met.
    pub met: Vec<Criterion>,
    /// Criteria not met (only ever one, for probable migraine).
    pub missed: Vec<Criterion>,
    /// Criteria that could not be checked because of "not sure" answers.
    pub unclear: Vec<Criterion>,
    /// Criteria met although some answer behind them was "not sure" (they lower the confidence, and the result
    /// names them). Absent from results kept by earlier builds.
    #[serde(default)]
    pub met_despite_unsure: Vec<Criterion>,
    /// How well it fits.
    pub confidence: Confidence,
    /// The ICHD-3 sub-codes the answers tell, most often one (two or more only for medicine overuse, where each
    /// overused class has its own code). Empty when only the parent code can be given. Absent from results kept by
    /// earlier builds.
    #[serde(default)]
    pub subtypes: Vec<Subtype>,
}

impl PatternFinding {
    /// The most specific ICHD-3 codes: the sub-codes when known, else the pattern's own code.
    pub fn specific_codes(&self) -> Vec<&'static str> {
        if self.subtypes.is_empty() {
            vec![self.pattern.code()]
        } else {
            self.subtypes.iter().map(|subtype| subtype.code()).collect()
        }
    }

    /// The code and name a doctor reads: the pattern's, then its sub-codes when known, e.g. "1.2 Migraine with
    /// aura: 1.2.1.1 Typical aura with headache", or for two overused classes "8.2 Medication-overuse headache:
    /// 8.2.2 Triptan-overuse headache and 8.2.3 Non-opioid analgesic-overuse headache".
    pub fn ichd_label(&self) -> String {
        let parent = format!("{} {}", self.pattern.code(), self.pattern.ichd_name());
        if self.subtypes.is_empty() {
            return parent;
        }
        let labels: Vec<String> = self
            .subtypes
            .iter()
            .map(|subtype| format!("{} {}", subtype.code(), subtype.ichd_name()))
            .collect();
        format!(
            "{parent}: {}",
            join(&labels.iter().map(String::as_str).collect::<Vec<_>>())
        )
    }

    /// Codes of the criteria met, e.g. `["1.1 A", "1.1 B"]`.
    pub fn met_codes(&self) -> Vec<String> {
        self.met.iter().map(Criterion::code).collect()
    }

    /// Codes of the criteria missed.
    pub fn missed_codes(&self) -> Vec<String> {
        self.missed.iter().map(Criterion::code).collect()
    }

    /// Codes of the criteria that were unclear.
    pub fn unclear_codes(&self) -> Vec<String> {
        self.unclear.iter().map(Criterion::code).collect()
    }

    /// Why the confidence is what it is, naming what lowered it: the criteria left unclear, the one missed, or
    /// those met although an answer behind them was "not sure". Never a bare "some answers were uncertain".
    pub fn confidence_reason(&self) -> String {
        let requirements = |criteria: &[Criterion]| {
            criteria
                .iter()
                .map(|criterion| lower_first(criterion.requirement()))
                .collect::<Vec<_>>()
        };
        let list = |criteria: &[Criterion]| {
            let words = requirements(criteria);
            join(&words.iter().map(String::as_str).collect::<Vec<_>>())
        };
        match self.confidence {
            Confidence::Strong => Confidence::Strong.plain_meaning().to_string(),
            Confidence::Tentative if !self.unclear.is_empty() => format!(
                "Your \"not sure\" answers left this unchecked: {}. Treat this as a possibility to look into.",
                list(&self.unclear)
            ),
            _ if !self.missed.is_empty() => format!(
                "It fits in every way but one: {}.",
                list(&self.missed)
            ),
            _ if !self.met_despite_unsure.is_empty() => format!(
                "It fits, but an answer behind this was \"not sure\": {}.",
                list(&self.met_despite_unsure)
            ),
            confidence => confidence.plain_meaning().to_string(),
        }
    }
}

/// One criterion checked against the answers (internal).
#[derive(Debug, Clone)]
pub(crate) struct Check {
    pub(crate) criterion: Criterion,
    pub(crate) fact: Tri,
    /// Some input was "not sure" or unanswered, even if the criterion was decided by the others.
    pub(crate) unsure_inputs: bool,
}

impl Check {
    pub(crate) fn new(
        set: Pattern,
        letter: char,
        fact: Tri,
        unsure_inputs: bool,
        explanation: String,
    ) -> Check {
        Check {
            criterion: Criterion {
                set,
                letter,
                explanation,
            },
            fact,
            unsure_inputs,
        }
    }
}

/// All criteria of one set checked against the answers (internal).
#[derive(Debug, Clone)]
pub(crate) struct Evaluation {
    pub(crate) checks: Vec<Check>,
}

impl Evaluation {
    fn count(&self, fact: Tri) -> usize {
        self.checks
            .iter()
            .filter(|check| check.fact == fact)
            .count()
    }

    /// Every criterion met.
    pub(crate) fn is_definite(&self) -> bool {
        self.count(Tri::No) == 0 && self.count(Tri::Unknown) == 0
    }

    /// Every criterion met, or all but one that could not be checked: worth naming, tentatively.
    pub(crate) fn is_listable(&self) -> bool {
        self.count(Tri::No) == 0 && self.count(Tri::Unknown) <= 1
    }

    /// Exactly one criterion missed and the rest met (ICHD-3 1.5 "all but one").
    pub(crate) fn is_all_but_one(&self) -> bool {
        self.count(Tri::No) == 1 && self.count(Tri::Unknown) == 0
    }

    /// Turns the evaluation into a finding for `pattern`, with confidence derived honestly: tentative when a
    /// criterion is unclear, moderate when any input was "not sure", strong otherwise; never above `cap`.
    pub(crate) fn into_finding(self, pattern: Pattern, cap: Confidence) -> PatternFinding {
        let confidence = if self.count(Tri::Unknown) > 0 {
            Confidence::Tentative
        } else if self.checks.iter().any(|check| check.unsure_inputs) {
            Confidence::Moderate
        } else {
            Confidence::Strong
        };
        let mut finding = PatternFinding {
            pattern,
            met: Vec::new(),
            missed: Vec::new(),
            unclear: Vec::new(),
            met_despite_unsure: Vec::new(),
            confidence: confidence.min(cap),
            subtypes: Vec::new(),
        };
        for check in self.checks {
            match check.fact {
                Tri::Yes => {
                    if check.unsure_inputs {
                        finding.met_despite_unsure.push(check.criterion.clone());
                    }
                    finding.met.push(check.criterion)
                }
                Tri::No => finding.missed.push(check.criterion),
                Tri::Unknown => finding.unclear.push(check.criterion),
            }
        }
        finding
    }
}

/// Joins phrases as "a, b and c".
pub(crate) fn join(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} and {}", rest.join(", "), last),
    }
}

/// A small count in words ("two"), as a person says it; larger ones in digits.
fn count_word(count: usize) -> String {
    const WORDS: [&str; 11] = [
        "none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    WORDS
        .get(count)
        .map_or_else(|| count.to_string(), |word| (*word).to_string())
}

/// Explains an "at least `needed` of these" criterion in the person's terms, as a clinician would say it: how
/// many are needed, how many the person has and which, and (when it is unclear) which answers were "not sure".
/// E.g. "Two of these four features are needed, and you have all four: one-sided, throbbing, moderate or severe
/// and worse with everyday activity."
pub(crate) fn explain_at_least(fact: Tri, needed: usize, items: &[(Tri, &str)]) -> String {
    let named = |wanted: Tri| {
        items
            .iter()
            .filter(|(fact, _)| *fact == wanted)
            .map(|(_, name)| *name)
            .collect::<Vec<_>>()
    };
    let yes = named(Tri::Yes);
    let unsure = named(Tri::Unknown);
    let total = items.len();
    let needed_words = if needed == 1 {
        format!("One of these {} is needed", count_word(total))
    } else {
        format!(
            "{} of these {} are needed",
            capitalised(&count_word(needed)),
            count_word(total)
        )
    };
    let have = match yes.len() {
        0 => "you have none of them".to_string(),
        n if n == total && n > 1 => format!("you have all {}: {}", count_word(n), join(&yes)),
        n => format!("you have {}: {}", count_word(n), join(&yes)),
    };
    match fact {
        Tri::Yes if !unsure.is_empty() => format!(
            "{needed_words}, and {have}. You were not sure about {}; with it, this would be a stronger match.",
            join(&unsure)
        ),
        Tri::Yes | Tri::No => format!("{needed_words}, and {have}."),
        Tri::Unknown => format!(
            "{needed_words}, and {have}. You were not sure about {}, which would decide it.",
            join(&unsure)
        ),
    }
}
