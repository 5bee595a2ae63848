//! The Debian package registers `.stratmap` as Stratmap's file type, checked on the real `.deb`
//! made by `scripts/build-deb.sh --debug` with the real tools: dpkg-deb reads the package,
//! desktop-file-validate and update-mime-database read its `.desktop` file and MIME definition;
//! then apt installs it, the system (shared-mime-info through GIO, as file managers ask it, and
//! xdg-mime) is asked what a `.stratmap` file is and which app opens it, `gio open` (a
//! double-click) starts the installed app on a real canvas, and the package is purged again.
//!
//! Nothing here skips: a missing `.deb`, tool, display or root rights fails the test.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant, SystemTime};

use stratmap_e2e::cli_binary;

const MIME: &str = "application/x-stratmap";
const PACKAGE: &str = "stratmap";
const BINARY: &str = "stratmap-app";

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => repo_root().join("target"),
    }
}

/// The root tauri.conf.json: the package's name, version and desktop file name come from it.
fn config() -> serde_json::Value {
    let text = fs::read_to_string(repo_root().join("tauri.conf.json")).expect("tauri.conf.json");
    serde_json::from_str(&text).expect("tauri.conf.json is JSON")
}

fn mtime(path: &Path) -> SystemTime {
    fs::metadata(path)
        .and_then(|m| m.modified())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The debug `.deb`, which must exist and be newer than the files it is made from.
fn deb_path(conf: &serde_json::Value) -> PathBuf {
    let arch = run("dpkg", &["--print-architecture"]);
    let name = format!(
        "{}_{}_{}.deb",
        conf["productName"].as_str().expect("productName"),
        conf["version"].as_str().expect("version"),
        arch.trim()
    );
    let deb = target_dir().join("debug/bundle/deb").join(name);
    assert!(
        deb.is_file(),
        "{} is missing: build it with `scripts/build-deb.sh --debug` first (scripts/test.sh does)",
        deb.display()
    );
    let root = repo_root();
    for source in [
        "tauri.conf.json",
        "src-tauri/linux/stratmap.desktop",
        "src-tauri/linux/stratmap-mime.xml",
    ] {
        assert!(
            mtime(&deb) >= mtime(&root.join(source)),
            "{} is older than {source}: rebuild it with `scripts/build-deb.sh --debug`",
            deb.display()
        );
    }
    deb
}

/// Runs a tool and returns its stdout; a tool that is missing or fails fails the test.
fn run(program: &str, args: &[&str]) -> String {
    run_with(Command::new(program).args(args))
}

fn run_with(cmd: &mut Command) -> String {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e} (scripts/setup.sh installs it)"));
    assert!(
        out.status.success(),
        "{cmd:?} failed ({}): {}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// The keys of a .desktop file's `[Desktop Entry]` group.
fn desktop_entry(text: &str) -> Vec<(String, String)> {
    let mut in_entry = false;
    let mut keys = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_entry = line == "[Desktop Entry]";
        } else if in_entry && let Some((k, v)) = line.split_once('=') {
            keys.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    keys
}

fn key<'a>(entry: &'a [(String, String)], name: &str) -> &'a str {
    entry
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("the .desktop file has no {name}= line: {entry:?}"))
}

