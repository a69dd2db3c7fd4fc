//! The claim-signal lists of a language, from `rules/claims/*.yaml`.

use super::file::DataFile;
pub use super::lexicon::Lexicon;
use super::starts::Starts;
use crate::attribution::{Shapes, WordSet};
use crate::error::Error;
use crate::finding::Severity;
use crate::model::Token;
use rustc_hash::FxHashMap;

/// One kind of claim, as named in messages.
#[derive(Debug, Clone)]
pub struct Signal {
    pub name: String,
    pub severity: Severity,
    /// A negation just before it takes the claim away: "not the only one"
    /// claims no record.
    pub negatable: bool,
    /// A noun of accusing right after it makes it the name of someone's
    /// accusation, not the writer's charge: "the fraud allegations".
    pub allegeable: bool,
}

/// What a word or phrase starting at a token means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum What {
    Signal(u16),
    /// A number word ("nine"), counted like digits by the number signal.
    Count,
    /// Scene-setting: hides the signal words it spans.
    Scene,
}

/// A word or phrase, keyed by its first word; `rest` are the words after it.
#[derive(Debug, Clone)]
pub struct Entry {
    pub rest: Box<[Box<str>]>,
    pub what: What,
    /// The shape ([`crate::model::Sig::ends_and_len`]) of the first word
    /// of `rest`, if any: a next word of another shape is not it, which
    /// turns most phrases of a common first word away unread.
    pub second: Option<u32>,
}

