//! Shows the unlock screen instead of the pages that hold the diary (diary, a headache's details, insights,
//! report, your data) while the diary is locked. The self-check, home and settings stay usable.

use yew::prelude::*;

use crate::components::lock::unlock_screen::UnlockScreen;
use crate::route::{shows_diary, Route};
use crate::state::diary::DiaryContext;
use crate::state::kept_form;

/// The unlock screen in place of the page `route` names, if that page holds the diary and the diary is locked;
/// `None` when the page itself shows. Called by the page chooser before it renders a page: a form closing now
/// keeps its typing for after the unlock.
pub fn unlock_instead(diary: Option<&DiaryContext>, route: &Route) -> Option<Html> {
    let locked = diary.is_some_and(|handle| handle.is_locked());
    kept_form::note_locked(locked);
    (locked && shows_diary(route)).then(|| html! { <UnlockScreen /> })
}
