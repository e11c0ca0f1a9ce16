//! Native tests of the backup preview and merge: counts, date range, duplicates by id, start and date, the
//! current diary winning every clash, and a valid result.

mod common;
use chrono::{NaiveDate, NaiveDateTime};
use common::*;
use headache_diary::domain::diary::*;
use headache_diary::domain::export::{date_range, merge, BackupPreview};

fn ended(id: u64, start: NaiveDateTime, hours: i64) -> Attack {
    let mut attack = Attack::new(AttackId(id), start);
    attack.end = Some(start + chrono::Duration::hours(hours));
    attack
}

fn noted(attack: Attack, note: &str) -> Attack {
    Attack {
        note: note.into(),
        ..attack
    }
}

fn current() -> Diary {
    Diary::from_parts(
        vec![
            noted(ended(1, at(2026, 3, 2, 9, 0), 4), "mine"),
            ended(2, at(2026, 3, 10, 9, 0), 4),
        ],
        vec![DayNote::new(day(2026, 3, 5), DayKind::HeadacheFree)],
        vec![Period::starting(day(2026, 3, 20))],
        vec!["cheese".into()],
    )
    .expect("valid")
}

fn incoming() -> Diary {
    Diary::from_parts(
        vec![
            // Same id as attack 1, different start: a duplicate.
            ended(1, at(2026, 2, 1, 9, 0), 2),
            // Same start as attack 2, other id: a duplicate; theirs has a note, ours is kept.
            noted(ended(20, at(2026, 3, 10, 9, 0), 2), "theirs"),
            // Overlaps attack 1 (09:00–13:00): a clash.
            ended(21, at(2026, 3, 2, 12, 0), 3),
            // New.
            ended(22, at(2026, 3, 15, 18, 0), 5),
            ended(23, at(2026, 4, 1, 6, 0), 1),
        ],
        vec![
            DayNote::new(day(2026, 3, 5), DayKind::Headache { severity: None }),
            DayNote::new(day(2026, 3, 6), DayKind::HeadacheFree),
            // "No headache" on a day with an attack (ours, 2 March): left out.
            DayNote::new(day(2026, 3, 2), DayKind::HeadacheFree),
        ],
        vec![
            Period::starting(day(2026, 3, 20)),
            Period {
                start: day(2026, 2, 20),
                end: Some(day(2026, 2, 24)),
            },
            // Overlaps nothing of ours but starts inside no period: new.
            Period::starting(day(2026, 4, 18)),
        ],
        vec!["Cheese".into(), "long drive".into()],
    )
    .expect("valid")
}

#[test]
fn preview_counts_what_the_backup_holds_and_its_date_range() {
    let preview = BackupPreview::new(&current(), &incoming()).expect("preview");
    assert_eq!(
        (preview.attacks, preview.day_notes, preview.periods),
        (5, 3, 3)
    );
    assert_eq!(
        preview.date_range,
        Some((day(2026, 2, 1), day(2026, 4, 18)))
    );
    assert!(!preview.is_empty());
}

#[test]
fn preview_duplicates_are_same_id_or_same_start_same_date_same_period_start() {
    let preview = BackupPreview::new(&current(), &incoming()).expect("preview");
    assert_eq!(preview.duplicate_attacks, 2);
    assert_eq!(preview.duplicate_day_notes, 1);
    assert_eq!(preview.duplicate_periods, 1);
    // Adds: attacks 22 and 23; the note of 6 March; the periods of 20 Feb and 18 Apr.
    assert_eq!(preview.merge_adds, (2, 1, 2));
    // Left out: 2 duplicate attacks + 1 clash, 1 duplicate note + 1 "free" on an attack day, 1 period.
    assert_eq!(preview.merge_skips(), 6);
}

#[test]
fn merge_keeps_current_entries_on_every_conflict_and_adds_the_rest() {
    let merged = merge(&current(), &incoming()).expect("merge");
    let diary = merged.diary;
    let ids: Vec<u64> = diary.attacks().iter().map(|a| a.id.0).collect();
    assert_eq!(ids, [1, 2, 22, 23]);
    assert_eq!(
        diary.attack(AttackId(1)).map(|a| a.note.as_str()),
        Some("mine")
    );
    assert_eq!(
        diary.attack(AttackId(2)).map(|a| a.end),
        Some(Some(at(2026, 3, 10, 13, 0)))
    );
    assert_eq!(
        diary.day_note(day(2026, 3, 5)).map(|n| n.kind),
        Some(DayKind::HeadacheFree)
    );
    assert!(diary.day_note(day(2026, 3, 6)).is_some());
    assert!(diary.day_note(day(2026, 3, 2)).is_none());
    let starts: Vec<NaiveDate> = diary.periods().iter().map(|p| p.start).collect();
    assert_eq!(
        starts,
        [day(2026, 2, 20), day(2026, 3, 20), day(2026, 4, 18)]
    );
    assert_eq!(diary.own_triggers(), ["cheese", "long drive"]);
    assert_eq!(diary.validate(), Ok(()));
}

