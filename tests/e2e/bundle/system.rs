//! Running the system's tools, and the changes the test makes to the machine, each undone on
//! drop: the package installed with apt, the app process `gio open` started.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

use crate::{BINARY, PACKAGE};

/// Runs a tool and returns its stdout; a tool that is missing or fails fails the test.
pub fn run(program: &str, args: &[&str]) -> String {
    run_with(Command::new(program).args(args))
}

pub fn run_with(cmd: &mut Command) -> String {
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

/// True when another process holds the file's lock (`flock -n` cannot take it).
pub fn is_locked(file: &Path) -> bool {
    !Command::new("flock")
        .args(["-n", "-x"])
        .arg(file)
        .arg("true")
        .status()
        .expect("flock (util-linux) runs")
        .success()
}

pub fn is_installed() -> bool {
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
pub struct Installed;

impl Installed {
    pub fn new(deb: &Path) -> Installed {
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
pub struct LaunchedApp(u32);

impl LaunchedApp {
    /// Whether the process is still there (for a failure message).
    pub fn is_running(&self) -> bool {
        Path::new(&format!("/proc/{}/exe", self.0)).exists()
    }

    pub fn find(file: &Path) -> LaunchedApp {
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
