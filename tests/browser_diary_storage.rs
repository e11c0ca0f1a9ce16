//! Browser tests of the diary's storage path: every change lands on the stored diary, an
//! unreadable diary is never written over, and a full quota is reported with the change kept.
#![cfg(target_arch = "wasm32")]

mod support;

use chrono::{NaiveDate, NaiveDateTime};
use headache_diary::app::App;
use headache_diary::domain::diary::{
    AttackId, DayKind, Diary, DiaryAction, PreventiveClass, TrialOutcome,
};
use headache_diary::storage::diary::{apply_to_stored, DiaryUpdateError};
use headache_diary::storage::{local, Document, Loaded, StorageError};
use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

fn at(day: u32, hour: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, day)
        .and_then(|d| d.and_hms_opt(hour, 0, 0))
        .expect("valid time")
}

#[wasm_bindgen_test]
fn apply_to_stored_saves_each_change_on_top_of_the_last() {
    reset_page();
    let start = DiaryAction::StartAttack {
        id: AttackId(7),
        start: at(20, 9),
    };
    apply_to_stored(start, at(20, 10)).expect("start saved");
    let end = DiaryAction::EndAttack {
        id: AttackId(7),
        end: at(20, 13),
    };
    apply_to_stored(end, at(20, 14)).expect("end saved");
    let Ok(Loaded::Ready(diary)) = local::load::<Diary>() else {
        panic!("diary stored");
    };
    let attack = diary.attack(AttackId(7)).expect("attack kept");
    assert_eq!(attack.end, Some(at(20, 13)));
}

#[wasm_bindgen_test]
fn a_change_made_elsewhere_in_between_is_kept() {
    reset_page();
    apply_to_stored(
        DiaryAction::StartAttack {
            id: AttackId(1),
            start: at(18, 8),
        },
        at(18, 9),
    )
    .expect("saved");
    // Another tab writes a day note directly to storage in between.
    let Ok(Loaded::Ready(mut other_tab)) = local::load::<Diary>() else {
        panic!("stored");
    };
    DiaryAction::MarkDay {
        date: NaiveDate::from_ymd_opt(2026, 11, 10).expect("date"),
        kind: DayKind::HeadacheFree,
    }
    .apply(&mut other_tab, at(18, 9))
    .expect("valid");
    local::save(&other_tab).expect("other tab saves");
    // This tab's next change must not drop the other tab's day note.
    apply_to_stored(
        DiaryAction::EndAttack {
            id: AttackId(1),
            end: at(18, 12),
        },
        at(18, 13),
    )
    .expect("saved");
    let Ok(Loaded::Ready(diary)) = local::load::<Diary>() else {
        panic!("stored");
    };
    assert_eq!(diary.day_notes().len(), 1, "the other tab's note survives");
    assert!(diary.attack(AttackId(1)).is_some_and(|a| a.end.is_some()));
}

#[wasm_bindgen_test]
fn an_unreadable_stored_diary_is_never_written_over() {
    reset_page();
    local::write_raw(Diary::KEY, "{\"version\":1,\"data\":{\"a\":[{\"id\":").expect("write");
    let result = apply_to_stored(
        DiaryAction::StartAttack {
            id: AttackId(2),
            start: at(20, 9),
        },
        at(20, 10),
    );
    assert!(
        matches!(result, Err(DiaryUpdateError::StoredUnreadable(_))),
        "{result:?}"
    );
    assert_eq!(
        local::read_raw(Diary::KEY).expect("read").as_deref(),
        Some("{\"version\":1,\"data\":{\"a\":[{\"id\":")
    );
}

#[wasm_bindgen_test]
fn an_invalid_change_is_refused_and_nothing_is_written() {
    reset_page();
    let result = apply_to_stored(
        DiaryAction::StartAttack {
            id: AttackId(3),
            start: at(21, 12),
        },
        at(20, 10),
    );
    assert!(
        matches!(result, Err(DiaryUpdateError::Invalid(_))),
        "{result:?}"
    );
    assert_eq!(local::read_raw(Diary::KEY).expect("read"), None);
}

