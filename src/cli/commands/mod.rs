//! One module per subcommand; each returns a verdict or a `CliError`.

pub mod checklist;
pub mod fix;
pub mod keygen;
pub mod open;
pub mod seal;
pub mod validate;

/// The current time in seconds since the Unix epoch, for token times.
fn now_unix_seconds() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs() as i64)
}

/// The current time as RFC 3339, to the second, for packets and keys.
fn now_rfc3339() -> String {
    humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string()
}
