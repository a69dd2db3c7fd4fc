//! The claim-signal lists of a language, from `rules/claims/*.yaml`.

pub use super::lexicon::Lexicon;
use super::starts::Starts;
use crate::attribution::{Shapes, WordSet};
use crate::finding::Severity;
use crate::model::Token;

#[path = "data_load.rs"]
mod load;

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
    /// The writer's own words beside an attribution (see `writer.rs`),
    /// from `rules/claims/<lang>.writer.yaml`; empty for a language
    /// without one.
    pub writer: super::writer::Writer,
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

impl Data {
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
#[path = "data_tests.rs"]
mod tests;
