//! Carries out one command against the core.

use std::io::Write;
use std::path::Path;

use stratmap_core::compare::{CURRENT, Comparison};
use stratmap_core::interchange::{self, json, source::ImportSource};
use stratmap_core::model::validate;
use stratmap_core::render::{self, PageSize, PdfOptions, PngOptions, Scale};
use stratmap_core::{
    Access, CanvasFile, Context, Document, Editor, Error, NewInitiative, Op, Result, Template,
};

use crate::args::{AddArgs, Cli, Command, ExportArgs, parse_id};
use crate::output::{emit, write};

pub fn run(cli: Cli, out: &mut dyn Write) -> Result<()> {
    match cli.command {
        Command::New {
            file,
            title,
            template,
        } => {
            let title = title.unwrap_or_else(|| default_title(&file));
            let template: Template = template.parse()?;
            Editor::create(&file, &title, template, Context::system())?;
            Ok(())
        }
        Command::Add(args) => add(args, out),
        Command::Move {
            file,
            id,
            position,
            area,
        } => {
            let mut editor = Editor::open(&file, Context::system())?;
            let id = parse_id(&id)?;
            editor.document().initiative(id)?;
            let position = validate::parse_axis_value("position", &position)?;
            let area_id = match area {
                Some(name) => Some(editor.document().area_named(&name)?.id),
                None => None,
            };
            editor
                .apply(Op::MoveInitiative {
                    id,
                    position,
                    area_id,
                    lane_offset: None,
                })
                .map(drop)
        }
        Command::SetTarget { file, area, target } => {
            let mut editor = Editor::open(&file, Context::system())?;
            let id = editor.document().area_named(&area)?.id;
            let target = match target.trim() {
                "none" => None,
                text => Some(validate::parse_axis_value("target", text)?),
            };
            editor.apply(Op::SetAreaTarget { id, target }).map(drop)
        }
        Command::Show { file, json } => {
            let canvas = CanvasFile::open(&file, Access::Read)?;
            if json {
                let snapshots = canvas.all_snapshots()?;
                write(
                    out,
                    json::to_string(canvas.document(), &snapshots).as_bytes(),
                )
            } else {
                write(out, show_text(canvas.document()).as_bytes())
            }
        }
        Command::Export(args) => export(args, out),
        Command::Import { source, file } => import(&source, &file, out),
        Command::Snapshot { file, name } => {
            let mut editor = Editor::open(&file, Context::system())?;
            editor.take_snapshot(&name)?;
            Ok(())
        }
        Command::Compare {
            file,
            from,
            to,
            json,
        } => {
            let comparison = CanvasFile::open(&file, Access::Read)?.compare_states(&from, &to)?;
            if json {
                let mut text = serde_json::to_string_pretty(&comparison)
                    .map_err(|e| Error::Json(e.to_string()))?;
                text.push('\n');
                write(out, text.as_bytes())
            } else {
                write(out, compare_text(&comparison).as_bytes())
            }
        }
        Command::Restore { file, name } => {
            let mut editor = Editor::open(&file, Context::system())?;
            editor.restore_snapshot(&name).map(drop)
        }
        Command::Log {
            file,
            initiative,
            csv,
        } => crate::log::print(&file, initiative.as_deref(), csv.as_deref(), out),
        Command::Host { file, bind, port } => {
            crate::host::serve(&file, bind.as_deref(), port.as_deref(), out)
        }
    }
}

fn add(args: AddArgs, out: &mut dyn Write) -> Result<()> {
    let mut editor = Editor::open(&args.file, Context::system())?;
    let area_id = editor.document().area_named(&args.area)?.id;
    let impact = match args.impact {
        Some(text) => Some(text.trim().parse::<i32>().map_err(|_| Error::Invalid {
            field: "impact",
            reason: format!("{text:?} is not a whole number from 1 to 3"),
        })?),
        None => None,
    };
    let new = NewInitiative {
        area_id,
        title: args.title,
        position: validate::parse_axis_value("position", &args.position)?,
        target: args
            .target
            .map(|t| validate::parse_axis_value("target", &t))
            .transpose()?,
        lane_offset: None,
        owner: args.owner.unwrap_or_default(),
        status: args.status.map(|s| s.parse()).transpose()?,
        impact,
        notes: args.notes.unwrap_or_default(),
    };
    let initiative = editor.new_initiative(new);
    let id = initiative.id;
    editor.apply(Op::AddInitiative { initiative })?;
    write(out, format!("{id}\n").as_bytes())
}

