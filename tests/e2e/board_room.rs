//! What broke a live meeting in the real webview (WebKitGTK), tried as a facilitator would: a card
//! carried across lanes, the keyboard after a move, the window's title, and the toolbar on a
//! 1024×768 projector. The mocked browser tests cover the same in Chromium; these catch what only
//! WebKitGTK does.

use std::path::PathBuf;
use std::time::Duration;

use stratmap_e2e::{Driver, card, cli_ok, position_of, wait_for, xdotool};
use thirtyfour::prelude::*;

const TITLE: &str = "Q3 leadership offsite — customer focus";
/// The projector test's canvas: the only window of this name, so its resize touches no other test.
const PROJECTOR_TITLE: &str = "Q3 offsite on the projector";

/// A canvas titled `title` with "Best product" at −40 in End goal and "Referral programme" at +70
/// in Marketing. The tests run side by side on one display, so a test that finds its window by
/// title gives its canvas a title of its own.
fn seeded_canvas(driver: &Driver, title: &str) -> PathBuf {
    std::fs::create_dir_all(driver.library()).expect("library folder");
    let file = driver.library().join("Board room.stratmap");
    let path = file.as_os_str();
    cli_ok(&["new".as_ref(), path, "--title".as_ref(), title.as_ref()]);
    for (area, title, position) in [
        ("End goal", "Best product", "-40"),
        ("Marketing strategy", "Referral programme", "70"),
    ] {
        cli_ok(&[
            "add".as_ref(),
            path,
            "--area".as_ref(),
            area.as_ref(),
            "--title".as_ref(),
            title.as_ref(),
            "--position".as_ref(),
            position.as_ref(),
        ]);
    }
    file
}

fn lane(name: &str) -> By {
    By::Css(format!("[role='group'][aria-label='{name}']"))
}

/// Runs a script in the page and gives its result as JSON.
async fn script(app: &WebDriver, source: &str, args: Vec<serde_json::Value>) -> serde_json::Value {
    app.execute(source, args)
        .await
        .expect("the script runs")
        .json()
        .clone()
}

/// The centre of an element in viewport coordinates, as the pointer sees it.
async fn centre_of(app: &WebDriver, element: &WebElement) -> (f64, f64) {
    let centre = script(
        app,
        "const r = arguments[0].getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2];",
        vec![element.to_json().expect("element as JSON")],
    )
    .await;
    (
        centre[0].as_f64().expect("x"),
        centre[1].as_f64().expect("y"),
    )
}

async fn focused_card(app: &WebDriver) -> String {
    script(
        app,
        "return document.activeElement?.closest('[data-card-id]')?.getAttribute('aria-label') ?? '';",
        vec![],
    )
    .await
    .as_str()
    .unwrap_or_default()
    .to_string()
}

