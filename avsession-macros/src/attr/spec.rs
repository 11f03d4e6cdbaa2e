//! What `#[code(...)]` says, as both of its readers (the direct one in `fast` and the full
//! one in `code`) fill it in.

use proc_macro2::{Literal, Span, TokenStream};
use quote::ToTokens;
use syn::LitStr;

/// `#[code(...)]` on a variant.
pub enum CodeAttr {
    Code(Box<CodeSpec>),
    Transparent(Span),
}

/// A documented code: `#[code(CODE, message = "...", ...)]`.
pub struct CodeSpec {
    pub code: i32,
    pub code_span: Span,
    pub message: Text,
    /// Whether `message` is the first case's: the code has none of its own.
    pub message_from_case: bool,
    pub title: Option<Text>,
    pub description: Option<Text>,
    pub causes: Vec<Text>,
    pub solutions: Vec<Text>,
    pub since: Option<u32>,
    pub system_api: bool,
    pub display: Option<LitStr>,
    /// The C API's names for the code (`AV_SESSION_ERR_SERVICE_EXCEPTION`), in order: one
    /// `constant = "..."` each, as a code may have several (RDB's `E_BASE`, `RDB_E_ERROR`).
    pub constants: Vec<Text>,
    /// The section's layout on its page, where it is not the regular one.
    pub layout: Option<Text>,
}

/// A string literal of the attribute, checked and then emitted as written: the generated
/// tables hold the user's own literal token, and its text is never needed.
#[derive(Clone)]
pub struct Text(pub(crate) Literal);

impl From<LitStr> for Text {
    fn from(lit: LitStr) -> Self {
        Text(lit.token())
    }
}

impl Text {
    /// The text the literal stands for (`None` if it is not a plain string literal).
    pub fn value(&self) -> Option<String> {
        syn::parse2::<LitStr>(self.0.to_token_stream())
            .ok()
            .map(|lit| lit.value())
    }

    pub fn span(&self) -> Span {
        self.0.span()
    }
}

impl ToTokens for Text {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.0.to_tokens(tokens);
    }
}

pub(crate) const CODE_KEYS: &[&str] = &[
    "message",
    "title",
    "description",
    "cause",
    "solution",
    "since",
    "system_api",
    "display",
    "constant",
    "layout",
];
pub(crate) const REPEATABLE: &[&str] = &["cause", "solution", "constant"];
pub(crate) const CODE_EXAMPLE: &str = "`#[code(6600101, message = \"...\")]`";

/// The keys of one `#[code(...)]`, as either reader fills them in.
#[derive(Default)]
pub(crate) struct Keys {
    pub(crate) message: Option<Text>,
    pub(crate) title: Option<Text>,
    pub(crate) description: Option<Text>,
    pub(crate) causes: Vec<Text>,
    pub(crate) solutions: Vec<Text>,
    pub(crate) since: Option<u32>,
    pub(crate) system_api: bool,
    pub(crate) display: Option<LitStr>,
    pub(crate) constants: Vec<Text>,
    pub(crate) layout: Option<Text>,
}

impl Keys {
    /// Stores the value of a key whose value is a text emitted as written; `false` for any
    /// other key.
    pub(crate) fn text(&mut self, key: &str, text: Text) -> bool {
        match key {
            "message" => self.message = Some(text),
            "title" => self.title = Some(text),
            "description" => self.description = Some(text),
            "cause" => self.causes.push(text),
            "solution" => self.solutions.push(text),
            "constant" => self.constants.push(text),
            "layout" => self.layout = Some(text),
            _ => return false,
        }
        true
    }

    /// The spec of `code`, if its message was given, or its first case's (`case_message`).
    pub(crate) fn spec(
        self,
        code: i32,
        code_span: Span,
        case_message: Option<&Text>,
    ) -> Option<CodeSpec> {
        let message_from_case = self.message.is_none();
        Some(CodeSpec {
            code,
            code_span,
            message: self.message.or_else(|| case_message.cloned())?,
            message_from_case,
            title: self.title,
            description: self.description,
            causes: self.causes,
            solutions: self.solutions,
            since: self.since,
            system_api: self.system_api,
            display: self.display,
            constants: self.constants,
            layout: self.layout,
        })
    }
}
