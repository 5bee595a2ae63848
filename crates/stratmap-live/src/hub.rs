//! The one thread that owns the [`Room`]: sockets and HTTP handlers send it commands, it applies
//! them one at a time (each committed before it answers) and sends every client that must see a
//! change its fresh view. One writer, no locks shared with the network code.

use std::collections::HashMap;
use std::sync::mpsc as sync_mpsc;

use tokio::sync::{mpsc, oneshot};
use uuid::Uuid;

use stratmap_core::model::Participant;

use crate::protocol::{Board, ClientMessage, LiveView, ServerMessage};
use crate::room::{Actor, Audience, Refusal, Room, session};
use crate::views;

/// What a socket's writer is told to do.
#[derive(Debug)]
pub enum Outgoing {
    Send(ServerMessage),
    /// Close with a WebSocket close code and reason.
    Close(u16, String),
}

pub type ClientId = u64;

enum Command {
    Join {
        name: String,
        reply: oneshot::Sender<Result<Participant, Refusal>>,
    },
    WhoIs {
        token: String,
        reply: oneshot::Sender<Option<Participant>>,
    },
    Attach {
        actor: Actor,
        outbox: mpsc::Sender<Outgoing>,
        closer: oneshot::Sender<(u16, String)>,
        reply: oneshot::Sender<ClientId>,
    },
    Request {
        client: ClientId,
        message: ClientMessage,
    },
    Detach {
        client: ClientId,
    },
    Title {
        reply: oneshot::Sender<String>,
    },
    /// A facilitator's request from inside this process (the desktop app), answered directly.
    Facilitate {
        message: ClientMessage,
        reply: sync_mpsc::Sender<Result<(), Refusal>>,
    },
    /// The canvas was changed from outside the room (the desktop app's own board).
    Refresh,
    /// What a facilitator sees now.
    FacilitatorView {
        reply: sync_mpsc::Sender<LiveView>,
    },
    /// Stops the hub; with a farewell, every page is told the session ended (and why).
    Stop {
        farewell: Option<String>,
    },
}

/// Called after every change the room commits or sees (someone joins, connects, leaves), so
/// that the desktop app can redraw; `true` when the public board changed.
pub type OnChange = Box<dyn Fn(bool) + Send>;

/// A handle for sending the hub commands; cheap to clone.
#[derive(Clone)]
pub struct Hub {
    commands: sync_mpsc::Sender<Command>,
}

struct Client {
    actor: Actor,
    outbox: mpsc::Sender<Outgoing>,
    closer: oneshot::Sender<(u16, String)>,
}

/// Starts the hub's thread on `room`; the thread ends (closing the file) after [`Hub::stop`].
pub fn start(room: Room, on_change: Option<OnChange>) -> (Hub, std::thread::JoinHandle<()>) {
    let (commands, inbox) = sync_mpsc::channel();
    let thread = std::thread::Builder::new()
        .name("stratmap-live-hub".to_string())
        .spawn(move || run(room, on_change, &inbox))
        .expect("the system can start a thread");
    (Hub { commands }, thread)
}

impl Hub {
    async fn ask<T>(&self, make: impl FnOnce(oneshot::Sender<T>) -> Command) -> Option<T> {
        let (reply, answer) = oneshot::channel();
        self.commands.send(make(reply)).ok()?;
        answer.await.ok()
    }

    pub async fn join(&self, name: String) -> Result<Participant, Refusal> {
        self.ask(|reply| Command::Join { name, reply })
            .await
            .unwrap_or_else(|| Err(Refusal("the host is stopping".to_string())))
    }

    pub async fn who_is(&self, token: String) -> Option<Participant> {
        self.ask(|reply| Command::WhoIs { token, reply })
            .await
            .flatten()
    }

    pub async fn title(&self) -> String {
        self.ask(|reply| Command::Title { reply })
            .await
            .unwrap_or_default()
    }

