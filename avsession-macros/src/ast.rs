//! The input model: the enum, its variants and their parsed attributes, each keeping the spans
//! of the original syntax for error messages.

use crate::error::{Accumulator, Error};
use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::{
    Data, DeriveInput, Expr, Field, Fields, Generics, Ident, Lit, Member, Type, UnOp,
    Variant as SynVariant,
};

use crate::attr::{self, Case, CatalogAttr, CodeAttr, CodeSpec, Translation};
use crate::fmt::DisplayFormat;

/// A catalog enum that parsed without errors in its structure.
pub struct Input<'a> {
    pub ident: &'a Ident,
    pub generics: &'a Generics,
    pub attr: &'a CatalogAttr,
    pub variants: Vec<Variant<'a>>,
}

pub struct Variant<'a> {
    pub ident: &'a Ident,
    pub kind: VariantKind<'a>,
    /// The field marked `#[source]`, if any, with the span of its type.
    pub source: Option<(Member, Span)>,
    /// The fields.
    pub fields: &'a Fields,
    /// The discriminant the user wrote (`= 6600101`), if any.
    pub discriminant: Option<&'a Expr>,
    /// Whether the variant is `#[deprecated]`.
    pub deprecated: bool,
    /// Its `#[translation(...)]`s, one per locale.
    pub translations: Vec<Translation>,
    /// Its `#[case(...)]`s, in order, English and translated.
    pub cases: Vec<Case>,
}

pub enum VariantKind<'a> {
    /// A documented code of this catalog.
    Code {
        spec: Box<CodeSpec>,
        display: Option<DisplayFormat>,
    },
    /// `#[code(transparent)]`: wraps another catalog, whose codes it takes over.
    Transparent { ty: &'a Type, member: Member },
}

impl<'a> Input<'a> {
    /// Parses the enum, whose `#[catalog(...)]` reads as `attr`, pushing every problem to
    /// `errors`. Variants whose attributes are broken are left out, so the checks that follow
    /// still see the others.
    pub fn from_syn(
        input: &'a DeriveInput,
        attr: &'a CatalogAttr,
        errors: &mut Accumulator,
    ) -> Option<Self> {
        let data = match &input.data {
            Data::Enum(data) => data,
            Data::Struct(s) => {
                errors.push(not_an_enum(&input.ident, "a struct").with_span(&s.struct_token));
                return None;
            }
            Data::Union(u) => {
                errors.push(not_an_enum(&input.ident, "a union").with_span(&u.union_token));
                return None;
            }
        };
        if data.variants.is_empty() {
            errors.push(
                Error::custom(format!(
                    "`{}` has no variants: an error catalog needs one variant per code, e.g. \
                     `#[code(6600101, message = \"...\")] ServiceException`",
                    input.ident
                ))
                .with_span(&input.ident),
            );
            return None;
        }
        let generic = !input.generics.params.is_empty();
        let variants = data
            .variants
            .iter()
            .filter_map(|v| Variant::from_syn(v, generic, errors))
            .collect();
        Some(Input {
            ident: &input.ident,
            generics: &input.generics,
            attr,
            variants,
        })
    }

    /// Whether `from_code` can exist: every variant maps back from its code alone.
    pub fn all_from_code(&self) -> bool {
        self.variants
            .iter()
            .all(|v| v.is_unit() || matches!(v.kind, VariantKind::Transparent { .. }))
    }

    pub fn has_transparent(&self) -> bool {
        self.variants
            .iter()
            .any(|v| matches!(v.kind, VariantKind::Transparent { .. }))
    }

    /// The catalog's name: `#[catalog(name = "...")]`, else the enum's name.
    pub fn name(&self) -> String {
        self.attr
            .name
            .as_ref()
            .map_or_else(|| self.ident.to_string(), syn::LitStr::value)
    }

