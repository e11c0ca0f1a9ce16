//! Browser tests of the passphrase lock against the real WebCrypto and localStorage: sealed saves open again,
//! a wrong passphrase and altered text are refused with nothing written, no note is ever stored in the clear,
//! and the app shows the unlock screen only where the diary would show.
#![cfg(target_arch = "wasm32")]

mod support;

use chrono::{NaiveDate, NaiveDateTime};
use headache_diary::app::App;
use headache_diary::check_app::CheckApp;
use headache_diary::domain::diary::{Attack, AttackId, Diary, DiaryAction};
use headache_diary::platform::crypto;
use headache_diary::storage::backup::{
    export_backup, parse_backup, parse_backup_file, BackupError, BackupFile,
};
use headache_diary::storage::diary::{apply_to_stored, DiaryUpdateError};
use headache_diary::storage::locked::{self, LockError};
use headache_diary::storage::sealed::{self, base64_encode, ITERATIONS};
use headache_diary::storage::sealing::{self, SealError};
use headache_diary::storage::{local, Document, Loaded};
use support::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const PASSPHRASE: &str = "correct horse battery";
const NOTE: &str = "purple-elephant-note";

fn at(day: u32, hour: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, day)
        .and_then(|d| d.and_hms_opt(hour, 0, 0))
        .expect("valid time")
}

fn attack_with_note(id: u64, day: u32) -> DiaryAction {
    let mut attack = Attack::new(AttackId(id), at(day, 8));
    attack.end = Some(at(day, 11));
    attack.note = NOTE.to_string();
    DiaryAction::AddAttack { attack }
}

fn stored() -> String {
    local::read_raw(Diary::KEY)
        .expect("storage")
        .expect("something stored")
}

/// A fresh page with the diary locked and one headache (with a note) saved through the lock.
async fn locked_diary_with_a_note() -> sealing::SealKey {
    reset_page();
    let (key, _) = locked::lock(PASSPHRASE).await.expect("locked");
    locked::apply(&key, attack_with_note(1, 10), at(20, 9))
        .await
        .expect("saved");
    key
}

#[wasm_bindgen_test]
async fn a_sealed_diary_opens_again_with_the_passphrase() {
    locked_diary_with_a_note().await;
    let (_, diary) = locked::unlock(PASSPHRASE)
        .await
        .expect("right passphrase opens");
    assert_eq!(
        diary.attack(AttackId(1)).map(|a| a.note.as_str()),
        Some(NOTE)
    );
}

#[wasm_bindgen_test]
async fn the_stored_text_holds_no_note_and_at_least_600000_iterations() {
    locked_diary_with_a_note().await;
    let text = stored();
    assert!(!text.contains(NOTE), "note stored in the clear: {text}");
    assert!(!text.contains(&base64_encode(NOTE.as_bytes())));
    assert!(!text.contains("\"data\""), "no plain envelope: {text}");
    assert!(matches!(local::load::<Diary>(), Ok(Loaded::Sealed { .. })));
    let parsed = sealed::parse(&text).expect("sealed format");
    assert!(parsed.iterations >= 600_000);
    assert_eq!(parsed.iterations, ITERATIONS);
}

#[wasm_bindgen_test]
async fn a_wrong_passphrase_is_refused_and_the_stored_diary_is_unchanged_byte_for_byte() {
    locked_diary_with_a_note().await;
    let before = stored();
    let result = locked::unlock("correct horse battery!").await;
    assert!(
        matches!(result, Err(LockError::Seal(SealError::WrongPassphrase))),
        "{result:?}"
    );
    assert!(
        locked::change_passphrase("wrong wrong wrong", "another passphrase")
            .await
            .is_err()
    );
    assert!(locked::remove_lock("wrong wrong wrong").await.is_err());
    assert_eq!(stored(), before);
    let message = SealError::WrongPassphrase.to_string();
    assert!(message.contains("Nothing was changed"), "{message}");
}

