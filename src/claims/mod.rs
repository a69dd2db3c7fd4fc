//! Claims: the statements that need a source (figures, charges, other
//! people's intentions, predictions …), for the rule `claims.unattributed`.
//!
//! - [`data`]: the signal lists from `rules/claims/*.yaml` (read as
//!   [`file`] describes; the model's word lists as one [`lexicon`]);
//! - [`scan`]: the signals of one sentence, in one pass over its tokens;
//! - [`facts`]: facts of public record that hold a signal's words;
//! - [`starts`]: which of a sentence's tokens may start a signal;
//! - [`scope`]: whether an attribution covers a claim, and why not;
//! - [`features`]: what the claims model weighs of a sentence, and which
//!   sentences are judged at all;
//! - [`model`]: the claims model, learnt from the shared claim labels;
//! - [`page`]: page structure in body paragraphs (digest items, title
//!   lines, the page speaking of itself), which is no one's claim;
//! - [`polls`]: a poll's account of how it was taken, which names its
//!   own source;
//! - [`speech`]: narration of a public speech, which is public record;
//! - [`thresholds`]: a rule's threshold ("it takes 1,237 delegates to
//!   win"), which is no count to source;
//! - [`writer`]: the writer's own words beside an attribution ("Ruiz,
//!   whose firm lost 30 percent, said …"), which it does not cover;
//! - [`voice`]: whose words a sentence is (someone's own, the writer's of
//!   themselves), before anyone asks whether it claims.

mod candidates;
pub mod data;
mod digits;
pub mod facts;
pub mod features;
mod file;
pub mod lexicon;
pub mod model;
mod more_signals;
pub mod page;
pub mod polls;
pub mod scan;
pub mod scope;
pub mod speech;
pub mod starts;
pub mod thresholds;
pub mod voice;
pub mod writer;

pub use data::Data;
pub use scope::ClaimsScope;

#[cfg(test)]
#[path = "signals_tests.rs"]
mod signals_tests;

#[cfg(test)]
#[path = "signals_rank_tests.rs"]
mod signals_rank_tests;

#[cfg(test)]
#[path = "signals_more_tests.rs"]
mod signals_more_tests;

/// For tests through the whole rule: the findings of
/// `claims.unattributed` on one paragraph (or several, blank lines
/// between) under a headline, with the text they point into.
#[cfg(test)]
pub(crate) fn rule_findings(body: &str) -> (String, Vec<crate::finding::Finding>) {
    use crate::rules::{run_rule, Settings, REGISTRY};
    let rule = REGISTRY
        .iter()
        .find(|r| r.meta().id == "claims.unattributed")
        .expect("the claims rule is registered");
    let text = format!("Head\n\n{body}\n");
    let found = run_rule(*rule, &text, &Settings::default());
    (text, found)
}

/// The words each finding of [`rule_findings`] points at.
#[cfg(test)]
pub(crate) fn flagged_words(body: &str) -> Vec<String> {
    let (text, found) = rule_findings(body);
    found
        .iter()
        .map(|f| f.span.text(&text).to_string())
        .collect()
}
