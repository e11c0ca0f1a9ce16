//! Preventive treatments tried: the list, the form that adds or edits one, and the EHF 2020 read of migraine
//! that resists treatment (shown on the treatments page, in insights and in the doctor's report).
pub mod resistance_read;
pub mod trial_form;
pub mod trial_list;
