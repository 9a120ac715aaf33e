//! Push Check's entry point: picks the window or the terminal check, nothing else.

fn main() {
    std::process::exit(pushcheck::cli::main_with_args(
        std::env::args_os().collect(),
    ));
}
