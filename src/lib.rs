//! Push Check: can Apple devices and an MDM server reach Apple's push service from here?
//!
//! The library holds everything but the entry point: the [`catalog`] of Apple endpoints, the
//! probe [`engine`], the pure [`diagnosis`], the [`report`] formats and the [`cli`].

pub mod catalog;
pub mod cli;
pub mod compare;
pub mod diagnosis;
pub mod engine;
pub mod gui;
pub mod netinfo;
pub mod proxy;
pub mod report;
