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
    /// The file is not valid UTF-8; `offset` is the first bad byte, on
    /// 1-based `line` at 1-based `column` (in characters), and `byte` is
    /// its value.
    InvalidUtf8 {
        path: PathBuf,
        offset: usize,
        line: usize,
        column: usize,
        byte: u8,
    },
    /// The file holds NUL bytes: not an article.
    Binary { path: PathBuf },
    /// The file is UTF-16 text, which ascribe does not read.
    Utf16 { path: PathBuf, endian: &'static str },
    /// A folder could not be walked in full: an entry in it could not be
    /// read. The rest of the folder is still checked.
    Walk { path: PathBuf, message: String },
    /// Checking the file hit a bug in ascribe; the run went on.
    Internal { path: String, message: String },
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
            // Most such files are Windows-1252 or Latin-1 exports (a word
            // processor's "Café", curly quotes as single bytes): say where,
            // and how to convert.
            Error::InvalidUtf8 {
                path,
                offset,
                line,
                column,
                byte,
            } => write!(
                f,
                "{}:{line}:{column}: not valid UTF-8 (byte 0x{byte:02X} at offset {offset}); \
                 if it is Windows-1252 text, save it as UTF-8 \
                 (`iconv -f WINDOWS-1252 -t UTF-8`)",
                path.display(),
            ),
            Error::Binary { path } => {
                write!(
                    f,
                    "{}: binary file (holds NUL bytes), not checked",
                    path.display()
                )
            }
            Error::Utf16 { path, endian } => write!(
                f,
                "{}: UTF-16 ({endian}) text, not checked: save it as UTF-8 \
                 (`iconv -f UTF-16 -t UTF-8`)",
                path.display()
            ),
            Error::Walk { path, message } => write!(f, "{}: {message}", path.display()),
            Error::Internal { path, message } => write!(
                f,
                "{path}: internal error, this file was not checked: {message} \
                 (a bug in ascribe; please report it with the file)"
            ),
            Error::TooLarge { path, size } => write!(
                f,
                "{}: {} bytes is larger than the 4 GiB a file may have",
                path.display(),
                size
            ),
            Error::NoArticles { path } => write!(
                f,
                "{}: no articles found (looked for .txt, .md, .markdown, .html and .htm; see --glob)",
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
    /// The file or folder the error is about, as reports name it; empty
    /// for errors about no one path (bad arguments).
    pub fn path(&self) -> String {
        match self {
            Error::Io { path, .. }
            | Error::InvalidUtf8 { path, .. }
            | Error::Binary { path }
            | Error::Utf16 { path, .. }
            | Error::TooLarge { path, .. }
            | Error::NoArticles { path }
            | Error::Walk { path, .. } => path.to_string_lossy().replace('\\', "/"),
            Error::Config { path, .. } | Error::Internal { path, .. } => path.clone(),
            Error::Usage(_) => String::new(),
        }
    }

    /// A configuration error from a YAML parse failure, with its location.
    pub fn from_yaml(path: &str, err: serde_yaml::Error) -> Error {
        let loc = err.location();
        Error::Config {
            path: path.to_string(),
            line: loc.as_ref().map(|l| l.line()),
            column: loc.as_ref().map(|l| l.column()),
            message: crate::suggest::improve(&yaml_message(&err.to_string())),
        }
    }
}

/// The YAML parser's message in a user's terms: its location goes in
/// front, as in every other ascribe message, so it is dropped from the
/// end; and the names of our own structs mean nothing to a user, who
/// wrote a list where `key: value` lines belong.
pub(crate) fn yaml_message(raw: &str) -> String {
    let mut message = raw.to_string();
    if let Some(at) = message.rfind(" at line ") {
        // " at line 2 column 1", maybe followed by ", while parsing …".
        let tail = &message[at + 9..];
        let digits = |s: &str| s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
        let line_len = digits(tail);
        if line_len > 0 && tail[line_len..].starts_with(" column ") {
            let col = &tail[line_len + 8..];
            let end = at + 9 + line_len + 8 + digits(col);
            message.replace_range(at..end, "");
        }
    }
    if let Some(at) = message.find("expected struct ") {
        let name_end = message[at + 16..]
            .find(|c: char| !c.is_alphanumeric())
            .map_or(message.len(), |e| at + 16 + e);
        message.replace_range(at..name_end, "expected a mapping of `key: value` lines");
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message_of<T: serde::de::DeserializeOwned + std::fmt::Debug>(yaml: &str) -> String {
        let err = serde_yaml::from_str::<T>(yaml).expect_err("bad YAML");
        Error::from_yaml("f.yaml", err).to_string()
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Shape {
        names: Vec<String>,
        kind: Option<String>,
    }

    #[test]
    fn yaml_errors_read_in_a_users_terms() {
        assert_eq!(
            message_of::<Shape>("- a\n"),
            "f.yaml:1:1: invalid type: sequence, expected a mapping of `key: value` lines"
        );
        assert_eq!(
            message_of::<Shape>("names: [a]\nknd: x\n"),
            "f.yaml:2:1: unknown field `knd`, expected `names` or `kind`; did you mean `kind`?"
        );
        let m = message_of::<Shape>("names: [\n");
        assert!(
            m.starts_with("f.yaml:2:1: ") && !m.contains(" at line "),
            "{m}"
        );
        assert!(m.contains("while parsing"), "{m}");
    }
}
