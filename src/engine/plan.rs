//! What a run should do: the role filter, the options, and the validated plan.

use std::sync::Arc;
use std::time::Duration;

use ipnet::IpNet;
use rustls_pki_types::CertificateDer;

use super::dns::{PublicDns, ResolveRule, default_public_dns};
use super::error::EngineError;
use super::hold;
use super::tls::Trust;
use crate::catalog::{Catalog, Endpoint, Role};

/// Which side's endpoints to test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RoleFilter {
    /// iPads and Macs only.
    Device,
    /// The MDM server only.
    Server,
    /// Both.
    #[default]
    Both,
}

impl RoleFilter {
    /// The word used in reports and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            RoleFilter::Device => "device",
            RoleFilter::Server => "server",
            RoleFilter::Both => "both",
        }
    }

    pub(super) fn includes(self, role: Role) -> bool {
        match (self, role) {
            (_, Role::Network | Role::Mdm) | (RoleFilter::Both, _) => true,
            (RoleFilter::Device, r) => r == Role::Device,
            (RoleFilter::Server, r) => r == Role::Server,
        }
    }
}

/// This computer's clock as a run sees it: the system's, or set off by a whole number of
/// seconds (tests set it, instead of faking the system's time).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Clock {
    /// Seconds added to the system's time (negative: behind).
    pub offset_secs: i64,
}

impl Clock {
    /// The time now, as this run sees it.
    pub fn now(self) -> std::time::SystemTime {
        let now = std::time::SystemTime::now();
        let by = Duration::from_secs(self.offset_secs.unsigned_abs());
        let moved = if self.offset_secs >= 0 {
            now.checked_add(by)
        } else {
            now.checked_sub(by)
        };
        moved.unwrap_or(now)
    }
}

/// What a run should do, beyond the catalog.
#[derive(Debug, Clone)]
pub struct Options {
    /// Which side's endpoints to test.
    pub roles: RoleFilter,
    /// The deadline of the whole run.
    pub timeout: Duration,
    /// `--resolve` rules.
    pub resolve: Vec<ResolveRule>,
    /// Replaces the catalog's Apple ranges when given.
    pub apple_ranges: Vec<IpNet>,
    /// The school's own CA (`--ca-file`): trusted for the school's servers (a PAC file over
    /// https), never for Apple's hosts.
    pub extra_roots: Vec<CertificateDer<'static>>,
    /// Anchors that stand in for Apple's roots (`--apple-root`, for test beds and labs).
    pub apple_roots: Vec<CertificateDer<'static>>,
    /// This computer's clock as the run sees it.
    pub clock: Clock,
    /// The DNS search domains WPAD looks in (`wpad.<first domain>`); `None` reads this
    /// computer's own (resolv.conf).
    pub search_domains: Option<Vec<String>>,
    /// The program that runs PAC files in a child process (this program's own binary;
    /// `None` finds it as the running executable).
    pub pac_helper: Option<std::path::PathBuf>,
    /// Treat the retired ports 2195/2196 as required.
    pub legacy: bool,
    /// Second-opinion resolvers; empty means none.
    pub public_dns: Vec<PublicDns>,
    /// How many probes may run at once.
    pub concurrency: usize,
    /// Proxy settings given by the caller, each source separately. When `None` and
    /// `read_system_proxies` is set, the run reads the system's own while names resolve.
    pub proxies: Option<Vec<crate::proxy::ProxySetting>>,
    /// Read the system's proxy settings during the run (not with `--no-proxy`).
    pub read_system_proxies: bool,
    /// The hold test: keep idle HTTP/2 connections to the provider API up to this long.
    pub hold: Option<Duration>,
    /// The school's MDM servers: reached, audited against Apple's 2026 TLS rules, and sent
    /// the large handshake of Apple's 26 releases.
    pub mdm_servers: Vec<super::MdmServer>,
    /// With no MDM server given, look for one in this Mac's enrollment profile.
    pub find_mdm_server: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            roles: RoleFilter::Both,
            timeout: Duration::from_secs(10),
            resolve: Vec::new(),
            apple_ranges: Vec::new(),
            extra_roots: Vec::new(),
            apple_roots: Vec::new(),
            clock: Clock::default(),
            pac_helper: None,
            search_domains: None,
            legacy: false,
            public_dns: default_public_dns(),
            concurrency: open_files_budget(),
            proxies: None,
            read_system_proxies: false,
            hold: None,
            mdm_servers: Vec::new(),
            find_mdm_server: false,
        }
    }
}

