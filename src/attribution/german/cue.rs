//! One German cue and its source: a verb of saying with its subject before
//! it (`Müller sagte`), after it (`sagte Müller`, `Dazu sagte Müller`), in
//! a `wie` clause (`wie die Polizei mitteilte`), or behind an auxiliary
//! (`Müller hat gesagt`, `wurde mitgeteilt`); and the phrases that name a
//! source with no verb (`laut X`, `X zufolge`, `nach Angaben von X`,
//! `…, so X`).

use super::reader::{self, Reader};
use super::speakers_of::{passive_agent, quoted_person, relative_subject};
use crate::attribution::grammar::Source;

/// Where a cue's source stands, which tells where its content is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Place {
    /// `Müller sagte, …`: the content follows.
    Before,
    /// `…, sagte Müller.` or `…, so Müller.`: the content came first.
    After,
    /// `Dazu sagte Müller, …`, `Laut Müller …`: the content is the rest.
    Inside,
}

#[derive(Clone, Debug)]
pub(super) struct Cue {
    /// The cue's tokens, inclusive.
    pub first: usize,
    pub last: usize,
    pub source: Option<Source>,
    pub place: Place,
    /// The tokens the cue and its source cover, to leave out of the content.
    pub covers: std::ops::Range<usize>,
    /// A verb that attributes only a quotation next to it (`ergänzte`,
    /// `rief`): with none, it is no cue.
    pub quote_only: bool,
}

/// The cues of sentence `a..b`, in order.
pub(super) fn cues_in(r: &Reader<'_, '_>, a: usize, b: usize) -> Vec<Cue> {
    let mut out = Vec::new();
    let mut k = a;
    while k < b {
        let found = phrase_cue(r, a, b, k).or_else(|| verb_cue(r, a, b, k));
        match found {
            Some(c) => {
                k = c.covers.end.max(k + 1);
                out.push(c);
            }
            None => k += 1,
        }
    }
    out
}

/// The start of the clause holding `k`: after the last comma, colon or
/// closing quotation before it in the sentence. A name in quotation marks
/// after its article (`wie die „Morgenpost“ berichtete`) is part of the
/// clause: its subject, most often.
fn clause_start(r: &Reader<'_, '_>, a: usize, k: usize) -> usize {
    let mut i = k;
    while i > a {
        i -= 1;
        if r.is_punct(i, ',') || r.is_punct(i, ':') || r.is_punct(i, ';') {
            return i + 1;
        }
        if r.is_mark(i) {
            match r.name_after_article(a, i) {
                Some(open) => i = open,
                None => return i + 1,
            }
        }
    }
    a
}

