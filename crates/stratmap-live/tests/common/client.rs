//! A participant's or facilitator's device as the tests play it: plain HTTP/1.1 over a TCP socket
//! for the links and joining, and a real WebSocket client. Everything goes to 127.0.0.1 only.
#![allow(dead_code)]

use std::net::SocketAddr;
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use stratmap_live::protocol::{ClientMessage, LiveView, PROTOCOL_VERSION, ServerMessage};

/// How long a test waits for any one answer before it fails.
pub const WAIT: Duration = Duration::from_secs(10);

/// One HTTP answer.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// `name=value` of the cookie this answer sets.
    pub fn cookie(&self) -> Option<String> {
        self.header("set-cookie")
            .and_then(|c| c.split(';').next())
            .map(str::to_string)
    }
}

/// Sends one HTTP/1.1 request to `addr` and reads the whole answer.
pub async fn http(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Reply {
    let mut stream = TcpStream::connect(addr).await.expect("connect to the host");
    let mut request = format!("{method} {path} HTTP/1.1\r\nConnection: close\r\n");
    if !headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("host")) {
        request.push_str(&format!("Host: {addr}\r\n"));
    }
    for (k, v) in headers {
        request.push_str(&format!("{k}: {v}\r\n"));
    }
    request.push_str(&format!("Content-Length: {}\r\n\r\n{body}", body.len()));
    stream.write_all(request.as_bytes()).await.expect("send");
    let mut raw = Vec::new();
    tokio::time::timeout(WAIT, stream.read_to_end(&mut raw))
        .await
        .expect("the host answers in time")
        .expect("read");
    let text = String::from_utf8_lossy(&raw).to_string();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    Reply {
        status,
        headers,
        body: body.to_string(),
    }
}

/// The path part of a link printed by the host.
pub fn path_of(url: &str) -> String {
    let rest = url.strip_prefix("http://").expect("an http link");
    rest[rest.find('/').expect("a path")..].to_string()
}

/// Trades the participants link for its cookie.
pub async fn link_cookie(addr: SocketAddr, participants_url: &str) -> String {
    let reply = http(addr, "GET", &path_of(participants_url), &[], "").await;
    assert_eq!(reply.status, 303, "{reply:?}");
    reply.cookie().expect("the link sets a cookie")
}

/// Joins as `name`; returns the cookies the device then holds.
pub async fn join(addr: SocketAddr, participants_url: &str, name: &str) -> Result<String, Reply> {
    let link = link_cookie(addr, participants_url).await;
    let origin = format!("http://{addr}");
    let body = serde_json::json!({ "name": name }).to_string();
    let reply = http(
        addr,
        "POST",
        "/api/join",
        &[
            ("Cookie", &link),
            ("Origin", &origin),
            ("Content-Type", "application/json"),
        ],
        &body,
    )
    .await;
    if reply.status != 200 {
        return Err(reply);
    }
    let me = reply.cookie().expect("joining sets the participant cookie");
    Ok(format!("{link}; {me}"))
}

type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// An open session socket, with everything it has received.
pub struct Device {
    socket: Socket,
    next_request: u32,
    /// Every text frame received, as it came over the wire.
    pub received: Vec<String>,
    pub view: Option<LiveView>,
    /// The close frame's code and reason, once the host closed the socket.
    pub closed: Option<(u16, String)>,
}

/// Opens a session socket with `cookies`, from `origin` (our own page's by default).
pub async fn open_socket(
    addr: SocketAddr,
    cookies: &str,
    origin: Option<&str>,
) -> Result<Socket, String> {
    let mut request = format!("ws://{addr}/ws")
        .into_client_request()
        .expect("request");
    let own = format!("http://{addr}");
    let headers = request.headers_mut();
    headers.insert(
        "Cookie",
        HeaderValue::from_str(cookies).expect("cookie header"),
    );
    headers.insert(
        "Origin",
        HeaderValue::from_str(origin.unwrap_or(&own)).expect("origin header"),
    );
    match tokio::time::timeout(WAIT, tokio_tungstenite::connect_async(request)).await {
        Ok(Ok((socket, _))) => Ok(socket),
        Ok(Err(e)) => Err(e.to_string()),
        Err(_) => Err("timed out".to_string()),
    }
}