async fn wait_until_position(card_element: &WebElement, expected: f64) -> f64 {
    let mut seen = f64::NAN;
    for _ in 0..50 {
        seen = position_of(card_element).await;
        if (seen - expected).abs() < 0.01 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    seen
}

#[tokio::test(flavor = "multi_thread")]
async fn a_card_carried_across_lanes_follows_the_pointer_and_escape_cancels_it() {
    let driver = Driver::start();
    let file = seeded_canvas(&driver, TITLE);
    let app = driver.launch(&[&file]).await;
    let best = wait_for(&app, card("Best product")).await;
    let marketing = app.find(lane("Marketing strategy")).await.expect("lane");
    let band = marketing
        .find(By::Css("[data-lane-band]"))
        .await
        .expect("the lane's band");
    let (from_x, from_y) = centre_of(&app, &best).await;
    let (_, to_y) = centre_of(&app, &band).await;
    let (dx, dy): (f64, f64) = (40.0, to_y - from_y);

    // Press, and carry the card in small steps to the Marketing lane without letting go.
    let mut carry = app
        .action_chain()
        .move_to_element_center(&best)
        .click_and_hold();
    for _ in 0..12 {
        carry = carry.move_by_offset((dx / 12.0) as i64, (dy / 12.0) as i64);
    }
    carry.perform().await.expect("carry");
    let at = (
        from_x + 12.0 * (dx / 12.0).trunc(),
        from_y + 12.0 * (dy / 12.0).trunc(),
    );
    // The carried card is drawn at the pointer on the next frame: wait for it, briefly.
    let mut under = serde_json::Value::Null;
    for _ in 0..20 {
        under = script(
            &app,
            "return document.elementFromPoint(arguments[0], arguments[1])?.closest('[data-card-id]')?.getAttribute('aria-label') ?? null;",
            vec![at.0.into(), at.1.into()],
        )
        .await;
        if under == "Best product" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(
        under, "Best product",
        "the carried card is under the pointer, above the lane it is over"
    );
    let classes = marketing
        .attr("class")
        .await
        .expect("class")
        .unwrap_or_default();
    assert!(
        classes.contains("drop-target"),
        "the lane under the card is highlighted: {classes}"
    );
    let selected = script(
        &app,
        "return window.getSelection()?.toString() ?? '';",
        vec![],
    )
    .await;
    assert_eq!(selected, "", "a drag selects no text");

    // Escape cancels: after letting go the card is where it was, in its own lane.
    app.action_chain()
        .send_keys(Key::Escape)
        .release()
        .perform()
        .await
        .expect("escape and release");
    tokio::time::sleep(Duration::from_millis(500)).await;
    let end_goal = app.find(lane("End goal")).await.expect("lane");
    let still = end_goal
        .find(card("Best product"))
        .await
        .expect("the card stays in End goal");
    assert_eq!(position_of(&still).await, -40.0);
    let classes = marketing
        .attr("class")
        .await
        .expect("class")
        .unwrap_or_default();
    assert!(
        !classes.contains("drop-target"),
        "no lane stays highlighted: {classes}"
    );

    // Carried again and dropped, it lands in Marketing, and still nothing is selected.
    app.action_chain()
        .move_to_element_center(&still)
        .click_and_hold()
        .move_by_offset(10, 10)
        .move_by_offset((dx - 10.0) as i64, (dy - 10.0) as i64)
        .release()
        .perform()
        .await
        .expect("drag and drop");
    let moved = wait_for(&app, By::Css("[role='group'][aria-label='Marketing strategy'] [role='slider'][aria-label='Best product']")).await;
    assert!(position_of(&moved).await > -40.0);
    let selected = script(
        &app,
        "return window.getSelection()?.toString() ?? '';",
        vec![],
    )
    .await;
    assert_eq!(selected, "", "a drop selects no text");
    app.quit().await.expect("quit");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_moved_card_keeps_the_keyboard_after_a_lane_change_and_after_a_reason() {
    let driver = Driver::start();
    let file = seeded_canvas(&driver, TITLE);
    let app = driver.launch(&[&file]).await;
    let best = wait_for(&app, card("Best product")).await;

    // Alt+↓ takes it to Growth strategy: it keeps the focus and the arrow keys go on moving it.
    best.focus().await.expect("focus");
    app.action_chain()
        .key_down(Key::Alt)
        .send_keys(Key::Down)
        .key_up(Key::Alt)
        .perform()
        .await
        .expect("Alt+Down");
    wait_for(&app, By::Css("[role='group'][aria-label='Growth strategy'] [role='slider'][aria-label='Best product']")).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        focused_card(&app).await,
        "Best product",
        "the moved card keeps the focus"
    );
    app.action_chain()
        .send_keys(Key::Right)
        .perform()
        .await
        .expect("Right");
    let moved = app.find(card("Best product")).await.expect("card");
    assert_eq!(
        wait_until_position(&moved, -35.0).await,
        -35.0,
        "Right moves it by 5"
    );

    // Alt+↑ takes it back up: the same.
    app.action_chain()
        .key_down(Key::Alt)
        .send_keys(Key::Up)
        .key_up(Key::Alt)
        .perform()
        .await
        .expect("Alt+Up");
    wait_for(
        &app,
        By::Css("[role='group'][aria-label='End goal'] [role='slider'][aria-label='Best product']"),
    )
    .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        focused_card(&app).await,
        "Best product",
        "the card keeps the focus after Alt+Up"
    );
    app.action_chain()
        .send_keys(Key::Left)
        .perform()
        .await
        .expect("Left");
    let moved = app.find(card("Best product")).await.expect("card");
    assert_eq!(
        wait_until_position(&moved, -40.0).await,
        -40.0,
        "Left moves it by 5"
    );

    // A drag, then a reason saved with Enter: the keys still move the card.
    let band = app
        .find(lane("End goal"))
        .await
        .expect("lane")
        .find(By::Css("[data-lane-band]"))
        .await
        .expect("band");
    let width = band.rect().await.expect("rect").width;
    app.action_chain()
        .move_to_element_center(&moved)
        .click_and_hold()
        .move_by_offset(5, 0)
        .move_by_offset((width * 0.1 - 5.0) as i64, 0)
        .release()
        .perform()
        .await
        .expect("drag");
    let why = wait_for(&app, By::Css("[data-testid='why-input']")).await;
    let dropped = position_of(&app.find(card("Best product")).await.expect("card")).await;
    why.send_keys("Customers asked for it").await.expect("type");
    why.send_keys(Key::Enter).await.expect("Enter");
    for _ in 0..50 {
        if app
            .find_all(By::Css("[data-testid='why-prompt']"))
            .await
            .expect("find")
            .is_empty()
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(
        focused_card(&app).await,
        "Best product",
        "the card has the keyboard back after its reason"
    );
    app.action_chain()
        .send_keys(Key::Right)
        .perform()
        .await
        .expect("Right");
    let moved = app.find(card("Best product")).await.expect("card");
    assert_eq!(
        wait_until_position(&moved, dropped + 5.0).await,
        dropped + 5.0
    );
    app.quit().await.expect("quit");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_window_is_titled_after_its_canvas() {
    let driver = Driver::start();
    let file = seeded_canvas(&driver, TITLE);
    let app = driver.launch(&[&file]).await;
    wait_for(&app, card("Best product")).await;
    let expected = format!("{TITLE} — Stratmap");
    let mut names = String::new();
    for _ in 0..50 {
        names = xdotool(&["search", "--name", "Stratmap$", "getwindowname", "%@"]);
        if names.lines().any(|name| name == expected) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(
        names.lines().any(|name| name == expected),
        "a window titled {expected:?}; the windows are {names:?}"
    );
    app.quit().await.expect("quit");
}

/// Every control of the toolbar, as the user sees it: its name, its box, and whether its text
/// is cut.
const TOOLBAR_CONTROLS: &str = r#"
    return [...document.querySelectorAll(".toolbar button, .toolbar input")]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { name: el.getAttribute("aria-label") || el.textContent.trim() || el.getAttribute("placeholder"),
                 left: r.left, right: r.right, top: r.top, bottom: r.bottom,
                 cut: el.tagName === "BUTTON" && el.scrollWidth > el.clientWidth + 1 };
      });"#;

#[tokio::test(flavor = "multi_thread")]
async fn on_a_1024_by_768_projector_the_toolbar_cuts_nothing_and_export_is_one_menu_away() {
    let driver = Driver::start();
    let file = seeded_canvas(&driver, PROJECTOR_TITLE);
    let app = driver.launch(&[&file]).await;
    wait_for(&app, card("Best product")).await;
    let name = format!("^{PROJECTOR_TITLE} — Stratmap$");
    // Resized by the X server itself (no window manager runs under Xvfb to do it), and again
    // until the page follows: GTK may still be settling the window's first size when the page is
    // already up, and then it puts its own size back.
    let mut width = serde_json::Value::Null;
    for attempt in 0..100 {
        if attempt % 5 == 0 {
            xdotool(&["search", "--name", &name, "windowsize", "%@", "1024", "768"]);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        width = script(&app, "return document.documentElement.clientWidth;", vec![]).await;
        if width.as_f64().is_some_and(|w| w <= 1024.0) {
            break;
        }
    }
    let width = width.as_f64().expect("the page's width");
    assert!(
        width <= 1024.0,
        "the page is {width} px wide after the resize"
    );

    let controls = script(&app, TOOLBAR_CONTROLS, vec![]).await;
    let controls = controls.as_array().expect("the toolbar's controls");
    assert!(controls.len() > 8, "{controls:?}");
    let number = |c: &serde_json::Value, key: &str| c[key].as_f64().unwrap_or(f64::NAN);
    for (i, a) in controls.iter().enumerate() {
        assert!(
            number(a, "left") >= 0.0 && number(a, "right") <= width + 0.5,
            "{} is not whole on screen: {a}",
            a["name"]
        );
        assert_eq!(a["cut"], false, "{} has its text cut: {a}", a["name"]);
        for b in &controls[i + 1..] {
            let apart = number(a, "right") <= number(b, "left") + 0.5
                || number(b, "right") <= number(a, "left") + 0.5
                || number(a, "bottom") <= number(b, "top") + 0.5
                || number(b, "bottom") <= number(a, "top") + 0.5;
            assert!(apart, "{} overlaps {}", a["name"], b["name"]);
        }
    }
    // Export… is in the toolbar, or one click away in More, whole on screen.
    let in_toolbar = controls.iter().any(|c| c["name"] == "Export…");
    if !in_toolbar {
        app.find(By::Css("[data-testid='more']"))
            .await
            .expect("the More menu")
            .click()
            .await
            .expect("More opens");
        let export = wait_for(
            &app,
            By::XPath("//*[@role='menuitem'][normalize-space(.)='Export…']".to_string()),
        )
        .await;
        let rect = export.rect().await.expect("Export…'s box");
        assert!(
            rect.x >= 0.0 && rect.x + rect.width <= width + 0.5,
            "Export… in More is cut: {rect:?}"
        );
    }
    app.quit().await.expect("quit");
}
