//! `ascribe quotes`: each quotation with its speaker, its best source
//! passage and the verdict (see `ascribe::sources::listing`).

use ascribe::input::{self, Source};
use ascribe::sources::listing::{self, FileQuotes};
use ascribe::{CheckOptions, Checker};
use clap::{Args, ValueEnum};
use std::io::Write;
use std::sync::Arc;

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum QuotesFormat {
    /// A line per quotation, its passage and differences indented below.
    Text,
    /// One JSON object: files, quotations with byte spans and passages.
    Json,
    /// A checklist for a fact-checker.
    Markdown,
}

#[derive(Args, Debug)]
pub struct QuotesArgs {
    /// Articles or folders to read; `-` reads standard input.
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<String>,

    /// A transcript, release or earlier version to look quotations up in
    /// (repeatable): a file, a folder or a quoted glob. Added to the
    /// configuration's `sources`.
    #[arg(long = "sources", value_name = "PATH")]
    pub sources: Vec<String>,

    /// How the sources label a speaker's turn (a regular expression whose
    /// first group is the name).
    #[arg(long, value_name = "REGEX")]
    pub speaker_label: Option<String>,

    /// The full name a speaker label stands for (repeatable):
    /// `--speaker-name 'TRUMP=Donald Trump'`.
    #[arg(long, value_name = "LABEL=NAME", value_parser = super::args::speaker_name)]
    pub speaker_name: Vec<(String, String)>,

    /// Numbers in figures and in words are the same words ("30,000",
    /// "thirty thousand"; "5", "five").
    #[arg(long)]
    pub spelt_numbers: bool,

    /// Output format.
    #[arg(long, value_enum, default_value_t = QuotesFormat::Text)]
    pub format: QuotesFormat,

    #[command(flatten)]
    pub config: super::args::ConfigChoice,
}

#[derive(serde::Serialize)]
struct Listing<'a> {
    files: &'a [FileQuotes],
    errors: Vec<String>,
}

pub fn run(args: QuotesArgs) -> i32 {
    let mut sources = Vec::new();
    for entry in &args.sources {
        match ascribe::sources::expand(entry, std::path::Path::new("")) {
            Ok(found) => sources.extend(found),
            Err(e) => return super::fail(e),
        }
    }
    let flags = ascribe::config::Flags {
        sources,
        speaker_label: args.speaker_label.clone(),
        speaker_names: args.speaker_name.clone(),
        spelt_numbers: args.spelt_numbers,
        ..ascribe::config::Flags::default()
    };
    let mut resolver = match super::resolver(&args.config, flags) {
        Ok(r) => r,
        Err(e) => return super::fail(e),
    };
    let (found, walk_errors) = input::collect(&args.paths, &[]);
    let mut errors: Vec<String> = walk_errors.iter().map(|e| e.to_string()).collect();
    let mut checkers: Vec<(Arc<CheckOptions>, Checker)> = Vec::new();
    let mut files = Vec::new();
    for src in found {
        let effective = match &src {
            Source::Stdin => resolver.resolve(std::path::Path::new("-")),
            Source::File(p) => resolver.resolve_file(p),
        };
        let result = effective.and_then(|e| {
            let k = match checkers.iter().position(|(o, _)| **o == *e.options) {
                Some(k) => k,
                None => {
                    checkers.push((e.options.clone(), Checker::new(&e.options)?));
                    checkers.len() - 1
                }
            };
            let checker = &checkers[k].1;
            let Some(sources) = checker.sources() else {
                return Err(ascribe::Error::Usage(
                    "no sources to look quotations up in: give --sources PATH or `sources:` in .ascribe.yaml".into(),
                ));
            };
            let text = input::read(&src)?;
            let path = src.display();
            ascribe::run::guarded(&path, || {
                let article = checker.parse(&text, checker.format_of(&path));
                FileQuotes::new(path.clone(), &text, article.quote_checks(sources), sources)
            })
        });
        match result {
            Ok(f) => files.push(f),
            Err(e @ ascribe::Error::Usage(_)) => return super::fail(e),
            Err(e) => errors.push(e.to_string()),
        }
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    errors.sort();
    for e in &errors {
        eprintln!("ascribe: error: {e}");
    }
    let out = match args.format {
        QuotesFormat::Text => listing::write_text(&files),
        QuotesFormat::Markdown => listing::write_markdown(&files),
        QuotesFormat::Json => {
            let listing = Listing {
                files: &files,
                errors: errors.clone(),
            };
            serde_json::to_string_pretty(&listing).expect("the listing serialises") + "\n"
        }
    };
    let mut stdout = std::io::stdout().lock();
    let _ = stdout
        .write_all(out.as_bytes())
        .and_then(|_| stdout.flush());
    super::exit_status(errors.len(), 0)
}
