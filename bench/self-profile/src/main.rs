//! Self time per query, and per query and argument, of a rustc `-Z self-profile` trace: where
//! `cargo check` of a generated catalog spends its time (BENCHMARKS.md, "How to profile").
//!
//! Usage: `self-profile-summary PATH [TOP]`, PATH being the `.mm_profdata` file without its
//! extension.

use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, SystemTime};

use analyzeme::{ProfilingData, Timestamp};

/// An open interval on the stack: start, end, label, argument, time of its children.
struct Open {
    start: SystemTime,
    end: SystemTime,
    label: String,
    arg: String,
    children: Duration,
}

#[derive(Default)]
struct Totals {
    by_label: HashMap<String, Duration>,
    by_arg: HashMap<(String, String), Duration>,
}

impl Totals {
    /// Closes the intervals that end before `until` (all of them for `None`).
    fn close(&mut self, stack: &mut Vec<Open>, until: Option<SystemTime>) {
        while let Some(top) = stack.last() {
            if until.is_some_and(|until| top.end > until) {
                break;
            }
            let open = stack.pop().expect("not empty");
            let total = open.end.duration_since(open.start).unwrap_or_default();
            let own = total.saturating_sub(open.children);
            *self.by_label.entry(open.label.clone()).or_default() += own;
            *self.by_arg.entry((open.label, open.arg)).or_default() += own;
            if let Some(parent) = stack.last_mut() {
                parent.children += total;
            }
        }
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: self-profile-summary PATH-WITHOUT-.mm_profdata [TOP]");
        std::process::exit(2);
    };
    let top: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(25);
    let data = match ProfilingData::new(Path::new(&path)) {
        Ok(data) => data,
        Err(err) => {
            eprintln!("cannot read {path}: {err}");
            std::process::exit(1);
        }
    };
    let mut events: Vec<(u32, SystemTime, SystemTime, String, String)> = data
        .iter_full()
        .filter_map(|event| match event.payload.timestamp()? {
            Timestamp::Interval { start, end } => Some((
                event.thread_id,
                start,
                end,
                event.label.to_string(),
                event
                    .additional_data
                    .first()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
            )),
            Timestamp::Instant(_) => None,
        })
        .collect();
    // Per thread, by start, the enclosing interval (the longer one) first.
    events.sort_by(|a, b| (a.0, a.1, b.2).cmp(&(b.0, b.1, a.2)));
    let (mut totals, mut stack, mut thread) = (Totals::default(), Vec::new(), None);
    for (id, start, end, label, arg) in events {
        if thread != Some(id) {
            totals.close(&mut stack, None);
            thread = Some(id);
        }
        totals.close(&mut stack, Some(start));
        stack.push(Open {
            start,
            end,
            label,
            arg,
            children: Duration::ZERO,
        });
    }
    totals.close(&mut stack, None);

    println!("self time (s) by query");
    let mut by_label: Vec<_> = totals.by_label.into_iter().collect();
    by_label.sort_by(|a, b| b.1.cmp(&a.1));
    for (label, time) in by_label.iter().take(top) {
        println!("{:8.3} {label}", time.as_secs_f64());
    }
    println!("\nself time (s) by query and argument");
    let mut by_arg: Vec<_> = totals.by_arg.into_iter().collect();
    by_arg.sort_by(|a, b| b.1.cmp(&a.1));
    for ((label, arg), time) in by_arg.iter().take(top) {
        println!("{:8.3} {label} {arg}", time.as_secs_f64());
    }
}
