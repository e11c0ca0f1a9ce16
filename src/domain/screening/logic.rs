//! Three-valued (Kleene) logic over answers: a fact is known true, known false, or unknown ("not sure" or not
//! answered). Rules combine facts with it so that an unknown never silently becomes a "no".

use super::answers::{Quantity, Reply};

/// A fact about the person: known true, known false, or unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tri {
    Yes,
    No,
    Unknown,
}

impl Tri {
    pub(crate) fn from_bool(value: bool) -> Tri {
        if value {
            Tri::Yes
        } else {
            Tri::No
        }
    }

    /// A yes/no answer; "not sure" and unanswered are both unknown.
    pub(crate) fn reply(reply: Option<Reply>) -> Tri {
        match reply {
            Some(Reply::Yes) => Tri::Yes,
            Some(Reply::No) => Tri::No,
            Some(Reply::NotSure) | None => Tri::Unknown,
        }
    }

    /// A number tested against a predicate; "not sure" and unanswered are unknown.
    pub(crate) fn number(quantity: Option<Quantity>, test: impl Fn(u32) -> bool) -> Tri {
        match quantity {
            Some(Quantity::Known(n)) => Tri::from_bool(test(n)),
            Some(Quantity::NotSure) | None => Tri::Unknown,
        }
    }

    pub(crate) fn and(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::No, _) | (_, Tri::No) => Tri::No,
            (Tri::Yes, Tri::Yes) => Tri::Yes,
            _ => Tri::Unknown,
        }
    }

    pub(crate) fn or(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::Yes, _) | (_, Tri::Yes) => Tri::Yes,
            (Tri::No, Tri::No) => Tri::No,
            _ => Tri::Unknown,
        }
    }

    pub(crate) fn not(self) -> Tri {
        match self {
            Tri::Yes => Tri::No,
            Tri::No => Tri::Yes,
            Tri::Unknown => Tri::Unknown,
        }
    }

    pub(crate) fn all(facts: &[Tri]) -> Tri {
        facts.iter().fold(Tri::Yes, |acc, fact| acc.and(*fact))
    }

    pub(crate) fn any(facts: &[Tri]) -> Tri {
        facts.iter().fold(Tri::No, |acc, fact| acc.or(*fact))
    }

    /// "At least `needed` of these": known true if enough are already true, known false if even every unknown
    /// turning out true would not be enough.
    pub(crate) fn at_least(needed: usize, facts: &[Tri]) -> Tri {
        let yes = facts.iter().filter(|fact| **fact == Tri::Yes).count();
        let unknown = facts.iter().filter(|fact| **fact == Tri::Unknown).count();
        if yes >= needed {
            Tri::Yes
        } else if yes + unknown < needed {
            Tri::No
        } else {
            Tri::Unknown
        }
    }

    /// "At most `allowed` of these": the mirror of [`Tri::at_least`].
    pub(crate) fn at_most(allowed: usize, facts: &[Tri]) -> Tri {
        let yes = facts.iter().filter(|fact| **fact == Tri::Yes).count();
        let unknown = facts.iter().filter(|fact| **fact == Tri::Unknown).count();
        if yes + unknown <= allowed {
            Tri::Yes
        } else if yes > allowed {
            Tri::No
        } else {
            Tri::Unknown
        }
    }

    pub(crate) fn is_unknown(self) -> bool {
        self == Tri::Unknown
    }
}

/// Whether any of these inputs was "not sure" or unanswered; used to lower confidence honestly.
pub(crate) fn any_unknown(facts: &[Tri]) -> bool {
    facts.iter().any(|fact| fact.is_unknown())
}

#[cfg(test)]
mod tests {
    use super::Tri;

    #[test]
    fn at_least_with_unknowns_stays_unknown_until_decided() {
        assert_eq!(
            Tri::at_least(2, &[Tri::Yes, Tri::Unknown, Tri::No]),
            Tri::Unknown
        );
        assert_eq!(
            Tri::at_least(2, &[Tri::Yes, Tri::Yes, Tri::Unknown]),
            Tri::Yes
        );
        assert_eq!(Tri::at_least(2, &[Tri::Yes, Tri::No, Tri::No]), Tri::No);
    }

    #[test]
    fn at_most_with_unknowns_stays_unknown_until_decided() {
        assert_eq!(Tri::at_most(1, &[Tri::Yes, Tri::Unknown]), Tri::Unknown);
        assert_eq!(Tri::at_most(1, &[Tri::Yes, Tri::No]), Tri::Yes);
        assert_eq!(Tri::at_most(1, &[Tri::Yes, Tri::Yes]), Tri::No);
    }
}
