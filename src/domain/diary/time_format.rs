//! Compact ISO text for wall-clock times: `2026-03-01T08:15` when the seconds are zero (every time a person
//! types), the full `2026-03-01T08:15:30` otherwise, so nothing is lost on a round trip.

use chrono::{NaiveDateTime, Timelike};
use serde::{Deserialize, Deserializer, Serializer};

const MINUTES: &str = "%Y-%m-%dT%H:%M";

/// The stored text for `time`.
pub(crate) fn to_text(time: &NaiveDateTime) -> String {
    if time.second() == 0 && time.nanosecond() == 0 {
        time.format(MINUTES).to_string()
    } else {
        time.format("%Y-%m-%dT%H:%M:%S%.f").to_string()
    }
}

/// Reads either form; anything else is an error (never a guess).
pub(crate) fn from_text(text: &str) -> Result<NaiveDateTime, String> {
    NaiveDateTime::parse_from_str(text, MINUTES)
        .or_else(|_| text.parse::<NaiveDateTime>())
        .map_err(|error| format!("bad time {text:?}: {error}"))
}

pub(crate) fn serialize<S: Serializer>(
    time: &NaiveDateTime,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&to_text(time))
}

pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<NaiveDateTime, D::Error> {
    let text = String::deserialize(deserializer)?;
    from_text(&text).map_err(serde::de::Error::custom)
}

/// The same for optional times (`None` is skipped by the field's `skip_serializing_if`).
pub(crate) mod option {
    use chrono::NaiveDateTime;
    use serde::{Deserialize, Deserializer, Serializer};

    pub(crate) fn serialize<S: Serializer>(
        time: &Option<NaiveDateTime>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match time {
            Some(time) => serializer.serialize_some(&super::to_text(time)),
            None => serializer.serialize_none(),
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveDateTime>, D::Error> {
        Option::<String>::deserialize(deserializer)?
            .map(|text| super::from_text(&text).map_err(serde::de::Error::custom))
            .transpose()
    }
}
