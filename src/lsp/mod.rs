//! `ascribe lsp`: a language server over standard input and output.
//!
//! Built on `lsp-server` and `lsp-types`, the crates rust-analyzer is
//! built on: they frame and type the protocol and nothing more, so the
//! server stays synchronous code on a plain loop, with no async runtime
//! to add to a checker that is all computation.
//!
//! The main loop owns the documents and answers requests; checks run on a
//! worker thread (see `worker`), which publishes diagnostics only for the
//! newest version of each document.

mod actions;
mod diagnostics;
mod docs;
mod hover;
mod init;
mod symbols;
pub mod text;
mod worker;

use crate::config::Discovery;
use crossbeam_channel::Sender;
use docs::{Doc, Docs};
use init::{capabilities, negotiate, watch_config, watches_files};
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::{
    CodeActionParams, DidChangeTextDocumentParams, DidCloseTextDocumentParams,
    DidOpenTextDocumentParams, DidSaveTextDocumentParams, DocumentSymbolParams,
    DocumentSymbolResponse, Hover, HoverContents, HoverParams, InitializeParams, MarkupContent,
    MarkupKind, PublishDiagnosticsParams, ServerInfo,
};
use std::collections::VecDeque;
use std::sync::Arc;
use text::{Encoding, Lines};

/// Serves one client over standard input and output until it exits.
/// Returns the process's exit code: 0 after `shutdown` then `exit`, 1 for
/// an `exit` without `shutdown` (as the protocol asks), 2 when the
/// connection fails.
pub fn serve_stdio(discovery: Discovery) -> i32 {
    let (connection, io) = Connection::stdio();
    let code = match serve(&connection, discovery) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("ascribe lsp: {e}");
            2
        }
    };
    drop(connection);
    if let Err(e) = io.join() {
        eprintln!("ascribe lsp: {e}");
    }
    code
}

/// The server's state between messages.
struct Server {
    docs: Docs,
    enc: Encoding,
    latest: worker::Latest,
    jobs: Sender<worker::Job>,
    out: Sender<Message>,
    shut_down: bool,
}

fn serve(connection: &Connection, discovery: Discovery) -> Result<i32, String> {
    let (id, params) = connection.initialize_start().map_err(|e| e.to_string())?;
    let params: InitializeParams = serde_json::from_value(params).unwrap_or_default();
    let enc = negotiate(&params);
    let result = serde_json::json!({
        "capabilities": capabilities(enc),
        "serverInfo": ServerInfo {
            name: "ascribe".into(),
            version: Some(env!("CARGO_PKG_VERSION").into()),
        },
    });
    connection
        .initialize_finish(id, result)
        .map_err(|e| e.to_string())?;
    if watches_files(&params) {
        let _ = connection.sender.send(watch_config().into());
    }

    let latest = worker::Latest::default();
    let (jobs, queue) = crossbeam_channel::unbounded();
    let checker_thread = {
        let (out, latest) = (connection.sender.clone(), latest.clone());
        std::thread::Builder::new()
            .name("ascribe-check".into())
            .spawn(move || worker::run(queue, out, latest, enc))
            .map_err(|e| format!("cannot start the checking thread: {e}"))?
    };
    let mut server = Server {
        docs: Docs::new(discovery),
        enc,
        latest,
        jobs,
        out: connection.sender.clone(),
        shut_down: false,
    };
    let code = main_loop(connection, &mut server);
    // Closing the job queue ends the worker; it holds a sender of the
    // connection, which must be gone before the writer thread can end.
    drop(server);
    let _ = checker_thread.join();
    Ok(code)
}