#[test]
fn merge_of_a_diary_with_itself_adds_nothing_and_changes_nothing() {
    let diary = generate_sample_diary(42, day(2016, 11, 21), 3652);
    let merged = merge(&diary, &diary).expect("merge");
    assert_eq!(merged.diary, diary);
    assert_eq!(
        (
            merged.added_attacks,
            merged.added_day_notes,
            merged.added_periods
        ),
        (0, 0, 0)
    );
    let preview = BackupPreview::new(&diary, &diary).expect("preview");
    assert_eq!(preview.duplicate_attacks, diary.attacks().len());
    assert_eq!(preview.duplicate_day_notes, diary.day_notes().len());
}

#[test]
fn merge_into_an_empty_diary_is_the_backup_exactly() {
    let backup = incoming();
    let merged = merge(&Diary::new(), &backup).expect("merge");
    assert_eq!(merged.diary, backup);
    let preview = BackupPreview::new(&Diary::new(), &backup).expect("preview");
    assert_eq!(
        (
            preview.duplicate_attacks,
            preview.duplicate_day_notes,
            preview.duplicate_periods
        ),
        (0, 0, 0)
    );
    assert_eq!(preview.merge_skips(), 0);
}

#[test]
fn merge_leaves_out_a_running_attack_that_would_overlap_ours() {
    let mine = Diary::from_parts(
        vec![Attack::new(AttackId(1), at(2026, 3, 2, 9, 0))],
        vec![],
        vec![],
        vec![],
    )
    .expect("valid");
    let theirs = Diary::from_parts(
        vec![Attack::new(AttackId(9), at(2026, 3, 3, 9, 0))],
        vec![],
        vec![],
        vec![],
    )
    .expect("valid");
    let merged = merge(&mine, &theirs).expect("merge");
    assert_eq!(merged.diary, mine);
    assert_eq!(merged.added_attacks, 0);
}

#[test]
fn date_range_of_an_empty_diary_is_none() {
    assert_eq!(date_range(&Diary::new()), None);
    assert!(BackupPreview::new(&current(), &Diary::new())
        .expect("preview")
        .is_empty());
}

fn trial(id: u64, name: &str, class: PreventiveClass, from: Option<YearMonth>) -> PreventiveTrial {
    let mut trial = PreventiveTrial::new(TrialId(id), name, class);
    trial.from = from;
    trial.outcome = Some(TrialOutcome::SideEffects);
    trial
}

#[test]
fn merge_adds_treatments_not_already_listed_and_keeps_the_current_ones() {
    let here = current()
        .with_treatments(vec![trial(
            1,
            "Topiramate",
            PreventiveClass::Antiepileptic,
            YearMonth::new(2025, 1),
        )])
        .unwrap();
    let incoming = Diary::new()
        .with_treatments(vec![
            // The same trial under another id (typed again on another phone): already there.
            trial(
                9,
                "topiramate",
                PreventiveClass::Antiepileptic,
                YearMonth::new(2025, 1),
            ),
            // The same id with other words: the current one wins.
            trial(1, "Something else", PreventiveClass::Other, None),
            trial(
                2,
                "Propranolol",
                PreventiveClass::BetaBlocker,
                YearMonth::new(2024, 3),
            ),
        ])
        .unwrap();
    let merged = merge(&here, &incoming).unwrap();
    assert_eq!(merged.added_treatments, 1);
    let names: Vec<&str> = merged
        .diary
        .treatments()
        .iter()
        .map(|t| t.name.as_str())
        .collect();
    assert_eq!(names, ["Topiramate", "Propranolol"]);
    let preview = BackupPreview::new(&here, &incoming).unwrap();
    assert_eq!((preview.treatments, preview.merge_adds_treatments), (3, 1));
    assert!(!preview.is_empty());
}

#[test]
fn backup_with_treatments_round_trips_and_an_older_backup_restores_without_them() {
    use headache_diary::storage::backup::{backup_text, parse_backup, Backup};
    let diary = current()
        .with_treatments(vec![trial(
            3,
            "Erenumab",
            PreventiveClass::CgrpPathway,
            YearMonth::new(2026, 2),
        )])
        .unwrap();
    let backup = Backup {
        diary: diary.clone(),
        preferences: None,
        self_check: None,
    };
    let text = backup_text(&backup).unwrap();
    assert_eq!(parse_backup(&text).unwrap().diary, diary);
    let older = fixture("backup-v1.json");
    let restored = parse_backup(&older).expect("a backup from before treatments still restores");
    assert!(restored.diary.treatments().is_empty());
    assert!(!restored.diary.attacks().is_empty());
}