    /// Whether the enum's discriminants are its codes: every variant a unit variant with a
    /// code, whose discriminant, written as an integer literal or following the one before
    /// (`A = 6600101, B, C`), equals its code, as in a binding of a C enum such as
    /// `AVSession_ErrCode`. Then a variant in memory is its code, and `from_code` can be the
    /// check that the value is one of them.
    pub fn discriminants_are_codes(&self) -> bool {
        if !self.generics.params.is_empty() {
            return false;
        }
        let mut next = Some(0i64);
        self.variants.iter().all(|variant| {
            let VariantKind::Code { spec, .. } = &variant.kind else {
                return false;
            };
            let value = match variant.discriminant {
                Some(expr) => integer(expr),
                None => next,
            };
            next = value.and_then(|v| v.checked_add(1));
            variant.is_unit() && value == Some(i64::from(spec.code))
        })
    }

    /// The documented codes of this enum itself (not of wrapped catalogs), in order.
    pub fn codes(&self) -> impl Iterator<Item = (&Variant<'a>, &CodeSpec)> {
        self.variants.iter().filter_map(|v| match &v.kind {
            VariantKind::Code { spec, .. } => Some((v, &**spec)),
            VariantKind::Transparent { .. } => None,
        })
    }
}

/// The value of an integer literal, negated or not, as a discriminant is written.
fn integer(expr: &Expr) -> Option<i64> {
    match expr {
        Expr::Lit(lit) => match &lit.lit {
            Lit::Int(int) => int.base10_parse().ok(),
            _ => None,
        },
        Expr::Unary(unary) if matches!(unary.op, UnOp::Neg(_)) => {
            integer(&unary.expr).and_then(i64::checked_neg)
        }
        Expr::Paren(paren) => integer(&paren.expr),
        Expr::Group(group) => integer(&group.expr),
        _ => None,
    }
}

fn not_an_enum(ident: &Ident, what: &str) -> Error {
    Error::custom(format!(
        "`#[derive(ErrorCatalog)]` works on enums, one variant per error code; `{ident}` is {what}"
    ))
}

impl<'a> Variant<'a> {
    /// Whether the variant is a unit variant (no fields, no parentheses or braces).
    pub fn is_unit(&self) -> bool {
        matches!(self.fields, Fields::Unit)
    }

    fn from_syn(variant: &'a SynVariant, generic: bool, errors: &mut Accumulator) -> Option<Self> {
        let source = source_field(&variant.fields, errors);
        let mut code_attrs = variant.attrs.iter().filter(|a| a.path().is_ident("code"));
        let Some(code_attr) = code_attrs.next() else {
            errors.push(
                Error::custom(format!(
                    "variant `{}` has no `#[code(...)]`: every variant of a catalog needs its \
                     code and message, e.g. `#[code(6600101, message = \"...\")]`",
                    variant.ident
                ))
                .with_span(&variant.ident),
            );
            return None;
        };
        for extra in code_attrs {
            errors.push(
                Error::custom("a variant takes one `#[code(...)]`: merge the keys into the first")
                    .with_span(extra.path()),
            );
        }
        let translations = attr::parse_translations(&variant.attrs, attr::TRANSLATION_KEYS, errors);
        let cases = attr::parse_cases(&variant.attrs, errors);
        // A code without a message of its own shows the first case's that has one.
        let case_message = cases
            .iter()
            .filter(|case| case.locale.is_none())
            .find_map(|case| case.message.as_ref());
        // A case that did not parse (its error is reported) may have held the message: a
        // stand-in keeps the code from a second error about it.
        let broken = variant
            .attrs
            .iter()
            .filter(|a| a.path().is_ident("case"))
            .count()
            > cases.len();
        let stand_in = attr::Text(proc_macro2::Literal::string(""));
        let case_message = case_message.or(broken.then_some(&stand_in));
        let kind = match attr::parse_code(code_attr, case_message, errors)? {
            CodeAttr::Code(spec) => {
                let display = spec
                    .display
                    .as_ref()
                    .and_then(|lit| errors.handle(DisplayFormat::parse(lit, variant)));
                VariantKind::Code { spec, display }
            }
            CodeAttr::Transparent(span) => {
                if let Some(translation) = translations.first() {
                    errors.push(
                        Error::custom(
                            "a `#[code(transparent)]` variant takes its translations from the \
                             catalog it wraps: remove this `#[translation(...)]`",
                        )
                        .with_span(&translation.span),
                    );
                }
                if let Some(case) = cases.first() {
                    errors.push(
                        Error::custom(
                            "a `#[code(transparent)]` variant takes its cases from the catalog it \
                             wraps: remove this `#[case(...)]`",
                        )
                        .with_span(&case.span),
                    );
                }
                let (ty, member) = transparent_field(variant, errors)?;
                if generic {
                    errors.push(
                        Error::custom(
                            "`#[code(transparent)]` is not supported in generic enums: compose \
                             catalogs in an enum without type or lifetime parameters",
                        )
                        .with_span(&span),
                    );
                    return None;
                }
                VariantKind::Transparent { ty, member }
            }
        };
        Some(Variant {
            ident: &variant.ident,
            kind,
            source,
            fields: &variant.fields,
            discriminant: variant.discriminant.as_ref().map(|(_, expr)| expr),
            deprecated: variant
                .attrs
                .iter()
                .any(|a| a.path().is_ident("deprecated")),
            translations,
            cases,
        })
    }
}

