//! Push Check: can Apple devices and an MDM server reach Apple's push service from here?
//!
//! The library holds everything but the entry point. The layers, and what each may use:
//! the [`catalog`] of Apple endpoints and the [`config`] of a run feed the probe [`engine`]
//! (which knows nothing of diagnosis, reports or faces); the pure [`diagnosis`] turns its
//! typed results into findings; [`report`] holds the report model and its formats; the two
//! faces, [`cli`] and [`gui`], use all of those but never each other. [`words`] is the
//! wording every layer shares; [`netinfo`] and [`proxy`] read this computer's settings.

pub mod catalog;
pub mod cli;
pub mod config;
pub mod diagnosis;
pub mod engine;
pub mod gui;
pub mod history;
pub mod i18n;
pub mod nat64;
pub mod netinfo;
pub mod proxy;
pub mod report;
pub mod words;
