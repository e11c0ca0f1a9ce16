//! The doctor's report: one print-ready page for a chosen period (print CSS makes it black on
//! white on A4 or Letter, whatever the theme). Name and date of birth are typed at print time
//! and never stored.

use yew::prelude::*;

use crate::components::insights::charts::insight_charts;
use crate::components::insights::findings::{insight_figures, insight_findings};
use crate::components::insights::period_picker::PeriodPicker;
use crate::components::treatments::resistance_read::resistance_read_view;
use crate::domain::date_text::{date_text, time_text};
use crate::domain::diary::{Attack, PreventiveTrial, YearMonth};
use crate::domain::stable_sort::sort_by_key;
use crate::platform;
use crate::route::Route;
use crate::state::insights::{use_chosen_period, use_insights, InsightsView};
use crate::state::preferences::{tracks_cycle, use_preferences};
use crate::state::self_check::KeptResult;

/// The report page.
#[component]
pub fn ReportPage() -> Html {
    let preferences = use_preferences();
    let (period, on_change) = use_chosen_period();
    let now = platform::now_local();
    let today = now.date();
    let InsightsView {
        diary: diary_rc,
        insights,
        kept,
    } = use_insights(period, today);
    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(window) = crate::platform::window() {
            // If printing is refused the page simply stays as it is.
            window.print().unwrap_or(());
        }
    });
    let show_cycle = tracks_cycle(preferences.as_ref());

    // Borrowed, not cloned: a long period's insights are large.
    let body = match &*insights {
        None => html! { <p>{ "There are no days in this period yet. Choose another period." }</p> },
        Some(insights) => {
            let range = insights.range;
            let attacks: Vec<&Attack> = diary_rc
                .attacks_touching(range.first(), range.last())
                .iter()
                .filter(|attack| range.contains(attack.start.date()))
                .collect();
            html! {
                <>
                    <p class="report__period"><strong>{ "Period: " }</strong>{ range.label() }
                        { format!(" ({} days). Made on {}.", range.days(), date_text(today, "%-d %B %Y")) }</p>
                    <h2>{ "Summary" }</h2>
                    { insight_figures(insights) }
                    <h2>{ "Month by month" }</h2>
                    { insight_charts(&diary_rc, insights) }
                    { insight_findings(insights, show_cycle) }
                    if !diary_rc.treatments().is_empty() {
                        <h2 id="report-treatments-title">{ format!("Treatments tried ({})", diary_rc.treatments().len()) }</h2>
                        { treatment_table(diary_rc.treatments(), YearMonth::of(today)) }
                    }
                    { resistance_read_view(&insights.resistance, false) }
                    <h2>{ "Last self-check" }</h2>
                    { kept_result(kept.as_ref().as_ref()) }
                    <h2 id="report-attacks-title">{ format!("Every headache in the period ({})", attacks.len()) }</h2>
                    { attack_table(&diary_rc, &attacks, now) }
                </>
            }
        }
    };
    html! {
        <div class="page report">
            <h1 class="page__title">{ "Headache diary report" }</h1>
            <p class="report__hint">{ "Choose the period, fill in your name if you like, then print or save as PDF. Nothing typed here is saved." }</p>
            <div class="no-print">
                <PeriodPicker value={period} {today} {on_change} />
            </div>
            <div class="report__fields">
                <div class="report__field">
                    <label for="report-name">{ "Name" }</label>
                    <input type="text" id="report-name" autocomplete="off" />
                </div>
                <div class="report__field">
                    <label for="report-birth">{ "Date of birth" }</label>
                    <input type="text" id="report-birth" autocomplete="off" inputmode="numeric" />
                </div>
            </div>
            <div class="report__actions">
                <button type="button" class="button button--primary" onclick={on_print}>{ "Print or save as PDF" }</button>
                <a href={Route::Insights.href()} class="button">{ "Back to insights" }</a>
            </div>
            { body }
            <p class="insights__note">{ "Made with a headache diary kept on the patient's own device. The figures are what was logged; days with nothing logged are counted as unknown, not as headache-free." }</p>
        </div>
    }
}

fn kept_result(kept: Option<&KeptResult>) -> Html {
    let Some(kept) = kept else {
        return html! { <p>{ "No self-check result is kept on this device." }</p> };
    };
    let assessment = &kept.assessment;
    let patterns = assessment
        .patterns()
        .iter()
        .map(|finding| {
            format!(
                "ICHD-3 {} ({})",
                finding.ichd_label(),
                finding.confidence.plain_word()
            )
        })
        .collect::<Vec<_>>();
    html! {
        <div class="report__self-check">
            <p><strong>{ assessment.triage().headline() }</strong>{ format!(" (taken {})", kept.date_label()) }</p>
            if !assessment.warning_signs().is_empty() {
                <ul>{ for assessment.warning_signs().iter().map(|sign| html! { <li>{ sign.explanation() }</li> }) }</ul>
            }
            if !patterns.is_empty() {
                <p>{ "Answers fitted: " }{ patterns.join("; ") }</p>
            }
        </div>
    }
}

