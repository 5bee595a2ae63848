//! The Debian package registers `.stratmap` as Stratmap's file type, checked on the real `.deb`
//! made by `scripts/build-deb.sh --debug` with the real tools: dpkg-deb reads the package,
//! desktop-file-validate and update-mime-database read its `.desktop` file and MIME definition;
//! then apt installs it, the system (shared-mime-info through GIO, as file managers ask it, and
//! xdg-mime) is asked what a `.stratmap` file is and which app opens it, `gio open` (a
//! double-click) starts the installed app on a real canvas, and the package is purged again.
//!
//! Nothing here skips: a missing `.deb`, tool, display or root rights fails the test.
//!
//! Finding and reading the package is in `bundle/package.rs`; running tools, installing the
//! package and finding the app it starts are in `bundle/system.rs`.

#[path = "bundle/package.rs"]
mod package;
#[path = "bundle/system.rs"]
mod system;

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use stratmap_e2e::cli_binary;

use package::{config, deb_path, desktop_entry, key};
use system::{Installed, LaunchedApp, is_installed, is_locked, run, run_with};

const MIME: &str = "application/x-stratmap";
const PACKAGE: &str = "stratmap";
const BINARY: &str = "stratmap-app";

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
    let description = field("Description");
    assert!(
        description.lines().count() > 1 && !description.contains("(none)"),
        "Description has no long text: {description}"
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
        format!("usr/share/icons/hicolor/256x256/apps/{BINARY}.png"),
    ] {
        assert!(
            paths.contains(&wanted.as_str()),
            "the .deb has no {wanted}:\n{contents}"
        );
    }
    // Icon themes only know folders named SIZExSIZE (or SIZExSIZE@SCALE with a scale of 2 or more).
    for path in paths
        .iter()
        .filter(|p| p.starts_with("usr/share/icons/hicolor/"))
    {
        let size = path.split('/').nth(4).unwrap_or("");
        assert!(
            size.is_empty() || size.split('x').all(|n| n.parse::<u32>().is_ok()),
            "icon in a folder icon themes do not read: {path}"
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
    // A first start after installing reads the whole debug binary from disk: give it time.
    let deadline = Instant::now() + Duration::from_secs(60);
    while !is_locked(&canvas) {
        assert!(
            Instant::now() < deadline,
            "the app started by gio open did not open {} for editing within 60 s (app {})",
            canvas.display(),
            if app.is_running() {
                "still running"
            } else {
                "gone"
            }
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
