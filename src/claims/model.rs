//! The claims model: how sure the rule is that a sentence makes a claim
//! with no source, from its [`Features`].
//!
//! A logistic regression over the features, learnt from the shared claim
//! labels by `scripts/train-claims.py` and kept as data in
//! `rules/claims/<lang>.model.yaml`: how likely the sentence makes a claim
//! at all. Whether an attribution covers it is the rule's own judgement
//! (`scope`), which the labels bear out more often than any model of it.

use super::data::Data;
use super::features::{Features, FIXED};
use crate::attribution::WordSet;
use crate::error::Error;
use crate::finding::Severity;
use crate::model::Document;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ModelFile {
    claim: LinearFile,
    threshold: f32,
    /// Absent: every sentence with a claim signal is reported.
    #[serde(default)]
    signal_threshold: f32,
    warning: f32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LinearFile {
    bias: f32,
    weights: BTreeMap<String, f32>,
}

/// One logistic regression, its weights laid out for the features.
#[derive(Debug, Clone, Default)]
pub struct Linear {
    bias: f32,
    /// By index into [`FIXED`].
    fixed: Vec<f32>,
    /// By index into the language's signals.
    signals: Vec<f32>,
    /// By slot of `words`.
    word_weights: Vec<f32>,
    words: WordSet,
}

impl Linear {
    fn from_file(path: &str, f: LinearFile, data: &Data) -> Result<Linear, Error> {
        let mut l = Linear {
            bias: f.bias,
            fixed: vec![0.0; FIXED.len()],
            signals: vec![0.0; data.signals.len()],
            ..Linear::default()
        };
        let mut words: Vec<(String, f32)> = Vec::new();
        for (name, w) in f.weights {
            if let Some(word) = name.strip_prefix("w:") {
                words.push((word.to_string(), w));
            } else if let Some(sig) = name.strip_prefix("sig:") {
                let i = data
                    .signals
                    .iter()
                    .position(|s| s.name == sig)
                    .ok_or_else(|| unknown(path, &name))?;
                l.signals[i] = w;
            } else {
                let i = FIXED
                    .iter()
                    .position(|f| *f == name)
                    .ok_or_else(|| unknown(path, &name))?;
                l.fixed[i] = w;
            }
        }
        l.words = WordSet::new(words.iter().map(|(w, _)| w.as_str()));
        l.word_weights = vec![0.0; l.words.slot_count()];
        for (w, weight) in &words {
            if let Some(k) = l.words.slot(w) {
                l.word_weights[k] = *weight;
            }
        }
        Ok(l)
    }

    /// The weighted sum of `f`'s features.
    fn sum(&self, f: &Features, doc: &Document<'_>) -> f32 {
        let mut z = self.bias;
        for &k in &f.fixed {
            z += self.fixed[k as usize];
        }
        for &s in &f.signals {
            z += self.signals[s as usize];
        }
        if !self.word_weights.is_empty() {
            let text = doc.text.as_bytes();
            for &t in &f.words {
                if let Some(k) = self.words.slot_token(doc.tokens[t as usize], text) {
                    z += self.word_weights[k];
                }
            }
        }
        z
    }
}

fn unknown(path: &str, name: &str) -> Error {
    Error::Config {
        path: path.to_string(),
        line: None,
        column: None,
        message: format!("unknown feature `{name}` (see src/claims/features.rs)"),
    }
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z.clamp(-30.0, 30.0)).exp())
}

/// The claims model of one language.
#[derive(Debug, Clone, Default)]
pub struct Model {
    claim: Linear,
    /// A sentence with no claim signal is reported from this score up.
    pub threshold: f32,
    /// A sentence whose strongest claim signal ranks as info (a
    /// comparison, an intention, a prediction …) is reported from this
    /// score up (0: always): such a word alone does not make a claim of a
    /// fact the reporter saw ("the protest went on for more than a
    /// minute"). One ranked warning (a figure, a record, a charge) is a
    /// claim whatever the score.
    pub signal_threshold: f32,
    /// Findings from this score up are warnings; below, info.
    pub warning: f32,
}

