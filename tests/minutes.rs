//! The official minutes of the sample consultation, rendered directly and written by
//! `hopdan export --minutes`, compared with their snapshots (`tests/snapshots/minutes__*`).
//!
//! After a deliberate change to the minutes, `cargo insta test --test minutes` writes the new
//! ones beside the snapshots; read the difference in `cargo insta review` before accepting it.

mod common;

use hopdan::documents::{MINUTES_HTML, MINUTES_MD, render_minutes};
use hopdan::domain::Meeting;
use hopdan::i18n::Lang;
use hopdan::sample::sample_record;
use hopdan::store::fingerprint::{self, Scheme};

use common::{hopdan, imported_sample};

/// Compares one file of the minutes with its snapshot, named after the file and the language
/// (`minutes.md` in Vietnamese: `minutes.vi.md`).
fn assert_minutes(lang: Lang, file: &str, text: &str) {
    // insta compares text with its end trimmed and CRLF read as LF; the minutes are files, so
    // those bytes are checked here: LF line ends, and one at the end.
    assert!(!text.contains('\r'), "{file} in {lang} has a CR");
    assert_eq!(
        text.strip_suffix('\n'),
        Some(text.trim_end()),
        "{file} in {lang} does not end with exactly one line feed"
    );
    let (stem, ext) = file
        .rsplit_once('.')
        .expect("a file name with an extension");
    insta::assert_snapshot!(format!("{stem}.{lang}.{ext}"), text);
}

#[test]
fn the_sample_minutes_match_their_snapshots_in_both_languages() {
    let record = sample_record().unwrap();
    let fingerprint = fingerprint::of_record(&record, Scheme::CURRENT);
    for lang in [Lang::Vi, Lang::En] {
        let minutes = render_minutes(&record, lang.strings(), Some(&fingerprint));
        assert_minutes(lang, MINUTES_MD, &minutes.markdown);
        assert_minutes(lang, MINUTES_HTML, &minutes.html);
    }
}

#[test]
fn the_sample_minutes_hold_what_minutes_need() {
    let record = sample_record().unwrap();
    let fingerprint = fingerprint::of_record(&record, Scheme::CURRENT);
    let vi = render_minutes(&record, Lang::Vi.strings(), Some(&fingerprint));
    let en = render_minutes(&record, Lang::En.strings(), Some(&fingerprint));
    let vi_md = &vi.markdown;
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
        "- Số hộ gia đình có đại diện tham dự: 42 hộ (có danh sách kèm theo), bằng 76,4% tổng số hộ gia đình.",
        "- Số hộ gia đình không có đại diện tham dự: 13 hộ.",
        "- Số hộ gia đình có đại diện ra về trước khi kết thúc cuộc họp: 1 hộ",
        "## DANH SÁCH HỘ GIA ĐÌNH DỰ HỌP",
        "cuộc họp hợp lệ.",
        "## II. NỘI DUNG CUỘC HỌP",
        "| Tán thành | 38 | 69,1% | 90,5% |",
        "Điều kiện thông qua: từ 2/3 tổng số hộ.",
        "Kết quả: **THÔNG QUA**.",
        "đã sửa từ 30/8/3 thành 29/9/3 lúc 10 giờ 11 phút, lý do: Đếm lại theo đề nghị",
        "Cuộc họp kết thúc vào hồi 10 giờ 25 phút cùng ngày.",
        "Biên bản đã được đọc cho các hộ gia đình có mặt cùng nghe.",
        "| THƯ KÝ | CHỦ TRÌ |",
        "| **Trần Thị Thu Hà** | **Nguyễn Văn Hùng** |",
        &format!("`{}`", fingerprint.grouped()),
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

    let en_html = &en.html;
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
    for html in [en_html, &vi.html] {
        for remote in ["http://", "https://", "<script", "<link", "url("] {
            assert!(!html.contains(remote), "the minutes refer to {remote}");
        }
    }
}

