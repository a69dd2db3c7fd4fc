use super::{Context, Rule, RuleMeta, Sink};
use crate::finding::{Finding, Related, Severity};
use crate::sources::{describe, kind_of, QuoteCheck, Sources, Verdict};

pub struct QuotesAltered;

static META: RuleMeta = RuleMeta {
    id: "quotes.altered",
    severity: Severity::Warning,
    preview: false,
    options: &[],
    summary: "A quotation that differs in words from the source it was taken from.",
    doc: r#"## What it does
With sources given (`ascribe check --sources PATH`, or `sources:` in
`.ascribe.yaml`: transcripts, press releases, court filings, an earlier
version of the story), looks up every direct quotation of five words or
more — each part of a quotation split by narration on its own — and
reports one whose closest passage differs in words. The message shows
each difference word by word (`source: “we will not” — article: “we
won't”`), and the finding points at the passage's file and line.

Omissions without an ellipsis are reported as dropped words, and words
said apart (across a sentence's end or a change of speaker) joined as
one quotation as a join. Allowed edits are not differences: an ellipsis
(`…`, `...`, `. . .`) for words left out, square-bracketed insertions
(`[the mayor]`), case, punctuation, straight or curly marks, and
thousands separators; with `--spelt-numbers` (`spelt-numbers: true`),
numbers written in figures or words ("30,000", "thirty thousand"). A
bracketed replacement (`[censored]` for a word) is reported at info, as
an edit a reader may want to know of.

A quotation under eight words is matched only whole across the sources.
When it is credited to someone who speaks in them, it is also looked for
in that person's own turns with one difference of a word or two inside
it; found so, it is reported at info ("short quotation close to words
its speaker said … perhaps on another occasion"), since a short line may
have been said so elsewhere.

A quotation found nowhere is not this rule's: see quotes.unsourced.

## Why
A misquotation is the error a newsroom fears most after a wrong name: a
word changed, a clause dropped without an ellipsis, two sentences joined
that were said ten minutes apart. Copy desks check quotations against the
transcript by hand.

## Example
Transcript `debate.txt`:
```text
MOSS: We will not raise the ferry fares this year.
```
Article:
```text
"We won't raise the ferry fares this year," Moss said.
```
Use instead:
```text
"We will not raise the ferry fares this year," Moss said.
```
"#,
};

/// The passage as a related place in its file.
pub(crate) fn passage_place(c: &QuoteCheck, sources: &Sources) -> Option<Related> {
    let p = c.passage.as_ref()?;
    let what = match (&p.speaker, &p.read_by) {
        (Some(who), _) => format!("the {}'s passage, said by {who}", kind_of(c, sources)),
        (None, Some(reader)) => format!("the {}'s passage, read out by {reader}", kind_of(c, sources)),
        (None, None) => format!("the {}'s passage", kind_of(c, sources)),
    };
    Some(Related {
        path: Some(sources.file(p).path.clone()),
        span: p.span,
        line: Some(p.line),
        message: what,
    })
}

impl Rule for QuotesAltered {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_, '_>, out: &mut Sink<'_>) {
        let Some(sources) = &cx.settings.sources else {
            return;
        };
        for c in cx.quote_checks() {
            let severity = match c.verdict {
                // A short quotation near a line of its speaker's: perhaps
                // said so on another occasion.
                Verdict::Altered if c.near => Severity::Info,
                Verdict::Altered => META.severity,
                Verdict::Edited => Severity::Info,
                _ => continue,
            };
            if !out.room(c.quote) {
                continue;
            }
            let Some(message) = describe(c, cx.doc.text, sources) else {
                continue;
            };
            let mut f = Finding::new(META.id, severity, c.quote, message);
            f.related.extend(passage_place(c, sources));
            out.push(f);
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::rules::{run_rule, Settings};
    use std::sync::Arc;

    pub(crate) fn settings() -> Settings {
        let t = "MOSS: We will not raise the ferry fares this year, and the pier will be built.\n\
                 HALE: The pier is a fantasy that the town cannot afford.\n";
        Settings {
            sources: Some(Arc::new(Sources::from_texts([("t/debate.txt", t)], &Default::default()).unwrap())),
            ..Settings::default()
        }
    }

    #[test]
    fn a_changed_word_is_shown_word_by_word_with_the_passage() {
        let text = "Fares\n\n“We won't raise the ferry fares this year,” Ada Moss said.\n";
        let f = run_rule(&QuotesAltered, text, &settings());
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!(
            f[0].message,
            "quotation differs from the transcript (t/debate.txt, line 1): transcript: “will not” — article: “won't”"
        );
        assert_eq!(f[0].span.text(text), "We won't raise the ferry fares this year,");
        let r = &f[0].related[0];
        assert_eq!(r.path.as_deref(), Some("t/debate.txt"));
        assert_eq!(r.line, Some(1));
        assert!(r.message.contains("MOSS"), "{}", r.message);
    }

    #[test]
    fn a_bracketed_replacement_is_an_edit_at_info_and_allowed_edits_nothing() {
        let text = "Fares\n\n“We will not raise the [expletive] fares this year,” Moss said. \
                    “We will NOT raise the ferry fares … and the pier will be built,” she said.\n";
        let f = run_rule(&QuotesAltered, text, &settings());
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].severity, Severity::Info);
        assert!(f[0].message.contains("“expletive” stands for the transcript's “ferry”"), "{}", f[0].message);
    }

    #[test]
    fn nothing_without_sources() {
        let text = "Fares\n\n“We won't raise the ferry fares this year,” Ada Moss said.\n";
        assert!(run_rule(&QuotesAltered, text, &Settings::default()).is_empty());
    }
}
