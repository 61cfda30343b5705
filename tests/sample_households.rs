//! The register, the sign-in list and the land pledges of the sample consultation (SPEC §8–§11)
//! agree with its other files: read here with the csv crate alone, so that the sample is checked
//! as written, whatever reads it into a meeting.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, FixedOffset};

use hopdan::domain::Measure;

mod common;

use common::sample_dir;

/// The rows of one file of the sample, by column name, after checking that it is written like
/// the others: UTF-8 with a BOM, CRLF after every row, exactly the columns given.
fn rows(file: &str, columns: &[&str]) -> Vec<HashMap<String, String>> {
    let bytes = std::fs::read(sample_dir().join(file)).unwrap();
    let text = std::str::from_utf8(&bytes).unwrap();
    let text = text.strip_prefix('\u{feff}').expect("a BOM");
    assert!(text.ends_with("\r\n"), "{file}: CRLF at the end");
    assert_eq!(
        text.lines().next().unwrap().trim_end_matches('\r'),
        columns.join(","),
        "{file}: its columns"
    );
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|record| {
            let record = record.unwrap();
            assert_eq!(record.len(), columns.len(), "{file}: {record:?}");
            headers
                .iter()
                .zip(record.iter())
                .map(|(h, v)| (h.to_owned(), v.to_owned()))
                .collect()
        })
        .collect()
}

fn time(text: &str) -> DateTime<FixedOffset> {
    assert!(text.ends_with("+07:00"), "{text}");
    DateTime::parse_from_rfc3339(text).unwrap()
}

fn households() -> Vec<HashMap<String, String>> {
    rows(
        "households.csv",
        &[
            "meeting_id",
            "household_no",
            "address",
            "head_name",
            "members",
            "phone",
            "note",
        ],
    )
}

fn attendance() -> Vec<HashMap<String, String>> {
    rows(
        "attendance.csv",
        &[
            "meeting_id",
            "household_no",
            "representative_name",
            "standing",
            "arrived_at",
            "left_at",
            "note",
        ],
    )
}

fn pledges() -> Vec<HashMap<String, String>> {
    rows(
        "pledges.csv",
        &[
            "meeting_id",
            "item_no",
            "household_no",
            "frontage_m",
            "depth_m",
            "area_m2",
            "structures",
            "consent",
            "note",
            "recorded_at",
        ],
    )
}

/// The households present at `at`: arrived then or before and not yet left.
fn present_at(attendance: &[HashMap<String, String>], at: DateTime<FixedOffset>) -> usize {
    attendance
        .iter()
        .filter(|a| {
            time(&a["arrived_at"]) <= at && (a["left_at"].is_empty() || at < time(&a["left_at"]))
        })
        .count()
}

#[test]
fn the_register_holds_the_55_households_of_the_group_once_each() {
    let households = households();
    assert_eq!(households.len(), 55);
    let numbers: HashSet<&str> = households
        .iter()
        .map(|h| h["household_no"].as_str())
        .collect();
    let addresses: HashSet<&str> = households.iter().map(|h| h["address"].as_str()).collect();
    assert_eq!((numbers.len(), addresses.len()), (55, 55));
    for h in &households {
        assert_eq!(h["meeting_id"], "1");
        assert!(h["address"].starts_with("K19/") && h["address"].ends_with(" Phú Lộc 10"));
        assert!(!h["head_name"].trim().is_empty());
        assert!(
            h["members"]
                .parse::<u32>()
                .is_ok_and(|n| (1..=10).contains(&n))
        );
        assert!(h["phone"].is_empty() || h["phone"].len() == 10 && h["phone"].starts_with('0'));
    }
    // The meeting counts the register's households.
    let meeting = &rows(
        "meeting.csv",
        &[
            "meeting_id",
            "title",
            "ward",
            "residential_group",
            "location",
            "started_at",
            "ended_at",
            "chair",
            "chair_title",
            "secretary",
            "households_total",
            "households_present",
            "status",
        ],
    )[0];
    assert_eq!(meeting["households_total"], "55");
    // Present at the end: the one who left is not.
    let ended = time(&meeting["ended_at"]);
    assert_eq!(
        present_at(&attendance(), ended).to_string(),
        meeting["households_present"]
    );
    assert_eq!(meeting["households_present"], "41");
}

