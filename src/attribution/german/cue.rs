//! One German cue and its source: a verb of saying with its subject before
//! it (`Müller sagte`), after it (`sagte Müller`, `Dazu sagte Müller`), in
//! a `wie` clause (`wie die Polizei mitteilte`), or behind an auxiliary
//! (`Müller hat gesagt`, `wurde mitgeteilt`); the phrases that name a
//! source with no verb (`laut X`, `X zufolge`, `…, so X`) are in `phrase`.

use super::phrase::phrase_cue;
use super::reader::{self, participle, Reader};
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
/// clause: its subject, most often. So is one after its noun (`wie die
/// Zeitung „Kurier“ berichtete`).
pub(super) fn clause_start(r: &Reader<'_, '_>, a: usize, k: usize) -> usize {
    clause_start_across(r, a, k, |i| {
        r.name_after_article(a, i)
            .or_else(|| r.name_after_noun(a, i))
    })
}

/// The start of the clause holding `k`, read back from it to the last
/// comma, colon or semicolon, or to a quotation mark at `i` unless
/// `across(i)` gives the opening mark of a quotation the clause holds.
fn clause_start_across(
    r: &Reader<'_, '_>,
    a: usize,
    k: usize,
    across: impl Fn(usize) -> Option<usize>,
) -> usize {
    let mut i = k;
    // Brackets closed between here and `k`: an aside the clause holds
    // (`Müller (SPD) sagte`). One opened and not closed before `k` opens
    // the clause: `(die Zeitung „…“ hatte 150 gezählt)` is an aside's own.
    let mut asides = 0usize;
    while i > a {
        i -= 1;
        if r.is_punct(i, ',') || r.is_punct(i, ':') || r.is_punct(i, ';') {
            return i + 1;
        }
        let t = r.doc.tokens[i];
        if t.close().is_some() {
            asides += 1;
        } else if t.open().is_some() {
            if asides == 0 {
                return i + 1;
            }
            asides -= 1;
        }
        if r.is_mark(i) {
            match across(i) {
                Some(open) => i = open,
                None => return i + 1,
            }
        }
    }
    a
}

/// A verb of saying at `v` with its source.
fn verb_cue(r: &Reader<'_, '_>, a: usize, b: usize, v: usize) -> Option<Cue> {
    if !r.is_speech_verb(v, a)
        || !r.has_particle(v, b)
        || cross_reference(r, v)
        || in_attribute(r, a, v, b)
    {
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
        // (`wie sich Roth ausdrückte`: a reflexive before the subject.)
        let k = if r.narrated(c0 + 1).is_some_and(|w| g.reflexives.is(w)) {
            c0 + 2
        } else {
            c0 + 1
        };
        let s = r.source_at(k, v);
        return Some(cue(s, Place::Inside, c0..v + 1));
    }
    if let Some((w, s)) = apposed_clause(r, a, c0, v).filter(|_| verb_last(r, v, b)) {
        return Some(cue(Some(s), Place::Inside, w..v + 1));
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
    // (`…“ und der Minister rief: „…“`: a coordinator before the clause's
    // subject is no part of it.)
    let c1 = if head > c0 + 1 && r.narrated(c0).is_some_and(|w| g.coordinators.is(w)) {
        c0 + 1
    } else {
        c0
    };
    if let Some(s) = r.subject_before(c1, head).filter(|s| !is_no_one(r, s)) {
        return Some(cue(Some(s), Place::Before, c0..v + 1));
    }
    // (For a quotation only: a relative clause's verb reports speech
    // beside the sentence's own statement far less often than it narrates,
    // `die das Amt informierte`.)
    if let Some(s) = relative_speaker(r, a, c0, v, b) {
        return Some(Cue {
            quote_only: true,
            ..cue(Some(s), Place::Inside, c0..v + 1)
        });
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

/// Does the verb form at `v` end an attribute between an article and its
/// noun (`die im Amt bestätigte Bürgermeisterin`)? It is then an
/// adjective, no cue. (Looked for only within an attribute's reach.)
fn in_attribute(r: &Reader<'_, '_>, a: usize, v: usize, b: usize) -> bool {
    r.word(v).is_some_and(|w| participle(w, true))
        && (v.saturating_sub(10).max(a)..v).any(|d| {
            r.narrated(d).is_some_and(|w| r.d.determiners.contains(w))
                && r.attribute_end(d + 1, b) == Some(v)
        })
}

/// The start of the clause holding `k` as `clause_start` reads it, but
/// across a quotation the clause's words enclose (`hatten von einem
/// „Krieg“ gesprochen`): one whose opening mark follows a word.
fn clause_start_inline(r: &Reader<'_, '_>, a: usize, k: usize) -> usize {
    clause_start_across(r, a, k, |i| {
        let open = (a..i).rev().find(|&j| r.is_mark(j))?;
        (open > a && r.narrated(open - 1).is_some() && r.is_quoted(i)).then_some(open)
    })
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

/// `wie die Sprecherin der Stadt, Anna Roth, erklärte`: a clause with its
/// verb `v` last whose subject ends in an apposition between commas, so
/// that the clause seems to open at the comma before the verb (`c0`). The
/// word that opens it (`wie`, `als`) and its subject, apposition and all.
/// (`wie die Polizei, die ermittelt, mitteilte` has a relative clause
/// there, which ends in a word in lower case: no apposition.)
fn apposed_clause(r: &Reader<'_, '_>, a: usize, c0: usize, v: usize) -> Option<(usize, Source)> {
    if c0 != v || c0 <= a + 1 || !r.is_punct(c0 - 1, ',') {
        return None;
    }
    let inner = clause_start(r, a, c0 - 1);
    if inner <= a + 1 || !r.is_punct(inner - 1, ',') {
        return None;
    }
    let boundary = |k: usize| r.narrated(k).is_some_and(|w| r.d.boundary.contains(w));
    let w = clause_start(r, a, inner - 1);
    let w = if boundary(w) && boundary(w + 1) {
        w + 1
    } else {
        w
    };
    if !boundary(w) {
        return None;
    }
    let s = r.subject_before(w + 1, v).filter(|s| !is_no_one(r, s))?;
    Some((w, s))
}

/// A one-word subject that names no one (`Dies`, `Das`, `Es`).
fn is_no_one(r: &Reader<'_, '_>, s: &Source) -> bool {
    s.all.len() == 1 && r.word(s.all.start).is_some_and(|w| r.d.no_one.contains(w))
}

/// The speaker of a relative clause whose verb `v` comes last and whose
/// pronoun opening at `c0` is its subject (`Demonstranten, die unter
/// anderem skandierten: „…“`): the noun the pronoun stands for, right
/// before the comma, with the pronoun. A pronoun followed by a noun phrase
/// is more often the object (`die Worte, die der Minister wählte`).
fn relative_speaker(r: &Reader<'_, '_>, a: usize, c0: usize, v: usize, b: usize) -> Option<Source> {
    let g = &r.d.german;
    let pronoun = r.narrated(c0)?;
    if c0 <= a + 1
        || !r.is_punct(c0 - 1, ',')
        || !g.subject_relatives.is(pronoun)
        || !verb_last(r, v, b)
    {
        return None;
    }
    if r.source_at(c0 + 1, v).is_some() {
        return None;
    }
    let comma = c0 - 1;
    let from = clause_start(r, a, comma);
    let noun = (from..comma).find_map(|i| r.source_before(i, comma))?;
    Some(Source {
        all: noun.all.start..c0 + 1,
        name: noun.name,
    })
}
