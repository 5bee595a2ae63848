//! `stratmap host` as a user runs it: the two links on stdout, a reader in another process while
//! it serves, a clean stop on SIGTERM, its refusals, and a SIGKILL in the middle of a session of
//! many devices after which every acknowledged change is in the file and the session resumes.
//! Every host binds 127.0.0.1; every loop is bounded.

#[path = "../../stratmap-live/tests/common/client.rs"]
mod client;
mod common;

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use client::Device;
use common::{ok, stratmap};
use stratmap_core::model::Phase;
use stratmap_core::{Access, CanvasFile};
use stratmap_live::protocol::ClientMessage;

struct Hosting {
    child: Child,
    participants: String,
    facilitator: String,
    addr: SocketAddr,
}

impl Drop for Hosting {
    /// A failing test must not leave its host serving.
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn host(file: &Path, port: &str) -> Hosting {
    let mut child = Command::new(env!("CARGO_BIN_EXE_stratmap"))
        .args([
            "host",
            &file.display().to_string(),
            "--bind",
            "127.0.0.1",
            "--port",
            port,
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("stratmap host starts");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let mut next = |label: &str| {
        let line = lines.next().expect("a line").expect("text");
        line.strip_prefix(label)
            .unwrap_or_else(|| panic!("{line:?} is not {label}"))
            .to_string()
    };
    let participants = next("participants: ");
    let facilitator = next("facilitator: ");
    let authority = participants
        .strip_prefix("http://")
        .and_then(|r| r.split('/').next())
        .expect("address");
    let addr = authority.parse().expect("an address");
    Hosting {
        child,
        participants,
        facilitator,
        addr,
    }
}

fn canvas(dir: &Path) -> std::path::PathBuf {
    let file = dir.join("offsite.stratmap");
    ok(&["new", &file.display().to_string(), "--title", "Q3 offsite"]);
    file
}

fn terminate(child: &mut Child) -> std::process::ExitStatus {
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            return status;
        }
        assert!(
            Instant::now() < deadline,
            "stratmap host did not stop on SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime")
}

async fn facilitator(h: &Hosting) -> Device {
    let reply = client::http(h.addr, "GET", &client::path_of(&h.facilitator), &[], "").await;
    Device::connect(h.addr, &reply.cookie().expect("cookie")).await
}

#[test]
fn host_prints_its_links_serves_readers_alongside_and_stops_cleanly_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let file = canvas(dir.path());
    let mut hosting = host(&file, "0");
    assert!(hosting.participants.starts_with("http://127.0.0.1:"));
    let secret = hosting.participants.rsplit('/').next().unwrap();
    assert!(secret.len() >= 32 && secret.chars().all(|c| c.is_ascii_hexdigit()));
    assert_ne!(
        hosting.participants.rsplit('/').next(),
        hosting.facilitator.rsplit('/').next()
    );
    runtime().block_on(async {
        let cookies = client::join(hosting.addr, &hosting.participants, "Ana")
            .await
            .expect("join");
        let mut ana = Device::connect(hosting.addr, &cookies).await;
        let mut boss = facilitator(&hosting).await;
        boss.request(|request| ClientMessage::SetPhase {
            request,
            phase: Phase::Placement,
            allowance: None,
        })
        .await
        .expect("placement");
        let area = ana
            .wait_view(|v| v.phase == Phase::Placement)
            .await
            .board
            .areas[0]
            .id;
        ana.request(|request| ClientMessage::AddDraft {
            request,
            area_id: area,
            title: "Private".into(),
            position: 5.0,
            lane_offset: 0.5,
        })
        .await
        .expect("draft");
        boss.request(|request| ClientMessage::SetPhase {
            request,
            phase: Phase::Discussion,
            allowance: None,
        })
        .await
        .expect("reveal");
    });
    // Another process reads the current state while the host holds the file.
    let shown: serde_json::Value =
        serde_json::from_str(&ok(&["show", &file.display().to_string(), "--json"])).unwrap();
    let titles: Vec<&str> = shown["areas"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|a| a["initiatives"].as_array().unwrap())
        .map(|i| i["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["Private"]);
    // And the host holds the editing lock.
    let second = stratmap(&[
        "host",
        &file.display().to_string(),
        "--bind",
        "127.0.0.1",
        "--port",
        "0",
    ]);
    assert_eq!(second.code, 1);
    assert!(
        second.stderr.contains("open for editing elsewhere"),
        "{}",
        second.stderr
    );

    let status = terminate(&mut hosting.child);
    assert!(status.success(), "{status:?}");
    // Stopped cleanly: the lock is released and nothing is left beside the file.
    ok(&[
        "set-target",
        &file.display().to_string(),
        "--area",
        "End goal",
        "--target",
        "10",
    ]);
    let leftovers: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "offsite.stratmap")
        .collect();
    assert!(
        leftovers
            .iter()
            .all(|n| n.ends_with("-wal") || n.ends_with("-shm")),
        "{leftovers:?}"
    );
}

#[test]
fn host_refuses_a_bad_address_or_port_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = canvas(dir.path());
    let shown = file.display().to_string();
    for (args, message) in [
        (
            vec!["host", &shown, "--bind", "my laptop"],
            "--bind is not valid: \"my laptop\" is not an IP address",
        ),
        (
            vec!["host", &shown, "--bind", "127.0.0.1", "--port", "70000"],
            "--port is not valid: \"70000\" is not a port number from 0 to 65535",
        ),
        (
            vec!["host", "missing.stratmap", "--bind", "127.0.0.1"],
            "missing.stratmap: no such file",
        ),
    ] {
        let run = stratmap(&args);
        assert_eq!(run.code, 1, "{args:?}");
        assert!(
            run.stderr.starts_with(&format!("stratmap: {message}")),
            "{args:?}: {}",
            run.stderr
        );
        assert_eq!(run.stderr.lines().count(), 1);
    }
}

/// What a device saw acknowledged: each draft's title and the last position the host acked.
type Acked = Vec<(String, f64)>;

#[test]
fn a_host_killed_mid_session_loses_nothing_acknowledged_and_resumes() {
    const DEVICES: usize = 8;
    const DRAFTS: usize = 6;
    let dir = tempfile::tempdir().unwrap();
    let file = canvas(dir.path());
    let mut hosting = host(&file, "0");
    let port = hosting.addr.port().to_string();
    let rt = runtime();
    let (cookies, acked): (Vec<String>, Vec<Acked>) = rt.block_on(async {
        let mut boss = facilitator(&hosting).await;
        boss.request(|request| ClientMessage::SetPhase {
            request,
            phase: Phase::Placement,
            allowance: None,
        })
        .await
        .expect("placement");
        let acks = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let mut tasks = Vec::new();
        for n in 0..DEVICES {
            let acks = acks.clone();
            let cookies = client::join(hosting.addr, &hosting.participants, &format!("Person {n}"))
                .await
                .expect("join");
            let addr = hosting.addr;
            tasks.push(tokio::spawn(async move {
                let mut device = Device::connect(addr, &cookies).await;
                let area = device.view.as_ref().unwrap().board.areas[0].id;
                let mut acked: Acked = Vec::new();
                // Keep adding and moving until the host dies under us (bounded in count).
                'work: for d in 0..DRAFTS {
                    let title = format!("P{n} card {d}");
                    let t = title.clone();
                    if device
                        .request(move |request| ClientMessage::AddDraft {
                            request,
                            area_id: area,
                            title: t,
                            position: 0.0,
                            lane_offset: 0.5,
                        })
                        .await
                        .is_err()
                    {
                        break 'work;
                    }
                    acked.push((title.clone(), 0.0));
                    acks.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    let id = device
                        .wait_view(|v| v.drafts.iter().any(|x| x.title == title))
                        .await
                        .drafts
                        .iter()
                        .find(|x| x.title == title)
                        .unwrap()
                        .id;
                    for step in 1..=20 {
                        let position = f64::from(step) * 4.0 - 40.0;
                        if device
                            .request(move |request| ClientMessage::MoveDraft {
                                request,
                                id,
                                area_id: area,
                                position,
                                lane_offset: 0.5,
                            })
                            .await
                            .is_err()
                        {
                            break 'work;
                        }
                        acked.last_mut().unwrap().1 = position;
                        acks.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    }
                }
                (cookies, acked)
            }));
        }
        // Kill the host once a good part of the work is acknowledged, while devices are busy.
        let deadline = Instant::now() + Duration::from_secs(60);
        while acks.load(std::sync::atomic::Ordering::SeqCst) < 300 && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        let _ = Command::new("kill")
            .args(["-KILL", &hosting.child.id().to_string()])
            .status();
        let mut cookies = Vec::new();
        let mut acked = Vec::new();
        for task in tasks {
            let (c, a) = task.await.expect("device task");
            cookies.push(c);
            acked.push(a);
        }
        (cookies, acked)
    });
    let _ = hosting.child.wait();
    let total: usize = acked.iter().map(Vec::len).sum();
    assert!(total > 0, "nothing was acknowledged before the kill");
    assert!(
        total < DEVICES * DRAFTS,
        "the kill came after all the work; it proves nothing"
    );

    let stored = CanvasFile::open(&file, Access::Read).expect("the file opens after the kill");
    let session = stored
        .document()
        .live()
        .expect("the session is in the file")
        .clone();
    drop(stored);
    for (title, position) in acked.iter().flatten() {
        let draft = session.drafts.values().find(|d| &d.title == title);
        let draft = draft
            .unwrap_or_else(|| panic!("acknowledged draft {title:?} is missing from the file"));
        // The file may hold a later move whose ack the kill cut off, never an earlier one.
        assert!(
            draft.position >= *position,
            "{title}: acked at {position}, file has {}",
            draft.position
        );
    }

    // Started again on the same file and port, the session resumes and each device is itself.
    let mut resumed = host(&file, &port);
    assert_eq!(resumed.participants, hosting.participants);
    rt.block_on(async {
        for (n, cookies) in cookies.iter().enumerate() {
            let device = Device::connect(resumed.addr, cookies).await;
            let view = device.view.clone().expect("view");
            assert_eq!(view.me.expect("me").name, format!("Person {n}"));
            assert_eq!(view.phase, Phase::Placement);
            assert!(view.drafts.len() >= acked[n].len());
        }
    });
    assert!(terminate(&mut resumed.child).success());
}
