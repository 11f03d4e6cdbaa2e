// Certificate Error Codes: the catalog `CertificateError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Certificate Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Certificate",
    title = "Certificate Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 19000000..=19099999,
    layout = "# {title}\n\n<!--Kit: Device Certificate Kit-->\n<!--Subsystem: Security-->\n<!--Owner: @zxz--3-->\n<!--Designer: @lanming-->\n<!--Tester: @PAFT-->\n<!--Adviser: @zengyawen-->\n<!-- md-trans-meta sourceCommit=a16dcd5380f352b729da625973de1c33bd7c6a2a translatedAt=2026-06-10T11:01:53.005Z pushedAt=2026-06-11T09:14:48.242Z -->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/cert.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "证书错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n\n<!--Kit: Device Certificate Kit-->\n<!--Subsystem: Security-->\n<!--Owner: @zxz--3-->\n<!--Designer: @lanming-->\n<!--Tester: @PAFT-->\n<!--Adviser: @zengyawen-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions:tight}\n"
)]
pub enum CertificateError {
    /// Memory Error (19020001).
    ///
    /// A memory error occurs.
    #[code(
        19020001,
        title = "Memory Error",
        message = "Memory malloc failed.",
        description = "A memory error occurs.",
        cause = "The memory allocation failed.",
        solution = "Check whether the system is running properly.",
        solution = "Check whether the service data is too long.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n1. {solution}\n\n2. {solution} \n"
    )]
    #[translation(
        "zh-CN",
        title = "内存错误",
        description = "内存错误。",
        cause = "当前系统内存分配失败。",
        solution = "检查当前系统功能是否正常。",
        solution = "业务检查数据是否超长，导致系统无法分配内存。"
    )]
    MemoryError,
    /// Runtime Error (19020002).
    ///
    /// An external error occurs during running.
    #[code(
        19020002,
        title = "Runtime Error",
        message = "Runtime error.",
        description = "An external error occurs during running.",
        cause = "An unexpected error occurs.",
        solution = "Check whether the system is running properly."
    )]
    #[translation(
        "zh-CN",
        title = "运行时错误",
        description = "运行时外部错误。",
        cause = "系统出现的不可预期的错误。",
        solution = "检查当前系统功能是否正常。"
    )]
    RuntimeError,
    /// Parameter Check Failure (19020003).
    ///
    /// An error occurs during parameter verification.
    #[code(
        19020003,
        title = "Parameter Check Failure",
        message = "Indicates that parameter check failed.",
        description = "An error occurs during parameter verification.",
        cause = "The input value is out of range.",
        solution = "Check whether the input parameters are correct."
    )]
    #[translation(
        "zh-CN",
        title = "参数检查失败",
        message = "Parameter check failed.",
        description = "参数检查失败。",
        cause = "输入枚举值不在范围内。",
        solution = "检查输入参数的正确性。"
    )]
    ParameterCheckFailure,
    /// Crypto Operation Error (19030001).
    ///
    /// Failed to invoke the third-party cryptographic API.
    #[code(
        19030001,
        title = "Crypto Operation Error",
        message = "Crypto operation error.",
        description = "Failed to invoke the third-party cryptographic API.",
        cause = "An error occurs when the cryptography framework interacts with a third-party algorithm library.",
        solution = "Check whether the input parameters are correct.",
        solution = "Check whether the third-party algorithm library functions properly."
    )]
    #[translation(
        "zh-CN",
        title = "算法相关的操作错误，调用三方算法库API出错",
        description = "调用三方算法库API出错。",
        cause = "加解密算法框架与三方算法库交互时，出现错误。",
        solution = "检查输入参数的正确性。",
        solution = "检查三方算法库功能是否正常。"
    )]
    CryptoOperationError,
    /// Certificate Signature Verification Failed (19030002).
    ///
    /// The certificate signature verification failed.
    #[code(
        19030002,
        title = "Certificate Signature Verification Failed",
        message = "The certificate signature verification failed.",
        description = "The certificate signature verification failed.",
        cause = "Incorrect certificate signature information is found during the signature verification.",
        solution = "Check whether the certificate is correct."
    )]
    #[translation(
        "zh-CN",
        title = "证书签名验证错误",
        description = "证书签名验证错误。",
        cause = "证书校验过程中，证书的签名信息不对。",
        solution = "检查证书的正确性。"
    )]
    CertificateSignatureVerificationFailed,
    /// Certificate Has Not Taken Effect (19030003).
    ///
    /// The certificate has not taken effect.
    #[code(
        19030003,
        title = "Certificate Has Not Taken Effect",
        message = "The certificate has not taken effect.",
        description = "The certificate has not taken effect.",
        cause = "The certificate has not taken effect. The effective time of the certificate is later than the current system time or the time specified by the service.",
        solution = "Check whether the certificate is correct.",
        solution = "Check whether the system time is correct.",
        solution = "Compare the certificate effective time with the current system time to determine whether the certificate has taken effect."
    )]
    #[translation(
        "zh-CN",
        title = "证书尚未生效",
        description = "证书尚未生效。",
        cause = "证书尚未生效。证书的生效时间晚于当前系统时间或者业务指定的时间点。",
        solution = "检查证书的正确性。",
        solution = "检查获取的系统时间是否正确。",
        solution = "与当前系统时间进行比对，检查证书的生效时间。"
    )]
    CertificateHasNotTakenEffect,
    /// Certificate Expired (19030004).
    ///
    /// The certificate has expired.
    #[code(
        19030004,
        title = "Certificate Expired",
        message = "The certificate has expired.",
        description = "The certificate has expired.",
        cause = "The certificate has expired. The certificate expiration time is earlier than the current system time or the time specified by the service.",
        solution = "Check whether the certificate is correct.",
        solution = "Check whether the system time is correct.",
        solution = "Compare the certificate expiration time with the current system time to determine whether the certificate has expired."
    )]
    #[translation(
        "zh-CN",
        title = "证书过期",
        description = "证书过期。",
        cause = "证书失效。基于当前系统时间或者业务指定的时间点，证书已经失效。",
        solution = "检查证书的正确性。",
        solution = "检查获取的系统时间是否正确。",
        solution = "与当前系统时间进行比对，检查证书的失效时间。"
    )]
    CertificateExpired,
    /// Failed to Obtain the Certificate Issuer (19030005).
    ///
    /// Failed to obtain the certificate issuer.
    #[code(
        19030005,
        title = "Failed to Obtain the Certificate Issuer",
        message = "Failed to obtain the certificate issuer.",
        description = "Failed to obtain the certificate issuer.",
        cause = "The certificate issuer cannot be obtained during certificate verification.",
        solution = "Check whether the certificate is correct."
    )]
    #[translation(
        "zh-CN",
        title = "无法获取证书的颁发者",
        description = "无法获取证书的颁发者。",
        cause = "证书校验过程中，无法获取当前证书的颁发者。",
        solution = "检查证书的正确性。"
    )]
    FailedToObtainCertificateIssuer,
    /// Key Cannot be Used for Signing a Certificate (19030006).
    ///
    /// The key cannot be used for signing a certificate.
    #[code(
        19030006,
        title = "Key Cannot be Used for Signing a Certificate",
        message = "The key cannot be used for signing a certificate.",
        description = "The key cannot be used for signing a certificate.",
        cause = "The key cannot be used to sign certificates.",
        solution = "Check whether the certificate is correct."
    )]
    #[translation(
        "zh-CN",
        title = "证书的密钥用途不含证书签名",
        description = "证书的密钥用途不含证书签名。",
        cause = "证书的密钥用途不包括证书签名。",
        solution = "检查证书的正确性。"
    )]
    KeyCannotBeUsedForSigningCertificate,
    /// Key Cannot be Used for Digital Signature (19030007).
    ///
    /// The key cannot be used for digital signature.
    #[code(
        19030007,
        title = "Key Cannot be Used for Digital Signature",
        message = "The key cannot be used for digital signature.",
        description = "The key cannot be used for digital signature.",
        cause = "The key cannot be used for digital signature.",
        solution = "Check whether the certificate is correct."
    )]
    #[translation(
        "zh-CN",
        title = "证书的密钥用途不含数字签名",
        description = "证书的密钥用途不含数字签名。",
        cause = "证书的密钥用途不包括数字签名。",
        solution = "检查证书的正确性。"
    )]
    KeyCannotBeUsedForDigitalSignature,
    /// Incorrect Private Key Password (19030008).
    ///
    /// The password for the private key is incorrect.
    #[code(
        19030008,
        title = "Incorrect Private Key Password",
        message = "The password may be wrong.",
        description = "The password for the private key is incorrect.",
        cause = "The password for the private key is incorrect.",
        solution = "Check that the private key password is correct.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solution}"
    )]
    #[translation(
        "zh-CN",
        title = "私钥密码错误",
        message = "Maybe wrong password.",
        description = "私钥密码错误。",
        cause = "私钥密码错误。",
        solution = "检查私钥的密码是否正确。"
    )]
    IncorrectPrivateKeyPassword,
}
