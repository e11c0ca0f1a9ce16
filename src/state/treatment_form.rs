//! The treatment form's fields as typed, and their reading into a [`PreventiveTrial`]: every field a person can
//! leave empty except the name and the kind; anything that cannot be read is a [`TreatmentFormError`] naming the
//! field, so the form can say it beside that field and keep what was typed.

use crate::domain::diary::{
    class_of_common, DiaryError, PreventiveClass, PreventiveTrial, TextField, TrialId,
    TrialOutcome, YearMonth,
};

/// What the form holds, as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TreatmentFields {
    /// The id of the row being edited; `None` for a new one.
    pub editing: Option<TrialId>,
    /// The medicine's name.
    pub name: String,
    /// Its kind; `None` until picked (a common name picks it).
    pub class: Option<PreventiveClass>,
    /// "2025-03" from a month field, or empty.
    pub from: String,
    /// "2025-09", or empty.
    pub to: String,
    /// Still taking it.
    pub still_taking: bool,
    /// The dose in the person's words.
    pub dose: String,
    /// How it went.
    pub outcome: Option<TrialOutcome>,
    /// How many months it was taken, as typed (used when the months are not given).
    pub months: String,
    /// Whether the dose was as prescribed (`None`: not sure or not answered).
    pub as_prescribed: Option<bool>,
}

/// Which field could not be read, and why: the form shows it beside that field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TreatmentFormError {
    /// No name.
    #[error("Give the treatment's name, or pick one from the list.")]
    NoName,
    /// No kind.
    #[error("Choose what kind of treatment it is (\"Other\" if you are not sure).")]
    NoClass,
    /// A month that is not a month.
    #[error(
        "\"{0}\" is not a month. Use the month picker, or type it as year and month, like 2025-03."
    )]
    BadMonth(String),
    /// A month count that is not a whole number.
    #[error("\"{0}\" is not a number of months. Type a whole number, like 4, or leave it empty.")]
    BadMonths(String),
    /// A start month after this month.
    #[error("{0} has not come yet. Choose this month or an earlier one.")]
    MonthInFuture(String),
    /// Read, but the diary's rules refuse it (a stop before the start, a text too long).
    #[error("{0}")]
    Refused(DiaryError),
}

impl TreatmentFormError {
    /// The HTML id of the field the error is about, so the form can point at it.
    pub fn field_id(&self) -> &'static str {
        match self {
            TreatmentFormError::NoName => "treatment-name",
            TreatmentFormError::NoClass => "treatment-class",
            TreatmentFormError::BadMonth(_) | TreatmentFormError::MonthInFuture(_) => {
                "treatment-from"
            }
            TreatmentFormError::BadMonths(_) => "treatment-months",
            TreatmentFormError::Refused(refusal) => match refusal {
                DiaryError::TreatmentStopsBeforeStart { .. } => "treatment-to",
                DiaryError::TreatmentMonthsOutOfRange(_) => "treatment-months",
                DiaryError::TextTooLong {
                    field: TextField::Dose,
                    ..
                } => "treatment-dose",
                _ => "treatment-name",
            },
        }
    }
}

impl TreatmentFields {
    /// The fields of an existing row, for editing.
    pub fn of(trial: &PreventiveTrial) -> TreatmentFields {
        TreatmentFields {
            editing: Some(trial.id),
            name: trial.name.clone(),
            class: Some(trial.class),
            from: trial.from.map(|m| m.to_string()).unwrap_or_default(),
            to: trial.to.map(|m| m.to_string()).unwrap_or_default(),
            still_taking: trial.still_taking,
            dose: trial.dose.clone(),
            outcome: trial.outcome,
            months: trial
                .months_taken
                .map(|m| m.to_string())
                .unwrap_or_default(),
            as_prescribed: trial.dose_as_prescribed,
        }
    }

    /// Picks a common name: fills in the name and its kind.
    pub fn pick_common(&mut self, name: &str) {
        self.name = name.to_string();
        if let Some(class) = class_of_common(name) {
            self.class = Some(class);
        }
    }