/// A verb of saying at `v` with its source.
fn verb_cue(r: &Reader<'_, '_>, a: usize, b: usize, v: usize) -> Option<Cue> {
    if !r.is_speech_verb(v, a) || !r.has_particle(v, b) || cross_reference(r, v) {
        return None;
    }
    let g = &r.d.german;
    // `Vieles sprach für den Standort`, `forderte Hilfe an`, `erklärte
    // den Vertrag für nichtig`: with this word right after the verb or
    // near its clause's end, the verb says nothing. (`sprach von einem
    // Erfolg für die Partei` still says something.)
    let verb = r.word(v)?;
    let clause: Vec<&str> = (v + 1..b)
        .take_while(|&k| !r.is_punct(k, ',') && !r.is_punct(k, ':') && !r.is_mark(k))
        .filter_map(|k| r.narrated(k))
        .collect();
    let near = [clause.first(), clause.iter().rev().nth(1), clause.last()];
    let idiom = near
        .into_iter()
        .flatten()
        .any(|w| g.not_cues.is_folded(&format!("{verb} {w}")));
    if idiom {
        return None;
    }
    let c0 = clause_start(r, a, v);
    // The finite verb: an auxiliary before a participle, else the cue.
    // (`soll Anelka gesagt haben`: hearsay stands where the auxiliary
    // would.)
    // (For a passive of quoting, a paper's name in quotation marks is no
    // clause boundary: `wird von der „Zeitung“ mit den Worten zitiert`.
    // Quoted words are no narration, so none inside one is taken. Other
    // verbs keep the boundary: crossing it found more participles than
    // attributions.)
    let from = if r.word(v).is_some_and(|w| g.passive_speakers.is(w)) {
        clause_start_past_marks(r, a, v)
    } else {
        c0
    };
    // (`lässt … erklären`: whoever has it said is the subject of `lassen`,
    // which stands where the auxiliary would. `ließ sich … erklären`
    // is a passive of sorts: nobody said it.)
    let reflexive = |i: usize| (i..v).any(|k| r.narrated(k).is_some_and(|w| g.reflexives.is(w)));
    let causative = |i: usize| r.narrated(i).is_some_and(|w| g.causatives.is(w));
    let aux = (from..v).find(|&i| {
        r.narrated(i)
            .is_some_and(|w| g.auxiliaries.is(w) || g.hearsay.is(w))
            || causative(i) && !reflexive(i)
    });
    // (Only when the verb is the infinitive `lassen` governs: `ließ sich
    // nicht beirren und sagte` is a second verb of its own.)
    let governed = |i: usize| !(i..v).any(|k| r.narrated(k).is_some_and(|w| g.coordinators.is(w)));
    if aux.is_none() && (from..v).any(|i| causative(i) && governed(i)) {
        return None;
    }
    if aux.is_none() && from > a && r.is_mark(from - 1) {
        // `werden von Kritikern als „…“ bezeichnet`: a quotation between
        // the passive's agent and its participle.
        let before = clause_start_past_marks(r, a, v);
        let h = (before..v).find(|&i| r.narrated(i).is_some_and(|w| g.passives.is(w)));
        if let Some(s) = h.and_then(|h| passive_agent(r, h, v)) {
            return Some(Cue {
                first: v,
                last: v,
                source: Some(s),
                place: Place::Inside,
                covers: from..v + 1,
                quote_only: true,
            });
        }
    }
    let head = aux.unwrap_or(v);
    let passive = aux.is_some_and(|h| r.word(h).is_some_and(|w| g.passives.is(w)));
    let verb = r.word(v)?;
    let quote_only = !r.d.strong.contains(verb)
        && !r.d.phrasal_verbs.contains(verb)
        && !r.d.cognition.contains(verb);
    let cue = |source: Option<Source>, place: Place, covers: std::ops::Range<usize>| Cue {
        first: v,
        last: v,
        source,
        place,
        covers,
        quote_only,
    };
    // After the finite verb, the subject may follow a reflexive or an
    // adverb (`fragen sich Experten`, `sagte auch Müller`); an object is
    // no subject (`kritisierte den Plan`).
    let after = |h: usize| r.subject_after(h, b);
    // A clause with its verb last: `wie die Polizei mitteilte`, `dass
    // Müller gefragt habe`. The subject follows the opening word.
    // (`Denn wie die Zeitung berichtete`: a conjunction before the one
    // that opens the clause.)
    let boundary = |k: usize| r.narrated(k).is_some_and(|w| r.d.boundary.contains(w));
    let c0 = if boundary(c0) && boundary(c0 + 1) {
        c0 + 1
    } else {
        c0
    };
    if boundary(c0) && c0 + 1 < v && verb_last(r, v, b) {
        let s = r.source_at(c0 + 1, v);
        return Some(cue(s, Place::Inside, c0..v + 1));
    }
    if passive && !r.word(v).is_some_and(|w| g.passive_speakers.is(w)) {
        // `Es wurde von ihrem Sohn geäußert, …`, `werden von Kritikern als
        // „…“ bezeichnet`: the agent after `von` said it. (`Es wurde von
        // einem Erfolg gesprochen`: some verbs take `von` as their object.)
        // (For a quotation only: the corpus reads `wurde von der Polizei
        // bestätigt` as no report, and the agent is often no speaker,
        // `wurde von Anwohnern gemeldet`.)
        let agent = passive_agent(r, head, v);
        // `wurde mitgeteilt`: said, but by no one the clause names. (`wird
        // Musk zitiert` names the speaker as its subject.)
        return agent.map(|s| Cue {
            quote_only: true,
            ..cue(Some(s), Place::Inside, c0..v + 1)
        });
    }
    // `Die Zeitung zitiert den Anwalt mit den Worten: „…“`, `„…“,
    // zitierte man Eva Lind`: who is quoted speaks, not who quotes.
    if let Some(o) = quoted_person(r, v, b).filter(|_| aux.is_none()) {
        let end = o.all.end;
        let place = if head > a && (r.is_punct(head - 1, ',') || r.is_mark(head - 1)) {
            Place::After
        } else {
            Place::Inside
        };
        return Some(cue(Some(o), place, c0.min(v)..end));
    }
    // A pronoun that is only ever a subject, right after the verb, is the
    // subject: `Deren Haltung bezeichnete er als …`.
    // (So is a demonstrative alone: `sagte dieser, dass …`.)
    if let Some(s) = r.demonstrative_at(head + 1) {
        return Some(cue(Some(s), Place::Inside, c0..v + 1));
    }
    // (After `lassen`, any pronoun: `Aktuell lässt sie erklären`.)
    if r.narrated(head + 1)
        .is_some_and(|w| g.subject_pronouns.is(w) || causative(head) && r.d.pronouns.contains(w))
    {
        let one = head + 1..head + 2;
        let s = Source {
            all: one.clone(),
            name: one,
        };
        return Some(cue(Some(s), Place::Inside, c0..v + 1));
    }
    // `Auch einige Parteien haben angekündigt`: a focus adverb before the
    // subject is not part of it.
    let a = if head > a + 1 && r.narrated(a).is_some_and(|w| g.focus.is_folded(w)) {
        a + 1
    } else {
        a
    };
    // Verb second: the subject is the whole stretch before it (`Dies
    // äußerte der Abgeordnete`: a pronoun of narration is the object).
    if let Some(s) = r.subject_before(a, head).filter(|s| !is_no_one(r, s)) {
        // `Die Kürzung kritisierte der Vorsitzende scharf`: a subject's
        // article and a role after the verb make that stretch the object.
        if let Some(o) = r.role_follows(head).then(|| after(head)).flatten() {
            return Some(cue(Some(o), Place::Inside, a..v + 1));
        }
        return Some(cue(Some(s), Place::Before, a..v + 1));
    }
    let after_comma = head > a && (r.is_punct(head - 1, ',') || r.is_mark(head - 1));
    // Verb first in its clause after a comma or a quotation: inversion.
    if head == c0 && (after_comma || head == a) {
        // `Die Bürger, die dafür stimmten, sagten:`: a relative clause
        // between the subject and its verb.
        // (Also when the words after the verb open with a possessive:
        // `Müller, der gewählt wurde, nannte seinen Rückzug …` has its
        // object there. An article may open either: `Die Mönche, die …,
        // beschrieb die Agentur als …` is inverted.)
        let s = after(head);
        let possessive = s.as_ref().is_some_and(|s| {
            r.word(s.all.start)
                .is_some_and(|w| r.d.possessives.contains(w))
        });
        if s.is_none() || possessive {
            if let Some(s) = relative_subject(r, a, head) {
                return Some(cue(Some(s), Place::Before, a..v + 1));
            }
        }
        // `Der Minister wies das zurück, die Sprecherin, Eva Roth (SPD),
        // erklärte: „…“`: a second clause joined by a comma, its subject
        // (with an apposition) between that comma and the verb.
        if s.is_none() {
            if let Some(s) = spliced_subject(r, a, head) {
                let from = s.all.start;
                return Some(cue(Some(s), Place::Before, from..v + 1));
            }
        }
        let s = s?;
        let end = s.all.end;
        let place = if after_comma {
            Place::After
        } else {
            Place::Inside
        };
        return Some(cue(Some(s), place, head..end.max(v + 1)));
    }
    if let Some(s) = r.subject_before(c0, head).filter(|s| !is_no_one(r, s)) {
        return Some(cue(Some(s), Place::Before, c0..v + 1));
    }
    // A fronted adverbial: the subject follows the finite verb. When no
    // subject reads, the cue still attributes a quotation next to it, to
    // no one the grammar can name.
    // `Der Mann biss den Gast und rief: „…“`: a second verb of the
    // sentence's subject.
    // (`Als ein Gast half, biss der Mann ihn und rief`: the subject of the
    // clause the verb is in, before that of the sentence.)
    // (A verb right after `und` has no subject of its own, so whatever
    // follows it is its object: `befand … und nannte den Auftrag „…“`.
    // Inversion needs a word before the verb, which `und` is not.)
    let coordinated = || {
        r.narrated(head.checked_sub(1)?)
            .filter(|w| g.coordinators.is(w))
            .and_then(|_| {
                // (Its comma, not a quotation's mark: `während die
                // „Initiative“ den Plan lobt und fordert`.)
                let c = (a..head)
                    .rev()
                    .find(|&i| r.is_punct(i, ',') || r.is_punct(i, ';') || r.is_punct(i, ':'))
                    .map_or(a, |i| i + 1);
                (c > a)
                    .then(|| r.sentence_subject(c, head))
                    .flatten()
                    .or_else(|| r.sentence_subject(a, head))
            })
    };
    // `Die Medien hatten von einem „Krieg“ gesprochen`: a quotation
    // inside the clause hides its auxiliary from `c0`; the subject stands
    // before that auxiliary.
    let across = || {
        let from = clause_start_inline(r, a, v);
        let h = (from..c0).find(|&i| r.narrated(i).is_some_and(|w| g.auxiliaries.is(w)))?;
        r.subject_before(from, h).filter(|s| !is_no_one(r, s))
    };
    let s = coordinated().or_else(|| after(head)).or_else(across);
    let end = s.as_ref().map_or(v + 1, |s| s.all.end.max(v + 1));
    Some(cue(s, Place::Inside, c0..end))
}

