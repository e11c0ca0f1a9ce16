//! The self-check's state: answers, the current step, Back/Next that keep every answer, and the kept result.
//! The reducer is pure (time comes in with the action); the provider loads once and saves after each change the
//! person makes, never on load, so an unreadable stored copy is kept aside before anything is written.

use std::rc::Rc;

use chrono::NaiveDateTime;
use yew::prelude::*;

use crate::domain::screening::{
    emergency_found, evaluate, AnswerValue, Answers, Assessment, Question, Step,
};
use crate::state::document::{use_saved_document, SavedDocument};
pub use crate::storage::self_check::KeptResult;
use crate::storage::self_check::SelfCheckDocument;
use crate::storage::{Loaded, StorageError};

/// The self-check as the person left it, plus what storage said about it.
#[derive(Debug, Clone, PartialEq)]
pub struct SelfCheckState {
    /// Every answer given so far, including those on steps the person has gone back from.
    pub answers: Answers,
    /// The screen being shown.
    pub step: Step,
    /// The last finished result.
    pub kept: Option<KeptResult>,
    /// Whether the kept result is open instead of the questions.
    pub viewing_kept: bool,
    /// The questions named after a "Next" that could not go on, in screen order.
    pub unanswered: Vec<Question>,
    /// Counts blocked "Next" presses, so the page can move focus to the first unanswered question each time.
    pub blocked_attempts: u32,
    /// A storage problem the person should hear about.
    pub problem: Option<StorageError>,
    /// The problem the person dismissed; the same one is not raised again on every answer.
    dismissed: Option<StorageError>,
    /// Stored text that could not be read, to be kept aside before the first save.
    unreadable_raw: Option<String>,
    /// Counts the person's changes; only these are saved.
    revision: u32,
    /// What this tab changed since its last save: only this is written onto the stored self-check.
    changed: Changed,
}

/// Which parts of the self-check this tab changed since it last saved.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Changed {
    /// Every answer was cleared ("Start again"): this tab's answers replace the stored ones.
    all_answers: bool,
    /// Answers given or forgotten one by one.
    /// Each question once. A `Vec`, not a set: a person changes a handful, and a `BTreeSet` would add its tree code
    /// to the small self-check build (`check/`).
    answers: Vec<Question>,
    step: bool,
    kept: bool,
}

impl Changed {
    fn note_answer(&mut self, question: Question) {
        if !self.answers.contains(&question) {
            self.answers.push(question);
        }
    }
}

impl Default for SelfCheckState {
    fn default() -> Self {
        Self::from_document(SelfCheckDocument::default())
    }
}

/// What the person (or storage) can do to the self-check.
#[derive(Debug, Clone, PartialEq)]
pub enum SelfCheckAction {
    /// Store an answer. On the warning-sign step, a reported emergency sign opens the "go now" screen at once.
    Answer(Question, AnswerValue),
    /// Forget an answer (a number field emptied).
    Forget(Question),
    /// Go on if every shown question is answered, otherwise name the unanswered ones. Finishing keeps the
    /// result with `now`, the person's local date and time.
    Next {
        /// When the person pressed the button, from the page's clock.
        now: NaiveDateTime,
    },
    /// Go to the previous shown step, keeping every answer. From the "go now" screen, back to the warning signs.
    Back,
    /// From a result, back to the first step with every answer kept.
    ChangeAnswers,
    /// Forget every answer and start at the first step. The kept result stays.
    StartAgain,
    /// Show the kept result.
    ViewKept,
    /// Close the kept result.
    CloseKept,
    /// Delete the kept result for good.
    DeleteKept,
    /// Unreadable stored text was kept aside.
    KeptAside,
    /// Saving failed.
    SaveFailed(StorageError),
    /// The person closed the storage message.
    DismissProblem,
    /// The stored self-check was replaced as a whole (restore, delete all): this is what storage holds now.
    Reloaded(Box<SelfCheckState>),
    /// This self-check is now stored; nothing is left to save.
    Saved(Box<SelfCheckDocument>),
    /// Another tab stored this self-check: its answers and kept result are taken, this tab's screen stays.
    Followed(Box<SelfCheckDocument>),
}

