use super::{Context, Rule, RuleMeta, Sink};
use crate::finding::{Finding, Severity};
use crate::lang::Level;
use crate::model::{BlockKind, Document, QuoteProblem};

pub struct QuotesNoSpeaker;

static META: RuleMeta = RuleMeta {
    id: "quotes.no-speaker",
    severity: Severity::Warning,
    preview: false,
    options: &[],
    summary: "A direct quotation that nobody is said to have said.",
    doc: r#"## What it does
Reports a quotation that is a sentence of its own (four words or more)
when nothing near it says who spoke: no attribution in its sentence, the
sentences beside it in its paragraph, or the run of quoted sentences it
belongs to; no attribution the news convention carries over (a quotation
after someone's words is theirs, as `ascribe extract` infers); and no
words that name a speaker even where the attribution grammar cannot read
them — a verb of saying or naming, "according to", "per", a colon that
introduces it, a dash and a name after it ("― Ada Moss"), a byline ("by
…") or a citation closing its paragraph ("[AP.]").

Words quoted inside the writer's own sentence ("Councillor Ada Moss
blamed the board's “slow and careless handling of the levy”") are framed by that sentence and
not reported, nor are titles in capitals ("The Art of the Deal"),
quotations in a paragraph whose marks do not pair (quotes.unclosed and
quotes.unopened report those), or any quotation in a language without
attribution data.

## Why
A quotation without a speaker cannot be checked, and readers cannot weigh
it. Often the attribution was cut in editing, or the quoted words come from
a document the article never names.

## Example
```text
The talks ended on Friday.

"We have set up our own payment system and we will not go back."
```
Use instead:
```text
The talks ended on Friday.

"We have set up our own payment system and we will not go back," the
finance minister told reporters.
```
"#,
};

/// How many sentences before a quotation its speaker is looked for in: a
/// constant, so that no input costs more than that per quotation.
const MAX_BACK: usize = 8;

/// Fewer words than this in a quotation make a phrase, not a statement.
const MIN_WORDS: usize = crate::attribution::QUOTE_MIN_WORDS;

/// Fewer words than this in a quotation inside the writer's sentence make
/// a phrase, not a statement.
const MIN_WORDS_INSIDE: usize = 10;

fn sentence_of(doc: &Document<'_>, tok: usize) -> usize {
    doc.sentences
        .partition_point(|s| (s.tokens.end as usize) <= tok)
        .min(doc.sentences.len().saturating_sub(1))
}

/// Does the article name a speaker for `q` in words the attribution
/// grammar could not read? A word of saying, naming or quoting in the
/// quotation's sentences or the sentence before or after them in its
/// paragraphs ("said 9/11 widow Terry Strada", "as Mr. Bown observed",
/// "according to a 52-count complaint"); a colon that introduces it ("a
/// friend commented: “…”", or a paragraph ending in one before it); or a
/// dash and a name after it ("“…” ― Sonya Herridge"). The grammar finds
/// who; this only asks whether anyone is named, so that the rule speaks
/// only of quotations that truly have no speaker.
fn speaker_named(
    cx: &Context<'_, '_>,
    q: &crate::model::Quotation,
    s: usize,
    s_end: usize,
) -> bool {
    let doc = cx.doc;
    let text = doc.text.as_bytes();
    let signs = &cx.lang.attribution.speaker_signs;
    let b1 = q.last_block;
    // Steps back one sentence, within a paragraph or, from a paragraph's
    // first sentence, to the last of the paragraph before.
    let before = |k: usize| {
        let opens = doc.sentences[k].tokens.start
            == doc.blocks[doc.sentences[k].block as usize].tokens.start;
        (k > 0).then(|| k - 1).filter(|&p| {
            let (pb, kb) = (doc.sentences[p].block, doc.sentences[k].block);
            pb == kb || (opens && pb + 1 == kb)
        })
    };
    // Does sentence `k` open with a quotation mark or inside a quotation?
    let quoted = |k: usize| {
        let t = doc.sentences[k].tokens.start;
        let at = doc.sentences[k].span.start;
        doc.marks.binary_search_by_key(&t, |m| m.token).is_ok() || {
            let i = doc.quotations.partition_point(|q| q.span.start <= at);
            i > 0 && doc.quotations[i - 1].span.end > at
        }
    };
    // Back to the sentence before, over a run of quoted sentences (one
    // speaker's), and into the paragraph before; over the whole of that
    // one when nothing but quotation stands between (a paragraph of
    // quotation after its speaker's paragraph).
    let mut lo = s;
    let mut all_quoted = quoted(s);
    let mut crossed = false;
    for _ in 0..MAX_BACK {
        let Some(p) = before(lo) else { break };
        if doc.sentences[p].block != doc.sentences[lo].block {
            if crossed {
                break;
            }
            crossed = true;
        }
        lo = p;
        if !(quoted(p) || crossed && all_quoted) {
            break;
        }
        all_quoted &= crossed || quoted(p);
    }
    let hi = (s_end..=(s_end + 1).min(doc.sentences.len() - 1))
        .rev()
        .find(|&k| doc.sentences[k].block <= b1)
        .unwrap_or(s_end);
    let t0 = doc.sentences[lo].tokens.start as usize;
    let t1 = doc.sentences[hi].tokens.end as usize;
    let outside =
        |t: &crate::model::Token| t.span.end <= q.span.start || t.span.start >= q.span.end;
    if doc.tokens[t0..t1]
        .iter()
        .any(|t| outside(t) && signs.contains_token(*t, text))
    {
        return true;
    }
    // The colon before the opening mark, in its paragraph or closing the
    // one before.
    let open = doc.marks[q.open as usize].token as usize;
    if open > 0 && doc.tokens[open - 1].is_punct(':') {
        return true;
    }
    // A dash and a capitalised word after the closing mark, on its line.
    let Some(close) = q.close else {
        return false;
    };
    let after = doc.marks[close as usize].token as usize + 1;
    let line_end = doc.text[doc.marks[close as usize].span.end as usize..]
        .find('\n')
        .map_or(doc.text.len(), |i| {
            doc.marks[close as usize].span.end as usize + i
        });
    let rest: Vec<&crate::model::Token> = doc.tokens[after.min(doc.tokens.len())..]
        .iter()
        .take_while(|t| (t.span.end as usize) <= line_end)
        .collect();
    let capital = |t: Option<&&crate::model::Token>| {
        t.is_some_and(|t| t.is_word() && t.text(doc.text).starts_with(char::is_uppercase))
    };
    // "“…” ― Sonya Herridge" (the lexer reads the horizontal bar as a dash)
    if rest.first().is_some_and(|d| {
        matches!(
            d.kind(),
            crate::model::TokenKind::Punct('—' | '–' | '-')
        )
    })
        && capital(rest.get(1))
    {
        return true;
    }
    // "“…,” by the New York Post's Amy Spencer"
    let by = rest.iter().take(3).position(|t| t.is_word());
    if by.is_some_and(|k| rest[k].text(doc.text).eq_ignore_ascii_case("by")) {
        return true;
    }
    // A citation closing the paragraph: "“…” [AP.]", "(SVP/Global Risk
    // Insights.)".
    let block = &doc.blocks[q.last_block as usize];
    let mut tail = doc.tokens[block.tokens.start as usize..block.tokens.end as usize]
        .iter()
        .rev()
        .skip_while(|t| t.is_punct('.'));
    if tail.next().is_some_and(|t| t.close().is_some()) {
        let open = tail.find(|t| t.open().is_some());
        return open.is_some_and(|o| o.span.start >= q.span.end);
    }
    false
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
        // A speaker carried over by the news convention (`inferred`: a
        // quotation that follows someone's words is theirs) is how editors
        // read it too; an inferred quotation with nobody before it is not.
        // The convention holds for a quotation that opens its paragraph or
        // follows its speaker's words in the same paragraph, not for one
        // that follows the writer's own sentence about something else.
        let block_at = |at: u32| doc.blocks.partition_point(|b| b.span.end <= at) as u32;
        let said: Vec<&crate::attribution::Attribution> = cx
            .attributions()
            .iter()
            .filter(|a| {
                !a.inferred
                    || a.source.is_some_and(|src| {
                        let here = block_at(a.cue.start);
                        let opens = doc.blocks[here as usize].span.start == a.cue.start;
                        block_at(src.start) == here || opens
                    })
            })
            .collect();
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
            // The sentence of the quotation's first word: a mark may be
            // counted with the sentence before it.
            let s = sentence_of(doc, (tok0 + 1).min(tok1.saturating_sub(1)).max(tok0));
            let s_end = sentence_of(doc, tok1.saturating_sub(1).max(tok0));
            // Inside the writer's own sentence, a short quotation is a
            // phrase held at arm's length ("the “longest standoff”", a
            // catchphrase, a poll's wording), not a statement; a clause
            // quoted there is someone's words ("The video conference saw
            // “special attention paid to …”").
            let from = (doc.sentences[s].tokens.start as usize).min(tok0);
            let inside = doc.tokens[from..tok0].iter().any(|t| t.is_word());
            if inside && words < MIN_WORDS_INSIDE {
                continue;
            }
            let attributed = said.iter().zip(&cues).any(|(a, &(cs, cb))| {
                a.content
                    .is_some_and(|c| c.start < q.span.end && q.span.start < c.end)
                    || (cb == q.first_block && cs + 1 >= s && cs <= s_end + 1)
                    || (q.first_block != q.last_block
                        && (q.first_block..=q.last_block).contains(&cb))
            });
            if attributed || speaker_named(cx, q, s, s_end) {
                continue;
            }
            let message = format!(
                "quotation “{}” has no speaker: nothing in its sentence or the one before names who said it",
                crate::finding::excerpt(q.inner.text(doc.text), 40, 40)
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
    fn a_quoted_sentence_nobody_said_is_reported() {
        let text =
            "Head\n\nThe vote is in May.\n\n\"The money is there and the plans are done.\"\n";
        let f = run(text);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.contains("The money is there"), "{f:?}");
    }

    #[test]
    fn attributed_quotations_are_not() {
        for text in [
            "Head\n\n\"We will build the new bridge,\" the mayor said.\n",
            "Head\n\nThe mayor said the old bridge was safe. \"We will build the new bridge by May.\"\n",
            // The news convention: a quotation after someone's words is theirs.
            "Head\n\n\"We will build the new bridge,\" the mayor said.\n\n\"The money is there and the plans are done.\"\n",
            // A run of quoted sentences after the speaker is named.
            "Head\n\nThe mayor spoke briefly.\n\n\"We will build it. We have the money.\"\n\"The plans are done and the crews are hired.\"\n",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }

    #[test]
    fn a_speaker_the_grammar_cannot_read_still_counts() {
        // In each, `ascribe extract` finds no speaker for the quotation.
        for text in [
            // A verb of saying, whatever its subject.
            "Head\n\n\"The levy is wrong and it will fall on the poor,\" said 9/11 widow Ada Moss.\n",
            // A colon introduces it.
            "Head\n\nThe verdict of one neighbour was blunt:\n\n\"The levy is wrong and it will fall on the poor.\"\n",
            // A dash and a name, a byline, a bracketed citation.
            "Head\n\n\"The levy is wrong and it will fall on the poor.\" ― Ada Moss\n",
            "Head\n\n\"The levy is wrong and it will fall on the poor,\" by the Gazette's Ada Moss.\n",
            "Head\n\nLEVY ROW \"The levy is wrong and it will fall on the poor.\" [Gazette.]\n",
            // "Per the filing", where the grammar reads "according to".
            "Head\n\nPer the filing, the board met. \"The levy is wrong and it will fall on the poor.\"\n",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }

    #[test]
    fn words_quoted_in_the_writers_sentence_are_not_reported() {
        for text in [
            "Head\n\nThe meeting saw \"special attention paid to the new payment system.\" Trade grew.\n",
            "Head\n\nShe added that \"third countries\" would not be able to join.\n",
            "Head\n\nThe deal was a \"very bad one.\"\n",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }

    #[test]
    fn titles_in_capitals_are_not_reported() {
        let text = "Head\n\nTrade grew.\n\n\"The Art of the Deal\" sold out. \"A run on copies of the book began early.\"\n";
        let f = run(text);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.contains("A run on copies"), "{f:?}");
    }

    #[test]
    fn the_next_paragraph_does_not_attribute() {
        let text = "Head\n\nTrade grew.\n\n\"The money is there and the plans are done.\"\n\nLater, the aide added that trade rose.\n";
        assert_eq!(run(text).len(), 1, "{:?}", run(text));
    }
}