/// The start of the clause holding `k` as `clause_start` reads it, but
/// across a quotation the clause's words enclose (`hatten von einem
/// „Krieg“ gesprochen`): one whose opening mark follows a word.
fn clause_start_inline(r: &Reader<'_, '_>, a: usize, k: usize) -> usize {
    let mut i = k;
    while i > a {
        i -= 1;
        if r.is_punct(i, ',') || r.is_punct(i, ':') || r.is_punct(i, ';') {
            return i + 1;
        }
        if r.is_mark(i) {
            let open = (a..i).rev().find(|&j| r.is_mark(j));
            match open {
                Some(j) if j > a && r.narrated(j - 1).is_some() && r.is_quoted(i) => i = j,
                _ => return i + 1,
            }
        }
    }
    a
}

/// The start of the clause holding `k` as `clause_start` reads it, but
/// across quotation marks: after the last comma, colon or semicolon.
fn clause_start_past_marks(r: &Reader<'_, '_>, a: usize, k: usize) -> usize {
    (a..k)
        .rev()
        .find(|&i| r.is_punct(i, ',') || r.is_punct(i, ':') || r.is_punct(i, ';'))
        .map_or(a, |i| i + 1)
}

/// Is the verb at `v` the last word of an aside in parentheses holding
/// only a few words (`(Wikinews berichtete)`, `(wir berichteten)`)? That
/// points the reader to an earlier report; it attributes nothing.
fn cross_reference(r: &Reader<'_, '_>, v: usize) -> bool {
    let tokens = &r.doc.tokens;
    let closes = tokens.get(v + 1).is_some_and(|t| t.close().is_some());
    closes
        && (v.saturating_sub(4)..v)
            .rev()
            .take_while(|&i| tokens[i].is_word() || tokens[i].open().is_some())
            .any(|i| tokens[i].open().is_some())
}

