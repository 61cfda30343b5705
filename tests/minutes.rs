//! The official minutes of the sample consultation, compared byte for byte with the golden files
//! in `tests/golden/`, rendered directly and written by `hopdan export --minutes`.
//!
//! After a deliberate change to the minutes, write the golden files again with
//! `UPDATE_GOLDEN=1 cargo test --test minutes` (run it once more without the variable to check),
//! then read the diff before committing it.

mod common;

use std::path::{Path, PathBuf};

use hopdan::export::{MINUTES_HTML, MINUTES_MD, render_minutes};
use hopdan::i18n::Lang;
use hopdan::sample::sample_record;
use hopdan::store::fingerprint;

use common::{hopdan, imported_sample};

fn golden_path(lang: Lang, file: &str) -> PathBuf {
    // minutes.md → minutes.vi.md
    let (stem, ext) = file
        .rsplit_once('.')
        .expect("a file name with an extension");
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(format!("{stem}.{lang}.{ext}"))
}

/// Compares `actual` with the golden file, or writes it when `UPDATE_GOLDEN` is set.
fn assert_golden(lang: Lang, file: &str, actual: &str) {
    let path = golden_path(lang, file);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (write it with UPDATE_GOLDEN=1 cargo test --test minutes)",
            path.display()
        )
    });
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(e, a)| e != a)
            .map_or(expected.lines().count().min(actual.lines().count()), |i| i);
        panic!(
            "{} differs from the rendered minutes from line {}:\n  golden:   {:?}\n  rendered: {:?}\n\
             (if the change is intended: UPDATE_GOLDEN=1 cargo test --test minutes)",
            path.display(),
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line),
        );
    }
}

#[test]
fn the_sample_minutes_match_the_golden_files_in_both_languages() {
    let record = sample_record().unwrap();
    let fingerprint = fingerprint::of_record(&record);
    for lang in [Lang::Vi, Lang::En] {
        let minutes = render_minutes(&record, lang.strings(), Some(&fingerprint));
        assert_golden(lang, MINUTES_MD, &minutes.markdown);
        assert_golden(lang, MINUTES_HTML, &minutes.html);
    }
}

#[test]
fn the_golden_files_hold_what_the_minutes_need() {
    let vi_md = std::fs::read_to_string(golden_path(Lang::Vi, MINUTES_MD)).unwrap();
    let record = sample_record().unwrap();
    for needed in [
        "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\\\n**Độc lập - Tự do - Hạnh phúc**",
        "PHƯỜNG THANH KHÊ TÂY\\\n**TỔ DÂN PHỐ 27**",
        "*Thanh Khê Tây, ngày 12 tháng 6 năm 2022*",
        "# BIÊN BẢN CUỘC HỌP CỦA CỘNG ĐỒNG DÂN CƯ",
        "**Về việc nâng cấp, mở rộng kiệt 19 Phú Lộc 10",
        "Hôm nay, vào hồi 08 giờ 00 phút, ngày 12 tháng 6 năm 2022, tại Nhà văn hóa tổ dân phố 27",
        "## I. THÀNH PHẦN THAM DỰ",
        "- Chủ trì: Nguyễn Văn Hùng, chức vụ: Tổ trưởng tổ dân phố 27.",
        "- Thư ký: Trần Thị Thu Hà.",
        "- Số hộ gia đình có đại diện tham dự: 42 hộ, bằng 76,4% tổng số hộ gia đình.",
        "- Số hộ gia đình không có đại diện tham dự: 13 hộ.",
        "cuộc họp hợp lệ.",
        "## II. NỘI DUNG CUỘC HỌP",
        "| Tán thành | 38 | 69,1% | 90,5% |",
        "Điều kiện thông qua: từ 2/3 tổng số hộ.",
        "Kết quả: **THÔNG QUA**.",
        "đã được sửa 1 lần",
        "Cuộc họp kết thúc vào hồi 10 giờ 25 phút cùng ngày.",
        "Biên bản đã được đọc cho các hộ gia đình có mặt cùng nghe.",
        "| THƯ KÝ | CHỦ TRÌ |",
        "| **Trần Thị Thu Hà** | **Nguyễn Văn Hùng** |",
        &format!("`{}`", fingerprint::of_record(&record).grouped()),
    ] {
        assert!(vi_md.contains(needed), "minutes.vi.md lacks {needed:?}");
    }
    // Every speaker, in the order of the record.
    let mut at = 0;
    for opinion in &record.opinions {
        let head = format!("**{}. {}**", opinion.turn_no, opinion.speaker.name);
        let found = vi_md[at..]
            .find(&head)
            .unwrap_or_else(|| panic!("{head} missing or out of order"));
        at += found + head.len();
    }

    let en_html = std::fs::read_to_string(golden_path(Lang::En, MINUTES_HTML)).unwrap();
    for needed in [
        "<html lang=\"en\">",
        "SOCIALIST REPUBLIC OF VIET NAM",
        "Independence - Freedom - Happiness",
        "MINUTES<br>OF THE MEETING OF THE RESIDENTIAL COMMUNITY",
        "size: A4;",
        "break-before: page;",
        "Passes with: two thirds of all households.",
        "Result: <b>PASSED</b>.",
        "These minutes were read out to the households present.",
    ] {
        assert!(en_html.contains(needed), "minutes.en.html lacks {needed:?}");
    }
    // Self-contained: nothing is fetched when it is opened or printed.
    for html in [
        &en_html,
        &std::fs::read_to_string(golden_path(Lang::Vi, MINUTES_HTML)).unwrap(),
    ] {
        for remote in ["http://", "https://", "<script", "<link", "url("] {
            assert!(!html.contains(remote), "the minutes refer to {remote}");
        }
    }
}

#[test]
fn export_minutes_writes_the_golden_files_with_the_fingerprint_recorded_at_import() {
    let (dir, db) = imported_sample();
    for (lang, args) in [(Lang::Vi, vec![]), (Lang::En, vec!["--lang", "en"])] {
        let out = dir.path().join(format!("out-{lang}"));
        let output = hopdan(&db)
            .args(&args)
            .args(["export", "--minutes", "--out"])
            .arg(&out)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let printed = String::from_utf8(output).unwrap();
        for name in ["votes.csv", MINUTES_MD, MINUTES_HTML] {
            assert!(
                printed.contains(&out.join(name).display().to_string()),
                "{printed}"
            );
        }
        for name in [MINUTES_MD, MINUTES_HTML] {
            let written = std::fs::read_to_string(out.join(name)).unwrap();
            let golden = std::fs::read_to_string(golden_path(lang, name)).unwrap();
            assert!(
                written == golden,
                "{name} in {lang} differs from its golden file"
            );
        }
        // Nothing else is left in the folder (no temporary files).
        assert_eq!(std::fs::read_dir(&out).unwrap().count(), 6);
    }
    // Without --minutes, no minutes.
    let out = dir.path().join("csv-only");
    hopdan(&db)
        .args(["export", "--out"])
        .arg(&out)
        .assert()
        .success();
    assert!(!out.join(MINUTES_HTML).exists());
    assert!(out.join("votes.csv").exists());
}