#[wasm_bindgen_test]
async fn a_tampered_ciphertext_is_refused_not_decoded() {
    let key = locked_diary_with_a_note().await;
    let mut parsed = sealed::parse(&stored()).expect("sealed");
    let middle = parsed.body.ciphertext.len() / 2;
    parsed.body.ciphertext[middle] ^= 0x01;
    let tampered = sealed::to_text(&parsed);
    local::write_raw(Diary::KEY, &tampered).expect("write");

    assert_eq!(
        sealing::open(&key, &parsed).await,
        Err(SealError::Damaged),
        "the right key still refuses altered text"
    );
    let result = locked::unlock(PASSPHRASE).await;
    assert!(
        matches!(result, Err(LockError::Seal(SealError::Damaged))),
        "{result:?}"
    );
    // A change is not saved over it either.
    let result = locked::apply(&key, attack_with_note(2, 12), at(20, 9)).await;
    assert!(result.is_err(), "{result:?}");
    assert_eq!(stored(), tampered, "nothing written");

    // The tag itself and the IV are covered too.
    let mut parsed = sealed::parse(&tampered).expect("sealed");
    parsed.body.ciphertext[middle] ^= 0x01;
    let last = parsed.body.ciphertext.len() - 1;
    parsed.body.ciphertext[last] ^= 0x80;
    assert_eq!(sealing::open(&key, &parsed).await, Err(SealError::Damaged));
    parsed.body.ciphertext[last] ^= 0x80;
    parsed.body.iv[0] ^= 0x01;
    assert_eq!(sealing::open(&key, &parsed).await, Err(SealError::Damaged));
}

#[wasm_bindgen_test]
async fn an_altered_check_block_with_the_right_passphrase_is_called_damaged_not_wrong() {
    let key = locked_diary_with_a_note().await;
    let mut parsed = sealed::parse(&stored()).expect("sealed");
    parsed.check.ciphertext[0] ^= 0x01;
    assert_eq!(
        sealing::open(&key, &parsed).await,
        Err(SealError::Damaged),
        "the body still opens with this key, so the passphrase is right and the text was altered"
    );
    // A different key (a wrong passphrase) is still told apart.
    let other = sealing::derive("not the passphrase", parsed.salt, parsed.iterations)
        .await
        .expect("derived");
    assert_eq!(
        sealing::open(&other, &parsed).await,
        Err(SealError::WrongPassphrase)
    );
}

#[wasm_bindgen_test]
async fn the_check_and_the_body_cannot_be_swapped() {
    let key = locked_diary_with_a_note().await;
    let mut parsed = sealed::parse(&stored()).expect("sealed");
    parsed.body = parsed.check.clone();
    assert_eq!(sealing::open(&key, &parsed).await, Err(SealError::Damaged));
}

#[wasm_bindgen_test]
async fn every_save_uses_a_fresh_iv_under_the_same_salt() {
    let key = locked_diary_with_a_note().await;
    let first = sealed::parse(&stored()).expect("sealed");
    locked::apply(&key, attack_with_note(2, 12), at(20, 9))
        .await
        .expect("saved");
    let second = sealed::parse(&stored()).expect("sealed");
    assert_ne!(first.body.iv, second.body.iv);
    assert_ne!(first.check.iv, second.check.iv);
    assert_ne!(first.body.iv, first.check.iv);
    assert_eq!(first.salt, second.salt);
    let (_, diary) = locked::unlock(PASSPHRASE).await.expect("opens");
    assert_eq!(diary.attacks().len(), 2, "both saves kept");
}

#[wasm_bindgen_test]
async fn a_change_from_another_tab_in_between_is_kept() {
    let key = locked_diary_with_a_note().await;
    // "Another tab" (same passphrase, its own key) saves in between.
    let (other_key, _) = locked::unlock(PASSPHRASE).await.expect("other tab opens");
    locked::apply(&other_key, attack_with_note(5, 14), at(20, 9))
        .await
        .expect("other tab saves");
    locked::apply(&key, attack_with_note(6, 16), at(20, 9))
        .await
        .expect("this tab saves");
    let diary = locked::open_stored(&key).await.expect("opens");
    assert!(
        diary.attack(AttackId(5)).is_some(),
        "the other tab's headache survives"
    );
    assert!(diary.attack(AttackId(6)).is_some());
}

