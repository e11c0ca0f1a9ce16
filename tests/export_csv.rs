//! Native tests of the CSV exports: the documented columns in order, one row per attack and per marked or
//! period day, values a spreadsheet reads back exactly (commas, quotes, line breaks), and formula injection
//! neutralised.

mod common;
use common::*;
use headache_diary::domain::enum_set::EnumSet;

use headache_diary::domain::diary::*;
use headache_diary::domain::export::{
    attacks_csv, day_entries_csv, neutralise_formula, treatments_csv, ATTACK_COLUMNS,
    DAY_ENTRY_COLUMNS, TREATMENT_COLUMNS,
};

fn read(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    let rows = reader
        .records()
        .map(|row| row.expect("row").iter().map(str::to_string).collect())
        .collect();
    (header, rows)
}

fn full_attack() -> Attack {
    let mut attack = Attack::new(AttackId(17), at(2026, 3, 2, 21, 30));
    attack.end = Some(at(2026, 3, 3, 7, 15));
    attack.severity = Some(Severity::new(7).expect("severity"));
    attack.location = EnumSet::from([PainLocation::LeftSide, PainLocation::EyeOrTemple]);
    attack.quality = EnumSet::from([PainQuality::Throbbing]);
    attack.aura = Some(Aura {
        kinds: EnumSet::from([AuraKind::Visual, AuraKind::Speech]),
        minutes: Some(20),
    });
    attack.symptoms = EnumSet::from([Symptom::Nausea, Symptom::LightSensitivity]);
    let mut triptan = MedicineDose::new(
        "Sumatriptan",
        MedicineClass::Triptan,
        at(2026, 3, 2, 21, 45),
    );
    triptan.dose = "50 mg".into();
    triptan.effect = MedicineEffect::CompleteRelief;
    triptan.relief_after_minutes = Some(60);
    let sickness = MedicineDose::new(
        "Metoclopramide",
        MedicineClass::Antiemetic,
        at(2026, 3, 2, 22, 0),
    );
    attack.medicines = vec![triptan, sickness];
    attack.triggers = EnumSet::from([Trigger::TooLittleSleep, Trigger::Stress]);
    attack.own_triggers = vec!["red wine".into(), "long drive".into()];
    attack.stopped_activities = Some(true);
    attack.note = "Woke at 3am, said \"never again\", took it, slept.\nBetter by 7.".into();
    attack
}

fn diary_of(attacks: Vec<Attack>, notes: Vec<DayNote>, periods: Vec<Period>) -> Diary {
    Diary::from_parts(attacks, notes, periods, Vec::new()).expect("valid diary")
}

#[test]
fn attacks_csv_header_is_the_documented_columns_in_order() {
    let (header, rows) = read(&attacks_csv(&Diary::new()));
    assert_eq!(header, ATTACK_COLUMNS.to_vec());
    assert_eq!(
        header,
        [
            "id",
            "start",
            "end",
            "duration_minutes",
            "severity",
            "locations",
            "qualities",
            "aura",
            "symptoms",
            "medicines",
            "triggers",
            "own_triggers",
            "stopped_activities",
            "note"
        ]
    );
    assert!(rows.is_empty());
}

#[test]
fn attacks_csv_full_attack_reads_back_cell_by_cell() {
    let text = attacks_csv(&diary_of(vec![full_attack()], vec![], vec![]));
    let (_, rows) = read(&text);
    assert_eq!(rows.len(), 1);
    assert_eq!(
        rows[0],
        [
            "17",
            "2026-03-02T21:30",
            "2026-03-03T07:15",
            "585",
            "7",
            "left; eye",
            "throb",
            "visual; speech (20 min)",
            "nausea; light",
            "Sumatriptan (50 mg, triptan, full, relief 60 min); Metoclopramide (antiemetic)",
            "stress; sleep",
            "red wine; long drive",
            "yes",
            "Woke at 3am, said \"never again\", took it, slept.\nBetter by 7.",
        ]
    );
}

