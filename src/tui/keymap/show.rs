//! The keys of the chair's screen in another window (`hopdan show`). Nothing there changes the
//! record, so quitting needs no confirmation.

use crossterm::event::{Event, KeyCode, KeyEventKind};

use crate::tui::keys::{Bar, Binding, Help, HelpLine, HelpSection, Hint, Key, KeyTable};
use crate::tui::show_state::{Show, ShowAction};

/// The action a terminal event asks for, if any.
pub fn action_for(show: &Show, event: &Event) -> Option<ShowAction> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            let table = if show.help { &HELP_OPEN } else { &FOLLOWING };
            table.action(*key)
        }
        _ => None,
    }
}

/// The key bar: while the chair looks at another item, how to go back to following.
pub fn bar(show: &Show) -> &'static Bar<ShowAction> {
    if show.browsing.is_some() {
        &BROWSING_BAR
    } else {
        &FOLLOWING_BAR
    }
}

static QUIT: Binding<ShowAction> =
    Binding::new(&[Key::char('q')], ShowAction::Quit).also(&[Key::char('Q')]);
static INTERRUPT: Binding<ShowAction> = Binding::new(&[Key::ctrl('c')], ShowAction::Quit);
static BACK: Binding<ShowAction> = Binding::new(&[Key::plain(KeyCode::Esc)], ShowAction::Back);
static PREV_ITEM: Binding<ShowAction> =
    Binding::new(&[Key::plain(KeyCode::Left)], ShowAction::PrevItem)
        .also(&[Key::plain(KeyCode::Up), Key::char('[')]);
static NEXT_ITEM: Binding<ShowAction> =
    Binding::new(&[Key::plain(KeyCode::Right)], ShowAction::NextItem)
        .also(&[Key::plain(KeyCode::Down), Key::char(']')]);
static FOLLOW: Binding<ShowAction> =
    Binding::new(&[Key::char('f')], ShowAction::Follow).also(&[Key::char('F')]);
static SHOW_HELP: Binding<ShowAction> = Binding::new(&[Key::char('?')], ShowAction::ShowHelp);

static FOLLOWING: KeyTable<ShowAction> = KeyTable {
    bindings: &[
        &QUIT, &INTERRUPT, &BACK, &PREV_ITEM, &NEXT_ITEM, &FOLLOW, &SHOW_HELP,
    ],
    otherwise: |_| None,
};

/// While the help is open, any key but those that quit closes it, and does nothing else.
static HELP_OPEN: KeyTable<ShowAction> = KeyTable {
    bindings: &[&QUIT, &INTERRUPT],
    otherwise: |_| Some(ShowAction::CloseHelp),
};

static FOLLOWING_BAR: Bar<ShowAction> = Bar {
    table: &FOLLOWING,
    hints: &[
        Hint::of(&[&PREV_ITEM, &NEXT_ITEM], |w| w.other_items),
        Hint::of(&[&SHOW_HELP], |w| w.help),
        Hint::of(&[&QUIT], |w| w.quit),
    ],
};

static BROWSING_BAR: Bar<ShowAction> = Bar {
    table: &FOLLOWING,
    hints: &[
        Hint::of(&[&PREV_ITEM, &NEXT_ITEM], |w| w.item),
        Hint::of(&[&BACK, &FOLLOW], |w| w.back_to_live),
        Hint::of(&[&SHOW_HELP], |w| w.help),
        Hint::of(&[&QUIT], |w| w.quit),
    ],
};

pub static HELP: Help<ShowAction> = Help {
    sections: &[HelpSection {
        table: &FOLLOWING,
        lines: &[
            HelpLine::Heading(|w| w.show_heading),
            HelpLine::Keys(&[Hint::of(&[&PREV_ITEM, &NEXT_ITEM], |w| {
                w.look_at_previous_next_item
            })]),
            HelpLine::Keys(&[Hint::of(&[&BACK, &FOLLOW], |w| w.back_to_discussed_item)]),
            HelpLine::Keys(&[Hint::of(&[&QUIT], |w| w.quit)]),
            HelpLine::Sentence(|w| w.discussed_item_is),
        ],
    }],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::keys::assert_written_as;

    /// The key bars, as they read in Vietnamese and in English.
    const BARS: [(&Bar<ShowAction>, &str, &str); 2] = [
        (
            &FOLLOWING_BAR,
            "←→ xem nội dung khác  ? phím  q thoát",
            "←→ look at other items  ? keys  q quit",
        ),
        (
            &BROWSING_BAR,
            "←→ nội dung  Esc/f về trực tiếp  ? phím  q thoát",
            "←→ item  Esc/f back to live  ? keys  q quit",
        ),
    ];

    const HELP_VI: [&str; 6] = [
        "Màn hình chủ trì: chỉ xem, tự cập nhật theo máy thư ký",
        "  ← →        xem nội dung trước / sau",
        "  Esc, f     về nội dung đang thảo luận (trực tiếp)",
        "  q          thoát",
        "Nội dung đang thảo luận: của người đang phát biểu,",
        "nếu không thì nội dung thư ký đang mở.",
    ];

    const HELP_EN: [&str; 6] = [
        "Chair's screen: read only, follows the secretary's computer",
        "  ← →        look at the previous / next item",
        "  Esc, f     back to the item being discussed (live)",
        "  q          quit",
        "The item being discussed: that of the speaker who has the",
        "floor, else the one the secretary has open.",
    ];

    #[test]
    fn the_bars_and_the_help_read_as_written() {
        assert_written_as(&BARS, &HELP, &HELP_VI, &HELP_EN);
    }

    #[test]
    fn the_bars_and_the_help_name_only_rows_of_their_tables() {
        for (bar, ..) in BARS {
            assert_eq!(bar.stray_rows().count(), 0);
        }
        assert_eq!(HELP.stray_rows().count(), 0);
    }
}
