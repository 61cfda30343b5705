//! The documents of votes taken by ballot (SPEC §12, §13), from a meeting built by hand: the
//! minutes say how each vote was taken, and the Word documents are Form 02 for the secret
//! ballot, Form 04 for the household-ballot round with the households' answers attached, and
//! one ballot sheet per household of the register, each a snapshot of its text per language.

mod ballot_record;
mod docx_text;

use std::time::{Duration, Instant};

use hopdan::documents::{MinutesTitle, WordDocuments, render_minutes, render_word};
use hopdan::domain::BallotDetails;
use hopdan::i18n::{EN, Lang, VI};

use ballot_record::{large_round, record};
use docx_text::{body_text, normalised, page_setup, unzip};

fn documents(lang: Lang) -> WordDocuments {
    render_word(&record(), lang.strings(), None, MinutesTitle::default())
}

fn file<'a>(documents: &'a WordDocuments, name: &str) -> &'a [u8] {
    documents
        .ballots
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, bytes)| bytes.as_slice())
        .unwrap_or_else(|| panic!("no {name}"))
}

#[test]
fn each_vote_by_ballot_has_its_documents_beside_the_minutes() {
    let documents = documents(Lang::Vi);
    let names: Vec<&str> = documents.files().iter().map(|(name, _)| *name).collect();
    assert_eq!(
        names,
        [
            "minutes.docx",
            "attendance.docx",
            "ballot-count-1-1.docx",
            "ballot-sheets-2-1.docx",
            "household-ballot-results-2-1.docx",
        ]
    );
}

#[test]
fn the_ballot_documents_in_vietnamese() {
    let d = documents(Lang::Vi);
    insta::assert_snapshot!(
        "ballot_count_vi",
        normalised(file(&d, "ballot-count-1-1.docx"))
    );
    insta::assert_snapshot!(
        "ballot_results_vi",
        normalised(file(&d, "household-ballot-results-2-1.docx"))
    );
    insta::assert_snapshot!(
        "ballot_sheets_vi",
        normalised(file(&d, "ballot-sheets-2-1.docx"))
    );
}

#[test]
fn the_ballot_documents_in_english() {
    let d = documents(Lang::En);
    insta::assert_snapshot!(
        "ballot_count_en",
        normalised(file(&d, "ballot-count-1-1.docx"))
    );
    insta::assert_snapshot!(
        "ballot_results_en",
        normalised(file(&d, "household-ballot-results-2-1.docx"))
    );
    insta::assert_snapshot!(
        "ballot_sheets_en",
        normalised(file(&d, "ballot-sheets-2-1.docx"))
    );
}

#[test]
fn the_minutes_say_how_each_vote_was_taken() {
    let minutes = render_minutes(&record(), &VI, None);
    for text in [&minutes.markdown, &minutes.html] {
        for line in [
            "Biểu quyết bằng hình thức bỏ phiếu kín lần 1, lúc 09 giờ 10 phút: 6 trên 7 hộ gia \
             đình có đại diện tham dự.",
            "Số phiếu phát ra: 6 phiếu. Số phiếu thu vào: 6 phiếu. Số phiếu hợp lệ: 5 phiếu. Số \
             phiếu không hợp lệ: 1 phiếu.",
            "Tổ kiểm phiếu: Võ Thị Lan (Tổ trưởng), Trần Văn Bình, Ngô Văn Sơn.",
            "Người chứng kiến kiểm phiếu: đại diện hộ 27-002 (chủ hộ Trần Thị Tâm) và đại diện \
             hộ 27-007.",
            "Biểu quyết bằng hình thức phát phiếu lấy ý kiến đến từng hộ gia đình (lần 1, phát \
             phiếu từ 10 giờ 00 phút): 6 trên 7 hộ gia đình gửi lại phiếu.",
            "số hộ không gửi lại phiếu: 1 hộ, được tính là không biểu quyết.",
            "Lấy ý kiến bằng phiếu không xét điều kiện số hộ tham dự; kết quả được tính trên \
             tổng số 7 hộ gia đình.",
            "Kiểm phiếu lúc 17 giờ 00 phút, ngày 14 tháng 6 năm 2022.",
            "Hạn báo cáo kết quả về UBND phường và Ban Thường trực Ủy ban MTTQ: ngày 21 tháng 6 \
             năm 2022.",
            "Điều kiện thông qua: từ 2/3 số hộ biểu quyết.",
            "Phương án 1 (Trong mùa khô năm 2022) được thông qua với 4/7 hộ (57,1% tổng số hộ).",
        ] {
            assert!(text.contains(line), "{line}\n{text}");
        }
    }
    assert!(
        minutes
            .markdown
            .contains("| Không gửi lại phiếu | 1 | 14,3% | — |")
    );
    let en = render_minutes(&record(), &EN, None).markdown;
    assert!(
        en.contains("Secret ballot 1, at 09:10: 6 of 7 households represented."),
        "{en}"
    );
    assert!(en.contains("by 21 June 2022."), "{en}");
}

