//! What the server is told about where it runs: the public address people reach it at (for
//! every absolute link: invitation e-mails, calendar feeds) and the reverse proxies whose
//! `X-Forwarded-For` it may believe. Never taken from the request: the `Host` header and
//! forwarding headers are whatever the client wants them to be.

use std::net::IpAddr;

/// The web server's settings.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Scheme, host and port people open, without a trailing slash (`https://upr.example.org`).
    pub public_url: String,
    /// Proxies whose `X-Forwarded-For` names the client; empty: the peer is the client.
    pub trusted_proxies: Vec<IpNetwork>,
}

impl Default for WebConfig {
    /// The default bind address, no proxies.
    fn default() -> Self {
        WebConfig { public_url: "http://127.0.0.1:8080".into(), trusted_proxies: Vec::new() }
    }
}

/// A setting that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The public URL is not an http(s) URL without path, query or fragment.
    #[error("{0:?} is not a public URL: give the scheme and host, e.g. https://upr.example.org")]
    PublicUrl(String),
    /// A proxy entry is neither an IP address nor a CIDR network.
    #[error("{0:?} is not an IP address or network (e.g. 10.0.0.1 or 10.0.0.0/8)")]
    Proxy(String),
}

impl WebConfig {
    /// Checks and normalises a public URL (a trailing slash is dropped).
    pub fn parse_public_url(url: &str) -> Result<String, ConfigError> {
        let url = url.trim().trim_end_matches('/');
        let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
        match rest {
            Some(host)
                if !host.is_empty()
                    && !host.contains(['/', '?', '#', '@'])
                    && host.chars().all(|c| c.is_ascii_graphic()) =>
            {
                Ok(url.to_string())
            }
            _ => Err(ConfigError::PublicUrl(url.to_string())),
        }
    }

    /// Reads a comma-separated list of IP addresses and CIDR networks.
    pub fn parse_proxies(list: &str) -> Result<Vec<IpNetwork>, ConfigError> {
        list.split(',').map(str::trim).filter(|s| !s.is_empty()).map(IpNetwork::parse).collect()
    }

    /// The client's address: the peer, unless the peer is a trusted proxy; then the rightmost
    /// `X-Forwarded-For` entry that is not a trusted proxy (entries further left were written
    /// by the client and prove nothing).
    pub fn client_address(&self, peer: IpAddr, forwarded_for: &[&str]) -> IpAddr {
        if !self.trusts(peer) {
            return peer;
        }
        let mut client = peer;
        for hop in forwarded_for.iter().rev().flat_map(|h| h.split(',').rev()) {
            let Ok(ip) = hop.trim().parse::<IpAddr>() else { break };
            client = ip;
            if !self.trusts(ip) {
                break;
            }
        }
        client
    }

    fn trusts(&self, ip: IpAddr) -> bool {
        self.trusted_proxies.iter().any(|n| n.contains(ip))
    }
}

/// An IP network: an address and a prefix length (a single address has the full length).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IpNetwork {
    address: IpAddr,
    prefix: u8,
}

impl IpNetwork {
    /// Reads `10.0.0.1`, `10.0.0.0/8`, `::1` or `fd00::/8`.
    pub fn parse(s: &str) -> Result<IpNetwork, ConfigError> {
        let bad = || ConfigError::Proxy(s.to_string());
        let (ip, prefix) = match s.split_once('/') {
            Some((ip, p)) => (ip, Some(p.parse::<u8>().map_err(|_| bad())?)),
            None => (s, None),
        };
        let address: IpAddr = ip.trim().parse().map_err(|_| bad())?;
        let full = if address.is_ipv4() { 32 } else { 128 };
        let prefix = prefix.unwrap_or(full);
        if prefix > full {
            return Err(bad());
        }
        Ok(IpNetwork { address, prefix })
    }

    /// Whether `ip` is inside the network.
    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = match ip {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(ip),
            v4 => v4,
        };
        match (self.address, ip) {
            (IpAddr::V4(n), IpAddr::V4(a)) => {
                let mask = u32::MAX.checked_shl(32 - u32::from(self.prefix)).unwrap_or(0);
                u32::from(n) & mask == u32::from(a) & mask
            }
            (IpAddr::V6(n), IpAddr::V6(a)) => {
                let mask = u128::MAX.checked_shl(128 - u32::from(self.prefix)).unwrap_or(0);
                u128::from(n) & mask == u128::from(a) & mask
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().expect("ip")
    }

    #[test]
    fn networks_contain_their_addresses() {
        let n = IpNetwork::parse("10.1.0.0/16").expect("net");
        assert!(n.contains(ip("10.1.200.3")) && !n.contains(ip("10.2.0.1")));
        assert!(IpNetwork::parse("0.0.0.0/0").expect("all").contains(ip("8.8.8.8")));
        assert!(IpNetwork::parse("127.0.0.1").expect("one").contains(ip("::ffff:127.0.0.1")));
        assert!(IpNetwork::parse("fd00::/8").expect("v6").contains(ip("fd12::1")));
        assert!(IpNetwork::parse("10.0.0.0/33").is_err() && IpNetwork::parse("proxy").is_err());
    }

    #[test]
    fn forwarded_for_is_believed_only_from_trusted_proxies() {
        let config = WebConfig {
            trusted_proxies: WebConfig::parse_proxies("10.0.0.1, 192.168.0.0/24").expect("proxies"),
            ..WebConfig::default()
        };
        // Not from a proxy: the header is the client's own claim.
        assert_eq!(config.client_address(ip("203.0.113.9"), &["1.2.3.4"]), ip("203.0.113.9"));
        // From the proxy: the rightmost untrusted hop, not the spoofed leftmost one.
        assert_eq!(config.client_address(ip("10.0.0.1"), &["6.6.6.6, 198.51.100.7"]), ip("198.51.100.7"));
        assert_eq!(
            config.client_address(ip("10.0.0.1"), &["6.6.6.6", "198.51.100.7, 192.168.0.5"]),
            ip("198.51.100.7")
        );
        // Garbage where the client's address should be: the last proxy's view.
        assert_eq!(config.client_address(ip("10.0.0.1"), &["not-an-ip"]), ip("10.0.0.1"));
        assert_eq!(config.client_address(ip("10.0.0.1"), &[]), ip("10.0.0.1"));
        assert_eq!(WebConfig::default().client_address(ip("10.0.0.1"), &["1.2.3.4"]), ip("10.0.0.1"));
    }

    #[test]
    fn public_urls_are_checked() {
        assert_eq!(WebConfig::parse_public_url("https://upr.example.org/").expect("ok"), "https://upr.example.org");
        assert!(WebConfig::parse_public_url("http://127.0.0.1:8080").is_ok());
        for bad in ["upr.example.org", "ftp://x", "https://", "https://a/b", "https://a b"] {
            assert!(WebConfig::parse_public_url(bad).is_err(), "{bad}");
        }
    }
}
