//! Figures for the real app on a 1 000-initiative canvas (no assertions; see scripts/bench-app.sh):
//! - launch → first painted canvas (all cards in the DOM), seen from WebDriver and from the page;
//! - memory of the app and its WebKit processes (RSS and PSS);
//! - a move's round trip: key press → command → commit → new view rendered, median of 40.

use std::process::Command;
use std::time::{Duration, Instant};

use stratmap_e2e::{Driver, cli_binary};
use thirtyfour::prelude::*;

/// How many cards the canvas gets: 1 000, or STRATMAP_BENCH_CARDS.
fn card_count() -> usize {
    std::env::var("STRATMAP_BENCH_CARDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000)
}

#[tokio::main]
async fn main() -> WebDriverResult<()> {
    let cards = card_count();
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("bench.stratmap");
    let csv = dir.path().join("cards.csv");
    let areas = [
        "End goal",
        "Growth strategy",
        "Marketing strategy",
        "R&D and innovation",
        "Success metrics",
        "Organisation",
        "Customer research",
        "Time horizon",
    ];
    let mut rows = String::from("area,title,position,owner,status,impact,notes\n");
    for n in 0..cards {
        rows += &format!(
            "{},Initiative {n},{},Owner {},active,{},\n",
            areas[n % 8],
            (n * 37 % 201) as i64 - 100,
            n % 9,
            1 + n % 3
        );
    }
    std::fs::write(&csv, rows).expect("csv");
    let run = |args: &[&std::ffi::OsStr]| {
        let status = Command::new(cli_binary())
            .args(args)
            .status()
            .expect("stratmap");
        assert!(status.success());
    };
    run(&[
        "new".as_ref(),
        file.as_os_str(),
        "--template".as_ref(),
        "full".as_ref(),
    ]);
    run(&["import".as_ref(), csv.as_os_str(), file.as_os_str()]);

    let driver = Driver::start();
    let started = Instant::now();
    let app = driver.launch(&[&file]).await;
    loop {
        let count = app.execute("return document.querySelectorAll('[data-testid=card], [role=slider][aria-valuetext]').length", vec![]).await?;
        if count.json().as_u64().unwrap_or(0) as usize >= cards {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the canvas did not paint"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let to_paint = started.elapsed();
    let page_time = app
        .execute("return performance.now()", vec![])
        .await?
        .json()
        .as_f64()
        .unwrap_or(f64::NAN);
    println!(
        "start: session + launch → {cards} cards painted: {} ms (page clock: {:.0} ms since navigation)",
        to_paint.as_millis(),
        page_time
    );

    print_start_marks(&app).await?;

    tokio::time::sleep(Duration::from_secs(2)).await;
    let (rss, pss, processes) = memory_of_app();
    println!(
        "memory: {} processes (app + WebKit), RSS {:.0} MB, PSS {:.0} MB",
        processes.len(),
        rss / 1024.0,
        pss / 1024.0
    );
    for (name, rss, pss) in processes {
        println!(
            "  {name}: RSS {:.0} MB, PSS {:.0} MB",
            rss / 1024.0,
            pss / 1024.0
        );
    }

    // Move round trip, timed inside the page: key press until the card announces its new value.
    let script = r#"
        const done = arguments[arguments.length - 1];
        const card = document.querySelector('[role=slider][aria-label="Initiative 0"]');
        const times = [];
        let n = 0;
        const step = () => {
            const before = card.getAttribute('aria-valuenow');
            const t0 = performance.now();
            const observer = new MutationObserver(() => {
                if (card.getAttribute('aria-valuenow') !== before) {
                    observer.disconnect();
                    times.push(performance.now() - t0);
                    if (++n < 40) { setTimeout(step, 20); } else { done(times); }
                }
            });
            observer.observe(card, { attributes: true });
            card.focus();
            const key = n % 2 === 0 ? 'ArrowRight' : 'ArrowLeft';
            card.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        };
        step();
    "#;
    let times = app.execute_async(script, vec![]).await?;
    print_times(
        "move round trip (key → command → commit → rendered)",
        times.json(),
    );

    // The command alone, invoked from the page: command → commit → full view back (no render).
    let script = r#"
        const done = arguments[arguments.length - 1];
        const card = document.querySelector('[role=slider][aria-label="Initiative 1"]');
        const id = card.getAttribute('data-card-id');
        const invoke = window.__TAURI_INTERNALS__.invoke;
        (async () => {
            const times = [];
            for (let n = 0; n < 40; n++) {
                const t0 = performance.now();
                await invoke('move_initiatives', { moves: [{ id, position: n % 2 ? 10 : 20, area_id: null, lane_offset: null }] });
                times.push(performance.now() - t0);
                // The page refreshes after a change it did not make itself; let that settle so
                // each sample times the command alone.
                await new Promise((r) => setTimeout(r, 400));
            }
            done(times);
        })();
    "#;
    let times = app.execute_async(script, vec![]).await?;
    print_times(
        "move command round trip (invoke → commit → change returned)",
        times.json(),
    );
    app.quit().await?;
    Ok(())
}

/// Prints when the page passed each of the UI's start marks, counted from the app process's
/// start (the kernel's record of it, 10 ms resolution): the start as a user sees it, without
/// the WebDriver session's own set-up.
async fn print_start_marks(app: &WebDriver) -> WebDriverResult<()> {
    let marks = app
        .execute(
            "return [performance.timeOrigin, ...['stratmap:script-start', 'stratmap:view-received', \
             'first-contentful-paint', 'stratmap:first-paint'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? null)]",
            vec![],
        )
        .await?;
    let marks: Vec<Option<f64>> = serde_json::from_value(marks.json().clone()).unwrap_or_default();
    let Some((Some(origin), marks)) = marks.split_first() else {
        return Ok(());
    };
    let Some(started) = app_started_epoch_ms() else {
        return Ok(());
    };
    let since_start = |t: Option<f64>| {
        t.map_or("not reached".to_string(), |t| {
            format!("{:.0} ms", origin + t - started)
        })
    };
    println!(
        "start, from the app process's start: page navigation {}, code loaded {}, canvas view received {}, \
         first contentful paint {}, canvas painted {}",
        since_start(Some(0.0)),
        since_start(marks[0]),
        since_start(marks[1]),
        since_start(marks[2]),
        since_start(marks[3]),
    );
    Ok(())
}

/// The app process's start time as milliseconds since the Unix epoch, from /proc.
fn app_started_epoch_ms() -> Option<f64> {
    let ticks = app_process(&processes())?.started as f64;
    let uptime: f64 = std::fs::read_to_string("/proc/uptime")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs_f64();
    // USER_HZ is 100 on Linux.
    Some((now - uptime + ticks / 100.0) * 1000.0)
}

/// Prints the median and p95 of a list of milliseconds measured in the page.
fn print_times(label: &str, json: &serde_json::Value) {
    let mut times: Vec<f64> = serde_json::from_value(json.clone()).unwrap_or_default();
    times.sort_by(f64::total_cmp);
    if let (Some(median), Some(p95)) = (
        times.get(times.len() / 2),
        times.get(times.len() * 95 / 100),
    ) {
        println!(
            "{label}, {} moves: median {median:.1} ms, p95 {p95:.1} ms",
            times.len()
        );
    }
}

/// One running process, from /proc/PID/stat.
struct Process {
    pid: u32,
    parent: u32,
    name: String,
    /// When it started, in clock ticks since boot.
    started: u64,
}

/// Every process.
fn processes() -> Vec<Process> {
    std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter_map(|pid| {
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
            let name = stat.split('(').nth(1)?.split(')').next()?.to_string();
            // After the name: state, parent, ... and the start time as the 20th field.
            let fields: Vec<&str> = stat.rsplit(')').next()?.split_whitespace().collect();
            Some(Process {
                pid,
                parent: fields.get(1)?.parse().ok()?,
                name,
                started: fields.get(19)?.parse().ok()?,
            })
        })
        .collect()
}

/// The app's own process: the youngest, should an earlier run's app still be exiting.
fn app_process(procs: &[Process]) -> Option<&Process> {
    procs
        .iter()
        .filter(|p| p.name.starts_with("stratmap-app"))
        .max_by_key(|p| p.started)
}

/// Sums VmRSS and Pss (kB) of the app process and all its descendants; also each one's figures.
fn memory_of_app() -> (f64, f64, Vec<(String, f64, f64)>) {
    let procs = processes();
    let Some(app) = app_process(&procs).map(|p| p.pid) else {
        return (0.0, 0.0, Vec::new());
    };
    let mut family = vec![app];
    let mut i = 0;
    while i < family.len() {
        let parent = family[i];
        family.extend(procs.iter().filter(|p| p.parent == parent).map(|p| p.pid));
        i += 1;
    }
    let field = |pid: u32, file: &str, key: &str| -> f64 {
        std::fs::read_to_string(format!("/proc/{pid}/{file}"))
            .ok()
            .and_then(|t| {
                t.lines()
                    .find(|l| l.starts_with(key))
                    .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
            })
            .unwrap_or(0.0)
    };
    let each: Vec<(String, f64, f64)> = family
        .iter()
        .map(|pid| {
            let name = procs
                .iter()
                .find(|p| p.pid == *pid)
                .map(|p| p.name.clone())
                .unwrap_or_default();
            (
                name,
                field(*pid, "status", "VmRSS:"),
                field(*pid, "smaps_rollup", "Pss:"),
            )
        })
        .collect();
    let rss = each.iter().map(|e| e.1).sum();
    let pss = each.iter().map(|e| e.2).sum();
    (rss, pss, each)
}