#[test]
fn a_round_still_open_has_its_ballot_sheets_but_no_results_yet() {
    let mut r = record();
    r.ballots.votes[1].details = BallotDetails::HouseholdRound { counted_at: None };
    let documents = render_word(&r, &VI, None, MinutesTitle::default());
    let names: Vec<&str> = documents.ballots.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["ballot-count-1-1.docx", "ballot-sheets-2-1.docx"]);
    let md = render_minutes(&r, &VI, None).markdown;
    assert!(md.contains(VI.minutes.round_open), "{md}");
    assert!(!md.contains("Hạn báo cáo"), "{md}");
    assert!(!md.contains("Kiểm phiếu lúc"), "{md}");
}

#[test]
fn each_ballot_sheet_is_a_page_of_its_own_for_a_household_of_the_register() {
    let d = documents(Lang::Vi);
    let body = body_text(&unzip(file(&d, "ballot-sheets-2-1.docx"))["word/document.xml"]);
    let titles = body
        .iter()
        .filter(|l| l.contains("PHIẾU LẤY Ý KIẾN HỘ GIA ĐÌNH"))
        .count();
    assert_eq!(titles, 7);
    for no in 1..=7 {
        assert!(body.contains(&format!("Số hộ: 27-00{no}")), "{no}");
    }
    let boxes: Vec<&String> = body.iter().filter(|l| l.starts_with('☐')).collect();
    assert_eq!(boxes.len(), 7 * 3, "{boxes:#?}");
    assert_eq!(
        boxes[0],
        "☐ Phương án 1: Trong mùa khô năm 2022 – Từ tháng 7 đến tháng 9."
    );
}

#[test]
fn every_ballot_document_has_the_page_of_decree_30() {
    for lang in [Lang::Vi, Lang::En] {
        let d = documents(lang);
        for (name, bytes) in &d.ballots {
            let setup = page_setup(&unzip(bytes)).join("\n");
            for line in [
                "page: 11906 x 16838 twips",
                "margins: top 1134 bottom 1134 left 1701 right 851 header 567",
                "font: Times New Roman (hAnsi Times New Roman, cs Times New Roman)",
                "size: 26 half-points",
            ] {
                assert!(setup.lines().any(|l| l == line), "{name}: {line}\n{setup}");
            }
            // A ballot sheet is a document of one page for its household: no page number.
            let numbered = setup.lines().any(|l| l == "header default: ^ {PAGE}1");
            assert_eq!(
                numbered,
                !name.starts_with("ballot-sheets-"),
                "{name}\n{setup}"
            );
        }
    }
}

/// The best of three renderings of the Word documents of `record`.
fn best_time(record: &hopdan::domain::MeetingRecord) -> Duration {
    (0..3)
        .map(|_| {
            let start = Instant::now();
            let _ = render_word(record, &VI, None, MinutesTitle::default());
            start.elapsed()
        })
        .min()
        .unwrap()
}

#[test]
fn form_04_of_two_thousand_ballots_is_written_in_well_under_a_fifth_of_a_second() {
    let counted = large_round(2000);
    let mut open = counted.clone();
    open.ballots.votes[1].details = BallotDetails::HouseholdRound { counted_at: None };
    // Form 04 is what a counted round writes more than an open one: its 2,000 sheets aside.
    let _ = render_word(&counted, &VI, None, MinutesTitle::default());
    let with_results = best_time(&counted);
    let form_04 = with_results.saturating_sub(best_time(&open));
    // An unoptimised build is several times slower than a release build.
    let (limit, all_limit) = if cfg!(debug_assertions) {
        (Duration::from_millis(1000), Duration::from_millis(5000))
    } else {
        (Duration::from_millis(150), Duration::from_millis(1000))
    };
    assert!(form_04 < limit, "Form 04: {form_04:?}");
    assert!(with_results < all_limit, "every document: {with_results:?}");
    let documents = render_word(&counted, &VI, None, MinutesTitle::default());
    let results = body_text(
        &unzip(file(&documents, "household-ballot-results-2-1.docx"))["word/document.xml"],
    );
    assert!(
        results.iter().any(|l| l.starts_with("| 2000 | 27-2000")),
        "{results:#?}"
    );
}
