//! The Word documents of the sample (SPEC §13), read back from their zip: the page set-up of
//! Decree 30/2020 (A4 portrait, the margins, Times New Roman 13 pt, page numbers at the top from
//! page 2) and every text in order, as a snapshot per document and language.
//!
//! The snapshot is a normalised form of `word/document.xml`: one line per paragraph, `**` around
//! bold runs, `_` around italic ones, `^` before a centred paragraph, `⏎` for a line break, and a
//! table row as `| cell | cell |` (the paragraphs of a cell joined by ` / `).

mod common;
mod docx_text;

use hopdan::documents::{MinutesTitle, WordDocuments, render_minutes_titled, render_word};
use hopdan::i18n::{EN, Lang, VI};
use hopdan::sample::sample_record;
use hopdan::store::fingerprint::{self, Scheme};

use docx_text::{body_text, normalised, page_setup, unzip};

fn sample_documents(lang: Lang) -> WordDocuments {
    let record = sample_record().unwrap();
    let fingerprint = fingerprint::of_record(&record, Scheme::CURRENT);
    render_word(
        &record,
        lang.strings(),
        Some(&fingerprint),
        MinutesTitle::default(),
    )
}

#[test]
fn the_sample_s_word_documents_in_vietnamese() {
    let documents = sample_documents(Lang::Vi);
    insta::assert_snapshot!("minutes_vi", normalised(&documents.minutes));
    insta::assert_snapshot!(
        "attendance_vi",
        normalised(documents.attendance.as_ref().unwrap())
    );
    insta::assert_snapshot!(
        "pledges_vi",
        normalised(documents.pledges.as_ref().unwrap())
    );
}

#[test]
fn the_sample_s_word_documents_in_english() {
    let documents = sample_documents(Lang::En);
    insta::assert_snapshot!("minutes_en", normalised(&documents.minutes));
    insta::assert_snapshot!(
        "attendance_en",
        normalised(documents.attendance.as_ref().unwrap())
    );
    insta::assert_snapshot!(
        "pledges_en",
        normalised(documents.pledges.as_ref().unwrap())
    );
}

#[test]
fn every_document_is_a4_portrait_with_the_margins_and_font_of_decree_30() {
    for lang in [Lang::Vi, Lang::En] {
        let documents = sample_documents(lang);
        for (name, docx) in documents.files() {
            let setup = page_setup(&unzip(docx)).join("\n");
            for line in [
                "page: 11906 x 16838 twips",
                "margins: top 1134 bottom 1134 left 1701 right 851 header 567",
                "first page: a header of its own (titlePg)",
                "header default: ^ {PAGE}1",
                "header first: (empty)",
                "font: Times New Roman (hAnsi Times New Roman, cs Times New Roman)",
                "size: 26 half-points",
            ] {
                assert!(setup.lines().any(|l| l == line), "{name}: {line}\n{setup}");
            }
        }
    }
}

#[test]
fn the_title_chosen_heads_the_minutes_in_every_rendering() {
    let record = sample_record().unwrap();
    for (title, vi, en) in [
        (
            MinutesTitle::Resolution,
            (
                "NGHỊ QUYẾT",
                "(Kèm theo Nghị quyết cuộc họp của cộng đồng dân cư ngày",
            ),
            (
                "RESOLUTION",
                "(Attached to the resolution of the meeting of the",
            ),
        ),
        (
            MinutesTitle::Minutes,
            (
                "BIÊN BẢN",
                "(Kèm theo Biên bản cuộc họp của cộng đồng dân cư ngày",
            ),
            ("MINUTES", "(Attached to the minutes of the meeting of the"),
        ),
        (
            MinutesTitle::Memorandum,
            (
                "BẢN GHI NHỚ",
                "(Kèm theo Bản ghi nhớ cuộc họp của cộng đồng dân cư ngày",
            ),
            (
                "MEMORANDUM",
                "(Attached to the memorandum of the meeting of the",
            ),
        ),
        (
            MinutesTitle::Agreement,
            (
                "BẢN THỎA THUẬN",
                "(Kèm theo Bản thỏa thuận cuộc họp của cộng đồng dân cư ngày",
            ),
            (
                "AGREEMENT",
                "(Attached to the agreement of the meeting of the",
            ),
        ),
    ] {
        assert_eq!(title.code().parse::<MinutesTitle>(), Ok(title));
        for (strings, (words, attached)) in [(&VI, vi), (&EN, en)] {
            let sub = strings.minutes.title_sub;
            let minutes = render_minutes_titled(&record, strings, None, title);
            assert!(
                minutes.markdown.contains(&format!("# {words} {sub}\n")),
                "{words}"
            );
            assert!(
                minutes.html.contains(&format!("<h1>{words}<br>{sub}</h1>")),
                "{words}"
            );
            let docx = render_word(&record, strings, None, title);
            let body = body_text(&unzip(&docx.minutes)["word/document.xml"]);
            let at = body
                .iter()
                .position(|l| *l == format!("^ **{words}**"))
                .unwrap_or_else(|| panic!("{words}: {body:#?}"));
            assert_eq!(body[at + 1], format!("^ **{sub}**"));
            // The lists say which document they are attached to, in every rendering.
            assert!(minutes.html.contains(attached), "{attached}");
            let list = body_text(&unzip(&docx.attendance.unwrap())["word/document.xml"]);
            assert!(
                list.iter()
                    .any(|l| l.starts_with(&format!("^ _{attached}"))),
                "{attached}: {list:#?}"
            );
        }
    }
    assert_eq!(MinutesTitle::default(), MinutesTitle::Minutes);
    assert!("bien_ban".parse::<MinutesTitle>().is_err());
}

#[test]
fn text_typed_by_people_stays_text_in_the_document() {
    let mut record = common::sample_without_register();
    record.meeting.chair = "Bà <i>Hà</i> & \"Co\"".into();
    let docx = render_word(&record, &VI, None, MinutesTitle::default());
    let parts = unzip(&docx.minutes);
    let xml = &parts["word/document.xml"];
    assert!(!xml.contains("<i>Hà"), "markup from a name reached the XML");
    let body = body_text(xml);
    assert!(
        body.iter().any(|l| l.contains("Bà <i>Hà</i> & \"Co\"")),
        "{body:#?}"
    );
    // Without a register there are no lists to write.
    assert!(docx.attendance.is_none() && docx.pledges.is_none());
    assert_eq!(docx.files().len(), 1);
}
