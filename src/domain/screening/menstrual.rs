//! ICHD-3 appendix A1.1.1/A1.1.2 menstrual link, screening only: a reported tendency for attacks to start from day −2
//! to day +3 (day 1 is the first day of bleeding; there is no day 0). The real test needs a diary over ≥ 3 cycles,
//! so this is never more than a tentative pointer.

use super::answers::{Answers, Reply};
use super::findings::{Check, Evaluation, Pattern};
use super::logic::Tri;

/// Checks the reported window. `None` unless the person has periods and said attacks tend to start in the window.
pub(crate) fn menstrual_link(a: &Answers) -> Option<Evaluation> {
    if a.about.has_periods != Some(Reply::Yes) || a.cycle.window != Some(Reply::Yes) {
        return None;
    }
    let set = Pattern::MenstrualLink;
    Some(Evaluation {
        checks: vec![
            Check::new(
                set,
                'A',
                Tri::Yes,
                false,
                "You said your attacks tend to start between 2 days before and 3 days after your period begins."
                    .to_string(),
            ),
            Check::new(
                set,
                'B',
                Tri::Unknown,
                false,
                "To confirm it, a diary needs to show attacks starting in that window in at least 2 of 3 cycles in \
                 a row."
                    .to_string(),
            ),
        ],
    })
}
