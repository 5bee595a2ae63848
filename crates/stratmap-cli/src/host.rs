//! `stratmap host FILE`: serves a live session until Ctrl-C or SIGTERM, then stops cleanly (every
//! page told, the file closed, its lock released).

use std::io::Write;
use std::net::IpAddr;
use std::path::Path;

use stratmap_core::{Error, Result};
use stratmap_live::{Canvas, Host, HostConfig};

fn parse_bind(text: &str) -> Result<IpAddr> {
    text.trim().parse().map_err(|_| Error::Invalid {
        field: "--bind",
        reason: format!("{text:?} is not an IP address (for example 127.0.0.1 or 192.168.1.20)"),
    })
}

fn parse_port(text: &str) -> Result<u16> {
    text.trim().parse().map_err(|_| Error::Invalid {
        field: "--port",
        reason: format!("{text:?} is not a port number from 0 to 65535"),
    })
}

pub fn serve(
    file: &Path,
    bind: Option<&str>,
    port: Option<&str>,
    out: &mut dyn Write,
) -> Result<()> {
    let config = HostConfig {
        canvas: Canvas::File(file.to_path_buf()),
        on_change: None,
        bind: bind.map(parse_bind).transpose()?,
        port: port.map(parse_port).transpose()?,
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::io(Path::new("the host"), &e))?;
    runtime.block_on(async {
        let host = Host::start(config).await?;
        let lines = format!(
            "participants: {}\nfacilitator: {}\n",
            host.participants_url, host.facilitator_url
        );
        crate::output::write(out, lines.as_bytes())?;
        stopped().await;
        host.stop().await;
        Ok(())
    })
}

/// Waits for Ctrl-C (SIGINT) or SIGTERM.
async fn stopped() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}
