//! Verbs of saying with no source the attribution grammar found: "As
//! the Post observed", a document named ("In a poll …", "documents
//! show"), "arrests documented by Fusion"; not an agentless passive ("was
//! blamed for") or a verb that is part of the claim itself.

use super::Scope;
use crate::claims::data::Lexicon;
use crate::model::sig::select;
use crate::span::Span;

/// Words a closing attribution may have after its verb ("wrote in a memo
/// to the state's inspector general"), and in its source after the last
/// break ("a provocative headline from the paper's editorial board").
const CLOSING_TAIL: usize = 12;
const CLOSING_SOURCE: usize = 10;

/// A break between clauses: a comma, a dash, a semicolon or a colon.
fn breaks(t: &crate::model::Token) -> bool {
    matches!(
        t.kind(),
        crate::model::TokenKind::Punct(',' | '—' | '–' | ';' | ':')
    )
}

impl Scope<'_, '_> {
    /// A verb of saying or reporting that the attribution grammar found no
    /// source for ("As the Post — even the devil quotes it — observed"), or
    /// a document named in an opening "In a poll …". Not when the verb is
    /// part of the claim itself ("pledged to").
    ///
    /// A verb after the claim that reports only what follows it is passed
    /// over, and the first such is put in `later`, for the message.
    pub(super) fn says(&self, si: usize, hit: Span, later: &mut Option<Span>) -> bool {
        let mut kept = self.kept.take();
        kept.clear();
        let found = self.says_among(si, hit, later, &mut kept);
        self.kept.set(kept);
        found
    }

    /// [`Scope::says`], with `kept` (empty) to list the tokens to visit in.
    fn says_among(
        &self,
        si: usize,
        hit: Span,
        later: &mut Option<Span>,
        kept: &mut Vec<u32>,
    ) -> bool {
        let doc = self.doc;
        let s = &doc.sentences[si];
        let toks = &doc.tokens[s.tokens.start as usize..s.tokens.end as usize];
        // "In a poll …" names a document until the first comma. Asked
        // only of a document's name, which few sentences hold: the walk
        // to the first comma is not made for every sentence.
        let opening = |k: usize| {
            toks.iter()
                .find(|t| t.is_word())
                .is_some_and(|t| t.text(doc.text).eq_ignore_ascii_case("in"))
                && toks
                    .iter()
                    .position(|t| t.is_punct(','))
                    .is_none_or(|c| c > k)
        };
        // Most words are none of those looked up below: their shapes turn
        // them away (and every token but a word) unread, listed first
        // without a branch per token, so that only the others are visited.
        match &self.data.saying {
            Some(shapes) => select(toks, 0, |s| shapes.may_hold(s), kept),
            None => select(toks, 0, |s| !s.is_empty(), kept),
        }
        for k in kept.iter().map(|&k| k as usize) {
            let t = &toks[k];
            if !t.is_word() {
                continue;
            }
            if super::overlaps(t.span, hit) {
                continue;
            }
            // Every test below asks of the word one of the lists `said`
            // unites: a word in none of them is no verb of saying.
            if let Some(said) = &self.data.said {
                if !said.contains_token(*t, doc.text.as_bytes()) {
                    continue;
                }
            }
            // A poll named with its pollster: "6 percent in a Harbor
            // Institute poll", "polls by Tidewater University that showed".
            if self
                .data
                .polls
                .nouns
                .contains_token(*t, doc.text.as_bytes())
                && self.named_poll(toks, k, hit)
            {
                return true;
            }
            // Token look-ups: the signature turns most words away unread.
            let text = doc.text.as_bytes();
            let word = |j: usize| toks.get(j).filter(|n| n.is_word());
            // A verb of saying; or of a finding, before "that".
            let says_that = toks
                .get(k + 1)
                .is_some_and(|n| text[n.span.range()].eq_ignore_ascii_case(b"that"))
                && (self.attr.findings.contains_token(*t, text)
                    || self.data.rulings.contains_token(*t, text));
            // Asked only where it can matter: of a framed-reporting word,
            // and of a verb found.
            let framed = || self.framed(toks, k);
            let found = if self.attr.strong.contains_token(*t, text)
                || self.data.reporting.contains_token(*t, text)
                || says_that
                || (self.data.reporting_named.contains_token(*t, text) && self.named_verb(toks, k))
                || (self.data.reporting_pronouned.contains_token(*t, text)
                    && k.checked_sub(1)
                        .and_then(&word)
                        .is_some_and(|p| self.data.reporting_subjects.contains(p.text(doc.text)))
                    && self.named_verb(toks, k))
                || (self.data.framed_reporting.contains_token(*t, text) && framed())
                || self.stance_that(toks, k)
                || self.thinks_clause(toks, k)
            {
                true
            } else if self.data.document_sources.contains_token(*t, text) {
                // "In a poll …", or a document that speaks: "documents
                // show", "a Gallup poll puts his approval at …".
                opening(k)
                    || (k + 1..(k + 5).min(toks.len())).any(|j| {
                        word(j).is_some_and(|n| self.data.document_verbs.contains_token(*n, text))
                    })
                    || self.document_phrase_speaks(toks, k)
            } else {
                // "arrests documented by Fusion".
                self.data.agentive.contains_token(*t, text)
                    && word(k + 1).is_some_and(|n| n.text(doc.text).eq_ignore_ascii_case("by"))
                    && word(k + 2).is_some_and(|n| n.text(doc.text).starts_with(char::is_uppercase))
            };
            // The tests below only turn a verb of saying away.
            if !found {
                continue;
            }
            // "would have to tell", "for criticizing": no attribution.
            let unsaid = k > 0
                && toks[k - 1].is_word()
                && self
                    .data
                    .not_reporting_after
                    .contains(toks[k - 1].text(doc.text))
                && !framed();
            // A performance, not a report: "a strong showing".
            let noun = self.gerund_noun(toks, k);
            // "for example", not a report: "no better than, say, the plan".
            let aside = k > 0
                && toks[k - 1].is_punct(',')
                && toks.get(k + 1).is_some_and(|n| n.is_punct(','))
                && self.data.asides.contains(t.text(doc.text));
            if unsaid || noun || aside || self.agentless(toks, k) {
                continue;
            }
            // A verb after the claim reports what follows it ("his critics
            // denounced him, rushing to TV to say he …"), unless its agent
            // is named ("arrests documented by Fusion") or it reports back.
            if hit.end > hit.start
                && t.span.start >= hit.end
                && !self.data.agentive.contains_token(*t, text)
                && !self.reports_back(toks, k, hit)
            {
                *later = later.or(Some(t.span));
                continue;
            }
            return true;
        }
        false
    }

