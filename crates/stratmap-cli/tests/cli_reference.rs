//! `docs/cli.md` is the command-line reference, and it must say what the binary says: under
//! `## stratmap` the output of `stratmap --help`, and under `## stratmap SUB` the output of
//! `stratmap SUB --help`, each verbatim in the first ```text block after its heading. One section
//! per subcommand listed under "Commands:" (except `help`), no more and no fewer; prose between
//! sections is free.
//!
//! After changing the arguments: `STRATMAP_WRITE_DOCS=1 cargo test -p stratmap-cli --test
//! cli_reference` rewrites the blocks in place (keeping the prose), adds a section for a new
//! subcommand at the end and drops the section of one that is gone.

mod common;

use std::path::PathBuf;

const HEADING: &str = "## stratmap";
const OPEN: &str = "```text";
const FENCE: &str = "```";
const REGENERATE: &str = "STRATMAP_WRITE_DOCS=1 cargo test -p stratmap-cli --test cli_reference";

fn doc_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/cli.md")
}

/// `stratmap --help` (for `None`) or `stratmap SUB --help`.
fn help(sub: Option<&str>) -> String {
    let args: Vec<&str> = sub.into_iter().chain(["--help"]).collect();
    let run = common::stratmap(&args);
    assert_eq!(run.code, 0, "stratmap {args:?} failed: {}", run.stderr);
    assert!(!run.stdout.is_empty(), "stratmap {args:?} printed nothing");
    run.stdout
}

/// The subcommands the top-level help lists under "Commands:", without `help`.
fn subcommands(top: &str) -> Vec<String> {
    let names: Vec<String> = top
        .lines()
        .skip_while(|line| line.trim_end() != "Commands:")
        .skip(1)
        .take_while(|line| line.starts_with("  "))
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_string)
        .collect();
    assert!(
        !names.is_empty(),
        "no \"Commands:\" list in `stratmap --help`:\n{top}"
    );
    names
}

/// One `## stratmap …` section of the document, by line numbers (0-based).
#[derive(Debug)]
struct Section {
    /// "" for the top-level `## stratmap`, else the subcommand.
    name: String,
    heading: usize,
    /// The line after the section's last line.
    end: usize,
    /// The lines between the ```text fence and its closing fence, if the section has a block.
    block: Option<(usize, usize)>,
}

/// The command a section documents: "stratmap" or "stratmap SUB".
fn title(name: &str) -> String {
    if name.is_empty() {
        "stratmap".to_string()
    } else {
        format!("stratmap {name}")
    }
}

/// The reference sections, skipping anything inside fenced blocks.
fn sections(lines: &[String]) -> Vec<Section> {
    let mut found: Vec<Section> = Vec::new();
    let mut in_fence = false;
    for (n, line) in lines.iter().enumerate() {
        if line.starts_with(FENCE) {
            in_fence = !in_fence;
            continue;
        }
        if in_fence || !line.starts_with("## ") {
            continue;
        }
        if let Some(last) = found.last_mut().filter(|s| s.end == lines.len()) {
            last.end = n;
        }
        let name = match line.strip_prefix(HEADING) {
            Some(rest) if rest.is_empty() || rest.starts_with(' ') => rest.trim().to_string(),
            _ => continue,
        };
        found.push(Section {
            name,
            heading: n,
            end: lines.len(),
            block: None,
        });
    }
    for section in &mut found {
        let body = section.heading + 1..section.end;
        let open = body.clone().find(|&n| lines[n].trim_end() == OPEN);
        section.block = open.and_then(|open| {
            (open + 1..section.end)
                .find(|&n| lines[n].trim_end() == FENCE)
                .map(|close| (open + 1, close))
        });
    }
    found
}

fn block_text(lines: &[String], (start, end): (usize, usize)) -> String {
    lines[start..end].iter().map(|l| format!("{l}\n")).collect()
}

/// The first line where the documented text and the real help differ.
fn first_difference(documented: &str, actual: &str) -> String {
    let (doc, real): (Vec<&str>, Vec<&str>) =
        (documented.lines().collect(), actual.lines().collect());
    (0..doc.len().max(real.len()))
        .find(|&n| doc.get(n) != real.get(n))
        .map(|n| {
            format!(
                "line {} of the block: documented {:?}, `--help` prints {:?}",
                n + 1,
                doc.get(n).copied().unwrap_or("(nothing)"),
                real.get(n).copied().unwrap_or("(nothing)")
            )
        })
        .unwrap_or_else(|| "they differ in trailing newlines".to_string())
}

