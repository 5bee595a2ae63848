//! Which address the host listens on: by default the machine's private LAN address, never every
//! interface unless the user asks for `0.0.0.0`.

use std::net::{IpAddr, Ipv4Addr};

/// The machine's addresses on private networks (10/8, 172.16/12, 192.168/16), first to last.
pub fn private_addresses() -> Vec<Ipv4Addr> {
    let Ok(interfaces) = if_addrs::get_if_addrs() else {
        return Vec::new();
    };
    interfaces
        .into_iter()
        .filter_map(|i| match i.ip() {
            IpAddr::V4(v4) if v4.is_private() && !v4.is_loopback() => Some(v4),
            _ => None,
        })
        .collect()
}

/// The address to listen on when the user named none.
pub fn default_bind() -> Result<IpAddr, stratmap_core::Error> {
    private_addresses()
        .first()
        .map(|ip| IpAddr::V4(*ip))
        .ok_or_else(|| stratmap_core::Error::Io {
            path: "the network".to_string(),
            message: "this machine has no private network address (is it on Wi-Fi?); \
                      pass --bind 127.0.0.1 to host for this computer only"
                .to_string(),
        })
}

/// The host names a request may carry in `Host` for a server bound to `bind` on `port`.
pub fn allowed_hosts(bind: IpAddr, port: u16) -> Vec<String> {
    let mut hosts = Vec::new();
    let mut add = |ip: IpAddr| {
        hosts.push(match ip {
            IpAddr::V4(v4) => format!("{v4}:{port}"),
            IpAddr::V6(v6) => format!("[{v6}]:{port}"),
        });
    };
    if bind.is_unspecified() {
        // Every interface: any of this machine's own addresses.
        add(IpAddr::V4(Ipv4Addr::LOCALHOST));
        for ip in private_addresses() {
            add(IpAddr::V4(ip));
        }
    } else {
        add(bind);
    }
    if bind.is_loopback() || bind.is_unspecified() {
        hosts.push(format!("localhost:{port}"));
    }
    hosts
}

/// How a link names the host: the bound address, or the LAN address when bound to all.
pub fn link_host(bind: IpAddr, port: u16) -> String {
    let shown = if bind.is_unspecified() {
        default_bind().unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST))
    } else {
        bind
    };
    match shown {
        IpAddr::V4(v4) => format!("{v4}:{port}"),
        IpAddr::V6(v6) => format!("[{v6}]:{port}"),
    }
}
