//! A `sources:` entry of `.ascribe.yaml`: a file, folder or glob, or a
//! mapping that also says whose words the files are
//! (`{path: "speeches/moss-*.txt", speaker: "Ada Moss"}`), for speeches
//! and statements that carry no speaker labels.

use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;
use std::fmt;

#[derive(Debug)]
pub(super) struct SourceEntry {
    pub path: String,
    /// Who said the files' words, outside any labelled turn.
    pub speaker: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WithSpeaker {
    path: String,
    speaker: String,
}

impl<'de> Deserialize<'de> for SourceEntry {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = SourceEntry;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a path or glob, or a mapping {path: GLOB, speaker: NAME}")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<SourceEntry, E> {
                Ok(SourceEntry {
                    path: v.to_string(),
                    speaker: None,
                })
            }
            fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<SourceEntry, A::Error> {
                let w = WithSpeaker::deserialize(de::value::MapAccessDeserializer::new(map))?;
                let name = w.speaker.trim();
                if name.is_empty() {
                    return Err(de::Error::custom("`speaker` names no one"));
                }
                Ok(SourceEntry {
                    path: w.path,
                    speaker: Some(name.to_string()),
                })
            }
        }
        d.deserialize_any(V)
    }
}
