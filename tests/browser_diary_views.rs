//! Browser tests of the diary's history list and month calendar, mounted inside the real diary provider and
//! router, against a diary seeded in localStorage.
#![cfg(target_arch = "wasm32")]

mod support;

use chrono::{Datelike, Months, NaiveDate, NaiveDateTime, NaiveTime};
use headache_diary::components::diary::calendar::DiaryCalendar;
use headache_diary::components::diary::history::DiaryHistory;
use headache_diary::domain::dates;
use headache_diary::domain::diary::{
    Attack, AttackId, Diary, DiaryAction, MedicineClass, MedicineDose, PainLocation, PainQuality,
    Severity, Symptom,
};
use headache_diary::state::diary::DiaryProvider;
use headache_diary::state::router::RouteProvider;
use headache_diary::storage::{local, Loaded};
use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

#[component]
fn Views() -> Html {
    html! {
        <DiaryProvider>
            <RouteProvider>
                <DiaryHistory />
                // As the diary page passes it with period tracking on (the default).
                <DiaryCalendar track_cycle=true />
            </RouteProvider>
        </DiaryProvider>
    }
}

fn today() -> NaiveDate {
    support::today()
}

/// Day `day` of the month `back` months before this one.
fn day_in(back: u32, day: u32) -> NaiveDate {
    dates::first_of_month(today())
        .checked_sub_months(Months::new(back))
        .and_then(|first| first.with_day(day))
        .expect("a date")
}

fn at(date: NaiveDate, hour: u32) -> NaiveDateTime {
    date.and_time(NaiveTime::from_hms_opt(hour, 0, 0).expect("a time"))
}

/// An ended attack of `hours` hours at `severity`.
fn attack(id: u64, start: NaiveDateTime, hours: i64, severity: u8) -> Attack {
    let mut attack = Attack::new(AttackId(id), start);
    attack.end = Some(start + chrono::Duration::hours(hours));
    attack.severity = Some(Severity::new(severity).expect("severity"));
    attack
}

/// One-sided, throbbing, with nausea: migraine-like by ICHD-3 1.1 C + D.
fn migraine_like(mut attack: Attack) -> Attack {
    attack.location.insert(PainLocation::LeftSide);
    attack.quality.insert(PainQuality::Throbbing);
    attack.symptoms.insert(Symptom::Nausea);
    attack
}

fn apply_all(actions: Vec<DiaryAction>) -> Diary {
    let mut diary = Diary::default();
    let now = support::now();
    for action in actions {
        action.apply(&mut diary, now).expect("seed action applies");
    }
    diary
}

/// Last month: a period from day 1, a severe migraine-like attack with a triptan on day 3 (cycle day 3) and a
/// mild one on day 10; two months ago: a moderate attack on day 5.
fn seed() -> Diary {
    let mut severe = migraine_like(attack(1, at(day_in(1, 3), 8), 9, 7));
    severe.medicines.push(MedicineDose::new(
        "Sumatriptan",
        MedicineClass::Triptan,
        at(day_in(1, 3), 9),
    ));
    let diary = apply_all(vec![
        DiaryAction::TogglePeriodStart { date: day_in(1, 1) },
        DiaryAction::AddAttack { attack: severe },
        DiaryAction::AddAttack {
            attack: attack(2, at(day_in(1, 10), 14), 3, 2),
        },
        DiaryAction::AddAttack {
            attack: attack(3, at(day_in(2, 5), 18), 5, 5),
        },
    ]);
    local::save(&diary).expect("seed saves");
    diary
}

fn stored() -> Diary {
    match local::load::<Diary>() {
        Ok(Loaded::Ready(diary)) => diary,
        other => panic!("expected a stored diary, got {other:?}"),
    }
}

async fn mount() -> (Element, AppHandle<Views>) {
    render::<Views>(()).await
}

async fn finish(root: Element, handle: AppHandle<Views>) {
    handle.destroy();
    yew::scheduler::flush().await;
    root.remove();
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let nodes = root.query_selector_all(selector).expect("query");
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .collect()
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    all(root, selector)
        .iter()
        .map(|element| {
            element
                .text_content()
                .unwrap_or_default()
                .trim()
                .to_string()
        })
        .collect()
}

fn one(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .expect("query")
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .dyn_into::<HtmlElement>()
        .expect("an HTML element")
}

