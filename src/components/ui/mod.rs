//! Small pieces shared by every wing: the one alert, choice chips, the clinic's contact, the passphrase field and
//! its submit.
pub mod alert;
pub mod choice_chips;
pub mod clinic_contact;
pub mod passphrase_field;
pub mod passphrase_submit;
