//! Driving the real Stratmap app: a tauri-driver per test (so each test has its own library
//! folder and home), a WebDriver session on the app binary, and helpers to read what a user sees.
//! Missing prerequisites fail loudly: a skipped end-to-end test would report a pass.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use thirtyfour::prelude::*;

pub mod chromium;
pub mod window;

/// The workspace's target folder (honours CARGO_TARGET_DIR).
fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"),
    }
}

/// The build profile whose binaries are driven: `debug` unless STRATMAP_PROFILE says `release`.
fn profile() -> String {
    std::env::var("STRATMAP_PROFILE").unwrap_or_else(|_| "debug".to_string())
}

/// The app binary, built by `cargo build -p stratmap-app` before these tests run.
pub fn app_binary() -> PathBuf {
    let path = target_dir().join(profile()).join("stratmap-app");
    assert!(
        path.exists(),
        "{} is missing: build it with `cargo build -p stratmap-app` first",
        path.display()
    );
    path.canonicalize().expect("app binary path")
}

/// The `stratmap` CLI binary, built alongside the app.
pub fn cli_binary() -> PathBuf {
    let path = target_dir().join(profile()).join("stratmap");
    assert!(
        path.exists(),
        "{} is missing: build it with `cargo build -p stratmap-cli` first",
        path.display()
    );
    path
}

/// Runs `stratmap show FILE --json` and parses it.
pub fn show_json(file: &Path) -> serde_json::Value {
    let out = Command::new(cli_binary())
        .args(["show", "--json"])
        .arg(file)
        .output()
        .expect("stratmap runs");
    assert!(
        out.status.success(),
        "stratmap show failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("show --json prints JSON")
}

/// Waits until a driver we started listens on `port` (127.0.0.1), for at most 20 s.
pub(crate) fn wait_for_port(port: u16, driver: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "{driver} did not open port {port}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

pub(crate) fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// One running tauri-driver with its own isolated home and library folder.
pub struct Driver {
    child: Child,
    port: u16,
    pub home: tempfile::TempDir,
}

impl Driver {
    pub fn start() -> Driver {
        assert!(
            std::env::var_os("DISPLAY").is_some(),
            "no DISPLAY: run the end-to-end tests under xvfb-run (scripts/test.sh does)"
        );
        let tauri_driver = which("tauri-driver")
            .expect("tauri-driver is not installed: cargo install tauri-driver --locked");
        which("WebKitWebDriver")
            .expect("WebKitWebDriver is not installed: apt-get install webkit2gtk-driver");
        park_pointer();
        let home = tempfile::tempdir().expect("temp home");
        let port = free_port();
        let native_port = free_port();
        let child = Command::new(tauri_driver)
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
            ])
            .env("HOME", home.path())
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .env("XDG_DATA_HOME", home.path().join("data"))
            .env("STRATMAP_LIBRARY", home.path().join("Stratmap"))
            .stdout(if std::env::var_os("STRATMAP_E2E_LOG").is_some() {
                Stdio::inherit()
            } else {
                Stdio::null()
            })
            .stderr(if std::env::var_os("STRATMAP_E2E_LOG").is_some() {
                Stdio::inherit()
            } else {
                Stdio::null()
            })
            .spawn()
            .expect("tauri-driver starts");
        wait_for_port(port, "tauri-driver");
        Driver { child, port, home }
    }

    pub fn library(&self) -> PathBuf {
        self.home.path().join("Stratmap")
    }

    /// Starts the app (optionally on a file) and returns its WebDriver session.
    pub async fn launch(&self, args: &[&Path]) -> WebDriver {
        let mut caps = Capabilities::new();
        caps.set("browserName", "wry").expect("capability");
        let args: Vec<String> = args.iter().map(|p| p.display().to_string()).collect();
        caps.set(
            "tauri:options",
            serde_json::json!({ "application": app_binary(), "args": args }),
        )
        .expect("capability");
        let url = format!("http://127.0.0.1:{}", self.port);
        // tauri-driver accepts connections a moment before WebKitWebDriver behind it is ready.
        let mut attempts = 0;
        loop {
            match WebDriver::new(&url, caps.clone()).await {
                Ok(driver) => return driver,
                Err(err) if attempts < 10 => {
                    attempts += 1;
                    eprintln!("session not ready yet ({err}); retrying");
                    tokio::time::sleep(Duration::from_millis(300)).await;
                }
                Err(err) => panic!("no WebDriver session on the app: {err}"),
            }
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        // SIGTERM lets tauri-driver stop WebKitWebDriver too (SIGKILL would orphan it).
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub(crate) fn which(program: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(program))
            .find(|p| p.is_file())
    })
}

