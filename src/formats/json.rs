//! What every JSON format here shares: a schema check, and errors that carry the line and
//! column where a file went wrong.

use std::fmt;

use crate::i18n::t;

/// Why a JSON file or value cannot be read as the format it should be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// Not JSON, or JSON of the wrong shape; line and column are 1-based.
    Json {
        line: usize,
        column: usize,
        reason: String,
    },
    /// Of the wrong shape, found in an already parsed value, which has no positions.
    Invalid(String),
    /// The top level is an array, a string or a number.
    NotAnObject,
    /// A schema this version does not read (a newer version's file, or another format).
    UnknownSchema {
        found: String,
        expected: &'static str,
    },
    /// No `schema` where the format requires one.
    MissingSchema { expected: &'static str },
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::Json {
                line,
                column,
                reason,
            } => f.write_str(&t::json_at(line, column, reason)),
            FormatError::Invalid(reason) => f.write_str(reason),
            FormatError::NotAnObject => f.write_str(&t::json_not_object()),
            FormatError::UnknownSchema { found, expected } => f.write_str(&t::json_unknown_schema(
                &format!("{found:?}"),
                &format!("{expected:?}"),
            )),
            FormatError::MissingSchema { expected } => {
                f.write_str(&t::json_missing_schema(&format!("{expected:?}")))
            }
        }
    }
}

impl std::error::Error for FormatError {}

/// Whether a format's files must name their schema, or may leave it out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Schema {
    Required(&'static str),
    /// Hand-written profile files often lack it; when present it must match.
    Optional(&'static str),
}

/// Checks that `value` is an object of the expected schema.
pub fn check_schema(value: &serde_json::Value, schema: Schema) -> Result<(), FormatError> {
    let object = value.as_object().ok_or(FormatError::NotAnObject)?;
    let (expected, required) = match schema {
        Schema::Required(expected) => (expected, true),
        Schema::Optional(expected) => (expected, false),
    };
    match object.get("schema") {
        None if required => Err(FormatError::MissingSchema { expected }),
        None => Ok(()),
        Some(found) if found.as_str() == Some(expected) => Ok(()),
        Some(found) => Err(FormatError::UnknownSchema {
            found: match found.as_str() {
                Some(text) => text.to_owned(),
                None => found.to_string(),
            },
            expected,
        }),
    }
}

/// Reads bytes as a format: syntax first, then the schema, then the typed shape, so that a
/// newer version's file is reported as such and not as a typo. The typed pass reads the
/// bytes again, because only then do its errors carry a line and column.
pub fn read<T: serde::de::DeserializeOwned>(
    bytes: &[u8],
    schema: Schema,
) -> Result<T, FormatError> {
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(positioned)?;
    refuse_duplicate_keys(bytes)?;
    check_schema(&value, schema)?;
    serde_json::from_slice(bytes).map_err(positioned)
}

/// Refuses JSON in which an object names a key twice, with the line and column of the
/// second. serde_json keeps the last, so `{"password": "a", "password": "b"}` would read as
/// one thing to this tool and perhaps another to the next; a file is what it says once.
/// Keys are compared as JSON reads them, so `"\u0061"` is `"a"`. Written as a scan rather
/// than a second serde pass, which costs the page's first load twice the code.
pub fn refuse_duplicate_keys(bytes: &[u8]) -> Result<(), FormatError> {
    // An open object's keys so far and whether a key comes next; `None` for an array. A
    // list, not a set: no object of any format here has more than a few dozen keys, and one
    // with more than `MAX_KEYS` is refused, so the search stays short and the page carries
    // no extra set type.
    let mut open: Vec<Option<(Vec<String>, bool)>> = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'{' => open.push(Some((Vec::new(), true))),
            b'[' => open.push(None),
            b'}' | b']' => {
                open.pop();
            }
            b',' | b':' => {
                if let Some(Some((_, key_next))) = open.last_mut() {
                    *key_next = bytes[at] == b',';
                }
            }
            b'"' => {
                let start = at;
                at += 1;
                while at < bytes.len() && bytes[at] != b'"' {
                    at += if bytes[at] == b'\\' { 2 } else { 1 };
                }
                if let Some(Some((keys, true))) = open.last_mut() {
                    let raw = &bytes[start..(at + 1).min(bytes.len())];
                    let reason = match serde_json::from_slice::<String>(raw) {
                        Err(_) => Some(t::json_key_not_string()),
                        Ok(key) if keys.contains(&key) => {
                            Some(t::json_key_twice(&format!("{key:?}")))
                        }
                        Ok(_) if keys.len() >= MAX_KEYS => Some(t::json_too_many_keys(&MAX_KEYS)),
                        Ok(key) => {
                            keys.push(key);
                            None
                        }
                    };
                    if let Some(reason) = reason {
                        return Err(json_error_at(bytes, start, &reason));
                    }
                }
            }
            _ => {}
        }
        at += 1;
    }
    Ok(())
}

