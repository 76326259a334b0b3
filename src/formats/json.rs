//! What every JSON format here shares: a schema check, and errors that carry the line and
//! column where a file went wrong.

use std::fmt;

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
            } => write!(f, "line {line}, column {column}: {reason}"),
            FormatError::Invalid(reason) => f.write_str(reason),
            FormatError::NotAnObject => f.write_str("it must be a JSON object ({ ... })"),
            FormatError::UnknownSchema { found, expected } => {
                write!(
                    f,
                    "unknown schema {found:?}: this version reads {expected:?}"
                )
            }
            FormatError::MissingSchema { expected } => {
                write!(f, "it has no \"schema\": {expected:?}")
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
pub fn refuse_duplicate_keys(bytes: &[u8]) -> Result<(), FormatError> {
    serde_json::from_slice::<OnceEach>(bytes)
        .map(|_| ())
        .map_err(positioned)
}

/// Any JSON value, read only to see that no object in it repeats a key.
struct OnceEach;

impl<'de> serde::Deserialize<'de> for OnceEach {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(OnceEachVisitor)
    }
}

struct OnceEachVisitor;

impl<'de> serde::de::Visitor<'de> for OnceEachVisitor {
    type Value = OnceEach;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<OnceEach, E> {
        Ok(OnceEach)
    }
    fn visit_i64<E>(self, _: i64) -> Result<OnceEach, E> {
        Ok(OnceEach)
    }
    fn visit_u64<E>(self, _: u64) -> Result<OnceEach, E> {
        Ok(OnceEach)
    }
    fn visit_f64<E>(self, _: f64) -> Result<OnceEach, E> {
        Ok(OnceEach)
    }
    fn visit_str<E>(self, _: &str) -> Result<OnceEach, E> {
        Ok(OnceEach)
    }
    fn visit_unit<E>(self) -> Result<OnceEach, E> {
        Ok(OnceEach)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<OnceEach, A::Error> {
        while seq.next_element::<OnceEach>()?.is_some() {}
        Ok(OnceEach)
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<OnceEach, A::Error> {
        let mut seen = std::collections::HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !seen.insert(key.clone()) {
                return Err(serde::de::Error::custom(format_args!(
                    "the key {key:?} is given twice"
                )));
            }
            map.next_value::<OnceEach>()?;
        }
        Ok(OnceEach)
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
