//! Native tests of the stored diary: the version 1 fixture loads field by field; round trips are exact; damaged,
//! inconsistent and newer data are refused, never defaulted; the migration chain runs pure steps in order; a
//! typical entry stays under 250 bytes; and the ten-year sample diary is deterministic, valid and measured.

mod common;
use common::*;
use std::time::Instant;

use chrono::NaiveDate;
use headache_diary::domain::diary::*;
use headache_diary::storage::diary::{run_migrations, Migration, MIGRATIONS};
use headache_diary::storage::{decode, encode, Document, StorageError};
use serde_json::{json, Value};

fn load_fixture() -> Diary {
    decode(&fixture("diary-v1.json")).expect("v1 fixture loads")
}

#[test]
fn diary_is_stored_under_its_own_key_at_version_two() {
    assert_eq!(Diary::KEY, "headache-diary.diary");
    assert_eq!(Diary::VERSION, 2);
}

#[test]
fn diary_v1_fixture_loads_attacks_field_by_field() {
    let diary = load_fixture();
    assert_eq!(diary.attacks().len(), 4);

    let night = &diary.attacks()[0];
    assert_eq!(night.id, AttackId(1_815_026_688_000_017));
    assert_eq!(night.start, at(2026, 3, 2, 21, 30));
    assert_eq!(night.end, Some(at(2026, 3, 3, 7, 15)));
    assert_eq!(night.severity, Some(sev(7)));
    assert_eq!(
        night.location,
        [PainLocation::LeftSide, PainLocation::EyeOrTemple].into()
    );
    assert_eq!(night.quality, [PainQuality::Throbbing].into());
    assert_eq!(
        night.symptoms,
        [
            Symptom::Nausea,
            Symptom::LightSensitivity,
            Symptom::SoundSensitivity
        ]
        .into()
    );
    assert_eq!(
        night.medicines,
        [MedicineDose {
            name: "Sumatriptan".into(),
            dose: "50 mg".into(),
            taken_at: at(2026, 3, 2, 21, 45),
            class: MedicineClass::Triptan,
            effect: MedicineEffect::CompleteRelief,
            relief_after_minutes: Some(60),
        }]
    );
    assert_eq!(
        night.triggers,
        [Trigger::Stress, Trigger::TooLittleSleep].into()
    );
    assert_eq!(night.stopped_activities, Some(true));
    assert_eq!(
        night.note,
        "Woke at 3am with it; the triptan worked once I slept."
    );
    assert!(night.is_migraine_like());
    assert_eq!(night.duration_label(at(2026, 4, 1, 0, 0)), "9 h 45 min");

    let tension = &diary.attacks()[1];
    assert_eq!(tension.location, [PainLocation::BothSides].into());
    assert_eq!(tension.quality, [PainQuality::PressingOrTight].into());
    assert_eq!(tension.stopped_activities, Some(false));
    assert_eq!(tension.medicines[0].effect, MedicineEffect::SomeRelief);
    assert!(!tension.is_migraine_like());

    let long = &diary.attacks()[2];
    assert_eq!(
        long.aura,
        Some(Aura {
            kinds: [AuraKind::Visual].into(),
            minutes: Some(25)
        })
    );
    assert_eq!(long.medicines.len(), 3);
    assert_eq!(long.medicines[0].effect, MedicineEffect::NoRelief);
    assert_eq!(long.medicines[1].class, MedicineClass::Antiemetic);
    assert_eq!(long.medicines[1].effect, MedicineEffect::NotNoted);
    assert_eq!(long.medicines[2].class, MedicineClass::CombinationAnalgesic);
    assert_eq!(long.triggers, [Trigger::Menstruation].into());
    assert_eq!(long.own_triggers, ["red wine"]);
    assert_eq!(long.duration_label(at(2026, 4, 1, 0, 0)), "2 d 4 h");

    let running = diary.running_attack().expect("the last one is still going");
    assert_eq!(running.start, at(2026, 3, 27, 19, 0));
    assert_eq!(running.severity, Some(sev(5)));
    assert!(running.symptoms.is_empty() && running.medicines.is_empty());
}

