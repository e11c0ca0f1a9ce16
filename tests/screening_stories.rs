//! Patient stories of our own, run through the engine end to end: each is a list of (question, answer) pairs in the
//! order the UI asks them, so browser e2e tests can replay the same clicks by `Question::id()` and `Choice::id`.
//! Every story is checked to be replayable (only visible questions, every visible step complete).

use std::collections::BTreeSet;

use headache_diary::domain::screening::{
    emergency_found, evaluate, Advice, AnswerValue, Answers, ClusterCourse as Course,
    ClusterFrequency, CountBand, DurationBand, HeadacheHistory, LightAndSound as Senses,
    PainQuality, PainSide, Quantity, Question, Reply, Severity, Sickness as Queasy, Step, Triage,
    WarningSign,
};
use Question::*;

type Answer = (Question, AnswerValue);

// ---------------------------------------------------------------------------------------------------------------
// Answer builders: one line per question, in the person's terms.
// ---------------------------------------------------------------------------------------------------------------

fn yes(question: Question) -> Answer {
    (question, Reply::Yes.into())
}

fn no(question: Question) -> Answer {
    (question, Reply::No.into())
}

fn unsure(question: Question) -> Answer {
    (question, Reply::NotSure.into())
}

fn number(question: Question, value: u32) -> Answer {
    (question, Quantity::Known(value).into())
}

fn number_unsure(question: Question) -> Answer {
    (question, Quantity::NotSure.into())
}

/// A length-of-time question answered by picking a band (what the UI's radio buttons store).
fn lasting(question: Question, band: DurationBand) -> Answer {
    (
        question,
        Quantity::Known(band.representative_minutes()).into(),
    )
}

/// A how-many-times question answered by picking a band.
fn times(question: Question, band: CountBand) -> Answer {
    (question, Quantity::Known(band.representative()).into())
}

fn pick(question: Question, value: impl Into<AnswerValue>) -> Answer {
    (question, value.into())
}

/// The warning-sign step as this build asks it: each safety group "no", unless a change answers one of its signs,
/// when the group is "yes" and its other signs "no"; headaches the same for over a year unless the history is
/// changed (then the new-medicine question is asked too). Changes replace the defaults or add follow-ups.
fn warning_step(changes: &[Answer]) -> Vec<Answer> {
    let changed = |question: Question| changes.iter().find(|(q, _)| *q == question).copied();
    let mut answers = Vec::new();
    for group in [EmergencyGroup, SameDayGroup] {
        let signs: Vec<Question> = Question::ALL
            .iter()
            .copied()
            .filter(|q| q.group() == Some(group))
            .collect();
        if !changes.iter().any(|(q, _)| signs.contains(q)) {
            answers.push(no(group));
            continue;
        }
        answers.push(yes(group));
        let mut opened = Answers::default();
        opened
            .set(group, Reply::Yes.into())
            .expect("a yes/no question");
        for sign in signs {
            match changed(sign) {
                Some(answer) => answers.push(answer),
                None if sign.is_shown(&opened) => answers.push(no(sign)),
                None => {}
            }
        }
    }
    let history = changed(History).unwrap_or(pick(History, HeadacheHistory::SameForOverAYear));
    answers.push(history);
    match changed(NewMedicine) {
        Some(answer) => answers.push(answer),
        None if history.1 != HeadacheHistory::SameForOverAYear.into() => {
            answers.push(no(NewMedicine))
        }
        None => {}
    }
    answers
}

fn about(age: u32, periods: Reply) -> Vec<Answer> {
    vec![number(Age, age), pick(HasPeriods, periods)]
}

fn usual_attack(
    count: CountBand,
    length: DurationBand,
    eye_or_temple_attacks: Reply,
) -> Vec<Answer> {
    vec![
        times(AttackCount, count),
        lasting(AttackMinutes, length),
        pick(EyeTempleAttacks, eye_or_temple_attacks),
    ]
}

/// How sick the person feels during the headache.
#[derive(Clone, Copy)]
enum Sick {
    No,
    Mildly,
    Strongly,
    AndVomits,
}