/// The claim-signal lists of one language.
#[derive(Debug, Clone, Default)]
pub struct Data {
    pub signals: Vec<Signal>,
    /// The signal that owns digits ("37th", "$100"), if any.
    pub number_signal: Option<u16>,
    /// Every first word of an entry: most words are turned away here
    /// without hashing twice.
    firsts: WordSet,
    /// Per slot of `firsts`, the range of its entries in `entries`,
    /// longest phrase first: one probe finds a word's entries.
    by_slot: Vec<(u32, u32)>,
    entries: Vec<Entry>,
    /// The tokens worth looking up in `firsts`.
    pub starts: Starts,
    /// Words of the number signal ("percent", "million"): a figure's span
    /// runs on over them.
    pub figure_words: WordSet,
    pub dates: WordSet,
    pub times: WordSet,
    pub durations: WordSet,
    pub duration_after: WordSet,
    /// Before a number and a duration, these make it a stretch of time,
    /// not a count ("the past seven months").
    pub duration_before: WordSet,
    pub age_words: WordSet,
    pub number_labels: WordSet,
    pub ordinal_names: WordSet,
    pub headline_labels: Vec<String>,
    pub contrast: WordSet,
    pub first_person: WordSet,
    /// Words that negate what follows them ("not", "wasn't").
    pub negations: WordSet,
    pub modals: WordSet,
    pub schedule: WordSet,
    /// Before a number word, these make it refer back ("the two nations").
    pub determiners: WordSet,
    /// Between a time and a number, these make the number a time too
    /// ("noon to five").
    pub range_words: WordSet,
    /// Nouns of accusing (see [`Signal::allegeable`]).
    pub allegations: WordSet,
    /// Verbs of saying beyond the attribution grammar's own.
    pub reporting: WordSet,
    /// Verbs of saying that are also nouns ("points", "credits"): they
    /// report only between a named subject and what they report.
    pub reporting_named: WordSet,
    /// Verbs of saying that are also nouns of places ("states"): they
    /// report only after a pronoun subject ("It states that …").
    pub reporting_pronouned: WordSet,
    pub reporting_subjects: WordSet,
    /// Before a verb of saying that is no -ing form, an agentless passive.
    pub passive_before: WordSet,
    pub reporting_objects: WordSet,
    /// Words before a verb of saying that make it no attribution ("would
    /// have to tell", "for criticizing").
    pub not_reporting_after: WordSet,
    /// Before "to", words that let a verb of saying after it report
    /// ("went on to criticize", "was quick to point out").
    pub saying_frames: WordSet,
    /// Verbs of saying that, set off by commas on both sides, are an
    /// aside and report nothing: "no better than, say, the ferry plan".
    pub asides: WordSet,
    /// Verbs that report only after one of `saying_frames` ("goes on to
    /// list").
    pub framed_reporting: WordSet,
    /// Nouns of a stance held in words, before "that" after a possessive
    /// ("his contention that …").
    pub stance_nouns: WordSet,
    pub possessives: WordSet,
    /// Verbs that restate a stance ("repeated his contention that").
    pub stance_verbs: WordSet,
    pub document_sources: WordSet,
    /// Sources of data ("poll", "survey", "reports"): the next sentence's
    /// figures from one cover the claim that opens a paragraph.
    pub data_sources: WordSet,
    /// Verbs by which a document named before them speaks.
    pub document_verbs: WordSet,
    /// Words that open a phrase naming a document's author or subject
    /// between the document and its verb ("a study by …", "a survey of
    /// … found").
    pub document_phrase: WordSet,
    /// Participles whose agent ("by X") is a source.
    pub agentive: WordSet,
    /// First words of a reported clause ("thinks he is …", "fears that …").
    pub clause_openers: WordSet,
    /// Subjects that name no one ("it is believed that …").
    pub expletives: WordSet,
    /// A court's verbs before "that": the ruling is the court's ("Judge X
    /// ordered that the records be released").
    pub rulings: WordSet,
    /// Relative pronouns: a verb of saying after one ("figures, who have
    /// expressed concern about …") opens no closing attribution.
    pub relatives: WordSet,
    /// Words of a proposal or plan ("has proposed", "his plan"): a named
    /// person's proposal goes on in the next sentence's "He would …".
    pub proposing: WordSet,
    /// Personal pronouns that carry a person on from the sentence before.
    pub personal_subjects: WordSet,
    /// Labels of an editor's note about the article itself ("UPDATE:",
    /// "CORRECTION:"), lower case: page furniture, not the writer's claims.
    pub editor_notes: Vec<String>,
    /// The language capitalises every noun (German): a capital inside a
    /// sentence does not make a word a name.
    pub nouns_capitalised: bool,
    /// The labels of a printed interview's questions and answers ("Q",
    /// "A"), as written before a colon: the answers are someone's words.
    pub interview_questions: Vec<String>,
    pub interview_answers: Vec<String>,
    /// Tag names of posts embedded in an article (`<tweet …>`): a
    /// paragraph holding one prints its author's words, not the writer's.
    pub embeds: Vec<String>,
    /// First-person singular subjects ("I", "I'm"): a sentence opening
    /// with one is the writer's own experience or view, on the writer's
    /// own authority.
    pub writer_subjects: WordSet,
    /// The writer's "we" as the subject after an opening phrase and its
    /// comma ("Now, with the race under way, we've compiled …").
    pub writer_after_opening: WordSet,
    /// The reporter's account of asking for comment ("could not be reached
    /// for comment", "declined to comment"), each phrase as its words in
    /// lower case: a sentence holding one tells what the writer did.
    pub comment_requests: Vec<Vec<String>>,
    /// The last words of `comment_requests`: a word token is tested by its
    /// signature, so the phrases are read only where one of them stands,
    /// in one pass over the tokens however many phrases there are (a byte
    /// search per phrase read the text once per phrase). The last word is
    /// matched in lower case: it never opens a sentence.
    pub comment_last_words: WordSet,
    /// Word lists of the claims model's features (see `features.rs`).
    pub negation: WordSet,
    pub comparative: WordSet,
    pub time: WordSet,
    pub past: WordSet,
    pub present: WordSet,
    pub perfect: WordSet,
    pub stop: WordSet,
    pub not_adverbs: WordSet,
    /// Facts of public record that hold a signal's words (see `facts.rs`).
    pub facts: super::facts::Facts,
    /// Page structure in body paragraphs (see `page.rs`).
    pub page: super::page::Page,
    /// Narration of a public speech (see `speech.rs`).
    pub speech: super::speech::Speech,
    /// A poll's account of itself (see `polls.rs`), from
    /// `rules/claims/<lang>.polls.yaml`; empty for a language without one.
    pub polls: super::polls::Polls,
    /// A rule's threshold (see `thresholds.rs`), from
    /// `rules/claims/<lang>.thresholds.yaml`; empty for a language without one.
    pub thresholds: super::thresholds::Thresholds,
    /// Every word of the feature lists above, with the lists it is in: one
    /// probe a word for the claims model's features.
    pub lexicon: Lexicon,
    /// How sure the rule is that a sentence is a claim with no source.
    pub model: super::model::Model,
    /// The shapes of every word [`super::scope`] takes for a verb of
    /// saying or a document (with the attribution lists' `strong` and
    /// `findings`), once [`Data::linked`] has seen those lists.
    pub saying: Option<Shapes>,
    /// Every word of those lists and of the poll nouns, in one set: a
    /// word `saying` lets by that is in none of them is turned away with
    /// one probe, not one per list.
    pub said: Option<WordSet>,
}

