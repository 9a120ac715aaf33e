//! What ships beside the binary stays in step with it: the man page, shell completions and
//! the third-party licence list are generated from the code and checked in.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

fn check(file: &str, generated: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::write(&path, generated).unwrap();
    }
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        current == generated,
        "{file} is out of date; run UPDATE_GENERATED=1 cargo test --test packaging"
    );
}

#[test]
fn man_page_and_completions_are_current() {
    use clap_complete::Shell;
    check(
        "packaging/generated/pushcheck.1",
        &pushcheck::cli::manpage(),
    );
    check(
        "packaging/generated/pushcheck.bash",
        &pushcheck::cli::completions(Shell::Bash),
    );
    check(
        "packaging/generated/_pushcheck",
        &pushcheck::cli::completions(Shell::Zsh),
    );
    check(
        "packaging/generated/pushcheck.fish",
        &pushcheck::cli::completions(Shell::Fish),
    );
    check(
        "packaging/generated/pushcheck.ps1",
        &pushcheck::cli::completions(Shell::PowerShell),
    );
    let man = pushcheck::cli::manpage();
    assert!(
        man.contains(r"\-\-resolve"),
        "the check options are in the man page"
    );
    assert!(man.contains("EXIT STATUS"));
}

#[test]
fn desktop_entry_and_metainfo_name_the_binary_and_icon() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let desktop = std::fs::read_to_string(root.join("packaging/linux/pushcheck.desktop")).unwrap();
    assert!(desktop.contains("\nExec=pushcheck\n"));
    assert!(desktop.contains("\nIcon=pushcheck\n"));
    let meta = std::fs::read_to_string(
        root.join("packaging/linux/io.github.pushcheck.PushCheck.metainfo.xml"),
    )
    .unwrap();
    assert!(meta.contains("<launchable type=\"desktop-id\">pushcheck.desktop</launchable>"));
    assert!(meta.contains(&format!(
        "<release version=\"{}\"",
        env!("CARGO_PKG_VERSION")
    )));
    for size in [16, 24, 32, 48, 64, 128, 256, 512] {
        assert!(
            root.join(format!("assets/icons/pushcheck-{size}.png"))
                .exists()
        );
    }
}

#[test]
fn the_macos_bundle_explains_local_network_access() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest: toml::Value =
        toml::from_str(&std::fs::read_to_string(root.join("Cargo.toml")).unwrap()).unwrap();
    let exts = manifest["package"]["metadata"]["bundle"]["osx_info_plist_exts"]
        .as_array()
        .expect("cargo bundle merges osx_info_plist_exts into Info.plist");
    let mut keys = plist::Dictionary::new();
    for ext in exts {
        let fragment = std::fs::read_to_string(root.join(ext.as_str().unwrap())).unwrap();
        // A fragment of the bundle's <dict>: it must read as one once wrapped.
        let whole = format!("<plist version=\"1.0\"><dict>{fragment}</dict></plist>");
        let value = plist::Value::from_reader(std::io::Cursor::new(whole.as_bytes()))
            .unwrap_or_else(|e| panic!("{ext}: not a property-list fragment: {e}"));
        keys.extend(value.into_dictionary().unwrap());
    }
    let why = keys
        .get("NSLocalNetworkUsageDescription")
        .and_then(plist::Value::as_string)
        .expect("NSLocalNetworkUsageDescription");
    assert!(
        why.contains("local network") && why.contains("proxy"),
        "{why}"
    );
}
