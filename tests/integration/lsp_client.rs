//! A minimal LSP client for the tests: spawns `ascribe lsp` and speaks
//! JSON-RPC to it with Content-Length framing.

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::Duration;

/// How long any one answer may take before the test fails (a hang, not
/// a latency measure).
const WAIT: Duration = Duration::from_secs(30);

pub struct Client {
    child: Child,
    stdin: Option<ChildStdin>,
    incoming: Receiver<Value>,
    /// Notifications read while waiting for something else.
    held: Vec<Value>,
    next_id: i64,
}

/// Reads framed messages from `r` until it closes.
fn read_messages(r: impl Read, out: std::sync::mpsc::Sender<Value>) {
    let mut r = BufReader::new(r);
    loop {
        let mut length = None;
        loop {
            let mut line = String::new();
            if r.read_line(&mut line).unwrap_or(0) == 0 {
                return;
            }
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(n) = line.strip_prefix("Content-Length: ") {
                length = n.parse::<usize>().ok();
            }
        }
        let mut body = vec![0; length.expect("a Content-Length header")];
        if r.read_exact(&mut body).is_err() {
            return;
        }
        let v: Value = serde_json::from_slice(&body).expect("a JSON body");
        if out.send(v).is_err() {
            return;
        }
    }
}

impl Client {
    pub fn start(dir: &std::path::Path) -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_ascribe"))
            .arg("lsp")
            .current_dir(dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("ascribe lsp starts");
        let stdout = child.stdout.take().unwrap();
        let (tx, incoming) = channel();
        std::thread::spawn(move || read_messages(stdout, tx));
        Client {
            stdin: child.stdin.take(),
            child,
            incoming,
            held: Vec::new(),
            next_id: 1,
        }
    }

    pub fn send(&mut self, v: Value) {
        let body = v.to_string();
        let stdin = self.stdin.as_mut().expect("stdin open");
        write!(stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        stdin.flush().unwrap();
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request without waiting; returns its id.
    pub fn request_id(&mut self, method: &str, params: Value) -> i64 {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        id
    }

    /// The whole response to request `id`.
    pub fn response(&mut self, id: i64) -> Value {
        loop {
            let v = self
                .incoming
                .recv_timeout(WAIT)
                .expect("a response in time");
            if v.get("id") == Some(&json!(id)) && v.get("method").is_none() {
                return v;
            }
            self.held.push(v);
        }
    }

    /// Sends a request and returns its result (failing on an error).
    pub fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.request_id(method, params);
        let r = self.response(id);
        assert!(r.get("error").is_none(), "{method}: {r}");
        r["result"].clone()
    }

    /// The params of the first notification of `method` that `pred`
    /// accepts, held ones first; those skipped are dropped.
    pub fn notification(&mut self, method: &str, pred: impl Fn(&Value) -> bool) -> Value {
        let found = |v: &Value| v["method"] == method && pred(&v["params"]);
        if let Some(i) = self.held.iter().position(found) {
            return self.held.remove(i)["params"].clone();
        }
        self.held.clear();
        loop {
            let v = self
                .incoming
                .recv_timeout(WAIT)
                .unwrap_or_else(|_| panic!("no {method} in time"));
            if found(&v) {
                return v["params"].clone();
            }
        }
    }

    /// The params of a request from the server, answered with `null`.
    pub fn server_request(&mut self, method: &str) -> Value {
        let found = |v: &Value| v["method"] == method && v.get("id").is_some();
        let v = match self.held.iter().position(found) {
            Some(i) => self.held.remove(i),
            None => loop {
                let v = self.incoming.recv_timeout(WAIT).expect("a request in time");
                if found(&v) {
                    break v;
                }
                self.held.push(v);
            },
        };
        self.send(json!({"jsonrpc": "2.0", "id": v["id"], "result": null}));
        v["params"].clone()
    }

    /// Diagnostics published for `version` of `uri`.
    pub fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let p = self.notification("textDocument/publishDiagnostics", |p| {
            p["uri"] == uri && p["version"] == version
        });
        p["diagnostics"].as_array().cloned().unwrap_or_default()
    }

    /// Ends the stream and waits for the process: its exit code.
    pub fn wait(mut self) -> Option<i32> {
        drop(self.stdin.take());
        let started = std::time::Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.code();
            }
            if started.elapsed() > WAIT {
                let _ = self.child.kill();
                panic!("ascribe lsp did not exit");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}
