//! The diary's fixed limits, in one place so the UI can show them next to the fields they bound.

/// Longest note on an attack, in characters.
pub const NOTE_MAX_CHARS: usize = 2_000;
/// Longest medicine name, dose text or own trigger, in characters.
pub const NAME_MAX_CHARS: usize = 80;
/// Most medicine doses on one attack or one day.
pub const MEDICINES_MAX: usize = 20;
/// Most own triggers on one attack.
pub const OWN_TRIGGERS_PER_ATTACK_MAX: usize = 20;
/// Most own triggers in the person's list.
pub const OWN_TRIGGER_LIST_MAX: usize = 50;
/// Most preventive treatments in the diary's list (a person with resistant migraine may have tried a dozen).
pub const TREATMENTS_MAX: usize = 100;
/// How far in the future (minutes) a time may be and still be accepted: device clocks and two tabs differ a
/// little, and a person tapping "now" should never be told it is in the future.
pub const FUTURE_TOLERANCE_MINUTES: i64 = 5;
/// How long before an attack's start a medicine may have been taken and still belong to it (e.g. taken at the
/// first warning signs, the evening before). Earlier than this is almost certainly a wrong date.
pub const MEDICINE_BEFORE_START_MAX_HOURS: i64 = 24;
/// The longest duration (aura, time to relief) accepted, in minutes: one week.
pub const MINUTES_MAX: u32 = 7 * 24 * 60;
/// The longest period recorded as one, in days from the first day of bleeding to the last, both counted.
pub const PERIOD_MAX_DAYS: i64 = 15;
/// How far (days) an attack may be from the nearest period start for a cycle day to be given. Beyond this the
/// cycle is unknown (periods not logged, pregnancy, menopause) rather than a large, meaningless number.
pub const CYCLE_DAY_MAX_DISTANCE: i64 = 45;
/// The diary's minimum length: 8 weeks.
pub const DIARY_GOAL_DAYS: u32 = 56;
/// The recommended length: 12 weeks (medication overuse needs > 3 months, a menstrual pattern 3 cycles).
pub const DIARY_RECOMMENDED_DAYS: u32 = 84;
