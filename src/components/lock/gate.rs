//! Shows the unlock screen instead of the pages that hold the diary (diary, a headache's details, insights,
//! report, your data) while the diary is locked. The self-check, home and settings stay usable.

use yew::prelude::*;

use crate::components::lock::unlock_screen::UnlockScreen;
use crate::route::shows_diary;
use crate::state::diary::use_diary;
use crate::state::kept_form;
use crate::state::router::use_route;

#[derive(Properties, PartialEq)]
pub struct LockGateProps {
    #[prop_or_default]
    pub children: Html,
}

/// The page, or the unlock screen in its place.
#[component]
pub fn LockGate(props: &LockGateProps) -> Html {
    let diary = use_diary();
    let route = use_route();
    let locked = diary.as_ref().is_some_and(|handle| handle.is_locked());
    // Before any page below closes: a form closing now keeps its typing for after the unlock.
    kept_form::note_locked(locked);
    if locked && shows_diary(&route) {
        html! { <UnlockScreen /> }
    } else {
        props.children.clone()
    }
}
