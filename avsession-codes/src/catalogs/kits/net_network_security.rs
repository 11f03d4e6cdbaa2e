// Network Security Error Codes: the catalog `NetworkSecurityError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Network Security Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Network Security",
    title = "Network Security Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 2300000..=2399999,
    layout = "# {title}\n\n<!--Kit: Network Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @wmyao_mm-->\n<!--Designer: @guo-min_net-->\n<!--Tester: @tongxilin-->\n<!--Adviser: @zhang_yixin13-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Cause**\n\n{causes}\n\n**Solution**\n\n{solutions:tight}\n",
    lock = "locks/net_network_security.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "网络安全校验错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考通用错误码说明文档。",
    layout = "# {title}\n\n<!--Kit: Network Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @wmyao_mm-->\n<!--Designer: @guo-min_net-->\n<!--Tester: @tongxilin-->\n<!--Adviser: @zhang_yixin13-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions:tight}\n"
)]
pub enum NetworkSecurityError {
    /// Unspecified Error (2305001).
    ///
    /// This error code is reported if an unspecified error occurs.
    #[code(
        2305001,
        title = "Unspecified Error",
        message = "Unspecified error.",
        description = "This error code is reported if an unspecified error occurs.",
        cause = "An unknown SSL error occurs.",
        solution = "Check the input parameters, captured exceptions, and debug and log information."
    )]
    #[translation(
        "zh-CN",
        title = "未定义的错误",
        description = "不可预估的错误。",
        cause = "SSL发生未知错误。",
        solution = "检查参数和输入、捕获异常、调试和日志记录。"
    )]
    UnspecifiedError,
    /// Failed to Obtain the Issuer Certificate (2305002).
    ///
    /// This error code is reported if the attempt to obtain the issuer certificate fails.
    #[code(
        2305002,
        title = "Failed to Obtain the Issuer Certificate",
        message = "Unable to get issuer certificate.",
        description = "This error code is reported if the attempt to obtain the issuer certificate fails.",
        cause = "The certificate chain is incomplete or an incorrect certificate is configured on the server.",
        solution = "Check whether the SSL/TLS connection is correctly set with a certificate path and certificate chain and whether the certificate verification is successful."
    )]
    #[translation(
        "zh-CN",
        title = "获取证书颁发者失败",
        description = "无法获取发行证书。",
        cause = "通常是因为证书链不完整，或者服务器配置了错误的证书。",
        solution = "检查是否正确设置了SSL/TLS连接，包括证书和证书链的路径，以及是否正确处理了证书验证过程。"
    )]
    FailedToObtainIssuerCertificate,
    /// Failed to Obtain the Certificate Revocation List (2305003).
    ///
    /// This error code is reported if the attempt to obtain the CRL fails.
    #[code(
        2305003,
        title = "Failed to Obtain the Certificate Revocation List",
        message = "Unable to get certificate revocation list (CRL).",
        description = "This error code is reported if the attempt to obtain the CRL fails.",
        cause = "The network is faulty, the CRL server is incorrectly configured, or the CA service is unavailable.",
        solution = "Check the network, ensure that the CRL server URI is correct, update the CRL file, or use the Online Certificate Status Protocol (OCSP) to check the certificate status."
    )]
    #[translation(
        "zh-CN",
        title = "获取证书吊销列表失败",
        description = "无法获取证书吊销列表（CRL）。",
        cause = "通常是因为网络问题、CRL服务器配置错误或证书颁发机构服务不可用。",
        solution = "检查网络、确认CRL URI正确、更新CRL文件或使用在线证书状态协议（OCSP）进行证书状态检查。"
    )]
    FailedToObtainCertificateRevocationList,
    /// Failed to Decrypt the Certificate Signature (2305004).
    ///
    /// This error code is reported if the attempt to decrypt the certificate signature fails.
    #[code(
        2305004,
        title = "Failed to Decrypt the Certificate Signature",
        message = "Unable to decrypt certificate signature.",
        description = "This error code is reported if the attempt to decrypt the certificate signature fails.",
        cause = "The private key is missing or incorrect.",
        solution = "Check that the client has a correct private key, the private key matches the public key of the certificate, and the private key format is correct."
    )]
    #[translation(
        "zh-CN",
        title = "无法解密证书签名",
        description = "无法解密证书签名。",
        cause = "通常是因为缺少或错误的私钥。",
        solution = "检查并确保客户端有正确的私钥，且私钥与证书的公钥匹配，且私钥格式正确。"
    )]
    FailedToDecryptCertificateSignature,
    /// Failed to Decrypt the CRL Signature (2305005).
    ///
    /// This error code is reported if the attempt to decrypt the CRL signature fails.
    #[code(
        2305005,
        title = "Failed to Decrypt the CRL Signature",
        message = "Unable to decrypt CRL signature.",
        description = "This error code is reported if the attempt to decrypt the CRL signature fails.",
        cause = "The CRL encryption algorithm is not supported by the client, or the key used to encrypt the CRL signature cannot be identified by the client.",
        solution = "Check that the client has a correct private key, the private key matches the public key of the CRL, and the private key format is correct."
    )]
    #[translation(
        "zh-CN",
        title = "无法解密证书吊销列表签名",
        description = "无法解密CRL签名。",
        cause = "CRL的加密算法不被客户端支持，或者用于加密CRL签名的密钥未被客户端识别。",
        solution = "检查并确保客户端有正确的证书颁发机构（CA）公钥，且该公钥与签发该CRL的CA相匹配，且公钥格式正确。"
    )]
    FailedToDecryptCrlSignature,
    /// Failed to Decode the Issuer Public Key (2305006).
    ///
    /// This error code is reported if the attempt to decode the public key fails.
    #[code(
        2305006,
        title = "Failed to Decode the Issuer Public Key",
        message = "Unable to decode issuer public key.",
        description = "This error code is reported if the attempt to decode the public key fails.",
        cause = "The certificate format is incorrect, or the public key data is damaged.",
        solution = "Check the certificate format and public key data, and regenerate the certificate."
    )]
    #[translation(
        "zh-CN",
        title = "无法解码颁发者公钥",
        description = "无法解码颁发者公钥。",
        cause = "证书格式不正确，或者公钥数据损坏。",
        solution = "检查证书格式、检查公钥数据、重新生成证书。"
    )]
    FailedToDecodeIssuerPublicKey,
    /// Failed to Sign the Certificate (2305007).
    ///
    /// This error code is reported if the attempt to sign the certificate fails.
    #[code(
        2305007,
        title = "Failed to Sign the Certificate",
        message = "Certificate signature failure.",
        description = "This error code is reported if the attempt to sign the certificate fails.",
        cause = "The certificate signature is incorrectly calculated, or the digital signature algorithm used by the certificate is not supported by the client.",
        solution = "Check that the signature algorithm used by the certificate is supported by the client, the signature key of the certificate matches the public key, and the signature data is correct.",
        solution = "Regenerate or update the certificate."
    )]
    #[translation(
        "zh-CN",
        title = "证书签名失败",
        description = "证书签名失败。",
        cause = "证书的签名计算错误，或者证书使用的数字签名算法不被客户端支持。",
        solution = "检查并确保证书使用的签名算法被客户端支持，证书的签名密钥与公钥匹配，且签名数据正确。",
        solution = "重新生成或更新证书。"
    )]
    FailedToSignCertificate,
    /// Failed to Sign the CRL (2305008).
    ///
    /// This error code is reported if the attempt to sign the CRL fails.
    #[code(
        2305008,
        title = "Failed to Sign the CRL",
        message = "CRL signature failure.",
        description = "This error code is reported if the attempt to sign the CRL fails.",
        cause = "The CRL signature is incorrectly calculated, or the digital signature algorithm used by the CRL is not supported by the client.",
        solution = "Check that the signature algorithm and signature key of the CRL are correct. Alternatively, regenerate or update the CRL."
    )]
    #[translation(
        "zh-CN",
        title = "证书吊销列表签名失败",
        description = "CRL签名失败。",
        cause = "CRL的签名计算错误，或者CRL使用的数字签名算法不被客户端支持。",
        solution = "检查CRL的签名算法、检查CRL的签名密钥与公钥是否匹配、重新生成CRL、更新CRL。"
    )]
    FailedToSignCrl,
    /// Invalid Certificate (2305009).
    ///
    /// This error code is reported if the certificate has not taken effect.
    #[code(
        2305009,
        title = "Invalid Certificate",
        message = "Certificate is not yet valid.",
        description = "This error code is reported if the certificate has not taken effect.",
        cause = "The start date of the certificate is later than the current date.",
        solution = "Check the start date and end date of the certificate, and update or regenerate the certificate."
    )]
    #[translation(
        "zh-CN",
        title = "证书尚未生效",
        description = "证书尚未生效。",
        cause = "证书的开始日期在当前日期之后。",
        solution = "检查证书的开始和结束日期，更新或重新生成证书。"
    )]
    InvalidCertificate,
    /// Certificate Expired (2305010).
    ///
    /// This error code is reported if the certificate has expired.
    #[code(
        2305010,
        title = "Certificate Expired",
        message = "Certificate has expired.",
        description = "This error code is reported if the certificate has expired.",
        cause = "The end date of the certificate is earlier than the current date.",
        solution = "Check the start date and end date of the certificate, and update or regenerate the certificate."
    )]
    #[translation(
        "zh-CN",
        title = "证书已过期",
        description = "证书已过期。",
        cause = "证书的结束日期在当前日期之前。",
        solution = "检查证书的开始和结束日期，更新或重新生成证书。"
    )]
    CertificateExpired,
    /// Invalid CRL (2305011).
    ///
    /// This error code is reported if the CRL has not taken effect.
    #[code(
        2305011,
        title = "Invalid CRL",
        message = "CRL is not yet valid.",
        description = "This error code is reported if the CRL has not taken effect.",
        cause = "The start date of the CRL is later than the current date.",
        solution = "Check that the validity period of the CRL is between the specified start date and end date.",
        solution = "Alternatively, regenerate or update the CRL."
    )]
    #[translation(
        "zh-CN",
        title = "CRL尚未生效",
        description = "CRL尚未生效。",
        cause = "CRL的开始日期在当前日期之后。",
        solution = "检查并确保CRL的有效时间在开始日期和结束日期之间。",
        solution = "重新生成或更新CRL，或使用在线证书状态协议 (OCSP) 进行证书状态检查。"
    )]
    InvalidCrl,
    /// CRL Expired (2305012).
    ///
    /// This error code is reported if the CRL has expired.
    #[code(
        2305012,
        title = "CRL Expired",
        message = "CRL has expired.",
        description = "This error code is reported if the CRL has expired.",
        cause = "The end date of the CRL is earlier than the current date.",
        solution = "Update the CRL using OCSP to obtain the latest CRL file."
    )]
    #[translation(
        "zh-CN",
        title = "CRL已过期",
        description = "CRL已过期。",
        cause = "CRL的结束日期在当前日期之前。",
        solution = "更新CRL以获取最新的CRL文件，使用OCSP。"
    )]
    CrlExpired,
    /// Self-signed Certificate (2305018).
    ///
    /// This error code is reported if a self-signed certificate is used.
    #[code(
        2305018,
        title = "Self-signed Certificate",
        message = "Self-signed certificate.",
        description = "This error code is reported if a self-signed certificate is used.",
        cause = "The certificate signature is obtained through the public key of the certificate itself and is not issued by a trusted CA.",
        solution = "Check the certificate source, and add the self-signed certificate as a trusted CA."
    )]
    #[translation(
        "zh-CN",
        title = "自签名证书",
        description = "自签名证书。",
        cause = "证书的签名是由证书自身的公钥进行的，不是受信任的证书颁发机构（CA）颁发的。",
        solution = "检查证书来源、添加自签名证书为受信任的CA。"
    )]
    SelfSignedCertificate,
    /// Failed to Obtain the Local Issuer Certificate (2305020).
    ///
    /// This error code is reported if the attempt to obtain the local issuer certificate fails.
    #[code(
        2305020,
        title = "Failed to Obtain the Local Issuer Certificate",
        message = "Unable to get local issuer certificate.",
        description = "This error code is reported if the attempt to obtain the local issuer certificate fails.",
        cause = "The certificate storage on the client is not one issued by a trusted CA.",
        solution = "Check that the client has a correct CA certificate.",
        solution = "Update the certificate.",
        solution = "Check the network connection.",
        solution = "Reconfigure the client."
    )]
    #[translation(
        "zh-CN",
        title = "无法获取本地证书",
        description = "无法获取本地证书颁发机构证书。",
        cause = "因为客户端的证书存储或配置问题。",
        solution = "检查证书存储，确认客户端有正确的CA证书。",
        solution = "更新证书。",
        solution = "检查网络连接。",
        solution = "重新配置客户端。"
    )]
    FailedToObtainLocalIssuerCertificate,
    /// Certificate Revoked (2305023).
    ///
    /// This error code is reported if certificate has been revoked.
    #[code(
        2305023,
        title = "Certificate Revoked",
        message = "Certificate has been revoked.",
        description = "This error code is reported if certificate has been revoked.",
        cause = "The certificate has expired or has been revoked, or the certificate chain is incomplete.",
        solution = "Check whether the certificate has been revoked. If yes, use an available certificate."
    )]
    #[translation(
        "zh-CN",
        title = "证书已被吊销",
        description = "该证书已被吊销。",
        cause = "证书存在过期、被吊销或证书链不完整等问题。",
        solution = "检查证书状态，是否被吊销；如果证书被吊销，更新为未被吊销的证书。"
    )]
    CertificateRevoked,
    /// Invalid CA (2305024).
    ///
    /// This error code is reported if the CA is invalid.
    #[code(
        2305024,
        title = "Invalid CA",
        message = "Invalid certificate authority (CA).",
        description = "This error code is reported if the CA is invalid.",
        cause = "The CA certificate has expired or has been revoked, or the certificate is not issued by a trusted CA.",
        solution = "Check that the certificate is available and issued by a trusted CA. If not, replace it with one issued by a trusted CA."
    )]
    #[translation(
        "zh-CN",
        title = "无效的证书颁发机构（CA）",
        description = "无效的证书颁发机构（CA）。",
        cause = "通常是因为CA的证书已过期或被吊销，或者系统未包含该CA的证书。",
        solution = "确保证书是由受信任的CA颁发的；如果证书是由不受信任的CA颁发的，需要更新为由受信任的CA颁发的证书。"
    )]
    InvalidCa,
    /// Untrusted Certificate (2305027).
    ///
    /// This error code is reported if the certificate is untrusted.
    #[code(
        2305027,
        title = "Untrusted Certificate",
        message = "Certificate is untrusted.",
        description = "This error code is reported if the certificate is untrusted.",
        cause = "The certificate is issued by an untrusted CA or the certificate has been revoked.",
        solution = "Ensure that the certificate is issued by a trusted CA. If the certificate is issued by an untrusted CA, replace it with one issued by a trusted CA.",
        solution = "Ensure that the signature key of the certificate matches the expected key of the client.",
        solution = "If the certificate has been revoked, apply for a new certificate issued by a trusted CA."
    )]
    #[translation(
        "zh-CN",
        title = "证书不可信",
        description = "证书不受信任。",
        cause = "通常是因为证书由不受信任的证书颁发机构（CA）签发，或者证书已被吊销。",
        solution = "确保证书由可信的证书颁发机构（CA）颁发。",
        solution = "确保证书的签名密钥与客户端的预期密钥匹配。",
        solution = "如果证书由不可信的CA颁发，需要更新为由可信的CA颁发的证书。"
    )]
    UntrustedCertificate,
    /// Invalid Certificate Verification Context (2305069).
    ///
    /// This error code is reported if the certificate verification context is invalid.
    #[code(
        2305069,
        title = "Invalid Certificate Verification Context",
        message = "Invalid certificate verification context.",
        description = "This error code is reported if the certificate verification context is invalid.",
        cause = "An intermediate certificate is missing in the certificate chain, the public key of the certificate does not match the private key, the signature verification of the certificate fails, or the host name does not match the certificate.",
        solution = "Check the certificate chain to make sure that all certificates and signatures are correct."
    )]
    #[translation(
        "zh-CN",
        title = "无效的证书验证上下文",
        description = "无效的证书验证上下文。",
        cause = "可能的原因包括但不限于：证书链构建有误，缺少中间证书；证书的公钥无法与私钥匹配；证书的签名验证失败；证书的主机名不匹配。",
        solution = "需要检查证书链并确保所有的证书和签名都正确无误。"
    )]
    InvalidCertificateVerificationContext,
}