#[test]
fn export_minutes_writes_the_same_minutes_with_the_fingerprint_recorded_at_import() {
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
            assert_minutes(lang, name, &written);
        }
        // Nothing else is left in the folder (no temporary files).
        assert_eq!(
            std::fs::read_dir(&out).unwrap().count(),
            hopdan::records::TABLES.len() + 2
        );
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

/// The minutes of the sample consultation after `edit`, as the new-meeting form could have left
/// its fields: (Markdown, HTML).
fn minutes_with(lang: Lang, edit: impl FnOnce(&mut Meeting)) -> (String, String) {
    let mut record = sample_record().unwrap();
    edit(&mut record.meeting);
    let minutes = render_minutes(&record, lang.strings(), None);
    (minutes.markdown, minutes.html)
}

#[test]
fn an_empty_chair_or_secretary_leaves_a_dotted_line_to_fill_in() {
    for (lang, chair, secretary) in [
        (Lang::Vi, "- Chủ trì: ……, chức vụ:", "- Thư ký: ……."),
        (Lang::En, "- Chair: ……,", "- Secretary: ……."),
    ] {
        let (md, html) = minutes_with(lang, |m| {
            m.chair.clear();
            m.secretary.clear();
        });
        assert!(md.contains(chair) && md.contains(secretary), "{md}");
        assert!(md.contains("\n| **……** | **……** |\n"), "{md}");
        assert!(!md.contains("****"), "{md}");
        assert_eq!(
            html.matches("<div class=\"signature-name\">……</div>")
                .count(),
            2,
            "{html}"
        );
    }
}

#[test]
fn the_subject_reads_right_whether_or_not_the_title_starts_with_its_lead_in() {
    for (lang, titles, subject, in_sentence) in [
        (
            Lang::Vi,
            &[
                "Về việc nâng cấp kiệt 19.",
                "V/v nâng cấp kiệt 19",
                "nâng cấp kiệt 19",
            ][..],
            "**Về việc nâng cấp kiệt 19**",
            " tổ chức cuộc họp của cộng đồng dân cư về việc nâng cấp kiệt 19.\n",
        ),
        (
            Lang::Vi,
            &[
                "Nâng cấp kiệt 19",
                "VỀ VIỆC: Nâng cấp kiệt 19",
                "Ve viec Nâng cấp kiệt 19",
            ],
            "**Về việc Nâng cấp kiệt 19**",
            " tổ chức cuộc họp của cộng đồng dân cư về việc Nâng cấp kiệt 19.\n",
        ),
        (
            Lang::En,
            &[
                "Concerning the upgrade of lane 19.",
                "the upgrade of lane 19",
            ],
            "**Subject: the upgrade of lane 19**",
            " held a meeting of the residential community concerning the upgrade of lane 19.\n",
        ),
        (
            Lang::En,
            &["Về việc nâng cấp kiệt 19", "nâng cấp kiệt 19"],
            "**Subject: nâng cấp kiệt 19**",
            " held a meeting of the residential community concerning nâng cấp kiệt 19.\n",
        ),
    ] {
        for title in titles {
            let (md, html) = minutes_with(lang, |m| m.title = (*title).into());
            assert!(md.contains(subject), "{title}: {md}");
            assert!(md.contains(in_sentence), "{title}: {md}");
            let subject = subject.trim_matches('*');
            assert!(
                html.contains(&format!("<p class=\"subject\">{subject}</p>")),
                "{title}: {html}"
            );
        }
    }
}