/// Reads messages until `exit`. Whatever has already arrived is read
/// ahead into `pending` before each message is handled, so that a request
/// cancelled while it waited is answered as cancelled, not worked on.
fn main_loop(connection: &Connection, server: &mut Server) -> i32 {
    let mut pending: VecDeque<Message> = VecDeque::new();
    loop {
        let msg = match pending.pop_front() {
            Some(m) => m,
            None => match connection.receiver.recv() {
                Ok(m) => m,
                // The client went away without `exit`.
                Err(_) => return 1,
            },
        };
        pending.extend(connection.receiver.try_iter());
        match msg {
            Message::Request(req) => {
                let cancelled = pending.iter().position(|m| is_cancel_of(m, &req.id));
                let response = match cancelled {
                    Some(i) => {
                        pending.remove(i);
                        Response::new_err(
                            req.id,
                            ErrorCode::RequestCanceled as i32,
                            "cancelled".into(),
                        )
                    }
                    None => server.request(req),
                };
                if server.out.send(response.into()).is_err() {
                    return 2;
                }
            }
            Message::Notification(n) if n.method == "exit" => {
                return if server.shut_down { 0 } else { 1 };
            }
            Message::Notification(n) => server.notification(n),
            // Replies to what the server asked (none it waits for).
            Message::Response(_) => {}
        }
    }
}

/// Whether `m` is a `$/cancelRequest` for request `id`.
fn is_cancel_of(m: &Message, id: &RequestId) -> bool {
    let Message::Notification(n) = m else {
        return false;
    };
    if n.method != "$/cancelRequest" {
        return false;
    }
    match n.params.get("id") {
        Some(serde_json::Value::Number(k)) => {
            *id == RequestId::from(k.as_i64().unwrap_or(-1) as i32)
        }
        Some(serde_json::Value::String(s)) => *id == RequestId::from(s.clone()),
        _ => false,
    }
}

impl Server {
    fn request(&mut self, req: Request) -> Response {
        if self.shut_down {
            let msg = "the server is shutting down".to_string();
            return Response::new_err(req.id, ErrorCode::InvalidRequest as i32, msg);
        }
        let id = req.id.clone();
        let result = match req.method.as_str() {
            "shutdown" => {
                self.shut_down = true;
                Ok(serde_json::Value::Null)
            }
            "textDocument/hover" => parse(req).map(|p| to_json(self.hover(p))),
            "textDocument/documentSymbol" => parse(req).map(|p| to_json(self.symbols(p))),
            "textDocument/codeAction" => parse(req).map(|p| to_json(self.actions(p))),
            other => Err((ErrorCode::MethodNotFound, format!("unknown method {other}"))),
        };
        match result {
            Ok(v) => Response::new_ok(id, v),
            Err((code, msg)) => Response::new_err(id, code as i32, msg),
        }
    }

    fn notification(&mut self, n: Notification) {
        let method = n.method.clone();
        let params = n.params;
        match method.as_str() {
            "textDocument/didOpen" => {
                if let Ok(p) = serde_json::from_value::<DidOpenTextDocumentParams>(params) {
                    let d = p.text_document;
                    let checker = self.docs.checker_for(&d.uri);
                    let doc = Doc {
                        format: docs::format_of(&d.language_id),
                        uri: d.uri,
                        version: d.version,
                        text: d.text,
                        checker,
                    };
                    let key = doc.uri.as_str().to_string();
                    self.docs.open.insert(key.clone(), doc);
                    self.schedule(&key);
                }
            }
            "textDocument/didChange" => {
                if let Ok(p) = serde_json::from_value::<DidChangeTextDocumentParams>(params) {
                    let key = p.text_document.uri.as_str().to_string();
                    if let Some(doc) = self.docs.open.get_mut(&key) {
                        text::apply_changes(&mut doc.text, p.content_changes, self.enc);
                        doc.version = p.text_document.version;
                        self.schedule(&key);
                    }
                }
            }
            "textDocument/didSave" => {
                if let Ok(p) = serde_json::from_value::<DidSaveTextDocumentParams>(params) {
                    self.reload(Some(p.text_document.uri.as_str()));
                }
            }
            "workspace/didChangeWatchedFiles" => self.reload(None),
            "textDocument/didClose" => {
                if let Ok(p) = serde_json::from_value::<DidCloseTextDocumentParams>(params) {
                    self.close(&p.text_document.uri);
                }
            }
            // `initialized`, a cancel for a request already answered, and
            // anything else the server does not act on.
            _ => {}
        }
    }

