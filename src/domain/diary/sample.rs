//! A deterministic generator of long, realistic diaries for benchmarks and tests (ten years ≈ 3,650 entries), with
//! a tiny SplitMix64 generator instead of a `rand` dependency: the same seed always gives the same diary.

use crate::domain::enum_set::EnumSet;

use chrono::{Duration, NaiveDate, NaiveDateTime, Timelike};

use super::{
    Attack, AttackId, Aura, AuraKind, DayKind, DayNote, Diary, MedicineClass, MedicineDose,
    MedicineEffect, PainLocation, PainQuality, Period, Severity, Symptom, Trigger,
};

/// SplitMix64 (Steele, Lea & Flood 2014): tiny, fast, and good enough for test data.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next() % n
        }
    }

    /// A number in `low..=high`.
    fn between(&mut self, low: i64, high: i64) -> i64 {
        let span = u64::try_from(high - low + 1).unwrap_or(1);
        low + i64::try_from(self.below(span)).unwrap_or(0)
    }

    /// True with the given percentage.
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> Option<T> {
        let index = usize::try_from(self.below(items.len() as u64)).unwrap_or(0);
        items.get(index).copied()
    }
}

const OWN_TRIGGERS: [&str; 3] = ["red wine", "long drive", "cheese"];

const MEDICINES: [(&str, &str, MedicineClass); 7] = [
    ("Sumatriptan", "50 mg", MedicineClass::Triptan),
    ("Rizatriptan", "10 mg", MedicineClass::Triptan),
    ("Ibuprofen", "400 mg", MedicineClass::SimpleAnalgesic),
    ("Paracetamol", "1 g", MedicineClass::SimpleAnalgesic),
    (
        "Co-codamol",
        "2 tablets",
        MedicineClass::CombinationAnalgesic,
    ),
    ("Metoclopramide", "10 mg", MedicineClass::Antiemetic),
    ("Naproxen", "500 mg", MedicineClass::SimpleAnalgesic),
];

/// A diary of `days` days from `start`, the same for the same `seed`: about one entry a day (about 45 % of days
/// start an attack, nearly all others get a day note), attacks of 45 min to 3 days (some across midnight),
/// more attacks around periods, periods every 25–32 days, medicines with effects, triggers, auras and notes.
/// Every entry passes the diary's validation.
pub fn generate_sample_diary(seed: u64, start: NaiveDate, days: u32) -> Diary {
    let mut rng = SplitMix64(seed);
    let mut attacks = Vec::new();
    let mut notes = Vec::new();
    let mut periods: Vec<Period> = Vec::new();
    let mut free_from = start.and_time(chrono::NaiveTime::MIN);
    let mut next_period = start + Duration::days(rng.between(0, 27));

    for offset in 0..i64::from(days) {
        let date = start + Duration::days(offset);
        if date == next_period {
            let length = rng.between(4, 6);
            periods.push(Period {
                start: date,
                end: (!rng.chance(20)).then(|| date + Duration::days(length - 1)),
            });
            next_period = date + Duration::days(rng.between(25, 32));
        }
        let near_period = periods
            .last()
            .is_some_and(|p| (date - p.start).num_days() <= 2)
            || (next_period - date).num_days() <= 2;

        let mut start_at =
            date.and_time(chrono::NaiveTime::MIN) + Duration::minutes(rng.between(5 * 60, 22 * 60));
        let wants_attack = rng.chance(if near_period { 70 } else { 45 });
        // The day an earlier attack ended on can bring a second one later that day.
        if start_at < free_from && free_from.date() == date && free_from.hour() < 21 {
            start_at = free_from + Duration::minutes(rng.between(0, 120));
        }
        if wants_attack && start_at >= free_from {
            let attack = sample_attack(&mut rng, start_at, near_period);
            free_from = attack.end.unwrap_or(start_at) + Duration::hours(1);
            attacks.push(attack);
            continue;
        }
        // A day note only where no attack touched the day (an attack always outranks it).
        let day_is_free = attacks
            .last()
            .and_then(Attack::last_day)
            .is_none_or(|last| last < date);
        if day_is_free && rng.chance(98) {
            notes.push(sample_note(&mut rng, date));
        }
    }
    let own = OWN_TRIGGERS.iter().map(|name| name.to_string()).collect();
    Diary::from_parts(attacks, notes, periods, own).unwrap_or_default()
}

