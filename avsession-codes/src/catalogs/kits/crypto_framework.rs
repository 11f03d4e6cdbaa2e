// Crypto Framework Error Codes: the catalog `CryptoFrameworkError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Crypto Framework Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Crypto Framework",
    title = "Crypto Framework Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 17600000..=17699999,
    layout = "# {title}\n\n<!--Kit: Crypto Architecture Kit-->\n<!--Subsystem: Security-->\n<!--Owner: @zxz--3-->\n<!--Designer: @lanming-->\n<!--Tester: @PAFT-->\n<!--Adviser: @zengyawen-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions:plain}\n",
    lock = "locks/crypto_framework.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "cryptoFramework错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n\n<!--Kit: Crypto Architecture Kit-->\n<!--Subsystem: Security-->\n<!--Owner: @zxz--3-->\n<!--Designer: @lanming-->\n<!--Tester: @PAFT-->\n<!--Adviser: @zengyawen-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
)]
pub enum CryptoFrameworkError {
    /// Memory Operation Failed (17620001).
    ///
    /// C API: `CRYPTO_MEMORY_ERROR`.
    ///
    /// The memory operation failed.
    #[code(
        17620001,
        title = "Memory Operation Failed",
        message = "Memory operation failed.",
        description = "The memory operation failed.",
        cause = "The memory allocation failed.",
        solution = "Check whether the system is running properly.",
        solution = "Check whether the service data is too long.",
        since = 12,
        constant = "CRYPTO_MEMORY_ERROR",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n1. {solution}\n2. {solution} \n"
    )]
    #[translation(
        "zh-CN",
        title = "内存操作失败",
        description = "内存操作失败。",
        cause = "当前系统内存分配失败。",
        solution = "检查当前系统功能是否正常。",
        solution = "业务检查数据是否超长，导致系统无法分配内存。"
    )]
    MemoryOperationFailed,
    /// Parameter Conversion Between ArkTS and C Failed (17620002).
    ///
    /// The parameter conversion between ArkTS and C failed.
    #[code(
        17620002,
        title = "Parameter Conversion Between ArkTS and C Failed",
        message = "Failed to convert parameters between arkts and c.",
        description = "The parameter conversion between ArkTS and C failed.",
        cause = "An unexpected error occurs.",
        solution = "Check whether the system is running properly."
    )]
    #[translation(
        "zh-CN",
        title = "获取Native对象失败或参数转换失败",
        message = "Failed to obtain the native object or convert parameters.",
        description = "获取Native对象失败或参数转换失败。",
        cause = "调用接口的实例对象不是由本模块对应的接口创建，导致获取Native对象失败。",
        cause = "系统内部出现空指针。",
        cause = "系统出现的不可预期的错误。",
        solution = "检查调用接口的实例对象是否由本模块对应的接口正确创建。",
        solution = "系统异常，请稍后重试或重启设备。",
        solution = "若以上检查均无法定位问题，请收集日志信息并联系华为技术支持。"
    )]
    ParameterConversionBetweenArkTSAndCFailed,
    /// Invalid Function Call (17620004).
    ///
    /// Invalid function call.
    #[code(
        17620004,
        title = "Invalid Function Call",
        message = "invalid function call.",
        description = "Invalid function call.",
        cause = "This operation is not supported by the current function.",
        solution = "Check whether the function is properly called.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message} \n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "无效的函数调用",
        message = "Invalid function call.",
        description = "无效的函数调用。",
        cause = "当前操作不支持当前函数调用。",
        solution = "检查当前函数调用是否合理。"
    )]
    InvalidFunctionCall,
    /// Crypto Operation Error (17630001).
    ///
    /// C API: `CRYPTO_OPERTION_ERROR`.
    ///
    /// Failed to invoke the third-party cryptographic API.
    #[code(
        17630001,
        title = "Crypto Operation Error",
        message = "Crypto operation error.",
        description = "Failed to invoke the third-party cryptographic API.",
        cause = "An error occurs when the cryptography framework interacts with a third-party algorithm library.",
        solution = "Check whether the input parameters of the API or associated APIs are correct.",
        solution = "For details about AES decryption failure, see [AES Decryption Failure Returning 17630001](../../security/CryptoArchitectureKit/crypto-aes-decryption-error-faq.md).",
        since = 12,
        constant = "CRYPTO_OPERTION_ERROR"
    )]
    #[translation(
        "zh-CN",
        title = "密码操作错误",
        description = "密码操作错误。",
        cause = "加解密算法框架与三方算法库交互时，出现错误。",
        solution = "检查该接口或相关联接口输入参数的正确性。",
        solution = "开发者在解密时经常遇到报错17630001，下文按照典型场景分类详细分析。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions:plain}\n\n### {case}\n\n**问题现象**\n\n{case_description}\n\n**可能原因**\n\n{case_cause}\n\n1. {case_cause}\n2. {case_cause}\n3. {case_cause}\n4. {case_cause}\n5. {case_cause}\n\n**解决措施**\n\n{case_solution}\n\n### {case}\n\n**问题现象**\n\n{case_description}\n\n**可能原因**\n\n{case_cause}\n\n1. {case_cause}\n2. {case_cause}\n3. {case_cause}\n\n**解决措施**\n\n{case_solution}\n\n### {case}\n\n**问题现象**\n\n{case_description}\n\n**可能原因**\n\n{case_cause}\n\n1. {case_cause}\n2. {case_cause}\n3. {case_cause}\n4. {case_cause}\n5. {case_cause}\n\n**解决措施**\n\n{case_solution}\n\n### {case}\n\n**问题现象**\n\n{case_description}\n\n**可能原因**\n\n{case_cause}\n\n1. {case_cause}\n2. {case_cause}\n3. {case_cause}\n\n**解决措施**\n\n{case_solution}\n\n### {case}\n\n**问题现象**\n\n{case_description}\n\n**可能原因**\n\n{case_cause}\n\n1. {case_cause}\n2. {case_cause}\n3. {case_cause}\n4. {case_cause}\n\n**解决措施**\n\n{case_solution}\n\n### {case}\n\n**问题现象**\n\n{case_description}\n\n**可能原因**\n\n{case_cause}\n\n1. {case_cause}\n2. {case_cause}\n3. {case_cause}\n4. {case_cause}\n5. {case_cause}\n\n**解决措施**\n\n{case_solution}\n\n### {case}\n\n**问题现象**\n\n{case_description}\n\n**可能原因**\n\n{case_cause}\n\n1. {case_cause}\n2. {case_cause}\n3. {case_cause}\n4. {case_cause}\n\n**解决措施**\n\n{case_solution}\n\n### {case}\n\n**问题现象**\n\n{case_description}\n\n**可能原因**\n\n{case_cause}\n\n{case_causes:tight}\n\n**解决措施**\n\n{case_solutions}\n"
    )]
    #[case(
        "zh-CN",
        title = "使用AES-GCM算法解密时调用doFinal失败",
        description = "AES-GCM解密时调用doFinal失败，返回错误码17630001。\n\n> **说明：**\n>\n> - 建议开发者使用update接口加密数据，最后调用doFinal接口完成本次加密，获取tag。\n> - 建议开发者使用update接口解密数据，最后调用doFinal接口完成本次解密，doFinal接口内将会对tag进行验证，若失败，接口会抛出异常。",
        cause = "doFinal失败，表示校验tag失败，解密输入的tag和解密过程中计算的tag不一致。解密输入的key、iv、aad、tag和ciphertext，任意一个不正确，都会导致该报错。",
        cause = "key不正确，update得到的明文不正确，doFinal失败，即校验tag失败。",
        cause = "iv不正确，update得到的明文不正确，doFinal失败，即校验tag失败。",
        cause = "aad不正确，update得到的明文正确，doFinal失败，即校验tag失败。",
        cause = "ciphertext不正确，update得到的明文不正确，doFinal失败，即校验tag失败。",
        cause = "tag不正确，update得到的明文正确，doFinal失败，即校验tag失败。",
        solution = "确认加密和解密的key、iv和aad参数一致，确保解密时输入的ciphertext和tag是正确的。"
    )]
    #[case(
        "zh-CN",
        title = "使用AES-CBC算法解密时调用doFinal失败",
        description = "解密时调用doFinal失败，返回错误码17630001。\n\n> **说明：**\n>\n> AES-CBC属于块加密算法，因此需要使用到填充算法PKCS7，将明文填充至块大小整数倍。\n>\n> 解密时，doFinal接口会对padding进行校验。",
        cause = "doFinal失败，表示校验padding失败，doFinal对最后一块密文数据解密，并校验padding是否合法。解密输入的key、iv和ciphertext，任意一个不正确，都可能会导致该报错。",
        cause = "key不正确，update得到的明文不正确，doFinal失败，即校验padding失败。",
        cause = "iv不正确，完整的密文长度为16字节，update无输出，doFinal失败，即校验padding失败；完整的密文长度是16字节的整数倍（不包含16字节），update得到的明文部分正确，doFinal成功。",
        cause = "ciphertext不正确，倒数第一个或第二个密文块错误，update得到的明文部分正确（或无输出），doFinal失败，即校验padding失败；其他密文块错误，update得到的明文部分正确，doFinal成功。",
        solution = "确认加密和解密的key和iv参数一致，确保解密时输入的ciphertext是正确的。"
    )]
    #[case(
        "zh-CN",
        title = "使用AES-CCM算法解密时调用doFinal失败",
        description = "AES-CCM解密时调用doFinal失败，返回错误码17630001。\n\n> **说明：**\n>\n> - AES-CCM为认证加密模式，加解密时需要指定附加验证数据aad（长度需大于等于1字节且小于等于2048字节）和认证标签tag。\n> - 建议开发者使用update接口加密数据，最后调用doFinal接口完成本次加密，获取tag。\n> - 建议开发者使用update接口解密数据，最后调用doFinal接口完成本次解密，doFinal接口内将会对tag进行验证，若失败，接口会抛出异常。",
        cause = "doFinal失败，表示校验tag失败，解密输入的tag和解密过程中计算的tag不一致。解密输入的key、iv、aad、tag和ciphertext，任意一个不正确，都会导致该报错。",
        cause = "key不正确，update得到的明文不正确，doFinal失败，即校验tag失败。",
        cause = "iv不正确，update得到的明文不正确，doFinal失败，即校验tag失败。",
        cause = "aad不正确，update得到的明文正确，doFinal失败，即校验tag失败。",
        cause = "ciphertext不正确，update得到的明文不正确，doFinal失败，即校验tag失败。",
        cause = "tag不正确，update得到的明文正确，doFinal失败，即校验tag失败。",
        solution = "确认加密和解密的key、iv和aad参数一致，确保解密时输入的ciphertext和tag是正确的。"
    )]
    #[case(
        "zh-CN",
        title = "使用AES-ECB算法解密时调用doFinal失败",
        description = "AES-ECB解密时调用doFinal失败，返回错误码17630001。\n\n> **说明：**\n>\n> AES-ECB属于块加密算法，分组长度为128位（16字节），因此需要使用到填充算法PKCS7，将明文填充至分组大小的整数倍。\n>\n> 解密时，doFinal接口会对padding进行校验。",
        cause = "doFinal失败，表示校验padding失败，doFinal对最后一块密文数据解密，并校验padding是否合法。解密输入的key和ciphertext，任意一个不正确，都可能会导致该报错。",
        cause = "key不正确，update得到的明文不正确，doFinal失败，即校验padding失败。",
        cause = "ciphertext不正确，最后一个密文块错误，update得到的明文部分正确，doFinal失败，即校验padding失败；其他密文块错误，update得到的明文部分正确，doFinal成功。",
        cause = "ciphertext长度不是16字节（分组大小）的整数倍（使用PKCS7填充时），doFinal失败。",
        solution = "确认加密和解密的key参数一致，确保解密时输入的ciphertext是正确的，且密文长度为分组大小（16字节）的整数倍。"
    )]
    #[case(
        "zh-CN",
        title = "使用DES/3DES算法解密时调用doFinal失败",
        description = "DES或3DES解密时调用doFinal失败，返回错误码17630001。\n\n> **说明：**\n>\n> DES/3DES为分组加密算法，分组长度为64位（8字节）。ECB、CBC模式下，明文长度不是64位整数倍时，必须使用填充方法补足。\n>\n> 解密时，doFinal接口会对padding进行校验。\n>\n> 若使用NoPadding模式，key、iv或密文不正确（长度均符合要求）时，解密仍能成功，但得到的明文是错误的。",
        cause = "doFinal失败，表示校验padding失败。解密输入的key内容错误（长度正确但密钥值不正确）或ciphertext不正确，都可能会导致该报错。",
        cause = "key内容不正确（DES密钥应为8字节，3DES密钥应为24字节），update得到的明文不正确，doFinal失败。",
        cause = "iv不正确（CBC/OFB/CFB模式下iv为8字节）：CBC和CFB模式下仅影响第一个密文块的解密，update得到的明文部分不正确，doFinal成功；OFB为流密码，iv不正确将导致所有明文不正确，但doFinal仍成功。",
        cause = "ciphertext不正确，ECB模式下最后一个密文块错误，或CBC模式下倒数第一或第二个密文块错误时，doFinal失败，即padding校验失败；其他密文块错误，doFinal成功，但得到的明文不正确。",
        cause = "ciphertext长度不是8字节（分组大小）的整数倍（使用PKCS7填充时），doFinal失败。",
        solution = "确认加密和解密的key和iv参数一致，确保解密时输入的ciphertext是正确的。DES密钥长度为8字节，3DES密钥长度为24字节。"
    )]
    #[case(
        "zh-CN",
        title = "使用SM4-GCM算法解密时调用doFinal失败",
        description = "SM4-GCM解密时调用doFinal失败，返回错误码17630001。\n\n> **说明：**\n>\n> - SM4-GCM为认证加密模式，加解密时需要指定附加验证数据aad和认证标签tag。\n> - 建议开发者使用update接口加密数据，最后调用doFinal接口完成本次加密，获取tag。\n> - 建议开发者使用update接口解密数据，最后调用doFinal接口完成本次解密，doFinal接口内将会对tag进行验证，若失败，接口会抛出异常。",
        cause = "doFinal失败，表示校验tag失败，解密输入的tag和解密过程中计算的tag不一致。解密输入的key、iv、aad、tag和ciphertext，任意一个不正确，都会导致该报错。",
        cause = "key不正确，update得到的明文不正确，doFinal失败，即校验tag失败。",
        cause = "iv不正确，update得到的明文不正确，doFinal失败，即校验tag失败。",
        cause = "aad不正确，update得到的明文正确，doFinal失败，即校验tag失败。",
        cause = "ciphertext不正确，update得到的明文不正确，doFinal失败，即校验tag失败。",
        cause = "tag不正确，update得到的明文正确，doFinal失败，即校验tag失败。",
        solution = "确认加密和解密的key、iv和aad参数一致，确保解密时输入的ciphertext和tag是正确的。"
    )]
    #[case(
        "zh-CN",
        title = "使用SM4-ECB/CBC算法解密时调用doFinal失败",
        description = "SM4-ECB或SM4-CBC解密时调用doFinal失败，返回错误码17630001。\n\n> **说明：**\n>\n> SM4为分组加密算法，分组长度为128位。ECB、CBC模式下，明文长度不是128位整数倍时，必须使用填充方法补足。\n>\n> 解密时，doFinal接口会对padding进行校验。",
        cause = "doFinal失败，表示校验padding失败。解密输入的key和ciphertext，任意一个不正确，都可能会导致该报错。",
        cause = "key不正确（SM4密钥应为16字节），update得到的明文不正确，doFinal失败，即校验padding失败。",
        cause = "iv不正确（CBC模式下iv为16字节），仅影响第一个密文块的解密，update得到的明文部分不正确，doFinal成功。",
        cause = "ciphertext不正确，ECB模式下最后一个密文块错误，或CBC模式下倒数第一或第二个密文块错误时，doFinal失败，即padding校验失败；其他密文块错误，doFinal成功，但得到的明文不正确。",
        cause = "ciphertext长度不是16字节（分组大小）的整数倍（使用PKCS7填充时），doFinal失败。",
        solution = "确认加密和解密的key和iv参数一致，确保解密时输入的ciphertext是正确的。SM4密钥长度为16字节（128位）。"
    )]
    #[case(
        "zh-CN",
        title = "使用ChaCha20-Poly1305算法解密时调用doFinal失败",
        description = "ChaCha20-Poly1305解密时调用doFinal失败，返回错误码17630001。\n\n> **说明：**\n>\n> - ChaCha20-Poly1305为认证加密模式，加解密时需要指定附加验证数据aad和认证标签tag。\n> - 建议开发者使用update接口加密数据，最后调用doFinal接口完成本次加密，获取tag。\n> - 建议开发者使用update接口解密数据，最后调用doFinal接口完成本次解密，doFinal接口内将会对tag进行验证，若失败，接口会抛出异常。",
        cause = "doFinal失败，表示校验tag失败，解密输入的tag和解密过程中计算的tag不一致。解密输入的key、nonce（IV）、aad、tag和ciphertext，任意一个不正确，都会导致该报错。",
        cause = "key值不正确（key长度正确，但key内容不正确），update得到的明文不正确，doFinal失败，即校验tag失败。",
        cause = "nonce不正确（nonce为12字节），update得到的明文不正确，doFinal失败，即校验tag失败。",
        cause = "aad不正确，update得到的明文正确，doFinal失败，即校验tag失败。",
        cause = "ciphertext不正确，update得到的明文不正确，doFinal失败，即校验tag失败。",
        cause = "tag不正确，update得到的明文正确，doFinal失败，即校验tag失败。",
        solution = "确认加密和解密的key、nonce和aad参数一致，确保解密时输入的ciphertext和tag是正确的。"
    )]
    CryptoOperationError,
}