    /// Registers a socket: views and answers go to `outbox`; `closer` is told if the hub lets
    /// the socket go (it fell behind and its outbox is full).
    pub async fn attach(
        &self,
        actor: Actor,
        outbox: mpsc::Sender<Outgoing>,
        closer: oneshot::Sender<(u16, String)>,
    ) -> Option<ClientId> {
        self.ask(|reply| Command::Attach {
            actor,
            outbox,
            closer,
            reply,
        })
        .await
    }

    pub fn request(&self, client: ClientId, message: ClientMessage) {
        let _ = self.commands.send(Command::Request { client, message });
    }

    pub fn detach(&self, client: ClientId) {
        let _ = self.commands.send(Command::Detach { client });
    }

    /// Stops the hub. `farewell`: the session has ended, and every page says so; without one
    /// the pages wait for the host to come back (it resumes the same session).
    pub fn stop(&self, farewell: Option<String>) {
        let _ = self.commands.send(Command::Stop { farewell });
    }

    /// Carries out a facilitator's request and waits for the answer (for callers that are not
    /// async, such as the desktop app's commands).
    pub fn facilitate(&self, message: ClientMessage) -> Result<(), Refusal> {
        let (reply, answer) = sync_mpsc::channel();
        let stopped = || Refusal("the live session is not running".to_string());
        self.commands
            .send(Command::Facilitate { message, reply })
            .map_err(|_| stopped())?;
        answer.recv().map_err(|_| stopped())?
    }

    /// What a facilitator sees now (for callers that are not async).
    pub fn facilitator_view(&self) -> Option<LiveView> {
        let (reply, answer) = sync_mpsc::channel();
        self.commands
            .send(Command::FacilitatorView { reply })
            .ok()?;
        answer.recv().ok()
    }

    /// Tells every device that the canvas changed outside the room.
    pub fn refresh(&self) {
        let _ = self.commands.send(Command::Refresh);
    }
}

struct State {
    room: Room,
    clients: HashMap<ClientId, Client>,
    next_client: ClientId,
    /// The public board as last built; rebuilt only when it may have changed.
    board: Board,
    on_change: Option<OnChange>,
}

fn run(room: Room, on_change: Option<OnChange>, inbox: &sync_mpsc::Receiver<Command>) {
    let board = views::board(room.editor().document());
    let mut state = State {
        room,
        clients: HashMap::new(),
        next_client: 1,
        board,
        on_change,
    };
    // A command read while gathering a group, to carry out next.
    let mut next: Option<Command> = None;
    loop {
        let command = match next.take() {
            Some(command) => command,
            None => match inbox.recv() {
                Ok(command) => command,
                Err(_) => break,
            },
        };
        match command {
            Command::Join { name, reply } => {
                let joined = state.room.join(&name);
                let _ = reply.send(joined);
                state.send_views(|actor| actor == Actor::Facilitator);
                state.changed(false);
            }
            Command::WhoIs { token, reply } => {
                let found = session(&state.room.editor())
                    .participant_with_token(&token)
                    .cloned();
                let _ = reply.send(found);
            }
            Command::Title { reply } => {
                let _ = reply.send(state.room.editor().document().canvas.title.clone());
            }
            Command::Attach {
                actor,
                outbox,
                closer,
                reply,
            } => {
                let id = state.next_client;
                state.next_client += 1;
                state.room.connect(actor);
                state.clients.insert(
                    id,
                    Client {
                        actor,
                        outbox,
                        closer,
                    },
                );
                let _ = reply.send(id);
                state.send_views(|a| a == actor || a == Actor::Facilitator);
                state.changed(false);
            }
            Command::Request { client, message } => {
                if !state.groupable(client, &message) {
                    state.request(client, message);
                    continue;
                }
                // Participants acting at the same moment are committed together.
                let mut group = vec![(client, message)];
                while group.len() < GROUP_MAX {
                    match inbox.try_recv() {
                        Ok(Command::Request { client, message })
                            if state.groupable(client, &message)
                                && group.iter().all(|(c, _)| *c != client) =>
                        {
                            group.push((client, message));
                        }
                        Ok(other) => {
                            next = Some(other);
                            break;
                        }
                        Err(_) => break,
                    }
                }
                state.requests(group);
            }
            Command::Facilitate { message, reply } => {
                let done = state.apply(Actor::Facilitator, message);
                let _ = reply.send(done);
            }
            Command::FacilitatorView { reply } => {
                let editor = state.room.editor();
                let view = views::view_for(
                    &editor,
                    &state.room.presence,
                    Actor::Facilitator,
                    &state.board,
                );
                drop(editor);
                let _ = reply.send(view);
            }
            Command::Refresh => {
                state.board = views::board(state.room.editor().document());
                state.send_views(|_| true);
                state.end_removed();
            }
            Command::Detach { client } => {
                if let Some(gone) = state.clients.remove(&client) {
                    state.room.disconnect(gone.actor);
                    state.send_views(|a| a == Actor::Facilitator);
                    state.changed(false);
                }
            }
            Command::Stop { farewell } => {
                for client in state.clients.values() {
                    if let Some(message) = &farewell {
                        let ended = ServerMessage::Ended {
                            message: message.clone(),
                        };
                        let _ = client.outbox.try_send(Outgoing::Send(ended));
                    }
                    let _ = client
                        .outbox
                        .try_send(Outgoing::Close(1001, "the host stopped".to_string()));
                }
                if let Err(e) = state.room.forget_serving() {
                    log::warn!("could not note in the file that the session stopped: {e}");
                }
                break;
            }
        }
    }
    // Dropping the room closes the canvas file (and releases its editing lock).
}