#[test]
fn attacks_csv_quotes_cells_with_commas_quotes_and_line_breaks() {
    let text = attacks_csv(&diary_of(vec![full_attack()], vec![], vec![]));
    assert!(
        text.contains("\"Woke at 3am, said \"\"never again\"\", took it, slept.\nBetter by 7.\"")
    );
    assert!(text.starts_with("id,start,end,"));
    assert!(text.contains("\r\n"), "rows end with CRLF for spreadsheets");
}

#[test]
fn attacks_csv_running_attack_has_empty_end_and_duration() {
    let running = Attack::new(AttackId(3), at(2026, 3, 9, 14, 0));
    let (_, rows) = read(&attacks_csv(&diary_of(vec![running], vec![], vec![])));
    assert_eq!(rows[0][..5], ["3", "2026-03-09T14:00", "", "", ""]);
    assert!(rows[0][5..].iter().all(String::is_empty));
}

#[test]
fn neutralise_formula_prefixes_every_formula_start_and_nothing_else() {
    for cell in ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx"] {
        assert_eq!(neutralise_formula(cell), format!("'{cell}"), "{cell:?}");
    }
    for cell in ["", "7", "2026-03-02T21:30", "a=b", "left; eye", "'quoted"] {
        assert_eq!(neutralise_formula(cell), cell);
    }
}

#[test]
fn neutralise_formula_after_a_semicolon_comma_or_tab_separator_too() {
    // A spreadsheet that splits lines on ";" or tabs starts a new cell after each one (OWASP CSV injection).
    assert_eq!(
        neutralise_formula("x;=cmd|' /C calc'!A0"),
        "x;'=cmd|' /C calc'!A0"
    );
    assert_eq!(neutralise_formula("a,+1"), "a,'+1");
    assert_eq!(neutralise_formula("a\t@SUM(1)"), "a\t'@SUM(1)");
    assert_eq!(neutralise_formula("=1;-2"), "'=1;'-2");
    // A space after the separator starts no formula; ordinary lists stay as typed.
    assert_eq!(neutralise_formula("left; eye"), "left; eye");
    assert_eq!(neutralise_formula("x; -2"), "x; -2");
}

#[test]
fn attacks_csv_note_with_a_formula_after_a_semicolon_never_starts_a_cell_with_it() {
    let mut attack = Attack::new(AttackId(6), at(2026, 3, 9, 14, 0));
    attack.end = Some(at(2026, 3, 9, 15, 0));
    attack.note = "x;=cmd|' /C calc'!A0".into();
    let text = attacks_csv(&diary_of(vec![attack], vec![], vec![]));
    // Read as a spreadsheet set to ";" would: no piece of any line may start with a formula character.
    for line in text.split("\r\n") {
        for piece in line.split([';', ',', '\t']) {
            let piece = piece.trim_start_matches('"');
            assert!(
                !piece.starts_with(['=', '+', '-', '@']),
                "{piece:?} in {line:?}"
            );
        }
    }
}

#[test]
fn attacks_csv_note_and_medicine_starting_with_formula_characters_are_neutralised() {
    let mut attack = Attack::new(AttackId(5), at(2026, 3, 9, 14, 0));
    attack.end = Some(at(2026, 3, 9, 15, 0));
    attack.note = "=HYPERLINK(\"http://evil.example\",\"click\")".into();
    attack.medicines = vec![MedicineDose::new(
        "@SUM(1+1)",
        MedicineClass::Other,
        at(2026, 3, 9, 14, 5),
    )];
    attack.own_triggers = vec!["-cmd|' /C calc'!A0".into()];
    let (_, rows) = read(&attacks_csv(&diary_of(vec![attack], vec![], vec![])));
    assert_eq!(
        rows[0][13],
        "'=HYPERLINK(\"http://evil.example\",\"click\")"
    );
    assert_eq!(rows[0][9], "'@SUM(1+1) (other)");
    assert_eq!(rows[0][11], "'-cmd|' /C calc'!A0");
}

