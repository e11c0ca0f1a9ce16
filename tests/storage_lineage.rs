//! Native tests of the diary's lineage (`storage::lineage`): which of a tab's recent saves a stored diary no longer
//! holds because another tab wrote over them, so they can be made again instead of lost.

mod common;
use common::*;
use headache_diary::domain::diary::{AttackId, Diary, DiaryAction};
use headache_diary::storage::lineage::{extended, OwnSaves, LINEAGE_LEN, WATCH_MS};
use headache_diary::storage::{decode, encode, encode_with_lineage, lineage_of};

fn delete(id: u64) -> DiaryAction {
    DiaryAction::DeleteAttack { id: AttackId(id) }
}

fn stamps(list: &[&str]) -> Vec<String> {
    list.iter().map(|stamp| stamp.to_string()).collect()
}

#[test]
fn a_save_the_stored_lineage_still_holds_is_not_lost() {
    let mut own = OwnSaves::new("tab".into());
    let stamp = own.next_stamp();
    own.record(&stamp, delete(1), at(2026, 6, 1, 9, 0), 1_000.0);
    let stored = extended(&stamps(&["other.1"]), &stamp);
    assert!(own.take_lost(&stored, 1_050.0).is_empty());
    // Built on by another tab: still held.
    assert!(own
        .take_lost(&extended(&stored, "other.2"), 1_100.0)
        .is_empty());
    assert_eq!(own.watched(), 1);
}

#[test]
fn a_save_written_over_by_a_tab_that_had_not_seen_it_is_given_back_once() {
    let mut own = OwnSaves::new("tab".into());
    let first = own.next_stamp();
    let second = own.next_stamp();
    assert_ne!(first, second);
    own.record(&first, delete(1), at(2026, 6, 1, 9, 0), 1_000.0);
    own.record(&second, delete(2), at(2026, 6, 1, 9, 1), 1_010.0);
    // The other tab built on the first save only.
    let lost = own.take_lost(&stamps(&[&first, "other.7"]), 1_030.0);
    assert_eq!(lost.len(), 1);
    assert_eq!(lost[0].action, delete(2));
    assert_eq!(lost[0].now, at(2026, 6, 1, 9, 1));
    // Taken out: asking again gives nothing twice.
    assert!(own
        .take_lost(&stamps(&[&first, "other.7"]), 1_040.0)
        .is_empty());
}

#[test]
fn saves_older_than_the_watch_are_forgotten_not_replayed() {
    let mut own = OwnSaves::new("tab".into());
    let stamp = own.next_stamp();
    own.record(&stamp, delete(1), at(2026, 6, 1, 9, 0), 1_000.0);
    assert!(own
        .take_lost(&stamps(&["other.1"]), 1_000.0 + WATCH_MS)
        .is_empty());
    assert_eq!(own.watched(), 0);
}

#[test]
fn a_text_without_lineage_is_a_replacement_and_forgets_every_watched_save() {
    let mut own = OwnSaves::new("tab".into());
    let stamp = own.next_stamp();
    own.record(&stamp, delete(1), at(2026, 6, 1, 9, 0), 1_000.0);
    assert!(
        own.take_lost(&[], 1_010.0).is_empty(),
        "a restore is not written over"
    );
    assert_eq!(own.watched(), 0);
    // A later save on top of the restored diary does not bring the old change back.
    assert!(own.take_lost(&stamps(&["other.1"]), 1_020.0).is_empty());
}

#[test]
fn the_lineage_keeps_the_newest_stamps_in_order() {
    let mut lineage = Vec::new();
    for count in 0..(LINEAGE_LEN + 5) {
        lineage = extended(&lineage, &format!("t.{count}"));
    }
    assert_eq!(lineage.len(), LINEAGE_LEN);
    assert_eq!(
        lineage.last().map(String::as_str),
        Some(format!("t.{}", LINEAGE_LEN + 4).as_str())
    );
    assert_eq!(lineage.first().map(String::as_str), Some("t.5"));
}

#[test]
fn the_lineage_travels_in_the_envelope_and_every_reader_still_reads_the_diary() {
    let diary = Diary::default();
    let lineage = stamps(&["a.1", "b.4"]);
    let text = encode_with_lineage(&diary, &lineage).expect("encodes");
    assert_eq!(lineage_of(&text), lineage);
    assert_eq!(decode::<Diary>(&text), Ok(diary.clone()));
    // Without one (restores, older builds) the text is as before, and has an empty lineage.
    let plain = encode(&diary).expect("encodes");
    assert!(!plain.contains("\"w\""), "{plain}");
    assert!(lineage_of(&plain).is_empty());
    assert!(
        lineage_of("{\"version\":1,\"data\":").is_empty(),
        "unreadable text has none"
    );
}
