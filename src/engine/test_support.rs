//! Fixtures the engine's unit tests share: a plan of the built-in catalog and resolver answers.

use super::dns::{Answer, AnswerSource};
use super::plan::{Options, Plan};
use crate::catalog::Catalog;

/// The built-in catalog with no public resolvers.
pub(super) fn plan() -> Plan {
    let options = Options {
        public_dns: Vec::new(),
        ..Options::default()
    };
    Plan::new(Catalog::built_in().unwrap(), options).unwrap()
}

/// A resolver's answer of `addrs`, or of nothing with `error`.
pub(super) fn answer(addrs: &[&str], source: AnswerSource, error: Option<&str>) -> Answer {
    Answer {
        addrs: addrs.iter().map(|a| a.parse().unwrap()).collect(),
        source,
        error: error.map(str::to_string),
    }
}