/// Does the clause of cue `v` end with it, or with its auxiliaries (`wie
/// die Polizei mitteilte,`, `dass er gefragt habe`)? A verb with more
/// after it stands second (`Als Begründung sagte ein Arzt`).
fn verb_last(r: &Reader<'_, '_>, v: usize, b: usize) -> bool {
    let g = &r.d.german;
    let verb = r.word(v).unwrap_or_default();
    (v + 1..b).take_while(|&k| r.word(k).is_some()).all(|k| {
        r.word(k).is_some_and(|w| {
            g.auxiliaries.is(w)
                || g.subjunctives.is(w)
                || g.hearsay.is(w)
                || r.d.is_phrasal(verb, w)
        })
    })
}

/// A name in quotation marks opening at `k` (`„Tagesspiegel“`): its
/// words, marks included.
fn quoted_name(r: &Reader<'_, '_>, k: usize) -> Option<Source> {
    if !r.is_mark(k) {
        return None;
    }
    let close = (k + 1..(k + 8).min(r.doc.tokens.len())).find(|&i| r.is_mark(i))?;
    (close > k + 1).then(|| Source {
        all: k..close + 1,
        name: k + 1..close,
    })
}

/// After `laut`, a source the noun-phrase reader does not take: a web
/// address (`laut kiel.de`), or a noun after words in lower case
/// (`laut israelischen Medien`, `laut einer dpa-Meldung`, `laut
/// ai-Bericht`): `laut` is followed by its source and nothing else.
fn loose_source(r: &Reader<'_, '_>, i: usize, b: usize) -> Option<Source> {
    let t = &r.doc.tokens;
    let glued = |x: usize| t[x].span.end == t[x + 1].span.start;
    let address = i + 2 < b
        && r.word(i).is_some()
        && r.is_punct(i + 1, '.')
        && r.word(i + 2).is_some()
        && glued(i)
        && glued(i + 1);
    if address {
        return Some(Source {
            all: i..i + 3,
            name: i..i + 3,
        });
    }
    for j in i..(i + 4).min(b) {
        let w = r.narrated(j)?;
        if reader::starts_upper(w) || w.contains('-') {
            return Some(Source {
                all: i..j + 1,
                name: j + 1..j + 1,
            });
        }
        if r.d.boundary.contains(w) || r.d.pronouns.contains(w) {
            return None;
        }
    }
    None
}