#[wasm_bindgen_test]
async fn changing_the_passphrase_re_seals_under_a_new_salt() {
    locked_diary_with_a_note().await;
    let before = sealed::parse(&stored()).expect("sealed");
    locked::change_passphrase(PASSPHRASE, "a brand new passphrase")
        .await
        .expect("changed");
    let after = sealed::parse(&stored()).expect("sealed");
    assert_ne!(before.salt, after.salt);
    assert!(
        locked::unlock(PASSPHRASE).await.is_err(),
        "old one no longer opens"
    );
    let (_, diary) = locked::unlock("a brand new passphrase")
        .await
        .expect("new one opens");
    assert_eq!(
        diary.attack(AttackId(1)).map(|a| a.note.as_str()),
        Some(NOTE)
    );
}

#[wasm_bindgen_test]
async fn removing_the_lock_stores_the_same_diary_as_plain_text() {
    locked_diary_with_a_note().await;
    let diary = locked::remove_lock(PASSPHRASE).await.expect("removed");
    assert!(stored().contains(NOTE));
    assert!(matches!(local::load::<Diary>(), Ok(Loaded::Ready(plain)) if plain == diary));
    assert!(diary.attack(AttackId(1)).is_some());
}

#[wasm_bindgen_test]
async fn a_new_passphrase_shorter_than_eight_characters_is_refused_before_anything_is_written() {
    reset_page();
    assert_eq!(locked::lock("short").await.err(), Some(LockError::TooShort));
    assert_eq!(local::read_raw(Diary::KEY).expect("storage"), None);
}

#[wasm_bindgen_test]
async fn a_plain_change_is_never_written_over_a_locked_diary() {
    locked_diary_with_a_note().await;
    let before = stored();
    let result = apply_to_stored(attack_with_note(3, 13), at(20, 9));
    assert_eq!(result.err(), Some(DiaryUpdateError::Locked));
    assert_eq!(stored(), before);
}

#[wasm_bindgen_test]
async fn a_locked_backup_stays_sealed_and_opens_only_with_its_passphrase() {
    locked_diary_with_a_note().await;
    let text = export_backup().expect("backup");
    assert!(!text.contains(NOTE), "backup holds the note in the clear");
    assert!(
        text.contains(&stored()),
        "the diary part is exactly as stored"
    );
    assert_eq!(parse_backup(&text), Err(BackupError::NeedsPassphrase));
    let Ok(BackupFile::Sealed(file)) = parse_backup_file(&text) else {
        panic!("sealed backup");
    };
    let wrong = locked::open_backup("not the passphrase", file.clone()).await;
    assert!(matches!(
        wrong,
        Err(LockError::Seal(SealError::WrongPassphrase))
    ));
    let backup = locked::open_backup(PASSPHRASE, file).await.expect("opens");
    assert_eq!(
        backup.diary.attack(AttackId(1)).map(|a| a.note.as_str()),
        Some(NOTE)
    );
}

#[wasm_bindgen_test]
async fn a_restore_into_the_locked_diary_is_sealed_and_keeps_the_old_copy_sealed() {
    let key = locked_diary_with_a_note().await;
    let before = stored();
    let mut incoming = Diary::default();
    attack_with_note(9, 3)
        .apply(&mut incoming, at(20, 9))
        .expect("valid");
    let backup = headache_diary::storage::backup::Backup {
        diary: incoming,
        preferences: None,
        self_check: None,
    };
    assert_eq!(
        headache_diary::storage::backup::restore(
            &backup,
            headache_diary::storage::backup::Mode::Replace,
            at(20, 9)
        ),
        Err(BackupError::Locked),
        "the plain path refuses to unlock the diary by writing over it"
    );
    let restored = locked::restore(
        &key,
        &backup,
        headache_diary::storage::backup::Mode::Merge,
        at(20, 9),
    )
    .await
    .expect("restored");
    assert_eq!(restored.diary.attacks().len(), 2);
    assert!(sealed::is_sealed(&stored()));
    assert!(!stored().contains(NOTE));
    assert_eq!(restored.kept_aside.len(), 1);
    assert_eq!(
        local::read_raw(&restored.kept_aside[0]).expect("storage"),
        Some(before),
        "the copy kept before the restore is the sealed text as it was"
    );
}

