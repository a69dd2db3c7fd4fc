//! The sources read once per run: every file's words in one array, the
//! turns of speech they fall in, and an index of word trigrams, so that a
//! quotation is looked up in time that depends on its own length and not
//! on the size of the archive.

use super::words::{words, Mode};
use crate::span::Span;
use rustc_hash::FxHashMap;

/// A word id that no word has: between two files, so that no trigram
/// runs from one into the next.
pub(super) const BOUNDARY: u32 = u32::MAX;
/// The id of a quotation's word that no source holds.
pub(super) const UNKNOWN: u32 = u32::MAX - 1;

/// A trigram found in more places than this says nothing about where a
/// quotation is ("I want to", "going to be") and is not used as a seed:
/// it keeps a lookup's cost bounded on very large archives.
const MAX_POSTINGS: usize = 512;

/// One source file.
#[derive(Debug)]
pub struct SourceFile {
    /// As the user named it (or as found under a folder they named).
    pub path: String,
    pub text: String,
    /// Its turns are marked by speaker labels: a transcript.
    pub labelled: bool,
    /// The byte each line starts at.
    line_starts: Vec<u32>,
}

impl SourceFile {
    /// 1-based line of byte `offset`.
    pub fn line_of(&self, offset: u32) -> u32 {
        self.line_starts.partition_point(|&s| s <= offset) as u32
    }
}

/// A file cut into its speakers' pieces and their words: the costly part
/// of adding it, done for every file at once on all threads.
pub(super) struct Prepared {
    path: String,
    text: String,
    labelled: bool,
    line_starts: Vec<u32>,
    /// Each piece's speaker (empty: none) and words.
    pieces: Vec<(String, Vec<super::words::Word>)>,
    /// The inner spans of the quotations the file reads out (see
    /// [`super::read_out`]), in order.
    quoted: Vec<Span>,
}

/// Cuts `text` at its turns (the label's span, and the name it gives;
/// the label's words are not the speaker's); `first` speaks before the
/// first (empty: no one). With `numbers`, numbers are read as one word
/// each (see [`super::numbers`]). Quotations are found with `conv`'s marks.
pub(super) fn prepare(
    path: String,
    text: String,
    turns: &[(Span, String)],
    first: &str,
    labelled: bool,
    numbers: bool,
    conv: &crate::model::Conventions,
) -> Prepared {
    let mut line_starts = vec![0];
    line_starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i as u32 + 1));
    let mut pieces = Vec::with_capacity(turns.len() + 1);
    let mut at = 0usize;
    let mut who = first.to_string();
    for (label, name) in turns {
        let piece = Span::new(at, label.start as usize);
        pieces.push((std::mem::replace(&mut who, name.clone()), piece));
        at = label.end as usize;
    }
    pieces.push((who, Span::new(at, text.len())));
    let pieces = pieces
        .into_iter()
        .map(|(name, piece)| {
            let t = &text[piece.range()];
            let w = words(t, piece.start, Mode::Source);
            let w = if numbers {
                super::numbers::merge(w, t, piece.start)
            } else {
                w
            };
            (name, w)
        })
        .collect();
    let quoted = super::read_out::quoted(&text, conv);
    Prepared {
        path,
        text,
        labelled,
        line_starts,
        pieces,
        quoted,
    }
}

/// The indexed sources.
#[derive(Debug, Default)]
pub struct Index {
    pub files: Vec<SourceFile>,
    /// Word ids in reading order, [`BOUNDARY`] after each file.
    pub(super) ids: Vec<u32>,
    /// Each word's file and byte span (the boundary's: an empty span).
    pub(super) spans: Vec<(u32, Span)>,
    /// Turns: the word each begins at and its speaker (an index into
    /// `speakers`), sorted by word.
    turns: Vec<(u32, Option<u32>)>,
    /// Each file's words, as a range of `ids`.
    file_words: Vec<std::ops::Range<u32>>,
    /// The speakers' labels as written ("TRUMP", "HOLT").
    pub speakers: Vec<String>,
    /// Runs of words read out from a quotation (see [`super::read_out`]),
    /// in order.
    read_out: Vec<std::ops::Range<u32>>,
    vocab: FxHashMap<String, u32>,
    grams: FxHashMap<(u32, u32, u32), Vec<u32>>,
    /// Where each word stands, built when first asked for (only short
    /// quotations need it; see `near`).
    places: std::sync::OnceLock<Places>,
}

/// Each word id's positions in the sources, in one array: those of id `w`
/// are `at[start[w]..start[w + 1]]`, in reading order.
#[derive(Debug, Default)]
struct Places {
    start: Vec<u32>,
    at: Vec<u32>,
}

