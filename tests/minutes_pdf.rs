//! The sample's minutes.html printed to PDF by headless Chromium, as a secretary prints it from a
//! browser, then read back with poppler's `pdfinfo` and `pdftotext`.
//!
//! Needs `chromium`, `poppler-utils` and `fonts-noto-core` (`.ci/run` installs them). Without
//! them the test says that it skipped, except in CI (`CI` set), where it fails: a print check
//! that silently does not run would prove nothing.
//!
//! The expected layout, with Noto Serif 13 pt on A4 (Times New Roman is not installed on these
//! machines; see the style sheet of `src/documents/minutes/html.rs`):
//! - page 1: the national heading, the title, the opening sentence and I. attendance; section II
//!   always starts a new page;
//! - then II. the four agenda items. Each item's speakers fill most of a page, and a vote
//!   block (caption, table, rule, result) is never split, so a vote often opens the next page;
//!   item 4, a choice among three options, has two blocks: its first vote and the run-off;
//! - the closing, the signatures and the fingerprint stay together, after the last vote;
//! - then the lists attached, each from a new page: the households that signed in, and the
//!   land pledges of item 2, each row tall enough to sign in.
//!
//! So 14 pages in Vietnamese and in English.
//!
//! The same sample with its first item made a choice among three options (SPEC §15), one with a
//! long title, voted on twice (a run-off): every word stays inside the printed area (an option's
//! title wraps in its cell) and no vote block is split.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use tempfile::TempDir;

use hopdan::documents::{MINUTES_HTML, render_minutes};
use hopdan::domain::{ItemOption, MeetingRecord, OptionCounts, OptionVote};
use hopdan::i18n::Lang;
use hopdan::sample::sample_record;
use hopdan::store::fingerprint::{self, Scheme};

use common::pdf::{find_program, page_text, run, skipped};

const NOTO_SERIF: &str = "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf";

struct Tools {
    chromium: PathBuf,
    pdfinfo: PathBuf,
    pdftotext: PathBuf,
}

/// The tools, or `None` after saying why the test does not run (outside CI only).
fn tools() -> Option<Tools> {
    let chromium = find_program(&["chromium", "chromium-browser"]);
    let pdfinfo = find_program(&["pdfinfo"]);
    let pdftotext = find_program(&["pdftotext"]);
    let font = Path::new(NOTO_SERIF).is_file();
    match (chromium, pdfinfo, pdftotext, font) {
        (Some(chromium), Some(pdfinfo), Some(pdftotext), true) => Some(Tools {
            chromium,
            pdfinfo,
            pdftotext,
        }),
        _ => {
            let message = "the minutes' PDF check needs chromium, pdfinfo and pdftotext on the \
                           PATH and the Noto Serif font (Debian: apt-get install chromium \
                           poppler-utils fonts-noto-core; .ci/run installs them)";
            skipped("minutes_pdf", message)
        }
    }
}

