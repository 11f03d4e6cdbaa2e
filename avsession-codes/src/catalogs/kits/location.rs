// Location Kit Error Codes: the catalog `LocationKitError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Location Kit Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Location Kit",
    title = "Location Kit Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    layout = "# {title}\n<!--Kit: Location Kit-->\n<!--Subsystem: Location-->\n<!--Owner: @liu-binjun-->\n<!--Designer: @liu-binjun-->\n<!--Tester: @mhy123456789-->\n<!--Adviser: @RayShih-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Cause**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n",
    lock = "locks/location.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "位置服务错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: Location Kit-->\n<!--Subsystem: Location-->\n<!--Owner: @liu-binjun-->\n<!--Designer: @liu-binjun-->\n<!--Tester: @mhy123456789-->\n<!--Adviser: @RayShih-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:nospace}\n\n**处理步骤**\n\n{solutions:nospace}\n"
)]
pub enum LocationKitError {
    /// Location Service Unavailable (3301000).
    ///
    /// C API: `LOCATION_SERVICE_UNAVAILABLE`.
    ///
    /// This error code is reported if the location service is unavailable and relevant APIs cannot be called.
    #[code(
        3301000,
        title = "Location Service Unavailable",
        message = "The location service is unavailable.",
        description = "This error code is reported if the location service is unavailable and relevant APIs cannot be called.",
        cause = "The location service fails to be started, leading to a communication failure between the application and the location service.",
        cause = "The GNSS chip fails to be initialized, leading to a GNSS positioning failure.",
        cause = "The network positioning service is abnormal, leading to a network positioning failure.",
        solution = "Add a retry mechanism.",
        since = 13,
        constant = "LOCATION_SERVICE_UNAVAILABLE"
    )]
    #[translation(
        "zh-CN",
        title = "位置服务不可用",
        description = "位置服务不可用，位置服务相关的接口无法调用。",
        cause = "位置服务启动异常，导致应用和位置服务子系统通信失败，导致位置服务不可用。",
        cause = "GNSS芯片初始化失败导致GNSS定位功能失效。",
        cause = "网络定位服务异常，导致网络定位功能失效。",
        solution = "建议增加重试机制。"
    )]
    LocationServiceUnavailable,
    /// Positioning Failed Because the Location Switch Is Turned Off (3301100).
    ///
    /// C API: `LOCATION_SWITCH_OFF`.
    ///
    /// This error code is reported if positioning fails because the location switch is turned off.
    #[code(
        3301100,
        title = "Positioning Failed Because the Location Switch Is Turned Off",
        message = "The location switch is off.",
        description = "This error code is reported if positioning fails because the location switch is turned off.",
        cause = "The location switch is turned off, which makes basic functions such as continuous positioning and immediate positioning unavailable.",
        solution = "Display a prompt asking for enabling the location service.",
        since = 13,
        constant = "LOCATION_SWITCH_OFF"
    )]
    #[translation(
        "zh-CN",
        title = "位置功能的开关未开启导致功能失败",
        description = "位置功能的开关未开启导致功能失败。",
        cause = "位置功能的开关未开启，导致持续定位，单次定位等基本功能不可用。",
        solution = "请提示用户开启位置功能的开关。"
    )]
    PositioningFailedBecauseLocationSwitchIsTurnedOff,
    /// Failed to Obtain the Positioning Result (3301200).
    #[code(
        3301200,
        title = "Failed to Obtain the Positioning Result",
        layout = "\n## {code} {title}\n\n### {case}\n\n**Error Message**\n\n{case_message}\n\n**Description**\n\n{case_description}\n\n**Possible Cause**\n\n{case_cause}\n\n**Procedure**\n\n{case_solution}\n\n### {case}\n\n**Error Message**\n\n{case_message}\n\n**Description**\n\n{case_description}\n\n**Possible Cause**\n\n{case_cause}\n\n**Procedure**\n\n{case_solution}\n\n- {case_solution}\n\n- {case_solution}\n\n### {case}\n\n**Error Message**\n\n{case_message}\n\n**Description**\n\n{case_description}\n\n**Possible Cause**\n\n{case_cause}\n\n**Procedure**\n\n{case_solution}\n\n### {case}\n\n**Error Message**\n\n{case_message}\n\n**Description**\n\n{case_description}\n\n**Possible Cause**\n\n{case_causes:dash}\n\n**Procedure**\n\n{case_solutions:dash}\n"
    )]
    #[case(
        title = "1. The positioning fails due to network unavailability.",
        message = "The network locating is failed because the network cannot be accessed.",
        description = "This error code is reported if network positioning fails because network access is denied.",
        cause = "The device cannot access the network.",
        solution = "Check the device for Internet or Wi-Fi connectivity and an installed SIM card.<br>"
    )]
    #[case(
        title = "2. The positioning result does not meet the precision requirement. As a result, the positioning times out.",
        message = "The positioning result does not meet the precision requirement (maxAccuracy) in the positioning request parameters.",
        description = "This error code is reported if positioning times out because the positioning result does not meet the requirement of **maxAccuracy**.",
        cause = "The value of **maxAccuracy** in the positioning request parameters [LocationRequest](./js-apis-geoLocationManager.md#locationrequest) and [CurrentLocationRequest](./js-apis-geoLocationManager.md#currentlocationrequest) is too small.",
        solution = "Increase the value of **maxAccuracy** for [LocationRequest](./js-apis-geoLocationManager.md#locationrequest) and [CurrentLocationRequest](./js-apis-geoLocationManager.md#currentlocationrequest) as follows:",
        solution = "If [scenario](./js-apis-geoLocationManager.md#locationrequestscenario) is set to **NAVIGATION**, **TRAJECTORY_TRACKING** or **CAR_HAILING**, or [priority](./js-apis-geoLocationManager.md#locationrequestpriority) is set to **ACCURACY**, you are advised to set **maxAccuracy** to a value greater than **10**.",
        solution = "If [scenario](./js-apis-geoLocationManager.md#locationrequestscenario) is set to **DAILY_LIFE_SERVICE** or **NO_POWER**, or [priority](./js-apis-geoLocationManager.md#locationrequestpriority) is set to **LOW_POWER** or **FIRST_FIX**, you are advised to set **maxAccuracy** to a value greater than **100**.<br>"
    )]
    #[case(
        title = "3. Unable to obtain the cached location.",
        message = "The system does not have a cache location.",
        description = "This error code is reported if the application fails to obtain the previous location because the system has not cached the location information.",
        cause = "If the system has not cached the location information, the application attempts to obtain the cached location information.",
        solution = "If the system has not cached the location information, call [getCurrentLocation](./js-apis-geoLocationManager.md#geolocationmanagergetcurrentlocation) to obtain the real-time location information.<br>"
    )]
    #[case(
        title = "4. Location failed due to other reasons.",
        message = "Failed to obtain the geographical location.",
        description = "This error code is reported if the location service fails, leading to a failure to obtain the positioning result.",
        cause = "Positioning times out because of weak GNSS signals.",
        cause = "The system time is incorrectly set.",
        solution = "Move to an open area and initiate positioning again.",
        solution = "Enable automatic setting on the **Time & Date** page."
    )]
    #[translation(
        "zh-CN",
        title = "定位失败，未获取到定位结果",
        layout = "\n## {code} {title}\n\n### {case}\n\n**错误信息**\n\n{case_message}\n\n**错误描述**\n\n{case_description}\n\n**可能原因**\n\n{case_cause}\n\n**处理步骤**\n\n{case_solution}\n\n### {case}\n\n**错误信息**\n\n{case_message}\n\n**错误描述**\n\n{case_description}\n\n**可能原因**\n\n{case_cause}\n\n**处理步骤**\n\n{case_solution}\n\n- {case_solution}\n\n- {case_solution}\n\n### {case}\n\n**错误信息**\n\n{case_message}\n\n**错误描述**\n\n{case_description}\n\n**可能原因**\n\n{case_cause}\n\n**处理步骤**\n\n{case_solution}\n\n### {case}\n\n**错误信息**\n\n{case_message}\n\n**错误描述**\n\n{case_description}\n\n**可能原因**\n\n{case_cause}\n\n**处理步骤**\n\n{case_solution}\n\n### {case}\n\n**错误信息**\n\n{case_message}\n\n**错误描述**\n\n{case_description}\n\n**可能原因**\n\n{case_causes:dash}\n\n**处理步骤**\n\n{case_solutions:dash}\n"
    )]
    #[case(
        "zh-CN",
        title = "1. 网络不可用导致定位失败",
        message = "The network locating is failed because the network cannot be accessed.",
        description = "无法访问网络导致网络定位失败。",
        cause = "当前设备无法访问网络。",
        solution = "请检查设备是否能联网，设备是否插入SIM卡，Wi-Fi开关是否开启等。</br>"
    )]
    #[case(
        "zh-CN",
        title = "2. 定位结果不满足精度要求导致定位超时",
        message = "The positioning result does not meet the precision requirement (maxAccuracy) in the positioning request parameters.",
        description = "定位结果不满足定位请求参数中的精度要求(maxAccuracy)，导致定位超时。",
        cause = "定位请求参数[LocationRequest](./js-apis-geoLocationManager.md#locationrequest)、[CurrentLocationRequest](./js-apis-geoLocationManager.md#currentlocationrequest)中的精度要求(maxAccuracy)值设定过小。",
        solution = "请将定位请求参数[LocationRequest](./js-apis-geoLocationManager.md#locationrequest)、[CurrentLocationRequest](./js-apis-geoLocationManager.md#currentlocationrequest)中的精度要求(maxAccuracy)适当放宽，可参考如下场景建议：",
        solution = "当[scenario](./js-apis-geoLocationManager.md#locationrequestscenario)为NAVIGATION/TRAJECTORY_TRACKING/CAR_HAILING，或者[priority](./js-apis-geoLocationManager.md#locationrequestpriority)为ACCURACY时，建议设置maxAccuracy为大于10的值。",
        solution = "当[scenario](./js-apis-geoLocationManager.md#locationrequestscenario)为DAILY_LIFE_SERVICE/NO_POWER，或者[priority](./js-apis-geoLocationManager.md#locationrequestpriority)为LOW_POWER/FIRST_FIX时，建议设置maxAccuracy为大于100的值。</br>"
    )]
    #[case(
        "zh-CN",
        title = "3. 获取缓存位置失败",
        message = "The system does not have a cache location.",
        description = "系统无缓存位置，导致获取上一次位置失败。",
        cause = "系统无缓存位置情况下，尝试获取缓存位置。",
        solution = "系统未提前将位置信息进行缓存的情况下，需使用[getCurrentLocation](./js-apis-geoLocationManager.md#geolocationmanagergetcurrentlocation)接口获取实时位置信息。</br>"
    )]
    #[case(
        "zh-CN",
        title = "4. 获取后处理轨迹失败",
        message = "Failed to obtain the post processing track because sports type is not supported.",
        description = "不支持当前输入的运动类型，无法获取后处理轨迹。",
        cause = "入参设置错误，请使用支持的sports类型。",
        solution = "请参考[getPostProcessingTrack](./js-apis-geoLocationManager.md#getpostprocessingtrack)入参说明，使用支持的sports类型。</br>"
    )]
    #[case(
        "zh-CN",
        title = "5. 其他原因导致定位失败",
        message = "Failed to obtain the geographical location.",
        description = "定位失败，未获取到定位结果。",
        cause = "GNSS信号弱，导致定位超时。",
        cause = "系统时间设置错误，导致获取位置失败。",
        solution = "请移动至开阔地带再发起定位。",
        solution = "请在“日期和时间”页面勾选自动设置。"
    )]
    FailedToObtainPositioningResult,
    /// Query Failed During Reverse Geocoding (3301300).
    ///
    /// This error code is reported if the query during reverse geocoding has failed.
    #[code(
        3301300,
        title = "Query Failed During Reverse Geocoding",
        message = "Reverse geocoding query failed.",
        description = "This error code is reported if the query during reverse geocoding has failed.",
        cause = "Network connection is poor, which makes the request fail to be sent from the device or the result fail to be returned from the cloud to the device.",
        cause = "The x86 emulator does not support the reverse geocoding function. A reverse geocoding query fails if the x86 emulator is used for debugging.",
        solution = "For the network problem, try the reverse geocoding query again after the network is resumed.",
        solution = "For the x86 emulator problem, try the reverse geocoding query again on a real device.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Cause**\n\n{causes:dash}\n\n**Procedure**\n\n{solutions:dash}\n"
    )]
    #[translation(
        "zh-CN",
        title = "逆地理编码查询失败",
        description = "逆地理编码查询失败。",
        cause = "数据网络比较卡顿，导致端侧的请求发送失败或者云端的结果未返回到端侧。",
        cause = "由于X86模拟器不支持逆地理编码功能，导致使用X86模拟器调试时逆地理编码查询失败。",
        solution = "网络原因请尝试重试逆地理编码查询功能。",
        solution = "X86模拟器原因建议在真机进行验证。",
        layout = "\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:nospace}\n\n**处理步骤**\n\n{solutions:nospace}\n"
    )]
    QueryFailedDuringReverseGeocoding,
    /// Query Failed During Geocoding (3301400).
    ///
    /// This error code is reported if the query during geocoding has failed.
    #[code(
        3301400,
        title = "Query Failed During Geocoding",
        message = "Geocoding query failed.",
        description = "This error code is reported if the query during geocoding has failed.",
        cause = "A certain request parameter is incorrect, or no result can be found based on the parameter.<br>",
        cause = "Network connection is poor, which makes the request fail to be sent from the device or the result fail to be returned from the cloud to the device.",
        solution = "Check the request parameters or network status and try again.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Cause**\n\n{causes:dash}\n\n**Procedure**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "地理编码查询失败",
        description = "地理编码查询失败。",
        cause = "请求参数有误，或根据参数无法查到结果。</br>",
        cause = "数据网络比较卡顿，导致端侧的请求发送失败或者云端的结果未返回到端侧。",
        solution = "请检查请求参数或检查网络状态后重试。"
    )]
    QueryFailedDuringGeocoding,
    /// Area Information Query Failed (3301500).
    ///
    /// This error code is reported if the query of the area information (including the country code) has failed.
    #[code(
        3301500,
        title = "Area Information Query Failed",
        message = "Failed to query the area information.",
        description = "This error code is reported if the query of the area information (including the country code) has failed.",
        cause = "The correct area information is not found.",
        solution = "Add a retry mechanism."
    )]
    #[translation(
        "zh-CN",
        title = "区域信息（包含国家码）查询失败",
        description = "区域信息（包含国家码）查询失败。",
        cause = "未查询到正确的区域信息。",
        solution = "建议增加重试机制。"
    )]
    AreaInformationQueryFailed,
    /// Geofence Operation Failed (3301600).
    ///
    /// This error code is reported if a geofence operation, for example, adding, deleting, pausing, or resuming a geofence, has failed.
    #[code(
        3301600,
        title = "Geofence Operation Failed",
        message = "Failed to operate the geofence.",
        description = "This error code is reported if a geofence operation, for example, adding, deleting, pausing, or resuming a geofence, has failed.",
        cause = "The GNSS chip does not support the geofence function.",
        cause = "The bottom-layer service logic is abnormal.",
        solution = "Add the SysCap verification mechanism.",
        solution = "Add a retry mechanism."
    )]
    #[translation(
        "zh-CN",
        title = "地理围栏操作失败",
        description = "地理围栏操作失败，包含添加，删除，暂停和恢复等操作。",
        cause = "GNSS芯片不支持地理围栏功能。",
        cause = "底层业务逻辑异常导致操作地理围栏失败。",
        solution = "增加SysCap校验。",
        solution = "建议增加重试机制。"
    )]
    GeofenceOperationFailed,
    /// Failed to Add a Geofence Because the Maximum Number Is Exceeded (3301601).
    ///
    /// This error code is reported if the attempt to add a geofence fails because the number of geofences has reached the maximum.
    #[code(
        3301601,
        title = "Failed to Add a Geofence Because the Maximum Number Is Exceeded",
        message = "The number of geofences exceeds the maximum.",
        description = "This error code is reported if the attempt to add a geofence fails because the number of geofences has reached the maximum.",
        cause = "The number of geofences has reached the maximum (that is, 1,000).",
        solution = "Delete unnecessary geofences before adding new ones."
    )]
    #[translation(
        "zh-CN",
        title = "地理围栏个数超过最大值限制导致添加围栏失败",
        description = "地理围栏个数超过最大限制导致添加围栏失败。",
        cause = "系统中存在的地理围栏个数超过最大值(1000)限制。",
        solution = "请在删除多余围栏之后再添加新的围栏。"
    )]
    FailedToAddGeofenceBecauseMaximumNumberIsExceeded,
    /// Failed to Delete a Geofence Due to an Incorrect ID (3301602).
    ///
    /// This error code is reported if the ID of the geofence to be deleted is incorrect.
    #[code(
        3301602,
        title = "Failed to Delete a Geofence Due to an Incorrect ID",
        message = "Failed to delete a geofence due to an incorrect ID.",
        description = "This error code is reported if the ID of the geofence to be deleted is incorrect.",
        cause = "The geofence ID passed to the geofence deletion API is incorrect.",
        solution = "Pass a correct geofence ID to the geofence deletion API."
    )]
    #[translation(
        "zh-CN",
        title = "地理围栏ID错误导致删除围栏失败",
        description = "地理围栏ID错误导致删除围栏失败。",
        cause = "APP调用删除地理围栏接口时传入的围栏ID错误。",
        solution = "请在调用删除地理围栏接口时传入正确的围栏ID。"
    )]
    FailedToDeleteGeofenceDueToIncorrectId,
    /// No Response to the Request (3301700).
    ///
    /// This error code is reported if no response is received for an asynchronous request that requires a user to click a button for confirmation or requires a response from the GNSS chip or network server.
    #[code(
        3301700,
        title = "No Response to the Request",
        message = "No response to the request.",
        description = "This error code is reported if no response is received for an asynchronous request that requires a user to click a button for confirmation or requires a response from the GNSS chip or network server.",
        cause = "The user does not click a button as required for confirmation.",
        cause = "The GNSS chip does not respond.",
        cause = "The network server does not respond.",
        solution = "Add a retry mechanism."
    )]
    #[translation(
        "zh-CN",
        title = "请求无响应",
        description = "某些异步请求需要用户点击按钮确认，或者需要GNSS芯片和网络服务器响应，这些场景下未收到响应导致业务失败。",
        cause = "用户未点击按钮确认。",
        cause = "GNSS芯片未响应。",
        cause = "网络服务器未响应。",
        solution = "建议增加重试机制。"
    )]
    NoResponseToRequest,
    /// Failed to Start Wi-Fi or Bluetooth Scanning (3301800).
    ///
    /// This error code is reported if Wi-Fi or Bluetooth scanning fails to start.
    #[code(
        3301800,
        title = "Failed to Start Wi-Fi or Bluetooth Scanning",
        message = "Failed to start Wi-Fi or Bluetooth scanning.",
        description = "This error code is reported if Wi-Fi or Bluetooth scanning fails to start.",
        cause = "The Wi-Fi or Bluetooth service incurs an internal error.",
        cause = "Power consumption control is activated because of low battery level.",
        cause = "Wi-Fi or Bluetooth is disabled.",
        solution = "Disable and then enable Wi-Fi or Bluetooth."
    )]
    #[translation(
        "zh-CN",
        title = "启动Wi-Fi或蓝牙扫描失败",
        description = "在订阅Wi-Fi蓝牙扫描信息时，可能会先启动Wi-Fi蓝牙扫描，如果启动扫描失败则会返回错误码给APP。",
        cause = "Wi-Fi或蓝牙服务内部错误导致启动扫描失败。",
        cause = "低电量场景下，受功耗管控，导致无法发起扫描。",
        cause = "Wi-Fi或蓝牙开关未开启。",
        solution = "重新关闭开启Wi-Fi或蓝牙开关。"
    )]
    FailedToStartWiFiOrBluetoothScanning,
    /// Failed to Obtain the MAC Address of the Wi-Fi Hotspot (3301900).
    ///
    /// This error code is reported if the attempt to obtain the MAC address of the Wi-Fi hotspot or router fails because the device is not connected to the Wi-Fi hotspot or router.
    #[code(
        3301900,
        title = "Failed to Obtain the MAC Address of the Wi-Fi Hotspot",
        message = "Failed to obtain the hotspot MAC address because the Wi-Fi is not connected.",
        description = "This error code is reported if the attempt to obtain the MAC address of the Wi-Fi hotspot or router fails because the device is not connected to the Wi-Fi hotspot or router.",
        cause = "Wi-Fi is disabled.",
        cause = "Wi-Fi is enabled, but the device is not connected to a Wi-Fi hotspot or router.",
        solution = "Enable Wi-Fi.",
        solution = "Connect to a router or Wi-Fi hotspot."
    )]
    #[translation(
        "zh-CN",
        title = "由于Wi-Fi未连接导致获取Wi-Fi热点的MAC地址失败",
        description = "设备未连接Wi-Fi热点或路由器，导致获取Wi-Fi热点或路由器的MAC地址失败。",
        cause = "Wi-Fi开关未开启。",
        cause = "开启Wi-Fi开关但未连接热点或路由器。",
        solution = "请打开Wi-Fi开关。",
        solution = "请连接路由器或者热点。"
    )]
    FailedToObtainMacAddressOfWiFiHotspot,
    /// Failed to Add a Beacon Fence Because the Location Switch Is Turned Off (3501100).
    ///
    /// This error code is reported if the attempt to add a beacon fence fails because the location switch is turned off.
    #[code(
        3501100,
        title = "Failed to Add a Beacon Fence Because the Location Switch Is Turned Off",
        message = "Failed to add a beacon fence because the location switch is off.",
        description = "This error code is reported if the attempt to add a beacon fence fails because the location switch is turned off.",
        cause = "The location switch is turned off.",
        solution = "Display a prompt asking the user to enable the location service."
    )]
    #[translation(
        "zh-CN",
        title = "由于位置功能开关未打开导致添加beacon围栏失败",
        description = "设备未打开位置功能开关，导致添加beacon围栏失败。",
        cause = "位置功能开关未开启。",
        solution = "请提示用户开启位置功能的开关。"
    )]
    FailedToAddBeaconFenceBecauseLocationSwitchIsTurnedOff,
    /// Failed to Add a Beacon Fence Because Bluetooth Is Disabled (3501101).
    ///
    /// This error code is reported if the attempt to add a beacon fence fails because the Bluetooth is disabled.
    #[code(
        3501101,
        title = "Failed to Add a Beacon Fence Because Bluetooth Is Disabled",
        message = "Failed to add a beacon fence because the bluetooth switch is off.",
        description = "This error code is reported if the attempt to add a beacon fence fails because the Bluetooth is disabled.",
        cause = "Bluetooth is disabled.",
        solution = "Display a prompt asking the user to enable Bluetooth."
    )]
    #[translation(
        "zh-CN",
        title = "由于蓝牙功能开关未打开导致添加beacon围栏失败",
        description = "设备未打开蓝牙功能开关，导致添加beacon围栏失败。",
        cause = "蓝牙功能开关未开启。",
        solution = "请提示用户开启蓝牙功能开关。"
    )]
    FailedToAddBeaconFenceBecauseBluetoothIsDisabled,
    /// Failed to Add a Beacon Fence Because the Maximum Number Is Exceeded (3501601).
    ///
    /// This error code is reported if the attempt to add a beacon fence fails because the number of beacon fences has reached the maximum.
    #[code(
        3501601,
        title = "Failed to Add a Beacon Fence Because the Maximum Number Is Exceeded",
        message = "The number of beacon fence exceeds the maximum.",
        description = "This error code is reported if the attempt to add a beacon fence fails because the number of beacon fences has reached the maximum.",
        cause = "The number of beacon fences has reached the maximum (that is, 16).",
        solution = "Delete unnecessary geofences before adding new ones."
    )]
    #[translation(
        "zh-CN",
        title = "由于beacon围栏个数超过最大值限制导致添加围栏失败",
        description = "beacon围栏个数超过最大值限制导致添加围栏失败。",
        cause = "系统中存在的beacon围栏个数超过最大值(16)限制。",
        solution = "请在删除多余围栏之后再添加新的围栏。"
    )]
    FailedToAddBeaconFenceBecauseMaximumNumberIsExceeded,
    /// Failed to Delete a Beacon Fence Because of Incorrect Information (3501602).
    ///
    /// This error code is reported if the attempt to delete a beacon fence fails because the beacon fence information is incorrect.
    #[code(
        3501602,
        title = "Failed to Delete a Beacon Fence Because of Incorrect Information",
        message = "Failed to delete the fence due to incorrect beacon fence information.",
        description = "This error code is reported if the attempt to delete a beacon fence fails because the beacon fence information is incorrect.",
        cause = "The information about the beacon fence to be deleted is incorrect.",
        solution = "Pass the correct beacon fence information to the beacon fence deletion API."
    )]
    #[translation(
        "zh-CN",
        title = "由于beacon围栏信息不正确导致删除围栏失败",
        description = "beacon围栏信息不正确导致删除围栏失败。",
        cause = "待删除围栏信息不正确。",
        solution = "请在调用删除beacon围栏接口时传入正确的围栏信息。"
    )]
    FailedToDeleteBeaconFenceBecauseOfIncorrectInformation,
    /// Failed to Add a Beacon Fence Because of Duplication (3501603).
    ///
    /// This error code is reported if the attempt to add a beacon fence fails because the beacon fence already exists.
    #[code(
        3501603,
        title = "Failed to Add a Beacon Fence Because of Duplication",
        message = "Duplicate beacon fence information.",
        description = "This error code is reported if the attempt to add a beacon fence fails because the beacon fence already exists.",
        cause = "The beacon fence already exists in the system.",
        solution = "Delete unnecessary beacon fences before adding new ones."
    )]
    #[translation(
        "zh-CN",
        title = "由于存在重复的beacon围栏导致添加围栏失败",
        description = "存在重复的beacon围栏导致添加围栏失败。",
        cause = "系统中已存在相同的beacon围栏请求。",
        solution = "请在删除之前围栏之后再添加新的围栏。"
    )]
    FailedToAddBeaconFenceBecauseOfDuplication,
}
