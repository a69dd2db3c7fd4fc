//! Command-line arguments.

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Parser, Debug)]
#[command(
    name = "ascribe",
    version,
    about = "Check news copy for attributions, vague sources, quotation-mark errors and inconsistent names.",
    long_about = "Check news copy before it is published: who said what and how vague the source \
is, figures, charges and other claims that carry no source, quotations nobody is said \
to have said, quotation marks and brackets that do not pair, and names spelt two ways.\n\n\
Exit status: 0 no findings at or above --fail-level, 1 findings, 2 an error (a file \
that could not be checked, a broken configuration or rule file, bad arguments).",
    after_help = "Examples:\n  ascribe check article.txt\n  ascribe check --format json stories/\n  \
ascribe check --golden expected.txt article.txt\n  \
ascribe check --write-baseline .ascribe-baseline.json stories/\n  \
ascribe check --baseline .ascribe-baseline.json stories/\n  \
ascribe check --diff-base origin/main stories/\n  \
ascribe check --diff stories/\n  \
ascribe check --fix stories/\n  \
ascribe explain quotes.unclosed"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check articles and report findings.
    Check(Box<CheckArgs>),
    /// Print who said what in each article: the attribution map.
    Extract(super::extract::ExtractArgs),
    /// List every quotation with its speaker, the source passage it was
    /// found in (--sources) and the verdict: verbatim, edited, altered,
    /// misattributed, unsourced.
    Quotes(super::quotes::QuotesArgs),
    /// Work with names lists.
    #[command(subcommand)]
    Names(super::names::NamesCommand),
    /// List every rule with its id, default severity and where it comes
    /// from (built-in, a shipped pack, or a pack file).
    Rules {
        /// Also list the rules of this pack folder (repeatable); the packs
        /// the configuration names are listed too.
        #[arg(long = "pack", value_name = "DIR")]
        packs: Vec<String>,
        #[command(flatten)]
        config: ConfigChoice,
    },
    /// Print the configuration PATH is checked with (YAML): the
    /// configuration file and override blocks that apply, every rule's
    /// severity and options, language, fail level, packs and names lists.
    Config(ConfigArgs),
    /// Print the document model of one file: blocks, sentences, quotation
    /// marks and quotations with their byte spans (for debugging rules).
    #[command(hide = true)]
    Model {
        /// The article to parse.
        path: String,
        /// Language of the article.
        #[arg(long, default_value = "en")]
        lang: String,
        /// Print instead, for each sentence claims.unattributed judges, its
        /// byte span and the names of its features (JSON, one line each):
        /// what scripts/train-claims.py trains the claims model on.
        #[arg(long)]
        claims: bool,
    },
    /// Run a language server over standard input and output, for editors:
    /// findings as you type, the speaker of a quotation on hover, the
    /// sources list as the outline, and quick fixes.
    Lsp {
        #[command(flatten)]
        config: ConfigChoice,
    },
    /// Print a rule's documentation: what it does, why, an example.
    Explain {
        /// A rule id, such as quotes.unclosed or Ascribe.AttributionRequired.
        rule: String,
        /// Also look in this pack folder (repeatable); the packs the
        /// configuration names are looked in too.
        #[arg(long = "pack", value_name = "DIR")]
        packs: Vec<String>,
        #[command(flatten)]
        config: ConfigChoice,
    },
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// path:line:col: severity rule: message
    Text,
    /// One JSON object: files, findings, summary.
    Json,
    /// The same content as JSON, in YAML.
    Yaml,
    /// SARIF 2.1.0, for code-scanning tools.
    Sarif,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// JUnit XML: a test case per file, a failure per finding (GitLab
    /// `reports: junit`, Jenkins).
    Junit,
    /// GitLab Code Quality JSON (`reports: codequality`).
    Gitlab,
    /// reviewdog's Diagnostic Format, one JSON object (`-f=rdjson`).
    Rdjson,
    /// reviewdog's Diagnostic Format, one diagnostic a line (`-f=rdjsonl`).
    Rdjsonl,
}

/// How inputs are read.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    /// Plain text: blocks split by blank lines.
    Text,
    /// CommonMark.
    Markdown,
    /// An HTML page: prose elements only, entities decoded, findings at
    /// the page's own bytes.
    Html,
    /// JSON Lines: a record a line, `{"id": …, "text"|"markdown"|"html":
    /// …}`; one result line per record, `{"id": …, "findings": [...]}`,
    /// in input order (other output formats do not apply).
    Jsonl,
}

