//! The attribution word lists of a language, from `rules/attribution/*.yaml`.

use super::words::{Shapes, WordSet, Words};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DataFile {
    #[allow(dead_code)]
    name: String,
    speech: Vec<String>,
    quote_only: Vec<String>,
    phrasal: Vec<String>,
    utterances: Vec<String>,
    cognition: Vec<String>,
    infinitive: Vec<String>,
    findings: Vec<String>,
    naming: Vec<String>,
    #[serde(default)]
    naming_as: Vec<String>,
    #[serde(default)]
    naming_next: Vec<String>,
    #[serde(default)]
    outcries: Vec<String>,
    object_first: Vec<String>,
    media: Vec<String>,
    between: Vec<String>,
    intro: Vec<String>,
    boundary: Vec<String>,
    pronouns: Vec<String>,
    #[serde(default)]
    no_one: Vec<String>,
    #[serde(default)]
    possessives: Vec<String>,
    #[serde(default)]
    sequence: Vec<String>,
    determiners: Vec<String>,
    vague: Vec<String>,
    anonymous: Vec<String>,
    organisation: Vec<String>,
    titles: Vec<String>,
    #[serde(default)]
    male: Vec<String>,
    #[serde(default)]
    female: Vec<String>,
    #[serde(default)]
    introducers: Vec<String>,
    #[serde(default)]
    stance_verbs: Vec<String>,
    #[serde(default)]
    syntax: Syntax,
    #[serde(default)]
    grammar: GrammarFile,
    #[serde(default)]
    german: GermanFile,
}

/// Which constructions read a language's sentences: its word order decides
/// where a source stands beside its cue, so each syntax has its own
/// parsers over the same document model and the same kind of word lists.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Syntax {
    /// Subject before the verb, `said X` after a quotation (`grammar:`).
    #[default]
    English,
    /// Verb second, inversion after a fronted quotation or adverbial,
    /// separable verbs, the subjunctive of reported speech (`german:`).
    German,
}

