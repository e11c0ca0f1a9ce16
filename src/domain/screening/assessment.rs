//! `evaluate`: answers in, explained result out, in the self-check's order: SNNOOP10 warning signs first, then
//! ICHD-3 8.2, 1.3, 2.3, 3.1, 1.2, 1.1, 2.1/2.2, 1.5 and the A1.1 menstrual pointer. An `Assessment` can never carry
//! a headache pattern together with an emergency or same-day warning sign: its only constructor drops them.

use serde::{Deserialize, Serialize};

use crate::domain::stable_sort::sort_by_key;

use super::answers::{Answers, ClusterCourse, Reply};
use super::cluster::cluster;
use super::findings::{join, Confidence, Evaluation, Pattern, PatternFinding, Subtype};
use super::logic::Tri;
use super::menstrual::menstrual_link;
use super::migraine::{chronic as chronic_migraine, with_aura, without_aura};
use super::overuse::{overuse, OveruseCheck};
use super::tension_type::{chronic as chronic_tension_type, episodic as episodic_tension_type};
use super::triage::Triage;
use super::warning_signs::{find_warning_signs, Certainty, SignFinding, WarningSign};

/// What the result tells the person to do, beyond the triage headline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Advice {
    /// Emergency triage.
    CallEmergencyNow,
    /// Same-day triage.
    SeeDoctorToday,
    /// An emergency sign was answered "not sure": the safety net.
    IfInDoubtCallEmergency,
    /// Book-soon triage.
    BookAppointmentSoon,
    /// ICHD-3 8.2: talk about medicine days with a doctor.
    TalkAboutMedicineDays,
    /// ICHD-3 8.2.4/8.2.5 with codeine or another opioid: do not stop abruptly without a doctor.
    DoNotStopOpioidsAbruptly,
    /// The same, when the person was not sure whether a medicine contains an opioid: told as a condition.
    IfOpioidDoNotStopAbruptly,
    /// Medicine days are over an 8.2 limit but headache days are not (yet) 15: keep an eye on it.
    WatchMedicineDays,
    /// ICHD-3 A1.1: a diary over 3 cycles can confirm a menstrual link.
    DiaryOverThreeCycles,
    /// Some answers were "not sure": the diary can fill the gaps.
    CheckUnsureAnswers,
    /// A migraine result with ≥ 3 kinds of preventive that failed and ≥ 8 disabling days a month (EHF 2020's
    /// thresholds for resistant migraine, asked on the result): a specialist can discuss treatments for it.
    SpecialistForMigraineNotResponding,
    /// Keep a headache diary (every non-urgent result).
    KeepDiary,
}