impl Model {
    pub fn from_yaml(path: &str, text: &str, data: &Data) -> Result<Model, Error> {
        let f: ModelFile = serde_yaml::from_str(text).map_err(|e| Error::from_yaml(path, e))?;
        Ok(Model {
            claim: Linear::from_file(path, f.claim, data)?,
            threshold: f.threshold,
            signal_threshold: f.signal_threshold,
            warning: f.warning,
        })
    }

    /// Is a sentence of this score, whose strongest claim signal ranks as
    /// `signal` (`None`: it has none), a claim to report when nothing
    /// covers it?
    pub fn reports(&self, score: f32, signal: Option<Severity>) -> bool {
        match signal {
            Some(Severity::Error | Severity::Warning) => true,
            Some(Severity::Info) => score >= self.signal_threshold,
            None => score >= self.threshold,
        }
    }

    /// How likely the sentence of features `f` makes a claim, 0 to 1.
    pub fn claim(&self, f: &Features, doc: &Document<'_>) -> f32 {
        sigmoid(self.claim.sum(f, doc))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_model_file_names_known_features_only() {
        let data = Data::builtin("en").unwrap();
        let good = "threshold: 0.7\nwarning: 0.9\nclaim:\n  bias: -1.0\n  weights:\n    \"sig:figure\": 2.0\n    \"pos:lead\": 0.5\n    \"w:disaster\": 1.5\n";
        let m = Model::from_yaml("m.yaml", good, &data).unwrap();
        assert_eq!((m.threshold, m.warning), (0.7, 0.9));
        // Without a signal threshold, every signal sentence is reported.
        assert_eq!(m.signal_threshold, 0.0);
        let info = Some(Severity::Info);
        assert!(m.reports(0.01, info) && !m.reports(0.69, None) && m.reports(0.7, None));
        let gated = good.replace(
            "threshold: 0.7\n",
            "threshold: 0.7\nsignal_threshold: 0.5\n",
        );
        let m = Model::from_yaml("m.yaml", &gated, &data).unwrap();
        assert!(!m.reports(0.49, info) && m.reports(0.5, info));
        // A signal ranked warning is a claim at any score.
        assert!(m.reports(0.01, Some(Severity::Warning)));
        let bad = good.replace("pos:lead", "pos:leed");
        let e = Model::from_yaml("m.yaml", &bad, &data)
            .unwrap_err()
            .to_string();
        assert!(e.contains("unknown feature `pos:leed`"), "{e}");
        let bad = good.replace("sig:figure", "sig:figures");
        assert!(Model::from_yaml("m.yaml", &bad, &data).is_err());
    }

    #[test]
    fn weights_add_up_to_a_probability() {
        let data = Data::builtin("en").unwrap();
        let text = "threshold: 0.5\nwarning: 0.9\nclaim:\n  bias: -1.0\n  weights:\n    \"sig:figure\": 2.0\n    \"w:disaster\": 1.5\n";
        let m = Model::from_yaml("m.yaml", text, &data).unwrap();
        let lang = crate::model::Conventions::english();
        let attr = crate::attribution::Data::builtin("en").unwrap();
        let claims = crate::claims::Data::builtin("en").unwrap().linked(&attr);
        let doc = Document::parse(
            "Head\n\nIt was a disaster.\n",
            crate::model::Format::Plain,
            &lang,
        );
        let mut got = Vec::new();
        let atts = crate::attribution::extract(&doc, &attr);
        super::super::features::candidates(&doc, &atts, &claims, &attr, |c| {
            got.push(m.claim(&c.features(), &doc));
        });
        // bias -1 + "disaster" 1.5 = 0.5: sigmoid(0.5).
        assert_eq!(got.len(), 1);
        assert!(
            (got[0] - 1.0 / (1.0 + (-0.5f32).exp())).abs() < 1e-6,
            "{got:?}"
        );
    }
}