/// Declares the grammar's word lists once: the YAML shape (every list
/// optional, no other key allowed) and the compiled lists.
macro_rules! grammar_lists {
    ($(#[doc = $sdoc:expr])* $file:ident => $out:ident {
        $($(#[doc = $doc:expr])* $name:ident,)*
    }) => {
        #[derive(Debug, Default, Deserialize)]
        #[serde(deny_unknown_fields)]
        struct $file {
            $(#[serde(default)] $name: Vec<String>,)*
        }

        $(#[doc = $sdoc])*
        #[derive(Debug, Clone, Default)]
        pub struct $out {
            $($(#[doc = $doc])* pub $name: Words,)*
        }

        impl $out {
            fn new(f: &$file) -> $out {
                $out { $($name: Words::new(&f.$name),)* }
            }

            /// The names of the lists that are empty.
            pub fn empty_lists(&self) -> Vec<&'static str> {
                let mut out = Vec::new();
                $(if self.$name.is_empty() { out.push(stringify!($name)); })*
                out
            }
        }
    };
}

grammar_lists! {
    /// The English grammar's word lists (`grammar:` in the YAML): the
    /// words its constructions turn on.
    GrammarFile => Grammar {
    /// Words that open an aside after a name ("of Dayton", "now 81").
    aside_openers,
    /// Relative pronouns that open a clause about a source ("who", "whose").
    relatives,
    /// Words in -ing that are no participle ("nothing", "morning").
    not_participles,
    /// The possessives of "for his part".
    part_owners,
    /// Introductory words that never set off an interruption.
    not_interruptions,
    /// Auxiliaries: a piece holding one is a clause, not a description.
    auxiliaries,
    /// Cue verbs that name a deed before "by" and a participle other than
    /// a cue ("responded by closing the office", not "by saying").
    deed_verbs,
    /// Forms of "be" before a passive cue: "Lee was asked by Roe, “…”"
    /// quotes the agent after "by".
    passive_auxiliaries,
    /// Determiners that may head a source ("another", "one").
    determiner_heads,
    /// Words that cannot end a source just before its cue.
    not_heads,
    /// Words that join a name to more of it ("of", "the").
    name_joiners,
    /// Prepositions after a full name that say where the person works.
    workplaces,
    /// Object pronouns.
    object_pronouns,
    /// Words that begin a time or place adjunct (lower case).
    time_or_place,
    /// Further words that begin an adjunct after a cue (lower case).
    adjunct_starts,
    /// Who "told" or "said to" may address.
    addressees,
    /// Who a verb like "told" takes as its object.
    audiences,
    /// Articles.
    articles,
    /// Days and months, as written: they open an adjunct, not a name.
    dates,
    /// Words that stand for a source already named ("who", "that").
    relative_subjects,
    /// Conjunctions that may open a lead-in before "as X put it".
    lead_conjunctions,
    /// Prepositions after a speech verb that say where it was said.
    verb_adjuncts,
    /// Words that open a topic or a time clause after a bare cue, however
    /// long ("“…?” Lee said about the plan to …", "asks as a guard walks
    /// in"): what follows them is no reported clause.
    topic_or_time,
    /// Words that open the last clause before a cue ("Then", "which").
    clause_turns,
    /// Words before a cue that hand its subject back (lower case).
    subject_handers,
    /// Words before "as" that make it compare ("such as", "so as").
    comparison_words,
    /// Words after "as" that make it open a clause ("as the", "as he").
    clause_openers,
    /// Words before a verb that make it no cue's noun ("to", "some").
    verb_markers,
    /// Prepositions that join a source to where it works.
    source_prepositions,
    /// Words that close a time phrase opening a sentence ("Eight years
    /// ago,", "Minutes later,"): the phrase is no subject.
    time_closers,
    /// Prepositions that open an adjunct set off by a comma at a
    /// sentence's start ("Over the years,"), not in `intro`.
    adjunct_prepositions,
    /// A cue verb and the word after it that give it a sense other than
    /// saying ("added to the confusion", "reported from Cairo"), written
    /// as the two words with a space (lower case).
    other_senses,
    /// Verbs of saying that also take a plain object in another sense
    /// ("maintains a lead", "boasted a record"): without "that", a
    /// quotation or a finite verb after them they report nothing.
    object_verbs,
    /// Words that begin a noun phrase: after an `object_verbs` verb they
    /// open its object ("the", "his").
    object_openers,
    /// Words that make what follows a clause, not a noun phrase ("was",
    /// "will"): after an `object_verbs` verb they keep it reported speech.
    finite_markers,
    /// Participles that, right after a common noun, give a thing its
    /// name ("a play called “…”"): nobody is quoted.
    thing_namers,
    /// Conjunctions that join a cue verb to the verbs before it, whose
    /// subject it shares ("did not name him, but told …").
    verb_joints,
    /// Prepositions before a cue in -ing whose subject is the clause's
    /// ("drew boos upon saying …", "began by saying …").
    gerund_openers,
    /// Reflexives that open an appositive after a name ("Ann Roe,
    /// herself a member, …").
    reflexives,
    /// Words before a count that opens a subject ("about 200 protesters").
    approximators,
    }
}

grammar_lists! {
    /// The German constructions' word lists (`german:` in the YAML).
    GermanFile => German {
    /// Prepositions that take the source (`laut`).
    according,
    /// Postpositions after the source (`zufolge`).
    postpositions,
    /// Nouns of `nach Angaben …`.
    report_nouns,
    /// The preposition that opens `nach Angaben …`.
    report_openers,
    /// Endings of compound report nouns (`Polizeiangaben`), lower case.
    report_endings,
    /// `eigenen`: `nach eigenen Angaben` gives the clause's subject's word.
    own,
    /// Subjunctive forms: reported speech with no cue of its own.
    subjunctives,
    /// Subjunctive II forms that carry no reported speech (`könnten`).
    conditionals,
    /// `soll`, `sollen`: a reported claim.
    hearsay,
    /// The infinitives of the perfect (`haben`, `sein`): `soll … haben`.
    perfect,
    /// First-person pronouns: a sentence with one is no reported speech.
    first_person,
    /// Sentence openers that carry the source before them (`Demnach`).
    carriers,
    /// Focus adverbs before a subject, not part of it (`Auch`).
    focus,
    /// Conjunctions that open a reported clause (`dass`).
    complementizers,
    /// Particles of separable cue verbs (`mit`).
    particles,
    /// Auxiliaries of the perfect and the passive.
    auxiliaries,
    /// Passive auxiliaries.
    passives,
    /// Participles whose passive subject is the speaker (`wird X zitiert`).
    passive_speakers,
    /// Verbs of quoting (`zitiert`): in the active, their object is who
    /// speaks (`Die Zeitung zitiert den Anwalt mit den Worten`).
    quoting,
    /// Words that open a sentence without being its subject.
    fronted,
    /// Words after an inverted cue that end its subject.
    subject_ends,
    /// Word endings of role nouns (`…sprecher`).
    title_endings,
    /// Word endings of organisations' names (`…verwaltung`, `…bund`).
    organisation_endings,
    /// Endings of nouns for an act or a state (`…ung`, `…heit`): a
    /// subject with one as its head names nobody who speaks.
    abstract_endings,
    /// Nouns with those endings that do name a body or an utterance
    /// (`Organisation`, `Ankündigung`), lower case; compounds count.
    abstract_speakers,
    /// Verbs that attribute with an impersonal `es` (`heißt es`).
    impersonal,
    /// Their infinitive and participle, after an auxiliary and `es`
    /// (`hatte es geheißen`, `soll es heißen`).
    impersonal_late,
    /// Prepositions before the document `heißt es` quotes (`in`, `im`).
    document_prepositions,
    /// Verbs of words standing written (`steht`, `zu lesen`): the text
    /// they stand in speaks a quotation.
    written,
    /// Pronominal adverbs for that text (`darauf`, `darin`).
    written_places,
    /// Pronouns that are only ever subjects (`er`, `ich`, `wir`).
    subject_pronouns,
    /// Forms of `lassen` before a cue's infinitive (`lässt … erklären`).
    causatives,
    /// Demonstratives that stand alone for a person (`dieser`, `diese`).
    demonstratives,
    /// The subject of an impersonal cue (`es`).
    impersonal_subjects,
    /// Reflexive pronouns between a verb and its subject (`sich`).
    reflexives,
    /// `von`, `vom`: before the source in `nach Angaben von X`.
    of,
    /// Participles whose `von` opens their object, not a passive's agent
    /// (`es wurde von einem Erfolg gesprochen`).
    von_objects,
    /// Words after a comma that open a source with no verb (`so`).
    source_openers,
    /// Prepositions that open a sentence with whose view it gives (`Für
    /// X ist …`).
    opinion_openers,
    /// Endings of nouns that a quoted name or title follows (`das Album
    /// „…“`, `Codenamen „…“`): the quotation names it, nobody said it.
    work_nouns,
    /// Definite articles and the prepositions fused with one (`die`,
    /// `vom`): one capitalised word in quotation marks after one is a name
    /// (`die „Morgenpost“`), an indefinite article's a quoted word.
    definite_articles,
    /// English function words (`of`, `the`): capitalised words joined by
    /// them in quotation marks are a title or a name (`„Journal of Rural
    /// Health“`), nobody's words.
    foreign_title_words,
    /// Endings of adverbs a sentence may open with, capitalised
    /// (`Relativierend`, `Letztlich`): one alone before the verb is no
    /// subject.
    adverb_endings,
    /// Copulas: after `Für X`, X's view of something (`ist`, `sei`).
    copulas,
    /// Words before a one-word quotation that give it as what someone
    /// called something (`als „falsch“ zurückgewiesen`).
    naming,
    /// Articles that may follow a noun inside one phrase: the genitive's.
    genitives,
    /// Words that join the nouns of one source (`von`, `und`, `der`).
    joiners,
    /// Relative pronouns after a comma (`der`, `die`, `welche`): the
    /// clause they open ends in its verb.
    relatives,
    /// The relative pronouns that may be their clause's subject (`…, die
    /// skandierten:`): the speaker is the noun they stand for.
    subject_relatives,
    /// Conjunctions before a second verb of one subject (`und rief`).
    coordinators,
    /// Prepositions: after a word that is no article, one opens an
    /// adverbial (`Kurz vor dem Start`), not a subject.
    prepositions,
    /// Articles only an object takes (`Den Unmut … brachte X zum
    /// Ausdruck`): a phrase opening with one before the verb is no subject.
    object_articles,
    /// Articles of a subject right after the verb, before a masculine
    /// role (`stellte der Vorsitzende in Frage`).
    subject_articles,
    /// A cue verb and a word later in its clause that make it mean
    /// something else (`sprach für`: spoke in favour; `forderte … an`:
    /// requested), as "verb word".
    not_cues,
    }
}

/// The attribution word lists of one language (cue verbs, source classes,
/// titles), from YAML under `rules/attribution/`.
#[derive(Debug, Clone, Default)]
pub struct Data {
    /// Every word that can be the cue of reported speech.
    pub cues: WordSet,
    /// The shapes of the cues and of "according": the reported-speech
    /// scan tests every word of an article against them, one bit each.
    pub cue_shapes: Shapes,
    /// Verbs of saying, which may also close a sentence ("…, X said.").
    pub strong: WordSet,
    /// Verbs that attribute a quotation next to them: `strong` and the
    /// quote-only verbs ("continued", "shouted").
    pub speech: WordSet,
    /// First words of two-word speech cues ("pointed out", "shot back").
    pub phrasal_verbs: WordSet,
    /// Nouns naming what is said ("statement", "message"): `X issued a
    /// statement, “…”`.
    pub utterances: WordSet,
    /// The two-word speech cues, lowercase.
    pub phrasal: Vec<(String, String)>,
    /// Thinking verbs, before a clause.
    pub cognition: WordSet,
    /// Intent verbs, before "to".
    pub infinitive: WordSet,
    /// Verbs of studies and polls, before "that".
    pub findings: WordSet,
    /// Verbs that name something with a quoted phrase ("called it “…”").
    pub naming: WordSet,
    /// Verbs that name something with "as" and a quoted phrase ("referred
    /// to him as “…”", "dismissed the report as “…”").
    pub naming_as: WordSet,
    /// Verbs that title something with the quoted words right after them
    /// ("an ad titled “Dangerous”"), and only there ("entitled to “…”").
    pub naming_next: WordSet,
    /// Nouns for words a crowd calls out, quoted after "of": "chants of
    /// “Lock her up!”".
    pub outcries: WordSet,
    pub object_first: WordSet,
    pub media: WordSet,
    pub between: WordSet,
    pub intro: WordSet,
    pub boundary: WordSet,
    pub pronouns: WordSet,
    /// Subjects that name no one ("it", "there", "these").
    pub no_one: WordSet,
    /// Possessives that name a speaker before an outcry noun ("their").
    pub possessives: WordSet,
    /// Adverbs allowed between joined verbs and the cue ("then").
    pub sequence: WordSet,
    pub determiners: WordSet,
    pub vague: WordSet,
    /// Anonymous-source phrases, each as lowercase words.
    pub anonymous: Vec<Vec<String>>,
    /// The first words of the anonymous-source phrases: a source holding
    /// none of them needs no phrase comparison.
    pub anonymous_first: WordSet,
    pub organisation: WordSet,
    pub titles: WordSet,
    /// Words that say a source is a man or a woman: titles, role nouns,
    /// pronouns and common given names. A later "he" or "she" resolves to
    /// the nearest source that fits.
    pub male: WordSet,
    pub female: WordSet,
    /// Every word that says someone speaks, writes or is quoted, read or
    /// not by the grammar: cue verbs of every kind, naming verbs, nouns of
    /// utterance, `stance_verbs` ("blamed", "welcomed") and the
    /// `introducers` ("according", "per"). Near a
    /// quotation, one of these means the article names a speaker even where
    /// the grammar cannot read the sentence.
    pub speaker_signs: WordSet,
    /// The constructions that read this language.
    pub syntax: Syntax,
    /// The word lists the English constructions turn on.
    pub grammar: Grammar,
    /// The word lists the German constructions turn on.
    pub german: German,
}

const BUILTIN: &[(&str, &str)] = &[
    ("en", include_str!("../../rules/attribution/en.yaml")),
    ("de", include_str!("../../rules/attribution/de.yaml")),
];

impl Data {
    /// The compiled-in data for language `lang` (`en`, `de`, …). A language
    /// without attribution data of its own uses its base's (`en-GB` → `en`);
    /// others get empty lists and find no attributions.
    pub fn builtin(lang: &str) -> Result<Data, crate::Error> {
        match crate::builtin::pick(BUILTIN, lang) {
            Some((n, text)) => Data::from_yaml(&format!("rules/attribution/{n}.yaml"), text),
            None => Ok(Data::default()),
        }
    }

    pub fn from_yaml(path: &str, text: &str) -> Result<Data, crate::Error> {
        let f: DataFile =
            serde_yaml::from_str(text).map_err(|e| crate::Error::from_yaml(path, e))?;
        let cues = WordSet::new(
            f.speech
                .iter()
                .chain(&f.cognition)
                .chain(&f.infinitive)
                .chain(&f.findings),
        );
        let speaker_signs = WordSet::new(
            f.speech
                .iter()
                .chain(&f.quote_only)
                .chain(&f.cognition)
                .chain(&f.infinitive)
                .chain(&f.findings)
                .chain(&f.naming)
                .chain(&f.naming_as)
                .chain(&f.naming_next)
                .chain(&f.object_first)
                .chain(&f.utterances)
                .chain(&f.media)
                .chain(&f.introducers)
                .chain(&f.stance_verbs)
                .map(String::as_str)
                .chain(f.phrasal.iter().filter_map(|p| p.split_whitespace().next())),
        );
        let mut cue_shapes = Shapes::default();
        cue_shapes.add_all(cues.shapes());
        cue_shapes.add(b"according");
        Ok(Data {
            speaker_signs,
            syntax: f.syntax,
            grammar: Grammar::new(&f.grammar),
            german: German::new(&f.german),
            cues,
            cue_shapes,
            strong: WordSet::new(&f.speech),
            speech: WordSet::new(f.speech.iter().chain(&f.quote_only)),
            utterances: WordSet::new(&f.utterances),
            phrasal_verbs: WordSet::new(
                f.phrasal.iter().filter_map(|p| p.split_whitespace().next()),
            ),
            phrasal: f
                .phrasal
                .iter()
                .filter_map(|p| {
                    let mut w = p.split_whitespace().map(str::to_lowercase);
                    Some((w.next()?, w.next()?))
                })
                .collect(),
            cognition: WordSet::new(&f.cognition),
            infinitive: WordSet::new(&f.infinitive),
            findings: WordSet::new(&f.findings),
            naming: WordSet::new(&f.naming),
            naming_as: WordSet::new(&f.naming_as),
            naming_next: WordSet::new(&f.naming_next),
            outcries: WordSet::new(&f.outcries),
            object_first: WordSet::new(&f.object_first),
            media: WordSet::new(&f.media),
            between: WordSet::new(&f.between),
            intro: WordSet::new(&f.intro),
            boundary: WordSet::new(&f.boundary),
            pronouns: WordSet::new(&f.pronouns),
            no_one: WordSet::new(&f.no_one),
            possessives: WordSet::new(&f.possessives),
            sequence: WordSet::new(&f.sequence),
            determiners: WordSet::new(&f.determiners),
            vague: WordSet::new(&f.vague),
            anonymous: f
                .anonymous
                .iter()
                .map(|p| p.split_whitespace().map(str::to_lowercase).collect())
                .collect(),
            anonymous_first: WordSet::new(
                f.anonymous
                    .iter()
                    .filter_map(|p| p.split_whitespace().next()),
            ),
            organisation: WordSet::new(&f.organisation),
            titles: WordSet::new(&f.titles),
            male: WordSet::new(&f.male),
            female: WordSet::new(&f.female),
        })
    }
}

impl Data {
    /// Does the cue word `w` attribute by its verb's mood: the subjunctive
    /// of reported speech or hearsay (German `sei`, `soll`)? Such a cue
    /// needs no speaker in its own sentence; none exists in English.
    pub fn is_mood_cue(&self, w: &str) -> bool {
        self.german.subjunctives.is(w) || self.german.hearsay.is(w)
    }

    /// Is `first` `second` a two-word speech cue ("pointed out")?
    pub fn is_phrasal(&self, first: &str, second: &str) -> bool {
        self.phrasal_verbs.contains(first)
            && self
                .phrasal
                .iter()
                .any(|(a, b)| a.eq_ignore_ascii_case(first) && b.eq_ignore_ascii_case(second))
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn english_fills_every_grammar_list() {
        let en = Data::builtin("en").unwrap();
        assert!(
            en.grammar.empty_lists().is_empty(),
            "{:?}",
            en.grammar.empty_lists()
        );
        // As written, or in any case, as the construction asks.
        assert!(en.grammar.clause_turns.is("Then") && !en.grammar.clause_turns.is("THEN"));
        assert!(en.grammar.time_or_place.is_folded("Tuesday"));
    }

    use super::*;

    #[test]
    fn english_loads_and_others_are_empty() {
        let en = Data::builtin("en-GB").unwrap();
        assert!(en.cues.contains("said"));
        assert!(en.vague.contains("Analysts"));
        // The closed classes the grammar consults are data too.
        assert!(en.no_one.contains("There") && !en.no_one.contains("she"));
        assert!(en.possessives.contains("their") && en.sequence.contains("finally"));
        assert!(Data::builtin("ja").unwrap().cues.is_empty());
        assert_eq!(en.syntax, Syntax::English);
    }

    #[test]
    fn german_loads_its_own_constructions_words() {
        let de = Data::builtin("de-AT").unwrap();
        assert_eq!(de.syntax, Syntax::German);
        assert!(de.speech.contains("sagte") && de.vague.contains("Experten"));
        assert!(
            de.german.empty_lists().is_empty(),
            "{:?}",
            de.german.empty_lists()
        );
        assert!(de.german.subjunctives.is("sei") && de.german.according.is_folded("Laut"));
    }

    #[test]
    fn unknown_keys_are_rejected() {
        let bad = "name: x\nspeech: []\nquipz: []\n";
        assert!(Data::from_yaml("x.yaml", bad).is_err());
    }
}
