//! Browser tests of the headache form: mount the real `App` at `#/diary/attack/…` over a diary seeded in
//! localStorage, fill it in as a person would (clicking labels and buttons, typing), and check what ends up stored
//! and what the person sees when a save is refused.
#![cfg(target_arch = "wasm32")]

mod support;

use chrono::{Duration, NaiveDateTime, Timelike};
use headache_diary::app::App;
use headache_diary::domain::diary::{
    AttackId, Diary, DiaryAction, MedicineClass, Severity, Symptom,
};
use headache_diary::storage::{local, Loaded};
use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement};
use yew::AppHandle;

wasm_bindgen_test_configure!(run_in_browser);

const ID: AttackId = AttackId(4242);

/// Local time now, to the minute (what the app reads).
fn now() -> NaiveDateTime {
    let now = support::now();
    now.with_second(0)
        .and_then(|t| t.with_nanosecond(0))
        .expect("a whole minute")
}

fn input_time(time: NaiveDateTime) -> String {
    time.format("%Y-%m-%dT%H:%M").to_string()
}

/// A stored diary with one attack that started `ago` before now and is still going.
fn seed_running(ago: Duration) -> NaiveDateTime {
    let start = now() - ago;
    let mut diary = Diary::new();
    DiaryAction::StartAttack { id: ID, start }
        .apply(&mut diary, now())
        .expect("start applies");
    local::save(&diary).expect("seed saves");
    start
}

fn stored() -> Diary {
    match local::load::<Diary>() {
        Ok(Loaded::Ready(diary)) => diary,
        other => panic!("a stored diary, got {other:?}"),
    }
}

async fn open(hash: &str) -> (Element, AppHandle<App>) {
    web_sys::window()
        .expect("window")
        .location()
        .set_hash(hash)
        .expect("set hash");
    render::<App>(()).await
}

fn element<T: JsCast>(root: &Element, selector: &str) -> T {
    root.query_selector(selector)
        .expect("query")
        .unwrap_or_else(|| panic!("{selector} is on the page"))
        .dyn_into::<T>()
        .unwrap_or_else(|_| panic!("{selector} has the expected type"))
}

/// Clicks what a person taps: a label, a button, a chip.
async fn tap(root: &Element, selector: &str) {
    element::<HtmlElement>(root, selector).click();
    yew::scheduler::flush().await;
}

async fn press(root: &Element, name: &str) {
    button_named(root, name)
        .unwrap_or_else(|| panic!("a \"{name}\" button"))
        .click();
    yew::scheduler::flush().await;
}

/// Puts `text` in a field the way typing does: the value changes, then a bubbling "input" event.
async fn type_into(root: &Element, selector: &str, text: &str) {
    let target = root
        .query_selector(selector)
        .expect("query")
        .unwrap_or_else(|| panic!("{selector} is on the page"));
    if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        input.set_value(text);
    } else if let Some(area) = target.dyn_ref::<HtmlTextAreaElement>() {
        area.set_value(text);
    }
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).expect("event");
    target.dispatch_event(&event).expect("dispatch");
    yew::scheduler::flush().await;
}

fn value_of(root: &Element, selector: &str) -> String {
    let target: Element = element(root, selector);
    if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        input.value()
    } else if let Some(area) = target.dyn_ref::<HtmlTextAreaElement>() {
        area.value()
    } else {
        String::new()
    }
}

fn current_hash() -> String {
    web_sys::window()
        .expect("window")
        .location()
        .hash()
        .expect("hash")
}

#[wasm_bindgen_test]
async fn attack_form_running_attack_severity_symptom_and_medicine_are_stored_on_save() {
    reset_page();
    let start = seed_running(Duration::hours(1));
    let (root, handle) = open(&format!("#/diary/attack/{}", ID.0)).await;
    assert!(
        text_of(&root).contains("Still going"),
        "a running attack says so: {}",
        text_of(&root)
    );

    tap(&root, "label[for='severity-7']").await;
    assert!(
        text_of(&root).contains("7 – severe"),
        "the words for 7 show"
    );
    tap(&root, "label[for='attack-symptom-nausea']").await;
    tap(&root, "#quick-medicine-ibuprofen").await;
    press(&root, "Save").await;

    let diary = stored();
    let attack = diary.attack(ID).expect("the attack is still there");
    assert_eq!(attack.start, start);
    assert!(attack.is_running(), "saving details does not end it");
    assert_eq!(attack.severity, Some(Severity::new(7).expect("7")));
    assert!(attack.symptoms.contains(&Symptom::Nausea));
    let dose = attack.medicines.first().expect("a dose");
    assert_eq!(dose.name, "Ibuprofen");
    assert_eq!(dose.class, MedicineClass::SimpleAnalgesic);
    assert!(
        (dose.taken_at - now()).num_minutes().abs() <= 1,
        "taken now while it is still going"
    );
    assert_eq!(current_hash(), "#/diary", "back to the diary");
    handle.destroy();
}