/// The most requests committed together.
const GROUP_MAX: usize = 64;

impl State {
    /// Whether a request may join a group commit: a participant's own private change (their
    /// drafts, ballot, answers). Everything else is carried out on its own, in order.
    fn groupable(&self, client: ClientId, message: &ClientMessage) -> bool {
        let participant = matches!(
            self.clients.get(&client).map(|c| c.actor),
            Some(Actor::Participant(_))
        );
        participant
            && matches!(
                message,
                ClientMessage::AddDraft { .. }
                    | ClientMessage::MoveDraft { .. }
                    | ClientMessage::RenameDraft { .. }
                    | ClientMessage::DeleteDraft { .. }
                    | ClientMessage::SubmitVotes { .. }
                    | ClientMessage::SubmitAnswers { .. }
            )
    }

    /// Carries out a group of participants' requests (one per client) with one commit; each is
    /// answered, then every device concerned gets one fresh view.
    fn requests(&mut self, group: Vec<(ClientId, ClientMessage)>) {
        if group.len() == 1 {
            let (client, message) = group.into_iter().next().expect("one request");
            self.request(client, message);
            return;
        }
        let asked: Vec<(ClientId, Option<u32>)> =
            group.iter().map(|(c, m)| (*c, m.request())).collect();
        let requests: Vec<(Actor, ClientMessage)> = group
            .into_iter()
            .filter_map(|(c, m)| self.clients.get(&c).map(|client| (client.actor, m)))
            .collect();
        let outcomes = self.room.handle_group(requests);
        let mut concerned = Vec::new();
        for ((client, request), outcome) in asked.into_iter().zip(outcomes) {
            match outcome {
                Ok(audience) => {
                    if let Some(request) = request {
                        self.send(client, ServerMessage::Ack { request });
                    }
                    if let Audience::Participant(id) = audience {
                        concerned.push(Actor::Participant(id));
                    }
                }
                Err(Refusal(message)) => {
                    self.send(client, ServerMessage::Refused { request, message });
                }
            }
        }
        if !concerned.is_empty() {
            self.send_views(|a| a == Actor::Facilitator || concerned.contains(&a));
            self.end_removed();
            self.changed(false);
        }
    }

