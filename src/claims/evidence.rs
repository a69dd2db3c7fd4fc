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

impl<'a> Scope<'a, '_> {
    /// The source of the data that sentence `si + 1` gives for the claim
    /// of `si`, when `si` opens its paragraph and the next sentence, in
    /// the same paragraph, is attributed data (see the module's comment).
    pub(super) fn evidence(&self, si: usize) -> Option<Span> {
        let doc = self.doc;
        let block = &doc.blocks[doc.sentences[si].block as usize];
        let next = si + 1;
        if si != block.sentences.start as usize || next >= block.sentences.end as usize {
            return None;
        }
        let s = &doc.sentences[next];
        let toks = &doc.tokens[s.tokens.start as usize..s.tokens.end as usize];
        let figure = toks
            .iter()
            .any(|t| t.kind() == TokenKind::Number || t.is_punct('%'));
        if !figure {
            return None;
        }
        let text = doc.text;
        let data_word = toks
            .iter()
            .find(|t| t.is_word() && self.data.data_sources.contains(t.text(text)));
        let mut c = super::Coverage::default();
        self.same_sentence(next, None, &mut c);
        // A verb of finding with a source: "Pew found that …".
        let finding = self.attrs(next).find(|a| {
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
}
