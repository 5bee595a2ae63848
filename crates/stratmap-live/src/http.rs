//! The HTTP side: the links that trade their secret for a cookie, the two pages, joining, and
//! the checks every request passes first (the `Host` header against DNS rebinding, the `Origin`
//! of anything that changes state).

use std::sync::Arc;

use axum::Json;
use axum::body::Body;
use axum::extract::{Path, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::assets;
use crate::hub::Hub;
use crate::protocol::{ErrorReply, JoinRequest, MeReply};
use crate::secrets;

/// The cookie the participants link is traded for.
pub const LINK_COOKIE: &str = "stratmap_link";
/// The cookie the facilitator link is traded for.
pub const FACILITATOR_COOKIE: &str = "stratmap_facilitator";
/// The cookie that says which participant a device is.
pub const PARTICIPANT_COOKIE: &str = "stratmap_participant";

/// What every handler shares.
pub struct Shared {
    pub hub: Hub,
    pub participants_url: String,
    pub participants_secret: String,
    pub facilitator_secret: String,
    /// `Host` values this server answers to.
    pub hosts: Vec<String>,
    /// The open sockets, so that stopping waits until each has sent its farewell.
    pub sockets: tokio_util::task::TaskTracker,
}

pub type App = State<Arc<Shared>>;

pub fn error(status: StatusCode, message: impl Into<String>) -> Response {
    (
        status,
        Json(ErrorReply {
            message: message.into(),
        }),
    )
        .into_response()
}

/// A cookie's value from the request's `Cookie` headers.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

fn has_secret(headers: &HeaderMap, name: &str, secret: &str) -> bool {
    cookie(headers, name).is_some_and(|given| secrets::same(given, secret))
}

pub fn is_facilitator(shared: &Shared, headers: &HeaderMap) -> bool {
    has_secret(headers, FACILITATOR_COOKIE, &shared.facilitator_secret)
}

pub fn has_link(shared: &Shared, headers: &HeaderMap) -> bool {
    has_secret(headers, LINK_COOKIE, &shared.participants_secret)
}

/// The `Origin` a same-origin request from our own page carries.
pub fn origin_is_ours(headers: &HeaderMap) -> bool {
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let origin = headers.get(header::ORIGIN).and_then(|h| h.to_str().ok());
    matches!((host, origin), (Some(host), Some(origin)) if origin == format!("http://{host}"))
}

/// Refuses a request whose `Host` names anything but this server (DNS rebinding), and sets the
/// headers every answer carries.
pub async fn guard(State(shared): App, request: Request, next: Next) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default()
        .to_string();
    if !shared.hosts.contains(&host) {
        return error(
            StatusCode::MISDIRECTED_REQUEST,
            "this host answers only to its own address",
        );
    }
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let csp = format!(
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
         font-src 'self'; connect-src 'self' ws://{host}; base-uri 'none'; form-action 'none'; \
         frame-ancestors 'none'"
    );
    if let Ok(value) = HeaderValue::from_str(&csp) {
        headers.insert(header::CONTENT_SECURITY_POLICY, value);
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    response
}

fn set_cookie_and_go(name: &str, value: &str, to: &'static str) -> Response {
    let cookie = format!("{name}={value}; HttpOnly; SameSite=Strict; Path=/");
    let mut response = (StatusCode::SEE_OTHER, [(header::LOCATION, to)]).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}

const WRONG_LINK: &str =
    "This link is not valid for the session. Scan the code on the screen again.";

/// `GET /join/SECRET`: the participants link, traded for a cookie so the secret leaves the
/// address bar.
pub async fn join_link(State(shared): App, Path(secret): Path<String>) -> Response {
    if secrets::same(&secret, &shared.participants_secret) {
        set_cookie_and_go(LINK_COOKIE, &secret, "/live")
    } else {
        error(StatusCode::FORBIDDEN, WRONG_LINK)
    }
}

/// `GET /facilitate/SECRET`: the facilitator link.
pub async fn facilitator_link(State(shared): App, Path(secret): Path<String>) -> Response {
    if secrets::same(&secret, &shared.facilitator_secret) {
        set_cookie_and_go(FACILITATOR_COOKIE, &secret, "/facilitator")
    } else {
        error(StatusCode::FORBIDDEN, WRONG_LINK)
    }
}

fn page(name: &str) -> Response {
    match assets::file(name) {
        Some((body, kind)) => ([(header::CONTENT_TYPE, kind)], body).into_response(),
        None => error(StatusCode::NOT_FOUND, "no such page"),
    }
}

pub async fn participant_page(State(shared): App, headers: HeaderMap) -> Response {
    if has_link(&shared, &headers) {
        page("live.html")
    } else {
        error(StatusCode::FORBIDDEN, WRONG_LINK)
    }
}

pub async fn facilitator_page(State(shared): App, headers: HeaderMap) -> Response {
    if is_facilitator(&shared, &headers) {
        page("facilitator.html")
    } else {
        error(StatusCode::FORBIDDEN, WRONG_LINK)
    }
}

/// `GET /assets/…`: the pages' scripts and styles (code only: no canvas data, no secrets).
pub async fn asset(Path(path): Path<String>) -> Response {
    match assets::file(&format!("assets/{path}")) {
        Some((body, kind)) => (
            [
                (header::CONTENT_TYPE, kind),
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
            ],
            Body::from(body),
        )
            .into_response(),
        None => error(StatusCode::NOT_FOUND, "no such file"),
    }
}

/// `GET /api/me`: whether this device has joined, and as whom.
pub async fn me(State(shared): App, headers: HeaderMap) -> Response {
    if !has_link(&shared, &headers) {
        return error(StatusCode::FORBIDDEN, WRONG_LINK);
    }
    let found = match cookie(&headers, PARTICIPANT_COOKIE) {
        Some(token) => shared.hub.who_is(token.to_string()).await,
        None => None,
    };
    Json(MeReply {
        joined: found.is_some(),
        name: found.map(|p| p.name),
        canvas: shared.hub.title().await,
    })
    .into_response()
}

/// `POST /api/join`: joins with a name; the device keeps who it is in an HttpOnly cookie.
pub async fn join(State(shared): App, headers: HeaderMap, body: axum::body::Bytes) -> Response {
    if !has_link(&shared, &headers) {
        return error(StatusCode::FORBIDDEN, WRONG_LINK);
    }
    if !origin_is_ours(&headers) {
        return error(
            StatusCode::FORBIDDEN,
            "requests must come from the session's own page",
        );
    }
    let request: JoinRequest = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(e) => return error(StatusCode::BAD_REQUEST, format!("unreadable request: {e}")),
    };
    match shared.hub.join(request.name).await {
        Ok(participant) => {
            let cookie = format!(
                "{PARTICIPANT_COOKIE}={}; HttpOnly; SameSite=Strict; Path=/",
                participant.token
            );
            let mut response = Json(MeReply {
                joined: true,
                name: Some(participant.name),
                canvas: shared.hub.title().await,
            })
            .into_response();
            if let Ok(value) = HeaderValue::from_str(&cookie) {
                response.headers_mut().insert(header::SET_COOKIE, value);
            }
            response
        }
        Err(refusal) => error(StatusCode::UNPROCESSABLE_ENTITY, refusal.0),
    }
}