impl Index {
    /// Adds a file cut up by [`prepare`].
    pub(super) fn add(&mut self, p: Prepared) {
        let file = self.files.len() as u32;
        let first = self.ids.len() as u32;
        // No speaker until the first label: a speech's text, or the
        // lines before a transcript's first turn.
        self.turns.push((self.ids.len() as u32, None));
        for (name, words) in p.pieces {
            let who = (!name.is_empty()).then(|| {
                let n = self.speakers.iter().position(|s| *s == name);
                n.unwrap_or_else(|| {
                    self.speakers.push(name);
                    self.speakers.len() - 1
                }) as u32
            });
            if who != self.turns.last().and_then(|t| t.1) {
                self.turns.push((self.ids.len() as u32, who));
            }
            let spans: Vec<Span> = words.iter().map(|w| w.span).collect();
            let first = self.ids.len() as u32;
            for (k, read) in super::read_out::mark(&spans, &p.quoted)
                .into_iter()
                .enumerate()
            {
                let pos = first + k as u32;
                match self.read_out.last_mut() {
                    _ if !read => {}
                    Some(run) if run.end == pos => run.end += 1,
                    _ => self.read_out.push(pos..pos + 1),
                }
            }
            for w in words {
                let next = self.vocab.len() as u32;
                let id = *self.vocab.entry(w.norm).or_insert(next);
                self.ids.push(id);
                self.spans.push((file, w.span));
            }
        }
        let len = p.text.len();
        self.file_words.push(first..self.ids.len() as u32);
        self.ids.push(BOUNDARY);
        self.spans.push((file, Span::new(len, len)));
        self.files.push(SourceFile {
            path: p.path,
            text: p.text,
            labelled: p.labelled,
            line_starts: p.line_starts,
        });
    }

    /// Builds the trigram index over every file added.
    pub(super) fn seal(&mut self) {
        self.grams.clear();
        for (i, w) in self.ids.windows(3).enumerate() {
            if w.contains(&BOUNDARY) {
                continue;
            }
            self.grams
                .entry((w[0], w[1], w[2]))
                .or_default()
                .push(i as u32);
        }
    }

    /// The id of a word as the sources spell it, or [`UNKNOWN`].
    pub(super) fn id(&self, norm: &str) -> u32 {
        self.vocab.get(norm).copied().unwrap_or(UNKNOWN)
    }

    /// Where the trigram stands in the sources (empty when it is too
    /// common to say anything).
    pub(super) fn postings(&self, gram: (u32, u32, u32)) -> &[u32] {
        match self.grams.get(&gram) {
            Some(p) if p.len() <= MAX_POSTINGS => p,
            _ => &[],
        }
    }

    /// Every position of word `id`, in reading order.
    pub(super) fn places(&self, id: u32) -> &[u32] {
        let p = self.places.get_or_init(|| {
            // A counting sort of the positions by id.
            let mut start = vec![0u32; self.vocab.len() + 1];
            for &w in self.ids.iter().filter(|&&w| w != BOUNDARY) {
                start[w as usize + 1] += 1;
            }
            for k in 1..start.len() {
                start[k] += start[k - 1];
            }
            let mut next = start.clone();
            let mut at = vec![0u32; start[start.len() - 1] as usize];
            for (pos, &w) in self.ids.iter().enumerate() {
                if w != BOUNDARY {
                    at[next[w as usize] as usize] = pos as u32;
                    next[w as usize] += 1;
                }
            }
            Places { start, at }
        });
        match p.start.get(id as usize..id as usize + 2) {
            Some(&[a, b]) => &p.at[a as usize..b as usize],
            _ => &[],
        }
    }

    /// The speaker of the word at `pos`, if its file labels turns (or
    /// gives the whole file a speaker) and the word is not read out from a
    /// quotation: such words are someone else's, whoever reads them.
    pub fn speaker_at(&self, pos: u32) -> Option<&str> {
        if self.is_read_out(pos) {
            return None;
        }
        self.turn_speaker(pos)
    }

    /// Who reads out the word at `pos`, if it is read out from a
    /// quotation in a turn that has a speaker.
    pub fn reader_at(&self, pos: u32) -> Option<&str> {
        self.is_read_out(pos)
            .then(|| self.turn_speaker(pos))
            .flatten()
    }

    fn is_read_out(&self, pos: u32) -> bool {
        let k = self.read_out.partition_point(|r| r.end <= pos);
        self.read_out.get(k).is_some_and(|r| r.start <= pos)
    }

    /// The speaker of the turn word `pos` is in.
    fn turn_speaker(&self, pos: u32) -> Option<&str> {
        let t = self.turns.partition_point(|t| t.0 <= pos);
        let who = self.turns.get(t.checked_sub(1)?)?.1?;
        Some(&self.speakers[who as usize])
    }

    /// The words of the turn word `pos` is in (up to its file's end).
    pub(super) fn turn_range(&self, pos: u32) -> std::ops::Range<u32> {
        let t = self.turns.partition_point(|t| t.0 <= pos);
        let start = t.checked_sub(1).map_or(0, |k| self.turns[k].0);
        let file_end = self.file_range(pos).end;
        let end = self.turns.get(t).map_or(file_end, |n| n.0.min(file_end));
        start..end
    }

    /// The file and byte span of words `from..to` (`to` exclusive, in one
    /// file).
    pub(super) fn span_of(&self, from: u32, to: u32) -> (u32, Span) {
        let (file, a) = self.spans[from as usize];
        let (_, b) = self.spans[(to.max(from + 1) - 1) as usize];
        (file, a.cover(b))
    }

    /// The file word `pos` is in, and the word range of that file.
    pub(super) fn file_range(&self, pos: u32) -> std::ops::Range<u32> {
        self.file_words[self.spans[pos as usize].0 as usize].clone()
    }

    /// How many words the sources hold.
    pub fn len(&self) -> usize {
        self.ids.len() - self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