    /// Does the verb of saying at `k`, after the claim `hit`, report the
    /// claim? Yes when the claim is in the verb's own subject, with words
    /// and no break between them ("Two lawsuits … have accused", "a $40
    /// million lawsuit alleging"); or when the verb closes its sentence as an
    /// attribution of what comes before it: a break (comma, dash) after
    /// the claim, then a source of a few words that opens no relative
    /// clause, the verb, and a short tail that opens no reported clause
    /// ("…, Patrick Ruiz, the undersecretary, wrote in a memo to the
    /// board."). "…, who have expressed concern about …" and "…, rushing
    /// to say he …" report only what follows them.
    fn reports_back(&self, toks: &[crate::model::Token], k: usize, hit: Span) -> bool {
        let text = self.doc.text;
        let relative = |t: &crate::model::Token| self.data.relatives.contains(t.text(text));
        let mut between = toks[..k].iter().filter(|t| t.span.start >= hit.end);
        // Not an adverb on the verb ("hysterically denounced", "falsely
        // claimed") nor a modal that forecasts it ("would … say"): those
        // are the writer's words about the saying itself.
        let adverb = !between.clone().any(|t| t.is_word());
        let modal = hit
            .text(text)
            .split_whitespace()
            .next()
            .is_some_and(|w| self.data.modals.contains(w));
        if !adverb && !modal && !between.any(|t| breaks(t) || relative(t)) {
            return true;
        }
        let tail = toks[k + 1..].iter().filter(|t| t.is_word());
        if tail.clone().count() > CLOSING_TAIL
            || tail
                .clone()
                .any(|t| self.data.clause_openers.contains(t.text(text)))
            || toks[k + 1..]
                .iter()
                .any(|t| matches!(t.kind(), crate::model::TokenKind::Quote(_)))
        {
            return false;
        }
        let Some(b) = toks[..k]
            .iter()
            .rposition(breaks)
            .filter(|&b| toks[b].span.start >= hit.end)
        else {
            return false;
        };
        let source = toks[b + 1..k].iter().filter(|t| t.is_word());
        source.clone().count() <= CLOSING_SOURCE && !source.clone().any(relative)
    }

