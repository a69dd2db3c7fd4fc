//! `ascribe names`: names lists from a newsroom's archive, learnt in one
//! go or in parts (`learn --counts` on each part, `merge` of the parts).

use super::args::InputFormat;
use ascribe::input::{self, Source};
use ascribe::names::counts::Counts;
use ascribe::names::learn::{learned, to_yaml, LearnOptions};
use ascribe::Format;
use clap::Subcommand;
use std::io::Write;

/// Articles read and counted at once: memory holds a batch of texts and
/// the counts, not the archive.
const BATCH: usize = 256;

#[derive(Subcommand, Debug)]
pub enum NamesCommand {
    /// Build a names list (YAML, on standard output) from a folder of
    /// articles: each name-like spelling seen at least --min-count times,
    /// with its frequency; rare spellings one slip from a frequent one are
    /// listed as suspected variants in comments. Load the list back with
    /// `ascribe check --names FILE`.
    Learn {
        /// Files or directories of articles; `-` reads standard input.
        #[arg(value_name = "PATH", required = true)]
        paths: Vec<String>,
        /// Fewest occurrences for a spelling to be listed (with --counts,
        /// give it to `names merge`: parts hold every spelling).
        #[arg(long, default_value_t = 2)]
        min_count: u32,
        /// Language of the articles.
        #[arg(long, default_value = "en")]
        lang: String,
        /// Write the archive's partial counts (JSON Lines) instead of a
        /// list: the map step over one part of an archive; `names merge`
        /// adds the parts up into the list.
        #[arg(long)]
        counts: bool,
        /// Read every input as this format [default: by extension];
        /// `jsonl`: a record a line, `{"text"|"markdown"|"html": …}`.
        #[arg(long, value_enum, value_name = "FORMAT")]
        input_format: Option<InputFormat>,
        /// Worker threads: 0 (the default) is one per core; at most 64,
        /// or the number of cores if more.
        #[arg(long, short = 'j', value_name = "N")]
        threads: Option<usize>,
    },
    /// Add up partial counts (`names learn --counts`) of any number of
    /// parts of an archive and write the names list learnt from them: the
    /// same bytes as `names learn` on the whole archive at once.
    Merge {
        /// Files of partial counts (several may be concatenated in one);
        /// `-` reads standard input.
        #[arg(value_name = "FILE", required = true)]
        files: Vec<String>,
        /// Fewest occurrences for a spelling to be listed.
        #[arg(long, default_value_t = 2)]
        min_count: u32,
        /// Write the sum as partial counts again (a reduce in stages).
        #[arg(long)]
        counts: bool,
    },
}

pub fn run(cmd: NamesCommand) -> i32 {
    match cmd {
        NamesCommand::Learn {
            paths,
            min_count,
            lang,
            counts,
            input_format,
            threads,
        } => super::with_threads(threads, || {
            learn_names(&paths, min_count, &lang, counts, input_format)
        }),
        NamesCommand::Merge {
            files,
            min_count,
            counts,
        } => merge(&files, min_count, counts),
    }
}

/// Counts texts a batch at a time into one sum.
struct Counter<'l> {
    lang: &'l ascribe::lang::Lang,
    sum: Counts,
    texts: Vec<String>,
    /// What each text in the batch is called in an error.
    names: Vec<String>,
    errors: usize,
}

impl Counter<'_> {
    fn add(&mut self, name: String, text: &str, format: Format) {
        // Names are learnt from a page's article text, not its markup.
        let text = if format == Format::Html {
            ascribe::model::html::Page::read(text, &self.lang.text).text
        } else {
            text.to_string()
        };
        self.texts.push(text);
        self.names.push(name);
        if self.texts.len() == BATCH {
            self.flush();
        }
    }

    fn flush(&mut self) {
        let (counts, failed) = Counts::of_texts(&self.texts, &self.lang.text, &self.lang.names);
        for i in failed {
            let e = ascribe::Error::Internal {
                path: self.names[i].clone(),
                message: "reading its names failed".into(),
            };
            eprintln!("ascribe: error: {e}");
            self.errors += 1;
        }
        self.sum = std::mem::take(&mut self.sum).merge(counts);
        self.texts.clear();
        self.names.clear();
    }

    fn error(&mut self, e: impl std::fmt::Display) {
        eprintln!("ascribe: error: {e}");
        self.errors += 1;
    }
}