impl Advice {
    /// A stable id for the UI.
    pub fn id(self) -> &'static str {
        match self {
            Advice::CallEmergencyNow => "call-emergency-now",
            Advice::SeeDoctorToday => "see-doctor-today",
            Advice::IfInDoubtCallEmergency => "if-in-doubt-call-emergency",
            Advice::BookAppointmentSoon => "book-appointment-soon",
            Advice::TalkAboutMedicineDays => "talk-about-medicine-days",
            Advice::DoNotStopOpioidsAbruptly => "do-not-stop-opioids-abruptly",
            Advice::IfOpioidDoNotStopAbruptly => "if-opioid-do-not-stop-abruptly",
            Advice::WatchMedicineDays => "watch-medicine-days",
            Advice::DiaryOverThreeCycles => "diary-over-three-cycles",
            Advice::CheckUnsureAnswers => "check-unsure-answers",
            Advice::SpecialistForMigraineNotResponding => "specialist-for-migraine-not-responding",
            Advice::KeepDiary => "keep-diary",
        }
    }

    /// The advice in plain words.
    pub fn plain_text(self) -> &'static str {
        match self {
            Advice::CallEmergencyNow => Triage::Emergency.next_step(),
            Advice::SeeDoctorToday => Triage::SameDay.next_step(),
            Advice::IfInDoubtCallEmergency => {
                "You were not sure about a sign that can be serious. If it is happening now, or you are in any \
                 doubt, call your local emergency number."
            }
            Advice::BookAppointmentSoon => Triage::Soon.next_step(),
            Advice::TalkAboutMedicineDays => {
                "Talk with a doctor about how often you take headache medicine. Cutting down, with support, \
                 usually makes headaches less frequent."
            }
            Advice::DoNotStopOpioidsAbruptly => {
                "Some of your medicine contains codeine or another opioid. Do not stop it suddenly on your own: \
                 a doctor can plan a safe way to cut down."
            }
            Advice::IfOpioidDoNotStopAbruptly => {
                "You were not sure whether any of your medicine contains codeine or another opioid. The \
                 pharmacist or the leaflet can tell you. If one does, do not stop it suddenly on your own: a \
                 doctor can plan a safe way to cut down."
            }
            Advice::WatchMedicineDays => {
                "You take headache medicine on many days. Taking it this often for months can itself bring more \
                 headaches, so keep count in your diary."
            }
            Advice::DiaryOverThreeCycles => {
                "Mark your period days in your headache diary for at least 3 cycles; that is how a link with \
                 periods is confirmed."
            }
            Advice::CheckUnsureAnswers => {
                "Some answers were \"not sure\". A diary of your next headaches will fill those gaps."
            }
            Advice::SpecialistForMigraineNotResponding => {
                "You have tried several kinds of preventive treatment without enough help, and headaches still \
                 stop you on many days. Treatments exist for migraine that has not responded to the usual ones: a \
                 headache specialist can go through what you have tried and discuss them with you."
            }
            Advice::KeepDiary => {
                "Keep a headache diary: note each headache's day, length, how bad it was, what came with it and \
                 what you took. Bring it to your appointment."
            }
        }
    }

    /// Whether the advice still applies when the result is urgent (everything else waits for the doctor).
    fn applies_when_urgent(self) -> bool {
        matches!(
            self,
            Advice::CallEmergencyNow
                | Advice::SeeDoctorToday
                | Advice::IfInDoubtCallEmergency
                | Advice::DoNotStopOpioidsAbruptly
                | Advice::IfOpioidDoNotStopAbruptly
        )
    }
}

/// The kind of result screen to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// An emergency sign: go now. No pattern is named.
    GoNow,
    /// A same-day sign (or an unclear emergency sign): see a doctor today. No pattern is named.
    SeeDoctorToday,
    /// One or more patterns fit.
    PatternsFound,
    /// No pattern fits clearly; the diary is the next step.
    NotEnoughToSay,
}

impl Outcome {
    /// Plain words for the "not enough to say" case; other outcomes use the triage and pattern texts.
    pub fn plain_summary(self) -> &'static str {
        match self {
            Outcome::GoNow => Triage::Emergency.headline(),
            Outcome::SeeDoctorToday => Triage::SameDay.headline(),
            Outcome::PatternsFound => "Your answers fit a recognised headache pattern",
            Outcome::NotEnoughToSay => {
                "Your answers do not clearly fit one pattern yet. That is common; a headache diary over the next \
                 month or two is the best next step."
            }
        }
    }
}

/// What the result does not mean. Show it with every result.
pub const NOT_A_DIAGNOSIS: &str = "This self-check is not a diagnosis. It compares your answers with the \
international headache criteria (ICHD-3) and checks for warning signs, so that you know what to do next and \
what to talk about with a doctor.";

/// The explained result of the self-check.
///
/// Fields are private so the guarantee holds: when `triage` is emergency or same day, `patterns` is empty.
/// It is kept in storage; loading it goes through the same constructor, so a stored result cannot break the rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "AssessmentRecord")]
pub struct Assessment {
    triage: Triage,
    warning_signs: Vec<SignFinding>,
    patterns: Vec<PatternFinding>,
    advice: Vec<Advice>,
}

/// The stored shape of an [`Assessment`]; loading rebuilds the assessment through its constructor.
#[derive(Debug, Clone, Deserialize)]
struct AssessmentRecord {
    #[serde(default)]
    warning_signs: Vec<SignFinding>,
    #[serde(default)]
    patterns: Vec<PatternFinding>,
    #[serde(default)]
    advice: Vec<Advice>,
}

impl From<AssessmentRecord> for Assessment {
    fn from(record: AssessmentRecord) -> Self {
        Assessment::new(record.warning_signs, record.patterns, record.advice)
    }
}

