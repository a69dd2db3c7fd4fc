//! Reading a language's claim lists: the lists shipped in the binary and
//! [`Data::from_yaml`], which indexes every signal word and phrase by its
//! first word.

use super::{Data, Entry, Lexicon, Signal, What};
use crate::attribution::WordSet;
use crate::claims::file::DataFile;
use crate::claims::starts::Starts;
use crate::error::Error;
use rustc_hash::FxHashMap;

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

/// (language, the writer's own words beside an attribution) shipped in
/// the binary.
const BUILTIN_WRITER: &[(&str, &str)] =
    &[("en", include_str!("../../rules/claims/en.writer.yaml"))];

/// (language, more words for its signals) shipped in the binary.
const BUILTIN_MORE: &[(&str, &str)] = &[("en", include_str!("../../rules/claims/en.signals.yaml"))];

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
                let more = crate::builtin::pick(BUILTIN_MORE, lang)
                    .map(|(m, t)| (format!("rules/claims/{m}.signals.yaml"), *t));
                let mut d = Data::from_yamls(
                    &format!("rules/claims/{n}.yaml"),
                    text,
                    more.as_ref().map(|(p, t)| (p.as_str(), *t)),
                )?;
                d.model = crate::claims::model::Model::from_yaml(
                    &format!("rules/claims/{n}.model.yaml"),
                    model,
                    &d,
                )?;
                if let Some((n, t)) = crate::builtin::pick(BUILTIN_THRESHOLDS, lang) {
                    d.thresholds = crate::claims::thresholds::Thresholds::from_yaml(
                        &format!("rules/claims/{n}.thresholds.yaml"),
                        t,
                    )?;
                }
                if let Some((n, w)) = crate::builtin::pick(BUILTIN_WRITER, lang) {
                    d.writer = crate::claims::writer::Writer::from_yaml(
                        &format!("rules/claims/{n}.writer.yaml"),
                        w,
                    )?;
                }
                if let Some((n, polls)) = crate::builtin::pick(BUILTIN_POLLS, lang) {
                    d.polls = crate::claims::polls::Polls::from_yaml(
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
        Data::from_yamls(path, text, None)
    }

    /// As [`Data::from_yaml`], with the signals' words of `more` (path,
    /// text; see [`super::more_signals`]) added to the main file's.
    pub fn from_yamls(path: &str, text: &str, more: Option<(&str, &str)>) -> Result<Data, Error> {
        let mut f: DataFile = serde_yaml::from_str(text).map_err(|e| Error::from_yaml(path, e))?;
        if let Some((more_path, more_text)) = more {
            crate::claims::more_signals::merge(&mut f, more_path, more_text)?;
        }
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
            facts: crate::claims::facts::Facts::new(&f.public_record),
            page: crate::claims::page::Page::new(&f.page),
            speech: crate::claims::speech::Speech::new(&f.speech),
            polls: crate::claims::polls::Polls::default(),
            thresholds: crate::claims::thresholds::Thresholds::default(),
            writer: crate::claims::writer::Writer::default(),
            lexicon: Lexicon::from_file(&f),
            model: crate::claims::model::Model::default(),
            saying: None,
            said: None,
        })
    }
}