fn sickness(sick: Sick) -> Vec<Answer> {
    match sick {
        Sick::No => vec![pick(Sickness, Queasy::Neither)],
        Sick::Mildly => vec![pick(Sickness, Queasy::SlightlyQueasy)],
        Sick::Strongly => vec![pick(Sickness, Queasy::FeelsSick)],
        Sick::AndVomits => vec![pick(Sickness, Queasy::Vomits)],
    }
}

fn feels(
    side: PainSide,
    quality: PainQuality,
    severity: Severity,
    worse_with_activity: Reply,
) -> Vec<Answer> {
    vec![
        pick(Side, side),
        pick(Quality, quality),
        pick(AttackSeverity, severity),
        pick(WorseWithActivity, worse_with_activity),
    ]
}

/// Feeling sick, then light and sound as one answer; light and sound are not asked when sickness settles every
/// criterion that reads them (feeling properly sick, or vomiting).
fn with(sick: Sick, light: Reply, sound: Reply) -> Vec<Answer> {
    let mut answers = sickness(sick);
    if matches!(sick, Sick::No | Sick::Mildly) {
        let senses = match (light, sound) {
            (Reply::Yes, Reply::Yes) => Senses::Both,
            (Reply::Yes, Reply::No) => Senses::LightOnly,
            (Reply::No, Reply::Yes) => Senses::SoundOnly,
            (Reply::No, Reply::No) => Senses::Neither,
            _ => Senses::NotSure,
        };
        answers.push(pick(LightAndSound, senses));
    }
    answers
}

/// One-sided, throbbing, severe, worse with activity, feeling sick, light and sound.
fn migraine_like() -> Vec<Answer> {
    [
        feels(
            PainSide::OneSide,
            PainQuality::Throbbing,
            Severity::Severe,
            Reply::Yes,
        ),
        with(Sick::Strongly, Reply::Yes, Reply::Yes),
    ]
    .concat()
}

/// Two-sided, pressing, mild, not worse with activity, no nausea, sound only.
fn tension_like() -> Vec<Answer> {
    [
        feels(
            PainSide::BothSides,
            PainQuality::PressingOrTight,
            Severity::Mild,
            Reply::No,
        ),
        with(Sick::No, Reply::No, Reply::Yes),
    ]
    .concat()
}

fn no_aura() -> Vec<Answer> {
    vec![no(Aura)]
}

/// Headache days a month and for how many months (under 15 days).
fn how_often(days: u32, months: u32) -> Vec<Answer> {
    vec![number(HeadacheDays, days), number(HeadacheMonths, months)]
}

/// 15 or more headache days: adds the migraine-day and "since one particular day" questions.
fn most_days(days: u32, months: u32, migraine_days: u32) -> Vec<Answer> {
    vec![
        number(HeadacheDays, days),
        number(HeadacheMonths, months),
        number(MigraineDays, migraine_days),
        no(DailyFromFirstDay),
    ]
}

/// Medicine days a month per class, for how many months, and whether codeine/opioids are involved.
#[derive(Clone, Copy, Default)]
struct Medicines {
    any: u32,
    simple: u32,
    triptan: u32,
    ergot: u32,
    opioid: u32,
    combination: u32,
    months: u32,
    codeine: bool,
}

fn medicines(m: Medicines) -> Vec<Answer> {
    vec![
        number(AnyMedicineDays, m.any),
        number(SimpleAnalgesicDays, m.simple),
        number(TriptanDays, m.triptan),
        number(ErgotDays, m.ergot),
        number(OpioidDays, m.opioid),
        number(CombinationDays, m.combination),
        number(MedicineMonths, m.months),
        pick(
            CodeineOrOpioid,
            if m.codeine { Reply::Yes } else { Reply::No },
        ),
    ]
}

fn cycle(window: Reply) -> Vec<Answer> {
    vec![pick(PeriodWindow, window)]
}

// ---------------------------------------------------------------------------------------------------------------
// The stories.
// ---------------------------------------------------------------------------------------------------------------