/// (language, signal lists, claims model) shipped in the binary.
const BUILTIN: &[(&str, (&str, &str))] = &[
    (
        "en",
        (
            include_str!("../../rules/claims/en.yaml"),
            include_str!("../../rules/claims/en.model.yaml"),
        ),
    ),
    (
        "de",
        (
            include_str!("../../rules/claims/de.yaml"),
            include_str!("../../rules/claims/de.model.yaml"),
        ),
    ),
];

/// (language, a poll's account of itself) shipped in the binary.
const BUILTIN_POLLS: &[(&str, &str)] = &[("en", include_str!("../../rules/claims/en.polls.yaml"))];

/// (language, a rule's thresholds) shipped in the binary.
const BUILTIN_THRESHOLDS: &[(&str, &str)] =
    &[("en", include_str!("../../rules/claims/en.thresholds.yaml"))];

/// Longest word an index key may be (as `WordSet`); longer words are never
/// entries.
const MAX_KEY: usize = 32;

fn words_of(phrase: &str) -> Vec<String> {
    // Full stops inside a phrase are skipped when matching ("no. 1").
    phrase
        .split_whitespace()
        .map(|w| w.trim_matches('.').to_ascii_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

impl Data {
    /// The compiled-in lists for `lang`; a regional variant uses its base
    /// language's (`en-GB` → `en`), and a language without lists finds no
    /// claims.
    pub fn builtin(lang: &str) -> Result<Data, Error> {
        match crate::builtin::pick(BUILTIN, lang) {
            Some((n, (text, model))) => {
                let mut d = Data::from_yaml(&format!("rules/claims/{n}.yaml"), text)?;
                d.model = super::model::Model::from_yaml(
                    &format!("rules/claims/{n}.model.yaml"),
                    model,
                    &d,
                )?;
                if let Some((n, t)) = crate::builtin::pick(BUILTIN_THRESHOLDS, lang) {
                    d.thresholds = super::thresholds::Thresholds::from_yaml(
                        &format!("rules/claims/{n}.thresholds.yaml"),
                        t,
                    )?;
                }
                if let Some((n, polls)) = crate::builtin::pick(BUILTIN_POLLS, lang) {
                    d.polls = super::polls::Polls::from_yaml(
                        &format!("rules/claims/{n}.polls.yaml"),
                        polls,
                    )?;
                }
                Ok(d)
            }
            None => Ok(Data::default()),
        }
    }

    pub fn from_yaml(path: &str, text: &str) -> Result<Data, Error> {
        let f: DataFile = serde_yaml::from_str(text).map_err(|e| Error::from_yaml(path, e))?;
        let invalid = |message: String| Error::Config {
            path: path.to_string(),
            line: None,
            column: None,
            message,
        };
        let scene = WordSet::new(&f.not_claims.scene);
        let mut index: FxHashMap<Box<[u8]>, Vec<Entry>> = FxHashMap::default();
        let mut add = |words: Vec<String>, what: What| {
            let Some((first, rest)) = words.split_first() else {
                return;
            };
            if first.len() > MAX_KEY {
                return;
            }
            index
                .entry(first.as_bytes().into())
                .or_default()
                .push(Entry {
                    rest: rest.iter().map(|w| w.as_str().into()).collect(),
                    what,
                    second: rest
                        .first()
                        .map(|w| crate::model::Sig::of(w.as_bytes()).ends_and_len()),
                });
        };
        let mut signals = Vec::new();
        let mut number_signal = None;
        let mut figure_words = Vec::new();
        let mut number_words = Vec::new();
        for (i, s) in f.signals.iter().enumerate() {
            let id = i as u16;
            if s.numbers {
                if number_signal.is_some() {
                    return Err(invalid(format!(
                        "signal `{}`: only one signal may own numbers",
                        s.name
                    )));
                }
                number_signal = Some(id);
                figure_words.extend(s.words.iter().cloned());
                number_words.extend(s.number_words.iter().cloned());
            } else if !s.number_words.is_empty() {
                return Err(invalid(format!(
                    "signal `{}`: number_words need `numbers: true`",
                    s.name
                )));
            }
            for w in &s.words {
                if scene.contains(w) {
                    return Err(invalid(format!(
                        "`{w}` is listed both as a `{}` signal and as scene-setting",
                        s.name
                    )));
                }
                add(words_of(w), What::Signal(id));
            }
            for p in &s.phrases {
                add(words_of(p), What::Signal(id));
            }
            signals.push(Signal {
                name: s.name.clone(),
                severity: s.severity,
                negatable: s.negatable,
                allegeable: s.allegeable,
            });
        }
        for w in &number_words {
            add(words_of(w), What::Count);
        }
        for p in &f.not_claims.scene_phrases {
            add(words_of(p), What::Scene);
        }
        for entries in index.values_mut() {
            // Longest first, and a scene phrase before a signal of the same
            // length, so that the most specific reading wins.
            entries.sort_by_key(|e| (std::cmp::Reverse(e.rest.len()), e.what != What::Scene));
        }
        let firsts = WordSet::new(
            index
                .keys()
                .map(|k| String::from_utf8_lossy(k).into_owned()),
        );
        let mut by_slot = vec![(0, 0); firsts.slot_count()];
        let mut entries = Vec::new();
        let mut starts = Starts::default();
        for (key, list) in index {
            let first = String::from_utf8_lossy(&key);
            for e in &list {
                starts.add(&first, e.rest.first().map(|w| &**w));
            }
            let slot = firsts
                .slot(&String::from_utf8_lossy(&key))
                .expect("every key is a member");
            let from = entries.len() as u32;
            entries.extend(list);
            by_slot[slot] = (from, entries.len() as u32);
        }
        let comment_requests: Vec<Vec<String>> = f
            .comment_requests
            .iter()
            .map(|p| p.split_whitespace().map(str::to_lowercase).collect())
            .filter(|p: &Vec<String>| !p.is_empty())
            .collect();
        let comment_last: Vec<String> = comment_requests
            .iter()
            .filter_map(|p| p.last().cloned())
            .collect();
        let comment_last_words = WordSet::new(&comment_last);
        Ok(Data {
            signals,
            number_signal,
            firsts,
            by_slot,
            entries,
            starts,
            figure_words: WordSet::new(&figure_words),
            dates: WordSet::new(&f.not_claims.dates),
            times: WordSet::new(&f.not_claims.times),
            durations: WordSet::new(&f.not_claims.durations),
            duration_after: WordSet::new(&f.not_claims.duration_after),
            duration_before: WordSet::new(&f.not_claims.duration_before),
            age_words: WordSet::new(&f.not_claims.age_words),
            number_labels: WordSet::new(&f.not_claims.number_labels),
            ordinal_names: WordSet::new(&f.not_claims.ordinal_names),
            headline_labels: f.headline_labels.iter().map(|s| s.to_lowercase()).collect(),
            contrast: WordSet::new(&f.contrast),
            first_person: WordSet::new(&f.not_claims.first_person),
            negations: WordSet::new(&f.not_claims.negations),
            modals: WordSet::new(&f.not_claims.modals),
            schedule: WordSet::new(&f.not_claims.schedule),
            determiners: WordSet::new(&f.not_claims.determiners),
            range_words: WordSet::new(&f.not_claims.range_words),
            allegations: WordSet::new(&f.not_claims.allegations),
            reporting: WordSet::new(&f.reporting),
            reporting_named: WordSet::new(&f.reporting_named),
            reporting_pronouned: WordSet::new(&f.reporting_pronouned),
            reporting_subjects: WordSet::new(&f.reporting_subjects),
            passive_before: WordSet::new(&f.passive_before),
            reporting_objects: WordSet::new(&f.reporting_objects),
            not_reporting_after: WordSet::new(&f.not_reporting_after),
            saying_frames: WordSet::new(&f.saying_frames),
            asides: WordSet::new(&f.asides),
            framed_reporting: WordSet::new(&f.framed_reporting),
            stance_nouns: WordSet::new(&f.stance_nouns),
            possessives: WordSet::new(&f.possessives),
            stance_verbs: WordSet::new(&f.stance_verbs),
            document_sources: WordSet::new(&f.document_sources),
            data_sources: WordSet::new(&f.data_sources),
            document_verbs: WordSet::new(&f.document_verbs),
            document_phrase: WordSet::new(&f.document_phrase),
            agentive: WordSet::new(&f.agentive),
            clause_openers: WordSet::new(&f.clause_openers),
            expletives: WordSet::new(&f.expletives),
            rulings: WordSet::new(&f.rulings),
            relatives: WordSet::new(&f.relatives),
            proposing: WordSet::new(&f.proposing),
            personal_subjects: WordSet::new(&f.personal_subjects),
            editor_notes: f.editor_notes.iter().map(|s| s.to_lowercase()).collect(),
            nouns_capitalised: f.nouns_capitalised,
            interview_questions: f.interview_questions.clone(),
            interview_answers: f.interview_answers.clone(),
            embeds: f.embeds.clone(),
            writer_subjects: WordSet::new(&f.writer_subjects),
            writer_after_opening: WordSet::new(&f.writer_after_opening),
            comment_requests,
            comment_last_words,
            negation: WordSet::new(&f.features.negation),
            comparative: WordSet::new(&f.features.comparative),
            time: WordSet::new(&f.features.time),
            past: WordSet::new(&f.features.past),
            present: WordSet::new(&f.features.present),
            perfect: WordSet::new(&f.features.perfect),
            stop: WordSet::new(&f.features.stop),
            not_adverbs: WordSet::new(&f.features.not_adverbs),
            facts: super::facts::Facts::new(&f.public_record),
            page: super::page::Page::new(&f.page),
            speech: super::speech::Speech::new(&f.speech),
            polls: super::polls::Polls::default(),
            thresholds: super::thresholds::Thresholds::default(),
            lexicon: Lexicon::from_file(&f),
            model: super::model::Model::default(),
            saying: None,
            said: None,
        })
    }

    pub fn is_empty(&self) -> bool {
        self.signals.is_empty()
    }

    /// These lists with [`Data::saying`] filled in from the attribution
    /// lists of the same language.
    pub fn linked(mut self, attr: &crate::attribution::Data) -> Data {
        let mut saying = Shapes::default();
        let sets = [
            &attr.strong,
            &attr.findings,
            &attr.cognition,
            &self.rulings,
            &self.reporting,
            &self.reporting_named,
            &self.reporting_pronouned,
            &self.framed_reporting,
            &self.stance_nouns,
            &self.document_sources,
            &self.agentive,
        ];
        for set in sets {
            saying.add_all(set.shapes());
        }
        // The poll nouns are asked of the same words, but do not widen
        // `saying`: a word of theirs alone was never let by.
        let mut all = sets.to_vec();
        all.push(&self.polls.nouns);
        self.said = Some(WordSet::union(&all));
        self.saying = Some(saying);
        self
    }

    /// [`Data::entries`] of word token `t` of `text`; its signature turns
    /// most words away before the text is read.
    #[inline]
    pub fn entries_of(&self, t: Token, text: &str) -> &[Entry] {
        match self.firsts.slot_token(t, text.as_bytes()) {
            Some(k) => {
                let (a, b) = self.by_slot[k];
                &self.entries[a as usize..b as usize]
            }
            None => &[],
        }
    }

    /// The entries whose first word is `word` (any ASCII case), longest first.
    #[inline]
    pub fn entries(&self, word: &str) -> &[Entry] {
        match self.firsts.slot(word) {
            Some(k) => {
                let (a, b) = self.by_slot[k];
                &self.entries[a as usize..b as usize]
            }
            None => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_loads_with_its_signals() {
        let d = Data::builtin("en-GB").unwrap();
        let names: Vec<&str> = d.signals.iter().map(|s| s.name.as_str()).collect();
        for n in [
            "figure",
            "record",
            "intention",
            "prediction",
            "charge",
            "comparison",
        ] {
            assert!(names.contains(&n), "{n} missing from {names:?}");
        }
        let fig = d.number_signal.unwrap() as usize;
        assert_eq!(d.signals[fig].name, "figure");
        assert_eq!(d.signals[fig].severity, Severity::Warning);
        assert!(d.entries("Percent").iter().any(|e| e.rest.is_empty()));
        assert!(d.entries("held").is_empty(), "scene-setting is no signal");
        assert!(Data::builtin("ja").unwrap().is_empty());
    }

    #[test]
    fn every_token_that_starts_a_signal_is_kept() {
        // The shipped lists through the start filter: a number, a word
        // with a leading digit, and the first word of an entry whose next
        // word fits are all kept.
        let d = Data::builtin("en").unwrap();
        let text = "In 1990s 37th 3D 9/11 the Record-breaking $100 billion, 48% more than \
                    Nine voters ALLEGED yy pq 0x 1,000.5 y2k aggression reportedly \
                    in order to the first time is expected to.";
        let toks = crate::model::token::tokenize(text);
        let mut kept = Vec::new();
        d.starts.select(&toks, &mut kept);
        for (k, t) in toks.iter().enumerate() {
            let w = t.text(text);
            let next = toks.get(k + 1).map(|n| n.text(text));
            let opens = d.entries(w).iter().any(|e| match e.rest.first() {
                None => true,
                Some(second) => next.is_some_and(|n| n.eq_ignore_ascii_case(second)),
            });
            let starts =
                t.is_number() || (t.is_word() && (w.as_bytes()[0].is_ascii_digit() || opens));
            assert!(!starts || kept.contains(&(k as u32)), "{w}");
        }
    }

    #[test]
    fn longest_phrase_and_scene_come_first() {
        let d = Data::builtin("en").unwrap();
        let most = d.entries("most");
        assert_eq!(most[0].what, What::Scene, "“most recently” hides “most”");
        assert!(most.iter().any(|e| e.rest.is_empty()));
    }

    #[test]
    fn a_word_both_signal_and_scene_is_rejected() {
        let bad = "name: x\nsignals:\n  - {name: a, severity: info, words: [held]}\nnot_claims: {dates: [], times: [], durations: [], number_labels: [], ordinal_names: [], scene: [held], scene_phrases: [], duration_after: [], age_words: [], first_person: [], modals: [], schedule: [], determiners: []}\nheadline_labels: []\ncontrast: []\nreporting: []\nnot_reporting_after: []\ndocument_sources: []\ndocument_verbs: []\nagentive: []\n";
        let e = Data::from_yaml("x.yaml", bad).unwrap_err().to_string();
        assert!(e.contains("held"), "{e}");
    }

    #[test]
    fn unknown_keys_are_rejected() {
        let bad =
            "name: x\nsignals: []\nnot_claims: {}\nheadline_labels: []\ncontrast: []\nextra: 1\n";
        assert!(Data::from_yaml("x.yaml", bad).is_err());
    }
}