#[test]
fn every_vote_counts_the_households_signed_in_and_not_left_at_its_time() {
    let households = households();
    let numbers: HashSet<&str> = households
        .iter()
        .map(|h| h["household_no"].as_str())
        .collect();
    let attendance = attendance();
    assert_eq!(attendance.len(), 42);
    let mut signed: HashSet<&str> = HashSet::new();
    for a in &attendance {
        assert!(numbers.contains(a["household_no"].as_str()), "{a:?}");
        assert!(signed.insert(&a["household_no"]), "signed in twice: {a:?}");
        assert!(!a["representative_name"].trim().is_empty());
        assert!(["head", "member", "proxy"].contains(&a["standing"].as_str()));
    }
    // In order of arrival, all before the first vote.
    let arrivals: Vec<_> = attendance.iter().map(|a| time(&a["arrived_at"])).collect();
    assert!(arrivals.is_sorted());
    assert!(
        arrivals
            .iter()
            .all(|&at| at < time("2022-06-12T08:58:30+07:00"))
    );
    // A few by a member, one by proxy whose note says whose, one who left.
    let by = |standing: &str| -> Vec<&HashMap<String, String>> {
        attendance
            .iter()
            .filter(|a| a["standing"] == standing)
            .collect()
    };
    assert!(by("member").len() >= 3);
    let proxies = by("proxy");
    assert_eq!(proxies.len(), 1);
    assert!(proxies[0]["note"].contains("ủy quyền"), "{:?}", proxies[0]);
    let left: Vec<_> = attendance
        .iter()
        .filter(|a| !a["left_at"].is_empty())
        .collect();
    assert_eq!(left.len(), 1);
    let left_at = time(&left[0]["left_at"]);
    assert!(time("2022-06-12T09:33:20+07:00") < left_at);
    assert!(left_at < time("2022-06-12T10:08:45+07:00"));
    // The head signs in under their own name; a member or proxy under another.
    let heads: HashMap<&str, &str> = households
        .iter()
        .map(|h| (h["household_no"].as_str(), h["head_name"].as_str()))
        .collect();
    for a in &attendance {
        let head = heads[a["household_no"].as_str()];
        assert_eq!(
            a["standing"] == "head",
            a["representative_name"] == head,
            "{a:?}"
        );
    }

    let votes = rows(
        "votes.csv",
        &[
            "meeting_id",
            "item_no",
            "vote_no",
            "voted_at",
            "households_total",
            "households_present",
            "votes_for",
            "votes_against",
            "votes_abstain",
            "not_voting",
            "vote_base",
            "threshold",
            "result",
            "corrections",
        ],
    );
    let mut present = Vec::new();
    for vote in &votes {
        let n = |column: &str| vote[column].parse::<u32>().unwrap();
        let counted = present_at(&attendance, time(&vote["voted_at"]));
        assert_eq!(counted.to_string(), vote["households_present"], "{vote:?}");
        let cast = n("votes_for") + n("votes_against") + n("votes_abstain");
        assert_eq!(n("not_voting"), n("households_present") - cast, "{vote:?}");
        present.push(counted);
    }
    assert_eq!(present, [42, 42, 41, 41, 41]);
    // The correction of vote 3 held counts the 41 present could cast.
    let corrections = rows(
        "corrections.csv",
        &[
            "meeting_id",
            "correction_no",
            "corrected_at",
            "entity",
            "item_no",
            "number",
            "field",
            "old_value",
            "new_value",
            "reason",
        ],
    );
    let old: u32 = corrections
        .iter()
        .map(|c| c["old_value"].parse::<u32>().unwrap())
        .sum();
    assert!(
        old + 3 <= 41,
        "the counts before the correction, with the 3 abstaining"
    );
}