    /// Configuration is read again when a document is saved (a saved
    /// `.ascribe.yaml` changes every open document's) or the client reports
    /// a watched file changed; the affected documents are checked again.
    fn reload(&mut self, saved: Option<&str>) {
        let config_saved = saved.is_none_or(|u| u.ends_with(crate::config::CONFIG_NAME));
        if config_saved {
            self.docs.reload();
            let keys: Vec<String> = self.docs.open.keys().cloned().collect();
            for key in keys {
                self.schedule(&key);
            }
        }
    }

    /// Hands the document's current text to the worker, recording its
    /// version as the newest first.
    fn schedule(&mut self, key: &str) {
        let Some(doc) = self.docs.open.get(key) else {
            return;
        };
        if let Ok(mut latest) = self.latest.lock() {
            latest.insert(key.to_string(), doc.version);
        }
        let _ = self.jobs.send(worker::Job {
            uri: doc.uri.clone(),
            version: doc.version,
            text: Arc::from(doc.text.as_str()),
            format: doc.format,
            checker: doc.checker.clone(),
        });
    }

    /// Forgets a document and clears its diagnostics; under the lock, so
    /// that a check still running for it publishes nothing after.
    fn close(&mut self, uri: &lsp_types::Uri) {
        self.docs.open.remove(uri.as_str());
        let Ok(mut latest) = self.latest.lock() else {
            return;
        };
        latest.remove(uri.as_str());
        let params = PublishDiagnosticsParams {
            uri: uri.clone(),
            diagnostics: Vec::new(),
            version: None,
        };
        let n = Notification::new("textDocument/publishDiagnostics".into(), params);
        let _ = self.out.send(n.into());
    }

    fn hover(&self, p: HoverParams) -> Option<Hover> {
        let at = &p.text_document_position_params;
        let doc = self.docs.open.get(at.text_document.uri.as_str())?;
        let checker = doc.checker.as_ref().ok()?;
        let lines = Lines::new(&doc.text);
        let offset = lines.offset(at.position, self.enc);
        let article = checker.parse(&doc.text, doc.format);
        let findings = checker.check_article(&article);
        let value = hover::hover_text(&article, checker.names_list(), &findings, offset)?;
        Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value,
            }),
            range: None,
        })
    }

    fn symbols(&self, p: DocumentSymbolParams) -> Option<DocumentSymbolResponse> {
        let doc = self.docs.open.get(p.text_document.uri.as_str())?;
        let checker = doc.checker.as_ref().ok()?;
        let atts = crate::article::attributions_of_text(&doc.text, doc.format, checker.lang());
        let symbols = symbols::document_symbols(&doc.text, &atts, self.enc);
        Some(DocumentSymbolResponse::Nested(symbols))
    }

    fn actions(&self, p: CodeActionParams) -> Option<Vec<lsp_types::CodeActionOrCommand>> {
        let doc = self.docs.open.get(p.text_document.uri.as_str())?;
        let checker = doc.checker.as_ref().ok()?;
        let lines = Lines::new(&doc.text);
        let start = lines.offset(p.range.start, self.enc);
        let end = lines.offset(p.range.end, self.enc);
        let findings = checker.check(&doc.text, doc.format);
        let article = checker.parse(&doc.text, doc.format);
        // The first names list configured takes a new entry; none, none.
        let names_file = checker.names_files().first().and_then(|p| {
            let text = std::fs::read_to_string(p).ok()?;
            Some((docs::file_uri(p)?, text))
        });
        let target = actions::Target {
            uri: &doc.uri,
            doc: &article.doc,
            enc: self.enc,
            names_file,
        };
        Some(actions::actions(
            &target,
            &findings,
            start.min(end),
            start.max(end),
        ))
    }
}

/// A request's parameters, or the error to answer with.
fn parse<P: serde::de::DeserializeOwned>(req: Request) -> Result<P, (ErrorCode, String)> {
    serde_json::from_value(req.params).map_err(|e| (ErrorCode::InvalidParams, e.to_string()))
}

fn to_json<T: serde::Serialize>(v: T) -> serde_json::Value {
    serde_json::to_value(v).unwrap_or(serde_json::Value::Null)
}