impl SelfCheckState {
    fn from_document(document: SelfCheckDocument) -> Self {
        SelfCheckState {
            answers: document.answers,
            step: document.step,
            kept: document.kept,
            viewing_kept: false,
            unanswered: Vec::new(),
            blocked_attempts: 0,
            problem: None,
            dismissed: None,
            unreadable_raw: None,
            revision: 0,
            changed: Changed::default(),
        }
    }

    /// The state for what storage holds. An unreadable copy gives a fresh start plus a message, and is remembered
    /// so it can be kept aside before anything is written.
    pub fn from_loaded(loaded: Result<Loaded<SelfCheckDocument>, StorageError>) -> Self {
        match loaded {
            Ok(Loaded::Missing) => Self::default(),
            Ok(Loaded::Ready(document)) => Self::from_document(document),
            Ok(Loaded::Unreadable { raw, error }) => Self {
                problem: Some(error),
                unreadable_raw: Some(raw),
                ..Self::default()
            },
            // This build never seals the self-check; text that looks sealed is kept aside like unreadable text.
            Ok(Loaded::Sealed { raw }) => Self {
                problem: Some(StorageError::WrongShape("it is locked".into())),
                unreadable_raw: Some(raw),
                ..Self::default()
            },
            Err(error) => Self {
                problem: Some(error),
                ..Self::default()
            },
        }
    }

    /// What is saved.
    pub fn document(&self) -> SelfCheckDocument {
        SelfCheckDocument {
            answers: self.answers.clone(),
            step: self.step,
            kept: self.kept.clone(),
        }
    }

    /// How many changes the person has made since the page opened.
    pub fn revision(&self) -> u32 {
        self.revision
    }

    /// The answers to the questions the person can see now. Answers on steps or follow-ups that have since been
    /// hidden (say, medicine days after headache days went down) stay stored for Back, but never reach the result.
    pub fn shown_answers(&self) -> Answers {
        let mut shown = self.answers.clone();
        for question in Question::ALL {
            if !question.is_shown(&self.answers) || !question.step().is_shown(&self.answers) {
                shown.clear(*question);
            }
        }
        shown
    }

    /// On the result, the kept copy follows the answers given there (the treatment follow-up), keeping the time
    /// it was taken; anywhere else the kept result stays as it was.
    fn refresh_kept_from_result(&mut self) {
        if self.step != Step::Result || emergency_found(&self.shown_answers()) {
            return;
        }
        let answers = self.shown_answers();
        if let Some(kept) = self.kept.as_mut() {
            if kept.answers != answers {
                kept.assessment = evaluate(&answers);
                kept.answers = answers;
                self.changed.kept = true;
            }
        }
    }

    /// The result for the current answers.
    pub fn assessment(&self) -> Assessment {
        evaluate(&self.shown_answers())
    }

    /// Whether the screen now showing is the "go now" emergency screen.
    pub fn is_emergency(&self) -> bool {
        self.step == Step::Result && emergency_found(&self.shown_answers())
    }
}

