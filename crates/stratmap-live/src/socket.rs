//! One WebSocket: the hello with the protocol version, then requests in and views out, each
//! socket held to its own limits (size, rate) so that a misbehaving device harms only itself.

use std::sync::Arc;

use axum::extract::State;
use axum::extract::ws::{CloseFrame, Message, Utf8Bytes, WebSocket, WebSocketUpgrade};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use futures_util::{SinkExt, StreamExt};
use tokio::sync::mpsc;

use crate::http::{self, App, PARTICIPANT_COOKIE, Shared};
use crate::hub::Outgoing;
use crate::limits::{HELLO_WITHIN, MESSAGE_MAX_BYTES, OUTBOX, RateLimit};
use crate::protocol::{ClientMessage, PROTOCOL_VERSION, ServerMessage};
use crate::room::Actor;

/// `GET /ws`: upgrades a request from our own page that carries a facilitator's or a
/// participant's cookie.
pub async fn upgrade(
    State(shared): App,
    headers: HeaderMap,
    upgrade: WebSocketUpgrade,
) -> Response {
    if !http::origin_is_ours(&headers) {
        return http::error(
            StatusCode::FORBIDDEN,
            "a session socket must come from the session's own page",
        );
    }
    let actor = if http::is_facilitator(&shared, &headers) {
        Actor::Facilitator
    } else {
        let participant = match http::cookie(&headers, PARTICIPANT_COOKIE) {
            Some(token) if http::has_link(&shared, &headers) => {
                shared.hub.who_is(token.to_string()).await
            }
            _ => None,
        };
        match participant {
            Some(p) => Actor::Participant(p.id),
            None => return http::error(StatusCode::FORBIDDEN, "join the session first"),
        }
    };
    upgrade
        .max_message_size(MESSAGE_MAX_BYTES)
        .max_frame_size(MESSAGE_MAX_BYTES)
        .on_upgrade(move |socket| {
            let sockets = shared.sockets.clone();
            sockets.track_future(serve(shared, actor, socket))
        })
}

fn text(message: &ServerMessage) -> Message {
    Message::Text(Utf8Bytes::from(
        serde_json::to_string(message).unwrap_or_default(),
    ))
}

fn close(code: u16, reason: &str) -> Message {
    Message::Close(Some(CloseFrame {
        code,
        reason: Utf8Bytes::from(reason.to_string()),
    }))
}

/// Reads what the page still sends after we closed, for a moment, so that the close frame is
/// delivered rather than lost to a connection reset.
async fn drain(stream: &mut futures_util::stream::SplitStream<WebSocket>) {
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(1);
    while let Ok(Some(Ok(_))) = tokio::time::timeout_at(deadline, stream.next()).await {}
}

async fn serve(shared: Arc<Shared>, actor: Actor, socket: WebSocket) {
    let (mut sink, mut stream) = socket.split();
    // The first message says which protocol the page speaks.
    let hello = tokio::time::timeout(HELLO_WITHIN, stream.next()).await;
    let protocol = match hello {
        Ok(Some(Ok(Message::Text(t)))) => match serde_json::from_str::<ClientMessage>(&t) {
            Ok(ClientMessage::Hello { protocol }) => protocol,
            _ => {
                let _ = sink
                    .send(close(1002, "the first message must be hello"))
                    .await;
                return;
            }
        },
        _ => {
            let _ = sink.send(close(1002, "no hello")).await;
            return;
        }
    };
    if protocol != PROTOCOL_VERSION {
        let _ = sink
            .send(text(&ServerMessage::Reload {
                protocol: PROTOCOL_VERSION,
            }))
            .await;
        let _ = sink.send(close(1000, "this page is out of date")).await;
        return;
    }
    let (outbox, mut queued) = mpsc::channel(OUTBOX);
    let (closer, mut let_go) = tokio::sync::oneshot::channel();
    let Some(client) = shared.hub.attach(actor, outbox, closer).await else {
        let _ = sink.send(close(1001, "the host stopped")).await;
        return;
    };
    let mut limit = RateLimit::new();
    loop {
        tokio::select! {
            incoming = stream.next() => match incoming {
                Some(Ok(Message::Text(t))) => {
                    if !limit.allow() {
                        if limit.flooding() {
                            let _ = sink.send(close(1008, "too many messages")).await;
                            drain(&mut stream).await;
                            break;
                        }
                        let request = serde_json::from_str::<ClientMessage>(&t).ok().and_then(|m| m.request());
                        let refused = ServerMessage::Refused {
                            request,
                            message: "too many messages: wait a moment and try again".to_string(),
                        };
                        if sink.send(text(&refused)).await.is_err() {
                            break;
                        }
                        continue;
                    }
                    match serde_json::from_str::<ClientMessage>(&t) {
                        Ok(message) => shared.hub.request(client, message),
                        Err(e) => {
                            let refused = ServerMessage::Refused {
                                request: None,
                                message: format!("the host could not read a message: {e}"),
                            };
                            let _ = sink.send(text(&refused)).await;
                            let _ = sink.send(close(1003, "unreadable message")).await;
                            break;
                        }
                    }
                }
                Some(Ok(Message::Binary(_))) => {
                    let _ = sink.send(close(1003, "messages are text")).await;
                    break;
                }
                Some(Ok(Message::Ping(_) | Message::Pong(_))) => {}
                Some(Ok(Message::Close(_))) | None => break,
                Some(Err(e)) => {
                    // Most often a message over the size limit.
                    let reason = if e.to_string().to_lowercase().contains("too long")
                        || e.to_string().to_lowercase().contains("size")
                    {
                        format!("message too large: {} KiB at most", MESSAGE_MAX_BYTES / 1024)
                    } else {
                        "the connection broke".to_string()
                    };
                    let _ = sink.send(close(1009, &reason)).await;
                    break;
                }
            },
            Ok((code, reason)) = &mut let_go => {
                let _ = sink.send(close(code, &reason)).await;
                break;
            }
            out = queued.recv() => match out {
                Some(Outgoing::Send(message)) => {
                    if sink.send(text(&message)).await.is_err() {
                        break;
                    }
                }
                Some(Outgoing::Close(code, reason)) => {
                    let _ = sink.send(close(code, &reason)).await;
                    drain(&mut stream).await;
                    break;
                }
                None => {
                    let _ = sink.send(close(1001, "the host stopped")).await;
                    break;
                }
            },
        }
    }
    shared.hub.detach(client);
}
