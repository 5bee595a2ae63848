//! Closing the app's window the way a window manager does when the user clicks its close button:
//! a WM_DELETE_WINDOW message to the top-level window (Xvfb runs no window manager, and
//! WebDriver's own close goes around the toolkit's close path).

use x11rb::connection::Connection;
use x11rb::protocol::xproto::{
    AtomEnum, ClientMessageEvent, ConnectionExt, EventMask, MapState, Window,
};

fn atom(conn: &impl Connection, name: &[u8]) -> u32 {
    conn.intern_atom(false, name)
        .expect("X answers")
        .reply()
        .expect("X answers")
        .atom
}

/// The mapped top-level windows of process `pid` (by their _NET_WM_PID).
fn windows_of(conn: &impl Connection, root: Window, pid: u32) -> Vec<Window> {
    let net_wm_pid = atom(conn, b"_NET_WM_PID");
    let tree = conn
        .query_tree(root)
        .expect("X answers")
        .reply()
        .expect("X answers");
    tree.children
        .into_iter()
        .filter(|&window| {
            let owner = conn
                .get_property(false, window, net_wm_pid, AtomEnum::CARDINAL, 0, 1)
                .ok()
                .and_then(|c| c.reply().ok())
                .and_then(|p| p.value32().and_then(|mut v| v.next()));
            let mapped = conn
                .get_window_attributes(window)
                .ok()
                .and_then(|c| c.reply().ok())
                .is_some_and(|a| a.map_state == MapState::VIEWABLE);
            owner == Some(pid) && mapped
        })
        .collect()
}

/// Asks every window of process `pid` to close, as the close button does; returns how many
/// windows were asked.
pub fn close_windows_of(pid: u32) -> usize {
    let (conn, screen) = x11rb::connect(None).expect("a DISPLAY (run under xvfb-run)");
    let root = conn.setup().roots[screen].root;
    let protocols = atom(&conn, b"WM_PROTOCOLS");
    let delete = atom(&conn, b"WM_DELETE_WINDOW");
    let windows = windows_of(&conn, root, pid);
    for &window in &windows {
        let event = ClientMessageEvent::new(32, window, protocols, [delete, 0, 0, 0, 0]);
        conn.send_event(false, window, EventMask::NO_EVENT, event)
            .expect("X answers");
    }
    conn.flush().expect("X answers");
    windows.len()
}