#[test]
fn a_bare_ward_name_and_group_number_read_in_full() {
    for (lang, ward, group, issuer, place, opening, households) in [
        (
            Lang::Vi,
            "Thanh Khê Tây",
            "27",
            ["PHƯỜNG THANH KHÊ TÂY", "TỔ DÂN PHỐ 27"],
            "Thanh Khê Tây, ngày 12 tháng 6 năm 2022",
            "tại ……, Tổ dân phố 27 (phường Thanh Khê Tây) tổ chức",
            "Tổng số hộ gia đình của Tổ dân phố 27: 55 hộ.",
        ),
        (
            Lang::Vi,
            "Thanh Khê Tây, quận Thanh Khê",
            "27A",
            ["PHƯỜNG THANH KHÊ TÂY", "TỔ DÂN PHỐ 27A"],
            "Thanh Khê Tây, ngày 12 tháng 6 năm 2022",
            "tại ……, Tổ dân phố 27A (phường Thanh Khê Tây, quận Thanh Khê) tổ chức",
            "Tổng số hộ gia đình của Tổ dân phố 27A: 55 hộ.",
        ),
        (
            Lang::En,
            "Thanh Khê Tây",
            "27",
            ["THANH KHÊ TÂY WARD", "RESIDENTIAL GROUP 27"],
            "Thanh Khê Tây, 12 June 2022",
            "at ……, Residential Group 27 (Thanh Khê Tây Ward) held",
            "Households of Residential Group 27: 55.",
        ),
    ] {
        let (md, html) = minutes_with(lang, |m| {
            m.ward = ward.into();
            m.residential_group = group.into();
            m.location.clear();
        });
        let [ward_issuer, group_issuer] = issuer;
        for needed in [
            format!("{ward_issuer}\\\n**{group_issuer}**\n"),
            format!("*{place}*"),
            opening.to_owned(),
            format!("- {households}\n"),
        ] {
            assert!(md.contains(&needed), "{ward}, {group}: {needed:?} in {md}");
        }
        for needed in [
            format!(
                "<td class=\"issuer\"><div>{ward_issuer}</div><div class=\"group\">{group_issuer}</div></td>"
            ),
            format!("<td class=\"place-date\">{place}</td>"),
            opening.to_owned(),
            format!("<li>{households}</li>"),
        ] {
            assert!(
                html.contains(&needed),
                "{ward}, {group}: {needed:?} in {html}"
            );
        }
    }
}

#[test]
fn a_ward_or_group_typed_with_its_kind_and_an_empty_location_are_kept_as_typed() {
    for (lang, ward, group, opening) in [
        (
            Lang::Vi,
            "PHƯỜNG Thanh Khê Tây",
            "Tổ dân phố 27",
            "tại ……, Tổ dân phố 27 (PHƯỜNG Thanh Khê Tây) tổ chức",
        ),
        (
            Lang::Vi,
            "Thi tran Hoa Vang",
            "Tổ 27",
            "tại ……, Tổ 27 (Thi tran Hoa Vang) tổ chức",
        ),
        (
            Lang::Vi,
            "xã Hòa Bắc",
            "Thôn Nam Mỹ",
            "tại ……, Thôn Nam Mỹ (xã Hòa Bắc) tổ chức",
        ),
        (
            Lang::Vi,
            "Thị trấn Hòa Vang",
            "",
            "tại ……, …… (Thị trấn Hòa Vang) tổ chức",
        ),
        (
            Lang::En,
            "Xã Hòa Bắc",
            "Thon Nam My",
            "at ……, Thon Nam My (Xã Hòa Bắc) held",
        ),
        (Lang::En, "", "", "at ……, …… (……) held"),
    ] {
        let (md, html) = minutes_with(lang, |m| {
            m.ward = ward.into();
            m.residential_group = group.into();
            m.location = " ".into();
        });
        assert!(md.contains(opening), "{ward}, {group}: {md}");
        assert!(html.contains(opening), "{ward}, {group}: {html}");
    }
}

