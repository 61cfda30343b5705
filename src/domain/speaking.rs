//! Speaking time and speaking turns: how long each speaker may speak in a meeting, where their
//! clock stands, and how many turns each resident has already had (first-time speakers are
//! often given priority).

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;

use super::meeting::Speaker;

/// How long one speaker may speak in a meeting. Zero means no limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SpeakingLimit {
    seconds: u32,
}

/// The clock warns in the last this many seconds of a turn.
pub const WARNING_SECONDS: u32 = 30;

/// The longest limit that can be set: 24 hours.
const MAX_SECONDS: u32 = 24 * 60 * 60;

impl SpeakingLimit {
    /// Three minutes: what a new or imported meeting gets.
    pub const DEFAULT: SpeakingLimit = SpeakingLimit { seconds: 180 };
    pub const NONE: SpeakingLimit = SpeakingLimit { seconds: 0 };

    pub fn from_seconds(seconds: u32) -> SpeakingLimit {
        SpeakingLimit { seconds }
    }

    pub fn seconds(self) -> u32 {
        self.seconds
    }

    pub fn is_none(self) -> bool {
        self.seconds == 0
    }

    /// A limit of whole minutes, as typed in a form; `None` above 24 hours.
    pub fn from_minutes(minutes: u32) -> Option<SpeakingLimit> {
        let seconds = minutes.checked_mul(60)?;
        (seconds <= MAX_SECONDS).then_some(SpeakingLimit { seconds })
    }

    /// The limit in whole minutes, a part of a minute counting as one.
    pub fn minutes_rounded_up(self) -> u32 {
        self.seconds.div_ceil(60)
    }

    /// Where the clock of a speaker who has spoken `elapsed` seconds stands.
    pub fn clock(self, elapsed: u32) -> SpeakingClock {
        let state = if self.is_none() {
            ClockState::Unlimited
        } else if elapsed >= self.seconds {
            ClockState::TimeUp {
                over: elapsed - self.seconds,
            }
        } else {
            let left = self.seconds - elapsed;
            if left <= WARNING_SECONDS {
                ClockState::Warning { left }
            } else {
                ClockState::Running { left }
            }
        };
        SpeakingClock {
            elapsed,
            limit: self,
            state,
        }
    }
}

impl Default for SpeakingLimit {
    fn default() -> Self {
        SpeakingLimit::DEFAULT
    }
}

/// A speaker's clock at one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpeakingClock {
    /// Seconds spoken so far.
    pub elapsed: u32,
    pub limit: SpeakingLimit,
    pub state: ClockState,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockState {
    /// The meeting sets no limit.
    Unlimited,
    /// More than [`WARNING_SECONDS`] left.
    Running { left: u32 },
    /// In the last [`WARNING_SECONDS`] of the turn.
    Warning { left: u32 },
    /// The limit is reached; `over` seconds past it.
    TimeUp { over: u32 },
}

/// Who a speaker is, for counting their turns: the name and the household address, compared
/// without regard to case, surrounding or repeated spaces, or Unicode composition.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct SpeakerKey {
    name: String,
    address: String,
}

impl SpeakerKey {
    fn of(speaker: &Speaker) -> SpeakerKey {
        SpeakerKey {
            name: fold(&speaker.name),
            address: fold(&speaker.address),
        }
    }
}

/// NFC, lower case, single spaces, no spaces around.
fn fold(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.join(" ").to_lowercase().nfc().collect()
}

/// How many turns each resident has had in a meeting (one per saved opinion).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TurnCounts {
    turns: HashMap<SpeakerKey, u32>,
}