    /// Reads the fields into a trial with `new_id` (or the edited row's id), checked against the diary's rules.
    /// `this_month` bounds the months.
    pub fn read(
        &self,
        new_id: TrialId,
        this_month: YearMonth,
    ) -> Result<PreventiveTrial, TreatmentFormError> {
        if self.name.trim().is_empty() {
            return Err(TreatmentFormError::NoName);
        }
        let class = self.class.ok_or(TreatmentFormError::NoClass)?;
        let month = |text: &str| -> Result<Option<YearMonth>, TreatmentFormError> {
            let text = text.trim();
            if text.is_empty() {
                return Ok(None);
            }
            let month =
                YearMonth::parse(text).ok_or_else(|| TreatmentFormError::BadMonth(text.into()))?;
            if month > this_month {
                return Err(TreatmentFormError::MonthInFuture(month.label()));
            }
            Ok(Some(month))
        };
        let months = self.months.trim();
        let months_taken = if months.is_empty() {
            None
        } else {
            Some(
                months
                    .parse::<u32>()
                    .map_err(|_| TreatmentFormError::BadMonths(months.into()))?,
            )
        };
        let trial = PreventiveTrial {
            id: self.editing.unwrap_or(new_id),
            name: self.name.trim().to_string(),
            class,
            from: month(&self.from)?,
            to: if self.still_taking {
                None
            } else {
                month(&self.to)?
            },
            still_taking: self.still_taking,
            dose: self.dose.trim().to_string(),
            outcome: self.outcome,
            months_taken,
            dose_as_prescribed: self.as_prescribed,
        };
        trial.validate().map_err(TreatmentFormError::Refused)?;
        Ok(trial)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn this_month() -> YearMonth {
        YearMonth::new(2026, 12).unwrap()
    }

    #[test]
    fn picking_a_common_name_fills_its_kind_and_reads_with_nothing_else() {
        let mut fields = TreatmentFields::default();
        fields.pick_common("Topiramate");
        fields.outcome = Some(TrialOutcome::SideEffects);
        let trial = fields.read(TrialId(4), this_month()).unwrap();
        assert_eq!(trial.class, PreventiveClass::Antiepileptic);
        assert_eq!(trial.id, TrialId(4));
        assert_eq!(trial.from, None);
    }

    #[test]
    fn missing_name_kind_and_unreadable_months_are_named() {
        let mut fields = TreatmentFields::default();
        assert_eq!(
            fields.read(TrialId(1), this_month()),
            Err(TreatmentFormError::NoName)
        );
        fields.name = "Riboflavin".into();
        assert_eq!(
            fields.read(TrialId(1), this_month()),
            Err(TreatmentFormError::NoClass)
        );
        fields.class = Some(PreventiveClass::Other);
        fields.from = "March".into();
        let error = fields.read(TrialId(1), this_month()).unwrap_err();
        assert_eq!(error.field_id(), "treatment-from");
        fields.from = "2027-01".into();
        assert_eq!(
            fields.read(TrialId(1), this_month()),
            Err(TreatmentFormError::MonthInFuture("January 2027".into()))
        );
        fields.from = "2026-01".into();
        fields.months = "three".into();
        assert_eq!(
            fields.read(TrialId(1), this_month()),
            Err(TreatmentFormError::BadMonths("three".into()))
        );
        fields.months = String::new();
        fields.to = "2025-06".into();
        let refused = fields.read(TrialId(1), this_month()).unwrap_err();
        assert_eq!(refused.field_id(), "treatment-to");
        assert_eq!(
            refused.to_string(),
            "The treatment cannot stop (June 2025) before it started (January 2026). Check both months."
        );
    }

    #[test]
    fn still_taking_drops_the_stop_month_and_an_edit_keeps_its_id() {
        let mut fields = TreatmentFields {
            editing: Some(TrialId(9)),
            name: "Erenumab".into(),
            class: Some(PreventiveClass::CgrpPathway),
            from: "2026-02".into(),
            to: "2026-05".into(),
            still_taking: true,
            ..TreatmentFields::default()
        };
        let trial = fields.read(TrialId(1), this_month()).unwrap();
        assert_eq!(trial.id, TrialId(9));
        assert_eq!(trial.to, None);
        fields.still_taking = false;
        assert_eq!(
            TreatmentFields::of(&fields.read(TrialId(1), this_month()).unwrap()),
            fields
        );
    }
}