#[test]
fn day_entries_csv_lists_marked_days_and_period_days_in_date_order() {
    let mut ache = DayNote::new(
        day(2026, 3, 4),
        DayKind::Headache {
            severity: Some(Severity::new(4).expect("severity")),
        },
    );
    ache.medicines = vec![MedicineDose::new(
        "Ibuprofen",
        MedicineClass::SimpleAnalgesic,
        at(2026, 3, 4, 9, 0),
    )];
    ache.stopped_activities = Some(true);
    let free = DayNote::new(day(2026, 3, 1), DayKind::HeadacheFree);
    let period = Period {
        start: day(2026, 3, 3),
        end: Some(day(2026, 3, 5)),
    };
    let diary = diary_of(vec![], vec![ache, free], vec![period]);
    let (header, rows) = read(&day_entries_csv(&diary));
    assert_eq!(header, DAY_ENTRY_COLUMNS.to_vec());
    assert_eq!(
        header,
        [
            "date",
            "kind",
            "severity",
            "medicines",
            "period_start",
            "period_day",
            "stopped_activities"
        ]
    );
    assert_eq!(
        rows,
        [
            ["2026-03-01", "headache-free", "", "", "", "", ""],
            ["2026-03-03", "", "", "", "2026-03-03", "1", ""],
            [
                "2026-03-04",
                "headache",
                "4",
                "Ibuprofen (simple)",
                "2026-03-03",
                "2",
                "yes"
            ],
            ["2026-03-05", "", "", "", "2026-03-03", "3", ""],
        ]
    );
}

#[test]
fn day_entries_csv_period_without_end_gives_its_first_day_only() {
    let diary = diary_of(vec![], vec![], vec![Period::starting(day(2026, 3, 3))]);
    let (_, rows) = read(&day_entries_csv(&diary));
    assert_eq!(rows, [["2026-03-03", "", "", "", "2026-03-03", "1", ""]]);
}

#[test]
fn treatments_csv_has_one_row_per_trial_with_codes_and_neutralised_text() {
    let mut first = PreventiveTrial::new(TrialId(7), "Propranolol", PreventiveClass::BetaBlocker);
    first.from = YearMonth::new(2024, 2);
    first.to = YearMonth::new(2024, 8);
    first.dose = "80 mg".into();
    first.dose_as_prescribed = Some(true);
    first.outcome = Some(TrialOutcome::NotEnoughEffect);
    let mut second = PreventiveTrial::new(TrialId(8), "=HYPERLINK(1)", PreventiveClass::Other);
    second.still_taking = true;
    second.months_taken = Some(4);
    let diary = Diary::new().with_treatments(vec![first, second]).unwrap();
    let (header, rows) = read(&treatments_csv(&diary));
    assert_eq!(header, TREATMENT_COLUMNS.to_vec());
    assert_eq!(
        rows,
        [
            [
                "7",
                "Propranolol",
                "beta-blocker",
                "2024-02",
                "2024-08",
                "",
                "",
                "80 mg",
                "yes",
                "not-enough-effect"
            ],
            [
                "8",
                "'=HYPERLINK(1)",
                "other",
                "",
                "",
                "yes",
                "4",
                "",
                "",
                ""
            ],
        ]
    );
}

#[test]
fn csv_of_a_ten_year_diary_has_one_row_per_attack() {
    let diary = generate_sample_diary(42, day(2016, 11, 21), 3652);
    let (_, rows) = read(&attacks_csv(&diary));
    assert_eq!(rows.len(), diary.attacks().len());
    for (row, attack) in rows.iter().zip(diary.attacks()) {
        assert_eq!(row[0], attack.id.to_string());
        assert_eq!(row[1], attack.start.format("%Y-%m-%dT%H:%M").to_string());
    }
    let (_, days) = read(&day_entries_csv(&diary));
    assert!(days.len() >= diary.day_notes().len());
}