struct Story {
    name: &'static str,
    answers: Vec<Answer>,
    triage: Triage,
    /// ICHD-3 codes expected, as a set.
    patterns: &'static [&'static str],
    /// The most specific codes expected, as a set, when the story pins them.
    specific: Option<&'static [&'static str]>,
    /// Warning signs that must be among those found.
    signs: &'static [WarningSign],
    /// Criteria codes that must be met in some finding.
    met: &'static [&'static str],
    /// Criteria codes that must be missed in some finding.
    missed: &'static [&'static str],
    /// Advice that must be given.
    advice: &'static [Advice],
}

impl Story {
    fn new(name: &'static str, answers: Vec<Vec<Answer>>, triage: Triage) -> Story {
        Story {
            name,
            answers: answers.concat(),
            triage,
            patterns: &[],
            specific: None,
            signs: &[],
            met: &[],
            missed: &[],
            advice: &[],
        }
    }

    fn patterns(mut self, codes: &'static [&'static str]) -> Story {
        self.patterns = codes;
        self
    }

    fn specific(mut self, codes: &'static [&'static str]) -> Story {
        self.specific = Some(codes);
        self
    }

    fn signs(mut self, signs: &'static [WarningSign]) -> Story {
        self.signs = signs;
        self
    }

    fn met(mut self, codes: &'static [&'static str]) -> Story {
        self.met = codes;
        self
    }

    fn missed(mut self, codes: &'static [&'static str]) -> Story {
        self.missed = codes;
        self
    }

    fn advice(mut self, advice: &'static [Advice]) -> Story {
        self.advice = advice;
        self
    }

    fn answers(&self) -> Answers {
        let mut answers = Answers::default();
        for (question, value) in &self.answers {
            answers
                .set(*question, *value)
                .unwrap_or_else(|error| panic!("{}: {question:?}: {error}", self.name));
        }
        answers
    }
}

