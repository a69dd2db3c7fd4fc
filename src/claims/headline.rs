//! Headlines: judged by their own attribution alone, one in the headline
//! or the "Name: …" form, since no paragraph stands around them.

use super::{Coverage, Scope, Why};
use crate::span::Span;

impl<'t> Scope<'_, 't> {
    /// Headlines are judged by their own attribution alone: one in the
    /// headline, or the "Name: …" form.
    pub fn cover_headline(&self, si: usize, hit: Span) -> Result<(), Why<'t>> {
        let mut c = Coverage::default();
        self.same_sentence(si, Some(hit), &mut c);
        if c.in_sentence() || self.colon_source(si) {
            return Ok(());
        }
        Err(Why::Headline)
    }

    /// "Graham: Trump's …": capitalised words, then a colon, and not a
    /// story label such as "The Latest:".
    fn colon_source(&self, si: usize) -> bool {
        let s = &self.doc.sentences[si];
        let toks = &self.doc.tokens[s.tokens.start as usize..s.tokens.end as usize];
        let Some(colon) = toks.iter().take(8).position(|t| t.is_punct(':')) else {
            return false;
        };
        if colon == 0
            || !toks[..colon].iter().all(|t| {
                t.is_word() && t.text(self.doc.text).starts_with(char::is_uppercase)
                    || t.is_punct('.')
                    || t.is_punct('-')
            })
        {
            return false;
        }
        let prefix = toks[0].span.cover(toks[colon - 1].span).text(self.doc.text);
        let prefix = prefix.to_lowercase();
        !self.data.headline_labels.contains(&prefix)
    }
}
