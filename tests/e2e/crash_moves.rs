//! Crash safety of the real app: SIGKILL it at a random moment in the middle of a burst of card
//! moves (arrow keys, Shift+arrows and pointer drags), many times. After every kill the file opens
//! with the CLI, SQLite finds it intact, and every move the window had shown (a card's new
//! aria-valuenow, which the UI only shows once the shell has committed the move) is in the file.
//! The move in flight at the kill may or may not be there, but nothing else may be.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use stratmap_e2e::{
    Driver, Random, card, cli_ok, end_session, integrity_check, launch_fresh, position_of,
    positions, show_json, wait_for,
};
use thirtyfour::prelude::*;

const CARDS: [(&str, &str, f64); 4] = [
    ("End goal", "Crash A", -60.0),
    ("Growth strategy", "Crash B", -20.0),
    ("Marketing strategy", "Crash C", 20.0),
    ("Organisation", "Crash D", 60.0),
];

/// What the window has acknowledged for one card, and what it may still be committing.
#[derive(Debug, Clone)]
struct Known {
    acked: f64,
    /// Positions a key burst in flight may still reach, in order.
    keys_in_flight: Vec<f64>,
    /// The direction of a drag in flight (its exact drop position is the pointer's).
    drag_in_flight: Option<f64>,
}

impl Known {
    fn allows(&self, stored: f64) -> bool {
        let same = |a: f64, b: f64| (a - b).abs() < 1e-9;
        same(stored, self.acked)
            || self.keys_in_flight.iter().any(|v| same(*v, stored))
            || self
                .drag_in_flight
                .is_some_and(|dir| (stored - self.acked) * dir > 0.0 && stored.abs() <= 100.0)
    }
}