impl Reducible for SelfCheckState {
    type Action = SelfCheckAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            SelfCheckAction::Answer(question, value) => {
                if next.answers.get(question) == Some(value) {
                    return self;
                }
                if next.answers.set(question, value).is_err() {
                    // The views only offer valid values; an invalid one changes nothing.
                    return self;
                }
                next.unanswered.retain(|q| *q != question);
                next.changed.note_answer(question);
                if next.step == Step::WarningSigns && emergency_found(&next.shown_answers()) {
                    next.step = Step::Result;
                    next.changed.step = true;
                    next.unanswered.clear();
                }
                next.refresh_kept_from_result();
                next.revision += 1;
            }
            SelfCheckAction::Forget(question) => {
                if next.answers.get(question).is_none() {
                    return self;
                }
                next.answers.clear(question);
                next.changed.note_answer(question);
                next.refresh_kept_from_result();
                next.revision += 1;
            }
            SelfCheckAction::Next { now } => {
                if next.step == Step::Result {
                    return self;
                }
                let missing = next.step.unanswered(&next.answers);
                if !missing.is_empty() {
                    next.unanswered = missing;
                    next.blocked_attempts += 1;
                    return next.into();
                }
                let Some(step) = next.step.next(&next.answers) else {
                    return self;
                };
                if step == Step::Result && !emergency_found(&next.shown_answers()) {
                    let answers = next.shown_answers();
                    next.kept = Some(KeptResult {
                        taken_at: now,
                        assessment: evaluate(&answers),
                        answers,
                    });
                    next.changed.kept = true;
                }
                next.step = step;
                next.changed.step = true;
                next.unanswered.clear();
                next.revision += 1;
            }
            SelfCheckAction::Back => {
                let step = if next.is_emergency() {
                    Some(Step::WarningSigns)
                } else {
                    next.step.previous(&next.answers)
                };
                let Some(step) = step else {
                    return self;
                };
                next.step = step;
                next.changed.step = true;
                next.unanswered.clear();
                next.revision += 1;
            }
            SelfCheckAction::ChangeAnswers => {
                next.step = Step::first();
                next.changed.step = true;
                next.viewing_kept = false;
                next.unanswered.clear();
                next.revision += 1;
            }
            SelfCheckAction::StartAgain => {
                next.answers = Answers::default();
                next.changed.all_answers = true;
                next.step = Step::first();
                next.changed.step = true;
                next.viewing_kept = false;
                next.unanswered.clear();
                next.revision += 1;
            }
            SelfCheckAction::ViewKept => {
                if next.kept.is_none() {
                    return self;
                }
                next.viewing_kept = true;
            }
            SelfCheckAction::CloseKept => next.viewing_kept = false,
            SelfCheckAction::DeleteKept => {
                if next.kept.is_none() {
                    return self;
                }
                next.kept = None;
                next.changed.kept = true;
                next.viewing_kept = false;
                next.revision += 1;
            }
            SelfCheckAction::KeptAside => next.unreadable_raw = None,
            SelfCheckAction::SaveFailed(error) => {
                if next.dismissed.as_ref() == Some(&error) || next.problem.as_ref() == Some(&error)
                {
                    return self;
                }
                next.problem = Some(error);
            }
            SelfCheckAction::DismissProblem => next.dismissed = next.problem.take(),
            // Keeps counting revisions from here, so the reload is never mistaken for a change to save.
            SelfCheckAction::Saved(saved) => {
                next.answers = saved.answers;
                next.kept = saved.kept;
                next.changed = Changed::default();
            }
            SelfCheckAction::Followed(stored) => {
                let merged = next.merged_onto(*stored);
                next.answers = merged.answers;
                if next.kept.is_none() || merged.kept.is_none() {
                    next.viewing_kept = false;
                }
                next.kept = merged.kept;
            }
            SelfCheckAction::Reloaded(stored) => {
                next = SelfCheckState {
                    revision: next.revision,
                    ..*stored
                }
            }
        }
        next.into()
    }
}

/// The handle the self-check page uses to read and change the self-check.
pub type SelfCheckContext = UseReducerHandle<SelfCheckState>;

/// Children of [`SelfCheckProvider`].
#[derive(Properties, PartialEq)]
pub struct SelfCheckProviderProps {
    /// What can use the self-check.
    #[prop_or_default]
    pub children: Html,
}

impl SavedDocument for SelfCheckState {
    type Doc = SelfCheckDocument;