impl Device {
    /// A device on an open socket that has said nothing yet.
    pub fn from_socket(socket: Socket) -> Device {
        Device {
            socket,
            next_request: 1,
            received: Vec::new(),
            view: None,
            closed: None,
        }
    }

    /// Connects, says hello, and waits for the first view.
    pub async fn connect(addr: SocketAddr, cookies: &str) -> Device {
        let socket = open_socket(addr, cookies, None)
            .await
            .expect("the socket opens");
        let mut device = Device::from_socket(socket);
        device
            .send(&ClientMessage::Hello {
                protocol: PROTOCOL_VERSION,
            })
            .await;
        device.wait_view(|_| true).await;
        device
    }

    pub async fn send(&mut self, message: &ClientMessage) {
        let text = serde_json::to_string(message).expect("json");
        self.send_text(text).await;
    }

    pub async fn send_text(&mut self, text: String) {
        let _ = self.socket.send(Message::Text(text.into())).await;
    }

    /// The next message from the host (views are remembered), or `None` once it closed.
    pub async fn next(&mut self) -> Option<ServerMessage> {
        loop {
            let frame = tokio::time::timeout(WAIT, self.socket.next())
                .await
                .expect("the host says something in time");
            match frame {
                Some(Ok(Message::Text(text))) => {
                    self.received.push(text.to_string());
                    let message: ServerMessage =
                        serde_json::from_str(&text).expect("a server message");
                    if let ServerMessage::View { view } = &message {
                        self.view = Some((**view).clone());
                    }
                    return Some(message);
                }
                Some(Ok(Message::Close(frame))) => {
                    self.closed = Some(
                        frame
                            .map(|f| (u16::from(f.code), f.reason.to_string()))
                            .unwrap_or((1005, String::new())),
                    );
                    return None;
                }
                Some(Ok(_)) => {}
                Some(Err(_)) | None => {
                    self.closed.get_or_insert((1006, String::new()));
                    return None;
                }
            }
        }
    }

    /// Waits for a view that meets `wanted`.
    pub async fn wait_view(&mut self, wanted: impl Fn(&LiveView) -> bool) -> LiveView {
        if let Some(view) = &self.view
            && wanted(view)
            && self.received.len() > 1
        {
            return view.clone();
        }
        loop {
            match self.next().await {
                Some(ServerMessage::View { view }) if wanted(&view) => return *view,
                Some(_) => {}
                None => panic!(
                    "the socket closed while waiting for a view: {:?}",
                    self.closed
                ),
            }
        }
    }

    /// Sends a request made with the next request number; returns `Ok` on its ack, or the
    /// refusal's message.
    pub async fn request(&mut self, make: impl FnOnce(u32) -> ClientMessage) -> Result<(), String> {
        let request = self.next_request;
        self.next_request += 1;
        self.send(&make(request)).await;
        loop {
            match self.next().await {
                Some(ServerMessage::Ack { request: r }) if r == request => return Ok(()),
                Some(ServerMessage::Refused {
                    request: Some(r),
                    message,
                }) if r == request => return Err(message),
                Some(_) => {}
                None => return Err(format!("closed: {:?}", self.closed)),
            }
        }
    }

    /// Reads until the host closes the socket; returns the close code and reason.
    pub async fn until_closed(&mut self) -> (u16, String) {
        while self.next().await.is_some() {}
        self.closed.clone().unwrap_or_default()
    }

    /// Everything received so far, as one text (for "this never crossed the wire" checks).
    pub fn wire(&self) -> String {
        self.received.join("\n")
    }
}