async fn click(element: &HtmlElement) {
    element.click();
    yew::scheduler::flush().await;
}

async fn press(root: &Element, name: &str) {
    let button = button_named(root, name).unwrap_or_else(|| panic!("no button named {name:?}"));
    click(&button).await;
}

fn month_title(date: NaiveDate) -> String {
    date.format("%B %Y").to_string()
}

fn day_button(root: &Element, date: NaiveDate) -> HtmlElement {
    one(root, &format!("#calendar-day-{}", date.format("%Y-%m-%d")))
}

#[wasm_bindgen_test]
async fn history_with_nothing_logged_says_so() {
    reset_page();
    let (root, handle) = mount().await;
    assert!(text_of(&root).contains("No headaches logged yet"));
    finish(root, handle).await;
}

#[wasm_bindgen_test]
async fn history_rows_are_newest_first_under_month_headings() {
    reset_page();
    seed();
    let (root, handle) = mount().await;
    assert_eq!(
        texts(&root, ".history__month-title"),
        vec![month_title(day_in(1, 1)), month_title(day_in(2, 1))]
    );
    let when = texts(&root, ".history-row__when");
    assert_eq!(when.len(), 3);
    assert!(
        when[0].contains(&format!("{} ", day_in(1, 10).day())),
        "{when:?}"
    );
    assert!(
        when[1].contains(&format!("{} ", day_in(1, 3).day())),
        "{when:?}"
    );
    assert!(
        when[2].contains(&format!("{} ", day_in(2, 5).day())),
        "{when:?}"
    );
    let first = texts(&root, ".history-row__link");
    assert!(first[1].contains("7"), "{first:?}");
    assert!(first[1].contains("severe"), "{first:?}");
    assert!(first[1].contains("9 h"), "{first:?}");
    assert!(first[1].contains("Sumatriptan"), "{first:?}");
    assert!(first[1].contains("migraine-like"), "{first:?}");
    finish(root, handle).await;
}

#[wasm_bindgen_test]
async fn history_row_counts_cycle_days_from_one_without_a_day_zero() {
    reset_page();
    seed();
    let (root, handle) = mount().await;
    let rows = texts(&root, ".history-row__link");
    // Period day 1 is the 1st; the attack on the 3rd is cycle day 3.
    assert!(rows[1].contains("cycle day 3"), "{rows:?}");
    finish(root, handle).await;
}

#[wasm_bindgen_test]
async fn history_rows_link_to_their_edit_form() {
    reset_page();
    seed();
    let (root, handle) = mount().await;
    let hrefs: Vec<String> = all(&root, ".history-row__link")
        .iter()
        .filter_map(|link| link.get_attribute("href"))
        .collect();
    assert_eq!(
        hrefs,
        vec!["#/diary/attack/2", "#/diary/attack/1", "#/diary/attack/3"]
    );
    finish(root, handle).await;
}

#[wasm_bindgen_test]
async fn history_filter_migraine_like_hides_other_rows() {
    reset_page();
    seed();
    let (root, handle) = mount().await;
    click(&one(&root, "#history-filter-migraine")).await;
    let when = texts(&root, ".history-row__when");
    assert_eq!(when.len(), 1, "{when:?}");
    assert!(when[0].contains(&format!("{} ", day_in(1, 3).day())));
    assert!(text_of(&root).contains("1 headache of 3 match"));
    // Both filters: the one migraine-like attack had medicine.
    click(&one(&root, "#history-filter-medicine")).await;
    assert_eq!(texts(&root, ".history-row__when").len(), 1);
    // Medicine only: still just that one.
    let migraine = one(&root, "#history-filter-migraine")
        .dyn_into::<HtmlInputElement>()
        .expect("checkbox");
    click(&migraine).await;
    assert!(!migraine.checked());
    assert_eq!(texts(&root, ".history-row__when").len(), 1);
    finish(root, handle).await;
}

#[wasm_bindgen_test]
async fn history_filters_with_no_match_say_so() {
    reset_page();
    let diary = apply_all(vec![DiaryAction::AddAttack {
        attack: attack(7, at(day_in(1, 4), 9), 2, 3),
    }]);
    local::save(&diary).expect("save");
    let (root, handle) = mount().await;
    click(&one(&root, "#history-filter-medicine")).await;
    assert!(text_of(&root).contains("None match these filters"));
    assert!(all(&root, ".history-row").is_empty());
    finish(root, handle).await;
}

