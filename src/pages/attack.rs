//! One headache's form at `#/diary/attack/:id`: `new` logs a past headache (start defaults to now), an attack's id
//! edits it (a running one says "Still going" and offers "It's over"). Everything but the start is optional.
//! Save checks the entry against the diary first, so a refusal is shown next to its field and in an alert with
//! everything typed kept; only then is it applied and stored, and the person goes back to the diary.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::components::attack::aura::{attack_aura, AttackAuraProps};
use crate::components::attack::medicines::{attack_medicines, AttackMedicinesProps};
use crate::components::attack::severity_picker::{severity_picker, SeverityPickerProps};
use crate::components::attack::times::{attack_times, AttackTimesProps};
use crate::components::attack::triggers::{attack_triggers, AttackTriggersProps};
use crate::components::ui::alert::Alert;
use crate::components::ui::choice_chips::{choice_chips, Chip, ChoiceChipsProps};
use crate::domain::date_text::time_text;
use crate::domain::diary::{
    AttackId, Diary, DiaryAction, DiaryError, Keep, PainLocation, PainQuality, Symptom,
    NOTE_MAX_CHARS, OWN_TRIGGER_LIST_MAX,
};
use crate::domain::letter_case::same_but_case;
use crate::platform;
use crate::route::Route;
use crate::state::attack_form::{
    input_time, AttackDraft, DosePart, DraftAction, Field, FormProblem,
};
use crate::state::diary::{perform, use_diary, DiaryContext, DiaryMsg, DiaryProblem};
use crate::state::kept_form;
use crate::state::router;

/// What the page needs from the route.
#[derive(Properties, PartialEq)]
pub struct AttackPageProps {
    /// `new`, or the attack's id.
    pub id: AttrValue,
}

/// The attack form page: finds the entry, then hands it to the form.
#[component]
pub fn AttackPage(props: &AttackPageProps) -> Html {
    // The id whose form is open. When another tab deletes that headache while it is being edited, the form
    // stays (with what was typed, and a message saying what happened) instead of turning into "not found".
    let editing = use_mut_ref(|| None::<AttrValue>);
    let Some(diary) = use_diary() else {
        return Html::default();
    };
    // Typing kept when the diary locked while this form was open: given back as it was, with a word why.
    if let Some(draft) = kept_form::take(&props.id) {
        *editing.borrow_mut() = Some(props.id.clone());
        return html! { <AttackEditor key={props.id.to_string()} {draft} kept_through_lock=true /> };
    }
    if props.id == "new" {
        let draft = AttackDraft::new_at(platform::now_local());
        return html! { <AttackEditor key="new" {draft} /> };
    }
    let attack = props
        .id
        .parse::<u64>()
        .ok()
        .and_then(|id| diary.diary.attack(AttackId(id)).cloned());
    let was_open = editing.borrow().as_ref() == Some(&props.id);
    match attack {
        Some(attack) => {
            *editing.borrow_mut() = Some(props.id.clone());
            html! {
                <AttackEditor key={props.id.to_string()} draft={AttackDraft::from_attack(&attack)} />
            }
        }
        // The editor reads its draft only when it opens, so this placeholder draft is never shown: the same key
        // keeps the open form and everything typed in it.
        None if was_open => html! {
            <AttackEditor key={props.id.to_string()} draft={AttackDraft::new_at(platform::now_local())} />
        },
        None => html! {
            <div class="page">
                <h1 class="page__title">{ "Headache not found" }</h1>
                <p class="lead">
                    { "This headache is not in the diary. It may have been deleted, perhaps in another tab." }
                </p>
                <a href={Route::Diary.href()} class="button">{ "Back to the diary" }</a>
            </div>
        },
    }
}

/// Said above a form given back after the diary locked while it was open.
const KEPT_THROUGH_LOCK: &str =
    "Your diary locked while this form was open. What you had typed is still here and \
    has not been saved yet: check it and choose Save to keep it.";

