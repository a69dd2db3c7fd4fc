//! The subject of a German sentence or clause: before its finite verb
//! (`Die Sprecherin sagte`), after it when something else stands first
//! (`Dazu sagte die Sprecherin`, `Den Plan lobte die Sprecherin`), or
//! after a subordinate clause's conjunction.

use super::reader::{compound_noun, joins, starts_upper, Reader, MAX_SOURCE};
use crate::attribution::grammar::Source;
use crate::model::TokenKind;

impl Reader<'_, '_> {
    /// The subject a sentence `a..b` opens with: the words before its
    /// first lower-case word that cannot stand in a source (its verb).
    pub fn sentence_subject(&self, a: usize, b: usize) -> Option<Source> {
        let g = &self.d.german;
        // `Auch der Sprecher will „…“`: a focus adverb before the subject
        // is no part of it.
        let a = if a + 1 < b && self.narrated(a).is_some_and(|w| g.focus.is_folded(w)) {
            a + 1
        } else {
            a
        };
        // `biss den Gast und rief`: a clause after a subordinate one opens
        // with its verb, and its subject follows (`…, beschimpfte der Gast`:
        // a word in lower case after the comma, then an article).
        let verb_first = a > 0
            && self.is_punct(a - 1, ',')
            && self.narrated(a).is_some_and(|w| !starts_upper(w))
            && self
                .narrated(a + 1)
                .is_some_and(|w| self.d.determiners.contains(w));
        // `Kämen sie dem nicht nach, so …`: a capitalised verb opens a
        // condition, whose subject is not the sentence's; that stands in
        // the clause after its comma. (`Sollte er …?` asks: the pronoun.)
        if self.opens_with_verb(a) {
            return match (a..b).find(|&k| self.is_punct(k, ',')) {
                Some(c) => self.sentence_subject(c + 1, b),
                None => self.subject_after(a, b),
            };
        }
        if verb_first || self.is_verb(a) {
            return self.subject_after(a, b);
        }
        // `Die im Amt bestätigte Bürgermeisterin sagte`: the words between
        // an article and its noun hold no finite verb.
        let after = self.attribute_after(a, b).map_or(a + 1, |j| j + 1);
        let verb = (after..b.min(a + 2 * MAX_SOURCE)).find(|&k| self.is_verb(k));
        match verb {
            Some(v) => {
                let opener = self.word(a)?;
                // `während die Initiative den Plan lobt`: a subordinate
                // clause's subject follows its conjunction.
                // (`Seit Mai vertritt er …`: `seit` is a preposition too,
                // and a pronoun right after the verb says so.)
                let preposition = g.prepositions.is_folded(opener)
                    && self
                        .narrated(v + 1)
                        .is_some_and(|w| g.subject_pronouns.is(w));
                if self.d.boundary.contains(opener) && !preposition {
                    return self.subject_before(a + 1, v);
                }
                // `In einem Bericht, der … veröffentlicht wurde, verteidigte
                // die Behörde …`: the first verb is a relative clause's; the
                // sentence's own follows the clause's closing comma.
                if let Some((open, main)) = self.past_relative(a, v, b) {
                    return if g.fronted.is_folded(opener) || g.object_articles.is_folded(opener) {
                        self.subject_after(main, b)
                    } else {
                        self.subject_before(a, open)
                    };
                }
                // `Diesen Vorschlag lehnt er ab`: a pronoun only ever a
                // subject, right after the verb, is the subject.
                if self
                    .narrated(v + 1)
                    .is_some_and(|w| g.subject_pronouns.is(w))
                {
                    return self.source_at(v + 1, b);
                }
                // `Das Angebot, Kranke hier zu behandeln, lehnt er ab`: a
                // clause between commas in the fronted phrase hides the
                // verb; after its closing comma stand the verb and the
                // pronoun.
                if let Some(k) = self.pronoun_after_clause(v, b) {
                    return self.source_at(k, b);
                }
                // `Die Anwendung stellte der Vorsitzende in Frage:`:
                // a subject's article and a role after the verb.
                if self.role_follows(v) {
                    if let Some(s) = self.subject_after(v, b) {
                        return Some(s);
                    }
                }
                self.subject_before(a, v)
                    // `In dem Verfahren sieht Osterloh einen „Angriff“`,
                    // `Den Unmut brachte die Sprecherin zum Ausdruck`:
                    // after a fronted phrase or an object, the subject
                    // follows the verb.
                    .or_else(|| {
                        (g.fronted.is_folded(opener)
                            || g.object_articles.is_folded(opener)
                            || self.fronted_phrase(a))
                        .then(|| self.subject_after(v, b))?
                    })
            }
            // `Ein Beamter der Polizei: „…“`: a source and a colon.
            None if b > a + 1 && self.is_punct(b - 1, ':') => self.subject_before(a, b - 1),
            None => None,
        }
    }