    fn from_loaded(loaded: Result<Loaded<SelfCheckDocument>, StorageError>) -> Self {
        SelfCheckState::from_loaded(loaded)
    }
    fn to_document(&self) -> SelfCheckDocument {
        self.document()
    }
    fn merged_onto(&self, mut stored: SelfCheckDocument) -> SelfCheckDocument {
        if self.changed.all_answers {
            stored.answers = self.answers.clone();
        } else {
            for question in &self.changed.answers {
                match self.answers.get(*question) {
                    // Only values this tab already accepted are copied, so this cannot fail; if it did, the
                    // stored answer would simply stay.
                    Some(value) => stored.answers.set(*question, value).unwrap_or(()),
                    None => stored.answers.clear(*question),
                }
            }
        }
        if self.changed.step {
            stored.step = self.step;
        }
        if self.changed.kept {
            stored.kept = self.kept.clone();
        }
        stored
    }
    fn unreadable_raw(&self) -> Option<&str> {
        self.unreadable_raw.as_deref()
    }
    fn revision(&self) -> u32 {
        self.revision
    }
    fn kept_aside() -> SelfCheckAction {
        SelfCheckAction::KeptAside
    }
    fn save_failed(error: StorageError) -> SelfCheckAction {
        SelfCheckAction::SaveFailed(error)
    }
    fn reloaded(state: Self) -> SelfCheckAction {
        SelfCheckAction::Reloaded(Box::new(state))
    }
    fn saved(saved: SelfCheckDocument) -> SelfCheckAction {
        SelfCheckAction::Saved(Box::new(saved))
    }
    fn followed(stored: SelfCheckDocument) -> SelfCheckAction {
        SelfCheckAction::Followed(Box::new(stored))
    }
}

/// Loads the self-check from storage once and saves each change the person makes.
#[component]
pub fn SelfCheckProvider(props: &SelfCheckProviderProps) -> Html {
    let state = use_saved_document::<SelfCheckState>();
    html! {
        <ContextProvider<SelfCheckContext> context={state}>
            { props.children.clone() }
        </ContextProvider<SelfCheckContext>>
    }
}

