//! The app's locked-down configuration, read from the files the build uses: this test fails when
//! the CSP, the capabilities or the plugin list widen. Widening one must be a deliberate change here.

use std::path::Path;

use serde_json::Value;

fn read_json(relative: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    let text = std::fs::read_to_string(&path).expect("config file is readable");
    serde_json::from_str(&text).expect("config file is JSON")
}

#[test]
fn the_csp_allows_only_the_app_itself() {
    let config = read_json("../tauri.conf.json");
    let security = &config["app"]["security"];
    assert_eq!(security["freezePrototype"], true);
    let csp = security["csp"].as_object().expect("a CSP is set");
    let expected = [
        ("default-src", "'self'"),
        ("script-src", "'self'"),
        ("style-src", "'self'"),
        ("img-src", "'self' data:"),
        ("font-src", "'self'"),
        ("connect-src", "ipc: http://ipc.localhost"),
        ("object-src", "'none'"),
        ("base-uri", "'none'"),
        ("form-action", "'none'"),
        ("frame-ancestors", "'none'"),
    ];
    assert_eq!(csp.len(), expected.len(), "CSP directives changed: {csp:?}");
    for (directive, sources) in expected {
        assert_eq!(csp[directive], sources, "CSP {directive}");
    }
    let all = serde_json::to_string(csp).unwrap();
    for forbidden in ["unsafe-inline", "unsafe-eval", "https:", "http://*", "*"] {
        assert!(
            !all.contains(&format!("{forbidden} ")) && !all.contains(&format!("{forbidden}\"")),
            "CSP allows {forbidden}"
        );
    }
    assert!(
        config["app"]["withGlobalTauri"] == false,
        "the global Tauri object stays off"
    );
    assert!(
        config["build"].get("devUrl").is_none(),
        "no dev server URL: the app always loads its own files"
    );
}

#[test]
fn capabilities_grant_only_the_apps_own_commands_and_event_listening() {
    let capability = read_json("capabilities/default.json");
    assert_eq!(capability["windows"], serde_json::json!(["main"]));
    assert!(
        capability.get("remote").is_none(),
        "no remote URL may call commands"
    );
    let granted: Vec<&str> = capability["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    let build_rs =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("build.rs")).unwrap();
    let mut expected = vec![
        "core:event:allow-listen".to_string(),
        "core:event:allow-unlisten".to_string(),
    ];
    for line in build_rs.lines() {
        if let Some(command) = line
            .trim()
            .strip_prefix('"')
            .and_then(|l| l.strip_suffix("\","))
        {
            expected.push(format!("allow-{}", command.replace('_', "-")));
        }
    }
    let mut granted_sorted: Vec<String> = granted.iter().map(|s| s.to_string()).collect();
    granted_sorted.sort();
    expected.sort();
    assert_eq!(
        granted_sorted, expected,
        "capabilities must be exactly the app's commands plus event listening"
    );
    let directory = Path::new(env!("CARGO_MANIFEST_DIR")).join("capabilities");
    assert_eq!(
        std::fs::read_dir(directory).unwrap().count(),
        1,
        "one capability file"
    );
}

#[test]
fn every_command_the_ui_can_call_is_declared_for_the_capabilities() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let build_rs = std::fs::read_to_string(dir.join("build.rs")).unwrap();
    let bindings = std::fs::read_to_string(dir.join(stratmap_app::BINDINGS_PATH)).unwrap();
    let called: Vec<&str> = bindings
        .split("TAURI_INVOKE(\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    assert!(called.len() > 30, "{called:?}");
    for command in called {
        assert!(
            build_rs.contains(&format!("\"{command}\",")),
            "{command} is in the bindings but not in build.rs's COMMANDS: the UI's call would be refused"
        );
    }
}

#[test]
fn no_shell_or_filesystem_plugin_is_linked() {
    let manifest =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap();
    for plugin in [
        "tauri-plugin-shell",
        "tauri-plugin-fs",
        "tauri-plugin-http",
        "tauri-plugin-process",
        "tauri-plugin-opener",
    ] {
        assert!(
            !manifest.contains(plugin),
            "{plugin} must not be a dependency"
        );
    }
    let ui_package: Value = read_json("../ui/package.json");
    let deps = serde_json::to_string(&ui_package["dependencies"]).unwrap();
    assert!(
        !deps.contains("plugin-shell") && !deps.contains("plugin-fs"),
        "{deps}"
    );
}
