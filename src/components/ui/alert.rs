//! The one way errors and warnings reach the person: a `role="alert"` box.

use yew::prelude::*;

/// How serious the message is; sets the colour and the icon's meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlertTone {
    Warning,
    Danger,
}

/// A message that screen readers announce as soon as it appears. Built with [`Alert::warning`] or
/// [`Alert::danger`], then written into `html!` as it is: `{ Alert::danger(message).dismissable(on_dismiss) }`.
///
/// A plain value that turns into markup rather than a component: it keeps no state, and every component costs
/// each build about 0.5 KB (gzip) of Yew's glue code.
pub struct Alert {
    message: AttrValue,
    tone: AlertTone,
    /// When given, a "Dismiss" button appears.
    on_dismiss: Option<Callback<()>>,
    /// Shown under the message: a list, advice or buttons.
    details: Html,
}

impl Alert {
    /// An alert of `tone` saying `message`.
    pub fn new(tone: AlertTone, message: impl Into<AttrValue>) -> Alert {
        Alert {
            message: message.into(),
            tone,
            on_dismiss: None,
            details: Html::default(),
        }
    }

    /// Something the person should know or do; nothing is lost.
    pub fn warning(message: impl Into<AttrValue>) -> Alert {
        Alert::new(AlertTone::Warning, message)
    }

    /// Something failed or is at risk.
    pub fn danger(message: impl Into<AttrValue>) -> Alert {
        Alert::new(AlertTone::Danger, message)
    }

    /// Adds a "Dismiss" button that calls `on_dismiss`.
    pub fn dismissable(mut self, on_dismiss: Callback<()>) -> Alert {
        self.on_dismiss = Some(on_dismiss);
        self
    }

    /// Shows `details` under the message.
    pub fn with_details(mut self, details: Html) -> Alert {
        self.details = details;
        self
    }
}

impl From<Alert> for Html {
    fn from(alert: Alert) -> Html {
        let tone = match alert.tone {
            AlertTone::Warning => "alert--warning",
            AlertTone::Danger => "alert--danger",
        };
        let dismiss = alert.on_dismiss.map(|on_dismiss| {
            html! {
                <button type="button" class="button button--quiet alert__dismiss"
                    onclick={move |_| on_dismiss.emit(())}>
                    { "Dismiss" }
                </button>
            }
        });
        html! {
            <div class={classes!("alert", tone)} role="alert">
                <p class="alert__message">{ alert.message }</p>
                { alert.details }
                { for dismiss }
            </div>
        }
    }
}