    /// Is the verb of saying at `k` an agentless passive ("was blamed
    /// for", "is credited with", "was said to be")? Those name no source;
    /// "is telling" and "was confirmed by the agency" do.
    fn agentless(&self, toks: &[crate::model::Token], k: usize) -> bool {
        let text = self.doc.text;
        let passive = k > 0
            && toks[k - 1].is_word()
            && self.data.passive_before.contains(toks[k - 1].text(text))
            && !toks[k].text(text).ends_with("ing");
        passive
            && !toks[k + 1..]
                .iter()
                .take(4)
                .any(|t| t.is_word() && t.text(text).eq_ignore_ascii_case("by"))
    }

    /// Is the -ing word at `k` a noun here, a performance rather than a
    /// report: after a determiner, a possessive or a word that grades it
    /// ("Rubio's showing", "a strong showing", "his best showing")? "The
    /// data, showing that …" still reports.
    fn gerund_noun(&self, toks: &[crate::model::Token], k: usize) -> bool {
        let text = self.doc.text;
        if k == 0 || !toks[k].text(text).ends_with("ing") || !toks[k - 1].is_word() {
            return false;
        }
        let before = toks[k - 1];
        let w = before.text(text);
        // However the tokens split "Rubio's", the text before ends so.
        let lead = text[..toks[k].span.start as usize].trim_end();
        let graded = Lexicon::EVALUATIVE | Lexicon::COMPARATIVE;
        w.eq_ignore_ascii_case("a")
            || w.eq_ignore_ascii_case("an")
            || self.data.determiners.contains(w)
            || lead.ends_with("'s")
            || lead.ends_with("’s")
            || self.data.lexicon.of(before, text.as_bytes()) & graded != 0
    }

    /// Does the verb at `k` follow "to" after a word that makes the
    /// subject go on saying ("went on to criticize", "was quick to point
    /// out", "taking pains to say")? "Is expected to say" does not.
    fn framed(&self, toks: &[crate::model::Token], k: usize) -> bool {
        let text = self.doc.text;
        k >= 2
            && toks[k - 1].is_word()
            && toks[k - 1].text(text).eq_ignore_ascii_case("to")
            && toks[k - 2].is_word()
            && self.data.saying_frames.contains(toks[k - 2].text(text))
    }

    /// Is the word at `k` a stance named as someone's own before "that"
    /// after a verb that restates it ("repeated his contention that …",
    /// "reiterated Ruiz's warning that …")? What follows is that person's
    /// view. "The contention that …" names no one.
    fn stance_that(&self, toks: &[crate::model::Token], k: usize) -> bool {
        let text = self.doc.text;
        // By token signature: this runs for every word of a sentence.
        if k == 0
            || !self
                .data
                .stance_nouns
                .contains_token(toks[k], text.as_bytes())
            || !toks
                .get(k + 1)
                .is_some_and(|n| n.is_word() && n.text(text).eq_ignore_ascii_case("that"))
        {
            return false;
        }
        let prev = toks[k - 1];
        let lead = text[..prev.span.end as usize].trim_end();
        let owned = (prev.is_word() && self.data.possessives.contains(prev.text(text)))
            || lead.ends_with("'s")
            || lead.ends_with("’s");
        // The owner says it again here: "repeated his contention that".
        // Named in passing ("after his assertion that …") it is the
        // writer's account of what was said.
        let again = toks[..k - 1]
            .iter()
            .rev()
            .skip_while(|t| !t.is_word() || t.text(text).starts_with(char::is_uppercase))
            .find(|t| t.is_word())
            .is_some_and(|t| self.data.stance_verbs.contains(t.text(text)));
        owned && again
    }

    /// Is the word at `k` a verb of thinking between a subject that names
    /// someone (a capitalised word, or "he", "she", "they") and a clause
    /// ("Vela believes there is no way back", "she thinks it will fail")?
    /// The view is that person's, as the claim labels read it, whether or
    /// not the grammar marked it. "It feels like …" and "owners fear the
    /// new levy" report no view.
    fn thinks_clause(&self, toks: &[crate::model::Token], k: usize) -> bool {
        let text = self.doc.text;
        // A verb of wanting or hoping is the writer's claim about a mind
        // ("Democrats hope they will …"), as the claim labels read it.
        if k == 0
            || !self.attr.cognition.contains_token(toks[k], text.as_bytes())
            || self
                .attr
                .infinitive
                .contains_token(toks[k], text.as_bytes())
        {
            return false;
        }
        let (prev, next) = (toks[k - 1], toks.get(k + 1));
        let w = prev.text(text);
        let subject = prev.is_word()
            && ((w.starts_with(char::is_uppercase) && !self.data.expletives.contains(w))
                || self.data.personal_subjects.contains(w));
        subject
            && next.is_some_and(|n| n.is_word() && self.data.clause_openers.contains(n.text(text)))
    }

