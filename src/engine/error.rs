//! Errors of the engine's configuration. Probe failures are not errors: they are outcomes.
//! The messages name no setting: the face that shows them (a flag, a field) adds its name.

/// Why a plan could not be built from the given options.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    /// A `--resolve` rule is not `HOST:ADDR`.
    #[error(
        "\"{0}\" is not HOST:ADDR (for example api.push.apple.com:17.188.143.34 or *.push.apple.com:[::1])"
    )]
    BadResolveRule(String),
    /// A `--public-dns` value is not an address.
    #[error("\"{0}\" is not an IP address (optionally with :port), nor \"none\"")]
    BadPublicDns(String),
    /// A `--ca-file` could not be read or holds no certificate.
    #[error("{path}: {reason}")]
    BadCaFile {
        /// The file.
        path: String,
        /// What went wrong.
        reason: String,
    },
    /// The timeout is zero or absurd.
    #[error("must be between 1 and 300 seconds, not {0}")]
    BadTimeout(f64),
    /// The hold is zero or longer than two hours.
    #[error(
        "must be between 1 and 7200 seconds, not {0} (900 holds a connection as long as push needs: 15 minutes)"
    )]
    BadHold(u64),
    /// TLS could not be set up (no usable root certificates).
    #[error("cannot set up TLS verification: {0}")]
    Tls(String),
}
