//! One headache's details (placeholder; the attack form replaces it).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AttackPageProps {
    /// `new`, or the attack's id.
    pub id: AttrValue,
}

/// The attack form page.
#[component]
pub fn AttackPage(props: &AttackPageProps) -> Html {
    html! {
        <div class="page">
            <h1 class="page__title">{ "Headache details" }</h1>
            <p class="lead">{ format!("Entry {}", props.id) }</p>
        </div>
    }
}