#[test]
fn the_deb_registers_stratmap_files_with_the_app() {
    let conf = config();
    let deb = deb_path(&conf);
    let deb_str = deb.to_str().unwrap();
    let desktop_name = format!("{}.desktop", conf["productName"].as_str().unwrap());

    // The package's control fields.
    let field = |name: &str| {
        run("dpkg-deb", &["--field", deb_str, name])
            .trim()
            .to_string()
    };
    assert_eq!(field("Package"), PACKAGE);
    assert_eq!(field("Version"), conf["version"].as_str().unwrap());
    let depends = field("Depends");
    assert!(
        depends
            .split(',')
            .any(|d| d.trim().starts_with("libwebkit2gtk-4.1")),
        "Depends has no libwebkit2gtk-4.1: {depends}"
    );
    run("dpkg-deb", &["--info", deb_str]);

    // What it installs.
    let contents = run("dpkg-deb", &["--contents", deb_str]);
    let paths: Vec<&str> = contents
        .lines()
        .filter_map(|l| l.split_whitespace().nth(5))
        .map(|p| p.trim_start_matches("./"))
        .collect();
    for wanted in [
        format!("usr/bin/{BINARY}"),
        format!("usr/share/applications/{desktop_name}"),
        "usr/share/mime/packages/stratmap.xml".to_string(),
        format!("usr/share/icons/hicolor/32x32/apps/{BINARY}.png"),
        format!("usr/share/icons/hicolor/128x128/apps/{BINARY}.png"),
    ] {
        assert!(
            paths.contains(&wanted.as_str()),
            "the .deb has no {wanted}:\n{contents}"
        );
    }

    // Its .desktop file: valid, declares the MIME type, and passes the opened file to the app.
    let unpacked = tempfile::tempdir().unwrap();
    run(
        "dpkg-deb",
        &["-x", deb_str, unpacked.path().to_str().unwrap()],
    );
    let desktop_file = unpacked
        .path()
        .join("usr/share/applications")
        .join(&desktop_name);
    run("desktop-file-validate", &[desktop_file.to_str().unwrap()]);
    let entry = desktop_entry(&fs::read_to_string(&desktop_file).unwrap());
    assert_eq!(key(&entry, "Type"), "Application");
    let mime_types = key(&entry, "MimeType");
    assert!(
        mime_types.ends_with(';') && mime_types.split(';').any(|m| m == MIME),
        "MimeType={mime_types} does not list {MIME};"
    );
    let exec: Vec<&str> = key(&entry, "Exec").split_whitespace().collect();
    assert_eq!(exec[0], BINARY, "Exec={exec:?} does not start the app");
    assert!(
        exec[1..]
            .iter()
            .any(|a| ["%f", "%F", "%u", "%U"].contains(a)),
        "Exec={exec:?} has no %f/%F/%u/%U: the file manager could not pass the file"
    );

    // Its MIME definition, compiled by shared-mime-info's own tool with the system's base types.
    let mime_dir = unpacked.path().join("mime");
    fs::create_dir_all(mime_dir.join("packages")).unwrap();
    fs::copy(
        unpacked.path().join("usr/share/mime/packages/stratmap.xml"),
        mime_dir.join("packages/stratmap.xml"),
    )
    .unwrap();
    fs::copy(
        "/usr/share/mime/packages/freedesktop.org.xml",
        mime_dir.join("packages/freedesktop.org.xml"),
    )
    .expect("shared-mime-info's freedesktop.org.xml (scripts/setup.sh installs shared-mime-info)");
    run("update-mime-database", &[mime_dir.to_str().unwrap()]);
    let globs = fs::read_to_string(mime_dir.join("globs2")).unwrap();
    assert!(
        globs
            .lines()
            .any(|l| l.ends_with(&format!(":{MIME}:*.stratmap"))),
        "the package's MIME definition does not map *.stratmap to {MIME}"
    );

    // Installed for real, then asked of the system.
    let installed = Installed::new(&deb);
    let home = tempfile::tempdir().unwrap();
    let canvas = home.path().join("Board review.stratmap");
    assert!(
        Path::new(&format!("/usr/bin/{BINARY}")).is_file(),
        "apt installed no /usr/bin/{BINARY}"
    );
    run_with(
        Command::new(cli_binary())
            .args(["new", canvas.to_str().unwrap(), "--title", "Board review"])
            .args(["--template", "basic"]),
    );
    let user_env = |cmd: &mut Command| {
        // A fresh user: no mimeapps.list of ours decides the answers.
        cmd.env("HOME", home.path())
            .env("XDG_CONFIG_HOME", home.path().join(".config"))
            .env("XDG_DATA_HOME", home.path().join(".local/share"))
            .env_remove("XDG_DATA_DIRS")
            .env_remove("XDG_CONFIG_DIRS");
    };
    // What a file manager sees (GIO over shared-mime-info). xdg-mime asks GIO under a desktop
    // such as GNOME; with none it falls back to `file`, which only knows "SQLite".
    let mut cmd = Command::new("xdg-mime");
    user_env(
        cmd.args(["query", "filetype"])
            .arg(&canvas)
            .env("XDG_CURRENT_DESKTOP", "GNOME"),
    );
    assert_eq!(
        run_with(&mut cmd).trim(),
        MIME,
        "the system's type of a .stratmap file"
    );
    let mut cmd = Command::new("gio");
    user_env(
        cmd.args(["info", "-a", "standard::content-type"])
            .arg(&canvas),
    );
    let info = run_with(&mut cmd);
    assert!(
        info.contains(&format!("standard::content-type: {MIME}")),
        "gio info: {info}"
    );
    for desktop in ["", "GNOME"] {
        let mut cmd = Command::new("xdg-mime");
        user_env(
            cmd.args(["query", "default", MIME])
                .env("XDG_CURRENT_DESKTOP", desktop),
        );
        assert_eq!(
            run_with(&mut cmd).trim(),
            desktop_name,
            "the default app for {MIME} (XDG_CURRENT_DESKTOP={desktop:?})"
        );
    }

    // A double-click: `gio open` starts the installed app on the canvas, which opens it for
    // editing (the app then holds its lock).
    assert!(
        std::env::var_os("DISPLAY").is_some(),
        "no DISPLAY: run this test under xvfb-run (scripts/test.sh does)"
    );
    let mut cmd = Command::new("gio");
    user_env(
        cmd.arg("open")
            .arg(&canvas)
            .env("XDG_CURRENT_DESKTOP", "GNOME"),
    );
    // Not `output()`: the app inherits gio's stdout and stderr and keeps them open.
    let status = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("gio runs");
    assert!(
        status.success(),
        "gio open {} failed: {status}",
        canvas.display()
    );
    let app = LaunchedApp::find(&canvas);
    let deadline = Instant::now() + Duration::from_secs(20);
    while !is_locked(&canvas) {
        assert!(
            Instant::now() < deadline,
            "the app started by gio open did not open {} for editing",
            canvas.display()
        );
        sleep(Duration::from_millis(100));
    }
    drop(app);
    drop(installed);
    assert!(
        !is_installed(),
        "the package is still installed after the purge"
    );
}

