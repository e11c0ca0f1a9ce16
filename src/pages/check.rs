//! The self-check page: warning signs first, then one topic per screen, then the explained result; answers survive
//! a reload and the last result is kept (with its date) to be seen again, printed or deleted. This page is the only
//! place that reads the clock, moves focus and prints; the components below it only show and report.

use chrono::{NaiveDate, NaiveDateTime};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::check::emergency::check_emergency;
use crate::components::check::kept::CheckKept;
use crate::components::check::question::fieldset_id;
use crate::components::check::result::{check_result, CheckResultProps};
use crate::components::check::step::{check_step, CheckStepProps, SCREEN_TITLE_ID};
use crate::components::check::treatment_followup::treatment_followup;
use crate::components::ui::alert::Alert;
use crate::domain::clinic::ClinicConfig;
use crate::domain::screening::{AnswerValue, Question, Step};
use crate::platform;
use crate::state::self_check::{use_self_check, SelfCheckAction, SelfCheckProvider};

/// Where the self-check's "Start a headache diary" leads: the full app's diary, seen from the self-check build
/// (`check/`, the only place the self-check is: the full app links there).
const DIARY_HREF: &str = "../#/diary";

/// Self-check. A plain function: the provider and the flow below are the components.
pub fn check_page() -> Html {
    html! {
        <SelfCheckProvider>
            <CheckFlow />
        </SelfCheckProvider>
    }
}