#[wasm_bindgen_test]
async fn attack_form_end_before_start_shows_message_and_keeps_what_was_typed() {
    reset_page();
    let start = seed_running(Duration::hours(2));
    let (root, handle) = open(&format!("#/diary/attack/{}", ID.0)).await;

    tap(&root, "label[for='severity-4']").await;
    type_into(&root, "#attack-note", "Started after the long drive").await;
    let too_early = input_time(start - Duration::hours(1));
    type_into(&root, "#attack-end", &too_early).await;
    press(&root, "Save").await;

    let error: HtmlElement = element(&root, "#attack-end-error");
    assert!(!error.hidden(), "the message shows next to the end field");
    assert!(
        text_of(&error).contains("is before the start"),
        "{}",
        text_of(&error)
    );
    let alert: Element = element(&root, ".attack-form [role='alert']");
    assert!(text_of(&alert).contains("is before the start"));
    assert_eq!(value_of(&root, "#attack-end"), too_early, "end kept");
    assert_eq!(
        value_of(&root, "#attack-note"),
        "Started after the long drive",
        "note kept"
    );
    assert!(
        element::<HtmlInputElement>(&root, "#severity-4").checked(),
        "severity kept"
    );
    assert_eq!(
        element::<HtmlInputElement>(&root, "#attack-end")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    let attack = stored().attack(ID).cloned().expect("still stored");
    assert!(
        attack.is_running() && attack.severity.is_none(),
        "nothing saved"
    );
    assert_ne!(current_hash(), "#/diary", "the form stays open");

    // Fixing the end clears the message and saves.
    let later = input_time(start + Duration::minutes(30));
    type_into(&root, "#attack-end", &later).await;
    assert!(element::<HtmlElement>(&root, "#attack-end-error").hidden());
    press(&root, "Save").await;
    let attack = stored().attack(ID).cloned().expect("still stored");
    assert_eq!(attack.end, Some(start + Duration::minutes(30)));
    assert_eq!(attack.note, "Started after the long drive");
    handle.destroy();
}

#[wasm_bindgen_test]
async fn attack_form_new_past_attack_is_added_with_its_details() {
    reset_page();
    let start = (now() - Duration::days(1))
        .with_hour(9)
        .and_then(|t| t.with_minute(30))
        .expect("a time");
    let (root, handle) = open("#/diary/attack/new").await;
    assert!(text_of(&root).contains("Log a past headache"));

    type_into(&root, "#attack-start", &input_time(start)).await;
    type_into(
        &root,
        "#attack-end",
        &input_time(start + Duration::hours(3)),
    )
    .await;
    tap(&root, "label[for='severity-5']").await;
    tap(&root, "label[for='attack-location-left']").await;
    tap(&root, "#quick-medicine-paracetamol").await;
    type_into(&root, "#attack-own-trigger", "long car journey").await;
    press(&root, "Add").await;
    press(&root, "Save").await;

    let diary = stored();
    let attack = diary.attacks().first().expect("one attack added");
    assert_eq!(attack.start, start);
    assert_eq!(attack.end, Some(start + Duration::hours(3)));
    assert_eq!(attack.severity.map(Severity::value), Some(5));
    assert_eq!(attack.own_triggers, vec!["long car journey".to_string()]);
    let dose = attack.medicines.first().expect("a dose");
    assert_eq!(
        (dose.name.as_str(), dose.taken_at),
        ("Paracetamol", start),
        "a past headache's quick dose is taken at its start"
    );
    assert_eq!(
        diary.own_triggers(),
        ["long car journey".to_string()],
        "the own trigger is offered next time"
    );
    handle.destroy();
}

#[wasm_bindgen_test]
async fn attack_form_medicine_with_empty_time_is_refused_next_to_it() {
    reset_page();
    seed_running(Duration::hours(1));
    let (root, handle) = open(&format!("#/diary/attack/{}", ID.0)).await;

    tap(&root, "#quick-medicine-other").await;
    type_into(&root, "#dose-0-name", "Rizatriptan").await;
    type_into(&root, "#dose-0-time", "").await;
    press(&root, "Save").await;

    let error: HtmlElement = element(&root, "#dose-0-time-error");
    assert!(!error.hidden());
    assert!(
        text_of(&error).contains("Rizatriptan"),
        "{}",
        text_of(&error)
    );
    assert_eq!(value_of(&root, "#dose-0-name"), "Rizatriptan");
    assert!(stored().attack(ID).expect("stored").medicines.is_empty());
    handle.destroy();
}

#[wasm_bindgen_test]
async fn attack_form_delete_removes_the_attack_and_returns_to_the_diary() {
    reset_page();
    seed_running(Duration::hours(1));
    let (root, handle) = open(&format!("#/diary/attack/{}", ID.0)).await;

    press(&root, "Delete this headache").await;

    assert!(stored().attack(ID).is_none());
    assert_eq!(current_hash(), "#/diary");
    handle.destroy();
}
