//! The limits a host holds every client to, each refused with a message while everyone else is
//! served as before.

use std::time::{Duration, Instant};

/// The largest message a page may send.
pub const MESSAGE_MAX_BYTES: usize = 64 * 1024;
/// Messages a client may send in a burst, and per second after that.
pub const BURST: f64 = 40.0;
pub const PER_SECOND: f64 = 20.0;
/// A socket that keeps sending this many messages beyond its allowance is closed.
pub const FLOOD_CLOSE_AFTER: u32 = 200;
/// Messages queued for one client; a client that falls this far behind is disconnected (its
/// page reconnects and gets a fresh view).
pub const OUTBOX: usize = 256;
/// How long a new socket has to say hello.
pub const HELLO_WITHIN: Duration = Duration::from_secs(10);
/// The longest timer a facilitator may start.
pub const TIMER_MAX_SECONDS: u32 = 4 * 60 * 60;

/// A token bucket for one socket's messages.
pub struct RateLimit {
    tokens: f64,
    last: Instant,
    refused: u32,
}

impl RateLimit {
    pub fn new() -> Self {
        RateLimit {
            tokens: BURST,
            last: Instant::now(),
            refused: 0,
        }
    }

    /// Whether one more message may pass now.
    pub fn allow(&mut self) -> bool {
        let now = Instant::now();
        let elapsed = now.duration_since(self.last).as_secs_f64();
        self.last = now;
        self.tokens = (self.tokens + elapsed * PER_SECOND).min(BURST);
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            true
        } else {
            self.refused += 1;
            false
        }
    }

    /// Whether the client has flooded long enough to be cut off.
    pub fn flooding(&self) -> bool {
        self.refused >= FLOOD_CLOSE_AFTER
    }
}

impl Default for RateLimit {
    fn default() -> Self {
        RateLimit::new()
    }
}