fn kills() -> usize {
    std::env::var("STRATMAP_E2E_KILLS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(20)
}

#[tokio::test(flavor = "multi_thread")]
async fn sigkill_during_bursts_of_moves_loses_no_acknowledged_move() {
    let mut driver = Driver::start();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("Crash.stratmap");
    let f = file.as_os_str();
    cli_ok(&["new".as_ref(), f, "--template".as_ref(), "full".as_ref()]);
    for (area, title, position) in CARDS {
        let position = position.to_string();
        cli_ok(&[
            "add".as_ref(),
            f,
            "--area".as_ref(),
            area.as_ref(),
            "--title".as_ref(),
            title.as_ref(),
            "--position".as_ref(),
            position.as_ref(),
        ]);
    }
    let mut random = Random::seeded("crash_moves");
    let started = Instant::now();
    let (mut acked_total, mut in_flight_at_kill, mut in_flight_landed) = (0, 0, 0);
    for round in 0..kills() {
        let stored = positions(&show_json(&file));
        let app = launch_fresh(&mut driver, &[&file]).await;
        let mut known = BTreeMap::new();
        for (_, title, _) in CARDS {
            let shown = position_of(&wait_for(&app, card(title)).await).await;
            assert_eq!(
                Some(&shown),
                stored.get(title),
                "round {round}: reopened, the app shows {title} at {shown}, the file has {:?}",
                stored.get(title)
            );
            let known_card = Known {
                acked: shown,
                keys_in_flight: Vec::new(),
                drag_in_flight: None,
            };
            known.insert(title, known_card);
        }
        let pid = driver.app_pid();
        let delay = Duration::from_millis(random.between(150, 2500));
        let killer = std::thread::spawn(move || {
            std::thread::sleep(delay);
            Driver::kill_app(pid);
        });
        let mut acked_here = 0;
        while !killer.is_finished() {
            let title = CARDS[random.between(0, 4) as usize].1;
            let killed = || killer.is_finished();
            let card_known = known.get_mut(title).unwrap();
            match burst(&app, &mut random, title, card_known, &killed).await {
                Ok(n) => acked_here += n,
                Err(_) => break, // the app is gone
            }
        }
        killer.join().expect("killer thread");
        if !end_session(app).await {
            driver = Driver::start();
        }
        let in_flight = known
            .values()
            .any(|k| !k.keys_in_flight.is_empty() || k.drag_in_flight.is_some());
        let landed = check_file(&file, round, &known);
        println!(
            "round {round}: killed after {} ms, {acked_here} moves acknowledged, move in flight: \
             {in_flight}, in-flight move in the file: {landed}",
            delay.as_millis()
        );
        acked_total += acked_here;
        in_flight_at_kill += usize::from(in_flight);
        in_flight_landed += usize::from(landed);
    }
    // The kills released the editing lock: the CLI can change the file now.
    let id = show_json(&file)["areas"][0]["initiatives"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    cli_ok(&[
        "move".as_ref(),
        file.as_os_str(),
        id.as_ref(),
        "--position".as_ref(),
        "0".as_ref(),
    ]);
    println!(
        "{} kills in {:.0} s: {acked_total} acknowledged moves all in the file; a move was in \
         flight at {in_flight_at_kill} kills, and had reached the file at {in_flight_landed}",
        kills(),
        started.elapsed().as_secs_f64()
    );
}

/// Opens the killed app's file as a user's next launch would and checks it; returns whether a
/// move that was in flight at the kill reached the file.
fn check_file(file: &Path, round: usize, known: &BTreeMap<&str, Known>) -> bool {
    let doc = show_json(file);
    assert_eq!(
        integrity_check(file),
        "ok",
        "round {round}: damaged after the kill"
    );
    let stored = positions(&doc);
    assert_eq!(stored.len(), CARDS.len(), "round {round}: {stored:?}");
    let mut landed = false;
    for (title, k) in known {
        let value = stored[*title];
        assert!(
            k.allows(value),
            "round {round}: {title} is at {value} in the file; the window had acknowledged {} \
             (in flight: keys {:?}, drag {:?})",
            k.acked,
            k.keys_in_flight,
            k.drag_in_flight
        );
        landed |= (value - k.acked).abs() > 1e-9;
    }
    landed
}

/// One burst on one card: 1–4 arrow presses (Shift for big steps) or a pointer drag, then waits
/// until the card shows where it ended. Returns how many moves were acknowledged; an error when
/// the app died.
async fn burst(
    app: &WebDriver,
    random: &mut Random,
    title: &str,
    known: &mut Known,
    killed: &dyn Fn() -> bool,
) -> WebDriverResult<usize> {
    let element = app.find(card(title)).await?;
    // Towards the middle when near a pole, so every press is a move.
    let direction = if known.acked > 40.0 {
        -1.0
    } else if known.acked < -40.0 || random.draw().is_multiple_of(2) {
        1.0
    } else {
        -1.0
    };
    if random.draw().is_multiple_of(4) {
        let dx = direction as i64 * random.between(60, 160) as i64;
        known.drag_in_flight = Some(direction);
        app.action_chain()
            .move_to_element_center(&element)
            .click_and_hold()
            .move_by_offset(dx / 2, 0)
            .move_by_offset(dx - dx / 2, 0)
            .release()
            .perform()
            .await?;
    } else {
        let presses = random.between(1, 5);
        let shift = random.draw().is_multiple_of(3);
        let step = if shift { 20.0 } else { 5.0 };
        let mut at = known.acked;
        for _ in 0..presses {
            at = (at + direction * step).clamp(-100.0, 100.0);
            known.keys_in_flight.push(at);
        }
        element.focus().await?;
        let mut chain = app.action_chain();
        if shift {
            chain = chain.key_down(Key::Shift);
        }
        for _ in 0..presses {
            chain = chain.send_keys(if direction > 0.0 {
                Key::Right
            } else {
                Key::Left
            });
        }
        if shift {
            chain = chain.key_up(Key::Shift);
        }
        chain.perform().await?;
    }
    // Acknowledged = shown by the window, which only shows committed positions.
    let mut acked = 0;
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        // Read without panicking: the app may die between two calls.
        let shown = app.find(card(title)).await?.attr("aria-valuenow").await?;
        let shown: f64 = shown.and_then(|v| v.parse().ok()).unwrap_or(known.acked);
        if (shown - known.acked).abs() > 1e-9 {
            if let Some(i) = known
                .keys_in_flight
                .iter()
                .position(|v| (v - shown).abs() < 1e-9)
            {
                acked += i + 1;
                known.keys_in_flight.drain(..=i);
            } else {
                assert!(
                    known.drag_in_flight.is_some(),
                    "{title} shows {shown}, which no move asked for (was {})",
                    known.acked
                );
                known.drag_in_flight = None;
                acked += 1;
            }
            known.acked = shown;
        }
        if known.keys_in_flight.is_empty() && known.drag_in_flight.is_none() || killed() {
            return Ok(acked);
        }
        assert!(
            Instant::now() < deadline,
            "{title}: the window never showed the end of its moves ({known:?})"
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}