/// Prints `html` to a PDF with headless Chromium, as a browser's "Print" does.
fn print_to_pdf(tools: &Tools, html: &Path, pdf: &Path, profile: &Path) {
    let url = format!("file://{}", html.display());
    run(
        Command::new(&tools.chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-pdf-header-footer",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg(format!("--print-to-pdf={}", pdf.display()))
            .arg(url),
        Duration::from_secs(120),
    );
    assert!(pdf.is_file(), "Chromium wrote no PDF");
}

fn page_count(tools: &Tools, pdf: &Path) -> usize {
    let info = String::from_utf8(run(
        Command::new(&tools.pdfinfo).arg(pdf),
        Duration::from_secs(30),
    ))
    .unwrap();
    let pages = info
        .lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .unwrap_or_else(|| panic!("pdfinfo says no page count: {info}"));
    pages.trim().parse().unwrap()
}

/// The words that each language's checks look for.
struct Expected {
    lang: Lang,
    /// The minutes and the lists attached to them (the sign-in list, the land pledges).
    pages: usize,
    heading: [&'static str; 2],
    title: [&'static str; 2],
    attendance: &'static str,
    proceedings: &'static str,
    vote_caption: &'static str,
    /// The caption of a run-off between two options (SPEC §15), a vote block too.
    run_off_caption: &'static str,
    result: &'static str,
    passed: &'static str,
    conclusion: &'static str,
    closing: &'static str,
    signatures: [&'static str; 2],
    page: fn(usize, usize) -> String,
}

const VI: Expected = Expected {
    lang: Lang::Vi,
    pages: 14,
    heading: [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ],
    title: ["BIÊN BẢN", "CUỘC HỌP CỦA CỘNG ĐỒNG DÂN CƯ"],
    attendance: "I. THÀNH PHẦN THAM DỰ",
    proceedings: "II. NỘI DUNG CUỘC HỌP",
    vote_caption: "Biểu quyết giơ tay lần",
    run_off_caption: "Biểu quyết lại giữa phương án",
    result: "Kết quả:",
    passed: "Kết quả: THÔNG QUA.",
    conclusion: "c) Kết luận của chủ trì",
    closing: "Cuộc họp kết thúc vào hồi 10 giờ 25 phút cùng ngày.",
    signatures: ["THƯ KÝ", "CHỦ TRÌ"],
    page: |page, pages| format!("Trang {page}/{pages}"),
};

const EN: Expected = Expected {
    lang: Lang::En,
    pages: 14,
    heading: [
        "SOCIALIST REPUBLIC OF VIET NAM",
        "Independence - Freedom - Happiness",
    ],
    title: ["MINUTES", "OF THE MEETING OF THE RESIDENTIAL COMMUNITY"],
    attendance: "I. ATTENDANCE",
    proceedings: "II. PROCEEDINGS",
    vote_caption: "Show-of-hands vote",
    run_off_caption: "Run-off vote between option",
    result: "Result:",
    passed: "Result: PASSED.",
    conclusion: "c) The chair's conclusion",
    closing: "The meeting closed at 10:25 the same day.",
    signatures: ["SECRETARY", "CHAIR"],
    page: |page, pages| format!("Page {page} of {pages}"),
};

fn check_printed_minutes(tools: &Tools, expected: &Expected) {
    let record = sample_record().unwrap();
    let fingerprint = fingerprint::of_record(&record, Scheme::CURRENT);
    let minutes = render_minutes(&record, expected.lang.strings(), Some(&fingerprint));

    let dir = TempDir::new().unwrap();
    let html = dir.path().join(MINUTES_HTML);
    std::fs::write(&html, &minutes.html).unwrap();
    let pdf = dir.path().join("minutes.pdf");
    print_to_pdf(tools, &html, &pdf, &dir.path().join("profile"));

    let pages = page_count(tools, &pdf);
    assert_eq!(pages, expected.pages, "{} pages", expected.lang);
    let texts: Vec<String> = (1..=pages)
        .map(|p| page_text(&tools.pdftotext, &pdf, p))
        .collect();
    let all = texts.join(" ");

    // Every page is numbered in its footer.
    for (i, text) in texts.iter().enumerate() {
        let footer = (expected.page)(i + 1, pages);
        assert!(text.contains(&footer), "page {} lacks {footer:?}", i + 1);
    }

    // Page 1: heading, title, opening and attendance, and nothing of section II.
    let first = &texts[0];
    for needed in expected.heading.iter().chain(&expected.title).chain([
        &expected.attendance,
        &"TỔ DÂN PHỐ 27",
        &"Nguyễn Văn Hùng",
        &"Lê Văn Thành",
    ]) {
        assert!(first.contains(needed), "page 1 lacks {needed:?}: {first}");
    }
    assert!(!first.contains(expected.proceedings), "{first}");
    // Section II opens page 2.
    assert!(
        texts[1].starts_with(expected.proceedings),
        "page 2 starts with: {}",
        &texts[1][..80.min(texts[1].len())]
    );

    // Every speaker, every item, and the three results, in the order of the record.
    let mut at = 0;
    for opinion in &record.opinions {
        let found = all[at..]
            .find(&opinion.speaker.name)
            .unwrap_or_else(|| panic!("{} missing or out of order", opinion.speaker.name));
        at += found + opinion.speaker.name.len();
    }
    for item in &record.agenda {
        let heading = format!("{}. {}", item.item_no, item.title);
        assert!(all.contains(&heading), "{heading:?} missing");
    }
    assert_eq!(all.matches(expected.passed).count(), 3, "{all}");

    // A vote block is never split: each page ends every vote it begins.
    for (i, text) in texts.iter().enumerate() {
        assert_eq!(
            text.matches(expected.vote_caption).count()
                + text.matches(expected.run_off_caption).count(),
            text.matches(expected.result).count(),
            "a vote is split at the end of page {}",
            i + 1
        );
    }

    // The last item ends with the chair's conclusion, then comes the closing, whole, with both
    // signatures and the fingerprint, in that order.
    let conclusion_at = all
        .rfind(expected.conclusion)
        .expect("the last item has its conclusion");
    assert!(
        all[conclusion_at..].contains(expected.closing),
        "the conclusion comes before the closing"
    );
    // The lists attached (the sign-in list, the land pledges) follow on pages of their own.
    let closing_page = texts
        .iter()
        .position(|text| text.contains(expected.closing))
        .expect("a page closes the minutes");
    assert!(closing_page < pages - 1, "no list follows the minutes");
    for text in &texts[closing_page + 1..] {
        assert!(!text.contains(expected.vote_caption), "{text}");
    }
    let last = &texts[closing_page];
    let order = [
        expected.closing,
        expected.signatures[0],
        expected.signatures[1],
        "Trần Thị Thu Hà",
        "Nguyễn Văn Hùng",
    ];
    let mut at = 0;
    for needed in order {
        let found = last[at..].find(needed).unwrap_or_else(|| {
            panic!("the closing page lacks {needed:?} after the text before it: {last}")
        });
        at += found + needed.len();
    }
    assert!(
        last[at..].contains(&fingerprint.grouped()),
        "the fingerprint is not at the end: {last}"
    );
}

#[test]
fn the_sample_minutes_print_on_a4_with_their_sections_pages_and_fingerprint() {
    let Some(tools) = tools() else { return };
    check_printed_minutes(&tools, &VI);
    check_printed_minutes(&tools, &EN);
}

/// The sample with item 1 a choice among three options: the first vote adopts none, the
/// second, a run-off between options 1 and 2, adopts option 2.
fn options_record() -> MeetingRecord {
    let mut record = sample_record().unwrap();
    // The sample's own choice among options (item 4) aside: item 1 is the one printed here.
    record.agenda.retain(|item| item.item_no != 4);
    record.opinions.retain(|o| o.item_no != 4);
    record.votes.retain(|v| v.item_no != 4);
    record.conclusions.retain(|c| c.item_no != 4);
    record.option_votes.clear();
    let titles = [
        "3 m toàn tuyến",
        "2,5 m đoạn từ đường Phú Lộc 10 đến nhà số 12, 3 m đoạn còn lại đến nhánh K19/H5, làm \
         mương thoát nước có nắp đậy dọc một bên kiệt",
        "Giữ nguyên chiều rộng hiện nay, chỉ thảm lại mặt kiệt",
    ];
    record.options = titles
        .iter()
        .enumerate()
        .map(|(i, title)| ItemOption {
            item_no: 1,
            option_no: i as u32 + 1,
            title: (*title).into(),
            description: "Kinh phí dự kiến theo phương án của Ban giám sát đầu tư cộng đồng."
                .into(),
        })
        .collect();
    let at = record
        .votes
        .iter()
        .position(|v| v.item_no == 1)
        .expect("the sample votes on item 1");
    let first = record.votes[at].clone();
    let mut run_off = first.clone();
    run_off.vote_no = 2;
    run_off.voted_at += chrono::Duration::minutes(10);
    record.votes.insert(at + 1, run_off);
    for (vote_no, options, abstain) in [
        (1, vec![(1, 20), (2, 18), (3, 2)], 1),
        (2, vec![(1, 12), (2, 29)], 1),
    ] {
        let vote = &mut record.votes[at + vote_no as usize - 1];
        let counts = OptionCounts {
            households_total: vote.counts.households_total,
            households_present: vote.counts.households_present,
            options: options.clone(),
            abstain,
        };
        vote.counts = counts.as_vote_counts();
        record
            .option_votes
            .extend(options.into_iter().map(|(option_no, votes)| OptionVote {
                item_no: 1,
                vote_no,
                option_no,
                votes,
            }));
    }
    record
}

/// The right and left edges of the words on each page, in points, from `pdftotext -bbox`.
fn word_edges(tools: &Tools, pdf: &Path) -> Vec<(f64, f64)> {
    let text = String::from_utf8(run(
        Command::new(&tools.pdftotext)
            .args(["-enc", "UTF-8", "-bbox"])
            .arg(pdf)
            .arg("-"),
        Duration::from_secs(30),
    ))
    .unwrap();
    let attribute = |tag: &str, name: &str| -> f64 {
        let from = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        let to = tag[from..].find('"').unwrap() + from;
        tag[from..to].parse().unwrap()
    };
    text.split("<word ")
        .skip(1)
        .map(|tag| (attribute(tag, "xMin"), attribute(tag, "xMax")))
        .collect()
}

fn check_printed_options(tools: &Tools, lang: Lang, captions: [&str; 2], result: &str) {
    let record = options_record();
    let minutes = render_minutes(&record, lang.strings(), None);
    let dir = TempDir::new().unwrap();
    let html = dir.path().join(MINUTES_HTML);
    std::fs::write(&html, &minutes.html).unwrap();
    let pdf = dir.path().join("minutes.pdf");
    print_to_pdf(tools, &html, &pdf, &dir.path().join("profile"));

    // A4 is 595 pt wide; the margins are 30 mm (85 pt) on the left and 15 mm (42.5 pt) on the
    // right.
    let edges = word_edges(tools, &pdf);
    assert!(!edges.is_empty());
    for (left, right) in edges {
        assert!(
            left >= 84.0 && right <= 553.5,
            "a word at {left}–{right} pt ({lang})"
        );
    }

    let pages = page_count(tools, &pdf);
    let texts: Vec<String> = (1..=pages)
        .map(|p| page_text(&tools.pdftotext, &pdf, p))
        .collect();
    for (i, text) in texts.iter().enumerate() {
        let begun: usize = captions.iter().map(|c| text.matches(c).count()).sum();
        assert_eq!(
            begun,
            text.matches(result).count(),
            "a vote is split at the end of page {} ({lang})",
            i + 1
        );
    }
    let all = texts.join(" ");
    assert_eq!(all.matches(captions[1]).count(), 1, "{all}");
    for option in &record.options {
        let title: String = option
            .title
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(all.contains(&title), "{title:?} ({lang})");
    }
}

#[test]
fn the_minutes_of_an_options_item_print_inside_the_page() {
    let Some(tools) = tools() else { return };
    check_printed_options(
        &tools,
        Lang::Vi,
        ["Biểu quyết giơ tay lần", "Biểu quyết lại giữa"],
        "Kết quả:",
    );
    check_printed_options(
        &tools,
        Lang::En,
        ["Show-of-hands vote", "Run-off vote between"],
        "Result:",
    );
}
