//! Reported speech, "according to", and attributions at a sentence's end
//! (`…, CNBC reported.`, `…, Analysts Say`): driven by the cue words.

use super::according::according_at;
use super::clauses::{
    appositive_relative_subject, clause_start, leading_clause, leading_clause_end,
    relative_subject, thing_relative_subject,
};
use super::data::Data;
use super::found::{quotation_at, sentence_of, token_span, Found};
use super::grammar::{complement, inverted, subject, Complement, Cue};
use super::toks::Toks;
use super::AttributionKind;
use crate::model::{Document, TokenKind};
use crate::span::Span;

/// Content before the source: from the clause start to the comma before
/// token `src`.
pub(super) fn content_before(doc: &Document<'_>, start: usize, src: usize) -> Option<Span> {
    if src < start + 2 {
        return None;
    }
    let t = doc.tokens[src - 1];
    let end = if t.is_punct(',') || t.is_punct('—') || matches!(t.kind(), TokenKind::Quote(_)) {
        src - 1
    } else {
        return None;
    };
    let mut e = end;
    while e > start && matches!(doc.tokens[e - 1].kind(), TokenKind::Punct(',' | '—')) {
        e -= 1;
    }
    (e > start).then(|| token_span(doc, start..e))
}

fn taken(found: &[Found], from: usize, at: Span, tok: usize) -> bool {
    found[from..].iter().any(|f| {
        f.cue.first <= tok && tok <= f.cue.last
            || f.content
                .is_some_and(|c| c.start <= at.start && at.end <= c.end)
    })
}

/// Appends the reported speech of the whole document to `out`, which
/// holds the direct quotations' attributions.
pub fn find(doc: &Document<'_>, d: &Data, out: &mut Vec<Found>) {
    let direct = std::mem::take(out);
    let mut found = Vec::new();
    find_in(doc, d, &direct, 0..doc.sentences.len(), &mut found);
    *out = direct;
    out.append(&mut found);
}