fn treatment_table(trials: &[PreventiveTrial], this_month: YearMonth) -> Html {
    let mut trials = trials.to_vec();
    sort_by_key(&mut trials, |trial| std::cmp::Reverse(trial.from));
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="report-treatments-title">
            <table class="table report__treatments">
                <thead>
                    { header_row(&["Treatment", "Kind", "From – to", "Dose", "Outcome"]) }
                </thead>
                <tbody>
                    { for trials.iter().map(|trial| {
                        let months = trial.months_tried(this_month).map(|m| format!(" ({m} mo)")).unwrap_or_default();
                        let when = trial.when_label();
                        let prescribed = match trial.dose_as_prescribed {
                            Some(true) => Some("as prescribed"),
                            Some(false) => Some("below prescribed"),
                            None => None,
                        };
                        let dose = [(!trial.dose.is_empty()).then(|| trial.dose.clone()), prescribed.map(str::to_string)]
                            .into_iter()
                            .flatten()
                            .collect::<Vec<_>>();
                        let dose = if dose.is_empty() { "–".to_string() } else { dose.join("; ") };
                        html! {
                            <tr>
                                <td>{ trial.name.clone() }</td>
                                <td>{ trial.class.label() }</td>
                                <td>{ if when.is_empty() { "–".to_string() } else { when } }{ months }</td>
                                <td>{ dose }</td>
                                <td>{ trial.outcome.map_or("not said", |o| o.label()) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// The report's short words for where it hurt and what it felt like.
fn pain_words(attack: &Attack) -> Vec<String> {
    use crate::domain::diary::{PainLocation, PainQuality};
    let places = attack.location.iter().map(|place| match place {
        PainLocation::LeftSide => "left",
        PainLocation::RightSide => "right",
        PainLocation::BothSides => "both sides",
        PainLocation::EyeOrTemple => "eye/temple",
        PainLocation::BackOfHeadOrNeck => "back of head",
    });
    let feel = attack.quality.iter().map(|quality| match quality {
        PainQuality::Throbbing => "throbbing",
        PainQuality::PressingOrTight => "pressing",
        PainQuality::Stabbing => "stabbing",
    });
    places.chain(feel).map(str::to_string).collect()
}

/// "aura: visual, 20 min" for the symptoms cell.
fn aura_words(attack: &Attack) -> Option<String> {
    use crate::domain::diary::AuraKind;
    let aura = attack.aura.as_ref()?;
    let kinds: Vec<&str> = aura
        .kinds
        .iter()
        .map(|kind| match kind {
            AuraKind::Visual => "visual",
            AuraKind::Sensory => "sensory",
            AuraKind::Speech => "speech",
        })
        .collect();
    let minutes = aura.minutes.map(|m| format!("{m} min"));
    let parts: Vec<String> = [(!kinds.is_empty()).then(|| kinds.join(", ")), minutes]
        .into_iter()
        .flatten()
        .collect();
    Some(if parts.is_empty() {
        "aura".to_string()
    } else {
        format!("aura: {}", parts.join(", "))
    })
}

/// "Sumatriptan 50 mg: full relief in 1 h 30 min".
fn medicine_words(dose: &crate::domain::diary::MedicineDose) -> String {
    use crate::domain::diary::MedicineEffect;
    let mut words = dose.name.clone();
    if !dose.dose.is_empty() {
        words.push_str(&format!(" {}", dose.dose));
    }
    let effect = match dose.effect {
        MedicineEffect::NotNoted => None,
        MedicineEffect::NoRelief => Some("no relief".to_string()),
        MedicineEffect::SomeRelief => Some("some relief".to_string()),
        MedicineEffect::CompleteRelief => Some("full relief".to_string()),
    };
    let after = dose.relief_after_minutes.map(|m| {
        format!(
            " in {}",
            crate::domain::dates::format_duration(i64::from(m))
        )
    });
    if let Some(effect) = effect {
        words.push_str(&format!(": {effect}{}", after.unwrap_or_default()));
    }
    words
}

fn attack_table(
    diary: &crate::domain::diary::Diary,
    attacks: &[&Attack],
    now: chrono::NaiveDateTime,
) -> Html {
    if attacks.is_empty() {
        return html! { <p>{ "No headaches logged in this period." }</p> };
    }
    let join = |items: Vec<String>, separator: &str| {
        if items.is_empty() {
            "–".to_string()
        } else {
            items.join(separator)
        }
    };
    html! {
        // On a phone the table scrolls sideways: focusable and named, so it scrolls by keyboard too.
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="report-attacks-title">
            <table class="table report__attacks">
                <thead>
                    { header_row(&[
                        "Started", "Length", "Severity (0–10)", "Where, what it felt like", "Aura and symptoms",
                        "Medicines: dose, effect", "Possible triggers",
                    ]) }
                </thead>
                <tbody>
                    { for attacks.iter().map(|attack| {
                        let cycle = diary.cycle_day(attack).map(|day| day.label());
                        let symptoms: Vec<String> = aura_words(attack)
                            .into_iter()
                            .chain(attack.symptoms.iter().map(|s| s.short_label().to_string()))
                            .collect();
                        html! {
                            <tr>
                                <td>{ time_text(attack.start, "%a %-d %b %H:%M") }
                                    if attack.is_migraine_like() { <br /><span class="report__tag">{ "migraine-like" }</span> }
                                    if let Some(cycle) = cycle { <br /><span class="report__tag">{ cycle }</span> }</td>
                                <td>{ attack.duration_label(now) }</td>
                                <td>{ attack.severity.map_or("–".into(), |s| s.value().to_string()) }
                                    if attack.stopped_activities == Some(true) { <br /><span class="report__tag">{ "stopped me" }</span> }</td>
                                <td>{ join(pain_words(attack), ", ") }</td>
                                <td>{ join(symptoms, "; ") }</td>
                                <td>{ join(attack.medicines.iter().map(medicine_words).collect(), "; ") }</td>
                                <td>{ join(attack.triggers.iter().map(|t| t.label().to_string()).chain(attack.own_triggers.iter().cloned()).collect(), ", ") }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// A table's header row: one column heading per name.
fn header_row(names: &[&'static str]) -> Html {
    html! { <tr>{ for names.iter().map(|name| html! { <th scope="col">{ *name }</th> }) }</tr> }
}