#[derive(Properties, PartialEq)]
struct AttackEditorProps {
    /// The form as it opens (read once: later diary changes from other tabs never overwrite what is typed).
    draft: AttackDraft,
    /// Whether `draft` is typing kept while the diary was locked (the form says so).
    #[prop_or_default]
    kept_through_lock: bool,
}

/// A diary compared by identity: memos over it are recomputed when the diary changes, not on every keystroke,
/// and without comparing a ten-year diary entry by entry.
struct SameDiary(Rc<Diary>);

impl PartialEq for SameDiary {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The form itself.
#[component]
fn AttackEditor(props: &AttackEditorProps) -> Html {
    let initial = props.draft.clone();
    let draft = use_reducer(move || initial);
    let kept_notice = use_state(|| props.kept_through_lock);
    // What is typed in the triggers' "Add your own" before it is added.
    let typed_trigger = use_state(String::new);
    // Said once the medicine times were moved with the headache's.
    let moved_note = use_state(|| None::<String>);
    {
        // The form as typed, for its clean-up: if the diary locks while it is open, the typing is kept in memory
        // and given back after the unlock (`state::kept_form`). An untouched form keeps nothing.
        let latest = use_mut_ref(|| None::<AttackDraft>);
        let opened = use_mut_ref(|| props.draft.clone());
        let typed = *draft != *opened.borrow() || props.kept_through_lock;
        *latest.borrow_mut() = typed.then(|| (*draft).clone());
        let form = draft
            .id
            .map_or_else(|| "new".to_string(), |id| id.0.to_string());
        use_effect_with((), move |_| {
            move || {
                if let Some(typed) = latest.borrow_mut().take() {
                    kept_form::keep_if_locking(&form, typed);
                }
            }
        });
    }
    let diary = use_diary();
    let quick = use_memo(
        SameDiary(
            diary
                .as_ref()
                .map(|d| Rc::clone(&d.diary))
                .unwrap_or_default(),
        ),
        |diary| diary.0.quick_medicines(),
    );
    // The id of the field to focus after the next render (a refused save, "It's over", a new medicine row).
    let focus_next = use_mut_ref(|| None::<String>);
    // Whose value the next save keeps where another tab changed the same field (chosen after a conflict).
    let keep = use_mut_ref(|| None::<Keep>);
    let form = use_node_ref();
    {
        let focus_next = focus_next.clone();
        use_effect(move || {
            if let Some(id) = focus_next.borrow_mut().take() {
                platform::focus_by_id(&id);
            }
        });
    }

    let Some(diary) = diary else {
        return Html::default();
    };
    let stored = draft.id.and_then(|id| diary.diary.attack(id).cloned());
    let known_own = draft.known_own_triggers(&diary.diary);

    let send = |make: fn(String) -> DraftAction| {
        let draft = draft.clone();
        Callback::from(move |text: String| draft.dispatch(make(text)))
    };
    let on_over = {
        let draft = draft.clone();
        let focus_next = focus_next.clone();
        Callback::from(move |()| {
            draft.dispatch(DraftAction::SetEnd(input_time(platform::now_local())));
            *focus_next.borrow_mut() = Some(Field::End.input_id());
        })
    };
    let on_severity = {
        let draft = draft.clone();
        Callback::from(move |value| draft.dispatch(DraftAction::SetSeverity(value)))
    };
    let chips_for = |all: &[(&'static str, &'static str, bool)]| {
        all.iter()
            .map(|(id, label, checked)| Chip::new(*id, *label, *checked))
            .collect::<Vec<_>>()
    };
    let symptom_chips = chips_for(
        &Symptom::ALL
            .iter()
            .map(|s| (s.code(), s.label(), draft.symptoms.contains(s)))
            .collect::<Vec<_>>(),
    );
    let location_chips = chips_for(
        &PainLocation::ALL
            .iter()
            .map(|l| (l.code(), l.label(), draft.location.contains(l)))
            .collect::<Vec<_>>(),
    );
    let quality_chips = chips_for(
        &PainQuality::ALL
            .iter()
            .map(|q| (q.code(), q.label(), draft.quality.contains(q)))
            .collect::<Vec<_>>(),
    );
    let on_symptom = toggle_by_code(
        &draft,
        &Symptom::ALL,
        Symptom::code,
        DraftAction::ToggleSymptom,
    );
    let on_location = toggle_by_code(
        &draft,
        &PainLocation::ALL,
        PainLocation::code,
        DraftAction::ToggleLocation,
    );
    let on_quality = toggle_by_code(
        &draft,
        &PainQuality::ALL,
        PainQuality::code,
        DraftAction::ToggleQuality,
    );

    let on_add_dose = {
        let draft = draft.clone();
        let focus_next = focus_next.clone();
        Callback::from(move |(name, dose, class): (String, String, _)| {
            if name.is_empty() {
                // "Other…": the new row's name field is where the person goes next.
                *focus_next.borrow_mut() = Some(crate::state::attack_form::dose_input_id(
                    draft.next_key,
                    DosePart::Name,
                ));
            }
            let taken_at = draft.quick_dose_time(platform::now_local());
            draft.dispatch(DraftAction::AddDose {
                name,
                dose,
                class,
                taken_at,
            });
        })
    };
    let on_dose = {
        let draft = draft.clone();
        Callback::from(move |dose| draft.dispatch(DraftAction::UpdateDose(dose)))
    };
    let on_remove_dose = {
        let draft = draft.clone();
        let focus_next = focus_next.clone();
        Callback::from(move |key| {
            draft.dispatch(DraftAction::RemoveDose(key));
            // The removed row's button is gone: keep the keyboard in the medicines part.
            *focus_next.borrow_mut() = Some(Field::Medicines.input_id());
        })
    };
    let medicine_problem = draft
        .problem
        .as_ref()
        .and_then(|problem| match problem.field {
            Field::Dose(key, part) => Some((Some(key), part, AttrValue::from(problem.message()))),
            Field::Medicines => Some((None, DosePart::Name, AttrValue::from(problem.message()))),
            _ => None,
        });
    let quick_time_words = if draft.is_running() && draft.id.is_some() {
        "now"
    } else {
        "at the start time"
    };

    let on_trigger = {
        let draft = draft.clone();
        Callback::from(move |(trigger, on)| draft.dispatch(DraftAction::ToggleTrigger(trigger, on)))
    };
    let on_own = {
        let draft = draft.clone();
        Callback::from(move |(name, on)| draft.dispatch(DraftAction::ToggleOwnTrigger(name, on)))
    };
    let on_no_aura = {
        let draft = draft.clone();
        Callback::from(move |on| draft.dispatch(DraftAction::SetNoAura(on)))
    };
    let on_aura_kind = {
        let draft = draft.clone();
        Callback::from(move |(kind, on)| draft.dispatch(DraftAction::ToggleAuraKind(kind, on)))
    };
    let stopped_options = [(true, "yes", "Yes"), (false, "no", "No")].map(|(value, id, words)| {
        let draft_handle = draft.clone();
        let onchange = Callback::from(move |event: Event| {
            if event.target_unchecked_into::<HtmlInputElement>().checked() {
                draft_handle.dispatch(DraftAction::SetStopped(Some(value)));
            }
        });
        let input_id = format!("attack-stopped-{id}");
        html! {
            <div class="radio attack-form__option">
                <input type="radio" id={input_id.clone()} name="attack-stopped"
                    checked={draft.stopped_activities == Some(value)} {onchange} />
                <label for={input_id}>{ words }</label>
            </div>
        }
    });
    let on_note = {
        let draft = draft.clone();
        Callback::from(move |event: InputEvent| {
            let text = event.target_unchecked_into::<HtmlTextAreaElement>().value();
            draft.dispatch(DraftAction::SetNote(text));
        })
    };
    let note_len = draft.note.chars().count();
    let note_problem = draft.problem_for(Field::Note);

    let on_save = {
        let draft = draft.clone();
        let diary = diary.clone();
        let focus_next = focus_next.clone();
        let keep = keep.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let refuse = |problem: crate::state::attack_form::FormProblem| {
                if problem.field != Field::Form {
                    *focus_next.borrow_mut() = Some(problem.field.input_id());
                }
                draft.dispatch(DraftAction::Refuse(problem));
            };
            let attack = match draft.to_attack(platform::new_attack_id()) {
                Ok(attack) => attack,
                Err(problem) => return refuse(problem),
            };
            let own_triggers = attack.own_triggers.clone();
            // An entry deleted in another tab while this form was open is saved again as an entry of its own,
            // which the form's message has said.
            let still_stored = draft.id.is_some_and(|id| diary.diary.attack(id).is_some());
            let action = match (still_stored, &draft.base) {
                // Only what this form changed is written onto the entry as stored now.
                (true, Some(base)) => DiaryAction::EditAttack {
                    base: base.clone(),
                    edited: Box::new(attack),
                    keep: *keep.borrow(),
                },
                (true, None) => DiaryAction::UpdateAttack { attack },
                (false, _) => DiaryAction::AddAttack { attack },
            };
            *keep.borrow_mut() = None;
            // Tried on a copy first, so a refusal can point at the field it is about.
            let mut trial = (*diary.diary).clone();
            if let Err(error) = action.clone().apply(&mut trial, platform::now_local()) {
                return refuse(draft.place_error(&error));
            }
            draft.dispatch(DraftAction::DismissProblem);
            diary.dispatch(DiaryMsg::DismissProblem);
            let before = Rc::clone(&diary.diary);
            perform(&diary, action, None);
            // `perform` updates the shared state at once: an unchanged diary means the stored copy refused it
            // (changed in another tab); its message is in `diary.problem` and the form keeps what was typed.
            if Rc::ptr_eq(&before, &diary.diary) {
                return;
            }
            remember_own_triggers(&diary, &own_triggers);
            router::go_to(&Route::Diary);
        })
    };
    let on_cancel = {
        Callback::from(move |_: MouseEvent| {
            router::go_to(&Route::Diary);
        })
    };
    let delete = stored.as_ref().map(|attack| {
        let id = attack.id;
        let message = format!("Headache of {} deleted", time_text(attack.start, "%-d %B"));
        let diary = diary.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            perform(&diary, DiaryAction::DeleteAttack { id }, Some(message.clone()));
            router::go_to(&Route::Diary);
        });
        html! {
            <section class="attack-form__delete" aria-labelledby="attack-delete-title">
                <h2 class="attack-form__delete-title" id="attack-delete-title">{ "Delete this entry" }</h2>
                <p class="hint">{ "You can undo this straight after, from the diary." }</p>
                <button type="button" class="button attack-form__delete-button" {onclick}>
                    { "Delete this headache" }
                </button>
            </section>
        }
    });

    let title = match &stored {
        None if draft.id.is_some() => "Headache deleted in another tab".to_string(),
        None => "Log a past headache".to_string(),
        Some(attack) if attack.is_running() => "Headache still going".to_string(),
        Some(attack) => format!("Headache of {}", time_text(attack.start, "%-d %B %Y")),
    };
    let subtitle = match &stored {
        Some(attack) if attack.is_running() => format!(
            "Started {} ({} ago). Everything but the start is optional: fill in what you can now, the rest later.",
            time_text(attack.start, "%-d %B, %H:%M"),
            attack.duration_label(platform::now_local())
        ),
        _ => "Everything but the start is optional: fill in what you can.".to_string(),
    };
    // Times corrected, and a medicine now falls outside them: offer to move the medicines with the headache
    // (issue 13, item 5) instead of making the person edit each one.
    let move_doses = draft.dose_shift().map(|moved| {
        let words = shift_words(moved);
        let (draft, moved_note) = (draft.clone(), moved_note.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            draft.dispatch(DraftAction::MoveDosesBy(moved));
            moved_note.set(Some(format!(
                "The medicine times moved {words} with the headache. Check them, then choose Save."
            )));
        });
        html! {
            <button type="button" class="button attack-form__move-doses" {onclick}>
                { format!("Move the medicine times {} too", shift_words(moved)) }
            </button>
        }
    });
    let moved_status = (*moved_note).clone().map(|note| {
        html! { <p class="attack-form__moved" role="status">{ note }</p> }
    });
    let form_problem = draft.problem.clone().map(|problem| {
        let draft = draft.clone();
        html! {
            { Alert::danger(problem.message()).dismissable(Callback::from(move |()| draft.dispatch(DraftAction::DismissProblem))) }
        }
    });
    // A field changed here and, differently, in another tab: the person chooses, and nothing is lost either way
    // (what only one side changed is kept from both).
    let conflict = draft
        .problem
        .as_ref()
        .and_then(FormProblem::refusal)
        .or_else(|| diary.problem.as_ref().and_then(DiaryProblem::refusal))
        .and_then(DiaryError::edited_elsewhere)
        .map(<[_]>::to_vec);
    let conflict_choice = conflict.map(|fields| {
        let choose = |choice: Keep| {
            let (keep, form) = (keep.clone(), form.clone());
            Callback::from(move |_: MouseEvent| {
                *keep.borrow_mut() = Some(choice);
                if let Some(form) = form.cast::<web_sys::HtmlFormElement>() {
                    form.request_submit().unwrap_or(());
                }
            })
        };
        let which = fields.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
        html! {
            <div class="attack-form__conflict" role="group" aria-label="Which to keep">
                <p>{ format!("Changed in both tabs: {which}. Everything else from both is kept.") }</p>
                <button type="button" class="button button--primary" onclick={choose(Keep::Mine)}>
                    { "Keep what I typed here" }
                </button>
                <button type="button" class="button" onclick={choose(Keep::Stored)}>
                    { "Keep the other tab's" }
                </button>
            </div>
        }
    });
    let deleted_elsewhere = (draft.id.is_some() && stored.is_none()).then(|| {
        html! {
            { Alert::warning("This headache was deleted in another tab. What you typed here is kept: Save to keep it as an entry \
                 again, or Cancel to let it go.") }
        }
    });
    let stored_problem = diary.problem.clone().map(|problem| {
        let diary = diary.clone();
        html! {
            { Alert::warning(problem.to_string()).dismissable(Callback::from(move |()| diary.dispatch(DiaryMsg::DismissProblem))) }
        }
    });

    html! {
        <div class="page attack-form-page">
            <h1 class="page__title" id="attack-form-title" tabindex="-1">{ title }</h1>
            <p class="attack-form-page__intro">{ subtitle }</p>
            if *kept_notice {
                { Alert::warning(KEPT_THROUGH_LOCK).dismissable({
                    let kept_notice = kept_notice.clone();
                    Callback::from(move |()| kept_notice.set(false))
                }) }
            }
            { for deleted_elsewhere }
            <form class="form attack-form" novalidate=true onsubmit={on_save} aria-labelledby="attack-form-title"
                ref={form.clone()}>
                { attack_times(&AttackTimesProps {
                    start: AttrValue::from(draft.start.clone()),
                    end: AttrValue::from(draft.end.clone()),
                    start_problem: draft.problem_for(Field::Start).map(AttrValue::from),
                    end_problem: draft.problem_for(Field::End).map(AttrValue::from),
                    on_start: send(DraftAction::SetStart),
                    on_end: send(DraftAction::SetEnd),
                    on_over,
                }) }
                { severity_picker(SeverityPickerProps { id: "severity", value: draft.severity, on_change: on_severity }) }
                { choice_chips(ChoiceChipsProps {
                    id: "attack-symptom",
                    legend: "Symptoms with it",
                    hint: Some("Tick all that apply."),
                    chips: symptom_chips,
                    on_toggle: on_symptom,
                    ..ChoiceChipsProps::default()
                }) }
                { attack_medicines(&AttackMedicinesProps {
                    doses: draft.medicines.clone(),
                    quick: (*quick).clone(),
                    quick_time_words: AttrValue::from(quick_time_words),
                    problem: medicine_problem,
                    on_add: on_add_dose,
                    on_change: on_dose,
                    on_remove: on_remove_dose,
                }) }
                { choice_chips(ChoiceChipsProps {
                    id: "attack-location",
                    legend: "Where it hurts",
                    chips: location_chips,
                    on_toggle: on_location,
                    ..ChoiceChipsProps::default()
                }) }
                { choice_chips(ChoiceChipsProps {
                    id: "attack-quality",
                    legend: "What it feels like",
                    chips: quality_chips,
                    on_toggle: on_quality,
                    ..ChoiceChipsProps::default()
                }) }
                { attack_aura(&AttackAuraProps {
                    aura: draft.aura,
                    minutes: AttrValue::from(draft.aura_minutes.clone()),
                    minutes_problem: draft.problem_for(Field::AuraMinutes).map(AttrValue::from),
                    on_no_aura,
                    on_kind: on_aura_kind,
                    on_minutes: send(DraftAction::SetAuraMinutes),
                }) }
                { attack_triggers(&AttackTriggersProps {
                    triggers: draft.triggers,
                    own: draft.own_triggers.clone(),
                    known_own,
                    problem: draft.problem_for(Field::OwnTriggers).map(AttrValue::from),
                    on_trigger,
                    on_own,
                    typed: typed_trigger.clone(),
                }) }
                <fieldset class="fieldset">
                    <legend class="fieldset__legend">{ "Did it stop you doing your usual things?" }</legend>
                    <div class="attack-form__options">
                        { for stopped_options }
                    </div>
                </fieldset>
                <div class="fieldset field attack-form__note">
                    <label class="fieldset__legend" for="attack-note">{ "Note" }</label>
                    <textarea class="field__input attack-form__textarea" id="attack-note" rows="4"
                        value={draft.note.clone()} oninput={on_note}
                        aria-invalid={note_problem.is_some().then_some("true")}
                        aria-describedby="attack-note-count attack-note-error" />
                    <p id="attack-note-count"
                        class={classes!("hint", (note_len > NOTE_MAX_CHARS).then_some("attack-form__count--over"))}>
                        { format!("{note_len} of {NOTE_MAX_CHARS} characters") }
                    </p>
                    <p class="field__error" id="attack-note-error" hidden={note_problem.is_none()}>
                        { note_problem.clone().unwrap_or_default() }
                    </p>
                </div>
                <div class="attack-form__problems">
                    { for form_problem }
                    { for move_doses }
                    { for moved_status }
                    { for conflict_choice }
                    { for stored_problem }
                </div>
                <div class="attack-form__actions">
                    <button type="submit" class="button button--primary attack-form__save">{ "Save" }</button>
                    <button type="button" class="button attack-form__cancel" onclick={on_cancel}>{ "Cancel" }</button>
                </div>
            </form>
            { for delete }
        </div>
    }
}