/// The app opened at the diary page over `stored` as the diary's stored text.
async fn diary_page_over(stored: &str) -> (web_sys::Element, yew::AppHandle<App>) {
    local::write_raw(Diary::KEY, stored).expect("write");
    web_sys::window()
        .expect("window")
        .location()
        .set_hash("#/diary")
        .expect("hash");
    render::<App>(()).await
}

#[wasm_bindgen_test]
async fn diary_page_shows_a_damaged_diary_and_keeps_it_until_the_person_decides() {
    reset_page();
    let damaged = "not a diary";
    let (root, handle) = diary_page_over(damaged).await;
    assert!(text_of(&root).contains("Your saved diary could not be read"));
    assert!(
        button_named(&root, "Headache now").is_none(),
        "no logging over damaged data"
    );
    assert_eq!(
        local::read_raw(Diary::KEY).expect("read").as_deref(),
        Some(damaged)
    );

    button_named(&root, "Start a new diary instead…")
        .expect("offered")
        .click();
    yew::scheduler::flush().await;
    button_named(&root, "Start a new diary")
        .expect("confirm")
        .click();
    yew::scheduler::flush().await;

    assert_eq!(
        local::read_raw(&local::aside_key(Diary::KEY))
            .expect("read")
            .as_deref(),
        Some(damaged),
        "the damaged text is kept aside"
    );
    button_named(&root, "Headache now")
        .expect("logging works again")
        .click();
    yew::scheduler::flush().await;
    assert!(text_of(&root).contains("Headache since"));
    assert!(matches!(local::load::<Diary>(), Ok(Loaded::Ready(d)) if d.running_attack().is_some()));
    handle.destroy();
}

#[wasm_bindgen_test]
async fn a_full_quota_keeps_the_new_headache_on_screen_and_says_it_was_not_saved() {
    reset_page();
    web_sys::window()
        .expect("window")
        .location()
        .set_hash("#/diary")
        .expect("hash");
    let (root, handle) = render::<App>(()).await;
    // Fill the origin's storage so the next save fails.
    let block = "x".repeat(256 * 1024);
    let mut filled = 0;
    while local::write_raw(&format!("filler-{filled}"), &block).is_ok() {
        filled += 1;
        assert!(filled < 400, "quota never reached");
    }
    let small = "y".repeat(1024);
    while local::write_raw(&format!("small-{filled}"), &small).is_ok() {
        filled += 1;
    }
    // Down to the last few bytes: even a one-entry diary cannot fit now.
    while local::write_raw(&format!("t{filled}"), "z").is_ok() {
        filled += 1;
    }

    button_named(&root, "Headache now").expect("button").click();
    yew::scheduler::flush().await;

    let text = text_of(&root);
    assert!(
        text.contains("Headache since"),
        "the headache is kept in memory: {text}"
    );
    assert!(
        text.contains(&StorageError::QuotaExceeded.to_string()),
        "{text}"
    );
    handle.destroy();
    reset_page();
}

/// What another tab writes when it read storage a moment before this tab's save reached it: its own change on
/// the diary as it was, carrying the lineage of that older text plus its own stamp.
fn written_over_by_a_stale_tab(before: &str, change: DiaryAction) {
    use headache_diary::storage::{decode, encode_with_lineage, lineage_of};
    let mut diary: Diary = decode(before).expect("older text reads");
    change.apply(&mut diary, at(20, 12)).expect("applies");
    let mut lineage = lineage_of(before);
    lineage.push("other-tab.1".into());
    let text = encode_with_lineage(&diary, &lineage).expect("encodes");
    local::write_raw(Diary::KEY, &text).expect("written");
}

fn mark_free(day: u32) -> DiaryAction {
    DiaryAction::MarkDay {
        date: NaiveDate::from_ymd_opt(2026, 11, day).expect("date"),
        kind: DayKind::HeadacheFree,
    }
}