fn stories() -> Vec<Story> {
    use CountBand::*;
    use DurationBand::*;
    vec![
        // ---- Patterns, routine ----
        Story::new(
            "Ana, 34, monthly throbbing one-sided headaches with nausea",
            vec![
                warning_step(&[]),
                about(34, Reply::No),
                usual_attack(TenOrMore, FourHoursToThreeDays, Reply::No),
                migraine_like(),
                no_aura(),
                how_often(2, 24),
            ],
            Triage::Routine,
        )
        .patterns(&["1.1"])
        .met(&["1.1 A", "1.1 B", "1.1 C", "1.1 D"])
        .advice(&[Advice::KeepDiary]),
        Story::new(
            "Ben, 41, zigzag lights before every headache",
            vec![
                warning_step(&[]),
                about(41, Reply::No),
                usual_attack(TenOrMore, FourHoursToThreeDays, Reply::No),
                migraine_like(),
                vec![
                    yes(Aura),
                    yes(AuraVisual),
                    no(AuraSensory),
                    no(AuraSpeech),
                    yes(AuraReversible),
                    yes(AuraSpreads),
                    no(AuraSuccession),
                    yes(AuraLasts5To60),
                    yes(AuraOneSided),
                    yes(AuraPositive),
                    no(AuraAtypical),
                    yes(AuraHeadacheWithin60),
                    times(AuraCount, TenOrMore),
                    yes(AuraEveryAttack),
                ],
                how_often(1, 36),
            ],
            Triage::Routine,
        )
        .patterns(&["1.2"])
        .specific(&["1.2.1.1"])
        .met(&["1.2 A", "1.2 B", "1.2 C"]),
        Story::new(
            "Chloe, 29, sometimes tingling and flicker first, sometimes plain migraine",
            vec![
                warning_step(&[]),
                about(29, Reply::Yes),
                usual_attack(TenOrMore, FourHoursToThreeDays, Reply::No),
                migraine_like(),
                vec![
                    yes(Aura),
                    yes(AuraVisual),
                    yes(AuraSensory),
                    no(AuraSpeech),
                    yes(AuraReversible),
                    yes(AuraSpreads),
                    yes(AuraSuccession),
                    yes(AuraLasts5To60),
                    unsure(AuraOneSided),
                    yes(AuraPositive),
                    no(AuraAtypical),
                    no(AuraHeadacheWithin60),
                    times(AuraCount, TwoToFour),
                    no(AuraEveryAttack),
                ],
                how_often(3, 12),
                cycle(Reply::No),
            ],
            Triage::Routine,
        )
        .patterns(&["1.1", "1.2"])
        .specific(&["1.1", "1.2.1.2"])
        .met(&["1.2 C"]),
        Story::new(
            "Farid, 27, only three migraine-like attacks so far",
            vec![
                warning_step(&[pick(History, HeadacheHistory::BeganThisYear)]),
                about(27, Reply::No),
                usual_attack(TwoToFour, FourHoursToThreeDays, Reply::No),
                migraine_like(),
                no_aura(),
                how_often(1, 6),
            ],
            Triage::Routine,
        )
        .patterns(&["1.5"])
        .missed(&["1.1 A"]),
        Story::new(
            "Wen, 16, two-hour throbbing headaches with vomiting",
            vec![
                warning_step(&[]),
                about(16, Reply::Yes),
                usual_attack(FiveToNine, TwoToThreeHours, Reply::No),
                feels(
                    PainSide::BothSides,
                    PainQuality::Throbbing,
                    Severity::Moderate,
                    Reply::Yes,
                ),
                with(Sick::AndVomits, Reply::Yes, Reply::No),
                no_aura(),
                how_often(2, 12),
                cycle(Reply::No),
            ],
            Triage::Routine,
        )
        .patterns(&["1.1"])
        .met(&["1.1 B"]),
        Story::new(
            "Lena, 31, migraines that start just before her period",
            vec![
                warning_step(&[]),
                about(31, Reply::Yes),
                usual_attack(TenOrMore, FourHoursToThreeDays, Reply::No),
                migraine_like(),
                no_aura(),
                how_often(2, 24),
                cycle(Reply::Yes),
            ],
            Triage::Routine,
        )
        .patterns(&["1.1", "A1.1"])
        .met(&["A1.1 A"])
        .advice(&[Advice::DiaryOverThreeCycles]),
        Story::new(
            "Grace, 33, a few tight headaches a year",
            vec![
                warning_step(&[]),
                about(33, Reply::No),
                usual_attack(TenOrMore, HalfHourToTwoHours, Reply::No),
                tension_like(),
                no_aura(),
                how_often(0, 24),
            ],
            Triage::Routine,
        )
        .patterns(&["2.1"])
        .met(&["2.1 A", "2.1 D"]),
        Story::new(
            "Hugo, 40, a tight band around the head about six days a month",
            vec![
                warning_step(&[]),
                about(40, Reply::No),
                usual_attack(TenOrMore, TwoToThreeHours, Reply::No),
                tension_like(),
                no_aura(),
                how_often(6, 12),
            ],
            Triage::Routine,
        )
        .patterns(&["2.2"])
        .met(&["2.2 A", "2.2 C"]),
        Story::new(
            "Mo, 25, not sure about most details",
            vec![
                warning_step(&[]),
                about(25, Reply::No),
                vec![
                    number_unsure(AttackCount),
                    number_unsure(AttackMinutes),
                    no(EyeTempleAttacks),
                ],
                vec![
                    pick(Side, PainSide::NotSure),
                    pick(Quality, PainQuality::NotSure),
                    pick(AttackSeverity, Severity::Moderate),
                    unsure(WorseWithActivity),
                    pick(Sickness, Queasy::NotSure),
                    pick(LightAndSound, Senses::NotSure),
                ],
                no_aura(),
                how_often(3, 12),
            ],
            Triage::Routine,
        )
        .advice(&[Advice::KeepDiary]),
        // ---- Patterns that need a doctor soon ----
        Story::new(
            "Dev, 45, headache on most days, triptans on 12 of them",
            vec![
                warning_step(&[]),
                about(45, Reply::No),
                usual_attack(TenOrMore, FourHoursToThreeDays, Reply::No),
                migraine_like(),
                no_aura(),
                most_days(20, 8, 10),
                medicines(Medicines {
                    any: 12,
                    simple: 3,
                    triptan: 12,
                    months: 8,
                    ..Medicines::default()
                }),
            ],
            Triage::Soon,
        )
        .patterns(&["8.2", "1.3"])
        .signs(&[WarningSign::PossibleMedicationOveruse])
        .met(&["8.2 A", "8.2 B", "1.3 A", "1.3 B", "1.3 C"])
        .advice(&[Advice::BookAppointmentSoon, Advice::TalkAboutMedicineDays]),
        Story::new(
            "Eve, 38, migraine on 16 days a month, little medicine",
            vec![
                warning_step(&[]),
                about(38, Reply::Yes),
                usual_attack(TenOrMore, FourHoursToThreeDays, Reply::No),
                migraine_like(),
                no_aura(),
                most_days(16, 6, 9),
                medicines(Medicines {
                    any: 5,
                    simple: 5,
                    months: 6,
                    ..Medicines::default()
                }),
                cycle(Reply::No),
            ],
            Triage::Soon,
        )
        .patterns(&["1.3"])
        .met(&["1.3 C"]),
        Story::new(
            "Iris, 55, pressing headache on most days for years",
            vec![
                warning_step(&[]),
                about(55, Reply::No),
                usual_attack(TenOrMore, FourHoursToThreeDays, Reply::No),
                feels(
                    PainSide::BothSides,
                    PainQuality::PressingOrTight,
                    Severity::Moderate,
                    Reply::No,
                ),
                with(Sick::Mildly, Reply::No, Reply::No),
                no_aura(),
                most_days(25, 60, 0),
                medicines(Medicines {
                    any: 6,
                    simple: 6,
                    months: 24,
                    ..Medicines::default()
                }),
            ],
            Triage::Soon,
        )
        .patterns(&["2.3"])
        .met(&["2.3 A", "2.3 D"]),
        Story::new(
            "Jon, 36, stabbing pain behind one eye every night, with a watering eye",
            vec![
                warning_step(&[]),
                about(36, Reply::No),
                usual_attack(TenOrMore, HalfHourToTwoHours, Reply::Yes),
                feels(
                    PainSide::OneSide,
                    PainQuality::Other,
                    Severity::Severe,
                    Reply::No,
                ),
                with(Sick::No, Reply::No, Reply::No),
                no_aura(),
                how_often(8, 2),
                vec![
                    yes(ClusterOneSided),
                    yes(ClusterSevere),
                    lasting(ClusterMinutes, HalfHourToTwoHours),
                    times(ClusterCount, TenOrMore),
                    pick(
                        ClusterAttackFrequency,
                        ClusterFrequency::EveryOtherDayToEightADay,
                    ),
                    yes(ClusterEye),
                    yes(ClusterNose),
                    no(ClusterEyelid),
                    no(ClusterSweating),
                    unsure(ClusterPupil),
                    pick(ClusterCourse, Course::TooEarlyToTell),
                    yes(ClusterRestless),
                ],
            ],
            Triage::Soon,
        )
        .patterns(&["3.1"])
        .specific(&["3.1"])
        .met(&["3.1 A", "3.1 B", "3.1 C", "3.1 D"]),
        Story::new(
            "Kemal, 47, paracetamol or ibuprofen on 20 days, tension-type on 18",
            vec![
                warning_step(&[]),
                about(47, Reply::No),
                usual_attack(TenOrMore, FourHoursToThreeDays, Reply::No),
                tension_like(),
                no_aura(),
                most_days(18, 12, 0),
                medicines(Medicines {
                    any: 20,
                    simple: 20,
                    months: 12,
                    ..Medicines::default()
                }),
            ],
            Triage::Soon,
        )
        .patterns(&["8.2", "2.3"])
        .signs(&[WarningSign::PossibleMedicationOveruse])
        .met(&["8.2 B"]),
        Story::new(
            "Xavier, 37, codeine combination tablets on 12 days, headache on 20",
            vec![
                warning_step(&[]),
                about(37, Reply::No),
                usual_attack(TenOrMore, FourHoursToThreeDays, Reply::No),
                tension_like(),
                no_aura(),
                most_days(20, 9, 2),
                medicines(Medicines {
                    any: 12,
                    combination: 12,
                    months: 9,
                    codeine: true,
                    ..Medicines::default()
                }),
            ],
            Triage::Soon,
        )
        .patterns(&["8.2", "2.3"])
        .advice(&[
            Advice::TalkAboutMedicineDays,
            Advice::DoNotStopOpioidsAbruptly,
        ]),
        Story::new(
            "Victor, 35, migraines that changed in the last two months",
            vec![
                warning_step(&[pick(History, HeadacheHistory::ChangedOrDifferent)]),
                about(35, Reply::No),
                usual_attack(TenOrMore, FourHoursToThreeDays, Reply::No),
                migraine_like(),
                no_aura(),
                how_often(4, 24),
            ],
            Triage::Soon,
        )
        .patterns(&["1.1"])
        .signs(&[WarningSign::PatternChanged]),
        Story::new(
            "Bea, 39, headaches since starting a new medicine two months ago",
            vec![
                warning_step(&[
                    pick(History, HeadacheHistory::BeganLastThreeMonths),
                    yes(NewMedicine),
                ]),
                about(39, Reply::No),
                usual_attack(FiveToNine, FourHoursToThreeDays, Reply::No),
                migraine_like(),
                no_aura(),
                how_often(3, 2),
            ],
            Triage::Soon,
        )
        .patterns(&["1.1"])
        .signs(&[
            WarningSign::NewMedicineAtOnset,
            WarningSign::NewWithinThreeMonths,
        ]),
        Story::new(
            "Carl, 45, a daily headache that began one day and never stopped",
            vec![
                warning_step(&[pick(History, HeadacheHistory::BeganThisYear)]),
                about(45, Reply::No),
                usual_attack(TenOrMore, OverAWeek, Reply::No),
                tension_like(),
                no_aura(),
                vec![
                    number(HeadacheDays, 30),
                    number(HeadacheMonths, 5),
                    number(MigraineDays, 0),
                    yes(DailyFromFirstDay),
                ],
                medicines(Medicines {
                    any: 4,
                    simple: 4,
                    months: 5,
                    ..Medicines::default()
                }),
            ],
            Triage::Soon,
        )
        .signs(&[WarningSign::DailyFromFirstDay]),
        // ---- Emergency: go now ----
        Story::new(
            "Nina, 44, the worst headache ever, at its peak within seconds",
            vec![warning_step(&[yes(Thunderclap)])],
            Triage::Emergency,
        )
        .signs(&[WarningSign::Thunderclap])
        .advice(&[Advice::CallEmergencyNow]),
        Story::new(
            "Omar, 19, fever and a stiff neck",
            vec![warning_step(&[yes(Fever), yes(StiffNeck)])],
            Triage::Emergency,
        )
        .signs(&[WarningSign::FeverWithStiffNeck]),
        Story::new(
            "Petra, 63, a weak arm and slurred speech with the headache",
            vec![warning_step(&[yes(Weakness), yes(SpeechTrouble)])],
            Triage::Emergency,
        )
        .signs(&[WarningSign::Weakness, WarningSign::SpeechTrouble]),
        Story::new(
            "Quinn, 70, fell and hit his head, takes warfarin",
            vec![warning_step(&[
                yes(HeadInjury),
                yes(HeadInjuryBloodThinners),
                no(HeadInjuryVomiting),
                no(HeadInjuryWorsening),
            ])],
            Triage::Emergency,
        )
        .signs(&[WarningSign::HeadInjuryHighRisk]),
        Story::new(
            "Rosa, 30, pregnant, new headache with flashing lights and swollen hands",
            vec![warning_step(&[
                yes(PregnantOrPostpartum),
                yes(PregnancyNewHeadache),
                yes(PregnancyVisionChange),
                yes(PregnancySwelling),
            ])],
            Triage::Emergency,
        )
        .signs(&[WarningSign::PregnancyWithWarningFeatures]),
        Story::new(
            "Ivo, 52, a fit during the headache",
            vec![warning_step(&[yes(Seizure)])],
            Triage::Emergency,
        )
        .signs(&[WarningSign::Seizure]),
        // ---- See a doctor today: the full flow is answered, and no label is shown ----
        Story::new(
            "Sam, 58, headaches for two months and his jaw aches when chewing",
            vec![
                warning_step(&[
                    yes(JawOrScalp),
                    pick(History, HeadacheHistory::BeganLastThreeMonths),
                ]),
                about(58, Reply::No),
                usual_attack(TenOrMore, FourHoursToThreeDays, Reply::No),
                migraine_like(),
                no_aura(),
                how_often(8, 2),
            ],
            Triage::SameDay,
        )
        .signs(&[WarningSign::NewAfterFifty, WarningSign::JawOrScalp])
        .advice(&[Advice::SeeDoctorToday]),
        Story::new(
            "Tess, 42, worse lying down and getting steadily worse",
            vec![
                warning_step(&[yes(Positional), yes(SteadilyWorsening)]),
                about(42, Reply::Yes),
                usual_attack(TenOrMore, FourHoursToThreeDays, Reply::No),
                migraine_like(),
                no_aura(),
                how_often(6, 12),
                cycle(Reply::No),
            ],
            Triage::SameDay,
        )
        .signs(&[WarningSign::Positional, WarningSign::SteadilyWorsening]),
        Story::new(
            "Uma, 48, chemotherapy last year, and her headaches have changed",
            vec![
                warning_step(&[
                    yes(ImmuneOrCancer),
                    pick(History, HeadacheHistory::ChangedOrDifferent),
                ]),
                about(48, Reply::No),
                usual_attack(TenOrMore, FourHoursToThreeDays, Reply::No),
                tension_like(),
                no_aura(),
                how_often(5, 24),
            ],
            Triage::SameDay,
        )
        .signs(&[WarningSign::ImmuneOrCancer, WarningSign::PatternChanged]),
        Story::new(
            "Yara, 29, not sure whether the headache came on suddenly",
            vec![
                warning_step(&[unsure(Thunderclap)]),
                about(29, Reply::No),
                usual_attack(TenOrMore, FourHoursToThreeDays, Reply::No),
                migraine_like(),
                no_aura(),
                how_often(2, 24),
            ],
            Triage::SameDay,
        )
        .signs(&[WarningSign::Thunderclap])
        .advice(&[Advice::SeeDoctorToday, Advice::IfInDoubtCallEmergency]),
        Story::new(
            "Zoe, 33, pregnant, with a headache unlike her usual ones",
            vec![
                warning_step(&[
                    yes(PregnantOrPostpartum),
                    yes(PregnancyNewHeadache),
                    no(PregnancyVisionChange),
                    no(PregnancySwelling),
                ]),
                about(33, Reply::No),
                usual_attack(TwoToFour, FourHoursToThreeDays, Reply::No),
                migraine_like(),
                no_aura(),
                how_often(2, 24),
            ],
            Triage::SameDay,
        )
        .signs(&[WarningSign::PregnancyNewHeadache]),
        Story::new(
            "Adam, 26, a fever with his usual headache",
            vec![
                warning_step(&[yes(Fever)]),
                about(26, Reply::No),
                usual_attack(TenOrMore, TwoToThreeHours, Reply::No),
                tension_like(),
                no_aura(),
                how_often(3, 12),
            ],
            Triage::SameDay,
        )
        .signs(&[WarningSign::Fever]),
        Story::new(
            "Lou, 22, a knock to the head at football yesterday",
            vec![
                warning_step(&[
                    yes(HeadInjury),
                    no(HeadInjuryBloodThinners),
                    no(HeadInjuryVomiting),
                    no(HeadInjuryWorsening),
                    pick(History, HeadacheHistory::BeganLastThreeMonths),
                ]),
                about(22, Reply::No),
                usual_attack(One, FourHoursToThreeDays, Reply::No),
                tension_like(),
                no_aura(),
                how_often(1, 1),
            ],
            Triage::SameDay,
        )
        .signs(&[WarningSign::HeadInjury, WarningSign::NewWithinThreeMonths]),
    ]
}