fn transparent_field<'a>(
    variant: &'a SynVariant,
    errors: &mut Accumulator,
) -> Option<(&'a Type, Member)> {
    let mut fields = variant.fields.iter();
    let ident = &variant.ident;
    match (fields.next(), fields.next()) {
        (Some(field), None) => Some((&field.ty, member(field, 0))),
        (None, _) => {
            errors.push(
                Error::custom(format!(
                    "`#[code(transparent)]` wraps one catalog: give `{ident}` the catalog as its \
                     one field, e.g. `{ident}(UniversalError)`"
                ))
                .with_span(ident),
            );
            None
        }
        (Some(_), Some(extra)) => {
            errors.push(
                Error::custom(format!(
                    "`#[code(transparent)]` wraps one catalog: `{ident}` needs exactly one field, \
                     remove the others"
                ))
                .with_span(extra),
            );
            None
        }
    }
}

/// The field marked `#[source]`; at most one per variant.
fn source_field(fields: &Fields, errors: &mut Accumulator) -> Option<(Member, Span)> {
    let mut found: Option<(Member, Span)> = None;
    for (index, field) in fields.iter().enumerate() {
        let Some(attr) = field.attrs.iter().find(|a| a.path().is_ident("source")) else {
            continue;
        };
        let arguments = match &attr.meta {
            syn::Meta::Path(_) => None,
            syn::Meta::List(list) => Some(list.delimiter.span().join()),
            syn::Meta::NameValue(nv) => Some(nv.eq_token.span),
        };
        if let Some(span) = arguments {
            errors.push(
                Error::custom("`#[source]` takes no arguments: write `#[source]` alone")
                    .with_span(&span),
            );
        }
        if let Some((first, _)) = &found {
            let first = match first {
                Member::Named(ident) => format!("`{ident}`"),
                Member::Unnamed(index) => format!("field {}", index.index),
            };
            errors.push(
                Error::custom(format!(
                    "a variant has at most one `#[source]` field, since `source()` returns one \
                     error: {first} is already the source, remove this `#[source]`"
                ))
                .with_span(attr.path()),
            );
            continue;
        }
        found = Some((member(field, index), field.ty.span()));
    }
    found
}

pub fn member(field: &Field, index: usize) -> Member {
    match &field.ident {
        Some(ident) => Member::Named(ident.clone()),
        None => Member::Unnamed(syn::Index {
            index: u32::try_from(index).unwrap_or(u32::MAX),
            span: field.ty.span(),
        }),
    }
}
