//! Browser tests of the self-check: mount the self-check build's root (`CheckApp`, what `check/` runs), answer as
//! a person would by clicking radio buttons, and check what they see: the next heading and progress, the
//! emergency screen without any pattern label, Back keeping answers, a blocked Next naming what is missing, and
//! answers surviving a remount.
#![cfg(target_arch = "wasm32")]

mod support;

use headache_diary::check_app::CheckApp;
use headache_diary::domain::screening::{Answers, Pattern, Question, Step};
use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::AppHandle;

wasm_bindgen_test_configure!(run_in_browser);

/// A clean page, then the self-check as `check/` shows it.
async fn open_check() -> (Element, AppHandle<CheckApp>) {
    reset_page();
    render::<CheckApp>(()).await
}

fn element(root: &Element, id: &str) -> HtmlElement {
    root.query_selector(&format!("#{id}"))
        .expect("query")
        .unwrap_or_else(|| panic!("#{id} is on the page"))
        .dyn_into::<HtmlElement>()
        .expect("an HTML element")
}

fn is_checked(root: &Element, id: &str) -> bool {
    element(root, id)
        .dyn_into::<HtmlInputElement>()
        .expect("an input")
        .checked()
}

async fn click(root: &Element, id: &str) {
    element(root, id).click();
    yew::scheduler::flush().await;
}

async fn press(root: &Element, name: &str) {
    button_named(root, name)
        .unwrap_or_else(|| panic!("a \"{name}\" button"))
        .click();
    yew::scheduler::flush().await;
}

fn heading(root: &Element) -> String {
    root.query_selector("#check-screen-title")
        .expect("query")
        .map(|h| text_of(&h).trim().to_string())
        .unwrap_or_default()
}

fn progress_text(root: &Element) -> String {
    root.query_selector(".check-progress__text")
        .expect("query")
        .map(|p| text_of(&p))
        .unwrap_or_default()
}

/// Answers both safety groups "No" and "the same for more than a year" for where the headaches stand.
async fn answer_warning_signs_no(root: &Element) {
    for question in Step::WarningSigns.questions(&Answers::default()) {
        let choice = if question == Question::History {
            "same-over-a-year"
        } else {
            "no"
        };
        click(root, &format!("q-{}-{choice}", question.id())).await;
    }
}

/// Puts `text` in a field the way typing does: the value changes, then a bubbling "input" event.
async fn type_into(input: &HtmlInputElement, text: &str) {
    input.set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).expect("event");
    input.dispatch_event(&event).expect("dispatch");
    yew::scheduler::flush().await;
}