impl Assessment {
    /// A stored assessment, rebuilt through the only constructor as every load does: triage and the dropping
    /// of patterns beside an urgent sign are worked out again, never read from storage.
    pub fn from_stored(
        warning_signs: Vec<SignFinding>,
        patterns: Vec<PatternFinding>,
        advice: Vec<Advice>,
    ) -> Assessment {
        Assessment::new(warning_signs, patterns, advice)
    }

    /// The only constructor. Triage is derived here, never passed in: the most urgent warning sign, raised to
    /// "book soon" by chronic, cluster or overuse patterns. When triage is emergency or same day, every pattern
    /// and all non-urgent advice are dropped (SNNOOP10 first: no label next to a warning sign).
    fn new(
        warning_signs: Vec<SignFinding>,
        mut patterns: Vec<PatternFinding>,
        advice: Vec<Advice>,
    ) -> Assessment {
        let from_signs = warning_signs
            .iter()
            .map(SignFinding::urgency)
            .max()
            .unwrap_or(Triage::Routine);
        let from_patterns = patterns
            .iter()
            .map(|finding| finding.pattern.minimum_triage())
            .max()
            .unwrap_or(Triage::Routine);
        let triage = from_signs.max(from_patterns);
        if triage.is_urgent() {
            patterns.clear();
        }
        sort_by_key(&mut patterns, |finding| finding.pattern);

        let unclear_emergency = warning_signs.iter().any(|finding| {
            finding.certainty == Certainty::Unclear && finding.sign.urgency() == Triage::Emergency
        });
        let mut all_advice = match triage {
            Triage::Emergency => vec![Advice::CallEmergencyNow],
            Triage::SameDay if unclear_emergency => {
                vec![Advice::SeeDoctorToday, Advice::IfInDoubtCallEmergency]
            }
            Triage::SameDay => vec![Advice::SeeDoctorToday],
            Triage::Soon => vec![Advice::BookAppointmentSoon],
            Triage::Routine => Vec::new(),
        };
        all_advice.extend(
            advice
                .into_iter()
                .filter(|item| !triage.is_urgent() || item.applies_when_urgent()),
        );
        if !triage.is_urgent() {
            all_advice.push(Advice::KeepDiary);
        }
        let mut advice = Vec::new();
        for item in all_advice {
            if !advice.contains(&item) {
                advice.push(item);
            }
        }

        Assessment {
            triage,
            warning_signs,
            patterns,
            advice,
        }
    }

    /// How urgent.
    pub fn triage(&self) -> Triage {
        self.triage
    }

    /// The warning signs found, most urgent first.
    pub fn warning_signs(&self) -> &[SignFinding] {
        &self.warning_signs
    }

    /// The patterns that fit, in evaluation order. Always empty when [`Triage::is_urgent`].
    pub fn patterns(&self) -> &[PatternFinding] {
        &self.patterns
    }

    /// The advice, most important first.
    pub fn advice(&self) -> &[Advice] {
        &self.advice
    }

    /// Whether the result asks about preventive treatments tried: a migraine pattern (1.1, 1.2, 1.3, 1.5) and no
    /// urgent warning sign.
    pub fn asks_about_treatments(&self) -> bool {
        !self.triage.is_urgent()
            && self
                .patterns
                .iter()
                .any(|finding| finding.pattern.is_migraine())
    }

    /// Whether a pattern is among the findings.
    pub fn has_pattern(&self, pattern: Pattern) -> bool {
        self.patterns
            .iter()
            .any(|finding| finding.pattern == pattern)
    }

    /// The finding for a pattern, if present.
    pub fn finding(&self, pattern: Pattern) -> Option<&PatternFinding> {
        self.patterns
            .iter()
            .find(|finding| finding.pattern == pattern)
    }

    /// Whether a warning sign was found (reported or unclear).
    pub fn has_sign(&self, sign: WarningSign) -> bool {
        self.warning_signs
            .iter()
            .any(|finding| finding.sign == sign)
    }

