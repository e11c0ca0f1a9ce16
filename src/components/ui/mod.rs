//! Small pieces shared by every wing: the one alert, choice chips, the passphrase field and its submit.
pub mod alert;
pub mod choice_chips;
pub mod passphrase_field;
pub mod passphrase_submit;
