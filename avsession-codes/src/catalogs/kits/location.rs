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
    layout = "# {title}\n<!--Kit: Location Kit-->\n<!--Subsystem: Location-->\n<!--Owner: @liu-binjun-->\n<!--Designer: @liu-binjun-->\n<!--Tester: @mhy123456789-->\n<!--Adviser: @RayShih-->\n\n> **NOTE**\n>\n> {note}\n{entries}"
)]
pub enum LocationKitError {
    /// Location Service Unavailable (3301000).
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
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Cause**\n\n1. {cause}\n\n2. {cause}\n\n3. {cause}\n\n**Procedure**\n\n{solution}\n"
    )]
    LocationServiceUnavailable,
    /// Positioning Failed Because the Location Switch Is Turned Off (3301100).
    ///
    /// This error code is reported if positioning fails because the location switch is turned off.
    #[code(
        3301100,
        title = "Positioning Failed Because the Location Switch Is Turned Off",
        message = "The location switch is off.",
        description = "This error code is reported if positioning fails because the location switch is turned off.",
        cause = "The location switch is turned off, which makes basic functions such as continuous positioning and immediate positioning unavailable.",
        solution = "Display a prompt asking for enabling the location service.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Cause**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
    )]
    PositioningFailedBecauseLocationSwitchIsTurnedOff,
    /// Failed to Obtain the Positioning Result (3301200).
    #[code(
        3301200,
        title = "Failed to Obtain the Positioning Result",
        message = "Failed to Obtain the Positioning Result",
        layout = "\n## {code} {title}\n\n### 1. The positioning fails due to network unavailability.\n\n**Error Message**\n\nThe network locating is failed because the network cannot be accessed.\n\n**Description**\n\nThis error code is reported if network positioning fails because network access is denied.\n\n**Possible Cause**\n\nThe device cannot access the network.\n\n**Procedure**\n\nCheck the device for Internet or Wi-Fi connectivity and an installed SIM card.<br>\n\n### 2. The positioning result does not meet the precision requirement. As a result, the positioning times out.\n\n**Error Message**\n\nThe positioning result does not meet the precision requirement (maxAccuracy) in the positioning request parameters.\n\n**Description**\n\nThis error code is reported if positioning times out because the positioning result does not meet the requirement of **maxAccuracy**.\n\n**Possible Cause**\n\nThe value of **maxAccuracy** in the positioning request parameters [LocationRequest](./js-apis-geoLocationManager.md#locationrequest) and [CurrentLocationRequest](./js-apis-geoLocationManager.md#currentlocationrequest) is too small.\n\n**Procedure**\n\nIncrease the value of **maxAccuracy** for [LocationRequest](./js-apis-geoLocationManager.md#locationrequest) and [CurrentLocationRequest](./js-apis-geoLocationManager.md#currentlocationrequest) as follows:\n\n- If [scenario](./js-apis-geoLocationManager.md#locationrequestscenario) is set to **NAVIGATION**, **TRAJECTORY_TRACKING** or **CAR_HAILING**, or [priority](./js-apis-geoLocationManager.md#locationrequestpriority) is set to **ACCURACY**, you are advised to set **maxAccuracy** to a value greater than **10**.\n\n- If [scenario](./js-apis-geoLocationManager.md#locationrequestscenario) is set to **DAILY_LIFE_SERVICE** or **NO_POWER**, or [priority](./js-apis-geoLocationManager.md#locationrequestpriority) is set to **LOW_POWER** or **FIRST_FIX**, you are advised to set **maxAccuracy** to a value greater than **100**.<br>\n\n### 3. Unable to obtain the cached location.\n\n**Error Message**\n\nThe system does not have a cache location.\n\n**Description**\n\nThis error code is reported if the application fails to obtain the previous location because the system has not cached the location information.\n\n**Possible Cause**\n\nIf the system has not cached the location information, the application attempts to obtain the cached location information.\n\n**Procedure**\n\nIf the system has not cached the location information, call [getCurrentLocation](./js-apis-geoLocationManager.md#geolocationmanagergetcurrentlocation) to obtain the real-time location information.<br>\n\n### 4. Location failed due to other reasons.\n\n**Error Message**\n\nFailed to obtain the geographical location.\n\n**Description**\n\nThis error code is reported if the location service fails, leading to a failure to obtain the positioning result.\n\n**Possible Cause**\n\n- Positioning times out because of weak GNSS signals.\n\n- The system time is incorrectly set.\n\n**Procedure**\n\n- Move to an open area and initiate positioning again.\n\n- Enable automatic setting on the **Time & Date** page.\n"
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
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Cause**\n\n- {cause}\n\n- {cause}\n\n**Procedure**\n\n- {solution}\n\n- {solution}\n"
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
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Cause**\n\n- {cause}\n\n- {cause}\n\n**Procedure**\n\n{solution}\n"
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
        solution = "Add a retry mechanism.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Cause**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
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
        solution = "Add a retry mechanism.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Cause**\n\n1. {cause}\n\n2. {cause}\n\n**Procedure**\n\n1. {solution}\n\n2. {solution}\n"
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
        solution = "Delete unnecessary geofences before adding new ones.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Cause**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
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
        solution = "Pass a correct geofence ID to the geofence deletion API.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Cause**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
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
        solution = "Add a retry mechanism.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Cause**\n\n1. {cause}\n\n2. {cause}\n\n3. {cause}\n\n**Procedure**\n\n{solution}\n"
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
        solution = "Disable and then enable Wi-Fi or Bluetooth.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Cause**\n\n1. {cause}\n\n2. {cause}\n\n3. {cause}\n\n**Procedure**\n\n{solution}\n"
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
        solution = "Connect to a router or Wi-Fi hotspot.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Cause**\n\n1. {cause}\n\n2. {cause}\n\n**Procedure**\n\n1. {solution}\n\n2. {solution}\n"
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
        solution = "Display a prompt asking the user to enable the location service.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Cause**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
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
        solution = "Display a prompt asking the user to enable Bluetooth.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Cause**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
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
        solution = "Delete unnecessary geofences before adding new ones.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Cause**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
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
        solution = "Pass the correct beacon fence information to the beacon fence deletion API.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Cause**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
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
        solution = "Delete unnecessary beacon fences before adding new ones.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Cause**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
    )]
    FailedToAddBeaconFenceBecauseOfDuplication,
}
