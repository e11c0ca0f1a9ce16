//! The diary page: "Headache now", the day log, the calendar with its day panel, and the history.
pub mod calendar;
pub mod calendar_day;
pub mod calendar_day_panel;
pub mod calendar_legend;
pub mod day_extras;
pub mod day_quick_log;
pub mod headache_now;
pub mod history;
pub mod history_filters;
pub mod history_row;
pub mod missed_days;
pub mod refusal_here;
pub mod undo_bar;