/// The self-check context; `None` only outside [`SelfCheckProvider`].
#[hook]
pub fn use_self_check() -> Option<SelfCheckContext> {
    use_context::<SelfCheckContext>()
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::domain::screening::{
        HeadacheHistory, PainQuality, PainSide, Quantity, Reply, Severity, Sickness,
    };

    fn now() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 21)
            .and_then(|date| date.and_hms_opt(14, 5, 0))
            .expect("valid date")
    }

    fn run(state: SelfCheckState, actions: Vec<SelfCheckAction>) -> SelfCheckState {
        let mut state = Rc::new(state);
        for action in actions {
            state = state.reduce(action);
        }
        (*state).clone()
    }

    fn warning_all_no() -> Vec<SelfCheckAction> {
        Step::WarningSigns
            .questions(&Answers::default())
            .into_iter()
            .map(|question| {
                let value = if question == Question::History {
                    HeadacheHistory::SameForOverAYear.into()
                } else {
                    Reply::No.into()
                };
                SelfCheckAction::Answer(question, value)
            })
            .collect()
    }

    #[test]
    fn answering_the_treatment_followup_on_the_result_updates_the_kept_result_and_keeps_its_time() {
        let mut answers = crate::domain::screening::Answers::without_warning_signs();
        answers.attack.count = Some(Quantity::Known(10));
        let mut state = SelfCheckState {
            step: Step::Result,
            ..SelfCheckState::default()
        };
        state.answers = answers.clone();
        state.kept = Some(KeptResult {
            taken_at: now(),
            assessment: evaluate(&answers),
            answers,
        });
        let state = run(
            state,
            vec![SelfCheckAction::Answer(
                Question::PreventivesTried,
                Reply::Yes.into(),
            )],
        );
        let kept = state.kept.expect("kept");
        assert_eq!(kept.answers.treatments.tried, Some(Reply::Yes));
        assert_eq!(kept.taken_at, now());
        assert!(state.changed.kept);
    }

    #[test]
    fn next_with_unanswered_questions_names_them_and_stays() {
        let state = run(
            SelfCheckState::default(),
            vec![
                SelfCheckAction::Answer(Question::EmergencyGroup, Reply::No.into()),
                SelfCheckAction::Next { now: now() },
            ],
        );
        assert_eq!(state.step, Step::WarningSigns);
        assert_eq!(state.blocked_attempts, 1);
        assert_eq!(
            state.unanswered,
            [Question::SameDayGroup, Question::History]
        );
    }

    #[test]
    fn answering_an_emergency_sign_opens_the_go_now_screen_at_once_and_back_returns() {
        let state = run(
            SelfCheckState::default(),
            vec![
                SelfCheckAction::Answer(Question::EmergencyGroup, Reply::Yes.into()),
                SelfCheckAction::Answer(Question::Thunderclap, Reply::Yes.into()),
            ],
        );
        assert_eq!(state.step, Step::Result);
        assert!(state.is_emergency());
        assert!(state.assessment().patterns().is_empty());
        let back = run(state, vec![SelfCheckAction::Back]);
        assert_eq!(back.step, Step::WarningSigns);
        assert_eq!(
            back.answers.get(Question::Thunderclap),
            Some(Reply::Yes.into())
        );
        assert!(back.kept.is_none(), "an emergency jump is not kept");
    }

    #[test]
    fn back_then_next_keeps_every_answer() {
        let mut actions = warning_all_no();
        actions.push(SelfCheckAction::Next { now: now() });
        actions.push(SelfCheckAction::Answer(
            Question::Age,
            Quantity::Known(34).into(),
        ));
        actions.push(SelfCheckAction::Back);
        let state = run(SelfCheckState::default(), actions);
        assert_eq!(state.step, Step::WarningSigns);
        assert_eq!(
            state.answers.get(Question::Age),
            Some(Quantity::Known(34).into())
        );
        let state = run(state, vec![SelfCheckAction::Next { now: now() }]);
        assert_eq!(state.step, Step::AboutYou);
        assert!(state.revision() > 0);
    }

    #[test]
    fn finishing_keeps_the_result_with_the_time_given() {
        let mut answers = Answers::without_warning_signs();
        answers.about.age = Some(Quantity::Known(30));
        answers.about.has_periods = Some(Reply::Yes);
        answers.cycle.window = Some(Reply::No);
        answers.frequency.headache_days = Some(Quantity::Known(2));
        answers.frequency.months = Some(Quantity::Known(12));
        answers.attack.count = Some(Quantity::Known(10));
        answers.attack.minutes = Some(Quantity::Known(600));
        answers.attack.eye_temple_attacks = Some(Reply::No);
        answers.attack.side = Some(PainSide::OneSide);
        answers.attack.quality = Some(PainQuality::Throbbing);
        answers.attack.severity = Some(Severity::Severe);
        answers.attack.worse_with_activity = Some(Reply::Yes);
        answers.attack.sickness = Some(Sickness::Vomits);
        let state = SelfCheckState {
            answers,
            step: Step::AttackFeatures,
            ..SelfCheckState::default()
        };
        let state = run(
            state,
            vec![
                SelfCheckAction::Answer(Question::Aura, Reply::No.into()),
                SelfCheckAction::Next { now: now() },
            ],
        );
        assert_eq!(state.step, Step::Result);
        let kept = state.kept.clone().expect("result kept");
        assert_eq!(kept.taken_at, now());
        assert_eq!(kept.date_label(), "21 Nov 2026");
        let state = run(
            state,
            vec![SelfCheckAction::StartAgain, SelfCheckAction::DeleteKept],
        );
        assert_eq!(state.answers, Answers::default());
        assert!(state.kept.is_none());
    }

    #[test]
    fn hidden_follow_up_answers_never_reach_the_result() {
        let mut answers = Answers::without_warning_signs();
        answers.warning.head_injury_blood_thinners = Some(Reply::Yes);
        let state = SelfCheckState {
            answers,
            ..SelfCheckState::default()
        };
        assert_eq!(
            state.shown_answers().warning.head_injury_blood_thinners,
            None
        );
    }

    #[test]
    fn a_dismissed_storage_problem_is_not_raised_again_on_every_answer() {
        let state = run(
            SelfCheckState::from_loaded(Err(StorageError::Unavailable)),
            vec![
                SelfCheckAction::DismissProblem,
                SelfCheckAction::SaveFailed(StorageError::Unavailable),
            ],
        );
        assert_eq!(state.problem, None);
    }
}
