//! Quotation verdicts in words: the messages of the rules and the
//! listing of `ascribe quotes`.

use super::{DiffKind, QuoteCheck, Sources, Verdict};
use crate::finding::excerpt;

/// Differences named in one message; more are counted.
const SHOWN: usize = 3;

/// What the source is called in a message: a transcript when its turns
/// are labelled (a speech given a speaker as a whole is a source).
pub fn kind_of(c: &QuoteCheck, sources: &Sources) -> &'static str {
    match &c.passage {
        Some(p) if (p.speaker.is_some() || p.read_by.is_some()) && sources.file(p).labelled => {
            "transcript"
        }
        _ => "source",
    }
}

/// The message of an altered (or edited) quotation: where its passage is,
/// then each difference word by word.
pub fn describe(c: &QuoteCheck, text: &str, sources: &Sources) -> Option<String> {
    let p = c.passage.as_ref()?;
    let file = sources.file(p);
    let name = kind_of(c, sources);
    let show = |s: &str| excerpt(s, 60, 50);
    let mut parts = Vec::new();
    for d in &c.differences {
        let article = show(d.article.text(text));
        let source = show(&d.source);
        parts.push(match d.kind {
            DiffKind::Changed => format!("{name}: “{source}” — article: “{article}”"),
            DiffKind::Dropped => format!("drops “{source}” without an ellipsis"),
            DiffKind::Added => format!("adds “{article}”, which the passage does not have"),
            // Words left out between two sentences or speakers' turns.
            DiffKind::Joined if !d.source.is_empty() => {
                format!("joins words said apart, leaving out “{source}” between them")
            }
            DiffKind::Joined => match d.elsewhere {
                Some((f, _, line)) if f == p.file => {
                    format!("joins words said apart: “{article}” was said at line {line}")
                }
                Some((f, _, line)) => format!(
                    "joins words said apart: “{article}” was said in {}, line {line}",
                    sources.index.files[f as usize].path
                ),
                None => format!("joins words said apart: “{article}”"),
            },
            DiffKind::Edited => format!("“{article}” stands for the {name}'s “{source}”"),
        });
    }
    let more = parts.len().saturating_sub(SHOWN);
    parts.truncate(SHOWN);
    if more > 0 {
        parts.push(format!("and {more} more"));
    }
    let lead = if c.verdict == Verdict::Edited {
        "edited quotation"
    } else {
        "quotation differs from the"
    };
    let at = format!("{}, line {}", file.path, p.line);
    Some(if c.near {
        format!(
            "short quotation close to words its speaker said in the {name} ({at}), perhaps on another occasion: {}",
            parts.join("; ")
        )
    } else if c.verdict == Verdict::Edited {
        format!("{lead} ({name} {at}): {}", parts.join("; "))
    } else {
        format!("{lead} {name} ({at}): {}", parts.join("; "))
    })
}