/// The reported speech of sentences `range` into `out`, with `direct`
/// the direct quotations' attributions. Sentences are independent, so a
/// very large document is searched in parallel slices.
pub fn find_in(
    doc: &Document<'_>,
    d: &Data,
    direct: &[Found],
    range: std::ops::Range<usize>,
    out: &mut Vec<Found>,
) {
    // Cue tokens of direct quotations, to skip.
    let mut direct_cues: Vec<usize> = direct.iter().map(|f| f.cue.first).collect();
    direct_cues.sort_unstable();
    // The least sentence from each direct attribution on: the last one at
    // or before sentence `si` is found by binary search, not by walking
    // back over a very large file's attributions for each cue.
    let mut least: Vec<usize> = direct.iter().map(|f| f.sentence).collect();
    for j in (0..least.len().saturating_sub(1)).rev() {
        least[j] = least[j].min(least[j + 1]);
    }
    let bytes = doc.text.as_bytes();
    // Cue words are one word in twenty or fewer: the words that may be
    // one (by the cue list's shapes, or "according") are listed first,
    // without a branch per token, and only they are looked up.
    let mut cands = Vec::new();
    if let (Some(a), Some(b)) = (
        doc.sentences.get(range.start),
        range.end.checked_sub(1).and_then(|e| doc.sentences.get(e)),
    ) {
        let (lo, hi) = (a.tokens.start as usize, b.tokens.end as usize);
        crate::model::sig::select(
            &doc.tokens[lo..hi],
            lo,
            |s| d.cue_shapes.may_hold(s),
            &mut cands,
        );
    }
    let mut next = 0;
    for (si, s) in doc.sentences[range.clone()]
        .iter()
        .enumerate()
        .map(|(i, s)| (range.start + i, s))
    {
        let st = s.tokens.start as usize;
        let en = s.tokens.end as usize;
        let first_here = out.len();
        let mut k = st;
        while k < en {
            // Skip to the next cue word in one tight pass: most words are
            // no cue, and most sentences hold none.
            while next < cands.len() && (cands[next] as usize) < k {
                next += 1;
            }
            let hit = cands[next..]
                .iter()
                .take_while(|&&c| (c as usize) < en)
                .find(|&&c| {
                    let t = doc.tokens[c as usize];
                    let b = &bytes[t.span.start as usize..t.span.end as usize];
                    t.is_word()
                        && (d.cues.contains_bytes(b)
                            || d.reported_phrasal_first.contains_bytes(b)
                            || b.eq_ignore_ascii_case(b"according"))
                });
            match hit {
                Some(&c) => k = c as usize,
                None => break,
            }
            let t = doc.tokens[k];
            let w = t.text(doc.text);
            let is_acc = w.len() == 9 && w.eq_ignore_ascii_case("according");
            // A capitalised cue inside a sentence is a name ("Thrift Savings
            // Plan"), except in a title-case headline or heading.
            if k > st
                && w.starts_with(|c: char| c.is_uppercase())
                && doc.blocks[s.block as usize].kind.is_body()
            {
                k += 1;
                continue;
            }
            if direct_cues.binary_search(&k).is_ok()
                || taken(out, first_here, t.span, k)
                || quotation_at(doc, t.span.start).is_some()
            {
                k += 1;
                continue;
            }
            if is_acc {
                match according_at(doc, d, (st, en, si), k) {
                    Some((f, end)) => {
                        out.push(f);
                        k = end;
                    }
                    None => k += 1,
                }
                continue;
            }
            // "pointed out that", "made it clear that": the cue runs to
            // its last word, and reports as a verb of saying does.
            let phrasal = super::phrasal::reported_end(doc, d, k, en);
            if phrasal.is_none() && !d.cues.contains(w) {
                k += 1;
                continue;
            }
            let last = phrasal.unwrap_or(k);
            let weak = phrasal.is_none() && !d.strong.contains(w);
            let cs = clause_start(doc, d, st, k);
            let cue = Cue { first: k, last };
            // "Trump attacked Cruz, saying that …", "X began by noting
            // that …": a participle's subject is the main clause's, never
            // the clause itself.
            let hangs = k > cs + 1
                && w.ends_with("ing")
                && (doc.tokens[k - 1].is_punct(',') || doc.tokens[k - 1].text(doc.text) == "by");
            // Only verbs of saying: "children, who believed the manager
            // was disloyal" tells what they thought, not what they said.
            let relative = (!weak)
                .then(|| super::relatives::relative_cue_subject(doc, d, st, k))
                .flatten();
            // "Lee, who said …, said": the relative clause ends at the
            // comma before the main verb.
            let rel_comma = relative
                .as_ref()
                .is_some_and(|r| doc.tokens[r.all.start - 1].is_punct(','));
            let from_relative = relative.is_some();
            let subj = if from_relative {
                relative
            } else if hangs {
                super::grammar::main_subject(d, Toks::new(doc.text, &doc.tokens, cs..k - 1))
            } else if let Some(src) = thing_relative_subject(doc, d, st, cs, k) {
                Some(src)
            } else if let Some(src) = appositive_relative_subject(doc, d, st, cs, k) {
                Some(src)
            } else if cs < k {
                let clause = Toks::new(doc.text, &doc.tokens, cs..k);
                // "none of the analysts I spoke with thought": the group,
                // not the pronoun of the clause about it.
                super::grammar::contact_subject(d, clause)
                    .or_else(|| subject(d)(clause).ok().map(|(_, s)| s))
                    .or_else(|| relative_subject(doc, d, st, k))
                    // "In March the company said …": an opening phrase
                    // with no comma before the subject.
                    .or_else(|| {
                        super::grammar::after_bare_intro(d, Toks::new(doc.text, &doc.tokens, cs..k))
                    })
            } else {
                None
            };
            // "Lee praised the crews and said the roads would reopen",
            // "…, but told reporters …": a verb joined to the verbs before
            // it shares their subject. (Participles hang off a clause by a
            // comma, read above.)
            let subj = subj
                .or_else(|| {
                    (!w.ends_with("ing"))
                        .then(|| super::joined::joined_speaker(doc, d, si, k))
                        .flatten()
                })
                .or_else(|| super::joined::parted_subject(doc, d, st, en, k));
            let after = Toks::new(doc.text, &doc.tokens, last + 1..en);
            if super::senses::other_sense(doc, d, k, en) {
                k += 1;
                continue;
            }
            if let Some(src) = subj {
                let Ok((_, comp)) = complement(d, d.object_first.contains(w))(after) else {
                    k += 1;
                    continue;
                };
                let (kind, content) = match comp {
                    Complement::Clause { mut range, that } => {
                        if rel_comma {
                            range.end =
                                super::relatives::relative_clause_end(doc, d, range.clone());
                        } else if leading_clause(doc, d, st) == Some(cs)
                            && !doc.tokens[cs..k].iter().any(|t| t.is_punct(','))
                        {
                            range.end = leading_clause_end(doc, d, range.start, range.end, en);
                        }
                        if from_relative
                            && !that
                            && !super::relatives::relative_clause_ok(doc, d, range.clone())
                        {
                            k += 1;
                            continue;
                        }
                        if weak && !that && !weak_clause_ok(doc, d, w, range.start) {
                            k += 1;
                            continue;
                        }
                        if !that && super::senses::plain_object(doc, d, k, range.start, range.end) {
                            k += 1;
                            continue;
                        }
                        (AttributionKind::Indirect, Some(token_span(doc, range)))
                    }
                    Complement::Quote(_) if weak => {
                        k += 1;
                        continue;
                    }
                    Complement::Quote(m) => match quotation_at(doc, doc.tokens[m].span.end) {
                        Some(q) => (AttributionKind::Direct, Some(doc.quotations[q].span)),
                        None => {
                            k += 1;
                            continue;
                        }
                    },
                    // "voters who ask": a relative word and its verb alone
                    // report nothing.
                    Complement::End if weak || from_relative => {
                        k += 1;
                        continue;
                    }
                    Complement::End => {
                        // "As the Post reported, …" / "…, as the Post
                        // reported.": the clause the "as" clause leans on.
                        let as_clause = cs > st
                            && src.all.start == cs
                            && doc.tokens[cs - 1].is_word()
                            && doc.tokens[cs - 1].text(doc.text).eq_ignore_ascii_case("as");
                        let content = if !as_clause {
                            content_before(doc, st, src.all.start)
                        } else if cs - 1 == st {
                            (k + 1..en)
                                .find(|&j| doc.tokens[j].is_punct(','))
                                .and_then(|c| trimmed(doc, c + 1, en))
                        } else {
                            content_before(doc, st, cs - 1)
                        };
                        (AttributionKind::Indirect, content)
                    }
                };
                // "The ferry captain, Ann Roe said, has created …": the
                // name and its cue are an aside; the sentence around them
                // is what was said.
                let (src, content) =
                    match super::parenthetical::aside_speaker(doc, d, &src, k, last) {
                        Some(name) if kind == AttributionKind::Indirect => {
                            (name, trimmed(doc, st, en))
                        }
                        Some(name) => (name, content),
                        None => (src, content),
                    };
                let last_sentence = content.map_or(si, |c| {
                    sentence_of(doc, doc.tokens.partition_point(|t| t.span.end < c.end))
                });
                out.push(Found {
                    kind,
                    cue,
                    source: Some(src),
                    content,
                    sentence: si,
                    last_sentence,
                });
                k += 1;
                continue;
            }
            // "When asked whether …, Lee said": a question put to
            // someone, by the agent after "by" or by no one named.
            if let Some(f) = super::questions::asked(doc, d, (st, en, si), k) {
                out.push(f);
                k += 1;
                continue;
            }
            // "…, said Smith." — the source after the cue.
            let after_break = k > st
                && matches!(
                    doc.tokens[k - 1].kind(),
                    TokenKind::Punct(',') | TokenKind::Quote(_)
                );
            if after_break && !weak && d.speech.contains(w) {
                if let Ok((rest, src)) = inverted(d)(after) {
                    if rest.is_empty()
                        || rest
                            .first()
                            .is_some_and(|t| matches!(t.kind(), TokenKind::Punct('.' | ',' | ';')))
                    {
                        let content = content_before(doc, st, k);
                        out.push(Found {
                            kind: AttributionKind::Indirect,
                            cue,
                            source: Some(src),
                            content,
                            sentence: si,
                            last_sentence: si,
                        });
                        k += 1;
                        continue;
                    }
                }
            }
            // "…, adding that …": the source of the sentence's attribution.
            if after_break && w.ends_with("ing") && d.speech.contains(w) {
                let prev = out[first_here..]
                    .last()
                    .or_else(|| {
                        // The last direct attribution at or before `si`,
                        // if it is in `si`.
                        let j = least.partition_point(|&m| m <= si).checked_sub(1)?;
                        Some(&direct[j]).filter(|f| f.sentence == si)
                    })
                    .and_then(|f| f.source.clone())
                    .or_else(|| super::joined::sentence_subject(doc, d, st, k));
                // With none, the participle still reports what follows
                // it ("…, saying the plan would fail"), though the
                // clause it hangs off names no speaker the grammar reads.
                if let Ok((_, Complement::Clause { range: r, .. })) =
                    complement(d, d.object_first.contains(w))(after)
                {
                    out.push(Found {
                        kind: AttributionKind::Indirect,
                        cue,
                        source: prev,
                        content: Some(token_span(doc, r)),
                        sentence: si,
                        last_sentence: si,
                    });
                }
            }
            k += 1;
        }
    }
}