    /// The ICHD-3 codes of the patterns, e.g. `["8.2", "1.3"]`.
    pub fn pattern_codes(&self) -> Vec<&'static str> {
        self.patterns
            .iter()
            .map(|finding| finding.pattern.code())
            .collect()
    }

    /// When the answers describe more than one kind of headache (migraine attacks and tension-type days, or cluster
    /// attacks beside either), a sentence that says so: ICHD-3 gives each kind its own diagnosis. `None` otherwise.
    pub fn kinds_of_headache(&self) -> Option<String> {
        let mut kinds: Vec<&'static str> = Vec::new();
        for finding in &self.patterns {
            let kind = match finding.pattern {
                pattern if pattern.is_migraine() => "migraine",
                Pattern::InfrequentTensionType
                | Pattern::FrequentTensionType
                | Pattern::ChronicTensionType => "tension-type headache",
                Pattern::Cluster => "cluster headache",
                _ => continue,
            };
            if !kinds.contains(&kind) {
                kinds.push(kind);
            }
        }
        let count = match kinds.len() {
            0 | 1 => return None,
            2 => "two",
            _ => "three",
        };
        Some(format!(
            "Your answers describe {count} kinds of headache: {}. They are separate diagnoses, and a doctor treats \
             each in its own way.",
            join(&kinds)
        ))
    }

    /// Which result screen to show.
    pub fn outcome(&self) -> Outcome {
        match self.triage {
            Triage::Emergency => Outcome::GoNow,
            Triage::SameDay => Outcome::SeeDoctorToday,
            _ if self
                .patterns
                .iter()
                .any(|finding| finding.pattern.is_headache_pattern()) =>
            {
                Outcome::PatternsFound
            }
            _ => Outcome::NotEnoughToSay,
        }
    }
}

/// Runs the self-check on a set of answers. Pure: same answers, same result.
///
/// Order (CLINICAL.md, issue 3): SNNOOP10 warning signs; if any is emergency or same day, stop with no pattern.
/// Otherwise ICHD-3 8.2 (added to whatever else fits), 1.3 (excludes 2.x and replaces 1.1/1.5), 2.3, 3.1, 1.2, 1.1,
/// 2.1/2.2, 1.5 (only when no other disorder fits: a definite tension-type result beats probable migraine), and
/// the A1.1 menstrual pointer. With nothing left: "not enough to say", and the diary.
pub fn evaluate(answers: &Answers) -> Assessment {
    let overuse_check = overuse(answers);
    let mut signs = find_warning_signs(answers);
    if overuse_check.evaluation.is_listable() {
        let certainty = if overuse_check.evaluation.is_definite() {
            Certainty::Reported
        } else {
            Certainty::Unclear
        };
        signs.push(SignFinding {
            sign: WarningSign::PossibleMedicationOveruse,
            certainty,
        });
    }
    sort_by_key(&mut signs, |finding| std::cmp::Reverse(finding.urgency()));

    let urgent = signs.iter().any(|finding| finding.urgency().is_urgent());
    let patterns = if urgent {
        Vec::new()
    } else {
        patterns(answers, &overuse_check)
    };

    let mut advice = Vec::new();
    if overuse_check.evaluation.is_listable() {
        advice.push(Advice::TalkAboutMedicineDays);
    } else if overuse_check.medicine_over_limit == Tri::Yes {
        advice.push(Advice::WatchMedicineDays);
    }
    let medicine_matters =
        overuse_check.evaluation.is_listable() || overuse_check.medicine_over_limit != Tri::No;
    if medicine_matters {
        match overuse_check.opioid_involved {
            Tri::Yes => advice.push(Advice::DoNotStopOpioidsAbruptly),
            Tri::Unknown => advice.push(Advice::IfOpioidDoNotStopAbruptly),
            Tri::No => {}
        }
    }
    if patterns
        .iter()
        .any(|finding| finding.pattern == Pattern::MenstrualLink)
    {
        advice.push(Advice::DiaryOverThreeCycles);
    }
    if patterns.iter().any(|finding| {
        finding.pattern.is_headache_pattern() && finding.confidence == Confidence::Tentative
    }) {
        advice.push(Advice::CheckUnsureAnswers);
    }
    if not_responding_to_preventives(answers)
        && patterns.iter().any(|finding| finding.pattern.is_migraine())
    {
        advice.push(Advice::SpecialistForMigraineNotResponding);
    }

    Assessment::new(signs, patterns, advice)
}

