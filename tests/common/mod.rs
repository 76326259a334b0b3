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
    // A command that refuses its arguments exits without reading its input; the pipe it
    // closed is its answer, not the test's failure (this raced on a loaded machine).
    match child.stdin.take().unwrap().write_all(input) {
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => {}
        written => written.unwrap(),
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().expect("exited, not killed"),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Runs `age` under a pseudo-terminal (util-linux `script`), so that it reads the
/// passphrase from its "terminal" as it does for a person. The passphrase is typed twice
/// (age asks twice when encrypting; the second line is ignored when decrypting).
// Not every test file that shares this module runs `age`.
#[allow(dead_code)]
pub fn age_with_tty(args: &str, passphrase: &str) -> i32 {
    let mut child = Command::new("script")
        .args(["-qec", &format!("age {args}"), "/dev/null"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("script (util-linux) starts");
    let mut stdin = child.stdin.take().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    writeln!(stdin, "{passphrase}").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    writeln!(stdin, "{passphrase}").unwrap();
    drop(stdin);
    child.wait().unwrap().code().unwrap_or(-1)
}

/// A new identity made by Debian's `age-keygen` in `dir`: the identity file and its public key.
#[allow(dead_code)]
pub fn age_keygen(dir: &std::path::Path) -> (std::path::PathBuf, String) {
    let key = dir.join("age.key");
    let made = Command::new("age-keygen")
        .args(["-o", key.to_str().unwrap()])
        .output()
        .expect("age-keygen runs");
    assert!(made.status.success());
    let public = String::from_utf8_lossy(&made.stderr)
        .trim()
        .strip_prefix("Public key: ")
        .expect("age-keygen prints the public key")
        .to_owned();
    (key, public)
}

/// Seals the file `plain` with Debian's `age` to `public`, armored, into `sealed`.
#[allow(dead_code)]
pub fn age_seal(public: &str, plain: &std::path::Path, sealed: &std::path::Path) {
    let status = Command::new("age")
        .args([
            "-a",
            "-r",
            public,
            "-o",
            sealed.to_str().unwrap(),
            plain.to_str().unwrap(),
        ])
        .status()
        .expect("age runs");
    assert!(status.success());
}
