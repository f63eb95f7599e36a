//! The window's words in English, Simplified Chinese and Traditional Chinese.
//!
//! Every user-facing string of the window lives in one Fluent resource file per language,
//! `assets/i18n/{en,zh-Hans,zh-Hant}.ftl`, compiled into the binary. Panels ask for a
//! message by its key with [`tr!`](crate::tr): `tr!("menu-file")`, or with arguments,
//! `tr!("status-epoch", epoch = 3, total = 10)`. A key missing in the chosen language falls
//! back to English, and one missing everywhere shows the key itself (a test fails first:
//! `tests/suite/i18n_keys.rs`). The CLI stays English (scripts parse it) and never uses this.
//!
//! The language is per thread ([`set_language`]): the window sets it from its preferences
//! at the start of every frame; it follows the system locale at first start
//! ([`Language::system`]) and is remembered with the other preferences.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use std::cell::Cell;
use std::sync::OnceLock;

/// A language the window speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Language {
    /// English (the fallback for any missing message).
    #[default]
    English,
    /// Simplified Chinese (zh-Hans: mainland China, Singapore).
    SimplifiedChinese,
    /// Traditional Chinese (zh-Hant: Taiwan, Hong Kong, Macau).
    TraditionalChinese,
}

impl Language {
    /// Every language, in menu order.
    pub const ALL: [Language; 3] = [
        Language::English,
        Language::SimplifiedChinese,
        Language::TraditionalChinese,
    ];

    /// The BCP-47 tag, also the resource file's name: `en`, `zh-Hans`, `zh-Hant`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::SimplifiedChinese => "zh-Hans",
            Language::TraditionalChinese => "zh-Hant",
        }
    }

    /// The language's name in itself, as the menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::SimplifiedChinese => "简体中文",
            Language::TraditionalChinese => "繁體中文",
        }
    }

    /// The language for a locale such as `zh-CN`, `zh_TW.UTF-8`, `zh-Hant-HK` or `en-US`:
    /// Chinese written in Taiwan, Hong Kong or Macau (or tagged Hant) is Traditional, other
    /// Chinese Simplified, anything else English.
    pub fn from_locale(locale: &str) -> Language {
        let l = locale.to_ascii_lowercase().replace('_', "-");
        let l = l.split('.').next().unwrap_or_default();
        let mut parts = l.split('-');
        if parts.next() != Some("zh") {
            return Language::English;
        }
        let rest: Vec<&str> = parts.collect();
        if rest.contains(&"hant") {
            Language::TraditionalChinese
        } else if rest.contains(&"hans") {
            Language::SimplifiedChinese
        } else if rest.iter().any(|p| matches!(*p, "tw" | "hk" | "mo")) {
            Language::TraditionalChinese
        } else {
            Language::SimplifiedChinese
        }
    }

    /// The language of the system's locale (English when it has none or another).
    pub fn system() -> Language {
        sys_locale::get_locale().map_or(Language::English, |l| Language::from_locale(&l))
    }

    /// Looks a language up by its tag (`en`, `zh-Hans`, `zh-Hant`, case-insensitive).
    pub fn from_tag(tag: &str) -> Option<Language> {
        Language::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(tag))
    }

    fn index(self) -> usize {
        match self {
            Language::English => 0,
            Language::SimplifiedChinese => 1,
            Language::TraditionalChinese => 2,
        }
    }

    /// The resource file's text, as compiled in.
    pub fn resource(self) -> &'static str {
        match self {
            Language::English => include_str!("../../assets/i18n/en.ftl"),
            Language::SimplifiedChinese => include_str!("../../assets/i18n/zh-Hans.ftl"),
            Language::TraditionalChinese => include_str!("../../assets/i18n/zh-Hant.ftl"),
        }
    }
}

thread_local! {
    /// Per thread: the window's words are made on its UI thread; tests drive several
    /// windows side by side, each in its own language.
    static CURRENT: Cell<Language> = const { Cell::new(Language::English) };
}

/// Makes `language` the one every later [`tr!`](crate::tr) on this thread speaks.
pub fn set_language(language: Language) {
    CURRENT.with(|c| c.set(language));
}

/// The language [`tr!`](crate::tr) speaks now on this thread.
pub fn language() -> Language {
    CURRENT.with(Cell::get)
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; 3] {
    static BUNDLES: OnceLock<[Bundle; 3]> = OnceLock::new();
    BUNDLES.get_or_init(|| Language::ALL.map(bundle))
}

