//! axe-core in the real app's own web view (WebKitGTK), on the home screen and the board, light
//! and dark: the same rules as the browser tests on Chromium (WCAG 2.2 AA and target size), so
//! what the leaders' laptops draw is checked, not only what Chromium draws.

use std::path::PathBuf;
use std::process::Command;

use stratmap_e2e::{Driver, card, cli_binary, wait_for};
use thirtyfour::prelude::*;

/// axe's own build, installed by `npm ci` in ui/ (the browser tests use the same file).
fn axe_source() -> String {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} is missing ({e}): run `npm ci` in ui/", path.display()))
}

/// The serious and critical violations on the screen as drawn now, one line per element.
async fn serious_findings(app: &WebDriver, screen: &str) -> Vec<String> {
    let loaded = app
        .execute("return typeof window.axe !== 'undefined'", vec![])
        .await
        .expect("the app answers")
        .json()
        .as_bool()
        .unwrap_or(false);
    if !loaded {
        app.execute(&axe_source(), vec![])
            .await
            .expect("axe loads in the app's web view");
    }
    let found = app
        .execute_async(
            r#"
            const done = arguments[arguments.length - 1];
            window.axe.run(document, {
                runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
                rules: { "target-size": { enabled: true } },
                resultTypes: ["violations"],
            }).then((result) => done({
                passed: result.passes.length,
                serious: result.violations.flatMap((violation) =>
                    violation.nodes
                        .filter((node) => ["serious", "critical"].includes(node.impact ?? violation.impact))
                        .map((node) => `${violation.id}: ${node.target.join(" ")}`)),
            }), (error) => done({ passed: 0, serious: [`axe failed: ${error}`] }));
            "#,
            vec![],
        )
        .await
        .expect("axe runs in the app's web view");
    let passed = found.json()["passed"].as_u64().unwrap_or(0);
    assert!(
        passed > 10,
        "{screen}: axe checked only {passed} rules: {}",
        found.json()
    );
    let lines: Vec<String> = serde_json::from_value(found.json()["serious"].clone())
        .unwrap_or_else(|e| panic!("{e}: {}", found.json()));
    lines
        .into_iter()
        .map(|line| format!("{screen}: {line}"))
        .collect()
}

async fn choose_theme(app: &WebDriver, label: &str) {
    wait_for(
        app,
        By::XPath(format!(
            "//fieldset[@data-testid='theme-switch']//label[normalize-space(.)='{label}']"
        )),
    )
    .await
    .click()
    .await
    .expect("the app answers");
}

#[tokio::test(flavor = "multi_thread")]
async fn home_and_board_pass_axe_in_the_real_web_view_light_and_dark() {
    let driver = Driver::start();
    let files = tempfile::tempdir().unwrap();
    let file = files.path().join("Axe offsite.stratmap");
    let cli = |args: &[&str]| {
        let out = Command::new(cli_binary()).args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    let path = file.to_str().unwrap();
    cli(&["new", path, "--title", "Axe offsite"]);
    for (area, title, at, owner) in [
        ("End goal", "Best product in the category", -60, "Ana"),
        ("Growth strategy", "Partner programme", 35, "Ben"),
        ("Marketing strategy", "Customer advisory board", 70, "Chloé"),
    ] {
        let at = format!("--position={at}");
        cli(&[
            "add", path, "--area", area, "--title", title, &at, "--owner", owner,
        ]);
    }
    cli(&[
        "set-target",
        path,
        "--area",
        "Growth strategy",
        "--target",
        "40",
    ]);

    let app = driver.launch(&[&file]).await;
    wait_for(&app, card("Partner programme")).await;
    // The check sees a fault planted in the page (an image with no text alternative)...
    app.execute(
        "const planted = document.createElement('img'); planted.id = 'planted'; \
         planted.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='; document.body.append(planted)",
        vec![],
    )
    .await
    .expect("the app answers");
    let planted = serious_findings(&app, "planted").await;
    assert!(
        planted.iter().any(|line| line.contains("image-alt")),
        "axe missed an image with no alt text: {planted:?}"
    );
    app.execute("document.getElementById('planted').remove()", vec![])
        .await
        .expect("the app answers");
    // ...and none in the app's own screens.
    let mut findings = serious_findings(&app, "board, light").await;

    wait_for(&app, By::Css("[data-testid='home']"))
        .await
        .click()
        .await
        .expect("the app answers");
    choose_theme(&app, "Dark").await;
    findings.extend(serious_findings(&app, "home, dark").await);
    // The canvas again, from the home screen's list of recent canvases.
    wait_for(&app, By::XPath(format!("//button[@title='{path}']")))
        .await
        .click()
        .await
        .expect("the app answers");
    wait_for(&app, card("Partner programme")).await;
    findings.extend(serious_findings(&app, "board, dark").await);

    choose_theme_back_on_home(&app).await;
    findings.extend(serious_findings(&app, "home, light").await);
    assert!(
        findings.is_empty(),
        "axe in the app's web view:\n{}",
        findings.join("\n")
    );
    let _ = app.quit().await;
}

async fn choose_theme_back_on_home(app: &WebDriver) {
    wait_for(app, By::Css("[data-testid='home']"))
        .await
        .click()
        .await
        .expect("the app answers");
    choose_theme(app, "Light").await;
}