/// "2 h earlier", "30 min later": how far the headache's start moved.
fn shift_words(moved: chrono::Duration) -> String {
    let minutes = moved.num_minutes().unsigned_abs();
    let amount = match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    };
    let way = if moved < chrono::Duration::zero() {
        "earlier"
    } else {
        "later"
    };
    format!("{amount} {way}")
}

/// A chip callback for an enum list: finds the value whose `code` is the chip's id and sends `make(value, ticked)`.
fn toggle_by_code<T: Copy + 'static>(
    draft: &UseReducerHandle<AttackDraft>,
    all: &'static [T],
    code: fn(T) -> &'static str,
    make: fn(T, bool) -> DraftAction,
) -> Callback<(AttrValue, bool)> {
    let draft = draft.clone();
    Callback::from(move |(id, on): (AttrValue, bool)| {
        if let Some(value) = all.iter().find(|value| code(**value) == id.as_str()) {
            draft.dispatch(make(*value, on));
        }
    })
}

/// Adds own triggers typed on this entry to the person's list, so they are offered next time (while it has room).
fn remember_own_triggers(diary: &DiaryContext, names: &[String]) {
    for name in names {
        let listed = diary.diary.own_triggers();
        let known = listed.iter().any(|existing| same_but_case(existing, name));
        if !known && listed.len() < OWN_TRIGGER_LIST_MAX {
            perform(
                diary,
                DiaryAction::AddOwnTrigger { name: name.clone() },
                None,
            );
        }
    }
}
