//! Colours and styles. High contrast, and meaning never carried by colour alone (every coloured
//! thing also has a word); `NO_COLOR` turns colour off.

use ratatui::style::{Color, Modifier, Style};

use crate::domain::{ClockState, Outcome, Stance};

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    color: bool,
}

impl Theme {
    pub fn new(color: bool) -> Self {
        Theme { color }
    }

    /// Colour unless `NO_COLOR` is set (https://no-color.org).
    pub fn from_env() -> Self {
        Theme::new(std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()))
    }

    fn fg(&self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    pub fn title(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn border(&self) -> Style {
        self.fg(Color::Gray)
    }

    pub fn border_focused(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    pub fn selected(&self) -> Style {
        if self.color {
            Style::new()
                .bg(Color::Blue)
                .fg(Color::White)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }

    pub fn dim(&self) -> Style {
        self.fg(Color::DarkGray)
    }

    pub fn key_bar(&self) -> Style {
        if self.color {
            Style::new().bg(Color::DarkGray).fg(Color::White)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }

    pub fn info(&self) -> Style {
        self.fg(Color::Green).add_modifier(Modifier::BOLD)
    }

    pub fn error(&self) -> Style {
        self.fg(Color::LightRed).add_modifier(Modifier::BOLD)
    }

    pub fn label(&self) -> Style {
        self.fg(Color::Yellow)
    }

    pub fn stance(&self, stance: Stance) -> Style {
        self.fg(match stance {
            Stance::Support => Color::Green,
            Stance::Oppose => Color::LightRed,
            Stance::Other => Color::Yellow,
            Stance::Question => Color::Cyan,
        })
    }

    pub fn outcome(&self, outcome: Outcome) -> Style {
        let style = match outcome {
            Outcome::Passed => self.fg(Color::LightGreen),
            Outcome::Failed => self.fg(Color::LightRed),
            Outcome::NoQuorum => self.fg(Color::Yellow),
        };
        style.add_modifier(Modifier::BOLD)
    }

    pub fn quorum(&self, has_quorum: bool) -> Style {
        if has_quorum {
            self.fg(Color::Green)
        } else {
            self.fg(Color::LightRed).add_modifier(Modifier::BOLD)
        }
    }

    pub fn count_for(&self) -> Style {
        self.fg(Color::LightGreen).add_modifier(Modifier::BOLD)
    }

    pub fn count_against(&self) -> Style {
        self.fg(Color::LightRed).add_modifier(Modifier::BOLD)
    }

    pub fn count_abstain(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    pub fn count_neutral(&self) -> Style {
        self.fg(Color::White).add_modifier(Modifier::BOLD)
    }

    /// The speaker's clock: calm while there is time, loud in the last seconds, louder when time
    /// is up. Without colour, bold then reversed (and the words on the clock) tell them apart.
    pub fn clock(&self, state: ClockState) -> Style {
        match state {
            ClockState::Unlimited | ClockState::Running { .. } => self.fg(Color::LightGreen),
            ClockState::Warning { .. } if self.color => Style::new()
                .bg(Color::Yellow)
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD),
            ClockState::Warning { .. } => Style::new().add_modifier(Modifier::BOLD),
            ClockState::TimeUp { .. } if self.color => Style::new()
                .bg(Color::Red)
                .fg(Color::White)
                .add_modifier(Modifier::BOLD),
            ClockState::TimeUp { .. } => {
                Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
            }
        }
    }

    /// A fact the reader must not miss beside what it qualifies: a re-vote, a corrected vote.
    pub fn notice(&self) -> Style {
        if self.color {
            Style::new()
                .bg(Color::Yellow)
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        }
    }

    /// The mark beside a resident who has not spoken yet: they are often given priority.
    pub fn turn_new(&self) -> Style {
        self.fg(Color::LightCyan).add_modifier(Modifier::BOLD)
    }
}
