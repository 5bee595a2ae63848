//! Starting and stopping a host: open the file (taking its lock), resume or begin its session,
//! listen, and serve until told to stop.

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use tokio::net::TcpListener;
use tokio_util::task::TaskTracker;

use crate::http::{self, Shared};
use crate::hub::{self, Hub, OnChange};
use crate::net;
use crate::room::{Room, SharedEditor, session};
use crate::socket;
use stratmap_core::Error;

fn failed_address(bind: IpAddr, e: &std::io::Error) -> Error {
    Error::io(std::path::Path::new(&bind.to_string()), e)
}

/// How long stopping waits for the open sockets to deliver their close: a little more than a
/// socket's own wait for the page's close reply.
const SOCKETS_CLOSE_WITHIN: std::time::Duration = std::time::Duration::from_secs(2);

/// The canvas a host serves.
pub enum Canvas {
    /// A file the host opens (and locks) itself: `stratmap host`.
    File(PathBuf),
    /// A canvas already open in this process: the desktop app's.
    Open(SharedEditor),
}

/// Where and what to host.
pub struct HostConfig {
    pub canvas: Canvas,
    /// Told after every change the session commits (the desktop app redraws its board).
    pub on_change: Option<OnChange>,
    /// `None`: the machine's private LAN address.
    pub bind: Option<IpAddr>,
    /// `None`: the port the session last used when it is free, else any free port.
    pub port: Option<u16>,
}

/// A running host.
pub struct Host {
    pub participants_url: String,
    pub facilitator_url: String,
    pub address: SocketAddr,
    hub: Hub,
    hub_thread: std::thread::JoinHandle<()>,
    server: tokio::task::JoinHandle<()>,
    stop: tokio::sync::watch::Sender<bool>,
    sockets: TaskTracker,
}

async fn listen(
    bind: IpAddr,
    wanted: Option<u16>,
    remembered: Option<u16>,
) -> Result<TcpListener, Error> {
    let failed = |port: u16, e: std::io::Error| Error::Io {
        path: SocketAddr::new(bind, port).to_string(),
        message: format!("cannot listen there: {e}"),
    };
    match (wanted, remembered) {
        (Some(port), _) => TcpListener::bind((bind, port))
            .await
            .map_err(|e| failed(port, e)),
        // Resume on the port the links were made for; if another program took it, any port.
        (None, Some(port)) => match TcpListener::bind((bind, port)).await {
            Ok(listener) => Ok(listener),
            Err(_) => TcpListener::bind((bind, 0)).await.map_err(|e| failed(0, e)),
        },
        (None, None) => TcpListener::bind((bind, 0)).await.map_err(|e| failed(0, e)),
    }
}

impl Host {
    /// Opens the file, resumes (or starts) its live session and starts serving.
    pub async fn start(config: HostConfig) -> Result<Host, Error> {
        let bind = match config.bind {
            Some(ip) => ip,
            None => net::default_bind()?,
        };
        let mut room = match config.canvas {
            Canvas::File(path) => Room::open(&path)?,
            Canvas::Open(editor) => Room::adopt(editor)?,
        };
        let remembered = session(&room.editor()).settings.port;
        let listener = listen(bind, config.port, remembered).await?;
        let address = listener
            .local_addr()
            .map_err(|e| failed_address(bind, &e))?;
        room.remember_serving(bind, address.port())?;
        let (participants_secret, facilitator_secret) = {
            let editor = room.editor();
            let live = session(&editor);
            (
                live.participants_secret.clone(),
                live.facilitator_secret.clone(),
            )
        };
        let (hub, hub_thread) = hub::start(room, config.on_change);
        let link_host = net::link_host(bind, address.port());
        let shared = Arc::new(Shared {
            hub: hub.clone(),
            participants_url: format!("http://{link_host}/join/{participants_secret}"),
            participants_secret,
            facilitator_secret,
            hosts: net::allowed_hosts(bind, address.port()),
            sockets: TaskTracker::new(),
        });
        let sockets = shared.sockets.clone();
        let participants_url = shared.participants_url.clone();
        let facilitator_url = format!(
            "http://{link_host}/facilitate/{}",
            shared.facilitator_secret
        );
        let app = Router::new()
            .route("/join/{secret}", get(http::join_link))
            .route("/facilitate/{secret}", get(http::facilitator_link))
            .route("/live", get(http::participant_page))
            .route("/facilitator", get(http::facilitator_page))
            .route("/assets/{*path}", get(http::asset))
            .route("/api/me", get(http::me))
            .route("/api/join", post(http::join))
            .route("/ws", get(socket::upgrade))
            .layer(DefaultBodyLimit::max(4096))
            .layer(axum::middleware::from_fn_with_state(
                shared.clone(),
                http::guard,
            ))
            .with_state(shared);
        let (stop, mut stopped) = tokio::sync::watch::channel(false);
        let server = tokio::spawn(async move {
            let shutdown = async move {
                let _ = stopped.wait_for(|s| *s).await;
            };
            if let Err(e) = axum::serve(listener, app)
                .with_graceful_shutdown(shutdown)
                .await
            {
                log::error!("the live session's server stopped: {e}");
            }
        });
        Ok(Host {
            participants_url,
            facilitator_url,
            address,
            hub,
            hub_thread,
            server,
            stop,
            sockets,
        })
    }

    /// Sends the session's requests of a facilitator in this process (the desktop app).
    pub fn hub(&self) -> &Hub {
        &self.hub
    }

    /// Stops serving: every page is told; a file the host opened is closed and its lock released.
    pub async fn stop(self) {
        self.stop_saying(None).await;
    }

    /// Stops serving and tells every page that the session has ended, with `message`. The
    /// session stays in the file; a host started again on it resumes it.
    pub async fn end(self, message: &str) {
        self.stop_saying(Some(message.to_string())).await;
    }

    async fn stop_saying(self, farewell: Option<String>) {
        self.hub.stop(farewell);
        let _ = self.stop.send(true);
        let _ = tokio::task::spawn_blocking(move || self.hub_thread.join()).await;
        let _ = self.server.await;
        // The server's graceful shutdown does not wait for upgraded sockets. Wait for them here
        // (each has been told to close), so that a process exiting right after (the app's window
        // closing, Ctrl-C) does not cut the farewell off.
        self.sockets.close();
        let _ = tokio::time::timeout(SOCKETS_CLOSE_WITHIN, self.sockets.wait()).await;
    }
}
