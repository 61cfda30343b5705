//! The sample's Word documents opened by a real word processor: LibreOffice converts each
//! `.docx` to PDF headless, as a ward office would print it, and poppler's `pdfinfo` and
//! `pdftotext` read it back: every page A4 portrait, the Vietnamese text intact (every letter with
//! its marks), no page number on the first page and the number of each later page at its top.
//!
//! Needs `soffice` (Debian: `libreoffice-writer-nogui`), `poppler-utils` and Liberation Serif,
//! the metric twin of Times New Roman LibreOffice prints with where Times New Roman is not
//! installed (`fonts-liberation`); `.ci/run` installs them. Without them the test says that it
//! skipped, except in CI (`CI` set), where it fails.

mod ballot_record;
mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use tempfile::TempDir;

use hopdan::documents::{MinutesTitle, render_word};
use hopdan::i18n::Lang;
use hopdan::sample::sample_record;
use hopdan::store::fingerprint::{self, Scheme};

use common::pdf::{find_program, page_text, run, skipped};

const LIBERATION_SERIF: &str = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf";

struct Tools {
    soffice: PathBuf,
    pdfinfo: PathBuf,
    pdftotext: PathBuf,
}

/// The tools, or `None` after saying why the test does not run (outside CI only).
fn tools() -> Option<Tools> {
    let soffice = find_program(&["soffice", "libreoffice"]);
    let pdfinfo = find_program(&["pdfinfo"]);
    let pdftotext = find_program(&["pdftotext"]);
    let font = Path::new(LIBERATION_SERIF).is_file();
    match (soffice, pdfinfo, pdftotext, font) {
        (Some(soffice), Some(pdfinfo), Some(pdftotext), true) => Some(Tools {
            soffice,
            pdfinfo,
            pdftotext,
        }),
        _ => {
            let message = "the Word documents' check needs soffice, pdfinfo and pdftotext on the \
                           PATH and the Liberation Serif font (Debian: apt-get install \
                           libreoffice-writer-nogui poppler-utils fonts-liberation; .ci/run \
                           installs them)";
            skipped("minutes_docx_pdf", message)
        }
    }
}

/// Converts the `.docx` files to PDF in `dir`, with a LibreOffice profile of the test's own (two
/// instances sharing one would wait for each other, or fail).
fn convert(tools: &Tools, dir: &Path, files: &[PathBuf]) {
    let profile = dir.join("profile");
    run(
        Command::new(&tools.soffice)
            .arg(format!(
                "-env:UserInstallation=file://{}",
                profile.display()
            ))
            .args([
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
            ])
            .arg(dir)
            .args(files),
        Duration::from_secs(180),
    );
}

/// The size of every page, in points.
fn page_sizes(tools: &Tools, pdf: &Path) -> Vec<(f64, f64)> {
    let info = String::from_utf8(run(
        Command::new(&tools.pdfinfo)
            .args(["-f", "1", "-l", "9999"])
            .arg(pdf),
        Duration::from_secs(30),
    ))
    .unwrap();
    info.lines()
        .filter(|line| line.starts_with("Page") && line.contains(" size:"))
        .map(|line| {
            let size = line.split(" size:").nth(1).unwrap();
            let numbers: Vec<f64> = size
                .split_whitespace()
                .filter_map(|word| word.parse().ok())
                .collect();
            (numbers[0], numbers[1])
        })
        .collect()
}

/// Text without its white space: a justified line may be read back with a space inside a word,
/// but never with a letter lost or a mark moved.
fn letters(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

struct Expected {
    lang: Lang,
    minutes: &'static [&'static str],
    attendance: &'static [&'static str],
    pledges: &'static [&'static str],
}

