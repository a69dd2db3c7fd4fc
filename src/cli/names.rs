//! `ascribe names`: names lists from a newsroom's archive.

use ascribe::input;
use ascribe::names::learn::{learn, to_yaml, LearnOptions};
use clap::Subcommand;
use std::io::Write;

#[derive(Subcommand, Debug)]
pub enum NamesCommand {
    /// Build a names list (YAML, on standard output) from a folder of
    /// articles: each name-like spelling seen at least --min-count times,
    /// with its frequency; rare spellings one slip from a frequent one are
    /// listed as suspected variants in comments. Load the list back with
    /// `ascribe check --names FILE`.
    Learn {
        /// Files or directories of articles.
        #[arg(value_name = "PATH", required = true)]
        paths: Vec<String>,
        /// Fewest occurrences for a spelling to be listed.
        #[arg(long, default_value_t = 2)]
        min_count: u32,
        /// Language of the articles.
        #[arg(long, default_value = "en")]
        lang: String,
        /// Worker threads: 0 (the default) is one per core; at most 64,
        /// or the number of cores if more.
        #[arg(long, short = 'j', value_name = "N")]
        threads: Option<usize>,
    },
}

pub fn run(cmd: NamesCommand) -> i32 {
    match cmd {
        NamesCommand::Learn {
            paths,
            min_count,
            lang,
            threads,
        } => super::with_threads(threads, || learn_names(&paths, min_count, &lang)),
    }
}

fn learn_names(paths: &[String], min_count: u32, lang: &str) -> i32 {
    let lang = match ascribe::lang::Lang::builtin(lang) {
        Ok(l) => l,
        Err(e) => return super::fail(e),
    };
    let (sources, errors) = input::collect(paths, &[]);
    let mut texts = Vec::with_capacity(sources.len());
    let mut read = Vec::with_capacity(sources.len());
    let mut code = super::EXIT_CLEAN;
    for e in &errors {
        eprintln!("ascribe: error: {e}");
        code = super::EXIT_ERROR;
    }
    for s in &sources {
        match input::read(s) {
            Ok(t) => {
                // Names are learnt from a page's article text, not its markup.
                let t = if ascribe::Format::from_path(&s.display()) == ascribe::Format::Html {
                    ascribe::model::html::Page::read(&t, &lang.text).text
                } else {
                    t
                };
                texts.push(t);
                read.push(s);
            }
            Err(e) => {
                eprintln!("ascribe: error: {e}");
                code = super::EXIT_ERROR;
            }
        }
    }
    if texts.is_empty() {
        return super::EXIT_ERROR;
    }
    let opts = LearnOptions {
        min_count: min_count.max(1),
        ..LearnOptions::default()
    };
    let learned = learn(&texts, &lang.text, &lang.names, &opts);
    for &i in &learned.failed {
        let e = ascribe::Error::Internal {
            path: read[i].display(),
            message: "reading its names failed".into(),
        };
        eprintln!("ascribe: error: {e}");
        code = super::EXIT_ERROR;
    }
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(to_yaml(&learned).as_bytes());
    let _ = out.flush();
    code
}
