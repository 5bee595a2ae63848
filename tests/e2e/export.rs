//! Export from the real app: the Export menu, the native (GTK) save dialog answered by typing a
//! path as a user would (xdotool), and a real PDF on disk checked by pdfinfo.

use std::process::Command;

use stratmap_e2e::{Driver, FileDialog, answer_file_dialog, cli_binary, wait_for};
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

    // The save dialog is a native window: answer it as a user would.
    let out = driver.home.path().join("board-summary.pdf");
    answer_file_dialog("Export", FileDialog::Save, &out).await;

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
