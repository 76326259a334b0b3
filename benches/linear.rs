//! Text work grows linearly with what it reads: the Markdown export and the profile's
//! personal words, at 1, 10 and 100 times a size. Prints each time and the ratio to the
//! smallest; a linear step shows about 10 and 100, a quadratic one 100 and 10,000.
//! A benchmark, not a test: `cargo bench --bench linear` (scripts/bench runs it too).

use std::time::{Duration, Instant};

use wsadmin_prep::domain::checklist::ChecklistProgress;
use wsadmin_prep::domain::profile::Profile;
use wsadmin_prep::domain::rules::personal_words;
use wsadmin_prep::formats::markdown;

fn example() -> Profile {
    Profile::from_json(include_bytes!("../docs/examples/expensify-standard.json")).unwrap()
}

/// The fastest of a few runs, so another process on the machine does not count.
fn best_of(runs: usize, mut work: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed()
        })
        .min()
        .unwrap()
}

fn report(what: &str, sizes: &[usize], mut measure: impl FnMut(usize) -> Duration) {
    let times: Vec<Duration> = sizes.iter().map(|size| measure(*size)).collect();
    for (size, time) in sizes.iter().zip(&times) {
        println!(
            "{what:<44} {size:>9} {:>10.3} ms  x{:.1}",
            time.as_secs_f64() * 1000.0,
            time.as_secs_f64() / times[0].as_secs_f64()
        );
    }
}

fn main() {
    println!("{:<44} {:>9} {:>13}  ratio", "work", "size", "time");
    // A note of dots and "www" (what made the export lower-case itself at every dot).
    report(
        "Markdown export, note of `www.` runs (bytes)",
        &[5_000, 50_000, 500_000],
        |size| {
            let profile = example();
            let mut ticks = ChecklistProgress::default();
            ticks.set_note("dedicated-profile", &"www.".repeat(size / 4));
            best_of(3, || {
                std::hint::black_box(markdown::to_markdown(&profile, &ticks, "2026-11-30"));
            })
        },
    );
    report(
        "personal words, distinct words in a name",
        &[1_000, 10_000, 100_000],
        |size| {
            let mut profile = example();
            profile.authorizing_admin.last_name = (0..size)
                .map(|i| format!("w{i:06}"))
                .collect::<Vec<_>>()
                .join(" ");
            best_of(3, || {
                std::hint::black_box(personal_words(&profile));
            })
        },
    );
}