/// The subject of a clause spliced on with a comma, standing between the
/// last comma after a word in lower case (the first clause's end,
/// `…zurück,`) and the verb at `head`, with its appositions (`die
/// Sprecherin der Fraktion, Eva Roth (SPD),`).
fn spliced_subject(r: &Reader<'_, '_>, a: usize, head: usize) -> Option<Source> {
    let splice = (a + 1..head.checked_sub(1)?).rev().find(|&k| {
        r.is_punct(k, ',') && r.narrated(k - 1).is_some_and(|w| !reader::starts_upper(w))
    })?;
    r.subject_before(splice + 1, head)
}

/// The document `heißt es` quotes, opening at `k` after its preposition:
/// past adjectives after a preposition with its article in it (`im
/// letzten Absatz des Briefes`).
fn document_at(r: &Reader<'_, '_>, k: usize, end: usize) -> Option<Source> {
    let mut from = k;
    while from + 1 < end
        && r.narrated(from).is_some_and(|w| {
            !reader::starts_upper(w)
                && !r.d.determiners.contains(w)
                && !r.d.german.joiners.is(w)
                && reader::joins(r.d, w)
        })
    {
        from += 1;
    }
    r.source_at(from, end)
}

/// A one-word subject that names no one (`Dies`, `Das`, `Es`).
fn is_no_one(r: &Reader<'_, '_>, s: &Source) -> bool {
    s.all.len() == 1 && r.word(s.all.start).is_some_and(|w| r.d.no_one.contains(w))
}