/// Every way the document and the binary disagree, one message each.
fn problems(lines: &[String], expected: &[(String, String)]) -> Vec<String> {
    let found = sections(lines);
    let mut problems = Vec::new();
    for (name, actual) in expected {
        let matching: Vec<&Section> = found.iter().filter(|s| &s.name == name).collect();
        let title = title(name);
        match matching.as_slice() {
            [] => problems.push(format!("`{title}` exists but has no `## {title}` section")),
            [section] => match section.block {
                None => problems.push(format!(
                    "`## {title}` has no {OPEN} block holding `{title} --help`"
                )),
                Some(block) => {
                    let documented = block_text(lines, block);
                    if &documented != actual {
                        problems.push(format!(
                            "`{title} --help` differs from docs/cli.md: {}",
                            first_difference(&documented, actual)
                        ));
                    }
                }
            },
            _ => problems.push(format!("`## {title}` appears {} times", matching.len())),
        }
    }
    for section in &found {
        if !expected.iter().any(|(name, _)| name == &section.name) {
            problems.push(format!(
                "docs/cli.md documents `{}`, which is not a subcommand of stratmap",
                title(&section.name)
            ));
        }
    }
    problems
}

/// The document with every block set to the real help, sections added for new subcommands and
/// the sections of gone ones removed.
fn regenerate(lines: &[String], expected: &[(String, String)]) -> Vec<String> {
    let found = sections(lines);
    // (first line, line after the last, replacement), applied from the end of the file.
    let mut edits: Vec<(usize, usize, Vec<String>)> = Vec::new();
    for section in &found {
        match expected.iter().find(|(name, _)| name == &section.name) {
            Some((_, actual)) => {
                let fresh: Vec<String> = actual.lines().map(str::to_string).collect();
                match section.block {
                    Some((start, end)) => edits.push((start, end, fresh)),
                    None => {
                        let mut block = vec![String::new(), OPEN.to_string()];
                        block.extend(fresh);
                        block.push(FENCE.to_string());
                        edits.push((section.heading + 1, section.heading + 1, block));
                    }
                }
            }
            None => {
                eprintln!(
                    "removing the section `## {}` from docs/cli.md",
                    title(&section.name)
                );
                edits.push((section.heading, section.end, Vec::new()));
            }
        }
    }
    edits.sort_by_key(|(start, _, _)| std::cmp::Reverse(*start));
    let mut out = lines.to_vec();
    for (start, end, replacement) in edits {
        out.splice(start..end, replacement);
    }
    for (name, actual) in expected {
        if !found.iter().any(|s| &s.name == name) {
            let title = title(name);
            if out.last().is_some_and(|l| !l.is_empty()) {
                out.push(String::new());
            }
            out.push(format!("## {title}"));
            out.push(String::new());
            out.push(OPEN.to_string());
            out.extend(actual.lines().map(str::to_string));
            out.push(FENCE.to_string());
        }
    }
    out
}

#[test]
fn docs_cli_md_holds_the_help_of_every_subcommand() {
    let top = help(None);
    let mut expected = vec![(String::new(), top.clone())];
    for sub in subcommands(&top) {
        let text = help(Some(&sub));
        expected.push((sub, text));
    }
    let path = doc_path();
    let read = || -> Vec<String> {
        std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
            .lines()
            .map(str::to_string)
            .collect()
    };
    if std::env::var_os("STRATMAP_WRITE_DOCS").is_some_and(|v| v == "1") {
        let text: String = regenerate(&read(), &expected)
            .iter()
            .map(|l| format!("{l}\n"))
            .collect();
        std::fs::write(&path, text).expect("rewrite docs/cli.md");
    }
    let problems = problems(&read(), &expected);
    assert!(
        problems.is_empty(),
        "docs/cli.md does not match the binary:\n- {}\nRegenerate the blocks with {REGENERATE}",
        problems.join("\n- ")
    );
}

#[test]
fn the_checker_catches_a_changed_a_missing_and_an_unknown_section() {
    let expected = vec![
        (String::new(), "Usage: stratmap <COMMAND>\n".to_string()),
        (
            "new".to_string(),
            "Create\n\nUsage: stratmap new\n".to_string(),
        ),
        ("show".to_string(), "Print\n".to_string()),
    ];
    let doc: Vec<String> = [
        "# Reference",
        "",
        "## stratmap",
        "",
        "```text",
        "Usage: stratmap <COMMAND>",
        "```",
        "Prose.",
        "## stratmap new",
        "",
        "```text",
        "Create",
        "",
        "Usage: stratmap nwe",
        "```",
        "## stratmap gone",
        "```text",
        "Old",
        "```",
    ]
    .map(str::to_string)
    .to_vec();
    let found = problems(&doc, &expected);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found[0].contains("`stratmap new --help` differs") && found[0].contains("line 3"));
    assert!(found[1].contains("`stratmap show` exists but has no"));
    assert!(found[2].contains("`stratmap gone`, which is not a subcommand"));
    let fixed = regenerate(&doc, &expected);
    assert!(problems(&fixed, &expected).is_empty(), "{fixed:#?}");
    assert!(fixed.contains(&"Prose.".to_string()), "the prose stays");
    assert!(!fixed.contains(&"## stratmap gone".to_string()));
}