    /// Is the word at `k`, which may be a noun ("tax credits", "by 10
    /// points"), a verb of saying here: a name or a personal pronoun
    /// before it, and what it reports after it ("Ruiz points to …",
    /// "Tester credits the party's candidates …")?
    fn named_verb(&self, toks: &[crate::model::Token], k: usize) -> bool {
        let text = self.doc.text;
        let word = |j: usize| toks.get(j).filter(|t| t.is_word()).map(|t| t.text(text));
        let capital = |w: &str| w.starts_with(char::is_uppercase);
        // A capitalised one is a name's ("the United States Senate", "Ohio
        // State University"), not a verb.
        if word(k).is_some_and(capital) {
            return false;
        }
        let subject = self.framed(toks, k)
            || k.checked_sub(1)
                .and_then(word)
                .is_some_and(|w| capital(w) || self.data.reporting_subjects.contains(w));
        let object =
            word(k + 1).is_some_and(|w| capital(w) || self.data.reporting_objects.contains(w));
        subject && object
    }

    /// A source the attribution grammar does not mark, for the whole of
    /// sentence `si`: a name before a colon that introduces its words, or
    /// a named person's proposal carried on by "He would …".
    pub(super) fn unmarked_source(&self, si: usize) -> bool {
        self.name_before_colon(si) || self.carried_proposal(si)
    }

    /// "Of all the arguments, Ruiz settled on: the board cannot be
    /// trusted." A clause of a name (not the sentence's first word, which
    /// may be "Here goes:") or a personal pronoun and at most two words
    /// before a colon: what follows is that person's words, as after
    /// "said:". With no source before it, a colon is the writer's own.
    fn name_before_colon(&self, si: usize) -> bool {
        let doc = self.doc;
        let s = &doc.sentences[si];
        let toks = &doc.tokens[s.tokens.start as usize..s.tokens.end as usize];
        let text = doc.text;
        let Some(colon) = toks.iter().position(|t| t.is_punct(':')) else {
            return false;
        };
        if !toks[colon + 1..].iter().any(|t| t.is_word()) {
            return false;
        }
        // Back over one or two lower-case words to the subject.
        let lower = |t: &crate::model::Token| {
            t.is_word() && t.text(text).starts_with(|c: char| c.is_lowercase())
        };
        let words = toks[..colon].iter().rev().take_while(|t| lower(t)).count();
        if !(1..=2).contains(&words) || colon < words + 1 {
            return false;
        }
        let k = colon - words - 1;
        let subject = toks[k];
        if !subject.is_word() {
            return false;
        }
        let w = subject.text(text);
        let clause_start = k == 0
            || matches!(
                toks[k - 1].kind(),
                crate::model::TokenKind::Punct(',' | '—' | '–' | ';')
            );
        let named = k > 0 && w.starts_with(char::is_uppercase);
        clause_start && (named || self.data.personal_subjects.contains(w))
    }

    /// "Senator Ruiz has proposed a carbon tax. He would use the proceeds
    /// to …": a sentence of "he", "she" or "they" and "would" right after a
    /// sentence of its paragraph that names a proposal or plan and a
    /// person (a capitalised word before the proposal's word) goes on with
    /// that person's plan.
    fn carried_proposal(&self, si: usize) -> bool {
        let doc = self.doc;
        let text = doc.text;
        let s = &doc.sentences[si];
        let block = &doc.blocks[s.block as usize];
        if si == block.sentences.start as usize {
            return false;
        }
        let mut words = doc.tokens[s.tokens.start as usize..s.tokens.end as usize]
            .iter()
            .filter(|t| t.is_word());
        let opens = words
            .next()
            .is_some_and(|t| self.data.personal_subjects.contains(t.text(text)))
            && words
                .next()
                .is_some_and(|t| t.text(text).eq_ignore_ascii_case("would"));
        if !opens {
            return false;
        }
        let p = &doc.sentences[si - 1];
        let prev = &doc.tokens[p.tokens.start as usize..p.tokens.end as usize];
        prev.iter().enumerate().any(|(k, t)| {
            t.is_word()
                && self.data.proposing.contains(t.text(text))
                && prev[..k]
                    .iter()
                    .any(|n| n.is_word() && n.text(text).starts_with(char::is_uppercase))
        })
    }
}

#[cfg(test)]
#[path = "saying_tests.rs"]
mod tests;