/// May a thinking or intent verb take the bare clause starting at token
/// `at`? "think (that) she will", "plans to run"; not "continues to".
fn weak_clause_ok(doc: &Document<'_>, d: &Data, verb: &str, at: usize) -> bool {
    let t = doc.tokens[at];
    if !t.is_word() {
        return false;
    }
    let w = t.text(doc.text);
    if w.eq_ignore_ascii_case("to") {
        return d.infinitive.contains(verb);
    }
    // "thought compromise was likely": a bare noun whose verb follows
    // at once opens a clause as a pronoun does.
    let bare_noun = || {
        doc.tokens.get(at + 1).is_some_and(|n| {
            n.is_word()
                && d.grammar.finite_markers.is(n.text(doc.text))
                && !n.text(doc.text).starts_with(['\'', '’'])
        })
    };
    d.cognition.contains(verb)
        && (d.pronouns.contains(w)
            || d.determiners.contains(w)
            || w.starts_with(|c: char| c.is_uppercase())
            || bare_noun())
}

/// Tokens `a..b` without the sentence's closing punctuation.
pub(super) fn trimmed(doc: &Document<'_>, a: usize, mut b: usize) -> Option<Span> {
    while b > a
        && matches!(
            doc.tokens[b - 1].kind(),
            TokenKind::Punct('.' | '!' | '?' | ';')
        )
    {
        b -= 1;
    }
    (b > a).then(|| token_span(doc, a..b))
}