/// Waits until `find` returns an element, for up to ten seconds; on failure the panic shows what
/// the window showed instead (so a CI log says why).
pub async fn wait_for(driver: &WebDriver, by: By) -> WebElement {
    let found = driver
        .query(by.clone())
        .wait(Duration::from_secs(10), Duration::from_millis(100))
        .first()
        .await;
    match found {
        Ok(element) => element,
        Err(err) => {
            let shown = driver
                .execute("return document.body.innerText", vec![])
                .await
                .map(|r| r.json().to_string())
                .unwrap_or_default();
            let shown: String = shown.chars().take(1500).collect();
            panic!("{by:?} did not appear ({err}); the window showed: {shown}");
        }
    }
}

/// A card (role=slider) by its title.
pub fn card(title: &str) -> By {
    By::Css(format!("[role='slider'][aria-label='{title}']"))
}

/// The position a card announces.
pub async fn position_of(card: &WebElement) -> f64 {
    card.attr("aria-valuenow")
        .await
        .expect("attribute")
        .expect("aria-valuenow")
        .parse()
        .expect("a number")
}

/// Which kind of native file dialog is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileDialog {
    Open,
    Save,
}

/// Moves the display's real pointer to its bottom-right corner, outside every app window (the
/// test display is larger than the 1280×800 windows, and no window manager moves them). The
/// tests run side by side on one display: a pointer left over a window would send it crossing
/// events whenever another test's window maps or resizes, and a webview takes those for pointer
/// moves, tearing a card out of a drag the driver is making.
pub fn park_pointer() {
    let geometry = xdotool(&["getdisplaygeometry"]);
    let mut size = geometry
        .split_whitespace()
        .filter_map(|n| n.parse::<u32>().ok());
    let (width, height) = (size.next().unwrap_or(1), size.next().unwrap_or(1));
    xdotool(&[
        "mousemove",
        &(width.saturating_sub(1)).to_string(),
        &(height.saturating_sub(1)).to_string(),
    ]);
}

/// Runs xdotool and gives what it printed.
pub fn xdotool(args: &[&str]) -> String {
    let output = Command::new("xdotool")
        .args(args)
        .output()
        .expect("xdotool is installed");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Waits for the native (GTK) dialog titled `title` and focuses it: without a window manager
/// the dialog does not take focus by itself. Gives its window id.
pub async fn focus_native_dialog(title: &str) -> String {
    let pattern = format!("^{title}$");
    let mut dialog = String::new();
    for _ in 0..50 {
        dialog = xdotool(&["search", "--name", &pattern])
            .lines()
            .last()
            .unwrap_or_default()
            .to_string();
        if !dialog.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(!dialog.is_empty(), "the native {title} dialog did not open");
    tokio::time::sleep(Duration::from_millis(800)).await;
    xdotool(&["windowfocus", "--sync", &dialog]);
    dialog
}

/// Answers a native (GTK) file dialog titled `title` by typing `path`, as a user would: focus
/// it; in a save dialog click into the name field at its top, in an open dialog press Ctrl+L for
/// the location field; then replace the text and press Return.
pub async fn answer_file_dialog(title: &str, kind: FileDialog, path: &Path) {
    let dialog = focus_native_dialog(title).await;
    match kind {
        FileDialog::Save => {
            xdotool(&["mousemove", "--window", &dialog, "400", "27", "click", "1"]);
            park_pointer();
        }
        FileDialog::Open => {
            xdotool(&["key", "ctrl+l"]);
        }
    };
    tokio::time::sleep(Duration::from_millis(300)).await;
    xdotool(&["key", "ctrl+a"]);
    xdotool(&["type", "--delay", "10", &path.display().to_string()]);
    tokio::time::sleep(Duration::from_millis(300)).await;
    xdotool(&["key", "Return"]);
}

// Helpers for the crash, load and concurrency tests (faults.rs).
mod faults;
pub use faults::*;
