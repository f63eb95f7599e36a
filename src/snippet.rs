//! Quoting text that came from a file in a message: short and escaped, so a hostile or
//! binary file never floods a terminal, never prints control characters or NUL bytes, and
//! never shows more of itself than a few words.

/// Longest quote, in characters, before it is cut with `…`.
pub const SNIPPET_CHARS: usize = 60;

/// `text` as a short printable quote: control characters (NUL, escapes, newlines, …) and
/// other invisible characters written as escapes (`\0`, `\n`, `\u{1b}`), cut after
/// [`SNIPPET_CHARS`] characters with `…`. Ordinary letters of any script are kept.
pub fn snippet(text: &str) -> String {
    snippet_of(text, SNIPPET_CHARS)
}

/// [`snippet`] with another length limit.
pub fn snippet_of(text: &str, max_chars: usize) -> String {
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        if i >= max_chars {
            out.push('…');
            break;
        }
        push_escaped(&mut out, c);
    }
    out
}

/// A whole message made safe to print: control characters other than newline and tab are
/// escaped (length is kept: the message is ours, only its quotes came from files).
pub fn printable(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    for c in message.chars() {
        if c == '\n' || c == '\t' {
            out.push(c);
        } else {
            push_escaped(&mut out, c);
        }
    }
    out
}

fn push_escaped(out: &mut String, c: char) {
    match c {
        '\0' => out.push_str("\\0"),
        c if c.is_control() || is_invisible(c) => out.extend(c.escape_default()),
        c => out.push(c),
    }
}

/// Characters that change how the following text is shown (bidirectional overrides,
/// zero-width characters), escaped like control characters.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_short_and_escaped() {
        assert_eq!(snippet("setosa"), "setosa");
        assert_eq!(snippet("a\0b\nc\u{1b}[31m"), "a\\0b\\nc\\u{1b}[31m");
        assert_eq!(snippet_of("abcdef", 3), "abc…");
        assert_eq!(snippet("ünïcode 名前"), "ünïcode 名前");
        assert_eq!(printable("line\nnext\0"), "line\nnext\\0");
        assert_eq!(
            snippet(&"x".repeat(1000)).chars().count(),
            SNIPPET_CHARS + 1
        );
    }
}
