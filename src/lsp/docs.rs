//! The open documents, and the configuration each is checked with.

use crate::config::{Discovery, Flags, Resolver};
use crate::{CheckOptions, Checker, Format};
use lsp_types::Uri;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One open document as the editor last sent it.
pub struct Doc {
    pub uri: Uri,
    pub version: i32,
    pub text: String,
    pub format: Format,
    /// The checker its configuration gives, or why there is none (a
    /// broken `.ascribe.yaml`, shown to the user as a diagnostic).
    pub checker: Result<Arc<Checker>, String>,
}

/// The open documents by URI, and the checkers their configurations need.
pub struct Docs {
    pub open: HashMap<String, Doc>,
    discovery: Discovery,
    /// One checker per distinct set of options: documents under one
    /// configuration share it (building one loads word lists and packs).
    checkers: Vec<(Arc<CheckOptions>, Arc<Checker>)>,
}

/// Markdown by language id, as the editor knows it; anything else is
/// plain text, whatever the file's name.
pub fn format_of(language_id: &str) -> Format {
    match language_id {
        "markdown" | "mdx" => Format::Markdown,
        _ => Format::Plain,
    }
}

/// The `file:` URI of an absolute path, bytes other than unreserved ones
/// and `/` percent-escaped (the inverse of [`file_path`]).
pub fn file_uri(path: &Path) -> Option<Uri> {
    use std::fmt::Write;
    use std::os::unix::ffi::OsStrExt;
    let mut s = String::from("file://");
    for &b in path.as_os_str().as_bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            s.push(b as char);
        } else {
            let _ = write!(s, "%{b:02X}");
        }
    }
    std::str::FromStr::from_str(&s).ok()
}

/// The file a `file:` URI names, percent escapes decoded; `None` for any
/// other scheme (an unsaved buffer).
pub fn file_path(uri: &Uri) -> Option<PathBuf> {
    let s = uri.as_str();
    let rest = s.strip_prefix("file://")?;
    // `file:///x` and `file://localhost/x` both name `/x`.
    let path = rest.strip_prefix("localhost").unwrap_or(rest);
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&h), Some(&l)) if hex(h).is_some() && hex(l).is_some() => {
                out.push((hex(h)? * 16 + hex(l)?) as u8);
                i += 3;
            }
            (b, ..) => {
                out.push(b);
                i += 1;
            }
        }
    }
    Some(PathBuf::from(String::from_utf8(out).ok()?))
}

impl Docs {
    pub fn new(discovery: Discovery) -> Docs {
        Docs {
            open: HashMap::new(),
            discovery,
            checkers: Vec::new(),
        }
    }

    /// The checker for a document at `uri`: configuration found from the
    /// file's folder as `ascribe check` finds it (an unsaved buffer is
    /// governed as the server's current folder, as standard input is).
    /// Read afresh each time it is asked for, so that an edited
    /// `.ascribe.yaml` applies from the next open or save.
    pub fn checker_for(&mut self, uri: &Uri) -> Result<Arc<Checker>, String> {
        let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"));
        let mut resolver = Resolver::in_folder(self.discovery.clone(), Flags::default(), &cwd);
        let effective = match file_path(uri) {
            Some(p) => resolver.resolve_file(&p),
            None => resolver.resolve(Path::new("-")),
        }
        .map_err(|e| e.to_string())?;
        if let Some((_, c)) = self
            .checkers
            .iter()
            .find(|(o, _)| **o == *effective.options)
        {
            return Ok(c.clone());
        }
        let checker = Arc::new(Checker::new(&effective.options).map_err(|e| e.to_string())?);
        self.checkers.push((effective.options, checker.clone()));
        Ok(checker)
    }

    /// Resolves every open document's configuration again (a configuration
    /// file changed), keeping the checkers still in use.
    pub fn reload(&mut self) {
        self.checkers.clear();
        let uris: Vec<Uri> = self.open.values().map(|d| d.uri.clone()).collect();
        for uri in uris {
            let checker = self.checker_for(&uri);
            if let Some(d) = self.open.get_mut(uri.as_str()) {
                d.checker = checker;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn file_uris_become_paths() {
        let uri = Uri::from_str("file:///tmp/a%20b/%C3%A9.md").unwrap();
        let back = file_uri(Path::new("/tmp/a b/é.md")).unwrap();
        assert_eq!(back.as_str(), uri.as_str());
        assert_eq!(file_path(&uri), Some(PathBuf::from("/tmp/a b/é.md")));
        let uri = Uri::from_str("untitled:Untitled-1").unwrap();
        assert_eq!(file_path(&uri), None);
        assert_eq!(format_of("markdown"), Format::Markdown);
        assert_eq!(format_of("plaintext"), Format::Plain);
    }
}
