//! What builds the shipped files is pinned: the tools come from known sources, not from
//! whatever the registry resolves on the day.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;

/// The version of a package in a Cargo.lock.
fn locked_version(lock: &str, package: &str) -> Option<String> {
    let header = format!("name = \"{package}\"\n");
    let start = lock.find(&header)? + header.len();
    let line = lock[start..].lines().next()?;
    Some(
        line.trim_start_matches("version = ")
            .trim_matches('"')
            .to_owned(),
    )
}

#[test]
fn the_wasm_bindgen_cli_is_built_with_locked_dependencies_from_a_checked_crate() {
    let lock = fs::read_to_string("Cargo.lock").unwrap();
    let version = locked_version(&lock, "wasm-bindgen").expect("wasm-bindgen is locked");
    let pinned = fs::read_to_string(format!(
        "scripts/locks/wasm-bindgen-cli-{version}.Cargo.lock"
    ))
    .unwrap_or_else(|_| panic!("scripts/locks has no lock for wasm-bindgen-cli {version}"));
    // The pinned lock is the CLI's own, for the same version as the crate the app links.
    assert_eq!(
        locked_version(&pinned, "wasm-bindgen-cli").as_deref(),
        Some(version.as_str())
    );
    assert_eq!(
        locked_version(&pinned, "wasm-bindgen-cli-support").as_deref(),
        Some(version.as_str())
    );
    // Every registry package in it has a checksum, so nothing can change under the lock.
    let packages = pinned.matches("[[package]]").count();
    let sources = pinned.matches("source = \"registry+").count();
    assert_eq!(pinned.matches("checksum = ").count(), sources);
    assert!(packages > 100, "{packages} packages");
    let digest = fs::read_to_string(format!(
        "scripts/locks/wasm-bindgen-cli-{version}.crate.sha256"
    ))
    .expect("the crate's digest is kept beside its lock");
    assert_eq!(digest.trim().len(), 64, "a SHA-256 in hex");
    // And setup installs from them, with --locked.
    let setup = fs::read_to_string("scripts/setup").unwrap();
    assert!(setup.contains("cargo install --locked --path"), "{setup}");
    assert!(setup.contains("sha256sum --check"), "{setup}");
    assert!(!setup.contains("cargo install wasm-bindgen-cli"));
}

#[test]
fn the_toolchains_and_tools_that_build_and_test_are_pinned() {
    // The compiler: a release number, not a moving channel.
    let toolchain = fs::read_to_string("rust-toolchain.toml").expect("rust-toolchain.toml");
    let channel = |text: &str| {
        text.lines()
            .find_map(|line| line.strip_prefix("channel = "))
            .map(|value| value.trim_matches('"').to_owned())
            .expect("a channel")
    };
    let stable = channel(&toolchain);
    assert!(
        stable.split('.').count() == 3 && stable.split('.').all(|n| n.parse::<u32>().is_ok()),
        "{stable}"
    );
    assert!(toolchain.contains("wasm32-unknown-unknown"));
    // The fuzz crate's nightly: a dated one.
    let nightly = channel(&fs::read_to_string("fuzz/rust-toolchain.toml").unwrap());
    assert!(
        nightly.starts_with("nightly-") && nightly.len() == "nightly-2026-05-19".len(),
        "{nightly}"
    );
    let setup = fs::read_to_string("scripts/setup").unwrap();
    let fuzz = fs::read_to_string("scripts/fuzz").unwrap();
    assert!(fuzz.contains("cargo \"+$nightly\" fuzz") && !fuzz.contains("+nightly "));
    assert!(setup.contains("cargo install cargo-fuzz --locked --version \"=$cargo_fuzz_version\""));
    // npm packages install without running their scripts.
    assert!(setup.contains("npm ci --ignore-scripts"));
    // The build maps this machine's paths away (tests/e2e/build.test.mjs checks the result).
    let build = fs::read_to_string("scripts/build").unwrap();
    assert!(build.contains("--remap-path-prefix=$cargo_home=/cargo"));
}
