//! What a compiled pack rule matches with: one matcher per kind of rule,
//! its regexes built once. Split from `compile.rs`, which builds them.

use super::prefilter::Prefilter;
use super::regex::build;
use regex::Regex;
use std::sync::OnceLock;

#[derive(Debug)]
pub(crate) enum Matcher {
    Existence {
        re: Regex,
        /// Passes over views that cannot hold a match.
        pre: Option<Prefilter>,
        except: Option<Regex>,
    },
    Substitution {
        re: Regex,
        pre: Option<Prefilter>,
        /// Per swap entry: its capture group in `re`, its own regex (for
        /// `$1` in the replacement) and the replacement.
        swaps: Vec<Swap>,
        capitalize: bool,
        /// `action: replace` with no params: Vale lists the choices quoted.
        quote_choices: bool,
        except: Option<Regex>,
    },
    Consistency {
        /// One regex per pair, groups 1 and 2 for its two spellings.
        pairs: Vec<Regex>,
    },
    Occurrence {
        re: Regex,
        max: Option<usize>,
        min: Option<usize>,
    },
    Capitalization {
        test: CapTest,
        except: Vec<String>,
        indicators: Vec<String>,
        threshold: f64,
        prefix: Option<Regex>,
    },
    Conditional {
        first: Regex,
        second: Regex,
        except: Option<Regex>,
    },
    Repetition {
        re: Regex,
        except: Option<Regex>,
        max: usize,
        alpha: bool,
        ignorecase: bool,
    },
    AttributionRequired {
        re: Regex,
        pre: Option<Prefilter>,
        except: Option<Regex>,
    },
}

#[derive(Debug)]
pub(crate) struct Swap {
    pub group: usize,
    /// The entry's own regex, for a replacement that holds `$` (others
    /// need none).
    pub re: Option<Regex>,
    pub replacement: String,
    /// The replacement as a whole-match regex, built at its first use
    /// (most rules never get that far): a match it already fits is not
    /// reported (as in Vale, where replacements may be patterns).
    pub(super) fits: OnceLock<Option<Regex>>,
    /// The replacement holds nothing a regex reads specially.
    pub(super) literal: bool,
}

impl Swap {
    /// Whether `observed` is already one the replacement allows.
    pub fn fits(&self, observed: &str) -> bool {
        // A replacement with nothing a regex reads specially matches only
        // itself: a whole line of `observed`, as `^` and `$` match at line
        // ends (multi-line mode). Most replacements are plain words.
        if self.literal {
            return observed.split('\n').any(|line| line == self.replacement);
        }
        let fits = self.fits.get_or_init(|| {
            (!self.replacement.contains('$'))
                .then(|| build(&format!("^(?:{})$", self.replacement), false).ok())
                .flatten()
        });
        fits.as_ref().is_some_and(|re| re.is_match(observed))
    }
}

#[derive(Debug)]
pub(crate) enum CapTest {
    Title,
    Sentence,
    Lower,
    Upper,
    Pattern(Regex),
}

impl CapTest {
    pub fn label(&self) -> &'static str {
        match self {
            CapTest::Title => "title case",
            CapTest::Sentence => "sentence case",
            CapTest::Lower => "lower case",
            CapTest::Upper => "upper case",
            CapTest::Pattern(_) => "the required pattern",
        }
    }
}

#[cfg(test)]
#[path = "matcher_tests.rs"]
mod tests;
