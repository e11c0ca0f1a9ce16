//! Pure domain logic: no yew, web_sys, gloo or clock calls; "today" is always a parameter,
//! so every rule here is tested natively with plain `cargo test`.
pub mod clinic;
pub mod clinic_built_in;
pub mod colour;
pub mod date_text;
pub mod dates;
pub mod diary;
pub mod enum_set;
pub mod export;
pub mod insights;
pub mod letter_case;
pub mod number_text;
pub mod preferences;
pub mod screening;
pub mod sentence;
pub mod sorted_map;
pub mod stable_sort;
pub mod theme;
