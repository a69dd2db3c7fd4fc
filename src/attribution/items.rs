//! List items of quotations: `- “…”`, `• “…”`, `1. “…”` under a lead-in,
//! read as quotations that open their sentence.

use super::found::sentence_of;
use crate::model::token::Bracket;
use crate::model::{Document, Token, TokenKind};

/// Does the quotation opening at token `open` begin a list item after its
/// marker (`- “…”`, `• “…”`, `2) “…”`)? Lists of quotations under a
/// lead-in ("He listed his demands:") are quoted as a sentence-opening
/// quotation is.
pub fn opens_item(doc: &Document<'_>, s_start: usize, open: usize) -> bool {
    let is_number = |n: Token| {
        n.kind() == TokenKind::Number
            || n.is_word() && n.text(doc.text).bytes().all(|b| b.is_ascii_digit())
    };
    let bullet = open > s_start
        && matches!(
            doc.tokens[open - 1].kind(),
            TokenKind::Punct('-' | '–' | '—' | '•' | '*' | '·' | '▪')
        );
    let numbered = open > s_start + 1
        && matches!(
            doc.tokens[open - 1].kind(),
            TokenKind::Punct('.') | TokenKind::Close(Bracket::Round)
        )
        && is_number(doc.tokens[open - 2]);
    let marker = if bullet {
        open - 1
    } else if numbered {
        open - 2
    } else {
        return false;
    };
    // The marker opens its sentence or its line: items may share a
    // paragraph, one to a line.
    marker == s_start || {
        let gap = doc.tokens[marker - 1].span.end as usize..doc.tokens[marker].span.start as usize;
        doc.text[gap].contains('\n')
    }
}

/// Does the quotation closing at token `close` end its list item: nothing
/// but a full stop after it to the end of its sentence or line?
pub fn ends_item(doc: &Document<'_>, close: usize) -> bool {
    let end = doc.sentences[sentence_of(doc, close)].tokens.end as usize;
    let mut k = close + 1;
    while k < end && matches!(doc.tokens[k].kind(), TokenKind::Punct('.' | '!' | '?')) {
        k += 1;
    }
    k == end || {
        let gap = doc.tokens[k - 1].span.end as usize..doc.tokens[k].span.start as usize;
        doc.text[gap].contains('\n')
    }
}

/// The sentence before `s`, passing over one that is only an item number
/// (`1.`), which the sentence splitter sets apart from its item.
pub fn before_item(doc: &Document<'_>, s: usize) -> Option<usize> {
    let p = s.checked_sub(1)?;
    let t = &doc.sentences[p].tokens;
    let bare = t.len() == 2 && {
        let n = doc.tokens[t.start as usize];
        (n.kind() == TokenKind::Number
            || n.is_word() && n.text(doc.text).bytes().all(|b| b.is_ascii_digit()))
            && doc.tokens[t.start as usize + 1].is_punct('.')
    };
    if bare {
        p.checked_sub(1)
    } else {
        Some(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Conventions;
    use crate::model::Format;

    /// `opens_item` and `ends_item` for each top-level quotation of `body`.
    fn items(body: &str) -> Vec<(bool, bool)> {
        let text = format!("Headline\n\n{body}\n");
        let lang = Conventions::english();
        let doc = Document::parse(&text, Format::Plain, &lang);
        doc.quotations
            .iter()
            .filter(|q| q.depth == 0)
            .map(|q| {
                let open = doc.marks[q.open as usize].token as usize;
                let s = doc.sentences[sentence_of(&doc, open)].tokens.start as usize;
                let close = doc.marks[q.close.unwrap() as usize].token as usize;
                (opens_item(&doc, s, open), ends_item(&doc, close))
            })
            .collect()
    }

    #[test]
    fn markers_open_items_at_a_sentence_or_line_start() {
        assert_eq!(
            items("- “We will rebuild.”\n- “Now.”"),
            [(true, true), (true, true)]
        );
        assert_eq!(items("• “We will rebuild.”"), [(true, true)]);
        assert_eq!(items("2) “We will rebuild.”"), [(true, true)]);
        // A dash inside a line is punctuation, and a quotation with more
        // after it on its line is no whole item.
        assert_eq!(items("The plan - “a gift” to banks."), [(false, false)]);
        assert_eq!(items("- “Star quits,” by Amy Lee."), [(true, false)]);
    }
}