fn sample_attack(rng: &mut SplitMix64, start: NaiveDateTime, near_period: bool) -> Attack {
    // Mostly 2–12 h (some across midnight), a few short, one in twelve over one to three days.
    let minutes = match rng.below(12) {
        0 => rng.between(45, 119),
        1 => rng.between(24 * 60, 72 * 60),
        _ => rng.between(2 * 60, 12 * 60),
    };
    let end = start + Duration::minutes(minutes);
    let id =
        u64::try_from(start.and_utc().timestamp_millis()).unwrap_or(0) * 1024 + rng.below(1024);
    let mut attack = Attack::new(AttackId(id), start);
    attack.end = Some(end);
    if rng.chance(95) {
        attack.severity = u8::try_from(rng.between(2, 10))
            .ok()
            .and_then(|value| Severity::new(value).ok());
    }
    attack.location = match rng.below(4) {
        0 => [PainLocation::LeftSide].into(),
        1 => [PainLocation::RightSide, PainLocation::EyeOrTemple].into(),
        2 => [PainLocation::BothSides].into(),
        _ => EnumSet::new(),
    };
    if rng.chance(55) {
        attack.quality.insert(PainQuality::Throbbing);
    } else if rng.chance(50) {
        attack.quality.insert(PainQuality::PressingOrTight);
    }
    for symptom in Symptom::ALL {
        let percent = match symptom {
            Symptom::Nausea | Symptom::LightSensitivity => 45,
            Symptom::SoundSensitivity | Symptom::WorseWithActivity => 35,
            Symptom::Vomiting => 10,
            _ => 5,
        };
        if rng.chance(percent) {
            attack.symptoms.insert(symptom);
        }
    }
    if rng.chance(10) {
        let mut kinds: EnumSet<AuraKind> = [AuraKind::Visual].into();
        if rng.chance(30) {
            kinds.insert(AuraKind::Sensory);
        }
        attack.aura = Some(Aura {
            kinds,
            minutes: u32::try_from(rng.between(5, 70)).ok(),
        });
    }
    let doses = match rng.below(10) {
        0..=3 => 0,
        4..=8 => 1,
        _ => 2,
    };
    for dose_number in 0..doses {
        if let Some((name, dose, class)) = rng.pick(&MEDICINES) {
            let latest = minutes.min(180);
            let taken_at = start + Duration::minutes(rng.between(0, latest) / (dose_number + 1));
            let effect = rng
                .pick(&MedicineEffect::ALL)
                .unwrap_or(MedicineEffect::NotNoted);
            let mut medicine = MedicineDose::new(name, class, taken_at);
            medicine.dose = dose.to_string();
            medicine.effect = effect;
            if effect.brought_relief() {
                medicine.relief_after_minutes = u32::try_from(rng.between(20, 180)).ok();
            }
            attack.medicines.push(medicine);
        }
    }
    if near_period && rng.chance(60) {
        attack.triggers.insert(Trigger::Menstruation);
    }
    for _ in 0..rng.below(3) {
        if let Some(trigger) = rng.pick(&Trigger::ALL) {
            attack.triggers.insert(trigger);
        }
    }
    if rng.chance(8) {
        if let Some(own) = rng.pick(&OWN_TRIGGERS) {
            attack.own_triggers.push(own.to_string());
        }
    }
    if rng.chance(70) {
        attack.stopped_activities = Some(rng.chance(50));
    }
    if rng.chance(10) {
        attack.note = "Woke up with it; worse after the school run.".to_string();
    }
    attack
}

fn sample_note(rng: &mut SplitMix64, date: NaiveDate) -> DayNote {
    if rng.chance(75) {
        return DayNote::new(date, DayKind::HeadacheFree);
    }
    let severity = u8::try_from(rng.between(1, 5))
        .ok()
        .and_then(|value| Severity::new(value).ok());
    let mut note = DayNote::new(date, DayKind::Headache { severity });
    if rng.chance(40) {
        let taken_at =
            date.and_time(chrono::NaiveTime::MIN) + Duration::minutes(rng.between(7 * 60, 21 * 60));
        let mut dose = MedicineDose::new("Paracetamol", MedicineClass::SimpleAnalgesic, taken_at);
        dose.dose = "1 g".to_string();
        note.medicines.push(dose);
    }
    note
}