/// True when another process holds the file's lock (`flock -n` cannot take it).
fn is_locked(file: &Path) -> bool {
    !Command::new("flock")
        .args(["-n", "-x"])
        .arg(file)
        .arg("true")
        .status()
        .expect("flock (util-linux) runs")
        .success()
}

fn is_installed() -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", PACKAGE])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
        .unwrap_or(false)
}

/// apt, as root (or through sudo without a password); waits for another apt to finish.
fn apt(args: &[&str]) -> Command {
    let root = run("id", &["-u"]).trim() == "0";
    let mut cmd = if root {
        Command::new("apt-get")
    } else {
        let mut c = Command::new("sudo");
        c.args(["-n", "apt-get"]);
        c
    };
    cmd.args(["-y", "-q", "-o", "DPkg::Lock::Timeout=300"])
        .args(args)
        .env("DEBIAN_FRONTEND", "noninteractive");
    cmd
}

/// The package installed for the length of the test; purged again on drop, even on a failure.
struct Installed;

impl Installed {
    fn new(deb: &Path) -> Installed {
        assert!(
            !is_installed(),
            "the {PACKAGE} package is already installed on this machine; this test installs and \
             removes it, so remove it first (apt-get purge {PACKAGE})"
        );
        let guard = Installed;
        run_with(apt(&["install", "--no-install-recommends"]).arg(deb));
        assert!(is_installed(), "apt-get install did not install {PACKAGE}");
        guard
    }
}

impl Drop for Installed {
    fn drop(&mut self) {
        let out = apt(&["purge", PACKAGE]).output();
        if !matches!(&out, Ok(o) if o.status.success()) && !std::thread::panicking() {
            panic!("apt-get purge {PACKAGE} failed: {out:?}");
        }
    }
}

/// The app process `gio open` started (found by its executable and its argument), stopped with
/// SIGTERM on drop.
struct LaunchedApp(u32);

impl LaunchedApp {
    fn find(file: &Path) -> LaunchedApp {
        let exe = PathBuf::from(format!("/usr/bin/{BINARY}"));
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            for entry in fs::read_dir("/proc").expect("/proc").flatten() {
                let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
                    continue;
                };
                if fs::read_link(entry.path().join("exe")).ok().as_ref() != Some(&exe) {
                    continue;
                }
                let cmdline = fs::read(entry.path().join("cmdline")).unwrap_or_default();
                let args: Vec<&[u8]> = cmdline.split(|b| *b == 0).collect();
                if args
                    .iter()
                    .skip(1)
                    .any(|a| Path::new(std::str::from_utf8(a).unwrap_or("")) == file)
                {
                    return LaunchedApp(pid);
                }
            }
            assert!(
                Instant::now() < deadline,
                "gio open started no {BINARY} with {} as its argument",
                file.display()
            );
            sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for LaunchedApp {
    fn drop(&mut self) {
        let pid = self.0.to_string();
        let _ = Command::new("kill").args(["-TERM", &pid]).status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Path::new(&format!("/proc/{pid}/exe")).exists() && Instant::now() < deadline {
            sleep(Duration::from_millis(100));
        }
    }
}