const VI: Expected = Expected {
    lang: Lang::Vi,
    minutes: &[
        "PHƯỜNG THANH KHÊ TÂY",
        "TỔ DÂN PHỐ 27",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Thanh Khê Tây, ngày 12 tháng 6 năm 2022",
        "BIÊN BẢN",
        "CUỘC HỌP CỦA CỘNG ĐỒNG DÂN CƯ",
        "I. THÀNH PHẦN THAM DỰ",
        "II. NỘI DUNG CUỘC HỌP",
        "Hoàng Văn Dũng (K19/H5/2 Phú Lộc 10, tổ 27) – Câu hỏi:",
        "quyền sử dụng đất của các hộ bị thu hẹp diện tích có được chỉnh lý miễn phí không?",
        "Kết quả: THÔNG QUA.",
        "Số hộ đồng ý hiến đất: 28/32 hộ (87,5%), diện tích 71,61 m²",
        "Phương án 1 (3 m toàn tuyến) được thông qua với 31/55 hộ (56,4% tổng số hộ).",
        "Cuộc họp kết thúc vào hồi 10 giờ 25 phút cùng ngày.",
        "THƯ KÝ",
        "CHỦ TRÌ",
        "(Ký, ghi rõ họ tên)",
        "Trần Thị Thu Hà",
        "Nguyễn Văn Hùng",
    ],
    attendance: &[
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "DANH SÁCH HỘ GIA ĐÌNH DỰ HỌP",
        "Ký tên",
        "Đặng Văn Lợi",
        "Người được ủy quyền",
    ],
    pledges: &[
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "DANH SÁCH HỘ GIA ĐÌNH ĐĂNG KÝ HIẾN ĐẤT",
        "Ký tên",
        "Đồng ý hiến",
        "Không đồng ý",
        "Tổng diện tích các hộ đồng ý hiến: 71,61 m².",
    ],
};

const EN: Expected = Expected {
    lang: Lang::En,
    minutes: &[
        "PHƯỜNG THANH KHÊ TÂY",
        "SOCIALIST REPUBLIC OF VIET NAM",
        "Independence - Freedom - Happiness",
        "MINUTES",
        "OF THE MEETING OF THE RESIDENTIAL COMMUNITY",
        "I. ATTENDANCE",
        "II. PROCEEDINGS",
        "Hoàng Văn Dũng (K19/H5/2 Phú Lộc 10, tổ 27)",
        "quyền sử dụng đất của các hộ bị thu hẹp diện tích có được chỉnh lý miễn phí không?",
        "Result: PASSED.",
        "The meeting closed at 10:25 the same day.",
        "SECRETARY",
        "CHAIR",
        "Trần Thị Thu Hà",
    ],
    attendance: &[
        "HOUSEHOLDS PRESENT AT THE MEETING",
        "Signature",
        "Đặng Văn Lợi",
    ],
    pledges: &[
        "HOUSEHOLDS PLEDGING LAND",
        "Signature",
        "Agrees to give",
        "Total area the households agree to give: 71.61 m².",
    ],
};

fn check(tools: &Tools, expected: &Expected) {
    let record = sample_record().unwrap();
    let fingerprint = fingerprint::of_record(&record, Scheme::CURRENT);
    let documents = render_word(
        &record,
        expected.lang.strings(),
        Some(&fingerprint),
        MinutesTitle::default(),
    );
    let dir = TempDir::new().unwrap();
    let mut files = Vec::new();
    for (name, bytes) in documents.files() {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        files.push(path);
    }
    assert_eq!(files.len(), 3, "the minutes and both lists");
    convert(tools, dir.path(), &files);

    let lang = expected.lang;
    for (file, phrases) in
        files
            .iter()
            .zip([expected.minutes, expected.attendance, expected.pledges])
    {
        let pdf = file.with_extension("pdf");
        let name = file.file_name().unwrap().to_string_lossy();
        assert!(pdf.is_file(), "{name}: LibreOffice wrote no PDF");
        let sizes = page_sizes(tools, &pdf);
        // Each list has rows enough for two pages at least: the numbering is seen in each.
        assert!(sizes.len() >= 2, "{lang} {name}: {} page(s)", sizes.len());
        for (at, (width, height)) in sizes.iter().enumerate() {
            // A4 portrait: 210 × 297 mm, 595.3 × 841.9 pt.
            assert!(
                (width - 595.3).abs() < 1.0 && (height - 841.9).abs() < 1.0,
                "{lang} {name} page {}: {width} × {height} pt",
                at + 1
            );
        }
        let texts: Vec<String> = (1..=sizes.len())
            .map(|page| page_text(&tools.pdftotext, &pdf, page))
            .collect();
        // No number on the first page; from the second, the number heads the page.
        assert!(
            !texts[0].starts_with("1 "),
            "{lang} {name} page 1: {}",
            &texts[0]
        );
        for (at, text) in texts.iter().enumerate().skip(1) {
            let page = at + 1;
            assert!(
                text.starts_with(&format!("{page} ")),
                "{lang} {name} page {page} does not start with its number: {text}"
            );
        }
        let all = letters(&texts.join(" "));
        for phrase in phrases {
            assert!(
                all.contains(&letters(phrase)),
                "{lang} {name}: {phrase:?} not found in the PDF's text:\n{}",
                texts.join("\n\n")
            );
        }
        // The first page opens with the heading of Decree 30.
        assert!(
            texts[0].starts_with("PHƯỜNG THANH KHÊ TÂY TỔ DÂN PHỐ 27"),
            "{lang} {name}: {}",
            &texts[0]
        );
    }
    // The fingerprint closes the minutes, every group of it.
    let minutes = letters(&page_text(
        &tools.pdftotext,
        &files[0].with_extension("pdf"),
        page_sizes(tools, &files[0].with_extension("pdf")).len(),
    ));
    assert!(
        minutes.contains(&letters(&fingerprint.grouped())),
        "{minutes}"
    );
}