/// EHF 2020 (Sacco et al., J Headache Pain 2020;21:76): ≥ 3 kinds of preventive failed and ≥ 8 debilitating days
/// a month, both answered as numbers ("not sure" never meets them). The self-check does not ask about 3 months in a
/// row, so the result never names resistant migraine: it only points to a specialist.
fn not_responding_to_preventives(answers: &Answers) -> bool {
    use super::answers::Quantity;
    let known = |value: Option<Quantity>, at_least: u32| matches!(value, Some(Quantity::Known(n)) if n >= at_least);
    matches!(answers.treatments.tried, Some(Reply::Yes))
        && known(answers.treatments.kinds_failed, 3)
        && known(answers.treatments.disabling_days, 8)
}

/// The ICHD-3 patterns for a person with no urgent warning sign.
///
/// Every ICHD-3 diagnosis ends "not better accounted for by another ICHD-3 diagnosis", so the usual headache carries
/// at most one label, chosen in this order: a definite migraine (1.1, or 1.2 when aura comes with every headache),
/// a definite tension-type headache (2.1–2.3; it beats probable migraine, ICHD-3 2.1 note), probable migraine (1.5:
/// every criterion checked, one missed), a tentative migraine, a tentative tension-type headache. Attacks told
/// apart from the usual headache (cluster attacks; aura attacks when aura does not come with every headache) are
/// a second kind of headache and keep their own label; a tension-type label beside cluster attacks must be
/// definite, because a tentative one would name the same attacks twice.
fn patterns(answers: &Answers, overuse_check: &OveruseCheck) -> Vec<PatternFinding> {
    let mut found = Vec::new();
    let mut push =
        |evaluation: Evaluation, pattern: Pattern, cap: Confidence, subtypes: Vec<Subtype>| {
            let mut finding = evaluation.into_finding(pattern, cap);
            finding.subtypes = subtypes;
            found.push(finding);
        };

    if overuse_check.evaluation.is_listable() {
        push(
            overuse_check.evaluation.clone(),
            Pattern::MedicationOveruse,
            Confidence::Strong,
            overuse_check.subtypes.clone(),
        );
    }

    // ICHD-3 4.10: a daily headache unremitting from its first day is not chronic migraine or tension-type.
    let new_daily_persistent = answers.frequency.daily_from_first_day == Some(Reply::Yes);
    let chronic = if new_daily_persistent {
        None
    } else {
        chronic_migraine(answers).filter(Evaluation::is_listable)
    };
    let is_chronic_migraine = chronic.is_some();
    if let Some(evaluation) = chronic {
        push(
            evaluation,
            Pattern::ChronicMigraine,
            Confidence::Strong,
            Vec::new(),
        );
    }

    let aura = with_aura(answers);
    let usual = without_aura(answers);
    // When aura comes with nearly every headache, the usual headache is the aura attack: 1.2 alone describes it.
    let aura_every_attack = answers.aura.every_attack == Some(Reply::Yes)
        && aura.as_ref().is_some_and(Evaluation::is_listable);
    let aura_listed = aura.as_ref().is_some_and(Evaluation::is_listable);
    let aura_definite = aura.as_ref().is_some_and(Evaluation::is_definite);
    let usual_migraine_definite = usual.is_definite() || (aura_every_attack && aura_definite);
    let usual_migraine_tentative =
        !usual_migraine_definite && (usual.is_listable() || (aura_every_attack && aura_listed));

    let cluster_eval = cluster(answers).filter(Evaluation::is_listable);
    let cluster_definite = cluster_eval.as_ref().is_some_and(Evaluation::is_definite);
    // ICHD-3 2.1–2.3 E: beside attacks that fit cluster headache, only a definite tension-type label is a second
    // kind of headache.
    let tension_fits = |evaluation: &Evaluation| {
        evaluation.is_listable() && (cluster_eval.is_none() || evaluation.is_definite())
    };
    let tension_possible =
        !is_chronic_migraine && !new_daily_persistent && !usual_migraine_definite;
    let chronic_tension = tension_possible
        .then(|| chronic_tension_type(answers))
        .flatten()
        .filter(tension_fits);
    let episodic_tension = tension_possible
        .then(|| episodic_tension_type(answers))
        .flatten()
        .filter(|(_, evaluation)| tension_fits(evaluation));
    let tension_definite = chronic_tension
        .as_ref()
        .is_some_and(Evaluation::is_definite)
        || episodic_tension
            .as_ref()
            .is_some_and(|(_, evaluation)| evaluation.is_definite());

    // ICHD-3 1.5: all but one criterion of 1.1 or 1.2, and no other disorder fits.
    let probable = if is_chronic_migraine
        || usual_migraine_definite
        || usual_migraine_tentative
        || tension_definite
        || cluster_definite
        || aura_definite
        || aura_listed
    {
        None
    } else if !aura_every_attack && usual.is_all_but_one() {
        Some((usual.clone(), Subtype::ProbableWithoutAura))
    } else {
        aura.clone()
            .filter(Evaluation::is_all_but_one)
            .map(|evaluation| (evaluation, Subtype::ProbableWithAura))
    };
    // A tentative tension-type label gives way to a label the answers fit better: a tentative migraine on the same
    // headache (listed first), or probable migraine, whose every criterion was checked.
    let tension_listed = tension_definite || (!usual_migraine_tentative && probable.is_none());

    if tension_listed {
        if let Some(evaluation) = chronic_tension {
            push(
                evaluation,
                Pattern::ChronicTensionType,
                Confidence::Strong,
                Vec::new(),
            );
        }
    }

    if let Some(evaluation) = cluster_eval {
        let subtypes = match answers.cluster.course {
            Some(ClusterCourse::BoutsWithLongBreaks) => vec![Subtype::EpisodicCluster],
            Some(ClusterCourse::YearWithoutLongBreak) => vec![Subtype::ChronicCluster],
            _ => Vec::new(),
        };
        push(evaluation, Pattern::Cluster, Confidence::Strong, subtypes);
    }

    if let Some(evaluation) = aura.filter(Evaluation::is_listable) {
        push(
            evaluation,
            Pattern::MigraineWithAura,
            Confidence::Strong,
            aura_subtypes(answers),
        );
    }

    let usual_listed = !is_chronic_migraine && !aura_every_attack && usual.is_listable();
    if usual_listed {
        push(
            usual,
            Pattern::MigraineWithoutAura,
            Confidence::Strong,
            Vec::new(),
        );
    }

    if tension_listed {
        if let Some((pattern, evaluation)) = episodic_tension {
            push(evaluation, pattern, Confidence::Strong, Vec::new());
        }
    }

    if let Some((evaluation, subtype)) = probable {
        push(
            evaluation,
            Pattern::ProbableMigraine,
            Confidence::Moderate,
            vec![subtype],
        );
    }

    // ICHD-3 A1.1 is about migraine: point to the diary when migraine fits, or when nothing else does.
    if let Some(evaluation) = menstrual_link(answers) {
        let migraine_or_nothing = found.iter().any(|finding| finding.pattern.is_migraine())
            || found
                .iter()
                .all(|finding| !finding.pattern.is_headache_pattern());
        if migraine_or_nothing {
            found.push(evaluation.into_finding(Pattern::MenstrualLink, Confidence::Tentative));
        }
    }

    found
}

/// ICHD-3 1.2.1 typical aura: visual, sensory and/or speech only, known when the person said no to brainstem and
/// retinal symptoms (the motor ones are asked as warning signs and never reach a pattern). Then 1.2.1.1 when a
/// headache comes with the aura or within 60 minutes, 1.2.1.2 when none does; 1.2.1 alone when that is unclear.
fn aura_subtypes(answers: &Answers) -> Vec<Subtype> {
    if answers.aura.atypical_symptoms != Some(Reply::No) {
        return Vec::new();
    }
    vec![match answers.aura.headache_within_60 {
        Some(Reply::Yes) => Subtype::TypicalAuraWithHeadache,
        Some(Reply::No) => Subtype::TypicalAuraWithoutHeadache,
        Some(Reply::NotSure) | None => Subtype::TypicalAura,
    }]
}