#[wasm_bindgen_test]
async fn deriving_the_key_takes_a_measured_moment() {
    let salt = crypto::random_bytes::<16>().expect("random");
    let started = js_sys::Date::now();
    crypto::derive_key(PASSPHRASE, &salt, ITERATIONS)
        .await
        .expect("derived");
    let took = js_sys::Date::now() - started;
    console_log!("PBKDF2-SHA-256, {ITERATIONS} iterations: {took} ms");
    // Not a benchmark: only that the work factor is really applied (a tiny count would be near 0 ms).
    assert!(took > 20.0, "{took} ms");
}

#[wasm_bindgen_test]
async fn diary_pages_show_the_unlock_screen_and_the_self_check_does_not() {
    locked_diary_with_a_note().await;
    let window = web_sys::window().expect("window");
    window.location().set_hash("#/diary").expect("hash");
    let (root, handle) = render::<App>(()).await;
    let text = text_of(&root);
    assert!(text.contains("Your diary is locked"), "{text}");
    assert!(!text.contains(NOTE));
    assert!(button_named(&root, "Unlock").is_some());
    assert!(button_named(&root, "Headache now").is_none());
    // The unlock screen still offers the self-check, which is its own build beside the app.
    let link = root
        .query_selector(".lock-screen__forgot a[href=\"check/\"]")
        .expect("query")
        .expect("a link to the self-check");
    assert_eq!(link.text_content().unwrap_or_default(), "self-check");
    handle.destroy();

    // The self-check itself (what check/ runs) never asks for the passphrase.
    let (root, handle) = render::<CheckApp>(()).await;
    let text = text_of(&root);
    assert!(!text.contains("Your diary is locked"), "{text}");
    assert!(text.contains("First, some safety questions"), "{text}");
    handle.destroy();
    reset_page();
}

#[wasm_bindgen_test]
async fn hide_blanks_the_whole_app_and_continue_brings_it_back() {
    reset_page();
    let (root, handle) = render::<App>(()).await;
    button_named(&root, "Hide the screen")
        .expect("hide button in the header")
        .click();
    yew::scheduler::flush().await;
    assert!(root
        .query_selector("header.site-header")
        .expect("query")
        .is_none());
    assert_eq!(text_of(&root).trim(), "Continue");
    button_named(&root, "Continue").expect("way back").click();
    yew::scheduler::flush().await;
    assert!(root
        .query_selector("header.site-header")
        .expect("query")
        .is_some());
    handle.destroy();
}

#[wasm_bindgen_test]
async fn with_the_lock_on_the_hide_button_says_it_locks_too() {
    locked_diary_with_a_note().await;
    let (root, handle) = render::<App>(()).await;
    button_named(&root, "Hide the screen and lock the diary")
        .expect("hide button names the lock")
        .click();
    yew::scheduler::flush().await;
    assert!(root
        .query_selector("header.site-header")
        .expect("query")
        .is_none());
    handle.destroy();
    reset_page();
}

/// Lets already-queued promise callbacks (and `spawn_local` tasks) run.
async fn settle() {
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL))
        .await
        .expect("resolved");
    yew::scheduler::flush().await;
}

fn tab_comes_back() {
    let event = web_sys::Event::new("visibilitychange").expect("event");
    document().dispatch_event(&event).expect("dispatched");
}

#[wasm_bindgen_test]
async fn coming_back_to_the_tab_after_the_idle_time_locks_at_once() {
    use headache_diary::platform::idle::IdleWatch;
    use std::cell::Cell;
    use std::rc::Rc;

    let idled = Rc::new(Cell::new(0));
    let count = idled.clone();
    let watch = IdleWatch::start(0.0, move || count.set(count.get() + 1)).expect("watching");
    tab_comes_back();
    settle().await;
    assert_eq!(
        idled.get(),
        1,
        "idle time already over when the tab comes back"
    );
    tab_comes_back();
    settle().await;
    assert_eq!(idled.get(), 1, "only once");
    drop(watch);

    let idled = Rc::new(Cell::new(0));
    let count = idled.clone();
    let watch = IdleWatch::start(60_000.0, move || count.set(count.get() + 1)).expect("watching");
    tab_comes_back();
    settle().await;
    assert_eq!(idled.get(), 0, "a minute has not passed");
    drop(watch);
}
