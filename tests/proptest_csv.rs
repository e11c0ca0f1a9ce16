//! Property test of the CSV writer (`src/domain/export/tables.rs`): whatever a person types in a note or an own
//! trigger, the attacks table is byte for byte what the `csv` crate itself would write for the same cells (the
//! app wrote its tables with that crate before), and reading it back gives every cell as written, neutralised
//! only where a spreadsheet would have run it as a formula.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use headache_diary::domain::diary::{Attack, AttackId, Diary};
use headache_diary::domain::export::{attacks_csv, neutralise_formula, ATTACK_COLUMNS};
use proptest::prelude::*;

const CASES: u32 = 2_000;

/// Text with what CSV has to get right, often: commas, quotes, both kinds of line break, formula starters,
/// spaces at the ends, and any other character.
fn typed_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(vec![',', '"', '\r', '\n', '=', '+', '-', '@', '\t', ' ', ';']),
            3 => prop::char::range('a', 'z'),
            1 => any::<char>(),
        ],
        0..24,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

/// What the `csv` crate writes for these records with the settings the app used (CRLF, quote when needed).
fn csv_crate_table(records: &[Vec<String>]) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for record in records {
        writer.write_record(record).expect("writes to memory");
    }
    String::from_utf8(writer.into_inner().expect("flushes")).expect("UTF-8 in, UTF-8 out")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn typed_notes_and_triggers_come_out_as_the_csv_crate_would_write_them_and_read_back(
        note in typed_text(),
        trigger in typed_text(),
    ) {
        let mut attack = Attack::new(AttackId(1), at(2026, 3, 2, 21, 30));
        attack.note = note.clone();
        attack.own_triggers = vec![trigger.clone()];
        // An own trigger the diary itself refuses (only spaces, say) never reaches a table.
        let diary = Diary::from_parts(vec![attack], Vec::new(), Vec::new(), Vec::new());
        prop_assume!(diary.is_ok());
        let diary = diary.expect("checked just above");
        let table = attacks_csv(&diary);

        let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(table.as_bytes());
        let records: Vec<Vec<String>> = reader
            .records()
            .map(|record| record.expect("a record").iter().map(str::to_string).collect())
            .collect();
        prop_assert_eq!(records.len(), 2, "the header and one attack");
        prop_assert_eq!(&records[0], &ATTACK_COLUMNS.iter().map(|c| c.to_string()).collect::<Vec<_>>());
        let row = &records[1];
        prop_assert_eq!(&row[ATTACK_COLUMNS.len() - 1], &neutralise_formula(&note));
        prop_assert_eq!(&row[ATTACK_COLUMNS.len() - 3], &neutralise_formula(&trigger));
        prop_assert_eq!(table, csv_crate_table(&records));
    }
}