#[wasm_bindgen_test]
fn a_change_another_tab_wrote_over_is_made_again_when_this_tab_hears_of_it() {
    use headache_diary::storage::diary::load_keeping_own_changes;
    reset_page();
    apply_to_stored(mark_free(1), at(20, 9)).expect("saved");
    let before = local::read_raw(Diary::KEY).expect("reads").expect("stored");
    apply_to_stored(mark_free(2), at(20, 10)).expect("saved");
    // The other tab had not seen the 2 November note when it wrote the 3rd.
    written_over_by_a_stale_tab(&before, mark_free(3));
    let (loaded, made_again) = load_keeping_own_changes().expect("storage works");
    assert_eq!(made_again, 1);
    let Loaded::Ready(shown) = loaded else {
        panic!("a diary");
    };
    let Ok(Loaded::Ready(stored)) = local::load::<Diary>() else {
        panic!("stored");
    };
    assert_eq!(shown, stored, "what is shown is what is stored");
    let days: Vec<u32> = stored
        .day_notes()
        .iter()
        .map(|note| chrono::Datelike::day(&note.date))
        .collect();
    assert_eq!(days, vec![1, 2, 3], "both tabs' notes kept");
    // Heard of twice, made once.
    assert_eq!(load_keeping_own_changes().expect("works").1, 0);
}

#[wasm_bindgen_test]
fn a_change_written_over_is_also_made_again_by_this_tabs_next_save() {
    reset_page();
    apply_to_stored(mark_free(1), at(20, 9)).expect("saved");
    let before = local::read_raw(Diary::KEY).expect("reads").expect("stored");
    apply_to_stored(mark_free(2), at(20, 10)).expect("saved");
    written_over_by_a_stale_tab(&before, mark_free(3));
    // The storage event has not been handled yet; the next tap finds the loss first.
    let (diary, _) = apply_to_stored(mark_free(4), at(20, 13)).expect("saved");
    assert_eq!(diary.day_notes().len(), 4, "{:?}", diary.day_notes());
}

#[wasm_bindgen_test]
fn a_restore_or_delete_in_another_tab_is_not_undone_by_changes_made_before_it() {
    use headache_diary::storage::diary::load_keeping_own_changes;
    reset_page();
    apply_to_stored(mark_free(1), at(20, 9)).expect("saved");
    // A restore writes a whole diary without lineage: a replacement, not a stale save.
    local::save(&Diary::default()).expect("restored");
    let (loaded, made_again) = load_keeping_own_changes().expect("works");
    assert_eq!(made_again, 0);
    assert_eq!(loaded, Loaded::Ready(Diary::default()));
    // Nor by this tab's next change on top of it.
    let (diary, _) = apply_to_stored(mark_free(5), at(20, 10)).expect("saved");
    assert_eq!(diary.day_notes().len(), 1);
    // "Delete all my data": nothing stored, nothing brought back.
    local::remove(Diary::KEY).expect("removed");
    assert_eq!(
        load_keeping_own_changes().expect("works"),
        (Loaded::Missing, 0)
    );
}

