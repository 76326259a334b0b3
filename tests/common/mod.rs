//! What the integration tests share: running a program as a person or script would.

use std::io::Write;
use std::process::{Command, Stdio};

/// Runs a command with `input` on standard input; returns (exit code, stdout, stderr).
pub fn run(command: &mut Command, input: &[u8]) -> (i32, String, String) {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the command starts");
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().expect("exited, not killed"),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
