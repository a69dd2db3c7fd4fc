//! Errors the library reports to its callers; it never prints.

use std::fmt;
use std::path::PathBuf;

#[derive(Debug)]
pub enum Error {
    /// A file or directory could not be read.
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The file is not valid UTF-8; `offset` is the first bad byte.
    InvalidUtf8 { path: PathBuf, offset: usize },
    /// The file holds NUL bytes: not an article.
    Binary { path: PathBuf },
    /// The file is larger than the document model can address.
    TooLarge { path: PathBuf, size: u64 },
    /// A directory held no articles to check.
    NoArticles { path: PathBuf },
    /// A rule, language or configuration file is malformed.
    Config {
        path: String,
        line: Option<usize>,
        column: Option<usize>,
        message: String,
    },
    /// Anything the user asked for that cannot be done.
    Usage(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io { path, source } => write!(f, "{}: {}", path.display(), source),
            Error::InvalidUtf8 { path, offset } => write!(
                f,
                "{}: not valid UTF-8 (first bad byte at offset {})",
                path.display(),
                offset
            ),
            Error::Binary { path } => {
                write!(
                    f,
                    "{}: binary file (holds NUL bytes), not checked",
                    path.display()
                )
            }
            Error::TooLarge { path, size } => write!(
                f,
                "{}: {} bytes is larger than the 4 GiB a file may have",
                path.display(),
                size
            ),
            Error::NoArticles { path } => write!(
                f,
                "{}: no articles found (looked for .txt, .md and .markdown; see --glob)",
                path.display()
            ),
            Error::Config {
                path,
                line,
                column,
                message,
            } => match (line, column) {
                (Some(l), Some(c)) => write!(f, "{path}:{l}:{c}: {message}"),
                (Some(l), None) => write!(f, "{path}:{l}: {message}"),
                _ => write!(f, "{path}: {message}"),
            },
            Error::Usage(msg) => f.write_str(msg),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl Error {
    /// A configuration error from a YAML parse failure, with its location.
    pub fn from_yaml(path: &str, err: serde_yaml::Error) -> Error {
        let loc = err.location();
        Error::Config {
            path: path.to_string(),
            line: loc.as_ref().map(|l| l.line()),
            column: loc.as_ref().map(|l| l.column()),
            message: err.to_string(),
        }
    }
}