// ---------------------------------------------------------------------------------------------------------------
// The tests.
// ---------------------------------------------------------------------------------------------------------------

#[test]
fn stories_table_covers_at_least_twenty_stories_and_every_outcome() {
    let stories = stories();
    assert!(stories.len() >= 20);
    let codes: BTreeSet<&str> = stories
        .iter()
        .flat_map(|story| story.patterns.iter().copied())
        .collect();
    for code in [
        "1.1", "1.2", "1.3", "1.5", "2.1", "2.2", "2.3", "3.1", "8.2", "A1.1",
    ] {
        assert!(codes.contains(code), "no story for {code}");
    }
    for triage in [
        Triage::Emergency,
        Triage::SameDay,
        Triage::Soon,
        Triage::Routine,
    ] {
        assert!(
            stories.iter().any(|story| story.triage == triage),
            "no story for {triage:?}"
        );
    }
    assert!(stories
        .iter()
        .any(|story| story.patterns.is_empty() && story.triage == Triage::Routine));
    let mut names: Vec<&str> = stories.iter().map(|story| story.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), stories.len(), "story names are unique");
}

#[test]
fn stories_each_give_the_expected_triage_patterns_signs_criteria_and_advice() {
    for story in stories() {
        let result = evaluate(&story.answers());
        let name = story.name;
        assert_eq!(result.triage(), story.triage, "{name}: triage");
        let found: BTreeSet<&str> = result.pattern_codes().into_iter().collect();
        let expected: BTreeSet<&str> = story.patterns.iter().copied().collect();
        assert_eq!(found, expected, "{name}: patterns");
        if let Some(specific) = story.specific {
            let found: BTreeSet<&str> = result
                .patterns()
                .iter()
                .flat_map(|finding| finding.specific_codes())
                .collect();
            let expected: BTreeSet<&str> = specific.iter().copied().collect();
            assert_eq!(found, expected, "{name}: specific codes");
        }
        for sign in story.signs {
            assert!(result.has_sign(*sign), "{name}: missing sign {sign:?}");
        }
        let met: BTreeSet<String> = result
            .patterns()
            .iter()
            .flat_map(|f| f.met_codes())
            .collect();
        for code in story.met {
            assert!(met.contains(*code), "{name}: {code} not met (met: {met:?})");
        }
        let missed: BTreeSet<String> = result
            .patterns()
            .iter()
            .flat_map(|f| f.missed_codes())
            .collect();
        for code in story.missed {
            assert!(
                missed.contains(*code),
                "{name}: {code} not missed (missed: {missed:?})"
            );
        }
        for advice in story.advice {
            assert!(
                result.advice().contains(advice),
                "{name}: missing advice {advice:?}"
            );
        }
    }
}