fn learn_names(
    paths: &[String],
    min_count: u32,
    lang_code: &str,
    write_counts: bool,
    input_format: Option<InputFormat>,
) -> i32 {
    let lang = match ascribe::lang::Lang::builtin(lang_code) {
        Ok(l) => l,
        Err(e) => return super::fail(e),
    };
    let (sources, walk_errors) = input::collect(paths, &[]);
    let mut c = Counter {
        lang: &lang,
        sum: Counts::default(),
        texts: Vec::with_capacity(BATCH),
        names: Vec::with_capacity(BATCH),
        errors: 0,
    };
    for e in &walk_errors {
        c.error(e);
    }
    for s in &sources {
        if input_format == Some(InputFormat::Jsonl) {
            let read = super::records::bodies(s, |batch| {
                for b in batch {
                    match b {
                        Ok((body, format)) => c.add(s.display(), &body, format),
                        Err((n, message)) => c.error(format!("{}:{n}: {message}", s.display())),
                    }
                }
            });
            if let Err(e) = read {
                c.error(e);
            }
            continue;
        }
        match input::read(s) {
            Ok(t) => {
                let format = input_format
                    .and_then(InputFormat::format)
                    .unwrap_or_else(|| Format::from_path(&s.display()));
                c.add(s.display(), &t, format);
            }
            Err(e) => c.error(e),
        }
    }
    c.flush();
    let code = if c.errors > 0 {
        super::EXIT_ERROR
    } else {
        super::EXIT_CLEAN
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if write_counts {
        // A part with no articles is a part all the same: its counts add
        // nothing.
        let _ = c.sum.write_jsonl(lang_code, &mut out);
    } else {
        if c.sum.articles == 0 {
            return super::EXIT_ERROR;
        }
        let opts = LearnOptions {
            min_count: min_count.max(1),
            ..LearnOptions::default()
        };
        let _ = out.write_all(to_yaml(&learned(&c.sum, &lang.names, &opts)).as_bytes());
    }
    let _ = out.flush();
    code
}

fn merge(files: &[String], min_count: u32, write_counts: bool) -> i32 {
    let mut sum = Counts::default();
    let mut lang = None;
    for f in files {
        let source = if f == "-" {
            Source::Stdin
        } else {
            Source::File(f.into())
        };
        let read = match &source {
            Source::Stdin => sum.read_jsonl(std::io::stdin().lock(), "-", &mut lang),
            Source::File(p) => std::fs::File::open(p)
                .map_err(|e| ascribe::Error::Io {
                    path: p.clone(),
                    source: e,
                })
                .and_then(|file| {
                    sum.read_jsonl(std::io::BufReader::new(file), &source.display(), &mut lang)
                }),
        };
        if let Err(e) = read {
            return super::fail(e);
        }
    }
    let lang_code = lang.unwrap_or_default();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if write_counts {
        let _ = sum.write_jsonl(&lang_code, &mut out);
    } else {
        let data = match ascribe::lang::Lang::builtin(&lang_code) {
            Ok(l) => l,
            Err(e) => return super::fail(e),
        };
        if sum.articles == 0 {
            return super::fail("the partial counts hold no articles");
        }
        let opts = LearnOptions {
            min_count: min_count.max(1),
            ..LearnOptions::default()
        };
        let _ = out.write_all(to_yaml(&learned(&sum, &data.names, &opts)).as_bytes());
    }
    let _ = out.flush();
    super::EXIT_CLEAN
}
