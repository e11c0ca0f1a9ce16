//! The history's two filters as checkboxes in one fieldset: "Only migraine-like" and "Only with medicine".

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::domain::diary::HistoryFilter;

/// What the filters show and report.
pub struct HistoryFiltersProps {
    /// The filter in force.
    pub filter: HistoryFilter,
    /// Called with the filter after each change.
    pub on_filter: Callback<HistoryFilter>,
}

/// The two history filters.
/// A plain view function rather than a component: it keeps no state, and every component costs the download
/// about 0.5 KB (gzip) of Yew's glue code.
pub fn history_filters(props: HistoryFiltersProps) -> Html {
    let filter = props.filter;
    let toggle = |set: fn(&mut HistoryFilter, bool)| {
        let on_filter = props.on_filter.clone();
        Callback::from(move |event: Event| {
            let mut next = filter;
            set(
                &mut next,
                event.target_unchecked_into::<HtmlInputElement>().checked(),
            );
            on_filter.emit(next);
        })
    };
    let on_migraine = toggle(|filter, on| filter.migraine_like_only = on);
    let on_medicine = toggle(|filter, on| filter.with_medicine_only = on);
    html! {
        <fieldset class="history-filters">
            <legend class="history-filters__legend">{ "Show" }</legend>
            <div class="radio history-filters__option">
                <input type="checkbox" id="history-filter-migraine"
                    checked={filter.migraine_like_only} onchange={on_migraine} />
                <label for="history-filter-migraine">{ "Only migraine-like" }</label>
            </div>
            <div class="radio history-filters__option">
                <input type="checkbox" id="history-filter-medicine"
                    checked={filter.with_medicine_only} onchange={on_medicine} />
                <label for="history-filter-medicine">{ "Only with medicine" }</label>
            </div>
        </fieldset>
    }
}