    fn request(&mut self, client: ClientId, message: ClientMessage) {
        let Some(actor) = self.clients.get(&client).map(|c| c.actor) else {
            return;
        };
        let request = message.request();
        let (ack, views) = match self.room.handle(actor, message) {
            Ok(audience) => (
                request.map(|request| ServerMessage::Ack { request }),
                Some(audience),
            ),
            Err(Refusal(message)) => (Some(ServerMessage::Refused { request, message }), None),
        };
        // The answer goes first, then what changed.
        if let Some(ack) = ack {
            self.send(client, ack);
        }
        if let Some(audience) = views {
            self.after(audience);
        }
    }

    /// Carries out a request that has no socket to answer on.
    fn apply(&mut self, actor: Actor, message: ClientMessage) -> Result<(), Refusal> {
        let audience = self.room.handle(actor, message)?;
        self.after(audience);
        Ok(())
    }

    /// Sends the fresh views a committed change calls for.
    fn after(&mut self, audience: Audience) {
        let public = audience == Audience::Everyone;
        match audience {
            Audience::Everyone => {
                self.board = views::board(self.room.editor().document());
                self.send_views(|_| true);
            }
            Audience::Participant(id) => {
                self.send_views(|a| a == Actor::Participant(id) || a == Actor::Facilitator);
            }
        }
        self.end_removed();
        self.changed(public);
    }

    fn changed(&self, public: bool) {
        if let Some(notify) = &self.on_change {
            notify(public);
        }
    }

    fn send(&mut self, client: ClientId, message: ServerMessage) {
        let lagging = match self.clients.get(&client) {
            Some(c) => c.outbox.try_send(Outgoing::Send(message)).is_err(),
            None => false,
        };
        if lagging {
            self.drop_client(client);
        }
    }

    /// Sends a fresh view to every client `who` picks.
    fn send_views(&mut self, who: impl Fn(Actor) -> bool) {
        let mut lagging = Vec::new();
        let editor = self.room.editor();
        for (id, client) in &self.clients {
            if !who(client.actor) || gone(&editor, client.actor) {
                continue;
            }
            let view = views::view_for(&editor, &self.room.presence, client.actor, &self.board);
            let message = ServerMessage::View {
                view: Box::new(view),
            };
            if client.outbox.try_send(Outgoing::Send(message)).is_err() {
                lagging.push(*id);
            }
        }
        drop(editor);
        for id in lagging {
            self.drop_client(id);
        }
    }

    /// A client whose outbox is full (or closed) is cut off; its page reconnects for a fresh view.
    fn drop_client(&mut self, id: ClientId) {
        if let Some(client) = self.clients.remove(&id) {
            self.room.disconnect(client.actor);
            let _ = client
                .closer
                .send((1013, "this device fell behind; reconnecting".to_string()));
        }
    }

    /// Tells the devices of anyone removed from the session, and lets them go.
    fn end_removed(&mut self) {
        let editor = self.room.editor();
        let removed: Vec<(ClientId, Uuid)> = self
            .clients
            .iter()
            .filter_map(|(id, c)| match c.actor {
                Actor::Participant(p) if gone(&editor, c.actor) => Some((*id, p)),
                _ => None,
            })
            .collect();
        drop(editor);
        for (id, _) in removed {
            if let Some(client) = self.clients.remove(&id) {
                let _ = client.outbox.try_send(Outgoing::Send(ServerMessage::Ended {
                    message: "The facilitator removed you from this session.".to_string(),
                }));
                let _ = client.outbox.try_send(Outgoing::Close(
                    1000,
                    "removed from the session".to_string(),
                ));
            }
        }
    }
}

/// Whether a participant's socket speaks for someone no longer in the session.
fn gone(editor: &stratmap_core::Editor, actor: Actor) -> bool {
    match actor {
        Actor::Participant(id) => session(editor).participant(id).is_none(),
        Actor::Facilitator => false,
    }
}