#[wasm_bindgen_test]
async fn history_delete_removes_the_attack_from_storage() {
    reset_page();
    seed();
    let (root, handle) = mount().await;
    let name = format!("Delete headache of {}", day_in(1, 10).format("%-d %B"));
    press(&root, &name).await;
    assert!(stored().attack(AttackId(2)).is_none());
    assert_eq!(stored().attacks().len(), 2);
    assert_eq!(texts(&root, ".history-row__when").len(), 2);
    assert!(button_named(&root, &name).is_none());
    finish(root, handle).await;
}

#[wasm_bindgen_test]
async fn history_of_several_headaches_a_day_renders_a_hundred_rows_until_asked() {
    reset_page();
    // Five a day, 1st to 26th of last month: 130 headaches in one month.
    let actions = (1..=26u32)
        .flat_map(|day| {
            (0..5u32).map(move |slot| DiaryAction::AddAttack {
                attack: attack(
                    u64::from(day * 10 + slot),
                    at(day_in(1, day), 2 + 4 * slot),
                    2,
                    4,
                ),
            })
        })
        .collect();
    local::save(&apply_all(actions)).expect("save");
    let (root, handle) = mount().await;
    assert_eq!(texts(&root, ".history-row__when").len(), 100);
    let hint = texts(&root, ".history__more-hint");
    assert_eq!(hint, vec!["30 older headaches".to_string()], "{hint:?}");
    press(&root, "Show older").await;
    assert_eq!(texts(&root, ".history-row__when").len(), 130);
    assert!(button_named(&root, "Show older").is_none());
    finish(root, handle).await;
}

#[wasm_bindgen_test]
async fn history_renders_only_the_newest_months_until_asked() {
    reset_page();
    let actions = (1..=5)
        .map(|back| DiaryAction::AddAttack {
            attack: attack(u64::from(back), at(day_in(back, 2), 10), 2, 4),
        })
        .collect();
    local::save(&apply_all(actions)).expect("save");
    let (root, handle) = mount().await;
    assert_eq!(all(&root, ".history__month").len(), 3);
    press(&root, "Show older").await;
    assert_eq!(all(&root, ".history__month").len(), 5);
    assert!(button_named(&root, "Show older").is_none());
    finish(root, handle).await;
}

#[wasm_bindgen_test]
async fn calendar_starts_at_this_month_and_steps_by_month() {
    reset_page();
    let (root, handle) = mount().await;
    let title = || one(&root, "#calendar-month-title").inner_text();
    assert_eq!(title(), month_title(today()));
    assert_eq!(
        one(&root, "#calendar-month-title")
            .get_attribute("aria-live")
            .as_deref(),
        Some("polite")
    );
    press(&root, "Previous month").await;
    assert_eq!(title(), month_title(day_in(1, 1)));
    press(&root, "Next month").await;
    press(&root, "Next month").await;
    let next = dates::first_of_month(today())
        .checked_add_months(Months::new(1))
        .expect("next month");
    assert_eq!(title(), month_title(next));
    finish(root, handle).await;
}

#[wasm_bindgen_test]
async fn calendar_shows_the_seeded_severity_on_its_day() {
    reset_page();
    seed();
    let (root, handle) = mount().await;
    press(&root, "Previous month").await;
    let day = day_button(&root, day_in(1, 3));
    let class = day.class_name();
    assert!(class.contains("calendar-day--severe"), "{class}");
    assert!(day.inner_text().contains('7'));
    let label = day.get_attribute("aria-label").unwrap_or_default();
    assert!(label.contains("7 – severe"), "{label}");
    assert!(label.contains("medicine taken"), "{label}");
    let mild = day_button(&root, day_in(1, 10)).class_name();
    assert!(mild.contains("calendar-day--mild"), "{mild}");
    let unknown = day_button(&root, day_in(1, 20));
    assert!(unknown.class_name().contains("calendar-day--unknown"));
    assert!(unknown
        .get_attribute("aria-label")
        .unwrap_or_default()
        .contains("nothing logged"));
    finish(root, handle).await;
}