#[test]
fn the_speakers_of_the_group_are_households_of_the_register_signed_in_before_they_spoke() {
    let households = households();
    let by_address: HashMap<&str, &HashMap<String, String>> = households
        .iter()
        .map(|h| (h["address"].as_str(), h))
        .collect();
    let attendance = attendance();
    let signed: HashMap<&str, &HashMap<String, String>> = attendance
        .iter()
        .map(|a| (a["household_no"].as_str(), a))
        .collect();
    let opinions = rows(
        "opinions.csv",
        &[
            "meeting_id",
            "item_no",
            "turn_no",
            "speaker_name",
            "speaker_address",
            "stance",
            "opinion",
            "started_at",
            "duration_s",
        ],
    );
    let mut residents = 0;
    for o in &opinions {
        let address = &o["speaker_address"];
        if !address.starts_with("K19") {
            continue;
        }
        residents += 1;
        // Spoken as "K19/4 Phú Lộc 10, tổ 27": the register's address and the group.
        let at = address
            .strip_suffix(", tổ 27")
            .expect("the group after the address");
        let household = by_address
            .get(at)
            .unwrap_or_else(|| panic!("{at} is not in the register"));
        let sign_in = signed[household["household_no"].as_str()];
        assert_eq!(sign_in["representative_name"], o["speaker_name"], "{o:?}");
        assert!(time(&sign_in["arrived_at"]) < time(&o["started_at"]));
    }
    assert_eq!(residents, 14);
    // The household that the correction of vote 3 names was present at it.
    let k19_22 = by_address["K19/22 Phú Lộc 10"];
    let sign_in = signed[k19_22["household_no"].as_str()];
    assert!(sign_in["left_at"].is_empty());
}

#[test]
fn the_pledges_of_item_2_add_up_as_the_opinions_said() {
    let households = households();
    let by_no: HashMap<&str, &HashMap<String, String>> = households
        .iter()
        .map(|h| (h["household_no"].as_str(), h))
        .collect();
    let pledges = pledges();
    let mut pledged = HashSet::new();
    let mut consents: HashMap<&str, u32> = HashMap::new();
    let mut area_agreed = Vec::new();
    for p in &pledges {
        assert_eq!(
            (p["meeting_id"].as_str(), p["item_no"].as_str()),
            ("1", "2")
        );
        let household = by_no
            .get(p["household_no"].as_str())
            .unwrap_or_else(|| panic!("{p:?} names no household"));
        assert!(pledged.insert(&p["household_no"]), "pledged twice: {p:?}");
        // On the alley itself, not on the branch H5, which is not widened.
        assert!(!household["address"].starts_with("K19/H5"));
        let measure = |column: &str| {
            let text = &p[column];
            assert!(
                text.len() >= 4 && text.as_bytes()[text.len() - 3] == b'.',
                "{text}"
            );
            Measure::parse(text).unwrap()
        };
        let (frontage, depth, area) = (
            measure("frontage_m"),
            measure("depth_m"),
            measure("area_m2"),
        );
        assert_eq!(area, Measure::area(frontage, depth), "{p:?}");
        assert!((Measure(40)..=Measure(60)).contains(&depth), "{p:?}");
        assert!((Measure(300)..=Measure(1000)).contains(&frontage), "{p:?}");
        assert!(!p["structures"].trim().is_empty());
        *consents.entry(p["consent"].as_str()).or_default() += 1;
        if p["consent"] == "agreed" {
            area_agreed.push(area);
        }
        let recorded = time(&p["recorded_at"]);
        assert!(time("2022-06-12T09:00:00+07:00") < recorded);
        assert!(recorded < time("2022-06-12T09:33:20+07:00"));
    }
    assert_eq!(pledges.len(), 32);
    assert_eq!(
        (
            consents["agreed"],
            consents["undecided"],
            consents["refused"]
        ),
        (28, 3, 1)
    );
    assert_eq!(Measure::sum(area_agreed), Measure(7161));
    // The household of the front stretch who spoke against refuses the 0,6 m asked of it; the
    // one who asked for support has not agreed yet; the one who offered 0,5 m agrees.
    let of = |address: &str| {
        pledges
            .iter()
            .find(|p| by_no[p["household_no"].as_str()]["address"] == address)
            .unwrap()
    };
    let front = of("K19/7 Phú Lộc 10");
    assert_eq!(
        (
            front["consent"].as_str(),
            front["depth_m"].as_str(),
            front["frontage_m"].as_str()
        ),
        ("refused", "0.60", "4.00")
    );
    assert_eq!(of("K19/9 Phú Lộc 10")["consent"], "undecided");
    let offered = of("K19/15 Phú Lộc 10");
    assert_eq!(
        (offered["consent"].as_str(), offered["depth_m"].as_str()),
        ("agreed", "0.50")
    );
}