#[test]
fn the_guests_and_the_chairs_conclusions_are_in_the_minutes() {
    let record = sample_record().unwrap();
    let vi = render_minutes(&record, Lang::Vi.strings(), None);
    let en = render_minutes(&record, Lang::En.strings(), None);
    let guests = "Lê Văn Thành — Phó Chủ tịch UBND phường Thanh Khê Tây; Võ Thị Minh Thư — \
                  Công chức Địa chính – Xây dựng, UBND phường Thanh Khê Tây";
    // In the attendance section, after the secretary.
    assert!(
        vi.markdown.contains(&format!(
            "- Thư ký: Trần Thị Thu Hà.\n- Đại biểu tham dự: {guests}; "
        )),
        "{}",
        vi.markdown
    );
    assert!(
        vi.html
            .contains(&format!("<li>Đại biểu tham dự: {guests}; ")),
        "{}",
        vi.html
    );
    assert!(
        en.markdown
            .contains(&format!("- Guests and officials present: {guests}; "))
    );
    assert!(
        en.html
            .contains(&format!("<li>Guests and officials present: {guests}; "))
    );
    // Each item ends with the chair's conclusion, line breaks kept.
    assert_eq!(
        vi.markdown.matches("#### c) Kết luận của chủ trì").count(),
        4
    );
    assert_eq!(
        en.markdown
            .matches("#### c) The chair's conclusion")
            .count(),
        4
    );
    assert!(vi.markdown.contains(
        "#### c) Kết luận của chủ trì\n\nHội nghị thống nhất nâng cấp, mở rộng kiệt 19 Phú Lộc 10 \
         lên 3 m trên toàn tuyến.\\\nĐề nghị phường đo đạc"
    ));
    assert!(vi.html.contains(
        "<h4>c) Kết luận của chủ trì</h4>\n<p class=\"conclusion\">Hội nghị thống nhất nâng cấp"
    ));
    assert_eq!(
        en.html
            .matches("<h4>c) The chair's conclusion</h4>")
            .count(),
        4
    );
}

#[test]
fn without_guests_or_conclusions_the_minutes_leave_nothing_odd_and_a_line_to_fill_in() {
    let mut record = sample_record().unwrap();
    record.guests.clear();
    record.conclusions.retain(|c| c.item_no == 2);
    let dots = "…".repeat(34);
    for lang in [Lang::Vi, Lang::En] {
        let minutes = render_minutes(&record, lang.strings(), None);
        for text in [&minutes.markdown, &minutes.html] {
            assert!(!text.contains("Đại biểu tham dự"), "{text}");
            assert!(!text.contains("Guests and officials"), "{text}");
            assert!(!text.contains(": ."), "{text}");
        }
        // Items 1, 3 and 4 get two dotted lines to write the conclusion by hand; item 2 its
        // text.
        assert_eq!(
            minutes
                .markdown
                .matches(&format!("{dots}\\\n{dots}"))
                .count(),
            3,
            "{}",
            minutes.markdown
        );
        assert_eq!(
            minutes
                .html
                .matches(&format!("<p class=\"to-fill-in\">{dots}<br>\n{dots}</p>"))
                .count(),
            3
        );
        assert!(
            minutes
                .markdown
                .contains("Tổ dân phố và Ban vận động gặp riêng")
        );
    }
}

#[test]
fn a_conclusion_with_markup_stays_text() {
    let mut record = sample_record().unwrap();
    record.conclusions[0].text = "<script>x</script> & 1. *đậm*\n- dòng".into();
    record.guests[0].name = "<b>Lê</b> & *Thành*".into();
    let minutes = render_minutes(&record, Lang::Vi.strings(), None);
    assert!(!minutes.html.contains("<script>"));
    assert!(!minutes.html.contains("<b>Lê</b>"));
    assert!(
        minutes
            .html
            .contains("&lt;script&gt;x&lt;/script&gt; &amp; 1. *đậm*<br>\n- dòng")
    );
    assert!(
        minutes
            .markdown
            .contains("\\<script\\>x\\</script\\> \\& 1. \\*đậm\\*\\\n\\- dòng")
    );
    assert!(
        minutes
            .markdown
            .contains("\\<b\\>Lê\\</b\\> \\& \\*Thành\\*")
    );
}
