//! The one way errors and warnings reach the person: a `role="alert"` box.

use yew::prelude::*;

/// How serious the message is; sets the colour and the icon's meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlertTone {
    Warning,
    Danger,
}

#[derive(Properties, PartialEq)]
pub struct AlertProps {
    pub message: AttrValue,
    #[prop_or(AlertTone::Warning)]
    pub tone: AlertTone,
    /// When given, a "Dismiss" button appears.
    #[prop_or_default]
    pub on_dismiss: Option<Callback<()>>,
    #[prop_or_default]
    pub children: Html,
}

/// A message that screen readers announce as soon as it appears.
#[component]
pub fn Alert(props: &AlertProps) -> Html {
    let tone = match props.tone {
        AlertTone::Warning => "alert--warning",
        AlertTone::Danger => "alert--danger",
    };
    let dismiss = props.on_dismiss.clone().map(|on_dismiss| {
        html! {
            <button type="button" class="button button--quiet alert__dismiss"
                onclick={move |_| on_dismiss.emit(())}>
                { "Dismiss" }
            </button>
        }
    });
    html! {
        <div class={classes!("alert", tone)} role="alert">
            <p class="alert__message">{ props.message.clone() }</p>
            { props.children.clone() }
            { for dismiss }
        </div>
    }
}