    /// The subject pronoun (`er`, `wir`) right after the first comma
    /// past `v` and the finite verb after that comma: `…, lehnt er ab`.
    /// A word that opens a clause of its own after the comma (`dass`,
    /// `und`, `der`) is no finite verb there.
    fn pronoun_after_clause(&self, v: usize, b: usize) -> Option<usize> {
        let g = &self.d.german;
        let c = (v..b).find(|&k| self.is_punct(k, ','))?;
        let verb = self.narrated(c + 1)?;
        let opens_clause = self.d.boundary.contains(verb)
            || self.d.determiners.contains(verb)
            || g.complementizers.is(verb)
            || g.joiners.is(verb)
            || g.coordinators.is(verb);
        (self.is_verb(c + 1)
            && !opens_clause
            && self
                .narrated(c + 2)
                .is_some_and(|w| g.subject_pronouns.is(w)))
        .then_some(c + 2)
    }

    /// When the verb at `v` ends a relative clause between commas (`…,
    /// der am Abend veröffentlicht wurde, verteidigte …`): the clause's
    /// opening comma and the word after its closing one, the sentence's
    /// verb in lower case.
    pub fn past_relative(&self, a: usize, v: usize, b: usize) -> Option<(usize, usize)> {
        let g = &self.d.german;
        let close = (v + 1..b).find(|&k| self.is_punct(k, ','))?;
        let open = self.relative_opening(a, close).filter(|&o| o < v)?;
        let main = self.narrated(close + 1)?;
        let verb = !starts_upper(main)
            && !self.d.determiners.contains(main)
            && !self.d.boundary.contains(main)
            && !g.complementizers.is(main)
            && !g.coordinators.is(main)
            && !g.prepositions.is(main);
        verb.then_some((open, close + 1))
    }

    /// The comma that opens a relative clause closed by the comma at
    /// `close`: a comma in `a..close`, a relative pronoun (an article's
    /// form: `der`, `die`) right after it, and a word in lower case (the
    /// clause's verb) last. (An apposition, `…, die Sprecherin der Partei,`
    /// ends in a noun.)
    pub fn relative_opening(&self, a: usize, close: usize) -> Option<usize> {
        let open = (a..close).rev().find(|&k| self.is_punct(k, ','))?;
        let relative = self
            .narrated(open + 1)
            .is_some_and(|w| self.d.german.relatives.is(w))
            && close > open + 2
            && self.narrated(close - 1).is_some_and(|w| !starts_upper(w));
        relative.then_some(open)
    }

    /// The last word of an attribute between the article at `a` and its
    /// noun (`die im Amt bestätigte`), if one stands there.
    fn attribute_after(&self, a: usize, b: usize) -> Option<usize> {
        self.narrated(a)
            .filter(|w| self.d.determiners.contains(w))
            .and_then(|_| self.attribute_end(a + 1, b))
    }

    /// The first word of `a..b` that reads as a finite verb.
    pub fn first_verb(&self, a: usize, b: usize) -> Option<usize> {
        (a..b).find(|&k| self.is_verb(k))
    }

    /// The subject right after the finite verb `v`, past a reflexive or
    /// an adverb (`zeigte sich auch der Minister`).
    pub fn subject_after(&self, v: usize, b: usize) -> Option<Source> {
        let g = &self.d.german;
        let mut k = v + 1;
        while self
            .narrated(k)
            .is_some_and(|w| g.reflexives.is(w) || self.d.between.contains(w))
        {
            k += 1;
        }
        // `brachte den Plan ein`: an object is no subject.
        self.source_at(k, b).filter(|s| {
            !self
                .word(s.all.start)
                .is_some_and(|w| g.object_articles.is_folded(w))
        })
    }