impl TurnCounts {
    /// Counts one turn per speaker given.
    pub fn of<'a>(speakers: impl IntoIterator<Item = &'a Speaker>) -> TurnCounts {
        TurnCounts::of_counted(speakers.into_iter().map(|speaker| (speaker, 1)))
    }

    /// Counts `turns` turns for each speaker given with them: the same person may come more
    /// than once, typed otherwise.
    pub fn of_counted<'a>(speakers: impl IntoIterator<Item = (&'a Speaker, u32)>) -> TurnCounts {
        let mut counts = TurnCounts::default();
        for (speaker, turns) in speakers {
            *counts.turns.entry(SpeakerKey::of(speaker)).or_default() += turns;
        }
        counts
    }

    /// The turns `speaker` has already had; 0 for a first-time speaker.
    pub fn turns_had(&self, speaker: &Speaker) -> u32 {
        self.turns
            .get(&SpeakerKey::of(speaker))
            .copied()
            .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limit(seconds: u32) -> SpeakingLimit {
        SpeakingLimit::from_seconds(seconds)
    }

    #[test]
    fn the_clock_warns_in_the_last_thirty_seconds_and_is_up_at_the_limit() {
        let three = limit(180);
        assert_eq!(three.clock(0).state, ClockState::Running { left: 180 });
        assert_eq!(three.clock(149).state, ClockState::Running { left: 31 });
        assert_eq!(three.clock(150).state, ClockState::Warning { left: 30 });
        assert_eq!(three.clock(179).state, ClockState::Warning { left: 1 });
        assert_eq!(three.clock(180).state, ClockState::TimeUp { over: 0 });
        assert_eq!(three.clock(192).state, ClockState::TimeUp { over: 12 });
        assert_eq!(three.clock(192).elapsed, 192);
        // A limit shorter than the warning warns from the start.
        assert_eq!(limit(20).clock(0).state, ClockState::Warning { left: 20 });
        assert_eq!(
            limit(20).clock(u32::MAX).state,
            ClockState::TimeUp {
                over: u32::MAX - 20
            }
        );
    }

    #[test]
    fn no_limit_never_warns() {
        for elapsed in [0, 150, 180, 100_000] {
            assert_eq!(
                SpeakingLimit::NONE.clock(elapsed).state,
                ClockState::Unlimited
            );
        }
    }

    #[test]
    fn limits_are_set_in_whole_minutes_up_to_a_day() {
        let minutes = |m: u32| SpeakingLimit::from_minutes(m).map(SpeakingLimit::seconds);
        assert_eq!(minutes(3), Some(180));
        assert_eq!(minutes(0), Some(0));
        assert_eq!(minutes(1440), Some(86_400));
        assert_eq!(minutes(1441), None);
        assert_eq!(minutes(u32::MAX), None);
        assert_eq!(limit(180).minutes_rounded_up(), 3);
        assert_eq!(limit(150).minutes_rounded_up(), 3);
        assert_eq!(limit(0).minutes_rounded_up(), 0);
        assert_eq!(SpeakingLimit::default(), SpeakingLimit::DEFAULT);
        assert!(SpeakingLimit::NONE.is_none() && !SpeakingLimit::DEFAULT.is_none());
    }

    #[test]
    fn a_resident_is_known_by_name_and_household_however_typed() {
        let speaker = |name: &str, address: &str| Speaker {
            name: name.to_owned(),
            address: address.to_owned(),
        };
        let counts = TurnCounts::of(&[
            speaker("Nguyễn Văn Hùng", "K19/4 Phú Lộc 10"),
            // Decomposed, other case, extra spaces: the same person.
            speaker("  NGUYE\u{302}\u{303}N  văn hùng ", "k19/4   phú lộc 10"),
            // Same name, another household: someone else.
            speaker("Nguyễn Văn Hùng", "K19/12 Phú Lộc 10"),
        ]);
        assert_eq!(
            counts.turns_had(&speaker("Nguyễn Văn Hùng", "K19/4 Phú Lộc 10")),
            2
        );
        assert_eq!(
            counts.turns_had(&speaker("nguyễn văn hùng", "K19/12 PHÚ LỘC 10")),
            1
        );
        assert_eq!(counts.turns_had(&speaker("Phạm Thị Lan", "")), 0);
        assert_eq!(counts.turns_had(&speaker("Nguyễn Văn Hùng", "")), 0);
    }

    #[test]
    fn turns_counted_apart_for_the_same_resident_add_up() {
        let hung = Speaker {
            name: "Nguyễn Văn Hùng".to_owned(),
            address: "K19/4 Phú Lộc 10".to_owned(),
        };
        let typed_otherwise = Speaker {
            name: "nguyễn  văn hùng".to_owned(),
            address: "K19/4 PHÚ LỘC 10 ".to_owned(),
        };
        let counts = TurnCounts::of_counted([(&hung, 3), (&typed_otherwise, 2)]);
        assert_eq!(counts.turns_had(&hung), 5);
        assert_eq!(
            counts,
            TurnCounts::of([&hung, &hung, &typed_otherwise, &hung, &typed_otherwise])
        );
    }
}