/// Raises this process's limit of open files to its hard limit (at most 8192), once, at
/// start. macOS allows only 256 by default, fewer than a large catalog's probes.
pub fn raise_open_files_limit() {
    #[cfg(unix)]
    {
        let _ = rlimit::increase_nofile_limit(8192);
    }
}

/// How many sockets a run may hold open at once: up to 1024, and always 64 below the
/// process's limit of open files (left for the resolver, the window and report files), so
/// a big catalog waits for sockets instead of failing with "too many open files".
pub fn open_files_budget() -> usize {
    #[cfg(unix)]
    {
        if let Ok((soft, _)) = rlimit::getrlimit(rlimit::Resource::NOFILE) {
            return budget_under(soft);
        }
    }
    MOST_SOCKETS
}

/// Sockets a run holds open at most.
const MOST_SOCKETS: usize = 1024;

/// The socket budget under a limit of `soft` open files: 64 kept spare, at least 4, at most
/// [`MOST_SOCKETS`].
#[cfg_attr(not(unix), allow(dead_code))] // Windows has no such limit on sockets
fn budget_under(soft: u64) -> usize {
    const SPARE: u64 = 64;
    usize::try_from(soft.saturating_sub(SPARE))
        .unwrap_or(MOST_SOCKETS)
        .clamp(4, MOST_SOCKETS)
}

/// A validated run: the catalog with the options applied and the trust anchors loaded.
#[derive(Debug, Clone)]
pub struct Plan {
    pub(super) catalog: Arc<Catalog>,
    pub(super) options: Arc<Options>,
    pub(super) trust: Trust,
}

impl Plan {
    /// Checks the options and prepares TLS verification.
    pub fn new(mut catalog: Catalog, options: Options) -> Result<Plan, EngineError> {
        let secs = options.timeout.as_secs_f64();
        if !(1.0..=300.0).contains(&secs) {
            return Err(EngineError::BadTimeout(secs));
        }
        if let Some(hold) = options.hold
            && (hold.is_zero() || hold > hold::MAX_HOLD)
        {
            return Err(EngineError::BadHold(hold.as_secs()));
        }
        if !options.apple_ranges.is_empty() {
            catalog.ranges.all = options.apple_ranges.clone();
            catalog.ranges.apns = options.apple_ranges.clone();
        }
        let trust = Trust::new(
            options.apple_roots.clone(),
            options.extra_roots.clone(),
            catalog.interception_vendors.clone(),
            options.clock,
        )?;
        Ok(Plan {
            catalog: Arc::new(catalog),
            options: Arc::new(options),
            trust,
        })
    }

    /// The catalog as this run uses it.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// The options of this run.
    pub fn options(&self) -> &Options {
        &self.options
    }

    pub(super) fn endpoints(&self) -> impl Iterator<Item = (usize, &Endpoint)> {
        self.catalog
            .endpoints
            .iter()
            .enumerate()
            .filter(|(_, e)| self.options.roles.includes(e.role))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_socket_budget_keeps_64_files_spare_and_at_most_1024_sockets() {
        // macOS's default limit of 256 open files: 192 sockets at once.
        assert_eq!(budget_under(256), 192);
        // Linux's usual 1024: 960.
        assert_eq!(budget_under(1024), 960);
        // Raised towards a generous hard limit: never more than 1024 at once.
        assert_eq!(budget_under(8192), 1024);
        assert_eq!(budget_under(u64::MAX), 1024);
        // A tiny limit still lets a run go on, four at a time.
        assert_eq!(budget_under(10), 4);
    }

    #[test]
    fn the_open_files_budget_follows_this_process_limit() {
        let budget = open_files_budget();
        assert!((4..=MOST_SOCKETS).contains(&budget), "{budget}");
        #[cfg(unix)]
        if let Ok((soft, _)) = rlimit::getrlimit(rlimit::Resource::NOFILE) {
            assert_eq!(budget, budget_under(soft));
        }
    }
}