/// The screens of the self-check, driven by the self-check state.
#[component]
fn CheckFlow() -> Html {
    let clinic = use_memo((), |()| ClinicConfig::built_in());
    let state = use_self_check();
    let screen = state.as_ref().map(|state| (state.step, state.viewing_kept));
    let attempts = state.as_ref().map(|state| state.blocked_attempts);
    let first_unanswered = state
        .as_ref()
        .and_then(|state| state.unanswered.first().copied());

    // Focus the new screen's heading when the screen changes (not on the first render, so opening the page does
    // not jump past the navigation).
    let shown_once = use_mut_ref(|| false);
    use_effect_with(screen, move |_| {
        if *shown_once.borrow() {
            platform::focus_by_id(SCREEN_TITLE_ID);
        }
        *shown_once.borrow_mut() = true;
    });
    // After a blocked "Next", focus the first unanswered question.
    use_effect_with(attempts, move |attempts| {
        if attempts.unwrap_or(0) > 0 {
            if let Some(question) = first_unanswered {
                focus_first_input(question);
            }
        }
    });

    // Choices made on the prerendered first screen, before the app started, are answered again, in page order.
    {
        let state = state.clone();
        use_effect_with((), move |()| {
            if let Some(state) = state {
                for (name, value) in platform::first_screen::take_early_choices() {
                    let Some(question) = name.strip_prefix("q-").and_then(Question::from_id) else {
                        continue;
                    };
                    if let Some(choice) = question
                        .choices_for(&state.answers)
                        .into_iter()
                        .find(|choice| choice.id == value)
                    {
                        state.dispatch(SelfCheckAction::Answer(question, choice.value));
                    }
                }
            }
        });
    }

    let Some(state) = state else {
        return Html::default();
    };

    let dispatch = |action: fn() -> SelfCheckAction| {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(action()))
    };
    let on_answer = {
        let state = state.clone();
        Callback::from(move |(question, value): (Question, AnswerValue)| {
            state.dispatch(SelfCheckAction::Answer(question, value))
        })
    };
    let on_clear = {
        let state = state.clone();
        Callback::from(move |question| state.dispatch(SelfCheckAction::Forget(question)))
    };
    let on_next = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(SelfCheckAction::Next { now: local_now() }))
    };
    let on_print = Callback::from(|()| print_page());

    let problem = state.problem.clone().map(|problem| {
        html! {
            { Alert::warning(format!("Self-check: {problem}")).dismissable(dispatch(|| SelfCheckAction::DismissProblem)) }
        }
    });

    // An urgent screen (emergency, or a result that says see a doctor today or go now) carries its own heading
    // as the page's: "Self-check: is it migraine?" above "Call 112" would put the question before the answer.
    let urgent_screen = if state.viewing_kept {
        state
            .kept
            .as_ref()
            .is_some_and(|kept| kept.assessment.triage().is_urgent())
    } else {
        state.is_emergency()
            || (state.step == Step::Result && state.assessment().triage().is_urgent())
    };
    let body = if state.viewing_kept {
        match &state.kept {
            Some(kept) => check_result(CheckResultProps {
                assessment: &kept.assessment,
                clinic: &clinic,
                taken_on: Some(kept.date_label()),
                title: "Your saved result",
                on_print,
                on_change: None,
                on_start_again: None,
                more_actions: html! {
                    <>
                        <button type="button" class="button" onclick={click(dispatch(|| SelfCheckAction::CloseKept))}>
                            { "Back to the self-check" }
                        </button>
                        <button type="button" class="button" onclick={click(dispatch(|| SelfCheckAction::DeleteKept))}>
                            { "Delete this result" }
                        </button>
                    </>
                },
                headline_is_page_title: urgent_screen,
                diary_href: AttrValue::Static(DIARY_HREF),
                followup: None,
            }),
            None => Html::default(),
        }
    } else if state.is_emergency() {
        let assessment = state.assessment();
        check_emergency(
            assessment.warning_signs(),
            &clinic,
            &dispatch(|| SelfCheckAction::Back),
        )
    } else if state.step == Step::Result {
        let taken_on = state.kept.as_ref().map(|kept| kept.date_label());
        let assessment = state.assessment();
        let followup = assessment
            .asks_about_treatments()
            .then(|| treatment_followup(&state.answers, &on_answer, &on_clear));
        check_result(CheckResultProps {
            assessment: &assessment,
            clinic: &clinic,
            taken_on,
            title: "Your result",
            on_print,
            on_change: Some(dispatch(|| SelfCheckAction::ChangeAnswers)),
            on_start_again: Some(dispatch(|| SelfCheckAction::StartAgain)),
            more_actions: Html::default(),
            headline_is_page_title: urgent_screen,
            diary_href: AttrValue::Static(DIARY_HREF),
            followup,
        })
    } else {
        let kept = (state.step == Step::first())
            .then(|| state.kept.clone())
            .flatten()
            .map(|kept| {
                html! {
                    <CheckKept {kept} on_view={dispatch(|| SelfCheckAction::ViewKept)}
                        on_delete={dispatch(|| SelfCheckAction::DeleteKept)} />
                }
            });
        html! {
            <>
                { for kept }
                { check_step(CheckStepProps {
                    step: state.step,
                    answers: &state.answers,
                    unanswered: &state.unanswered,
                    on_answer,
                    on_clear,
                    on_next,
                    on_back: dispatch(|| SelfCheckAction::Back),
                }) }
            </>
        }
    };

    html! {
        <div class="page check">
            if !urgent_screen {
                <h1 class="page__title check__title">{ "Self-check: is it migraine?" }</h1>
            }
            if state.step == Step::first() && !state.viewing_kept {
                <p class="check__intro">
                    { "Plain questions, about a minute or two. Your answers stay on this device. If you feel very unwell right now, call your local emergency number instead." }
                </p>
            }
            { for problem }
            { body }
        </div>
    }
}

/// A button click that emits `()`.
fn click(callback: Callback<()>) -> Callback<MouseEvent> {
    Callback::from(move |_| callback.emit(()))
}

/// The person's local date and time now, from the browser's clock (the domain never reads it).
fn local_now() -> NaiveDateTime {
    let now = js_sys::Date::new_0();
    // js_sys months run from 0; chrono's from 1.
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .and_then(|date| date.and_hms_opt(now.get_hours(), now.get_minutes(), 0))
    .unwrap_or_default()
}

fn focus_first_input(question: Question) {
    let selector = format!("#{} input:not([disabled])", fieldset_id(question));
    if let Some(element) = crate::platform::window()
        .and_then(|window| window.document())
        .and_then(|document| document.query_selector(&selector).ok().flatten())
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        element.focus().unwrap_or(());
    }
}

/// Opens the browser's print dialog; the print CSS hides the header, navigation and buttons.
fn print_page() {
    if let Some(window) = crate::platform::window() {
        // Where printing is not available, the browser's own menu still is; nothing to report.
        window.print().unwrap_or(());
    }
}
