//! 100 simulated participants against a real `stratmap host` on 127.0.0.1: each joins, adds 10
//! drafts, moves each 5 times and, after the reveal, casts a ballot. Prints the acknowledgement
//! latency (median, p95), messages per second, the host's memory, and how many acknowledged
//! changes are missing from the file afterwards; once flat out, once at a brisk human pace (one
//! action every 250 ms each). Asserts nothing; bounded in count and time.
//! Run: `cargo bench -p stratmap-cli --bench live_session`.

#[path = "../../stratmap-live/tests/common/client.rs"]
mod client;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use client::Device;
use stratmap_core::model::{BallotVote, Phase};
use stratmap_core::{Access, CanvasFile};
use stratmap_live::protocol::ClientMessage;

const PARTICIPANTS: usize = 100;
const DRAFTS: usize = 10;
const MOVES: usize = 5;

fn memory_kib(pid: u32, field: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

struct Outcome {
    latencies: Vec<Duration>,
    /// Each acknowledged draft's title and its last acknowledged position.
    drafts: Vec<(String, f64)>,
    voted: bool,
}

fn main() {
    // Flat out (each request sent the moment the last is answered), then at a brisk human pace.
    session(Duration::ZERO);
    session(Duration::from_millis(250));
}

fn session(pace: Duration) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("bench.stratmap");
    let bin = env!("CARGO_BIN_EXE_stratmap");
    let made = Command::new(bin)
        .args(["new", &file.display().to_string()])
        .status()
        .expect("new");
    assert!(made.success());
    let mut child = Command::new(bin)
        .args([
            "host",
            &file.display().to_string(),
            "--bind",
            "127.0.0.1",
            "--port",
            "0",
        ])
        .stdout(Stdio::piped())
        .spawn()
        .expect("host");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let participants = lines
        .next()
        .expect("line")
        .expect("text")
        .replace("participants: ", "");
    let facilitator = lines
        .next()
        .expect("line")
        .expect("text")
        .replace("facilitator: ", "");
    let addr: std::net::SocketAddr = participants
        .trim_start_matches("http://")
        .split('/')
        .next()
        .expect("address")
        .parse()
        .expect("address");
    let pid = child.id();
    // A panic below must not leave the host serving.
    struct Stop(u32);
    impl Drop for Stop {
        fn drop(&mut self) {
            let _ = Command::new("kill")
                .args(["-TERM", &self.0.to_string()])
                .status();
        }
    }
    let _stop = Stop(pid);
    let rss_idle = memory_kib(pid, "VmRSS:");

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("rt");
    let started = Instant::now();
    let (outcomes, requests) = runtime.block_on(async {
        let reply = client::http(addr, "GET", &client::path_of(&facilitator), &[], "").await;
        let boss_cookie = reply.cookie().expect("cookie");
        let mut boss = Device::connect(addr, &boss_cookie).await;
        let placement = |phase| {
            move |request| ClientMessage::SetPhase {
                request,
                phase,
                allowance: Some(10),
            }
        };
        boss.request(placement(Phase::Placement))
            .await
            .expect("placement");
        // The facilitator's page would show every change; this one steps out while people work.
        drop(boss);
        let mut tasks = Vec::new();
        for n in 0..PARTICIPANTS {
            let participants = participants.clone();
            tasks.push(tokio::spawn(async move {
                let cookies = client::join(addr, &participants, &format!("Participant {n}"))
                    .await
                    .expect("join");
                let mut device = Device::connect(addr, &cookies).await;
                let area = device.view.as_ref().expect("view").board.areas[n % 3].id;
                let mut outcome = Outcome {
                    latencies: Vec::new(),
                    drafts: Vec::new(),
                    voted: false,
                };
                for d in 0..DRAFTS {
                    let title = format!("P{n} idea {d}");
                    let t = title.clone();
                    if !pace.is_zero() {
                        tokio::time::sleep(pace).await;
                    }
                    let sent = Instant::now();
                    let add = device
                        .request(move |request| ClientMessage::AddDraft {
                            request,
                            area_id: area,
                            title: t,
                            position: 0.0,
                            lane_offset: 0.5,
                        })
                        .await;
                    outcome.latencies.push(sent.elapsed());
                    if add.is_err() {
                        continue;
                    }
                    outcome.drafts.push((title.clone(), 0.0));
                    let id = device
                        .wait_view(|v| v.drafts.iter().any(|x| x.title == title))
                        .await
                        .drafts
                        .iter()
                        .find(|x| x.title == title)
                        .expect("draft")
                        .id;
                    for m in 1..=MOVES {
                        let position = (m as f64) * 10.0 - 25.0;
                        if !pace.is_zero() {
                            tokio::time::sleep(pace).await;
                        }
                        let sent = Instant::now();
                        let moved = device
                            .request(move |request| ClientMessage::MoveDraft {
                                request,
                                id,
                                area_id: area,
                                position,
                                lane_offset: 0.5,
                            })
                            .await;
                        outcome.latencies.push(sent.elapsed());
                        if moved.is_ok() {
                            outcome.drafts.last_mut().expect("draft").1 = position;
                        }
                    }
                }
                (device, outcome)
            }));
        }
        let mut devices = Vec::new();
        let mut outcomes = Vec::new();
        for task in tasks {
            let (device, outcome) = task.await.expect("participant");
            devices.push(device);
            outcomes.push(outcome);
        }
        let mut boss = Device::connect(addr, &boss_cookie).await;
        boss.request(placement(Phase::Discussion))
            .await
            .expect("reveal");
        boss.request(placement(Phase::Voting))
            .await
            .expect("voting");
        let mut tasks = Vec::new();
        for (mut device, mut outcome) in devices.into_iter().zip(outcomes) {
            tasks.push(tokio::spawn(async move {
                let view = device.wait_view(|v| v.voting.is_some()).await;
                let votes: Vec<BallotVote> = view
                    .board
                    .cards
                    .iter()
                    .take(3)
                    .map(|c| BallotVote {
                        initiative_id: c.id,
                        count: 2,
                    })
                    .collect();
                if !pace.is_zero() {
                    tokio::time::sleep(pace).await;
                }
                let sent = Instant::now();
                let cast = device
                    .request(move |request| ClientMessage::SubmitVotes { request, votes })
                    .await;
                outcome.latencies.push(sent.elapsed());
                outcome.voted = cast.is_ok();
                outcome
            }));
        }
        let mut done = Vec::new();
        for task in tasks {
            done.push(task.await.expect("ballot"));
        }
        let requests: usize = done.iter().map(|o| o.latencies.len()).sum();
        (done, requests)
    });
    let elapsed = started.elapsed();
    let rss = memory_kib(pid, "VmRSS:");
    let peak = memory_kib(pid, "VmHWM:");
    let _ = Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status();
    let _ = child.wait();

    let stored = CanvasFile::open(&file, Access::Read).expect("file");
    let doc = stored.document();
    let voting = doc.voting().expect("round");
    let mut missing = 0;
    for (n, outcome) in outcomes.iter().enumerate() {
        for (title, position) in &outcome.drafts {
            if !doc
                .initiatives()
                .any(|i| &i.title == title && i.position == *position)
            {
                missing += 1;
            }
        }
        if outcome.voted && voting.ballot_of(&format!("Participant {n}")).is_none() {
            missing += 1;
        }
    }
    let mut latencies: Vec<Duration> = outcomes
        .iter()
        .flat_map(|o| o.latencies.iter().copied())
        .collect();
    latencies.sort();
    println!(
        "live session: {PARTICIPANTS} participants × ({DRAFTS} drafts × {MOVES} moves + a ballot) on 127.0.0.1, {}",
        if pace.is_zero() {
            "flat out".to_string()
        } else {
            format!("one action every {} ms per participant", pace.as_millis())
        }
    );
    println!(
        "  acknowledged requests: {requests} in {:.2} s = {:.0} requests/s",
        elapsed.as_secs_f64(),
        requests as f64 / elapsed.as_secs_f64()
    );
    println!(
        "  ack latency: median {:.1} ms, p95 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        ms(percentile(&latencies, 0.5)),
        ms(percentile(&latencies, 0.95)),
        ms(percentile(&latencies, 0.99)),
        ms(*latencies.last().expect("some"))
    );
    println!(
        "  host memory: {} MiB idle, {} MiB after, {} MiB peak (RSS)",
        rss_idle / 1024,
        rss / 1024,
        peak / 1024
    );
    println!("  acknowledged changes missing from the file: {missing}");
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
