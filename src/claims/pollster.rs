//! A poll named with its pollster in the claim's own sentence, where the
//! attribution grammar finds no source: "Bush took just 6 percent in a
//! Harbor Institute poll released Sunday" (the figure placed in a named
//! poll), "polls by Tidewater University that showed Ruiz ahead in three
//! states" (a poll that speaks, its pollster between). An unnamed "in the
//! polls" stays the writer's, as the claim labels read it.

use super::Scope;
use crate::claims::data::Lexicon;
use crate::model::{Token, TokenKind};
use crate::span::Span;

/// How many tokens a pollster's name may have ("the Washington Post-ABC
/// News" is seven: words and the hyphen).
const NAME_TOKENS: usize = 8;

/// The words that place a figure in a named poll: "6 percent in a Harbor
/// poll", "up four points since the last Harbor poll", "up from 30
/// percent in a Harbor survey" (the last two compare with the pollster's
/// own earlier figure).
const PLACING: [&str; 3] = ["in", "since", "from"];

/// A token of a pollster's name: a capitalised word, or the hyphen,
/// slash or ampersand inside one ("Post-ABC", "YouGov/Economist", "Shaw &
/// Company").
fn in_name(t: &Token, text: &str) -> bool {
    (t.is_word() && t.text(text).starts_with(|c: char| c.is_uppercase()))
        || matches!(t.kind(), TokenKind::Punct('-' | '/' | '&'))
}

impl Scope<'_, '_> {
    /// Does the poll word at `k` name its pollster so that it covers the
    /// claim `hit`? After "in" and a pollster's name, when the claim is a
    /// figure ("6 percent … in a Harbor Institute poll"); or before "by",
    /// the pollster's name, perhaps "that" or "which" and a verb by which a
    /// document speaks ("polls by Tidewater University that showed").
    pub(super) fn named_poll(&self, toks: &[Token], k: usize, hit: Span) -> bool {
        let one = self
            .data
            .polls
            .named_in
            .contains_token(toks[k], self.doc.text.as_bytes());
        (one && self.placed_in(toks, k) && self.figure_in(toks, hit)) || self.speaks_by(toks, k)
    }

    /// "in a Harbor Institute poll", "in the latest Tidewater survey": the
    /// poll word at `k` after "in", perhaps a determiner or a modifier
    /// (`rules/claims/<lang>.polls.yaml`), and a pollster's name of at
    /// least one capitalised word. "since" and "from" place a change in
    /// the pollster's series ("up four points since the last Harbor
    /// poll", "up from a Harbor survey in May").
    fn placed_in(&self, toks: &[Token], k: usize) -> bool {
        let text = self.doc.text;
        let bytes = text.as_bytes();
        let polls = &self.data.polls;
        let mut j = k;
        let mut named = false;
        while j > 0 && k - j < NAME_TOKENS {
            let t = &toks[j - 1];
            if t.is_word() && PLACING.iter().any(|p| t.text(text).eq_ignore_ascii_case(p)) {
                return named;
            }
            if in_name(t, text) {
                named |= t.is_word();
            } else if !(polls.openers.contains_token(*t, bytes)
                || polls.modifiers.contains_token(*t, bytes))
            {
                return false;
            }
            j -= 1;
        }
        false
    }

    /// "polls by Tidewater University that showed …", "a survey by the
    /// Harbor Institute found …": the poll word at `k`, "by", perhaps
    /// "the", a pollster's name, perhaps "that" or "which" and an
    /// auxiliary of the perfect, then one of `document_verbs`.
    fn speaks_by(&self, toks: &[Token], k: usize) -> bool {
        let text = self.doc.text;
        let bytes = text.as_bytes();
        let is = |j: usize, w: &str| {
            toks.get(j)
                .is_some_and(|t| t.is_word() && t.text(text).eq_ignore_ascii_case(w))
        };
        if !is(k + 1, "by") {
            return false;
        }
        let mut j = k + 2 + usize::from(is(k + 2, "the"));
        let start = j;
        while j < toks.len() && j - start < NAME_TOKENS && in_name(&toks[j], text) {
            j += 1;
        }
        if j == start {
            return false;
        }
        j += usize::from(is(j, "that") || is(j, "which"));
        j += usize::from(
            toks.get(j)
                .is_some_and(|t| self.data.lexicon.of(*t, bytes) & Lexicon::PERFECT != 0),
        );
        toks.get(j)
            .is_some_and(|t| self.data.document_verbs.contains_token(*t, bytes))
    }

    /// Does the claim `hit` hold a figure: a number, in digits or a small
    /// number's word ("rose three points"), a percent sign, or a word of
    /// shares ("percent", "percentage")?
    fn figure_in(&self, toks: &[Token], hit: Span) -> bool {
        let bytes = self.doc.text.as_bytes();
        toks.iter()
            .filter(|t| t.span.start >= hit.start && t.span.end <= hit.end)
            .any(|t| {
                t.kind() == TokenKind::Number
                    || t.is_punct('%')
                    || self.data.lexicon.of(*t, bytes) & Lexicon::PERCENT != 0
                    || (t.is_word() && self.data.facts.number_word(t.text(self.doc.text)))
            })
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::flagged_words;

    #[test]
    fn a_figure_in_a_named_poll_is_the_polls() {
        for s in [
            "Mayor Ruiz took just 6 percent in a Harbor Institute poll released Sunday.",
            "Lee drew 41 percent of the vote in the latest Tidewater-Gazette survey.",
            // The most recent or last of the pollster's series, and a
            // change since it; a count in words.
            "Lee was at 25 percent support in the most recent Harbor poll.",
            "Lee's support rose four percentage points since the last Harbor national poll.",
            "Ruiz rose three points in the Tidewater survey, to 29.",
            "This week's survey follows polls by Tidewater University that showed Lee ahead in three wards.",
        ] {
            assert!(flagged_words(s).is_empty(), "{s}: {:?}", flagged_words(s));
        }
    }

    #[test]
    fn an_unnamed_poll_or_a_claim_other_than_a_figure_stays_the_writers() {
        for s in [
            // No pollster named: the writer's reading of the polls.
            "Mayor Ruiz has hovered near 10 percent in the polls for a month.",
            "Mayor Ruiz took just 6 percent in a poll released Sunday.",
            "Lee drew 30 percent in the Tidewater polls last month.",
            "Lee has gained four points since the last poll.",
            "Lee has gained three points since the storm hit Harbor County.",
            // A forecast is no figure the poll gave.
            "Lee led in a Harbor Institute poll, and Ruiz will probably quit the race.",
            // "by" with no verb of a document after the name.
            "Polls by Tidewater University are paid for by the county, which spent $40,000.",
        ] {
            assert!(!flagged_words(s).is_empty(), "{s}");
        }
    }
}
