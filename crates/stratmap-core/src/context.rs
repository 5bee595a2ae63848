//! The clock and the id source, injected so that tests (and golden files) are deterministic.

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use uuid::Uuid;

type Clock = Box<dyn FnMut() -> OffsetDateTime + Send>;
type Ids = Box<dyn FnMut() -> Uuid + Send>;

/// Where the core gets the time and new ids from.
pub struct Context {
    clock: Clock,
    ids: Ids,
}

impl Context {
    /// The real clock and random (v4) ids.
    pub fn system() -> Self {
        Context {
            clock: Box::new(OffsetDateTime::now_utc),
            ids: Box::new(Uuid::new_v4),
        }
    }

    /// A clock that starts at `start` and ticks one second per reading, and ids counting up from 1.
    pub fn deterministic(start: OffsetDateTime) -> Self {
        let mut tick = 0i64;
        let mut next_id = 0u128;
        Context {
            clock: Box::new(move || {
                tick += 1;
                start + time::Duration::seconds(tick - 1)
            }),
            ids: Box::new(move || {
                next_id += 1;
                Uuid::from_u128(next_id)
            }),
        }
    }

    /// Now, as an RFC 3339 UTC timestamp to the second.
    pub fn now(&mut self) -> String {
        let now = (self.clock)()
            .to_offset(time::UtcOffset::UTC)
            .replace_nanosecond(0)
            .unwrap_or(OffsetDateTime::UNIX_EPOCH);
        now.format(&Rfc3339)
            .unwrap_or_else(|_| "1970-01-01T00:00:00Z".to_string())
    }

    pub fn new_id(&mut self) -> Uuid {
        (self.ids)()
    }
}

impl std::fmt::Debug for Context {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Context")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_context_repeats() {
        let start = time::macros::datetime!(2026-11-27 09:00:00 UTC);
        let mut a = Context::deterministic(start);
        let mut b = Context::deterministic(start);
        assert_eq!(a.now(), "2026-11-27T09:00:00Z");
        assert_eq!(a.now(), "2026-11-27T09:00:01Z");
        assert_eq!(a.new_id(), Uuid::from_u128(1));
        b.now();
        assert_eq!(b.now(), "2026-11-27T09:00:01Z");
    }
}
