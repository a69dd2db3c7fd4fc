//! A document whose verb comes after a phrase naming who made it or what
//! it looked at: "a study by the Harbor Trust found …", "a survey of 900
//! nurses shows …". The document speaks as it does in "documents show",
//! with that phrase between the two.

use super::Scope;
use crate::model::{Token, TokenKind};

/// Words the phrase between a document and its verb may have ("by the
/// liberal watchdog group Harbor Trust").
const PHRASE_WORDS: usize = 12;

impl Scope<'_, '_> {
    /// Is the source of data (one of `data_sources`: a poll, a study, a
    /// report) named by the word at `k` of `toks` followed by one of
    /// `document_phrase` and, within a few words and no break (a comma, a
    /// dash, a semicolon, a colon, a quotation mark) nor a relative
    /// pronoun, by one of `document_verbs` in lower case? "A poll from Bay
    /// College released Monday found" is; "a report by the board, which
    /// found" and "the report of the board that found" leave the finding
    /// to the clause; "a statement of concern about … the United States"
    /// and "the release of 7,000 pages put the agency …" name no finding.
    pub(super) fn document_phrase_speaks(&self, toks: &[Token], k: usize) -> bool {
        let text = self.doc.text.as_bytes();
        if !self.data.data_sources.contains_token(toks[k], text)
            || !toks
                .get(k + 1)
                .is_some_and(|t| t.is_word() && self.data.document_phrase.contains_token(*t, text))
        {
            return false;
        }
        let mut words = 0;
        for t in &toks[k + 2..] {
            match t.kind() {
                TokenKind::Punct(',' | '—' | '–' | ';' | ':' | '(') | TokenKind::Quote(_) => {
                    return false
                }
                TokenKind::Word => {
                    if self.data.document_verbs.contains_token(*t, text)
                        && !text[t.span.start as usize].is_ascii_uppercase()
                    {
                        return true;
                    }
                    if self.data.relatives.contains_token(*t, text) {
                        return false;
                    }
                    words += 1;
                    if words > PHRASE_WORDS {
                        return false;
                    }
                }
                _ => {}
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::flagged_words;

    #[test]
    fn a_document_speaks_past_the_phrase_that_names_its_author() {
        for s in [
            "A study by the Harbor Trust found the mayor got twice as much airtime as her rival.",
            "A new survey of 900 nurses at the two largest hospitals shows 62 percent plan to leave.",
            "A poll from Bay College released Monday found Ruiz leading by 15 points.",
        ] {
            assert!(flagged_words(s).is_empty(), "{s}: {:?}", flagged_words(s));
        }
    }

    #[test]
    fn a_clause_after_the_phrase_keeps_the_claim_the_writers() {
        for s in [
            // A relative clause: the study is not the sentence's subject.
            "Ruiz got twice as much airtime as her rival, far more than a study by the Trust that found a tie.",
            // A comma ends the phrase: what follows is the writer's.
            "A report by the board, released in May, was ignored, and the mayor got twice as much airtime as her rival.",
            // No finding: a name that looks like a verb, and a release
            // that is no source of data.
            "A statement of concern about the refugees in the United States drew 40,000 signatures.",
            "The release of the long-sought files last week put 4,000 pages before the public.",
        ] {
            assert!(!flagged_words(s).is_empty(), "{s}");
        }
    }
}