/// `laut X`, `X zufolge`, `nach Angaben von X`, `…, so X`.
fn phrase_cue(r: &Reader<'_, '_>, a: usize, b: usize, k: usize) -> Option<Cue> {
    let w = r.narrated(k)?;
    let g = &r.d.german;
    let inside = |first: usize, last: usize, s: Option<Source>| {
        let end = s.as_ref().map_or(last + 1, |s| s.all.end.max(last + 1));
        Some(Cue {
            first,
            last,
            covers: first..end,
            source: s,
            place: Place::Inside,
            quote_only: false,
        })
    };
    if g.according.is_folded(w) {
        // `laut Polizei`, `laut einem Bericht`, `laut „Tagesspiegel“` (a
        // paper's name in quotation marks is its source).
        let s = r
            .source_at(k + 1, b)
            .or_else(|| quoted_name(r, k + 1))
            .or_else(|| loose_source(r, k + 1, b));
        return inside(k, k, Some(s?));
    }
    if g.report_openers.is(w) || (k == a && g.report_openers.is_folded(w)) {
        // `nach Angaben der Polizei`, `nach Angaben von Zeugen`, `nach
        // einer Stellungnahme der Armee`, `nach ihrer Auffassung`, `nach
        // eigenen Angaben` (whose source is the clause's subject).
        // (`nach Polizeiangaben`, `nach Zeugenaussagen`: a compound of
        // one names its source in its first part.)
        let noun = (k + 1..(k + 4).min(b)).find(|&i| {
            r.narrated(i)
                .is_some_and(|n| g.report_nouns.is(n) || g.report_endings.ends(n, 1))
        })?;
        let between_ok = (k + 1..noun).all(|i| {
            r.narrated(i).is_some_and(|w| {
                !reader::starts_upper(w) && (r.d.determiners.contains(w) || w.len() > 3)
            })
        });
        if !between_ok {
            return None;
        }
        let mut from = noun + 1;
        if r.narrated(from).is_some_and(|w| g.of.is(w)) {
            from += 1;
        }
        // With no source after it, the phrase still reports: `nach
        // eigenen Angaben` the clause's subject, `nach ersten
        // Informationen`, `nach Polizeiangaben` the phrase itself.
        // `nach eigenen Angaben` is the clause's subject's, whatever
        // follows (`hat nach eigenen Angaben die Halle abgesucht`).
        let own = (k + 1..noun).any(|i| r.narrated(i).is_some_and(|w| g.own.is(w)));
        let subject = || {
            let clause = clause_start(r, a, k);
            r.sentence_subject(clause, b)
                .filter(|s| s.all.end <= k || s.all.start > noun)
        };
        let phrase = Source {
            all: k + 1..noun + 1,
            name: noun + 1..noun + 1,
        };
        // A compound names its source itself (`nach Polizeiangaben`): what
        // follows it is the clause's (`… einen Toten gefordert`).
        let compound = r.narrated(noun).is_some_and(|n| !g.report_nouns.is(n));
        let s = if own {
            subject().or(Some(phrase))
        } else if compound {
            Some(phrase)
        } else {
            r.source_at(from, b).or(Some(phrase))
        };
        return inside(k, noun, s);
    }
    if g.report_nouns.is(w) && r.narrated(k + 1).is_some_and(|n| g.report_openers.is(n)) && k > a {
        // `seiner Meinung nach`: the possessive before the noun says whose.
        r.narrated(k - 1).filter(|p| r.d.possessives.contains(p))?;
        let s = Source {
            all: k - 1..k + 1,
            name: k - 1..k - 1,
        };
        return inside(k - 1, k + 1, Some(s));
    }
    if g.postpositions.is_folded(w) && k > a {
        // `der Polizei zufolge`: the source runs back to the clause start.
        let c0 = clause_start(r, a, k);
        let s = (c0..k).find_map(|i| r.source_before(i, k));
        return s.map(|s| Cue {
            first: k,
            last: k,
            covers: s.all.start..k + 1,
            source: Some(s),
            place: Place::Inside,
            quote_only: false,
        });
    }
    let es_after = r
        .narrated(k + 1)
        .is_some_and(|e| g.impersonal_subjects.is(e));
    // `hatte es geheißen`, `soll es heißen`: an auxiliary before `es`, the
    // verb of saying right after it.
    let late = (g.auxiliaries.is_folded(w) || g.hearsay.is_folded(w))
        && r.narrated(k + 2)
            .is_some_and(|v| g.impersonal_late.is_folded(v));
    if es_after && (g.impersonal.is_folded(w) || late) {
        let last = if late { k + 2 } else { k + 1 };
        // `…“, heißt es in einer Erklärung der Partei.`: the document after
        // the preposition, if one is named.
        let place_word = |i: usize| {
            r.narrated(i)
                .is_some_and(|p| g.document_prepositions.is_folded(p))
        };
        // The document after the cue (`heißt es in dem Antrag`), or before
        // it (`In dem Antrag heißt es`).
        // (`heißt es dazu in …`: an adverb may come first; `In der
        // Mitteilung von heute heißt es`: the document's name may end
        // before the adverbs that close the phrase.)
        let mut p = last + 1;
        while r.narrated(p).is_some_and(|w| r.d.between.contains(w)) {
            p += 1;
        }
        let s = place_word(p)
            .then(|| document_at(r, p + 1, b))
            .flatten()
            .or_else(|| {
                // (`Im Schreiben, das … zuging, heißt es`: a relative
                // clause between the document and the cue.)
                let mut end = k;
                let mut c0 = clause_start(r, a, k);
                if let Some(o) = (c0 > a && r.is_punct(c0 - 1, ','))
                    .then(|| r.relative_opening(a, c0 - 1))
                    .flatten()
                {
                    end = o;
                    c0 = clause_start(r, a, o);
                }
                (place_word(c0) && c0 + 1 < end)
                    .then(|| document_at(r, c0 + 1, end))
                    .flatten()
            });
        let end = s.as_ref().map_or(last + 1, |s| s.all.end);
        let after = k > a && (r.is_punct(k - 1, ',') || r.is_mark(k - 1));
        return Some(Cue {
            first: k,
            last,
            covers: k..end,
            source: s,
            place: if after { Place::After } else { Place::Inside },
            quote_only: false,
        });
    }
    if k == a && g.opinion_openers.is_folded(w) {
        // `Für die Forscherin ist die Lage „ernst“`: whose view, for a
        // quotation only (`Für die Kinder ist ein Spielplatz geplant`
        // reports nothing).
        let s = r.source_at(k + 1, b)?;
        let end = s.all.end;
        r.narrated(end).filter(|v| g.copulas.is(v))?;
        return Some(Cue {
            first: k,
            last: k,
            covers: k..end,
            source: Some(s),
            place: Place::Inside,
            quote_only: true,
        });
    }
    if g.source_openers.is(w) && k > a && r.is_punct(k - 1, ',') {
        // `…, so Müller.`: a source and nothing else to the clause's end.
        // (`…, so dieser.`: a demonstrative alone stands for a person.)
        let s = r
            .source_at(k + 1, b)
            .or_else(|| r.demonstrative_at(k + 1))?;
        // `…, so Müller weiter:`, `…, so Müller in einem Interview.`: an
        // adverb or a phrase in lower case may follow the source, but no
        // verb of a clause of its own. (The phrase may be long: `so X in
        // einem Beitrag auf der Seite der Zeitung aus Y, …`.)
        let tail = (s.all.end..b)
            .find(|&i| r.word(i).is_none() && !r.doc.tokens[i].is_number())
            .unwrap_or(b);
        let modifier = tail - s.all.end <= 14
            && r.narrated(s.all.end)
                .is_some_and(|w| g.subject_ends.is(w) && !g.according.is_folded(w))
            && (s.all.end..tail).all(|i| {
                r.narrated(i).is_none_or(|w| {
                    !(g.subjunctives.is(w) || g.auxiliaries.is(w) || g.complementizers.is(w))
                })
            });
        let end = if modifier { tail } else { s.all.end };
        let closes = end >= b
            || r.is_punct(end, '.')
            || r.is_punct(end, ',')
            || r.is_punct(end, ';')
            || r.is_punct(end, ':')
            || r.is_mark(end);
        return closes.then_some(Cue {
            first: k,
            last: k,
            covers: k..end,
            source: Some(s),
            place: Place::After,
            quote_only: false,
        });
    }
    None
}
