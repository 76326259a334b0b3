//! The Company Request Token's values and time: what Concur's dialog shows (the Company UUID
//! and the token), when the token was generated, when it expires and how long it has left.
//! The rules on these values are `rules::token_rules`; the packet that carries them is
//! `handoff::TokenPacket`.

use std::fmt;

use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use super::concur::{
    COMPANY_REQUEST_TOKEN_MENU, REQUEST_TOKEN_LIFETIME_SECS, REQUEST_TOKEN_WARNING_SECS,
};
use crate::i18n::t;

/// Seconds since 1970-01-01T00:00:00Z.
pub type UnixSeconds = i64;

/// When a token generated at `generated_at` stops working.
pub fn expires_at(generated_at: UnixSeconds) -> UnixSeconds {
    generated_at.saturating_add(REQUEST_TOKEN_LIFETIME_SECS)
}

/// A time as RFC 3339 in UTC (`2026-11-28T10:00:00Z`).
pub fn rfc3339(at: UnixSeconds) -> String {
    OffsetDateTime::from_unix_timestamp(at)
        .ok()
        .and_then(|time| time.format(&Rfc3339).ok())
        .unwrap_or_else(|| format!("@{at}"))
}

/// Reads an RFC 3339 time with any offset (`2026-11-28T11:00:00+01:00`). Not inlined: it is
/// large, and called from several places in the page.
#[inline(never)]
pub fn parse_rfc3339(text: &str) -> Option<UnixSeconds> {
    OffsetDateTime::parse(text.trim(), &Rfc3339)
        .ok()
        .map(OffsetDateTime::unix_timestamp)
}

/// Where a token stands at a given moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenTime {
    /// Usable, with this many seconds left.
    Valid { left: i64 },
    /// Usable, but with less than the warning margin left.
    Expiring { left: i64 },
    /// Expired this many seconds ago.
    Expired { ago: i64 },
}

impl TokenTime {
    pub fn at(expires_at: UnixSeconds, now: UnixSeconds) -> TokenTime {
        let left = expires_at.saturating_sub(now);
        if left <= 0 {
            TokenTime::Expired { ago: -left }
        } else if left < REQUEST_TOKEN_WARNING_SECS {
            TokenTime::Expiring { left }
        } else {
            TokenTime::Valid { left }
        }
    }

    pub fn is_expired(self) -> bool {
        matches!(self, TokenTime::Expired { .. })
    }
}

/// What the provider (or the admin) reads about a token's time, and what to do.
impl fmt::Display for TokenTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            TokenTime::Valid { left } => f.write_str(&t::time_left(&span(left))),
            TokenTime::Expiring { left } => f.write_str(&t::time_expiring(&span(left))),
            TokenTime::Expired { ago } => {
                f.write_str(&t::time_expired(&span(ago), &COMPANY_REQUEST_TOKEN_MENU))
            }
        }
    }
}

/// A length of time in hours and minutes, rounded down to the minute ("23 h 59 min",
/// "4 min", "under a minute").
pub fn span(seconds: i64) -> String {
    let minutes = seconds.max(0) / 60;
    match (minutes / 60, minutes % 60) {
        (0, 0) => t::span_under_minute(),
        (0, m) => t::span_min(&m),
        (h, 0) => t::span_h(&h),
        (h, m) => t::span_h_min(&h, &m),
    }
}

/// The values copied from Concur's dialog, as the admin entered them. The token is a
/// secret: it lives in the handoff's memory only.
#[derive(Clone, Copy)]
pub struct TokenValues<'a> {
    pub company_uuid: &'a str,
    pub request_token: &'a str,
    pub generated_at: UnixSeconds,
}

#[cfg(test)]
mod tests {
    use super::*;

    const GENERATED: UnixSeconds = 1_795_860_000; // 2026-11-28T10:00:00Z

    #[test]
    fn times_round_trip_through_rfc3339_with_any_offset() {
        assert_eq!(rfc3339(GENERATED), "2026-11-28T10:00:00Z");
        assert_eq!(parse_rfc3339("2026-11-28T10:00:00Z"), Some(GENERATED));
        assert_eq!(parse_rfc3339("2026-11-28T11:30:00+01:30"), Some(GENERATED));
        assert_eq!(parse_rfc3339("28/11/2026 10:00"), None);
        assert_eq!(parse_rfc3339("2026-11-28 10:00"), None);
    }

    #[test]
    fn a_token_is_valid_then_expiring_then_expired() {
        let expiry = expires_at(GENERATED);
        assert_eq!(rfc3339(expiry), "2026-11-29T10:00:00Z");
        assert_eq!(
            TokenTime::at(expiry, GENERATED),
            TokenTime::Valid { left: 86_400 }
        );
        assert_eq!(
            TokenTime::at(expiry, expiry - 4 * 3600),
            TokenTime::Valid { left: 14_400 }
        );
        assert_eq!(
            TokenTime::at(expiry, expiry - 4 * 3600 + 1),
            TokenTime::Expiring { left: 14_399 }
        );
        assert_eq!(TokenTime::at(expiry, expiry), TokenTime::Expired { ago: 0 });
        let late = TokenTime::at(expiry, expiry + 3 * 3600 + 120);
        assert_eq!(
            late.to_string(),
            "expired 3 h 2 min ago: the admin must generate a new token (Administration > Company > Authentication Admin > Company Request Token) and seal it again"
        );
        assert_eq!(
            TokenTime::at(expiry, GENERATED + 61).to_string(),
            "23 h 58 min left"
        );
    }
}