#[test]
fn stories_with_an_urgent_triage_never_carry_a_pattern() {
    for story in stories()
        .into_iter()
        .filter(|story| story.triage.is_urgent())
    {
        assert!(
            evaluate(&story.answers()).patterns().is_empty(),
            "{}",
            story.name
        );
    }
}

#[test]
fn stories_only_answer_questions_the_person_can_see() {
    for story in stories() {
        let answers = story.answers();
        for (question, _) in &story.answers {
            assert!(
                question.is_shown(&answers),
                "{}: {question:?} is hidden",
                story.name
            );
            assert!(
                question.step().is_shown(&answers),
                "{}: step of {question:?} is hidden",
                story.name
            );
        }
    }
}

#[test]
fn stories_answer_every_step_they_pass_through() {
    for story in stories() {
        let answers = story.answers();
        // Replay the flow as the UI would: from the first step, following `next`, until the result.
        let mut step = Step::first();
        let mut visited = Vec::new();
        while step != Step::Result {
            assert!(
                step.is_complete(&answers),
                "{}: {step:?} missing {:?}",
                story.name,
                step.unanswered(&answers)
            );
            visited.push(step);
            step = step
                .next(&answers)
                .expect("every step leads on to the result");
        }
        if story.triage == Triage::Emergency {
            assert!(emergency_found(&answers), "{}", story.name);
            assert_eq!(
                visited,
                [Step::WarningSigns],
                "{}: an emergency jumps straight to the result",
                story.name
            );
        }
    }
}

#[test]
fn stories_answers_map_to_visible_choices_for_browser_replay() {
    for story in stories() {
        let answers = story.answers();
        for (question, _) in &story.answers {
            if question.choices().is_empty() {
                continue; // number inputs are typed, not clicked
            }
            assert!(
                question.selected_choice(&answers).is_some(),
                "{}: {question:?} has no choice",
                story.name
            );
        }
    }
}