/// The most keys an object may have: far more than any format here uses.
const MAX_KEYS: usize = 256;

/// A JSON error at a byte offset, with its 1-based line and column.
fn json_error_at(bytes: &[u8], offset: usize, reason: &str) -> FormatError {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|byte| **byte == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|byte| *byte == b'\n')
        .map_or(0, |newline| newline + 1);
    FormatError::Json {
        line,
        // Characters, not bytes: count the bytes that start a UTF-8 sequence.
        column: before[line_start..]
            .iter()
            .filter(|byte| **byte & 0xC0 != 0x80)
            .count()
            + 1,
        reason: reason.to_owned(),
    }
}

/// Reads an already parsed value as a format; errors carry no position.
pub fn read_value<T: serde::de::DeserializeOwned>(
    value: serde_json::Value,
    schema: Schema,
) -> Result<T, FormatError> {
    check_schema(&value, schema)?;
    T::deserialize(value).map_err(|error| FormatError::Invalid(error.to_string()))
}

/// serde_json's error with its line and column kept apart from its message, which would
/// otherwise end in " at line L column C".
pub fn positioned(error: serde_json::Error) -> FormatError {
    let message = error.to_string();
    let reason = match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message,
    };
    FormatError::Json {
        line: error.line(),
        column: error.column(),
        reason,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_carry_the_position_apart_from_the_reason() {
        let error =
            read::<serde_json::Value>(b"{\n  \"a\": ,\n}", Schema::Optional("x")).unwrap_err();
        let FormatError::Json { line, reason, .. } = &error else {
            panic!("{error:?}")
        };
        assert_eq!(*line, 2);
        assert!(!reason.contains("at line"), "{reason}");
    }

    #[test]
    fn a_required_schema_must_be_there_and_match() {
        let schema = Schema::Required("a@1");
        assert_eq!(
            check_schema(&serde_json::json!({}), schema),
            Err(FormatError::MissingSchema { expected: "a@1" })
        );
        assert_eq!(
            check_schema(&serde_json::json!({"schema": 2}), schema),
            Err(FormatError::UnknownSchema {
                found: "2".into(),
                expected: "a@1"
            })
        );
        assert_eq!(
            check_schema(&serde_json::json!([]), schema),
            Err(FormatError::NotAnObject)
        );
        assert_eq!(
            check_schema(&serde_json::json!({}), Schema::Optional("a@1")),
            Ok(())
        );
    }
}

#[cfg(test)]
mod duplicate_key_tests {
    use super::*;

    #[test]
    fn a_key_given_twice_is_found_however_it_is_spelt_and_wherever_it_is() {
        for (json, key, line) in [
            ("{\"a\": 1, \"a\": 2}", "a", 1),
            ("{\"a\": 1, \"\\u0061\": 2}", "a", 1),
            (
                "{\"x\": [{\"b\": 1},\n {\"c\": {\"d\": 1, \"d\": \"}\"}}]}",
                "d",
                2,
            ),
        ] {
            let error = refuse_duplicate_keys(json.as_bytes()).unwrap_err();
            let FormatError::Json {
                line: at, reason, ..
            } = &error
            else {
                panic!("{error:?}");
            };
            assert_eq!(
                (*at, reason.as_str()),
                (line, format!("the key {key:?} is given twice").as_str())
            );
        }
        for json in [
            "{\"a\": 1, \"b\": {\"a\": 2}}",
            "[{\"a\": 1}, {\"a\": 2}]",
            "{\"a\": \"\\\"a\\\": \\\"a\\\"\"}",
            "{\"a\": [\"a\", \"a\"]}",
        ] {
            assert_eq!(refuse_duplicate_keys(json.as_bytes()), Ok(()), "{json}");
        }
        // An object of thousands of keys is no file of ours, and is refused in linear time.
        let many: Vec<String> = (0..5000).map(|i| format!("\"k{i}\": 1")).collect();
        let error =
            refuse_duplicate_keys(format!("{{{}}}", many.join(",")).as_bytes()).unwrap_err();
        assert!(error.to_string().contains("more than 256 keys"), "{error}");
    }
}
