//! An open meeting with one agenda item, for the benches that write into a meeting of their
//! own. Included by `#[path]` where it is used: the other benches of `support` need none.

use chrono::{DateTime, FixedOffset};

use hopdan::domain::{DecisionRule, Meeting, MeetingId, MeetingStatus, Threshold, VoteBase};
use hopdan::store::Store;

/// The item's rule: more than half of all households.
pub const ALL_HALF: DecisionRule = DecisionRule {
    base: VoteBase::AllHouseholds,
    threshold: Threshold::MoreThanHalf,
};

/// Adds the meeting, started at `started_at`, of `households_total` households with
/// `households_present` of them present, and its item "Mở rộng kiệt lên 3 m".
pub fn open_meeting(
    store: &mut Store,
    started_at: DateTime<FixedOffset>,
    households_total: u32,
    households_present: u32,
) -> MeetingId {
    let id = store
        .create_meeting(&Meeting {
            title: "Về việc nâng cấp, mở rộng kiệt 19 Phú Lộc 10".to_owned(),
            ward: "Phường Thanh Khê Tây".to_owned(),
            residential_group: "Tổ dân phố 27".to_owned(),
            location: "Nhà văn hóa tổ 27".to_owned(),
            started_at,
            ended_at: None,
            chair: "Nguyễn Văn Hùng".to_owned(),
            chair_title: "Tổ trưởng".to_owned(),
            secretary: "Trần Thị Thu Hà".to_owned(),
            households_total,
            households_present,
            status: MeetingStatus::Open,
        })
        .unwrap();
    store
        .add_agenda_item(id, "Mở rộng kiệt lên 3 m", "", ALL_HALF)
        .unwrap();
    id
}
