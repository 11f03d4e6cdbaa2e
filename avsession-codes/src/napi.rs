//! [`BusinessError`] thrown to ArkTS through [`napi_ohos`] (feature `napi-ohos`): an `Error`
//! object whose `code` is a **number**, as ArkTS's `BusinessError` declares it
//! (`code: number`) and as OpenHarmony's own native modules throw it.
//!
//! napi-ohos's own errors cannot do this: `napi_ohos::Error` carries its code as a string
//! (`Status` or any `AsRef<str>`), which `err.code === 6600102` never matches. Here the error
//! object is made with `napi_create_error` and its `code` property then set to the number, as
//! AVSession's own N-API layer does; this works at every API level. From API 23 the NDK also
//! has `napi_throw_business_error(env, code, msg)`, which throws the same object.
//!
//! These functions call into the ArkTS engine, so they run only on an OpenHarmony device or
//! emulator, inside a native module. This crate's CI builds them (`cargo check --features
//! napi-ohos`, nothing is linked) but cannot run them: no test here pretends to.
//!
//! ```no_run
//! use avsession_codes::{AVSessionError, BusinessError};
//! use napi_ohos::{Env, Result};
//!
//! // In a `#[napi]` function: return the ArkTS error as the `Err`, and ArkTS's `catch`
//! // sees `err.code === 6600102` and the official message.
//! fn get_session(env: &Env) -> Result<()> {
//!     let error = BusinessError::from(AVSessionError::SessionDoesNotExist);
//!     Err(error.to_napi_error(env)?)
//! }
//!
//! // Or throw it, where the function returns normally afterwards.
//! fn throw_it(env: &Env) -> Result<()> {
//!     BusinessError::from(AVSessionError::SessionDoesNotExist).throw(env)
//! }
//! ```

use napi_ohos::bindgen_prelude::{JsObjectValue as _, JsValue as _, Object};
use napi_ohos::{Env, Error, Result, Status};

use crate::BusinessError;

impl BusinessError {
    /// The ArkTS `Error` object of this error: `message` the official message, `code` the
    /// code as a number. Made as OpenHarmony's own modules make it: `napi_create_error`, then
    /// the `code` property set to the number.
    ///
    /// # Errors
    /// A failed N-API call, with its status.
    pub fn to_js_error<'env>(&self, env: &'env Env) -> Result<Object<'env>> {
        let mut error = env.create_error(Error::new(Status::GenericFailure, self.message))?;
        error.set_named_property("code", self.code)?;
        Ok(error)
    }

    /// This error as a `napi_ohos::Error` that napi-ohos throws as the ArkTS error object of
    /// [`BusinessError::to_js_error`] (it keeps a reference to the object): what a `#[napi]`
    /// function returns as its `Err`.
    ///
    /// # Errors
    /// A failed N-API call, with its status.
    pub fn to_napi_error(&self, env: &Env) -> Result<Error> {
        Ok(Error::from(self.to_js_error(env)?.to_unknown()))
    }

    /// Throws this error to the ArkTS code that called the native function.
    ///
    /// # Errors
    /// A failed N-API call, with its status.
    pub fn throw(&self, env: &Env) -> Result<()> {
        env.throw(self.to_js_error(env)?)
    }
}
