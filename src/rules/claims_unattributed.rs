use super::{Context, Rule, RuleMeta, RuleOption, Sink};
use crate::claims::features::sifted;
use crate::claims::scope::{Place, Why};
use crate::claims::ClaimsScope;
use crate::finding::{Finding, Severity};

pub struct ClaimsUnattributed;

static META: RuleMeta = RuleMeta {
    id: "claims.unattributed",
    severity: Severity::Warning,
    preview: false,
    options: &[RuleOption {
        name: "scope",
        values: &["paragraph", "sentence"],
        doc: "How far an attribution reaches: `paragraph` lets a paragraph's closing attribution cover it; `sentence` wants one in each claim's sentence.",
    }],
    summary: "A claim (a figure, a charge, someone else's intent …) with no source in scope.",
    doc: r#"## What it does
Reports each sentence that makes a claim an editor would want sourced
("says who?") and that no attribution in scope covers, naming the kind of
claim, the words that make it one, and why a nearby source does not cover
it.

A sentence is a claim when it holds a claim signal — each listed in
`rules/claims/en.yaml`:

- **figure**: counts, money, percentages, ranks: "37th time", "$100
  billion", "48%";
- **record**: records and superlatives: "for the first time", "largest";
- **charge**: charges and loaded words: "aggression", "corrupt";
- **comparison**: "more than", "overtook", "fell";
- **intention**, **motive**, **state of mind**: other people's plans,
  reasons and feelings: "aim to", "because of", "welcomed";
- **prediction**, **hedge**: "would most likely", "is expected to";
- **unwitnessed event**: "privately", "behind closed doors";

or when the claims model (`rules/claims/en.model.yaml`, learnt from
independently labelled news articles) is sure enough that it is one — an
assessment in the writer's own voice ("The plan is a disaster for the
city"); such a finding is named `claim`, with the sentence's first
words. The model weighs words that judge ("bleak", "widely"), of
attitude ("hope", "distaste") and of prospects ("chance", "barrier")
towards a claim, and public acts in the past ("filed", "endorsed") towards
a fact the reporter saw.

Never claims: dates ("5/12"), times, ages, stretches of time ("over the
past seven months", "five days remaining"), numbered labels ("No. 10")
and plain scene-setting ("held a video summit on Wednesday"); questions;
headlines; sentences wholly inside quotation marks and words inside them
(someone else's words; `quotes.no-speaker` asks who said them);
paragraphs signed by a reader ("Ken White." below them), the answers
of a printed interview ("A: …", and the paragraphs an answer runs on
into) and the turns of a printed transcript ("TAPPER: …"); a sentence
whose subject is the writer ("I", "we"); captions, credits, datelines
and page furniture.

Attribution in scope:
- an attribution in the same sentence ("…, Xi said"), unless the claim is
  the attribution itself ("the two nations have pledged to …") or stands
  in the writer's own words beside it: set off by commas beside the
  source's name ("Ruiz, whose firm lost 30 percent, said …"), in the
  main clause before a reporting participle ("Ruiz cut 400 jobs, saying
  …"), or before a clause that "which", "while", ", but" … opens in
  front of the source;
- the sentence lies between two sentences by the same speaker;
- with `--claims-scope paragraph` (the default): a paragraph whose last
  sentence closes with an attribution ("…, Yahoo Finance reported.") is
  covered by it, unless that sentence opens with a turn ("But …"),
  another source speaks earlier in the paragraph, or it is a direct
  quotation ("“It was offensive,” said Fleischer." speaks for its own
  words, not for the writer's claim before it). An attribution set
  inside its sentence ("If China can build a wall, he observed, then …")
  closes nothing. With `--claims-scope sentence` (the strict newsroom
  setting) each claim needs its own.

A verb of wanting ("X wants to") is not a source: it is the writer's
claim about X's mind. A verb of thinking with a named source and a clause
("Kasich's team thinks he is the candidate with momentum") is that
source's view; with a bare object ("owners fear the new levy") or no one
("It is believed that …") it is no source.

Severity says how sure the rule is: a warning when the claims model scores
the sentence a claim with high confidence (a reader would certainly ask
"says who?"), info otherwise (a judgement call). With the default
`--fail-level warning`, only the warnings fail a check. A severity
configured for the rule replaces both.

## Why
"Says who?" is an editor's first question about any figure, charge or
statement of someone else's intent. A claim with no source reads as the
writer's own knowledge, which it seldom is.

## Example
```text
Wednesday's video conference marks the 37th time since 2013 that Putin had
met with Xi officially. It was also used as a display of their partnership,
Yahoo Finance reported.
```
Under `--claims-scope sentence` this reports: figure “37th time since
2013” needs a source: the nearest source, Yahoo Finance (line 1), closes
the paragraph and covers it only under scope: paragraph. Use instead:
```text
Wednesday's video conference marks the 37th time since 2013 that Putin had
met with Xi officially, Yahoo Finance reported.
```
"#,
};

/// The first words of a sentence, for a message: up to eight, then "…".
fn first_words(s: &str) -> String {
    // Only the words quoted are read: a sentence may be long.
    let mut out = String::with_capacity(64);
    for (k, w) in s.split_whitespace().enumerate() {
        if k == EXCERPT_WORDS {
            out.push_str(" …");
            break;
        }
        if k > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Words of a sentence a message quotes when no signal names the claim.
const EXCERPT_WORDS: usize = 8;

/// Why a claim is unattributed, written onto `out`.
fn why_text(cx: &Context<'_, '_>, why: &Why<'_>, out: &mut String) {
    use std::fmt::Write;
    // Writing to a String cannot fail.
    let _ = match why {
        Why::Nothing => {
            out.push_str("nothing in its paragraph attributes it");
            Ok(())
        }
        Why::Headline => {
            out.push_str("a headline needs an attribution of its own (“…, Analysts Say”)");
            Ok(())
        }
        Why::OwnAttribution { cue } => {
            write!(out, "its sentence's only attribution, “{cue}”, is itself the claim")
        }
        Why::OtherSentence { source, at } => write!(
            out,
            "the nearest source, {source} (line {}), is in another sentence and does not carry over",
            cx.line_of(*at)
        ),
        Why::SentenceScope { source, at } => write!(
            out,
            "the nearest source, {source} (line {}), closes the paragraph and covers it only under scope: paragraph",
            cx.line_of(*at)
        ),
        Why::Contrast { source, at, word } => write!(
            out,
            "the nearest source, {source} (line {}), closes the paragraph, but its sentence opens with “{word}” and speaks only for itself",
            cx.line_of(*at)
        ),
        Why::Quotation { source, at } => write!(
            out,
            "the nearest source, {source} (line {}), closes the paragraph with a quotation of its own, which speaks only for what it quotes",
            cx.line_of(*at)
        ),
        Why::Later { verb } => write!(
            out,
            "“{verb}” comes after it and reports only what follows, so the claim is in the writer's own voice"
        ),
        Why::WritersOwn {
            source,
            at,
            place,
            word,
        } => {
            let line = cx.line_of(*at);
            match place {
                Place::BesideSource => write!(
                    out,
                    "{source} (line {line}) is the sentence's source, but these words are set off beside the name, outside what it says, in the writer's own voice"
                ),
                Place::BeforeParticiple => write!(
                    out,
                    "{source} (line {line}) speaks only in what “{word}” reports; the clause before it is the writer's own account"
                ),
                Place::BeforeClause => write!(
                    out,
                    "{source} (line {line}) speaks only in the clause “{word}” opens; what comes before it is the writer's own"
                ),
            }
        }
        Why::OtherSource { source, at, other } => write!(
            out,
            "the nearest source, {source} (line {}), closes the paragraph, but {other} also speaks in it, so whose claim this is is unclear",
            cx.line_of(*at)
        ),
    };
}

impl Rule for ClaimsUnattributed {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_, '_>, out: &mut Sink<'_>) {
        let data = &cx.lang.claims;
        let model = &data.model;
        let doc = cx.doc;
        let scope = ClaimsScope::named(cx.option(&META, "scope"));
        sifted(doc, cx.attributions(), data, &cx.lang.attribution, |c| {
            // No source in scope, and a figure, record or charge, or a
            // sentence the model scores a claim (from a lower score when it
            // holds a weaker claim signal).
            let Err(why) = c.verdict(scope) else {
                return;
            };
            let score = model.claim(&c.features(), doc);
            // Hits come most serious first.
            let rank = c.hits.first().map(|h| data.signals[h.signal as usize].severity);
            // Asked last: most sentences are settled before it (see
            // `sifted`).
            if !model.reports(score, rank) || c.set_aside() {
                return;
            }
            // What makes it a claim: its most serious signal; else the
            // sentence as a whole, which the model judged.
            let s = &doc.sentences[c.sentence];
            let (kind, span) = match c.hits.first() {
                Some(h) => (data.signals[h.signal as usize].name.as_str(), h.span),
                None => ("claim", s.span),
            };
            if !out.room(span) {
                return;
            }
            let words = match c.hits.first() {
                Some(_) => std::borrow::Cow::Borrowed(span.text(doc.text)),
                None => std::borrow::Cow::Owned(first_words(s.span.text(doc.text))),
            };
            // Built by hand: a message for each of thousands of claims a
            // run, where `format!` cost four times as much.
            let mut message = String::with_capacity(kind.len() + words.len() + 96);
            message.push_str(kind);
            message.push_str(" “");
            message.push_str(&words);
            message.push_str("” needs a source: ");
            why_text(cx, &why, &mut message);
            let severity = if score >= model.warning {
                Severity::Warning
            } else {
                Severity::Info
            };
            out.push(Finding::new(META.id, severity, span, message));
        });
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_sources;
