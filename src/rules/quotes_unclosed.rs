use super::{Context, Rule, RuleMeta, Sink};
use crate::finding::{Finding, Related, Severity};
use crate::model::{QuoteProblem, RanTo};
use crate::span::Span;

pub struct QuotesUnclosed;

static META: RuleMeta = RuleMeta {
    id: "quotes.unclosed",
    severity: Severity::Warning,
    preview: false,
    options: &[],
    summary: "An opening quotation mark that is never closed.",
    doc: r#"## What it does
Reports an opening quotation mark that has no closing mark, at the opening
mark, and says how far the quotation ran: to the end of its paragraph, into
the next quotation, or past an attribution ("…, he said.") that shows where
the closing mark belonged. An opening mark typed where the closing one
belongs, at the end of a word (`“rapists“ while`), is reported as that one
wrong mark; the quotations after it are paired as written. An opening
mark closed with a mark of another style (`„…"` in German) is no unclosed
quotation: `quotes.mixed-style` reports the wrong closing mark.

Apostrophes are no quotation marks: ’90s, rock ’n’ roll, ’em, and in
German the elisions 'ne, 's, 'nen (`hat 'ne Villa`) and the mark inside
or after a word (geht's, so'n, Lenz').

## Why
An unclosed quotation puts the writer's words in the speaker's mouth, or the
speaker's in the writer's. Readers cannot tell where the quote ends.

A quotation that runs over several paragraphs is not reported when it
follows the news convention: no closing mark at the end of a paragraph, and
the next paragraph opens with a quotation mark.

## Example
```text
The mayor promised to "fix every pothole by the spring.

The council meets on Monday.
```
Use instead:
```text
The mayor promised to "fix every pothole by the spring."
```
"#,
};

impl Rule for QuotesUnclosed {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_, '_>, out: &mut Sink<'_>) {
        let doc = cx.doc;
        for p in &doc.quote_problems {
            let QuoteProblem::Unclosed { open, ran_to, end } = *p else {
                continue;
            };
            let mark = &doc.marks[open as usize];
            if !out.room(mark.span) {
                continue;
            }
            let glyph = mark.glyph.as_str();
            let line = cx.line_of(end.saturating_sub(1).max(mark.span.start));
            // Where the quotation was found to run to: the mark that
            // "closed" it wrongly or the next opening mark, else the end of
            // the paragraph it ran to.
            let ran = match ran_to {
                RanTo::WrongMark | RanTo::NextQuotation => {
                    let at = doc.marks.partition_point(|m| m.span.end < end);
                    doc.marks
                        .get(at)
                        .filter(|m| m.span.start > mark.span.start)
                        .map_or(Span::new(end as usize, end as usize), |m| m.span)
                }
                _ => Span::new(end as usize, end as usize),
            };
            let message = match ran_to {
                RanTo::ParagraphEnd => format!(
                    "opening {glyph} is never closed: the quotation runs to the end of its paragraph (line {line}) and the next paragraph does not reopen it"
                ),
                RanTo::NewQuotation => format!(
                    "opening {glyph} is never closed: the quotation runs to the end of its paragraph (line {line}), and the next paragraph opens a quotation of its own"
                ),
                RanTo::Attribution => format!(
                    "opening {glyph} is never closed: the quotation runs past the attribution at the end of its paragraph (line {line}); the closing mark belongs before it"
                ),
                RanTo::AttributionInside => format!(
                    "opening {glyph} is never closed: the quotation runs past the attribution that ends its first sentence (line {line}); the closing mark belongs before it"
                ),
                RanTo::NextQuotation => format!(
                    "opening {glyph} is never closed: the quotation runs into the next opening mark (line {line})"
                ),
                RanTo::OuterClosed => format!(
                    "opening {glyph} is never closed: the quotation around it ends first (line {line})"
                ),
                RanTo::WrongMark => {
                    let at = doc.marks.partition_point(|m| m.span.end < end);
                    let wrong = doc.marks.get(at).map_or("", |m| m.glyph.as_str());
                    format!(
                        "opening {glyph} is closed with another opening mark {wrong} (line {line}): use the closing mark"
                    )
                }
            };
            let related = Related::here(ran, format!("the quotation opened by {glyph} runs to here"));
            out.push(Finding::new(META.id, META.severity, mark.span, message).with_related(related));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{run_rule, Settings};

    fn starts(text: &str) -> Vec<u32> {
        run_rule(&QuotesUnclosed, text, &Settings::default())
            .iter()
            .map(|f| f.span.start)
            .collect()
    }

    #[test]
    fn the_related_place_is_where_the_quotation_ran_to() {
        let text = "Head\n\nShe said “we will win and left.\n\nHe said “go“ twice.\n";
        let f = run_rule(&QuotesUnclosed, text, &Settings::default());
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].related.len(), 1);
        let end = text.find(".\n\nHe").unwrap() + 1;
        assert_eq!(f[0].related[0].span, Span::new(end, end), "the paragraph's end");
        let wrong = text.rfind('“').unwrap();
        assert_eq!(f[1].related[0].span.start as usize, wrong, "the wrong mark");
        assert!(f[1].related[0].path.is_none());
    }

    #[test]
    fn a_straight_single_mark_that_can_only_open_is_checked() {
        let f = |t: &str| run_rule(&QuotesUnclosed, t, &Settings::default());
        let found = f("Head\n\nThey spoke of their 'host societies. Then more.\n");
        assert_eq!(found.len(), 1, "{found:?}");
        // Apostrophes and elisions are not quotation marks.
        for text in [
            "Head\n\nRock 'n' roll in the '90s, said O'Brien of the Joneses' farm.\n",
            "Head\n\nSaid Sophie in 't Veld, a Dutch member.\n",
            "Head\n\nThey stayed 'til dawn and sang 'em all.\n",
        ] {
            assert!(f(text).is_empty(), "{text}: {:?}", f(text));
        }
    }

    #[test]
    fn paragraph_end_without_reopening() {
        let text = "Head\n\nXi wants to \"safeguard both parties.\n\nThe leaders met.\n";
        assert_eq!(starts(text), [text.find('"').unwrap() as u32]);
    }

    #[test]
    fn running_quotation_over_three_paragraphs_is_fine() {
        let text = "Head\n\n“We will win. We will.\n\n“They will lose. Always.\n\n“And that is that,” he said.\n";
        assert!(starts(text).is_empty());
    }

    #[test]
    fn attribution_tail_means_the_closer_is_missing() {
        let text = "Head\n\n“We will win, he said on Tuesday.\n\n“Next,” she said.\n";
        let f = run_rule(&QuotesUnclosed, text, &Settings::default());
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("attribution"), "{}", f[0].message);
    }

    #[test]
    fn an_attribution_after_a_question_with_words_after_it_closes_nothing() {
        // The closer went missing before "Lane said", and the words after
        // the attribution are the writer's: the next paragraph's opening
        // mark starts a new quotation, not this one running on.
        let text = "Rally\n\n“Who would have thought we would get this far? Lane said, looking out at the crowd.\n\n“We are a team,” she added.\n";
        let f = run_rule(&QuotesUnclosed, text, &Settings::default());
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.contains("attribution"), "{}", f[0].message);
        // A question inside a running quotation, with no attribution after
        // it, still runs on.
        let text = "Rally\n\n“Who would have thought it? We did, all of us.\n\n“We are a team,” she added.\n";
        assert!(starts(text).is_empty());
        // The speaker telling what they said is no attribution.
        let text = "Rally\n\n“Who asked us? We said, let them come to the hall.\n\n“We are a team,” she added.\n";
        assert!(starts(text).is_empty());
    }

    #[test]
    fn an_opening_mark_in_closing_position_is_one_wrong_mark() {
        let text = "Head\n\nHe called them “criminals” and “rapists“ while calling for a wall. \
                    He said “the Hispanics” were going to “love” him.\n";
        let f = run_rule(&QuotesUnclosed, text, &Settings::default());
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].span.text(text), "“");
        assert_eq!(f[0].span.start as usize, text.find("“rapists").unwrap());
        assert!(
            f[0].message.contains("closed with another opening mark"),
            "{}",
            f[0].message
        );
        // The quotations after it pair as written: no nesting.
        let n = run_rule(
            &super::super::quotes_nesting::QuotesNesting,
            text,
            &Settings::default(),
        );
        assert!(n.is_empty(), "{n:?}");
        // German closes with “: no finding there.
        let de = "Kopf\n\nEr sagte „wir kommen“ und ging.\n";
        let lang = crate::lang::Lang::builtin("de").unwrap();
        let doc = crate::model::Document::parse(de, crate::model::Format::Plain, &lang);
        assert!(doc.quote_problems.is_empty(), "{:?}", doc.quote_problems);
    }

    #[test]
    fn next_quotation_opens_first() {
        let text = "Head\n\n\"We will win, he said. \"Next.\"\n";
        assert_eq!(starts(text), [6]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let text = "Head\n\nWashington's view of the ’90s and rock ’n’ roll, the Joneses’ house, don’t, o’clock, ’em.\n";
        assert!(starts(text).is_empty());
    }
}
