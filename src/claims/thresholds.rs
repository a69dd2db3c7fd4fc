//! A rule's threshold, which the figure signal does not count: "It takes
//! 1,237 delegates to win the nomination", "the 2,383 needed to clinch".
//! The rules of a contest are public record; a count someone still lacks
//! ("Ruiz needs 67 delegates to clinch") is the writer's reckoning and
//! still counts. The lists are `rules/claims/<lang>.thresholds.yaml`.

use crate::attribution::WordSet;
use serde::Deserialize;

/// A `rules/claims/<lang>.thresholds.yaml` file, as read.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThresholdsFile {
    /// Verbs before the number when "to" follows it ("takes").
    takes: Vec<String>,
    /// Words before the number when one of `needed` follows it ("the").
    before_needed: Vec<String>,
    /// Words after the number, or after it and one word ("needed").
    needed: Vec<String>,
}

/// The lists of [`ThresholdsFile`], as sets.
#[derive(Debug, Clone, Default)]
pub struct Thresholds {
    takes: WordSet,
    before_needed: WordSet,
    needed: WordSet,
}

impl Thresholds {
    pub fn from_yaml(path: &str, text: &str) -> Result<Thresholds, crate::error::Error> {
        let f: ThresholdsFile =
            serde_yaml::from_str(text).map_err(|e| crate::error::Error::from_yaml(path, e))?;
        Ok(Thresholds {
            takes: WordSet::new(&f.takes),
            before_needed: WordSet::new(&f.before_needed),
            needed: WordSet::new(&f.needed),
        })
    }

    /// Is a number a threshold, given the word before it and the two
    /// words after it (`None` where a token other than a word stands)?
    /// "takes" before it and "to" after it or after one word ("takes
    /// 2,383 to win", "takes 1,237 delegates to win"); or "the" (or "of")
    /// before it and "needed" after it or after one word ("the 1,237
    /// delegates needed").
    pub fn holds(&self, before: Option<&str>, next: Option<&str>, after: Option<&str>) -> bool {
        let is_to = |w: Option<&str>| w.is_some_and(|w| w.eq_ignore_ascii_case("to"));
        let needed = |w: Option<&str>| w.is_some_and(|w| self.needed.contains(w));
        let Some(before) = before else {
            return false;
        };
        (self.takes.contains(before) && (is_to(next) || is_to(after)))
            || (self.before_needed.contains(before) && (needed(next) || needed(after)))
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::flagged_words;

    #[test]
    fn a_rules_threshold_is_no_figure() {
        for s in [
            "It takes 1,237 delegates to win the nomination of the Harbor Party.",
            "It takes 2,383 to win.",
            "Ruiz is closing in on the 1,237 delegates needed to win the nomination.",
        ] {
            assert!(flagged_words(s).is_empty(), "{s}: {:?}", flagged_words(s));
        }
    }

    #[test]
    fn a_count_still_lacking_or_won_is_a_figure() {
        for (s, at) in [
            ("Ruiz needs 67 delegates to clinch the nomination.", "67"),
            ("Ruiz has won 758 delegates since March.", "758"),
            (
                "The levy took 40 percent of the harbor budget.",
                "40 percent",
            ),
        ] {
            assert!(
                flagged_words(s).iter().any(|w| w == at),
                "{s}: {:?}",
                flagged_words(s)
            );
        }
    }
}
