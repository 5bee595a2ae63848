//! Export from the real app: the Export menu, the native (GTK) save dialog answered by typing a
//! path as a user would (xdotool), and a real PDF on disk checked by pdfinfo.

use std::process::Command;
use std::time::Duration;

use stratmap_e2e::{Driver, cli_binary, wait_for};
use thirtyfour::prelude::*;

#[tokio::test(flavor = "multi_thread")]
async fn export_pdf_through_the_save_dialog() {
    let driver = Driver::start();
    let canvas = driver.home.path().join("Board.stratmap");
    for args in [
        vec![
            "new",
            canvas.to_str().unwrap(),
            "--title",
            "Board review",
            "--template",
            "full",
        ],
        vec![
            "add",
            canvas.to_str().unwrap(),
            "--area",
            "Growth strategy",
            "--title",
            "Customer success team",
            "--position",
            "55",
        ],
    ] {
        assert!(
            Command::new(cli_binary())
                .args(&args)
                .status()
                .unwrap()
                .success()
        );
    }
    let app = driver.launch(&[&canvas]).await;
    wait_for(
        &app,
        By::Css("[role='slider'][aria-label='Customer success team']"),
    )
    .await;

    app.find(By::Css("[data-testid='export']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for(&app, By::Css("[data-testid='export-pdf']"))
        .await
        .click()
        .await
        .unwrap();
    app.find(By::Css("[data-testid='export-run']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();

    // The save dialog is a native window: answer it as a user would, with mouse and keyboard.
    let out = driver.home.path().join("board-summary.pdf");
    let xdotool = |args: &[&str]| {
        let output = Command::new("xdotool")
            .args(args)
            .output()
            .expect("xdotool is installed");
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let mut dialog = String::new();
    for _ in 0..50 {
        dialog = xdotool(&["search", "--name", "^Export$"])
            .lines()
            .last()
            .unwrap_or_default()
            .to_string();
        if !dialog.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(!dialog.is_empty(), "the native save dialog did not open");
    tokio::time::sleep(Duration::from_millis(800)).await;
    // Without a window manager the dialog does not take focus by itself: click into its file
    // name field (at its top), select the proposed name and type over it.
    xdotool(&["windowfocus", "--sync", &dialog]);
    xdotool(&["mousemove", "--window", &dialog, "400", "27", "click", "1"]);
    xdotool(&["key", "ctrl+a"]);
    xdotool(&["type", "--delay", "10", out.to_str().unwrap()]);
    xdotool(&["key", "Return"]);

    let notice = wait_for(&app, By::Css("[data-testid='notice']")).await;
    let text = notice.text().await.unwrap();
    assert!(
        text.contains("Exported to") && text.contains("board-summary.pdf"),
        "{text}"
    );
    let info = Command::new("pdfinfo")
        .arg(&out)
        .output()
        .expect("pdfinfo is installed");
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(
        info.contains("Title:") && info.contains("Board review"),
        "{info}"
    );
    let pages: u32 = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert!(pages >= 2, "canvas page + area pages, got {pages}");
    app.quit().await.unwrap();
}
