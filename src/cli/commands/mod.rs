//! One module per subcommand; each returns a verdict or a `CliError`.

pub mod checklist;
pub mod fix;
pub mod keygen;
pub mod open;
pub mod seal;
pub mod validate;

/// The current time as RFC 3339, to the second, for packets and keys.
fn now_rfc3339() -> String {
    humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string()
}
