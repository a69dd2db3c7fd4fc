//! Narration of a public speech: the writer telling what a speaker did in
//! a speech, a debate, a letter or a post ("Ruiz defended the levy in her
//! address", "Lee has railed against the council", "the mayor thanked the
//! volunteers"). That the speech was given and what it was about is public
//! record, which the guideline never counts a claim; a figure, a charge or
//! a forecast told inside it still is, so only a sentence with no claim
//! signal is read here.

use super::data::Lexicon;
use super::features::Extractor;
use crate::attribution::WordSet;
use crate::model::{Document, Sentence};
use serde::Deserialize;

/// The `speech` lists of `rules/claims/*.yaml`, as read.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpeechFile {
    /// Verbs that tell what a speaker did with words in public, not what
    /// the words claim ("defended", "railed", "thanked", "touted").
    #[serde(default)]
    acts: Vec<String>,
    /// Nouns of a public speech event ("speech", "sermon", "op-ed").
    #[serde(default)]
    events: Vec<String>,
}

/// The lists of [`SpeechFile`], as sets.
#[derive(Debug, Clone, Default)]
pub struct Speech {
    acts: WordSet,
    events: WordSet,
}

impl Speech {
    pub fn new(f: &SpeechFile) -> Speech {
        Speech {
            acts: WordSet::new(&f.acts),
            events: WordSet::new(&f.events),
        }
    }
}

/// Words that make a sentence more than a narration: a judgement, an
/// attitude, a prospect (the claims model's word classes), as for a scene.
const JUDGING: u16 = Lexicon::EVALUATIVE | Lexicon::ATTITUDE | Lexicon::PROSPECT;

/// Does sentence `s` (which holds no claim signal) narrate a public
/// speech: a verb of a public speech act or the name of a speech event
/// outside quotation marks, and no word that judges, tells an attitude or
/// weighs prospects? "Ruiz defended the levy in her address" tells what
/// was said in public; "Ruiz defended the disastrous levy" still judges.
/// One pass over the sentence's tokens, each tested by its signature.
pub fn narrates(
    extractor: &Extractor<'_, '_>,
    doc: &Document<'_>,
    data: &super::Data,
    s: &Sentence,
) -> bool {
    let speech = &data.speech;
    let bytes = doc.text.as_bytes();
    let mut told = false;
    for &t in &doc.tokens[s.tokens.start as usize..s.tokens.end as usize] {
        if !t.is_word() {
            continue;
        }
        // A word that judges, outside quotation marks, settles it; an
        // act or event needs looking up only until the first is found.
        if data.lexicon.of(t, bytes) & JUDGING != 0 {
            if !extractor.in_quote(t.span) {
                return false;
            }
            continue;
        }
        if !told
            && (speech.acts.contains_token(t, bytes) || speech.events.contains_token(t, bytes))
            && !extractor.in_quote(t.span)
        {
            told = true;
        }
    }
    told
}

#[cfg(test)]
mod tests {
    use crate::claims::flagged_words;

    #[test]
    fn what_a_speaker_did_in_public_is_not_judged() {
        for s in [
            "Speaking at the harbor, Mayor Ruiz is defending her plan for the port.",
            "Councilman Lee has railed against the zoning board all week.",
            "In her remarks, the senator thanked the volunteers of the food bank.",
        ] {
            assert!(flagged_words(s).is_empty(), "{s}: {:?}", flagged_words(s));
        }
    }

    /// Does the rule read the sentence after the headline as narration?
    fn narration(body: &str) -> bool {
        let text = format!("Head\n\n{body}\n");
        let lang = crate::lang::Lang::english();
        let doc = crate::model::Document::parse(&text, crate::model::Format::Plain, &lang);
        let atts = crate::attribution::extract(&doc, &lang.attribution);
        let quoted = doc.outer_quotation_spans();
        let ex = crate::claims::features::Extractor::new(&doc, &atts, &lang.claims, &quoted);
        super::narrates(&ex, &doc, &lang.claims, &doc.sentences[1])
    }

    #[test]
    fn a_judging_word_counts_wherever_it_stands_and_only_unquoted() {
        // After the act, and before it.
        assert!(!narration(
            "Mayor Ruiz is defending the plan, a disastrous one, at the port."
        ));
        assert!(!narration("A disastrous plan: Mayor Ruiz is defending it."));
        // Quoted, it is the speaker's word: the act alone is told.
        assert!(narration(
            "Mayor Ruiz is defending her \u{201c}disastrous\u{201d} plan for the port."
        ));
        assert!(narration(
            "Her \u{201c}disastrous\u{201d} plan: Mayor Ruiz is defending it."
        ));
    }

    #[test]
    fn a_judgement_or_a_signal_inside_the_speech_is_still_judged() {
        assert!(narration("Mayor Ruiz is defending her plan for the port."));
        // A word that judges makes it more than narration.
        assert!(!narration(
            "Mayor Ruiz is defending her disastrous plan for the port."
        ));
        // The act in quotation marks is the speaker's word, not the act.
        assert!(!narration(
            "Ruiz called it “defending the port” at the hearing."
        ));
        for s in [
            // A figure and a motive are judged whatever the verb.
            "Mayor Ruiz is defending her plan to spend $40 million on the port.",
            "Mayor Ruiz is defending her plan because she wants the union's votes.",
        ] {
            assert!(!flagged_words(s).is_empty(), "{s}");
        }
    }
}