#[test]
fn diary_v1_fixture_loads_day_notes_periods_and_own_triggers() {
    let diary = load_fixture();
    let kinds: Vec<(NaiveDate, DayKind)> = diary
        .day_notes()
        .iter()
        .map(|note| (note.date, note.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            (day(2026, 3, 1), DayKind::HeadacheFree),
            (day(2026, 3, 4), DayKind::HeadacheFree),
            (
                day(2026, 3, 5),
                DayKind::Headache {
                    severity: Some(sev(3))
                }
            ),
            (day(2026, 3, 6), DayKind::HeadacheFree),
            (day(2026, 3, 10), DayKind::Headache { severity: None }),
            (day(2026, 3, 20), DayKind::HeadacheFree),
        ]
    );
    let paracetamol = &diary.day_notes()[2].medicines[0];
    assert_eq!(paracetamol.name, "Paracetamol");
    assert_eq!(paracetamol.taken_at, at(2026, 3, 5, 12, 0));
    assert_eq!(
        diary.periods(),
        [
            Period::starting(day(2026, 2, 12)),
            Period {
                start: day(2026, 3, 12),
                end: Some(day(2026, 3, 16))
            }
        ]
    );
    assert_eq!(diary.own_triggers(), ["red wine"]);
}

#[test]
fn diary_v1_fixture_gives_the_figures_a_person_would_check() {
    let diary = load_fixture();
    let long = &diary.attacks()[2];
    let cycle = diary.cycle_day(long).expect("period logged");
    assert_eq!((cycle.day, cycle.is_perimenstrual()), (3, true));
    let march = day(2026, 3, 1)..=day(2026, 3, 31);
    // Attacks: 2+3 (night), 9, 14+15+16; notes: 5, 10; running attack: 27–31.
    assert_eq!(diary.headache_days_in(march.clone()), 13);
    assert_eq!(
        diary.medicine_days_in(march.clone(), MedicineClass::Triptan),
        2
    );
    assert_eq!(
        diary.medicine_days_in(march.clone(), MedicineClass::SimpleAnalgesic),
        2
    );
    assert!(diary.day_status(day(2026, 3, 2)).headache.is_logged());
    assert_eq!(
        diary.day_status(day(2026, 3, 7)).headache,
        DayHeadache::Unknown
    );
    let progress = diary.progress(day(2026, 3, 28));
    assert_eq!(progress.days_so_far, 28);
    assert_eq!(
        progress.text(),
        "4 weeks kept · 4 weeks to go for the 8 weeks a doctor needs at least (12 is best)"
    );
}

#[test]
fn diary_round_trips_through_the_envelope_exactly() {
    let diary = load_fixture();
    let text = encode(&diary).expect("encodes");
    assert!(text.starts_with("{\"version\":2,\"data\":{"), "{text}");
    assert_eq!(decode::<Diary>(&text), Ok(diary));
}

