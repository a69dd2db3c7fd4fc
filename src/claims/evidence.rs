//! A general claim that opens its paragraph, and the sentence right after
//! it that gives the data for it from a named poll, survey or report
//! ("But the president is widely popular among Democrats. An average of 81
//! percent of Democrats approve of him, according to a polling average.").
//! The claim labels read such a paragraph as one sourced statement: the
//! data's source plainly states the same claim. One person's quotation as
//! an example does not (the guideline's convention), so only data counts:
//! a figure, given by a data source's word ("survey", "reports show") or
//! by a verb of finding with a source ("Pew found that …").

use super::Scope;
use crate::model::TokenKind;
use crate::span::Span;

/// How many sentences of figures a poll's or report's list may run
/// after the sentence that names it and still be its (a poll's findings
/// take a few sentences, not a page).
const FIGURE_RUN: usize = 8;

impl<'a> Scope<'a, '_> {
    /// The source of the data that covers the claim `hit` of sentence
    /// `si`: the next sentence's, when `si` opens its paragraph (see the
    /// module's comment), or, when the claim is itself a figure, the one a
    /// sentence before it in the paragraph names, when every sentence from
    /// there to `si` gives figures ("The new poll shows Ruiz far ahead.
    /// She draws 41 percent. Lee is second at 12 percent."): a poll's
    /// numbers listed after the sentence that names it are that poll's, as
    /// the claim labels read a paragraph. What the writer draws from them
    /// ("That makes him more popular than …") stays the writer's.
    pub(super) fn evidence(&self, si: usize, hit: Option<Span>) -> Option<Span> {
        let doc = self.doc;
        let block = &doc.blocks[doc.sentences[si].block as usize];
        let first = block.sentences.start as usize;
        let next = si + 1;
        if si == first {
            if next >= block.sentences.end as usize || !self.figure(next) {
                return None;
            }
            return self.data_given(next);
        }
        let s = &doc.sentences[si];
        let counts = hit.is_some_and(|h| {
            doc.tokens[s.tokens.start as usize..s.tokens.end as usize]
                .iter()
                .filter(|t| t.span.start >= h.start && t.span.end <= h.end)
                .any(|t| self.counts(t))
        });
        if !counts {
            return None;
        }
        // Back to the sentence that names the data, through figures only,
        // at most `FIGURE_RUN` sentences: each claim walks on its own, and
        // a paragraph of thousands of figures with no source would make
        // the walks together grow with its square.
        for k in (first.max(si.saturating_sub(FIGURE_RUN))..si).rev() {
            if let Some(source) = self.data_given(k) {
                return Some(source);
            }
            if !self.figure(k) {
                return None;
            }
        }
        None
    }

    /// Does sentence `k` give a figure?
    fn figure(&self, k: usize) -> bool {
        let s = &self.doc.sentences[k];
        self.doc.tokens[s.tokens.start as usize..s.tokens.end as usize]
            .iter()
            .any(|t| self.counts(t))
    }

    /// Is token `t` a figure's: a number, a percent sign, or "percent"
    /// after a number word ("seven percent")?
    fn counts(&self, t: &crate::model::Token) -> bool {
        t.kind() == TokenKind::Number
            || t.is_punct('%')
            || (t.is_word() && t.text(self.doc.text).eq_ignore_ascii_case("percent"))
    }

    /// The source of sentence `k` when it is attributed data: a data
    /// source's word with an attribution or a verb of reporting ("…,
    /// according to a polling average", "new fundraising reports show",
    /// "In a survey, …"), or a verb of finding with a source ("Pew found
    /// that …").
    fn data_given(&self, k: usize) -> Option<Span> {
        let doc = self.doc;
        let s = &doc.sentences[k];
        let toks = &doc.tokens[s.tokens.start as usize..s.tokens.end as usize];
        let text = doc.text;
        let data_word = toks
            .iter()
            .find(|t| t.is_word() && self.data.data_sources.contains(t.text(text)));
        let mut c = super::Coverage::default();
        self.same_sentence(k, None, &mut c);
        // A verb of finding with a source: "Pew found that …".
        let finding = self.attrs(k).find(|a| {
            let cue = a.cue.text(text);
            let head = cue.split_whitespace().next().unwrap_or(cue);
            a.source.is_some() && self.attr.findings.contains(head)
        });
        if let Some(a) = finding {
            return a.source;
        }
        match (c.sentence, data_word) {
            // "…, according to a polling average."
            (Some(a), Some(w)) => Some(a.source.unwrap_or(w.span)),
            // "…, new fundraising reports show.", "In a survey, …".
            (None, Some(w)) if c.says => Some(w.span),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::{run_rule, Settings, REGISTRY};

    /// The lines (1-based) of the claims findings on `body`, under `scope`.
    fn lines(body: &str, scope: &str) -> Vec<usize> {
        let rule = REGISTRY
            .iter()
            .find(|r| r.meta().id == "claims.unattributed")
            .expect("the claims rule is registered");
        let mut settings = Settings::default();
        settings.options.insert(
            "claims.unattributed".into(),
            [("scope".to_string(), scope.to_string())].into(),
        );
        let text = format!("Head\n\n{body}\n");
        run_rule(*rule, &text, &settings)
            .iter()
            .map(|f| text[..f.span.start as usize].matches('\n').count() + 1)
            .collect()
    }

    const FIGURE: &str = "The harbor levy raised $4 million in its first year.";

    #[test]
    fn data_from_a_named_report_right_after_covers_the_opening_claim() {
        let body = format!(
            "{FIGURE} More than 60 percent of that money came from cruise lines, county budget reports show."
        );
        assert!(lines(&body, "paragraph").is_empty(), "{body}");
        let body = format!(
            "{FIGURE} In a Tidewater Institute survey, 58 percent of residents backed keeping it."
        );
        assert!(lines(&body, "paragraph").is_empty(), "{body}");
    }

    #[test]
    fn a_person_or_no_figure_or_sentence_scope_leaves_it_unsourced() {
        // One person's figure is an example, not the data.
        let body = format!("{FIGURE} Mayor Ada Ruiz said 30 schools would share the money.");
        assert_eq!(lines(&body, "paragraph"), vec![3], "{body}");
        // A report with no figure gives no data for it.
        let body = format!("{FIGURE} Budget reports show the money went to the docks.");
        assert_eq!(lines(&body, "paragraph"), vec![3], "{body}");
        // The strict setting asks a source of the claim's own sentence.
        let body = format!(
            "{FIGURE} More than 60 percent of that money came from cruise lines, county budget reports show."
        );
        assert_eq!(lines(&body, "sentence"), vec![3], "{body}");
    }

    #[test]
    fn figures_listed_after_the_sentence_naming_their_poll_are_its() {
        let poll = "A new Tidewater Institute poll shows Ruiz far ahead of the field.";
        let body =
            format!("{poll} Ruiz draws 41 percent of likely voters. Lee is second at 12 percent.");
        assert!(lines(&body, "paragraph").is_empty(), "{body}");
        // Number words count too; what the writer draws from the figures
        // stays the writer's.
        let body = format!("{poll} Lee is second at seven percent.");
        assert!(lines(&body, "paragraph").is_empty(), "{body}");
        let body = format!("{poll} That makes Ruiz far more popular than Lee was in 2012.");
        assert_eq!(lines(&body, "paragraph"), vec![3], "{body}");
        // Sentence scope asks a source of the figure's own sentence.
        assert!(!lines(&body, "sentence").is_empty(), "{body}");
        // A sentence without figures between breaks the list: the writer
        // speaks again.
        let body = format!(
            "{poll}\n\nThe race has changed since the spring.\n\nLee is second at 12 percent."
        );
        assert!(lines(&body, "paragraph").contains(&7), "{body}");
        let body = format!("{poll} The race has turned. Lee is second at 12 percent.");
        let (without, with) = (
            lines(&format!("{poll} The race has turned."), "paragraph").len(),
            lines(&body, "paragraph").len(),
        );
        assert_eq!(with, without + 1, "{body}");
        // A person named before the figures is not data.
        let body = "Mayor Ada Ruiz said the race was close. Lee is second at 12 percent.";
        assert_eq!(lines(body, "paragraph"), vec![3], "{body}");
    }

    #[test]
    fn a_list_of_figures_is_its_polls_for_eight_sentences() {
        // Ten figures after the poll: the first eight are its list, the
        // last two too far from it to be covered by it.
        let poll = "A new Tidewater Institute poll shows a close race.";
        let list: Vec<String> = (1..=10)
            .map(|k| {
                format!(
                    "Candidate {} draws {k} percent.",
                    [
                        "Ames", "Bell", "Cobb", "Dunn", "Eyre", "Ford", "Gale", "Hart", "Iles",
                        "Jory"
                    ][k - 1]
                )
            })
            .collect();
        let body = format!("{poll} {}", list.join(" "));
        let flagged = lines(&body, "paragraph").len();
        assert_eq!(flagged, 2, "{body}");
        let body = format!("{poll} {}", list[..8].join(" "));
        assert!(lines(&body, "paragraph").is_empty(), "{body}");
    }
}
