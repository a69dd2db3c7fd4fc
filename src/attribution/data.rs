//! The attribution word lists of a language, from `rules/attribution/*.yaml`.

use super::lists::{German, GermanFile, Grammar, GrammarFile};
use super::words::{Shapes, WordSet};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DataFile {
    #[allow(dead_code)]
    name: String,
    speech: Vec<String>,
    quote_only: Vec<String>,
    phrasal: Vec<String>,
    #[serde(default)]
    reported_phrasal: Vec<String>,
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
    /// First words of the cues of several words that report a clause
    /// ("pointed" of "pointed out that"), looked up beside `cues` by the
    /// reported-speech scan.
    pub reported_phrasal_first: WordSet,
    /// Those cues, lowercase, word by word.
    pub reported_phrasal: Vec<Vec<String>>,
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

/// A language's longer lists of given names by gender, kept apart from
/// its main file so that neither grows past reading: their names join
/// the `male` and `female` lists of the language's file.
const GIVEN: &[(&str, &str)] = &[("en", include_str!("../../rules/attribution/en-given.yaml"))];

/// More of a language's grammar lists, kept apart from its main file
/// for the same reason: their words join the `grammar:` lists there.
const MORE_GRAMMAR: &[(&str, &str)] = &[(
    "en",
    include_str!("../../rules/attribution/en-clauses.yaml"),
)];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MoreGrammar {
    grammar: GrammarFile,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GivenFile {
    male: Vec<String>,
    female: Vec<String>,
}

impl Data {
    /// The compiled-in data for language `lang` (`en`, `de`, …). A language
    /// without attribution data of its own uses its base's (`en-GB` → `en`);
    /// others get empty lists and find no attributions.
    pub fn builtin(lang: &str) -> Result<Data, crate::Error> {
        match crate::builtin::pick(BUILTIN, lang) {
            Some((n, text)) => {
                let path = format!("rules/attribution/{n}.yaml");
                let mut f = Self::parse(&path, text)?;
                if let Some((_, given)) = GIVEN.iter().find(|(g, _)| g == n) {
                    let path = format!("rules/attribution/{n}-given.yaml");
                    let g: GivenFile = serde_yaml::from_str(given)
                        .map_err(|e| crate::Error::from_yaml(&path, e))?;
                    f.male.extend(g.male);
                    f.female.extend(g.female);
                }
                if let Some((_, more)) = MORE_GRAMMAR.iter().find(|(g, _)| g == n) {
                    let path = format!("rules/attribution/{n}-clauses.yaml");
                    let g: MoreGrammar = serde_yaml::from_str(more)
                        .map_err(|e| crate::Error::from_yaml(&path, e))?;
                    f.grammar.extend(g.grammar);
                }
                Ok(Self::build(f))
            }
            None => Ok(Data::default()),
        }
    }

    pub fn from_yaml(path: &str, text: &str) -> Result<Data, crate::Error> {
        Ok(Self::build(Self::parse(path, text)?))
    }

    fn parse(path: &str, text: &str) -> Result<DataFile, crate::Error> {
        serde_yaml::from_str(text).map_err(|e| crate::Error::from_yaml(path, e))
    }

    fn build(f: DataFile) -> Data {
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
        let reported_phrasal_first = WordSet::new(
            f.reported_phrasal
                .iter()
                .filter_map(|p| p.split_whitespace().next()),
        );
        let mut cue_shapes = Shapes::default();
        cue_shapes.add_all(cues.shapes());
        cue_shapes.add_all(reported_phrasal_first.shapes());
        cue_shapes.add(b"according");
        Data {
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
            reported_phrasal_first,
            reported_phrasal: f
                .reported_phrasal
                .iter()
                .map(|p| p.split_whitespace().map(str::to_lowercase).collect())
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
        }
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
    fn given_names_of_the_second_file_join_the_gender_lists() {
        let en = Data::builtin("en").unwrap();
        // From en.yaml and from en-given.yaml alike.
        assert!(en.male.contains("Donald") && en.male.contains("Martin"));
        assert!(en.female.contains("Hillary") && en.female.contains("Maggie"));
        // Names of either gender, or surnames of public women, are in neither.
        for w in ["Casey", "Jordan", "Murray", "Warren"] {
            assert!(!en.male.contains(w) && !en.female.contains(w), "{w}");
        }
        // The German file has no second list and keeps its own.
        assert!(!Data::builtin("de").unwrap().male.contains("Corey"));
    }

    #[test]
    fn unknown_keys_are_rejected() {
        let bad = "name: x\nspeech: []\nquipz: []\n";
        assert!(Data::from_yaml("x.yaml", bad).is_err());
    }
}
