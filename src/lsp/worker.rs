//! Checking off the main loop, so that the server keeps reading (and
//! answering hovers) while a document is checked.
//!
//! Staleness: the main loop records each document's newest version in
//! `Latest` before it hands the text over. The worker skips a job whose
//! version is no longer the newest, and publishes a result only while
//! holding the lock and only if its version is still the newest; so a
//! check of an older version can never overwrite the diagnostics of a
//! newer one, and a document closed meanwhile gets nothing.

use super::diagnostics::{config_error, diagnostics};
use super::text::Encoding;
use crate::{Checker, Format};
use crossbeam_channel::{Receiver, Sender};
use lsp_server::{Message, Notification};
use lsp_types::{PublishDiagnosticsParams, Uri};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Each open document's newest version, by URI.
pub type Latest = Arc<Mutex<HashMap<String, i32>>>;

/// One document version to check.
pub struct Job {
    pub uri: Uri,
    pub version: i32,
    pub text: Arc<str>,
    pub format: Format,
    pub checker: Result<Arc<Checker>, String>,
}

/// Runs jobs until `jobs` is closed. Jobs queued behind one another are
/// read together and only the newest of each document is checked: while
/// someone types faster than a check runs, intermediate versions are
/// skipped rather than queued.
pub fn run(jobs: Receiver<Job>, out: Sender<Message>, latest: Latest, enc: Encoding) {
    while let Ok(first) = jobs.recv() {
        let mut batch = vec![first];
        batch.extend(jobs.try_iter());
        let mut newest: HashMap<String, Job> = HashMap::new();
        let mut order = Vec::new();
        for job in batch {
            let key = job.uri.as_str().to_string();
            if !newest.contains_key(&key) {
                order.push(key.clone());
            }
            newest.insert(key, job);
        }
        for key in order {
            let Some(job) = newest.remove(&key) else {
                continue;
            };
            if !is_newest(&latest, &key, job.version) {
                continue;
            }
            let diagnostics = match &job.checker {
                Ok(checker) => {
                    let findings = checker.check(&job.text, job.format);
                    diagnostics(&findings, &job.uri, &job.text, enc)
                }
                Err(message) => vec![config_error(message)],
            };
            let params = PublishDiagnosticsParams {
                uri: job.uri,
                diagnostics,
                version: Some(job.version),
            };
            // Held while sending: the main loop cannot record a newer
            // version between the test and the send.
            let Ok(guard) = latest.lock() else { return };
            if guard.get(&key) == Some(&job.version) {
                let n = Notification::new("textDocument/publishDiagnostics".into(), params);
                if out.send(n.into()).is_err() {
                    return;
                }
            }
            drop(guard);
        }
    }
}

fn is_newest(latest: &Latest, key: &str, version: i32) -> bool {
    latest
        .lock()
        .map(|g| g.get(key) == Some(&version))
        .unwrap_or(false)
}
