//! Helpers for the crash, load and concurrency tests: the CLI, SQLite's integrity check, random
//! moments, the app's processes (find, SIGKILL, memory), and driving Export…/Import… with their
//! native dialogs.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use thirtyfour::prelude::*;

use crate::{Driver, FileDialog, answer_file_dialog, cli_binary, wait_for, xdotool};

/// Runs the `stratmap` CLI with `args` and returns what it did (status, stdout, stderr).
pub fn cli(args: &[&std::ffi::OsStr]) -> std::process::Output {
    Command::new(cli_binary())
        .args(args)
        .output()
        .expect("stratmap runs")
}

/// Runs the `stratmap` CLI and fails the test when it does not succeed.
pub fn cli_ok(args: &[&std::ffi::OsStr]) -> String {
    let out = cli(args);
    assert!(
        out.status.success(),
        "stratmap {:?} failed: {}",
        args,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// SQLite's own verdict on a file: `PRAGMA integrity_check` must answer the single row "ok".
pub fn integrity_check(file: &Path) -> String {
    let conn = rusqlite::Connection::open(file).expect("sqlite opens the file");
    let rows: Vec<String> = conn
        .prepare("PRAGMA integrity_check")
        .and_then(|mut s| {
            s.query_map([], |r| r.get::<_, String>(0))?
                .collect::<Result<_, _>>()
        })
        .expect("integrity_check runs");
    rows.join("; ")
}

/// The area names of the full template, in order.
pub const FULL_AREAS: [&str; 8] = [
    "End goal",
    "Growth strategy",
    "Marketing strategy",
    "R&D and innovation",
    "Success metrics",
    "Organisation",
    "Customer research",
    "Time horizon",
];

/// A CSV of `rows` initiatives named "{prefix} {n}", spread over the full template's areas.
pub fn initiatives_csv(rows: usize, prefix: &str) -> String {
    let mut csv = String::from("area,title,position,owner,status,impact,notes\n");
    for n in 0..rows {
        csv += &format!(
            "{},{prefix} {n},{},Owner {},active,{},\n",
            FULL_AREAS[n % 8],
            (n * 37 % 201) as i64 - 100,
            n % 9,
            1 + n % 3
        );
    }
    csv
}

/// Every initiative of a `show --json` document as (title, position).
pub fn positions(doc: &serde_json::Value) -> std::collections::BTreeMap<String, f64> {
    doc["areas"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|a| a["initiatives"].as_array().into_iter().flatten())
        .map(|i| {
            (
                i["title"].as_str().unwrap_or_default().to_string(),
                i["position"].as_f64().unwrap_or(f64::NAN),
            )
        })
        .collect()
}

/// A small deterministic random source (xorshift); the seed comes from STRATMAP_E2E_SEED or the
/// clock, and is printed so a failing run can be repeated.
pub struct Random(u64);

impl Random {
    pub fn seeded(label: &str) -> Random {
        let seed = std::env::var("STRATMAP_E2E_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos() as u64)
                    .unwrap_or(1)
            })
            | 1;
        println!("{label}: STRATMAP_E2E_SEED={seed}");
        Random(seed)
    }

    pub fn draw(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number in `low..high` (high excluded).
    pub fn between(&mut self, low: u64, high: u64) -> u64 {
        low + self.draw() % (high - low).max(1)
    }
}

/// One process: (pid, parent pid, name as /proc shows it).
fn processes() -> Vec<(u32, u32, String)> {
    std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter_map(|pid| {
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
            let name = stat.split('(').nth(1)?.split(')').next()?.to_string();
            let mut rest = stat.rsplit(')').next()?.split_whitespace();
            // A zombie is gone once its last thread is: a thread-group leader that has exited
            // while other threads still run shows "Z" but still holds its files (and locks).
            let state = rest.next()?;
            let threads = std::fs::read_dir(format!("/proc/{pid}/task")).map_or(0, |t| t.count());
            if state == "Z" && threads <= 1 {
                return None;
            }
            Some((pid, rest.next()?.parse().ok()?, name))
        })
        .collect()
}

/// `root` and every living process below it.
fn family(root: u32) -> Vec<(u32, String)> {
    let procs = processes();
    let mut found: Vec<(u32, String)> = procs
        .iter()
        .filter(|p| p.0 == root)
        .map(|p| (p.0, p.2.clone()))
        .collect();
    let mut i = 0;
    while i < found.len() {
        let parent = found[i].0;
        found.extend(
            procs
                .iter()
                .filter(|p| p.1 == parent)
                .map(|p| (p.0, p.2.clone())),
        );
        i += 1;
    }
    found
}

impl Driver {
    /// The app processes this driver started that are alive (usually one).
    pub fn app_pids(&self) -> Vec<u32> {
        family(self.child.id())
            .into_iter()
            .filter(|(_, name)| name.starts_with("stratmap-app"))
            .map(|(pid, _)| pid)
            .collect()
    }

    /// The one running app process; fails the test when there is none or more than one.
    pub fn app_pid(&self) -> u32 {
        let pids = self.app_pids();
        assert_eq!(pids.len(), 1, "one app process expected, found {pids:?}");
        pids[0]
    }

    /// SIGKILLs the app process `pid` (no chance to clean up, as in a power cut of the process)
    /// and waits until it is gone.
    pub fn kill_app(pid: u32) {
        let _ = Command::new("kill")
            .args(["-KILL", &pid.to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while processes().iter().any(|p| p.0 == pid) {
            assert!(Instant::now() < deadline, "app {pid} survived SIGKILL");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The memory of the app and every process below it (WebKit's web and network processes):
    /// (name, RSS kB, PSS kB) for each.
    pub fn app_memory(&self) -> Vec<(String, f64, f64)> {
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
        self.app_pids()
            .into_iter()
            .flat_map(family)
            .map(|(pid, name)| {
                (
                    name,
                    field(pid, "status", "VmRSS:"),
                    field(pid, "smaps_rollup", "Pss:"),
                )
            })
            .collect()
    }
}

/// What the Export menu is asked for.
#[derive(Debug, Clone, Copy)]
pub enum ExportKind {
    Png { scale: u32 },
    Pdf,
}

/// Export… → PNG (at `scale`) or PDF → Export…, then types `out` into the native save dialog
/// (and confirms replacing it when it exists). Returns when the dialog has been answered (the
/// export then runs in the app).
pub async fn start_export(app: &WebDriver, kind: ExportKind, out: &Path) {
    app.find(By::Css("[data-testid='export']"))
        .await
        .expect("the Export button")
        .click()
        .await
        .expect("click Export");
    match kind {
        ExportKind::Png { scale } => {
            wait_for(app, By::Css("[data-testid='export-png']"))
                .await
                .click()
                .await
                .expect("choose PNG");
            let select = app
                .find(By::Css("[data-testid='export-scale']"))
                .await
                .expect("the scale menu");
            thirtyfour::components::SelectElement::new(&select)
                .await
                .expect("a select")
                .select_by_index(scale - 1)
                .await
                .expect("choose the scale");
        }
        ExportKind::Pdf => {
            wait_for(app, By::Css("[data-testid='export-pdf']"))
                .await
                .click()
                .await
                .expect("choose PDF");
        }
    }
    app.find(By::Css("[data-testid='export-run']"))
        .await
        .expect("the Export… button of the menu")
        .click()
        .await
        .expect("click Export…");
    let replacing = out.exists();
    answer_file_dialog("Export", FileDialog::Save, out).await;
    if replacing {
        confirm_replace("Export").await;
    }
}

/// Import… then types `source` into the native open dialog; returns once it is answered.
pub async fn start_import(app: &WebDriver, source: &Path) {
    app.find(By::Css("[data-testid='import']"))
        .await
        .expect("the Import button")
        .click()
        .await
        .expect("click Import");
    answer_file_dialog("Import", FileDialog::Open, source).await;
}

/// The hidden temporary files (`.NAME.PID.partial` / `.creating`) left in `folder`.
pub fn leftovers(folder: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            name.starts_with('.') && (name.contains(".partial") || name.contains(".creating"))
        })
        .collect()
}

/// Answers GTK's "A file named … already exists. Do you want to replace it?" question over the
/// save dialog titled `title` with Replace (its mnemonic, Alt+R), as a user would. The question
/// is a window with no name, newer than the dialog; without a window manager it must be focused.
pub async fn confirm_replace(title: &str) {
    let ids = |pattern: &str| -> Vec<u64> {
        xdotool(&["search", "--onlyvisible", "--name", pattern])
            .lines()
            .filter_map(|l| l.trim().parse().ok())
            .collect()
    };
    let dialog = ids(&format!("^{title}$")).into_iter().max();
    let dialog = dialog.unwrap_or_else(|| panic!("no {title} dialog is showing"));
    for _ in 0..50 {
        if let Some(question) = ids("^$").into_iter().filter(|id| *id > dialog).min() {
            tokio::time::sleep(Duration::from_millis(300)).await;
            xdotool(&["windowfocus", "--sync", &question.to_string()]);
            xdotool(&["key", "alt+r"]);
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("GTK did not ask whether to replace the file");
}

/// Ends a session whose app may have been killed. WebKitWebDriver sometimes never answers the
/// "delete session" of an app killed mid-way; then give up after ten seconds and leak the session
/// (dropping it would block on the same request) and return false: that driver cannot start
/// another session, so start a new `Driver`.
pub async fn end_session(app: WebDriver) -> bool {
    let mut quit = Box::pin(app.quit());
    tokio::select! {
        _ = &mut quit => true,
        () = tokio::time::sleep(Duration::from_secs(10)) => {
            std::mem::forget(quit);
            eprintln!("WebKitWebDriver did not end the killed app's session; a new driver takes over");
            false
        }
    }
}

/// Starts the app like `Driver::launch`, but when no session comes within a minute (seen now and
/// then right after a SIGKILL: WebKitWebDriver waits for an app that never shows up), replaces the
/// driver by a new one and tries once more.
pub async fn launch_fresh(driver: &mut Driver, args: &[&Path]) -> WebDriver {
    for attempt in 1..=2 {
        match tokio::time::timeout(Duration::from_secs(60), driver.launch(args)).await {
            Ok(app) => return app,
            Err(_) => {
                eprintln!("no app session after 60 s (attempt {attempt}); a new driver takes over");
                *driver = Driver::start();
            }
        }
    }
    panic!("the app did not start, twice in a row");
}
