//! Crash safety of export in the real app: SIGKILL the app while it renders or writes a PNG (scale
//! 4) or a PDF. The destination then holds either the complete previous file or nothing (when there
//! was none), or the complete new export; never part of one. The canvas file is intact.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use stratmap_e2e::{
    Driver, ExportKind, Random, card, cli_ok, end_session, initiatives_csv, integrity_check,
    launch_fresh, leftovers, positions, show_json, start_export, wait_for,
};

const CARDS: usize = 60;

/// How the kill is timed.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Moment {
    /// A random delay (in this range of ms) after the save dialog is answered.
    Random(u64, u64),
    /// As soon as the temporary file appears beside the destination (while writing it).
    Writing,
}

#[tokio::test(flavor = "multi_thread")]
async fn sigkill_during_export_leaves_the_old_file_or_nothing() {
    let mut driver = Driver::start();
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let file = home.join("Export.stratmap");
    let csv = home.join("cards.csv");
    std::fs::write(&csv, initiatives_csv(CARDS, "Export card")).unwrap();
    cli_ok(&[
        "new".as_ref(),
        file.as_os_str(),
        "--template".as_ref(),
        "full".as_ref(),
    ]);
    cli_ok(&["import".as_ref(), csv.as_os_str(), file.as_os_str()]);
    let before = positions(&show_json(&file));
    let out = home.join("out");
    std::fs::create_dir(&out).unwrap();
    let cli_export = |flag: &str, scale: &[&str], to: &Path| {
        let mut args = vec![
            "export".as_ref(),
            file.as_os_str(),
            flag.as_ref(),
            to.as_os_str(),
        ];
        args.extend(scale.iter().map(std::ffi::OsStr::new));
        cli_ok(&args);
        std::fs::read(to).unwrap()
    };
    // What a finished export holds: the app and the CLI render the same bytes. The scale-4 one
    // is slow to make in a debug build, so only when a kill came after its export finished.
    let reference = home.join("reference");
    let png_1 = cli_export("--png", &["--scale", "1"], &reference.with_extension("png"));
    let pdf = cli_export("--pdf", &[], &reference.with_extension("pdf"));
    let png_4 = std::cell::OnceCell::new();
    let old = b"an older export, which a failed export must leave as it was".to_vec();

    let mut random = Random::seeded("crash_export");
    let started = Instant::now();
    let mut table: Vec<String> = Vec::new();
    let (png4, png1) = (ExportKind::Png { scale: 4 }, ExportKind::Png { scale: 1 });
    let plan = [
        (png4, Moment::Random(200, 3000), true),
        (png4, Moment::Random(200, 3000), false),
        (png1, Moment::Writing, true),
        (png1, Moment::Writing, false),
        (png1, Moment::Writing, true),
        (png1, Moment::Random(1000, 6000), true),
        (png1, Moment::Random(1000, 6000), false),
        (ExportKind::Pdf, Moment::Writing, true),
        (ExportKind::Pdf, Moment::Writing, false),
        (ExportKind::Pdf, Moment::Random(500, 4000), true),
        (ExportKind::Pdf, Moment::Random(500, 4000), false),
    ];
    for (round, (kind, moment, had_old)) in plan.into_iter().enumerate() {
        let name = match kind {
            ExportKind::Pdf => format!("round{round}.pdf"),
            ExportKind::Png { .. } => format!("round{round}.png"),
        };
        let new = |bytes: &[u8]| match kind {
            ExportKind::Pdf => bytes == pdf,
            ExportKind::Png { scale: 1 } => bytes == png_1,
            ExportKind::Png { .. } => {
                let png = reference.with_extension("4.png");
                bytes == png_4.get_or_init(|| cli_export("--png", &["--scale", "4"], &png))
            }
        };
        let dest = out.join(&name);
        if had_old {
            std::fs::write(&dest, &old).unwrap();
        }
        let app = launch_fresh(&mut driver, &[&file]).await;
        wait_for(&app, card("Export card 0")).await;
        let pid = driver.app_pid();
        start_export(&app, kind, &dest).await;
        let answered = Instant::now();
        let old_inode = inode(&dest);
        let delay = match moment {
            Moment::Random(low, high) => {
                let delay = Duration::from_millis(random.between(low, high));
                tokio::time::sleep(delay).await;
                delay
            }
            Moment::Writing => {
                // The writer's temporary file is `.NAME.PID.partial` beside the destination. A
                // shell spins until it appears, then a random few thousand turns more (so the
                // kill lands while writing, syncing or renaming), then kills: far quicker than
                // starting a `kill` from here once the file is seen.
                let temp = out.join(format!(".{name}.{pid}.partial"));
                let spins = random.between(0, 4000).to_string();
                // Not niced: a niced spinner on a busy machine misses the few milliseconds.
                let mut watcher = Command::new("sh")
                    .arg("-c")
                    .arg(WATCH_AND_KILL)
                    .args(["watch".as_ref(), temp.as_os_str()])
                    .args([pid.to_string(), spins])
                    .stdout(std::process::Stdio::piped())
                    .spawn()
                    .expect("sh runs");
                while watcher.try_wait().expect("the watcher").is_none() {
                    // A small file can be written and renamed between two looks: then the
                    // export has finished before the kill.
                    if inode(&dest) != old_inode {
                        let _ = watcher.kill();
                        break;
                    }
                    if answered.elapsed() > Duration::from_secs(120) {
                        let _ = watcher.kill();
                        panic!("round {round}: the export never started writing");
                    }
                    tokio::time::sleep(Duration::from_millis(5)).await;
                }
                let said = watcher.wait_with_output().expect("the watcher").stdout;
                let said = String::from_utf8_lossy(&said);
                assert!(
                    !said.contains("gone"),
                    "round {round}: the app ended by itself during the export"
                );
                answered.elapsed()
            }
        };
        Driver::kill_app(pid);
        if !end_session(app).await {
            driver = Driver::start();
        }

        let outcome = match std::fs::read(&dest) {
            Err(_) if !had_old => "nothing (as before)",
            Ok(bytes) if had_old && bytes == old => "the previous file, whole",
            Ok(bytes) if new(&bytes) => "the new export, whole",
            Ok(bytes) => panic!(
                "round {round} ({kind:?}, {moment:?}): {} holds {} bytes that are neither the \
                 previous file nor the complete export",
                dest.display(),
                bytes.len(),
            ),
            Err(err) => panic!("round {round}: the previous {name} is gone: {err}"),
        };
        assert_eq!(
            integrity_check(&file),
            "ok",
            "round {round}: canvas damaged"
        );
        assert_eq!(
            positions(&show_json(&file)),
            before,
            "round {round}: canvas changed"
        );
        let left = leftovers(&out);
        let line = format!(
            "round {round}: {kind:?}, {}, killed {moment:?} after {} ms → destination: \
             {outcome}; temporary files left beside it: {}",
            if had_old {
                "over an older file"
            } else {
                "new file"
            },
            delay.as_millis(),
            left.len()
        );
        println!("{line}");
        table.push(line);
        for path in left {
            std::fs::remove_file(path).unwrap();
        }
    }
    println!(
        "{} export kills in {:.0} s",
        table.len(),
        started.elapsed().as_secs_f64()
    );
}

/// `sh -c` script: $1 the file to wait for, $2 the pid to kill, $3 how many turns to wait more.
const WATCH_AND_KILL: &str = r#"
while [ ! -e "$1" ]; do [ -d "/proc/$2" ] || { echo "the app was gone"; exit 0; }; done
i=0; while [ "$i" -lt "$3" ]; do i=$((i + 1)); done
kill -KILL "$2" 2>/dev/null && echo "killed while writing" || echo "the app was gone"
"#;

/// The file's inode, which a rename into place changes; `None` when there is no file.
fn inode(path: &Path) -> Option<u64> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).ok().map(|m| m.ino())
}
