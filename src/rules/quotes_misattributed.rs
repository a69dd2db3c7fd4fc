use super::quotes_altered::passage_place;
use super::{Context, Rule, RuleMeta, Sink};
use crate::finding::{Finding, Severity};
use crate::sources::Verdict;

pub struct QuotesMisattributed;

static META: RuleMeta = RuleMeta {
    id: "quotes.misattributed",
    severity: Severity::Warning,
    preview: false,
    options: &[],
    summary: "A quotation the transcript gives to another speaker than the article does.",
    doc: r#"## What it does
With sources given (`--sources`, `sources:`), reports a direct quotation
that is found word for word (allowed edits aside, see quotes.altered) in
a transcript whose speaker label (`NAME:` at the start of a turn) names
someone other than the person the article credits it to. A speech or
statement without labels is someone's too when the configuration says
whose (`sources: [{path: GLOB, speaker: NAME}]`) or its first line does
(`Speaker: NAME`). Only a speaker the sources know is judged: a
quotation credited to someone who has no turn in them is not reported.
Names are compared by their last word, and by their first name when both
give one ("Eric Trump" is not "Donald Trump"). The finding points at the
passage.

Words a source has inside quotation marks are read out, not said: a
moderator's "you wrote this: “…”", a speech that reads out a paper's
headlines. The transcript gives them to no one, so crediting them to
their author is not reported (`ascribe quotes` lists such a passage as
"read out by" its reader); they are still compared word for word.

## Why
A quotation credited to the wrong speaker is a correction waiting to be
run: in a debate transcript the moderator's question and the candidate's
answer sit a line apart.

## Example
Transcript `debate.txt`:
```text
MOSS: We will build the pier.
HALE: The pier is a fantasy that the town cannot afford.
```
Article:
```text
"The pier is a fantasy that the town cannot afford," Moss said.
```
Use instead:
```text
"The pier is a fantasy that the town cannot afford," Hale said.
```
"#,
};

impl Rule for QuotesMisattributed {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_, '_>, out: &mut Sink<'_>) {
        let Some(sources) = &cx.settings.sources else {
            return;
        };
        for c in cx.quote_checks() {
            if c.verdict != Verdict::Misattributed || !out.room(c.quote) {
                continue;
            }
            let (Some(p), Some(said)) = (&c.passage, &c.speaker) else {
                continue;
            };
            let who = p.speaker.as_deref().unwrap_or("another speaker");
            let message = format!(
                "the article credits this quotation to {said}, but the {} ({}, line {}) gives it to {who}",
                crate::sources::kind_of(c, sources),
                sources.file(p).path,
                p.line
            );
            let mut f = Finding::new(META.id, META.severity, c.quote, message);
            f.related.extend(passage_place(c, sources));
            out.push(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::quotes_altered::tests::settings;
    use crate::rules::run_rule;

    #[test]
    fn a_quotation_of_another_speaker_is_reported_with_both_names() {
        let text = "Pier\n\n“The pier is a fantasy that the town cannot afford,” Ada Moss said.\n\n\
                    “The pier is a fantasy that the town cannot afford,” Ben Hale said.\n";
        let f = run_rule(&QuotesMisattributed, text, &settings());
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(
            f[0].message,
            "the article credits this quotation to Ada Moss, but the transcript (t/debate.txt, line 2) gives it to HALE"
        );
        assert!(f[0].span.start < 60, "the first paragraph's");
        assert_eq!(f[0].related[0].line, Some(2));
    }
}