#[wasm_bindgen_test]
async fn calendar_has_one_day_in_the_tab_order_and_today_marked() {
    reset_page();
    let (root, handle) = mount().await;
    let focusable = all(&root, ".calendar-day[tabindex='0']");
    assert_eq!(focusable.len(), 1);
    let today_button = day_button(&root, today());
    assert_eq!(today_button.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(
        today_button.get_attribute("aria-current").as_deref(),
        Some("date")
    );
    finish(root, handle).await;
}

#[wasm_bindgen_test]
async fn calendar_period_toggle_marks_the_day_and_stores_it() {
    reset_page();
    seed();
    let (root, handle) = mount().await;
    press(&root, "Previous month").await;
    let date = day_in(1, 20);
    click(&day_button(&root, date)).await;
    assert_eq!(
        day_button(&root, date)
            .get_attribute("aria-expanded")
            .as_deref(),
        Some("true")
    );
    press(&root, "Period started this day").await;
    assert!(stored().periods().iter().any(|period| period.start == date));
    let label = day_button(&root, date)
        .get_attribute("aria-label")
        .unwrap_or_default();
    assert!(label.contains("period, day 1"), "{label}");
    assert!(day_button(&root, date)
        .class_name()
        .contains("calendar-day--period"));
    // One more tap takes it away again.
    press(&root, "Period started this day").await;
    assert!(!stored().periods().iter().any(|period| period.start == date));
    finish(root, handle).await;
}

#[wasm_bindgen_test]
async fn calendar_day_panel_marks_a_day_headache_free_and_clears_it() {
    reset_page();
    seed();
    let (root, handle) = mount().await;
    press(&root, "Previous month").await;
    let date = day_in(1, 21);
    click(&day_button(&root, date)).await;
    press(&root, "No headache this day").await;
    assert!(stored().day_note(date).is_some());
    let button = day_button(&root, date);
    assert!(button.class_name().contains("calendar-day--free"));
    assert!(button
        .get_attribute("aria-label")
        .unwrap_or_default()
        .contains("no headache"));
    press(&root, "No headache this day").await;
    assert!(stored().day_note(date).is_none());
    assert!(day_button(&root, date)
        .class_name()
        .contains("calendar-day--unknown"));
    finish(root, handle).await;
}

#[wasm_bindgen_test]
async fn calendar_day_panel_links_to_the_days_attacks() {
    reset_page();
    seed();
    let (root, handle) = mount().await;
    press(&root, "Previous month").await;
    click(&day_button(&root, day_in(1, 3))).await;
    let links: Vec<String> = all(&root, ".day-panel__attack")
        .iter()
        .filter_map(|link| link.get_attribute("href"))
        .collect();
    assert_eq!(links, vec!["#/diary/attack/1"]);
    // A day with an attack offers no "No headache this day".
    assert!(button_named(&root, "No headache this day").is_none());
    finish(root, handle).await;
}

#[wasm_bindgen_test]
async fn history_of_a_ten_year_diary_renders_only_the_newest_months() {
    reset_page();
    let start = today()
        .checked_sub_days(chrono::Days::new(3650))
        .expect("a start");
    let diary = headache_diary::domain::diary::generate_sample_diary(7, start, 3650);
    assert!(diary.attacks().len() > 1000);
    local::save(&diary).expect("save");
    let began = js_sys::Date::now();
    let (root, handle) = mount().await;
    // A diary this long is read just after the first paint (`storage::diary::read_after_first_paint`).
    after_next_paint().await;
    let took = js_sys::Date::now() - began;
    assert_eq!(all(&root, ".history__month").len(), 3);
    let rows = all(&root, ".history-row").len();
    assert!(rows < 60, "{rows} rows rendered");
    web_sys::console::log_1(
        &format!(
            "ten-year diary: {} attacks, history + calendar mounted in {took} ms, {rows} rows",
            diary.attacks().len()
        )
        .into(),
    );
    // Filtering recomputes once over every attack and stays quick.
    let began = js_sys::Date::now();
    click(&one(&root, "#history-filter-migraine")).await;
    let filtered = js_sys::Date::now() - began;
    web_sys::console::log_1(&format!("migraine-like filter applied in {filtered} ms").into());
    assert!(filtered < 1000.0, "filter took {filtered} ms");
    finish(root, handle).await;
}