#[test]
fn diary_empty_is_stored_as_an_empty_object_and_loads_back() {
    assert_eq!(
        encode(&Diary::new()).expect("encodes"),
        r#"{"version":2,"data":{}}"#
    );
    assert_eq!(
        decode::<Diary>(r#"{"version":1,"data":{}}"#),
        Ok(Diary::new())
    );
}

fn typical_entry() -> Attack {
    let mut attack = Attack::new(AttackId(1_815_026_688_000_017), at(2026, 3, 2, 8, 15));
    attack.end = Some(at(2026, 3, 2, 14, 40));
    attack.severity = Some(sev(6));
    attack.symptoms = [Symptom::Nausea, Symptom::LightSensitivity].into();
    let mut dose = MedicineDose::new("Sumatriptan", MedicineClass::Triptan, at(2026, 3, 2, 8, 30));
    dose.dose = "50 mg".into();
    dose.effect = MedicineEffect::CompleteRelief;
    dose.relief_after_minutes = Some(90);
    attack.medicines.push(dose);
    attack.triggers = [Trigger::Stress].into();
    attack
}

#[test]
fn typical_entry_takes_at_most_250_bytes() {
    let entry = serde_json::to_string(&typical_entry()).expect("encodes");
    println!("typical entry: {} bytes: {entry}", entry.len());
    assert!(entry.len() <= 250, "{} bytes: {entry}", entry.len());
    // Dates are ISO text, unset details are left out.
    assert!(entry.contains(r#""s":"2026-03-02T08:15""#), "{entry}");
    assert!(!entry.contains("null") && !entry.contains("[]"), "{entry}");
}

#[test]
fn quick_one_tap_entry_is_tiny() {
    let entry = serde_json::to_string(&Attack::new(
        AttackId(1_815_026_688_000_017),
        at(2026, 3, 2, 8, 15),
    ))
    .expect("encodes");
    println!("one-tap entry: {} bytes: {entry}", entry.len());
    assert_eq!(entry, r#"{"id":1815026688000017,"s":"2026-03-02T08:15"}"#);
}

#[test]
fn diary_corrupt_json_is_reported_not_defaulted() {
    let raw = fixture("diary-v1.json");
    let truncated = &raw[..raw.len() / 2];
    let error = decode::<Diary>(truncated).unwrap_err();
    assert!(matches!(error, StorageError::Corrupt(_)), "{error:?}");
}

#[test]
fn diary_from_a_newer_app_is_refused() {
    let error = decode::<Diary>(r#"{"version":3,"data":{}}"#).unwrap_err();
    assert_eq!(
        error,
        StorageError::NewerVersion {
            found: 3,
            supported: 2
        }
    );
}

#[test]
fn diary_version_zero_is_refused() {
    let error = decode::<Diary>(r#"{"version":0,"data":{}}"#).unwrap_err();
    assert!(matches!(error, StorageError::WrongShape(_)), "{error:?}");
}

fn wrong_shape(data: Value) -> String {
    let raw = json!({ "version": 1, "data": data }).to_string();
    match decode::<Diary>(&raw) {
        Err(StorageError::WrongShape(message)) => message,
        other => panic!("expected WrongShape for {raw}, got {other:?}"),
    }
}

#[test]
fn diary_with_severity_eleven_is_refused() {
    let message = wrong_shape(json!({ "a": [{ "id": 1, "s": "2026-03-02T08:15", "sv": 11 }] }));
    assert!(message.contains("11"), "{message}");
}

#[test]
fn diary_with_overlapping_attacks_is_refused_not_repaired() {
    let message = wrong_shape(json!({ "a": [
        { "id": 1, "s": "2026-03-02T08:00", "e": "2026-03-02T12:00" },
        { "id": 2, "s": "2026-03-02T11:00", "e": "2026-03-02T13:00" }
    ] }));
    assert!(
        message.contains("Two headaches overlap in time"),
        "{message}"
    );
}

#[test]
fn diary_with_two_running_attacks_is_refused() {
    wrong_shape(json!({ "a": [
        { "id": 1, "s": "2026-03-02T08:00" },
        { "id": 2, "s": "2026-03-03T08:00" }
    ] }));
}

#[test]
fn diary_with_a_repeated_id_or_end_before_start_is_refused() {
    wrong_shape(json!({ "a": [
        { "id": 1, "s": "2026-03-02T08:00", "e": "2026-03-02T09:00" },
        { "id": 1, "s": "2026-03-03T08:00", "e": "2026-03-03T09:00" }
    ] }));
    wrong_shape(json!({ "a": [{ "id": 1, "s": "2026-03-02T08:00", "e": "2026-03-01T09:00" }] }));
}

#[test]
fn diary_with_unknown_words_or_bad_dates_is_refused() {
    wrong_shape(json!({ "a": [{ "id": 1, "s": "2026-03-02T08:00", "sy": ["hiccups"] }] }));
    wrong_shape(json!({ "a": [{ "id": 1, "s": "2026-02-30T08:00" }] }));
    wrong_shape(json!({ "d": [{ "d": "yesterday", "k": "free" }] }));
    wrong_shape(json!({ "d": [
        { "d": "2026-03-01", "k": "free" },
        { "d": "2026-03-01", "k": { "ache": {} } }
    ] }));
    wrong_shape(json!({ "a": "not a list" }));
}

#[test]
fn diary_attacks_stored_out_of_order_are_sorted_on_load() {
    let raw = json!({ "version": 1, "data": { "a": [
        { "id": 2, "s": "2026-03-05T08:00", "e": "2026-03-05T09:00" },
        { "id": 1, "s": "2026-03-02T08:00", "e": "2026-03-02T09:00" }
    ] } })
    .to_string();
    let diary: Diary = decode(&raw).expect("loads");
    let ids: Vec<u64> = diary.attacks().iter().map(|a| a.id.0).collect();
    assert_eq!(ids, [1, 2]);
}

#[test]
fn diary_times_with_seconds_survive_a_round_trip() {
    let raw = r#"{"version":2,"data":{"a":[{"id":1,"s":"2026-03-02T08:00:30"}]}}"#;
    let diary: Diary = decode(raw).expect("loads");
    assert_eq!(encode(&diary).expect("encodes"), raw);
}

// Migration machinery

fn add_field(name: &'static str) -> impl Fn(Value) -> Value {
    move |mut data| {
        if let Some(object) = data.as_object_mut() {
            object.insert(name.to_string(), json!(true));
        }
        data
    }
}

fn v1_to_v2(data: Value) -> Result<Value, StorageError> {
    Ok(add_field("two")(data))
}

fn v2_to_v3(data: Value) -> Result<Value, StorageError> {
    Ok(add_field("three")(data))
}

const TEST_STEPS: &[Migration<Value>] = &[
    Migration {
        from: 2,
        run: v2_to_v3,
    },
    Migration {
        from: 1,
        run: v1_to_v2,
    },
];

#[test]
fn migrations_run_every_step_in_order_from_the_stored_version() {
    assert_eq!(
        run_migrations(1, 3, json!({}), TEST_STEPS),
        Ok(json!({ "two": true, "three": true }))
    );
    assert_eq!(
        run_migrations(2, 3, json!({}), TEST_STEPS),
        Ok(json!({ "three": true }))
    );
    assert_eq!(run_migrations(3, 3, json!({}), TEST_STEPS), Ok(json!({})));
}

#[test]
fn migrations_from_an_unknown_version_are_a_clear_error() {
    let error = run_migrations(0, 3, json!({}), TEST_STEPS).unwrap_err();
    assert_eq!(
        error,
        StorageError::WrongShape("diary version 0 is not one this app knows how to update".into())
    );
    assert!(run_migrations(4, 3, json!({}), TEST_STEPS).is_err());
}

#[test]
fn diary_migrates_from_version_one_only_and_refuses_version_zero() {
    assert_eq!(MIGRATIONS.len(), 1);
    assert_eq!(MIGRATIONS[0].from, 1);
    assert!(matches!(
        Diary::migrate(0, json!({})),
        Err(StorageError::WrongShape(_))
    ));
    assert!(matches!(
        Diary::migrate(1, json!([1, 2])),
        Err(StorageError::WrongShape(_))
    ));
}

#[test]
fn diary_v1_fixture_migrates_to_version_two_with_the_same_meaning_and_no_treatments() {
    let raw = fixture("diary-v1.json");
    let tree: Value = serde_json::from_str(&raw).unwrap();
    let migrated = Diary::migrate(1, tree["data"].clone()).expect("v1 migrates");
    // Nothing stored before is changed: the data is the same, field for field.
    assert_eq!(migrated, tree["data"]);
    let diary: Diary = decode(&raw).unwrap();
    assert!(diary.treatments().is_empty());
    assert!(diary
        .day_notes()
        .iter()
        .all(|n| n.stopped_activities.is_none()));
    // Saved again, it is written at version 2 and reads back equal.
    let text = encode(&diary).unwrap();
    assert!(text.starts_with(r#"{"version":2,"#), "{text}");
    assert_eq!(decode::<Diary>(&text).unwrap(), diary);
}

#[test]
fn diary_with_treatments_round_trips_and_a_newer_version_is_refused_not_overwritten() {
    let mut trial = PreventiveTrial::new(TrialId(5), "Topiramate", PreventiveClass::Antiepileptic);
    trial.from = YearMonth::new(2025, 1);
    trial.to = YearMonth::new(2025, 6);
    trial.dose = "50 mg twice a day".into();
    trial.outcome = Some(TrialOutcome::SideEffects);
    trial.dose_as_prescribed = Some(true);
    let diary = Diary::new().with_treatments(vec![trial.clone()]).unwrap();
    let text = encode(&diary).unwrap();
    assert!(
        text.contains(
            r#""rx":[{"id":5,"n":"Topiramate","c":"antiepileptic","f":"2025-01","to":"2025-06""#
        ),
        "{text}"
    );
    assert_eq!(decode::<Diary>(&text).unwrap().treatments(), [trial]);
    assert!(matches!(
        decode::<Diary>(&text.replacen(r#""version":2"#, r#""version":3"#, 1)),
        Err(StorageError::NewerVersion {
            found: 3,
            supported: 2
        })
    ));
}

#[test]
fn stored_treatments_that_break_a_rule_are_refused_not_repaired() {
    for (data, why) in [
        (
            r#"{"rx":[{"id":1,"n":"A","c":"other"},{"id":1,"n":"B","c":"other"}]}"#,
            "same id",
        ),
        (
            r#"{"rx":[{"id":1,"n":"A","c":"other","f":"2025-06","to":"2025-01"}]}"#,
            "stops first",
        ),
        (
            r#"{"rx":[{"id":1,"n":"A","c":"other","f":"2025-13"}]}"#,
            "month 13",
        ),
        (
            r#"{"rx":[{"id":1,"n":"A","c":"vitamin"}]}"#,
            "unknown class",
        ),
        (r#"{"rx":[{"id":1,"n":"  ","c":"other"}]}"#, "no name"),
        (
            r#"{"d":[{"d":"2026-03-01","k":"free","st":true}]}"#,
            "stopped on a free day",
        ),
    ] {
        let raw = format!(r#"{{"version":2,"data":{data}}}"#);
        assert!(decode::<Diary>(&raw).is_err(), "{why} was accepted");
    }
}

// The ten-year sample

fn ten_years() -> Diary {
    generate_sample_diary(42, day(2016, 1, 1), 3653)
}

#[test]
fn sample_diary_is_the_same_for_the_same_seed_and_differs_for_another() {
    let a = generate_sample_diary(7, day(2020, 1, 1), 365);
    assert_eq!(a, generate_sample_diary(7, day(2020, 1, 1), 365));
    assert_ne!(a, generate_sample_diary(8, day(2020, 1, 1), 365));
}

#[test]
fn sample_ten_year_diary_is_valid_varied_and_measured() {
    let started = Instant::now();
    let diary = ten_years();
    let generated = started.elapsed();
    assert_eq!(diary.validate(), Ok(()));
    for attack in diary.attacks() {
        assert_eq!(
            attack.validate_at(at(2026, 1, 10, 0, 0)),
            Ok(()),
            "{attack:?}"
        );
    }
    let attacks = diary.attacks().len();
    let notes = diary.day_notes().len();
    let entries = diary.entry_count();
    assert!((3_000..=4_300).contains(&entries), "{entries} entries");
    // Variety a person's diary has: across midnight, over several days, aura, medicines, periods.
    assert!(diary
        .attacks()
        .iter()
        .any(|a| a.last_day() > Some(a.first_day())));
    assert!(diary.attacks().iter().any(|a| a
        .last_day()
        .is_some_and(|last| (last - a.first_day()).num_days() >= 2)));
    assert!(diary.attacks().iter().any(|a| a.aura.is_some()));
    assert!(diary.attacks().iter().any(Attack::is_migraine_like));
    assert!(diary.attacks().iter().filter(|a| a.has_medicine()).count() > attacks / 2);
    assert!(diary.periods().len() > 100);

    let started = Instant::now();
    let text = encode(&diary).expect("encodes");
    let encoded = started.elapsed();
    let started = Instant::now();
    let back: Diary = decode(&text).expect("decodes");
    let decoded = started.elapsed();
    assert_eq!(back, diary);

    let attack_bytes: usize = diary
        .attacks()
        .iter()
        .map(|a| serde_json::to_string(a).map_or(0, |s| s.len() + 1))
        .sum();
    let note_bytes: usize = diary
        .day_notes()
        .iter()
        .map(|n| serde_json::to_string(n).map_or(0, |s| s.len() + 1))
        .sum();
    let per_entry = text.len() / entries;
    println!(
        "ten-year sample: {attacks} attacks ({} B each on average), {notes} day notes ({} B each), {} periods; \
         {} bytes in total = {:.2} MB, {per_entry} bytes per entry; generated in {generated:?}, \
         encoded in {encoded:?}, decoded in {decoded:?} (debug build)",
        attack_bytes / attacks,
        note_bytes / notes,
        diary.periods().len(),
        text.len(),
        text.len() as f64 / 1_000_000.0,
    );
    assert!(per_entry <= 250, "{per_entry} bytes per entry");
    // localStorage holds about 5 MB per site (UTF-16 in some browsers counts double): stay well inside.
    assert!(text.len() < 2_000_000, "{} bytes", text.len());
}

#[test]
fn sample_ten_year_diary_answers_a_month_and_ten_years_of_day_counts() {
    let diary = ten_years();
    let started = Instant::now();
    let calendar = diary.month_calendar(day(2021, 6, 1), day(2026, 1, 1));
    let all = day(2016, 1, 1)..=day(2025, 12, 31);
    let headache_days = diary.headache_days_in(all.clone());
    let triptan_days = diary.medicine_days_in(all.clone(), MedicineClass::Triptan);
    let elapsed = started.elapsed();
    println!(
        "ten-year sample: {headache_days} headache days, {triptan_days} triptan days; month grid + two \
         ten-year counts in {elapsed:?} (debug build)"
    );
    assert_eq!(calendar.days().count(), 30);
    assert!(headache_days > 1_000 && headache_days < 3_653);
    assert!(triptan_days > 0);
    let logged = diary.logged_days_in(all.clone());
    println!("ten-year sample: {logged} of 3653 days logged");
    assert_eq!(logged, diary.progress(day(2025, 12, 31)).days_logged);
}