#[test]
fn the_sample_s_word_documents_print_on_a4_with_their_vietnamese_text_and_page_numbers() {
    let Some(tools) = tools() else {
        return;
    };
    check(&tools, &VI);
    check(&tools, &EN);
}

/// The documents of votes by ballot — Form 02 of a secret ballot, Form 04 of a household-ballot
/// round and its ballot sheets — as LibreOffice prints them: A4 portrait, their text intact, the
/// sheets one page per household of the register.
#[test]
fn the_ballot_documents_print_on_a4_one_ballot_sheet_a_page() {
    let Some(tools) = tools() else {
        return;
    };
    let record = ballot_record::record();
    let households = record.households.len();
    let documents = render_word(&record, Lang::Vi.strings(), None, MinutesTitle::default());
    let dir = TempDir::new().unwrap();
    let mut files = Vec::new();
    for (name, bytes) in documents.files() {
        if name.starts_with("ballot-") || name.starts_with("household-ballot-") {
            let path = dir.path().join(name);
            std::fs::write(&path, bytes).unwrap();
            files.push(path);
        }
    }
    let names: Vec<String> = files
        .iter()
        .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    for prefix in [
        "ballot-count-",
        "household-ballot-results-",
        "ballot-sheets-",
    ] {
        assert!(
            names.iter().any(|n| n.starts_with(prefix)),
            "no {prefix} file among {names:?}"
        );
    }
    convert(&tools, dir.path(), &files);
    for (file, name) in files.iter().zip(&names) {
        let pdf = file.with_extension("pdf");
        assert!(pdf.is_file(), "{name}: LibreOffice wrote no PDF");
        let sizes = page_sizes(&tools, &pdf);
        for (at, (width, height)) in sizes.iter().enumerate() {
            assert!(
                (width - 595.3).abs() < 1.0 && (height - 841.9).abs() < 1.0,
                "{name} page {}: {width} × {height} pt",
                at + 1
            );
        }
        let texts: Vec<String> = (1..=sizes.len())
            .map(|page| page_text(&tools.pdftotext, &pdf, page))
            .collect();
        let all = letters(&texts.join(" "));
        let phrases: &[&str] = if name.starts_with("ballot-count-") {
            &[
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "BIÊN BẢN KIỂM PHIẾU",
                "Võ Thị Lan – Tổ trưởng",
                "Số phiếu hợp lệ: 5 phiếu",
            ]
        } else if name.starts_with("household-ballot-results-") {
            &[
                "BIÊN BẢN TỔNG HỢP KẾT QUẢ",
                "LẤY Ý KIẾN HỘ GIA ĐÌNH",
                "Hạn báo cáo kết quả",
                "Trần Thị Tâm",
            ]
        } else {
            // One sheet a household, each with its boxes.
            assert_eq!(sizes.len(), households, "{name}: {} pages", sizes.len());
            assert!(
                texts.iter().all(|page| page.matches('☐').count() >= 3),
                "{name}: a sheet without its boxes"
            );
            &["PHIẾU LẤY Ý KIẾN", "Nguyễn Văn Tám", "ĐẠI DIỆN HỘ GIA ĐÌNH"]
        };
        for phrase in phrases {
            assert!(
                all.contains(&letters(phrase)),
                "{name}: {phrase:?} not found in the PDF's text:\n{}",
                texts.join("\n\n")
            );
        }
    }
}
