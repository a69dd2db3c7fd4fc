use super::{Context, Rule, RuleMeta, Sink};
use crate::finding::{Finding, Severity};
use crate::lang::Level;
use crate::model::{BlockKind, Document, QuoteProblem};

pub struct QuotesNoSpeaker;

static META: RuleMeta = RuleMeta {
    id: "quotes.no-speaker",
    severity: Severity::Warning,
    preview: true,
    summary: "A direct quotation that nobody is said to have said.",
    doc: r#"## What it does
Reports a direct quotation (four words or more) with no attribution in its
own sentence, in the sentence before or after it in the same paragraph, or
anywhere in the paragraphs a running quotation spans. Short quoted phrases
(scare quotes), titles in capitals ("The Art of the Deal") and quotations
in a paragraph whose marks do not pair (quotes.unclosed and
quotes.unopened report those) are not reported, nor is any quotation in a
language without attribution data. A speaker that `ascribe extract` only
infers (the quotation follows someone else's words) does not count: no
words in the article say who spoke.

## Why
A quotation without a speaker cannot be checked, and readers cannot weigh
it. Often the attribution was cut in editing, or the quoted words come from
a document the article never names.

## Example
```text
The video conference saw "special attention paid to the formation of
independent financial infrastructure."
```
Use instead:
```text
The video conference saw "special attention paid to the formation of
independent financial infrastructure," the Kremlin said in a statement.
```
"#,
};

/// Fewer words than this in a quotation make a phrase, not a statement.
const MIN_WORDS: usize = crate::attribution::QUOTE_MIN_WORDS;

fn sentence_of(doc: &Document<'_>, tok: usize) -> usize {
    doc.sentences
        .partition_point(|s| (s.tokens.end as usize) <= tok)
        .min(doc.sentences.len().saturating_sub(1))
}

fn excerpt(s: &str, max: usize) -> String {
    let flat: Vec<&str> = s.split_whitespace().collect();
    let flat = flat.join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max).collect();
    format!("{}…", cut.trim_end())
}

impl Rule for QuotesNoSpeaker {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_, '_>, out: &mut Sink<'_>) {
        let doc = cx.doc;
        // Without attribution data for the language, every quote would look
        // unattributed.
        if doc.quotations.is_empty() || cx.lang.attribution.cues.is_empty() {
            return;
        }
        // Each attribution's cue sentence, and the blocks its content spans.
        // A speaker carried over by convention (`inferred`) is a guess, not
        // an attribution the article makes.
        let said: Vec<&crate::attribution::Attribution> =
            doc.attributions.iter().filter(|a| !a.inferred).collect();
        let cues: Vec<(usize, u32)> = said
            .iter()
            .map(|a| {
                let tok = doc.tokens.partition_point(|t| t.span.start < a.cue.start);
                let s = sentence_of(doc, tok);
                (s, doc.sentences[s].block)
            })
            .collect();
        // Where marks do not pair, quotations are guesses: quotes.unclosed
        // and quotes.unopened speak for those paragraphs.
        let mut broken: Vec<u32> = doc
            .quote_problems
            .iter()
            .map(|p| {
                let m = match *p {
                    QuoteProblem::Unclosed { open, .. } => open,
                    QuoteProblem::Unopened { close } => close,
                    QuoteProblem::Nesting { open, .. } => open,
                };
                doc.marks[m as usize].block
            })
            .collect();
        broken.sort_unstable();
        for q in &doc.quotations {
            if q.depth > 0
                || q.close.is_none()
                || q.level != Level::Outer
                || broken.binary_search(&q.first_block).is_ok()
                || broken.binary_search(&q.last_block).is_ok()
            {
                continue;
            }
            let first = &doc.blocks[q.first_block as usize];
            if !matches!(first.kind, BlockKind::Paragraph | BlockKind::ListItem) {
                continue;
            }
            let open = &doc.marks[q.open as usize];
            if open.in_markup {
                continue;
            }
            let tok0 = open.token as usize;
            let tok1 = doc.tokens.partition_point(|t| t.span.end <= q.span.end);
            let words = doc.tokens[tok0..tok1]
                .iter()
                .filter(|t| t.is_word())
                .count();
            // A title or slogan in capitals ("The Art of the Deal") is named,
            // not said.
            let close = doc.marks[q.close.unwrap_or(q.open) as usize].token as usize;
            if words < MIN_WORDS || crate::attribution::quotes_a_title(doc, tok0, close) {
                continue;
            }
            let s = sentence_of(doc, tok0);
            let s_end = sentence_of(doc, tok1.saturating_sub(1).max(tok0));
            let attributed = said.iter().zip(&cues).any(|(a, &(cs, cb))| {
                a.content
                    .is_some_and(|c| c.start < q.span.end && q.span.start < c.end)
                    || (cb == q.first_block && cs + 1 >= s && cs <= s_end + 1)
                    || (q.first_block != q.last_block
                        && (q.first_block..=q.last_block).contains(&cb))
            });
            if attributed {
                continue;
            }
            let message = format!(
                "quotation “{}” has no speaker: no attribution in its sentence, the sentences beside it, or its paragraph",
                excerpt(q.inner.text(doc.text), 40)
            );
            out.push(Finding::new(META.id, META.severity, open.span, message));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{run_rule, Settings};

    fn run(text: &str) -> Vec<Finding> {
        run_rule(&QuotesNoSpeaker, text, &Settings::default())
    }

    #[test]
    fn quotation_without_attribution_is_reported() {
        let text = "Head\n\nThe meeting saw \"special attention paid to the new payment system.\" Trade grew.\n";
        let f = run(text);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(
            f[0].message.contains("special attention"),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn attributed_quotations_are_not() {
        for text in [
            "Head\n\n\"We will build the new bridge,\" the mayor said.\n",
            "Head\n\nThe mayor said the old bridge was safe. \"We will build the new bridge by May.\"\n",
            "Head\n\nShe added that \"third countries\" would not be able to join.\n",
            "Head\n\nThe deal was a \"very bad one.\"\n",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }

    #[test]
    fn an_inferred_speaker_does_not_attribute() {
        // `extract` carries the mayor over to the second paragraph's
        // quotation; the article itself never says who spoke it.
        let text = "Head\n\n\"We will build the new bridge,\" the mayor said.\n\nThe vote is in May. \"The money is there and the plans are done.\"\n";
        let f = run(text);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.contains("The money is there"), "{f:?}");
    }

    #[test]
    fn titles_in_capitals_are_not_reported() {
        let text = "Head\n\nCopies of \"The Art of the Deal\" sold out. The fair saw \"a run on copies of the book.\"\n";
        let f = run(text);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.contains("a run on copies"), "{f:?}");
    }

    #[test]
    fn the_next_paragraph_does_not_attribute() {
        let text = "Head\n\nThe summit saw \"special attention paid to the new system.\"\n\nLater, the aide added that trade rose.\n";
        assert_eq!(run(text).len(), 1);
    }
}