impl InputFormat {
    /// How a whole input in this format is read; none for JSON Lines,
    /// whose records each name their own.
    pub fn format(self) -> Option<ascribe::Format> {
        match self {
            InputFormat::Text => Some(ascribe::Format::Plain),
            InputFormat::Markdown => Some(ascribe::Format::Markdown),
            InputFormat::Html => Some(ascribe::Format::Html),
            InputFormat::Jsonl => None,
        }
    }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Level {
    Error,
    Warning,
    Info,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum QuoteStyle {
    Curly,
    Straight,
    Guillemet,
    Low,
    Corner,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ClaimsScopeArg {
    Paragraph,
    Sentence,
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Files or directories to check; `-` reads standard input. Directories
    /// are walked recursively for .txt, .md, .markdown, .html and .htm
    /// files, honouring .gitignore.
    #[arg(value_name = "PATH", default_value = ".")]
    pub paths: Vec<String>,

    /// Read every input as this format, standard input included [default:
    /// by extension: .md and .markdown Markdown, .html and .htm HTML,
    /// anything else and standard input plain text].
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input_format: Option<InputFormat>,

    /// With `--input-format jsonl`: copy these fields of each record into
    /// its result line, after the id (comma-separated).
    #[arg(long, value_name = "FIELD,...", value_delimiter = ',')]
    pub keep_fields: Vec<String>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,

    /// Exit 1 only for findings at or above this severity [default:
    /// warning, or the configuration's `fail-level`].
    #[arg(long, value_enum)]
    pub fail_level: Option<Level>,

    /// Language of the articles: which quotation marks pair, which words
    /// are abbreviations (en, en-GB, de, de-CH, fr, ja) [default: en, or the
    /// configuration's `lang`].
    #[arg(long)]
    pub lang: Option<String>,

    /// The house style for quotation marks; every other style is reported.
    /// Without it, only a mix of styles in one article is.
    #[arg(long, value_enum)]
    pub quote_style: Option<QuoteStyle>,

    /// How far an attribution reaches for claims.unattributed: `paragraph`
    /// lets a paragraph's closing attribution ("…, Reuters reported.") cover
    /// the paragraph; `sentence` wants one in every claim's own sentence.
    /// Default: the configuration's `scope`, else `paragraph`.
    #[arg(long, value_enum)]
    pub claims_scope: Option<ClaimsScopeArg>,

    /// Also check files matching this glob when walking directories
    /// (repeatable), e.g. --glob '*.text'.
    #[arg(long = "glob", value_name = "GLOB")]
    pub globs: Vec<String>,

    /// Show the source line under each finding (text format). On by default
    /// when standard output is a terminal.
    #[arg(long, overrides_with = "no_snippets")]
    pub snippets: bool,

    /// Do not show source lines.
    #[arg(long)]
    pub no_snippets: bool,

    /// A names list (YAML) to check names against, on top of the shipped
    /// starter list (repeatable), e.g. one written by `ascribe names learn`.
    #[arg(long = "names", value_name = "FILE")]
    pub names: Vec<String>,

    /// Check quotations against this transcript, press release or earlier
    /// version (repeatable): a file, a folder (its .txt and .md files) or
    /// a quoted glob ('transcripts/*.txt'). Turns the quotes.altered,
    /// quotes.misattributed and quotes.unsourced rules' lookups on.
    #[arg(long = "sources", value_name = "PATH")]
    pub sources: Vec<String>,

    /// How the sources label a speaker's turn: a regular expression whose
    /// first group is the name. Default: a name in capitals and a colon
    /// at a line's start (`TRUMP: …`).
    #[arg(long, value_name = "REGEX")]
    pub speaker_label: Option<String>,

    /// The full name a speaker label stands for (repeatable):
    /// `--speaker-name 'TRUMP=Donald Trump'`. A label that gives a surname
    /// alone is otherwise anyone of that surname.
    #[arg(long, value_name = "LABEL=NAME", value_parser = speaker_name)]
    pub speaker_name: Vec<(String, String)>,

    /// Numbers in figures and in words are the same words of a quotation
    /// ("30,000", "30 thousand", "thirty thousand"; "5", "five"; "30%",
    /// "30 per cent"). Off by default: the sources' spelling counts.
    #[arg(long)]
    pub spelt_numbers: bool,

    /// A folder of rule files in Vale's YAML syntax (repeatable); its rules
    /// have ids <Folder>.<FileStem> and run after the built-in rules.
    #[arg(long = "pack", value_name = "DIR")]
    pub packs: Vec<String>,

    /// Turn on a rule that is off by default (a preview rule, marked so by
    /// `ascribe rules`), e.g. --enable Ascribe.Repetition. Repeatable.
    #[arg(long = "enable", value_name = "RULE")]
    pub enable: Vec<String>,

    /// Turn a rule off (repeatable), e.g. --disable quotes.mixed-style.
    #[arg(long = "disable", value_name = "RULE")]
    pub disable: Vec<String>,

    #[command(flatten)]
    pub config: ConfigChoice,

    /// No summary line on standard error.
    #[arg(long, short)]
    pub quiet: bool,

    /// Compare this run's report with FILE instead of printing it: print a
    /// unified diff and exit 1 when they differ.
    #[arg(long, value_name = "FILE")]
    pub golden: Option<String>,

    /// With --golden: write this run's report to FILE.
    #[arg(long, requires = "golden")]
    pub bless: bool,

    /// Record this run's findings in FILE (JSON, sorted, one finding a
    /// line) for --baseline to leave out later. Exits 0 unless a file
    /// could not be checked; nothing is written then.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["baseline", "golden"])]
    pub write_baseline: Option<String>,

    /// Report only findings not recorded in FILE (made by
    /// --write-baseline), so that a run fails only on new ones; the
    /// summary says how many recorded findings are gone. A finding is
    /// known by rule, path, its text and the words beside it on its line,
    /// not by line number, so edits elsewhere in a file do not disturb it.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<String>,

    /// Report only findings on lines changed since the git revision REF
    /// (a branch, tag or commit), as `git diff --unified=0 REF -- PATH...`
    /// gives them: lines added or rewritten in the working tree. Files the
    /// diff does not name have nothing reported.
    #[arg(long, value_name = "REF", conflicts_with_all = ["diff_file", "write_baseline"])]
    pub diff_base: Option<String>,

    /// As --diff-base, with the changed lines read from a unified diff in
    /// FILE (e.g. one a CI system made); its paths are taken from the root
    /// of the git work tree, or from the current folder outside one.
    #[arg(long, value_name = "FILE", conflicts_with = "write_baseline")]
    pub diff_file: Option<String>,

    /// After the report, count the findings of each rule: a table (rule,
    /// severity, count, files) in text output, a "stats" object in JSON.
    #[arg(long)]
    pub stats: bool,

    /// Apply the safe fixes to the files (each written whole, through a
    /// temporary file renamed over it; permissions kept), then report the
    /// findings that are left. Not for standard input: use --diff there.
    #[arg(long, conflicts_with_all = ["diff", "golden", "write_baseline", "baseline", "diff_base", "diff_file"])]
    pub fix: bool,

    /// Print a unified diff of what --fix would change, and change nothing.
    /// The exit status is the check's, as without --diff.
    #[arg(long, conflicts_with_all = ["golden", "write_baseline", "baseline", "diff_base", "diff_file"])]
    pub diff: bool,

    /// With --fix or --diff: apply the suggested fixes too (names one slip
    /// from another, a swap with several choices), which a person should
    /// read first.
    #[arg(long)]
    pub unsafe_fixes: bool,

    /// Worker threads: 0 (the default) is one per core; at most 64, or
    /// the number of cores if more. The report is the same for any number.
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,
}

/// Where configuration comes from.
#[derive(Args, Debug)]
pub struct ConfigChoice {
    /// Use this configuration file for every path, instead of the nearest
    /// .ascribe.yaml above each file.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<String>,

    /// Use no configuration file: shipped defaults and flags only.
    #[arg(long)]
    pub no_config: bool,
}

#[derive(Args, Debug)]
pub struct ConfigArgs {
    /// A file or folder; its configuration is what a file there gets.
    #[arg(value_name = "PATH", default_value = ".")]
    pub path: String,

    #[command(flatten)]
    pub config: ConfigChoice,
}

/// `LABEL=NAME`, both sides non-empty.
pub fn speaker_name(s: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((l, n)) if !l.trim().is_empty() && !n.trim().is_empty() => {
            Ok((l.trim().to_string(), n.trim().to_string()))
        }
        _ => Err(format!(
            "`{s}` is not LABEL=NAME (e.g. 'TRUMP=Donald Trump')"
        )),
    }
}