/// One language's bundle. Syntax errors only drop the broken entries (the key test reports
/// them); Unicode isolation marks are off, because the window's fonts have no glyph for them.
fn bundle(language: Language) -> Bundle {
    let id = language
        .tag()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    let resource = match FluentResource::try_new(language.resource().to_owned()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    // Overriding is impossible: one resource per bundle. Errors are duplicate keys only.
    let _ = bundle.add_resource(resource);
    bundle
}

fn format_in(language: Language, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let bundle = &bundles()[language.index()];
    let (id, attr) = match key.split_once('.') {
        Some((id, attr)) => (id, Some(attr)),
        None => (key, None),
    };
    let message = bundle.get_message(id)?;
    let pattern = match attr {
        Some(a) => message.get_attribute(a)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

/// The message `key` (or `message.attribute`) in the current language, with `args`;
/// English when the language lacks it; the key itself when English lacks it too.
pub fn message(key: &str, args: Option<&FluentArgs>) -> String {
    let lang = language();
    format_in(lang, key, args)
        .or_else(|| format_in(Language::English, key, args))
        .unwrap_or_else(|| key.to_owned())
}

/// The message `key` in `language`, if that language's file has it (for tests and the
/// key check).
pub fn message_in(language: Language, key: &str) -> Option<String> {
    format_in(language, key, None)
}

/// Every message key of `language`'s file (`id`, and `id.attribute` for each attribute),
/// in file order, and a description of each syntax error (empty when the file is sound).
pub fn keys(language: Language) -> (Vec<String>, Vec<String>) {
    use fluent_syntax::ast::Entry;
    let (resource, errors) = match FluentResource::try_new(language.resource().to_owned()) {
        Ok(r) => (r, Vec::new()),
        Err((r, errors)) => (r, errors),
    };
    let errors = errors
        .iter()
        .map(|e| format!("{}: {e}", language.tag()))
        .collect();
    let mut keys = Vec::new();
    for entry in resource.entries() {
        if let Entry::Message(m) = entry {
            if m.value.is_some() {
                keys.push(m.id.name.to_owned());
            }
            for a in &m.attributes {
                keys.push(format!("{}.{}", m.id.name, a.id.name));
            }
        }
    }
    (keys, errors)
}

/// Builds Fluent arguments; [`tr!`](crate::tr) uses it.
pub fn args<'a>(pairs: impl IntoIterator<Item = (&'a str, FluentValue<'a>)>) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (k, v) in pairs {
        args.set(k, v);
    }
    args
}

/// A value for a Fluent argument: numbers stay numbers (plural rules see them), anything
/// else is shown as text.
pub trait ArgValue {
    /// The Fluent value.
    fn arg_value(&self) -> FluentValue<'static>;
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl ArgValue for $t {
            fn arg_value(&self) -> FluentValue<'static> {
                FluentValue::from(*self as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize, f32, f64);

impl ArgValue for str {
    fn arg_value(&self) -> FluentValue<'static> {
        FluentValue::from(self.to_owned())
    }
}

impl ArgValue for String {
    fn arg_value(&self) -> FluentValue<'static> {
        FluentValue::from(self.clone())
    }
}

impl<T: ArgValue + ?Sized> ArgValue for &T {
    fn arg_value(&self) -> FluentValue<'static> {
        (**self).arg_value()
    }
}

/// The message `key` in the window's current language:
/// `tr!("menu-file")`, `tr!("status-epoch", epoch = e, total = n)`.
/// Numbers are passed as numbers (for plurals); format them yourself (with `numfmt`) and
/// pass the text when the digits matter.
#[macro_export]
macro_rules! tr {
    ($key:expr) => {
        $crate::i18n::message($key, None)
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let args = $crate::i18n::args([
            $((stringify!($name), $crate::i18n::ArgValue::arg_value(&$value))),+
        ]);
        $crate::i18n::message($key, Some(&args))
    }};
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn locales_map_to_the_right_script() {
        for (locale, want) in [
            ("zh-CN", Language::SimplifiedChinese),
            ("zh_CN.UTF-8", Language::SimplifiedChinese),
            ("zh-SG", Language::SimplifiedChinese),
            ("zh", Language::SimplifiedChinese),
            ("zh-TW", Language::TraditionalChinese),
            ("zh_HK.UTF-8", Language::TraditionalChinese),
            ("zh-Hant-SG", Language::TraditionalChinese),
            ("zh-Hans-HK", Language::SimplifiedChinese),
            ("en-US", Language::English),
            ("de_DE", Language::English),
            ("", Language::English),
        ] {
            assert_eq!(Language::from_locale(locale), want, "{locale}");
        }
    }

    #[test]
    fn missing_messages_fall_back_to_english_then_to_the_key() {
        assert_eq!(
            message("no-such-key-anywhere", None),
            "no-such-key-anywhere"
        );
        let en = message_in(Language::English, "app-name").expect("en has app-name");
        assert_eq!(en, "layerlab");
    }
}