    /// Does a subject open right after the finite verb `v`: an article
    /// of the nominative (`der`, `ein`), any adjectives, then a role noun
    /// in a masculine form (`stellte der SPD-Vorsitzende …`, `sagte ein
    /// Sprecher`)? The phrase before the verb is then its object, however
    /// much it reads like a subject. (`der Sprecherin`, `der
    /// Vorsitzenden` are datives: a form ending in `n` is left alone.)
    pub fn role_follows(&self, v: usize) -> bool {
        let g = &self.d.german;
        if !self
            .narrated(v + 1)
            .is_some_and(|w| g.subject_articles.is(w))
        {
            return false;
        }
        let mut k = v + 2;
        while k < v + 4 && self.narrated(k).is_some_and(|w| !starts_upper(w)) {
            k += 1;
        }
        self.narrated(k).is_some_and(|w| {
            starts_upper(w)
                && !w.ends_with('n')
                && (self.d.titles.contains(w) || g.title_endings.ends(w, 0))
        })
    }

    /// Does the word at `k` read as a finite verb: an auxiliary, a verb of
    /// saying, or a lower-case word that cannot stand in a noun phrase?
    /// A quoted word is never the narration's verb.
    fn is_verb(&self, k: usize) -> bool {
        let g = &self.d.german;
        // `Weber prüfte`: right after a noun, a word in lower case that
        // could be an adjective by its ending is the verb (an adjective
        // stands before its noun; `Der italienische` is an article).
        // (A name in quotation marks is a noun: `Unter dem Motto „…“ zogen`.)
        let after_noun = k > 0
            && (self
                .word(k - 1)
                .is_some_and(|w| starts_upper(w) && !self.d.determiners.contains(w))
                || self.is_quoted(k - 1) && self.is_mark(k - 1));
        // `Bei einer Debatte um die Praxis blieb er hart`: a preposition
        // is never the finite verb, whatever stands before it; nor is a
        // figure (`Seit Mai 2013 vertritt er`), which has no case at all.
        // (`der Gewerkschaft ver.di`: a piece of a dotted name is a noun.)
        self.narrated(k).is_some_and(|w| {
            w.chars().next().is_some_and(char::is_lowercase)
                && !self.dotted(k)
                && !g.prepositions.is(w)
                && (g.auxiliaries.is(w)
                    || g.hearsay.is(w)
                    || g.subjunctives.is(w)
                    || self.d.speech.contains(w)
                    // `…, Mara Lenz, zeigte sich zufrieden`: a word before
                    // `sich` that no phrase opens with is its verb.
                    || self.narrated(k + 1).is_some_and(|n| g.reflexives.is(n))
                        && !self.d.determiners.contains(w)
                        && !g.joiners.is(w)
                        && !g.coordinators.is(w)
                    || after_noun
                        && !g.joiners.is(w)
                        && !self.d.determiners.contains(w)
                        && !g.subject_ends.is(w)
                    || !joins(self.d, w) && !g.subject_ends.is(w))
        })
    }

