//! A language's conventions of text: which marks quote, which words are
//! abbreviations, which lines are page furniture. All the document model
//! knows of a language; the analyses' word lists are in `crate::lang`.
//!
//! The data lives in YAML under `rules/lang/` and is compiled into the
//! binary, so a bare binary works anywhere; a file may name a `base`
//! language whose lists it inherits for every key it leaves out.

use crate::error::Error;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::Deserialize;
use std::collections::BTreeMap;

/// Every quotation-mark glyph the lexer recognises, in any language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub enum Glyph {
    CurlyDoubleLeft,
    CurlyDoubleRight,
    CurlySingleLeft,
    CurlySingleRight,
    StraightDouble,
    StraightSingle,
    /// `''`, two apostrophes standing for a double quotation mark.
    TwinApostrophe,
    /// ``` `` ```, two backticks opening a double quotation.
    TwinBacktick,
    /// `‘‘` and `’’`, doubled curly single marks standing for double ones
    /// (scanned and wire copy).
    TwinCurlyLeft,
    TwinCurlyRight,
    LowDouble,
    LowSingle,
    GuillemetLeft,
    GuillemetRight,
    SingleGuillemetLeft,
    SingleGuillemetRight,
    CornerLeft,
    CornerRight,
    WhiteCornerLeft,
    WhiteCornerRight,
}

