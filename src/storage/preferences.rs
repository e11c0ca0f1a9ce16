//! How [`Preferences`] are stored: `{"theme":"system","track_cycle":true}` in the versioned envelope, the lock's
//! idle time and "log a start while locked" left out while at their defaults. Written and read by the storage
//! codec (`codec.rs`) as serde's derives wrote it; `tests/proptest_settings_codec.rs` holds the two together.

use super::codec::{
    fields_of_once, first_version_document, named_enum, read_once, tree_of, write_key, Codec,
};
use super::json::Json;
use super::Document;
use crate::domain::preferences::{Preferences, DEFAULT_AUTO_LOCK_MINUTES};
use crate::domain::theme::ThemePreference;

impl Document for Preferences {
    const KEY: &'static str = "headache-diary.preferences";
    const VERSION: u32 = 1;

    first_version_document!("settings");
}

/// Every field may be missing and takes its default then (`#[serde(default)]` on the struct), so settings saved
/// by an earlier build load unchanged.
impl Codec for Preferences {
    fn to_json(&self) -> Json<'static> {
        tree_of(self)
    }

    fn write_json(&self, out: &mut String) {
        let Preferences {
            theme,
            track_cycle,
            auto_lock_minutes,
            log_start_while_locked,
        } = self;
        let mut first = true;
        out.push('{');
        write_key("theme", &mut first, out);
        theme.write_json(out);
        write_key("track_cycle", &mut first, out);
        track_cycle.write_json(out);
        if *auto_lock_minutes != DEFAULT_AUTO_LOCK_MINUTES {
            write_key("auto_lock_minutes", &mut first, out);
            auto_lock_minutes.write_json(out);
        }
        if *log_start_while_locked {
            write_key("log_start_while_locked", &mut first, out);
            log_start_while_locked.write_json(out);
        }
        out.push('}');
    }

    fn from_json(json: &Json) -> Result<Self, String> {
        let (mut theme, mut track_cycle, mut auto_lock_minutes, mut log_start_while_locked) =
            (None, None, None, None);
        for (name, value) in fields_of_once(json)? {
            match &**name {
                "theme" => read_once(&mut theme, value, Codec::from_json)?,
                "track_cycle" => read_once(&mut track_cycle, value, Codec::from_json)?,
                "auto_lock_minutes" => read_once(&mut auto_lock_minutes, value, Codec::from_json)?,
                "log_start_while_locked" => {
                    read_once(&mut log_start_while_locked, value, Codec::from_json)?
                }
                _ => {}
            }
        }
        let defaults = Preferences::default();
        Ok(Preferences {
            theme: theme.unwrap_or(defaults.theme),
            track_cycle: track_cycle.unwrap_or(defaults.track_cycle),
            auto_lock_minutes: auto_lock_minutes.unwrap_or(defaults.auto_lock_minutes),
            log_start_while_locked: log_start_while_locked
                .unwrap_or(defaults.log_start_while_locked),
        })
    }
}

named_enum!(ThemePreference { System = "system", Light = "light", Dark = "dark", Dim = "dim" });
