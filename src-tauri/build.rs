// The app's own commands are declared here so that capabilities can grant exactly these.
const COMMANDS: &[&str] = &[
    "library",
    "new_canvas",
    "open_canvas",
    "open_canvas_dialog",
    "save_copy_dialog",
    "import_dialog",
    "current_canvas",
    "close_canvas",
    "text_limits",
    "add_initiative",
    "move_initiatives",
    "edit_initiative",
    "delete_initiatives",
    "set_area_target",
    "edit_area",
    "edit_canvas",
    "undo",
    "redo",
    "export_dialog",
    "snapshots",
    "take_snapshot",
    "snapshot_view",
    "compare_states",
    "restore_snapshot",
    "assessment_statements",
    "answer_assessment",
    "remove_assessment",
    "start_voting",
    "cast_ballot",
    "reveal_votes",
    "decision_log",
    "explain_change",
    "export_decision_log_dialog",
    "set_full_screen",
    "live_networks",
    "start_live_session",
    "resume_live_session",
    "open_participant_page",
    "live_status",
    "live_control",
    "stop_live_session",
];

fn main() {
    // The built UI is embedded at compile time; rebuild the app whenever it changes.
    println!("cargo:rerun-if-changed=../ui/dist");
    let attributes = tauri_build::Attributes::new()
        .config_path("../tauri.conf.json")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    tauri_build::try_build(attributes).expect("tauri build script");
}