fn active_element_id() -> String {
    document()
        .active_element()
        .map(|element| element.id())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn check_warning_step_all_no_then_next_shows_about_you_and_moves_progress() {
    let (root, handle) = open_check().await;
    assert_eq!(heading(&root), Step::WarningSigns.title());
    let before = progress_text(&root);
    assert_eq!(before, "Step 1 of 4");

    answer_warning_signs_no(&root).await;
    press(&root, "Next").await;

    assert_eq!(heading(&root), Step::AboutYou.title());
    let after = progress_text(&root);
    assert_eq!(after, "Step 2 of 4");
    assert_eq!(
        active_element_id(),
        "check-screen-title",
        "focus moves to the new heading"
    );
    handle.destroy();
}

#[wasm_bindgen_test]
async fn check_emergency_yes_shows_the_go_now_screen_with_no_pattern_label() {
    let (root, handle) = open_check().await;
    click(&root, "q-emergency-signs-yes").await;
    click(&root, "q-thunderclap-yes").await;

    let title = heading(&root);
    assert!(title.contains("Call emergency services"), "{title}");
    // What to do now is the page's one heading: no "Self-check: is it migraine?" above it.
    let page_headings: Vec<String> = (0..)
        .map_while(|index| {
            root.query_selector_all("h1")
                .expect("query")
                .get(index)
                .map(|node| node.text_content().unwrap_or_default().trim().to_string())
        })
        .collect();
    assert_eq!(page_headings, vec![title.clone()]);
    assert!(
        root.query_selector(".clinic-contact")
            .expect("query")
            .is_none(),
        "no booking at the clinic on an emergency"
    );
    let call = root
        .query_selector("a[href^='tel:']")
        .expect("query")
        .expect("a call link");
    assert!(text_of(&call).starts_with("Call "), "{}", text_of(&call));
    let text = text_of(&root);
    for pattern in Pattern::ALL {
        assert!(
            !text.contains(pattern.ichd_name()),
            "no label: {}",
            pattern.ichd_name()
        );
        assert!(!text.contains(&format!("ICHD-3 {}", pattern.code())));
    }
    assert!(root
        .query_selector(".pattern-card")
        .expect("query")
        .is_none());

    press(&root, "Change my answer").await;
    assert_eq!(heading(&root), Step::WarningSigns.title());
    assert!(
        is_checked(&root, "q-thunderclap-yes"),
        "the answer is kept to change"
    );
    handle.destroy();
}

#[wasm_bindgen_test]
async fn check_back_keeps_answers_on_both_steps() {
    let (root, handle) = open_check().await;
    answer_warning_signs_no(&root).await;
    press(&root, "Next").await;
    click(&root, "q-has-periods-yes").await;

    press(&root, "Back").await;
    assert_eq!(heading(&root), Step::WarningSigns.title());
    assert!(is_checked(&root, "q-emergency-signs-no"));
    assert!(is_checked(&root, "q-history-same-over-a-year"));

    press(&root, "Next").await;
    assert_eq!(heading(&root), Step::AboutYou.title());
    assert!(is_checked(&root, "q-has-periods-yes"));
    handle.destroy();
}

#[wasm_bindgen_test]
async fn check_next_without_answers_names_the_missing_questions_and_focuses_the_first() {
    let (root, handle) = open_check().await;
    press(&root, "Next").await;

    assert_eq!(
        heading(&root),
        Step::WarningSigns.title(),
        "Next is blocked"
    );
    let alert = root
        .query_selector(".check-step [role=alert]")
        .expect("query")
        .expect("a message");
    let message = text_of(&alert);
    assert!(message.contains("Please answer these"), "{message}");
    assert!(
        message.contains(Question::EmergencyGroup.prompt()),
        "{message}"
    );
    assert_eq!(active_element_id(), "q-emergency-signs-yes");
    handle.destroy();
}

#[wasm_bindgen_test]
async fn check_answers_survive_a_remount() {
    let (root, handle) = open_check().await;
    answer_warning_signs_no(&root).await;
    press(&root, "Next").await;
    click(&root, "q-has-periods-no").await;
    handle.destroy();

    let (root, handle) = render::<CheckApp>(()).await;
    assert_eq!(
        heading(&root),
        Step::AboutYou.title(),
        "lands on the same step"
    );
    assert!(is_checked(&root, "q-has-periods-no"));
    press(&root, "Back").await;
    assert!(is_checked(&root, "q-same-day-signs-no"));
    handle.destroy();
}

#[wasm_bindgen_test]
async fn check_typed_age_is_kept_and_an_impossible_one_is_explained() {
    let (root, handle) = open_check().await;
    answer_warning_signs_no(&root).await;
    press(&root, "Next").await;

    let input = element(&root, "q-age-input")
        .dyn_into::<HtmlInputElement>()
        .expect("an input");
    type_into(&input, "250").await;
    let error = element(&root, "q-age-error");
    assert!(!error.hidden(), "an impossible age is explained");
    assert_eq!(
        text_of(&error),
        "Please enter a whole number from 0 to 120."
    );

    let same = element(&root, "q-age-input");
    assert!(
        same.is_same_node(Some(&input)),
        "the field is not replaced while typing"
    );
    type_into(&input, "34").await;
    assert!(
        element(&root, "q-age-error").hidden(),
        "the message goes once the age is possible"
    );
    click(&root, "q-has-periods-no").await;
    for (id, days) in [
        ("q-headache-days-input", "2"),
        ("q-headache-months-input", "24"),
    ] {
        let input = element(&root, id)
            .dyn_into::<HtmlInputElement>()
            .expect("an input");
        type_into(&input, days).await;
    }
    press(&root, "Next").await;
    assert_eq!(heading(&root), Step::AttackFeatures.title());
    press(&root, "Back").await;
    let input = element(&root, "q-age-input")
        .dyn_into::<HtmlInputElement>()
        .expect("an input");
    assert_eq!(input.value(), "34");
    handle.destroy();
}

#[wasm_bindgen_test]
async fn check_unreadable_stored_answers_are_reported_and_kept_aside_before_any_save() {
    use headache_diary::storage::local;
    const KEY: &str = "headache-diary.self-check";
    reset_page();
    let damaged = "{\"version\":1,\"data\":{\"answers\":";
    local::write_raw(KEY, damaged).expect("write");
    let (root, handle) = render::<CheckApp>(()).await;

    let alert = root
        .query_selector("[role=alert]")
        .expect("query")
        .expect("an alert is shown");
    assert!(
        text_of(&alert).contains("Self-check"),
        "{}",
        text_of(&alert)
    );
    assert!(text_of(&alert).contains("damaged"), "{}", text_of(&alert));
    assert_eq!(
        local::read_raw(KEY).expect("read").as_deref(),
        Some(damaged),
        "loading never writes"
    );

    click(&root, "q-emergency-signs-no").await;
    assert_eq!(
        local::read_raw(&local::aside_key(KEY))
            .expect("read")
            .as_deref(),
        Some(damaged),
        "the damaged text is kept aside"
    );
    assert!(local::read_raw(KEY)
        .expect("read")
        .is_some_and(|raw| raw.contains("emergency_group")));
    handle.destroy();
}