    /// The subject that fills `from..end` before its verb, read loosely: a
    /// source with what hangs off it — a place (`der Polizei in
    /// Dortmund`), an apposition between commas (`Günther Platter, der
    /// Verteidigungsminister Österreichs,`) — but no verb of its own.
    pub fn subject_before(&self, from: usize, end: usize) -> Option<Source> {
        if from >= end || end - from > 2 * MAX_SOURCE || !self.opens_source(from) {
            return None;
        }
        let first = self.source_at(from, end)?;
        let g = &self.d.german;
        // `Zuschauer standen am Rand und forderten`: no subject ends in
        // `und`; the verb after it is the second of the sentence's subject.
        if self.word(end - 1).is_some_and(|w| g.coordinators.is(w)) {
            return None;
        }
        // `Passend zu den Gefahren …`, `Kurz vor dem Start …`: a word that
        // is no article or pronoun, then a preposition, opens an adverbial.
        let opener = self.word(from).unwrap_or_default();
        // (`Müller wörtlich:` is a subject and an adverb; `Zitat von
        // Müller:` a noun and what joins it to a name.)
        let fronted = !self.d.determiners.contains(opener)
            && !self.d.pronouns.contains(opener)
            && self
                .word(from + 1)
                .is_some_and(|w| !starts_upper(w) && g.prepositions.is(w) && !g.joiners.is(w));
        // `Relativierend fügte sie hinzu`: an adverb alone before the verb;
        // `Passend zu dem Wetter warnte sie`: one before a preposition (not
        // `von`, which joins a name ending so to its place: `Heinisch von
        // der Partei`).
        let adverb_like = opener.chars().count() >= 7 && g.adverb_endings.ends(opener, 1);
        let adverb = adverb_like
            && (end == from + 1
                || self
                    .word(from + 1)
                    .is_some_and(|w| g.prepositions.is(w) && !g.of.is(w)));
        // `Den Unmut … brachte`: an object's article. (`Des Weiteren
        // sagte`: a phrase of an article and an adverb.)
        if fronted || adverb || g.object_articles.is_folded(opener) || self.fronted_phrase(from) {
            return None;
        }
        let mut depth = 0usize;
        let mut after_noun = false;
        let attribute = self.attribute_after(from, end);
        for k in from..end {
            // `Der sich für die Bauern einsetzende Verbandschef`: the
            // attribute was read by `source_at`, objects and all.
            if attribute.is_some_and(|j| k > from && k <= j) {
                continue;
            }
            let t = self.doc.tokens[k];
            if self.is_quoted(k) {
                // `Die „Morgenpost“ berichtete`: a name right after the
                // subject's article is its noun, and `Die Zeitung
                // „Kurier“ berichtete` names its noun; any other quotation
                // ends it. (Any name after an article deeper in, `X, der
                // Chef der „Zeitung“, bekräftigt den Bericht`, read more
                // verbs with a noun object, which report nothing the
                // corpus counts.)
                let named = (k..end).filter(|&i| self.is_mark(i)).take(2).any(|c| {
                    self.name_after_article(from, c) == Some(from + 1)
                        || self.name_after_noun(from, c).is_some()
                });
                if !named {
                    return None;
                }
                after_noun = true;
                continue;
            }
            // `die Fraktion den Schritt`: an article after a noun opens a
            // second phrase unless it is a genitive's (`der`, `des`).
            if let Some(w) = self.word(k).filter(|_| depth == 0 && !self.slash_joined(k)) {
                if after_noun && self.d.determiners.contains(w) && !self.d.german.genitives.is(w) {
                    return None;
                }
                after_noun = (starts_upper(w) || self.dotted(k)) && !self.d.determiners.contains(w);
            }
            // `Anna Berger, die Sprecherin der Partei,`: after a comma an
            // apposition opens with its own article. It ends in a noun; a
            // clause ending in its verb (`Die Bürger, die dafür stimmten,`)
            // is a relative clause, no part of the subject.
            if t.is_punct(',') {
                // (`der Gewerkschaft ver.di,` ends in a name.)
                if k > from
                    && self.word(k - 1).is_some_and(|w| !starts_upper(w))
                    && !self.dotted(k - 1)
                {
                    return None;
                }
                after_noun = false;
            }
            if t.open().is_some() {
                depth += 1;
                continue;
            }
            if t.close().is_some() {
                depth = depth.saturating_sub(1);
                continue;
            }
            if depth > 0 {
                continue;
            }
            match self.word(k) {
                Some(w) => {
                    // `Engagement Deutschlands Bereits im Mai hatte …` (a
                    // subhead run into its paragraph): an adverb with a
                    // capital opens a sentence; it is no part of a subject.
                    let adverb = g.focus.is_folded(w) || self.d.between.contains(&w.to_lowercase());
                    if k > from && starts_upper(w) && adverb {
                        return None;
                    }
                    let verbish = g.auxiliaries.is(w)
                        || g.subjunctives.is(w)
                        || g.hearsay.is(w)
                        || g.complementizers.is(w)
                        || (!starts_upper(w) && self.d.speech.contains(w));
                    // (`Der Sender al-Dschasira`: a compound capitalised
                    // after its hyphen is a noun, as `source_at` reads it.)
                    let fits = starts_upper(w)
                        || compound_noun(w)
                        || self.dotted(k)
                        || self.modifies(k)
                        || t.is_number()
                        || joins(self.d, w)
                        || g.subject_ends.is(w) && !g.subjunctives.is(w);
                    if verbish || !fits {
                        return None;
                    }
                }
                None if t.is_number()
                    || matches!(t.kind(), TokenKind::Punct(',' | '-' | '.' | '–'))
                    || t.is_punct('/') && self.slash_joined(k + 1) => {}
                None => return None,
            }
        }
        // `Müller wörtlich:`, `Lina Horn, will`: an adverb or a comma
        // after the subject is no part of it.
        let mut end = end;
        while end > first.all.end
            && (self.is_punct(end - 1, ',')
                || self
                    .word(end - 1)
                    .is_some_and(|w| !starts_upper(w) && g.subject_ends.is(w)))
        {
            end -= 1;
        }
        let all = from..end;
        // The name is read in the first source: the apposition describes.
        Some(Source {
            name: first.name,
            all,
        })
    }
}
