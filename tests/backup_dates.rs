//! Native tests of the rules a backup passes before a restore: nothing after tomorrow (a headache dated in the
//! future would block "Headache now" for good), with the latest day named in the refusal; and no more entries than
//! the app works with well, the count in words.

mod common;
use common::*;
use headache_diary::domain::diary::*;
use headache_diary::storage::backup::{check_not_from_the_future, Backup, BackupError};

fn backup_with(diary: Diary) -> Backup {
    Backup {
        diary,
        preferences: None,
        self_check: None,
    }
}

fn diary_with_attack_on(day_of_month: u32) -> Diary {
    let mut attack = Attack::new(AttackId(1), at(2026, 6, day_of_month, 8, 0));
    attack.end = Some(at(2026, 6, day_of_month, 12, 0));
    Diary::from_parts(vec![attack], vec![], vec![], vec![]).expect("valid")
}

#[test]
fn latest_day_is_the_last_day_anything_is_dated() {
    assert_eq!(Diary::new().latest_day(), None);
    assert_eq!(
        diary_with_attack_on(10).latest_day(),
        Some(day(2026, 6, 10))
    );
}

#[test]
fn backup_dated_up_to_tomorrow_is_accepted() {
    let backup = backup_with(diary_with_attack_on(16));
    assert_eq!(check_not_from_the_future(&backup, day(2026, 6, 15)), Ok(()));
}

#[test]
fn backup_with_a_headache_after_tomorrow_is_refused_naming_the_day() {
    let backup = backup_with(diary_with_attack_on(20));
    let refused = check_not_from_the_future(&backup, day(2026, 6, 15));
    assert_eq!(refused, Err(BackupError::FromTheFuture(day(2026, 6, 20))));
    let words = refused.expect_err("refused").to_string();
    assert!(words.contains("20 Jun 2026"), "{words}");
    assert!(words.contains("Nothing was changed"), "{words}");
}

#[test]
fn backup_with_more_entries_than_the_app_handles_well_is_refused_with_the_count_in_words() {
    use headache_diary::storage::backup::{check_entry_count, BACKUP_MAX_ENTRIES};
    let first = day(2000, 1, 1);
    let notes = (0..=BACKUP_MAX_ENTRIES as i64)
        .map(|offset| {
            DayNote::new(
                first + chrono::Duration::days(offset),
                DayKind::HeadacheFree,
            )
        })
        .collect();
    let backup = backup_with(Diary::from_parts(vec![], notes, vec![], vec![]).expect("valid"));
    let refused = check_entry_count(&backup).expect_err("too many");
    let words = refused.to_string();
    assert!(words.contains("15,001 entries"), "{words}");
    assert!(words.contains("up to 15,000"), "{words}");
    assert!(words.contains("Nothing was changed"), "{words}");
    assert_eq!(
        check_entry_count(&backup_with(diary_with_attack_on(10))),
        Ok(())
    );
}
