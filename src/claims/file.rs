//! The shape of a claims list file (`rules/claims/*.yaml`), as read; [`super::data`]
//! turns it into the lists the rule looks words up in.

use crate::finding::Severity;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DataFile {
    #[allow(dead_code)]
    pub(super) name: String,
    pub(super) signals: Vec<SignalFile>,
    pub(super) not_claims: NotClaimsFile,
    pub(super) headline_labels: Vec<String>,
    pub(super) contrast: Vec<String>,
    pub(super) reporting: Vec<String>,
    #[serde(default)]
    pub(super) reporting_named: Vec<String>,
    #[serde(default)]
    pub(super) reporting_pronouned: Vec<String>,
    #[serde(default)]
    pub(super) reporting_subjects: Vec<String>,
    #[serde(default)]
    pub(super) passive_before: Vec<String>,
    #[serde(default)]
    pub(super) reporting_objects: Vec<String>,
    pub(super) not_reporting_after: Vec<String>,
    #[serde(default)]
    pub(super) saying_frames: Vec<String>,
    #[serde(default)]
    pub(super) asides: Vec<String>,
    #[serde(default)]
    pub(super) framed_reporting: Vec<String>,
    #[serde(default)]
    pub(super) stance_nouns: Vec<String>,
    #[serde(default)]
    pub(super) possessives: Vec<String>,
    #[serde(default)]
    pub(super) stance_verbs: Vec<String>,
    pub(super) document_sources: Vec<String>,
    #[serde(default)]
    pub(super) data_sources: Vec<String>,
    pub(super) document_verbs: Vec<String>,
    #[serde(default)]
    pub(super) document_phrase: Vec<String>,
    pub(super) agentive: Vec<String>,
    #[serde(default)]
    pub(super) clause_openers: Vec<String>,
    #[serde(default)]
    pub(super) interview_questions: Vec<String>,
    #[serde(default)]
    pub(super) interview_answers: Vec<String>,
    #[serde(default)]
    pub(super) embeds: Vec<String>,
    #[serde(default)]
    pub(super) writer_subjects: Vec<String>,
    #[serde(default)]
    pub(super) writer_after_opening: Vec<String>,
    #[serde(default)]
    pub(super) comment_requests: Vec<String>,
    #[serde(default)]
    pub(super) expletives: Vec<String>,
    #[serde(default)]
    pub(super) rulings: Vec<String>,
    #[serde(default)]
    pub(super) relatives: Vec<String>,
    #[serde(default)]
    pub(super) proposing: Vec<String>,
    #[serde(default)]
    pub(super) personal_subjects: Vec<String>,
    #[serde(default)]
    pub(super) editor_notes: Vec<String>,
    #[serde(default)]
    pub(super) nouns_capitalised: bool,
    #[serde(default)]
    pub(super) features: FeatureWordsFile,
    #[serde(default)]
    pub(super) public_record: super::facts::FactsFile,
    #[serde(default)]
    pub(super) page: super::page::PageFile,
    #[serde(default)]
    pub(super) speech: super::speech::SpeechFile,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FeatureWordsFile {
    pub(super) negation: Vec<String>,
    pub(super) comparative: Vec<String>,
    pub(super) time: Vec<String>,
    pub(super) past: Vec<String>,
    pub(super) present: Vec<String>,
    pub(super) perfect: Vec<String>,
    pub(super) stop: Vec<String>,
    pub(super) not_adverbs: Vec<String>,
    // What sets a claim apart from a fact the reporter saw (see the
    // comments in rules/claims/en.yaml); absent for a language that has
    // no lists yet.
    #[serde(default)]
    pub(super) evaluative: Vec<String>,
    #[serde(default)]
    pub(super) attitude: Vec<String>,
    #[serde(default)]
    pub(super) prospect: Vec<String>,
    #[serde(default)]
    pub(super) acts: Vec<String>,
    #[serde(default)]
    pub(super) money: Vec<String>,
    #[serde(default)]
    pub(super) percent: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SignalFile {
    pub(super) name: String,
    pub(super) severity: Severity,
    #[serde(default)]
    pub(super) numbers: bool,
    #[serde(default)]
    pub(super) number_words: Vec<String>,
    #[serde(default)]
    pub(super) words: Vec<String>,
    #[serde(default)]
    pub(super) phrases: Vec<String>,
    #[serde(default)]
    pub(super) negatable: bool,
    #[serde(default)]
    pub(super) allegeable: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct NotClaimsFile {
    pub(super) dates: Vec<String>,
    pub(super) times: Vec<String>,
    pub(super) durations: Vec<String>,
    pub(super) number_labels: Vec<String>,
    pub(super) ordinal_names: Vec<String>,
    pub(super) scene: Vec<String>,
    pub(super) scene_phrases: Vec<String>,
    pub(super) duration_after: Vec<String>,
    pub(super) age_words: Vec<String>,
    pub(super) first_person: Vec<String>,
    pub(super) modals: Vec<String>,
    pub(super) schedule: Vec<String>,
    pub(super) determiners: Vec<String>,
    #[serde(default)]
    pub(super) range_words: Vec<String>,
    #[serde(default)]
    pub(super) allegations: Vec<String>,
    #[serde(default)]
    pub(super) duration_before: Vec<String>,
    #[serde(default)]
    pub(super) negations: Vec<String>,
}