fn export(args: ExportArgs, out: &mut dyn Write) -> Result<()> {
    // Options are checked before the file is read, so a typo costs nothing.
    if args.png.is_none() && (args.scale.is_some() || args.transparent) {
        return Err(Error::Invalid {
            field: "export options",
            reason: "--scale and --transparent apply to --png only".to_string(),
        });
    }
    if args.pdf.is_none() && (args.page.is_some() || args.compare.is_some()) {
        return Err(Error::Invalid {
            field: "export options",
            reason: "--page and --compare apply to --pdf only".to_string(),
        });
    }
    let scale = args.scale.as_deref().map(Scale::parse).transpose()?;
    let page: Option<PageSize> = args.page.as_deref().map(str::parse).transpose()?;
    let canvas = CanvasFile::open(&args.file, Access::Read)?;
    let doc = canvas.document();
    if let Some(target) = args.json {
        let snapshots = canvas.all_snapshots()?;
        let text = json::to_string(doc, &snapshots);
        return emit(&target, text.as_bytes(), out);
    }
    if let Some(target) = args.png {
        let options = PngOptions {
            scale: scale.unwrap_or_default(),
            transparent: args.transparent,
        };
        let bytes = render::export_png(doc, &canvas.all_snapshots()?, options)?;
        return emit(&target, &bytes, out);
    }
    if let Some(target) = args.pdf {
        let compare = args
            .compare
            .as_deref()
            .map(|name| canvas.compare_states(name, CURRENT))
            .transpose()?;
        let options = PdfOptions {
            page: page.unwrap_or_default(),
            compare,
            decisions: canvas.decisions(None)?,
        };
        let bytes = render::export_pdf(doc, &canvas.all_snapshots()?, &options)?;
        return emit(&target, &bytes, out);
    }
    if let Some(target) = args.svg {
        return emit(&target, render::canvas_svg(doc)?.as_bytes(), out);
    }
    if let Some(target) = args.jsoncanvas {
        return emit(&target, render::jsoncanvas::to_string(doc)?.as_bytes(), out);
    }
    if let Some(target) = args.csv {
        return emit(
            &target,
            interchange::csv::export::to_string(doc)?.as_bytes(),
            out,
        );
    }
    Ok(())
}

fn import(source: &Path, file: &Path, out: &mut dyn Write) -> Result<()> {
    match interchange::source::read(source)? {
        ImportSource::Canvas(doc, snapshots) => {
            CanvasFile::create(file, &doc, &snapshots)?;
            Ok(())
        }
        ImportSource::Rows(text) => {
            let mut editor = Editor::open(file, Context::system())?;
            let report = editor.import_csv(&text)?.report;
            // Warnings go to stderr, so that a script reading stdout sees the one result line.
            for warning in &report.warnings {
                eprintln!("stratmap: warning: {warning}");
            }
            write(out, format!("{}\n", report.message).as_bytes())
        }
    }
}

fn default_title(file: &Path) -> String {
    file.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| "Untitled canvas".to_string())
}

/// Positions as the log and the board print them ("+20", "-40"): the core's one formatter.
use stratmap_core::model::figures::signed_position as signed;

fn optional(value: Option<f64>) -> String {
    value.map_or_else(|| "—".to_string(), signed)
}

fn show_text(doc: &Document) -> String {
    let mut text = format!("{}\n", doc.canvas.title);
    if !doc.canvas.subtitle.is_empty() {
        text += &format!("{}\n", doc.canvas.subtitle);
    }
    text += &format!(
        "axis: {} (-100) … balanced (0) … {} (+100)\n",
        doc.canvas.axis_left, doc.canvas.axis_right
    );
    for area in doc.areas() {
        text += &format!(
            "\n{}  stance {}  target {}\n",
            area.name,
            optional(doc.stance(area.id)),
            optional(area.target)
        );
        for i in doc.initiatives_in(area.id) {
            let owner = if i.owner.is_empty() {
                String::new()
            } else {
                format!(", {}", i.owner)
            };
            text += &format!(
                "  {:>6}  {}  [{}, impact {}{}]  {}\n",
                signed(i.position),
                i.title,
                i.status.as_str(),
                i.impact,
                owner,
                i.id
            );
        }
    }
    text
}

fn compare_text(c: &Comparison) -> String {
    let mut text = format!("{} → {}\n", c.from, c.to);
    if c.moved.is_empty() && c.added.is_empty() && c.removed.is_empty() {
        text += "no changes\n";
    }
    for m in &c.moved {
        let lane = if m.from_area == m.to_area {
            m.to_area.clone()
        } else {
            format!("{} → {}", m.from_area, m.to_area)
        };
        text += &format!(
            "moved    {}  {} → {}  ({})  [{}]\n",
            m.title,
            signed(m.from_position),
            signed(m.to_position),
            signed(m.shift),
            lane
        );
    }
    for a in &c.added {
        text += &format!(
            "added    {}  {}  [{}]\n",
            a.title,
            signed(a.position),
            a.area
        );
    }
    for r in &c.removed {
        text += &format!(
            "removed  {}  {}  [{}]\n",
            r.title,
            signed(r.position),
            r.area
        );
    }
    for s in c.areas.iter().filter(|s| s.from_stance != s.to_stance) {
        text += &format!(
            "stance   {}  {} → {}\n",
            s.area,
            optional(s.from_stance),
            optional(s.to_stance)
        );
    }
    text
}