#[wasm_bindgen_test]
async fn a_version_one_diary_gets_a_treatment_and_is_saved_at_version_two_with_nothing_lost() {
    reset_page();
    let v1 = r#"{"version":1,"data":{"a":[{"id":5,"s":"2026-11-02T08:00","e":"2026-11-02T12:00","sv":6,"st":true}]}}"#;
    local::write_raw(Diary::KEY, v1).expect("write");
    web_sys::window()
        .expect("window")
        .location()
        .set_hash("#/treatments")
        .expect("hash");
    let (root, handle) = render::<App>(()).await;
    assert!(text_of(&root).contains("No treatments listed yet"));
    // Opening a version 1 diary writes nothing: it stays as it was until the person changes something.
    assert_eq!(
        local::read_raw(Diary::KEY).expect("read").as_deref(),
        Some(v1)
    );

    button_named(&root, "Add a treatment")
        .expect("offered")
        .click();
    yew::scheduler::flush().await;
    button_named(&root, "Topiramate")
        .expect("common name")
        .click();
    yew::scheduler::flush().await;
    let side_effects: HtmlElement = document()
        .get_element_by_id("treatment-outcome-side-effects")
        .expect("outcome radio")
        .dyn_into()
        .expect("input");
    side_effects.click();
    yew::scheduler::flush().await;
    button_named(&root, "Save treatment").expect("save").click();
    yew::scheduler::flush().await;
    yew::scheduler::flush().await;

    let stored = local::read_raw(Diary::KEY).expect("read").expect("stored");
    assert!(stored.starts_with(r#"{"version":2,"#), "{stored}");
    let Ok(Loaded::Ready(diary)) = local::load::<Diary>() else {
        panic!("stored diary reads back");
    };
    assert_eq!(diary.attacks().len(), 1, "the version 1 headache is kept");
    assert_eq!(diary.attacks()[0].stopped_activities, Some(true));
    let trial = diary.treatments().first().expect("treatment saved");
    assert_eq!(trial.name, "Topiramate");
    assert_eq!(trial.class, PreventiveClass::Antiepileptic);
    assert_eq!(trial.outcome, Some(TrialOutcome::SideEffects));
    assert!(
        button_named(&root, "Edit Topiramate").is_some(),
        "the form closed onto the list"
    );
    handle.destroy();
}

/// A diary of `attacks` headaches, three a day going back from yesterday, as a version 1 save (what the app then
/// migrates), each with a note: 600 of them are about 90 KB, over `storage::diary::LONG_DIARY_TEXT`.
fn long_diary_text(attacks: u32) -> String {
    let entries: Vec<String> = (0..attacks)
        .map(|n| {
            let day = today() - chrono::Days::new(u64::from(n / 3) + 1);
            let hour = 2 + 8 * (n % 3);
            format!(
                r#"{{"id":{},"s":"{day}T{hour:02}:00","e":"{day}T{hour:02}:45","sv":5,"n":"note {n}, written to make the diary long"}}"#,
                n + 1
            )
        })
        .collect();
    format!(r#"{{"version":1,"data":{{"a":[{}]}}}}"#, entries.join(","))
}

#[wasm_bindgen_test]
async fn a_long_diary_is_read_after_the_first_paint_and_nothing_of_it_is_lost() {
    reset_page();
    let stored = long_diary_text(600);
    assert!(stored.len() > headache_diary::storage::diary::LONG_DIARY_TEXT as usize);
    let (root, handle) = diary_page_over(&stored).await;

    // The first frame: the page and its heading, nothing of the diary yet, and never an empty diary in its place.
    assert!(text_of(&root).contains("My headache diary"));
    assert!(text_of(&root).contains("Opening your diary…"));
    assert!(button_named(&root, "Headache now").is_none());
    assert!(
        button_named(&root, "Hide the screen").is_some(),
        "the header's Hide is there from the first frame"
    );
    assert!(
        !text_of(&root).contains("No headaches"),
        "{}",
        text_of(&root)
    );
    assert_eq!(
        local::read_raw(Diary::KEY).expect("read").as_deref(),
        Some(stored.as_str())
    );

    after_next_paint().await;
    assert!(!text_of(&root).contains("Opening your diary…"));
    assert!(
        text_of(&root).contains("600 headaches logged."),
        "{}",
        text_of(&root)
    );
    button_named(&root, "Headache now")
        .expect("logging works")
        .click();
    yew::scheduler::flush().await;
    assert!(text_of(&root).contains("Headache since"));
    match local::load::<Diary>() {
        Ok(Loaded::Ready(diary)) => {
            assert_eq!(
                diary.attacks().len(),
                601,
                "every stored headache kept, the new one added"
            );
            assert!(diary.running_attack().is_some());
        }
        other => panic!("the diary was not saved: {other:?}"),
    }
    handle.destroy();
}

#[wasm_bindgen_test]
async fn a_long_diary_changed_by_another_tab_before_it_is_read_opens_with_that_change() {
    reset_page();
    let (root, handle) = diary_page_over(&long_diary_text(600)).await;
    assert!(button_named(&root, "Headache now").is_none());
    // Another tab saves before this one has read the diary: the newer text is what opens.
    let newer = long_diary_text(603);
    local::write_raw(Diary::KEY, &newer).expect("write");
    after_next_paint().await;
    match local::load::<Diary>() {
        Ok(Loaded::Ready(diary)) => assert_eq!(diary.attacks().len(), 603),
        other => panic!("unreadable: {other:?}"),
    }
    assert!(button_named(&root, "Headache now").is_some());
    assert_eq!(
        local::read_raw(Diary::KEY).expect("read").as_deref(),
        Some(newer.as_str()),
        "nothing written"
    );
    handle.destroy();
}