impl Glyph {
    pub const ALL: [Glyph; 20] = [
        Glyph::CurlyDoubleLeft,
        Glyph::CurlyDoubleRight,
        Glyph::CurlySingleLeft,
        Glyph::CurlySingleRight,
        Glyph::StraightDouble,
        Glyph::StraightSingle,
        Glyph::TwinApostrophe,
        Glyph::TwinBacktick,
        Glyph::TwinCurlyLeft,
        Glyph::TwinCurlyRight,
        Glyph::LowDouble,
        Glyph::LowSingle,
        Glyph::GuillemetLeft,
        Glyph::GuillemetRight,
        Glyph::SingleGuillemetLeft,
        Glyph::SingleGuillemetRight,
        Glyph::CornerLeft,
        Glyph::CornerRight,
        Glyph::WhiteCornerLeft,
        Glyph::WhiteCornerRight,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Glyph::CurlyDoubleLeft => "“",
            Glyph::CurlyDoubleRight => "”",
            Glyph::CurlySingleLeft => "‘",
            Glyph::CurlySingleRight => "’",
            Glyph::StraightDouble => "\"",
            Glyph::StraightSingle => "'",
            Glyph::TwinApostrophe => "''",
            Glyph::TwinBacktick => "``",
            Glyph::TwinCurlyLeft => "‘‘",
            Glyph::TwinCurlyRight => "’’",
            Glyph::LowDouble => "„",
            Glyph::LowSingle => "‚",
            Glyph::GuillemetLeft => "«",
            Glyph::GuillemetRight => "»",
            Glyph::SingleGuillemetLeft => "‹",
            Glyph::SingleGuillemetRight => "›",
            Glyph::CornerLeft => "「",
            Glyph::CornerRight => "」",
            Glyph::WhiteCornerLeft => "『",
            Glyph::WhiteCornerRight => "』",
        }
    }

    pub fn parse(s: &str) -> Option<Glyph> {
        Glyph::ALL.into_iter().find(|g| g.as_str() == s)
    }

    pub fn from_char(c: char) -> Option<Glyph> {
        Some(match c {
            '“' => Glyph::CurlyDoubleLeft,
            '”' => Glyph::CurlyDoubleRight,
            '‘' => Glyph::CurlySingleLeft,
            '’' => Glyph::CurlySingleRight,
            '"' => Glyph::StraightDouble,
            '\'' => Glyph::StraightSingle,
            '„' => Glyph::LowDouble,
            '‚' => Glyph::LowSingle,
            '«' => Glyph::GuillemetLeft,
            '»' => Glyph::GuillemetRight,
            '‹' => Glyph::SingleGuillemetLeft,
            '›' => Glyph::SingleGuillemetRight,
            '「' => Glyph::CornerLeft,
            '」' => Glyph::CornerRight,
            '『' => Glyph::WhiteCornerLeft,
            '』' => Glyph::WhiteCornerRight,
            _ => return None,
        })
    }

    /// The typographic family, for spotting articles that mix styles.
    pub fn family(self) -> Family {
        match self {
            Glyph::CurlyDoubleLeft
            | Glyph::CurlyDoubleRight
            | Glyph::CurlySingleLeft
            | Glyph::CurlySingleRight => Family::Curly,
            Glyph::StraightDouble | Glyph::StraightSingle => Family::Straight,
            Glyph::TwinApostrophe
            | Glyph::TwinBacktick
            | Glyph::TwinCurlyLeft
            | Glyph::TwinCurlyRight => Family::Twin,
            Glyph::LowDouble | Glyph::LowSingle => Family::Low,
            Glyph::GuillemetLeft
            | Glyph::GuillemetRight
            | Glyph::SingleGuillemetLeft
            | Glyph::SingleGuillemetRight => Family::Guillemet,
            Glyph::CornerLeft
            | Glyph::CornerRight
            | Glyph::WhiteCornerLeft
            | Glyph::WhiteCornerRight => Family::Corner,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Family {
    Curly,
    Straight,
    Twin,
    Low,
    Guillemet,
    Corner,
}

impl Family {
    pub fn describe(self) -> &'static str {
        match self {
            Family::Curly => "curly (“ ”)",
            Family::Straight => "straight (\")",
            Family::Twin => "doubled single marks ('' '', ‘‘ ’’)",
            Family::Low => "low (\u{201e} \u{201c})",
            Family::Guillemet => "guillemet (« »)",
            Family::Corner => "corner bracket (「 」)",
        }
    }

    /// As [`Family::describe`], naming the glyphs of the levels found: a
    /// list of single marks ('yes' under a curly house style) says
    /// "straight (')", not the double mark it does not hold.
    pub fn describe_levels(self, outer: bool, inner: bool) -> &'static str {
        match (self, outer, inner) {
            (Family::Curly, false, true) => "curly (‘ ’)",
            (Family::Curly, true, true) => "curly (“ ” ‘ ’)",
            (Family::Straight, false, true) => "straight (')",
            (Family::Straight, true, true) => "straight (\" ')",
            (Family::Low, false, true) => "low (\u{201a} \u{2018})",
            (Family::Low, true, true) => "low (\u{201e} \u{201c} \u{201a} \u{2018})",
            (Family::Guillemet, false, true) => "guillemet (‹ ›)",
            (Family::Guillemet, true, true) => "guillemet (« » ‹ ›)",
            (Family::Corner, false, true) => "corner bracket (『 』)",
            (Family::Corner, true, true) => "corner bracket (「 」 『 』)",
            _ => self.describe(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Outer,
    Inner,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Open,
    Close,
    Either,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkSpec {
    pub level: Level,
    pub role: Role,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct LangFile {
    name: String,
    base: Option<String>,
    marks: Option<BTreeMap<String, MarkSpec>>,
    apostrophes: Option<Vec<String>>,
    elisions: Option<Vec<String>>,
    abbreviations: Option<Vec<String>>,
    numeric_abbreviations: Option<Vec<String>>,
    final_abbreviations: Option<Vec<String>>,
    sentence_starters: Option<Vec<String>>,
    ordinal_nouns: Option<Vec<String>>,
    ordinal_determiners: Option<Vec<String>>,
    speech_verbs: Option<Vec<String>>,
    labels: Option<Vec<String>>,
    caption_markers: Option<Vec<String>>,
    furniture: Option<Vec<String>>,
    noun_markers: Option<Vec<String>>,
    narrator_pronouns: Option<Vec<String>>,
    calendar_words: Option<Vec<String>>,
    indefinite_articles: Option<Vec<String>>,
    titles: Option<Vec<String>>,
    speaker_pronouns: Option<Vec<String>>,
    run_together: Option<bool>,
}

/// The conventions of text of one language.
#[derive(Debug, Clone)]
pub struct Conventions {
    pub name: String,
    marks: HashMap<Glyph, MarkSpec>,
    apostrophes: HashSet<Glyph>,
    pub elisions: HashSet<String>,
    pub abbreviations: HashSet<String>,
    pub numeric_abbreviations: HashSet<String>,
    pub final_abbreviations: HashSet<String>,
    pub sentence_starters: HashSet<String>,
    /// Words a number and its full stop stand before as an ordinal, not
    /// a sentence end (German `am 4. Mai`, `4. Juli 2009`): as written.
    pub ordinal_nouns: HashSet<String>,
    /// Words a number and its full stop follow as an ordinal (German
    /// `der 90. Minute`, `zum 3. Mal`): lower case.
    pub ordinal_determiners: HashSet<String>,
    pub speech_verbs: HashSet<String>,
    pub labels: HashSet<String>,
    /// Openings of a short block that make it page furniture, lower case
    /// ("this article has been updated").
    pub furniture: Vec<String>,
    /// Words before a speech verb that make it a noun ("the states"):
    /// lower case.
    pub noun_markers: HashSet<String>,
    /// Pronouns of the writer and the reader, as written ("I", "We"): a
    /// quotation's own speaker, not an attribution's third person.
    pub narrator_pronouns: HashSet<String>,
    /// Days and months, as written: capitalised, yet no one's name
    /// ("said Tuesday").
    pub calendar_words: HashSet<String>,
    /// Articles that bring in someone new ("a", "an"), as written.
    pub indefinite_articles: HashSet<String>,
    /// Abbreviated titles that stand before a name (`Dr`, `Gov`), as
    /// written without their dot: a paragraph never ends on one.
    pub titles: HashSet<String>,
    /// Third-person pronouns that alone make a bare attribution ("…, he
    /// said."), as written.
    pub speaker_pronouns: HashSet<String>,
    pub caption_markers: Vec<String>,
    /// Whether a full stop glued to both its words can end a sentence
    /// (`Tag.Die`): sentences run together in the copy this language's
    /// corpus was scraped from; set per language so that a language whose
    /// figures were measured without it keeps them.
    pub run_together: bool,
    caption_matcher: aho_corasick::AhoCorasick,
}

const BUILTIN: &[(&str, &str)] = &[
    ("en", include_str!("../../rules/lang/en.yaml")),
    ("en-GB", include_str!("../../rules/lang/en-GB.yaml")),
    ("de", include_str!("../../rules/lang/de.yaml")),
    ("de-CH", include_str!("../../rules/lang/de-CH.yaml")),
    ("fr", include_str!("../../rules/lang/fr.yaml")),
    ("ja", include_str!("../../rules/lang/ja.yaml")),
];

impl AsRef<Conventions> for Conventions {
    fn as_ref(&self) -> &Conventions {
        self
    }
}

impl Conventions {
    /// Names of the languages compiled into the binary.
    pub fn builtin_names() -> Vec<&'static str> {
        BUILTIN.iter().map(|(n, _)| *n).collect()
    }

    /// A compiled-in language's conventions, with its `base` chain resolved.
    pub fn builtin(name: &str) -> Result<Conventions, Error> {
        let file = load_builtin(name)?;
        let mut chain = vec![file];
        while let Some(base) = chain.last().and_then(|f| f.base.clone()) {
            if chain.iter().any(|f| f.name == base) {
                return Err(config_err(name, format!("language base cycle at `{base}`")));
            }
            chain.push(load_builtin(&base)?);
        }
        Conventions::from_chain(chain)
    }

    /// English, the default; the shipped data is tested to load.
    pub fn english() -> Conventions {
        Conventions::builtin("en").expect("shipped rules/lang/en.yaml is valid")
    }

    fn from_chain(chain: Vec<LangFile>) -> Result<Conventions, Error> {
        // The first file in the chain that sets a key wins.
        fn pick<T: Clone>(chain: &[LangFile], f: impl Fn(&LangFile) -> &Option<T>) -> Option<T> {
            chain.iter().find_map(|l| f(l).clone())
        }
        let name = chain[0].name.clone();
        let mut marks = HashMap::default();
        for (text, spec) in pick(&chain, |l| &l.marks).unwrap_or_default() {
            let glyph = Glyph::parse(&text).ok_or_else(|| {
                config_err(
                    &name,
                    format!("`{text}` is not a quotation mark ascribe knows"),
                )
            })?;
            marks.insert(glyph, spec);
        }
        let mut apostrophes = HashSet::default();
        for text in pick(&chain, |l| &l.apostrophes).unwrap_or_default() {
            let glyph = Glyph::parse(&text).ok_or_else(|| {
                config_err(
                    &name,
                    format!("apostrophe `{text}` is not a mark ascribe knows"),
                )
            })?;
            apostrophes.insert(glyph);
        }
        let set =
            |v: Option<Vec<String>>| v.unwrap_or_default().into_iter().collect::<HashSet<_>>();
        let lower = |v: Option<Vec<String>>| {
            v.unwrap_or_default()
                .into_iter()
                .map(|s| s.to_lowercase())
                .collect::<HashSet<_>>()
        };
        let caption_markers = pick(&chain, |l| &l.caption_markers).unwrap_or_default();
        Ok(Conventions {
            marks,
            apostrophes,
            elisions: lower(pick(&chain, |l| &l.elisions)),
            abbreviations: set(pick(&chain, |l| &l.abbreviations)),
            numeric_abbreviations: set(pick(&chain, |l| &l.numeric_abbreviations)),
            final_abbreviations: set(pick(&chain, |l| &l.final_abbreviations)),
            sentence_starters: set(pick(&chain, |l| &l.sentence_starters)),
            ordinal_nouns: set(pick(&chain, |l| &l.ordinal_nouns)),
            ordinal_determiners: lower(pick(&chain, |l| &l.ordinal_determiners)),
            speech_verbs: lower(pick(&chain, |l| &l.speech_verbs)),
            labels: lower(pick(&chain, |l| &l.labels)),
            furniture: lower(pick(&chain, |l| &l.furniture)).into_iter().collect(),
            noun_markers: lower(pick(&chain, |l| &l.noun_markers)),
            narrator_pronouns: set(pick(&chain, |l| &l.narrator_pronouns)),
            calendar_words: set(pick(&chain, |l| &l.calendar_words)),
            indefinite_articles: set(pick(&chain, |l| &l.indefinite_articles)),
            titles: set(pick(&chain, |l| &l.titles)),
            speaker_pronouns: set(pick(&chain, |l| &l.speaker_pronouns)),
            run_together: pick(&chain, |l| &l.run_together).unwrap_or(false),
            caption_matcher: aho_corasick::AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .build(&caption_markers)
                .map_err(|e| config_err(&name, e.to_string()))?,
            caption_markers,
            name,
        })
    }

    /// How this language uses `glyph`, if it is a quotation mark here.
    pub fn mark(&self, glyph: Glyph) -> Option<MarkSpec> {
        self.marks.get(&glyph).copied()
    }

    /// Does `text` hold a photo-caption or credit marker ("Photo by")?
    pub fn is_caption(&self, text: &str) -> bool {
        self.caption_matcher.is_match(text)
    }

    pub fn is_apostrophe(&self, glyph: Glyph) -> bool {
        self.apostrophes.contains(&glyph)
    }
}

fn load_builtin(name: &str) -> Result<LangFile, Error> {
    let (_, text) = BUILTIN
        .iter()
        .find(|(n, _)| *n == name)
        .ok_or_else(|| unknown(name))?;
    let path = format!("rules/lang/{name}.yaml");
    serde_yaml::from_str(text).map_err(|e| Error::from_yaml(&path, e))
}

fn unknown(name: &str) -> Error {
    Error::Usage(format!(
        "unknown language `{name}` (known: {})",
        Conventions::builtin_names().join(", ")
    ))
}

fn config_err(name: &str, message: String) -> Error {
    Error::Config {
        path: format!("rules/lang/{name}.yaml"),
        line: None,
        column: None,
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_language_loads() {
        for name in Conventions::builtin_names() {
            let lang = Conventions::builtin(name).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(!lang.marks.is_empty(), "{name} has no marks");
        }
    }

    #[test]
    fn every_single_char_glyph_round_trips() {
        for g in Glyph::ALL {
            let mut chars = g.as_str().chars();
            let c = chars.next().unwrap();
            if chars.next().is_none() {
                assert_eq!(Glyph::from_char(c), Some(g));
            }
        }
    }

    #[test]
    fn german_closes_with_the_english_opener() {
        let de = Conventions::builtin("de").unwrap();
        assert_eq!(de.mark(Glyph::CurlyDoubleLeft).unwrap().role, Role::Close);
        let en = Conventions::english();
        assert_eq!(en.mark(Glyph::CurlyDoubleLeft).unwrap().role, Role::Open);
        // German inherits English abbreviations only where it sets none.
        assert!(de.abbreviations.contains("bzw"));
        assert!(!de.speech_verbs.is_empty());
    }

    #[test]
    fn unknown_language_is_a_usage_error() {
        assert!(matches!(Conventions::builtin("xx"), Err(Error::Usage(_))));
    }
}
