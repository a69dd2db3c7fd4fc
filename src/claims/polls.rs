//! A poll's account of itself: the sentence that tells how a poll was
//! taken ("The poll of 1,000 likely voters, taken Monday, has a margin of
//! error of 3 points") names its own source, the poll, in its subject; its
//! figures are the poll's, not the writer's claims. The lists are
//! `rules/claims/<lang>.polls.yaml`.

use crate::attribution::WordSet;
use crate::model::{Document, Sentence, Token};
use serde::Deserialize;

/// A `rules/claims/<lang>.polls.yaml` file, as read.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PollsFile {
    /// Nouns of a poll ("poll", "survey").
    nouns: Vec<String>,
    /// Words that may open the poll's noun phrase ("the", "this").
    openers: Vec<String>,
    /// Words that may stand between them and the noun ("new", "national").
    modifiers: Vec<String>,
    /// Words and phrases that tell the method ("conducted", "margin of
    /// error").
    methods: Vec<String>,
    /// Phrases that may themselves be the subject ("margin of error").
    margins: Vec<String>,
    /// Nouns of one poll that a pollster's name before them makes a
    /// source after "in" ("in a Harbor Institute poll").
    named_in: Vec<String>,
}

/// The lists of [`PollsFile`].
#[derive(Debug, Clone, Default)]
pub struct Polls {
    pub(crate) nouns: WordSet,
    pub(crate) openers: WordSet,
    pub(crate) modifiers: WordSet,
    methods: Vec<Vec<String>>,
    margins: Vec<Vec<String>>,
    pub(crate) named_in: WordSet,
}

fn phrases(list: &[String]) -> Vec<Vec<String>> {
    list.iter()
        .map(|p| p.split_whitespace().map(str::to_lowercase).collect())
        .filter(|p: &Vec<String>| !p.is_empty())
        .collect()
}

impl Polls {
    pub fn from_yaml(path: &str, text: &str) -> Result<Polls, crate::error::Error> {
        let f: PollsFile =
            serde_yaml::from_str(text).map_err(|e| crate::error::Error::from_yaml(path, e))?;
        Ok(Polls {
            nouns: WordSet::new(&f.nouns),
            openers: WordSet::new(&f.openers),
            modifiers: WordSet::new(&f.modifiers),
            methods: phrases(&f.methods),
            margins: phrases(&f.margins),
            named_in: WordSet::new(&f.named_in),
        })
    }
}

/// How many words may stand before the poll's noun in the subject ("The
/// latest Fox News poll").
const SUBJECT_WORDS: usize = 4;

/// How many words an opening phrase before "the margin of error" may have
/// ("For that subsample, …").
const OPENING_WORDS: usize = 6;

/// Does sentence `s` tell how a poll was taken, with the poll (or its
/// margin of error) for its subject? The poll's noun among the first
/// words, only openers, modifiers and capitalised words before it, and a
/// word of method somewhere ("The Fox poll had a margin of error of 4.5
/// points", "The survey of 1,200 voters was taken online"); or the margin
/// of error itself opening the sentence, perhaps after an opening phrase
/// and its comma ("The margin of error is 3 points").
pub fn describes_itself(doc: &Document<'_>, polls: &Polls, s: &Sentence) -> bool {
    let toks = &doc.tokens[s.tokens.start as usize..s.tokens.end as usize];
    let bytes = doc.text.as_bytes();
    let words: Vec<Token> = toks.iter().copied().filter(|t| t.is_word()).collect();
    let text = |t: &Token| t.text(doc.text);
    let at = |k: usize, p: &[String]| {
        p.iter().enumerate().all(|(j, w)| {
            words
                .get(k + j)
                .is_some_and(|t| text(t).eq_ignore_ascii_case(w))
        })
    };
    // The margin as the subject: after "the", at the start or after an
    // opening phrase and its comma.
    let comma = toks
        .iter()
        .position(|t| t.text(doc.text) == ",")
        .map(|c| {
            words
                .iter()
                .filter(|w| w.span.start < toks[c].span.start)
                .count()
        })
        .filter(|&n| n <= OPENING_WORDS);
    for start in std::iter::once(0).chain(comma) {
        let k = start
            + usize::from(
                words
                    .get(start)
                    .is_some_and(|t| polls.openers.contains_token(*t, bytes)),
            );
        if polls.margins.iter().any(|m| at(k, m)) {
            return true;
        }
    }
    let Some(noun) = words
        .iter()
        .take(SUBJECT_WORDS + 1)
        .position(|t| polls.nouns.contains_token(*t, bytes))
    else {
        return false;
    };
    let subject = words[..noun].iter().all(|t| {
        polls.openers.contains_token(*t, bytes)
            || polls.modifiers.contains_token(*t, bytes)
            || bytes[t.span.start as usize].is_ascii_uppercase()
    });
    subject && (0..words.len()).any(|k| polls.methods.iter().any(|m| at(k, m)))
}

#[cfg(test)]
mod tests {
    use crate::claims::flagged_words;

    #[test]
    fn a_poll_telling_how_it_was_taken_is_not_judged() {
        for s in [
            "The survey of 2,400 likely voters was conducted online from May 3 to May 9.",
            "The Harbor Institute poll had a margin of error of 3.8 percentage points.",
            "For that subsample, the margin of error is plus or minus 6 points.",
            "Margin of error: plus or minus 4 percentage points.",
            "The new statewide poll surveyed 1,150 registered voters by telephone.",
        ] {
            assert!(flagged_words(s).is_empty(), "{s}: {:?}", flagged_words(s));
        }
    }

    #[test]
    fn a_result_or_a_judgement_about_a_poll_is_still_judged() {
        for s in [
            // A result with no word of method.
            "Governor Ruiz leads the poll with 41 percent of likely voters.",
            "Ruiz's poll numbers have dropped 9 points since the storm.",
            // The poll is not the subject: the writer's own count.
            "Turnout was 62 percent, well within the margin of error of the exit polls.",
            // A signal other than a figure is judged whatever the subject.
            "The poll, conducted last week, is the worst news for Ruiz in years.",
        ] {
            assert!(!flagged_words(s).is_empty(), "{s}");
        }
    }
}
